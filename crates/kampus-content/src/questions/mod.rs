//! Question types, one module each: what a type means lives in its own file — its answer key,
//! how `course.toml` declares it and the rules that declaration keeps, how a response is
//! scored, the responses a learner may give, what a learner sees before submitting and which
//! texts it has.
//!
//! The rest of Kampus asks a [`QuestionKind`] and never looks inside a type. Adding a type is
//! a new module here, listed in [`QuestionKind`], in the dispatches below (`each_kind!`,
//! [`QuestionKind::declare`], [`QuestionKind::fields`]) and in `stored_examples`, which the
//! tests every type must pass run on; CONTRIBUTING.md, "Add a question type", lists the rest.

mod declaration;
mod matching;
mod multiple_response;
mod numeric;
mod ordering;
mod response;
mod short_text;
mod single_choice;
mod true_false;
mod view;

use serde::{Deserialize, Serialize};

pub(crate) use declaration::Check;
pub use matching::Matching;
pub use multiple_response::MultipleResponse;
pub use numeric::Numeric;
pub use ordering::Ordering;
pub use response::{Response, ResponseType};
pub use short_text::ShortText;
pub use single_choice::SingleChoice;
pub use true_false::{TrueFalse, verdict_key};
pub use view::QuestionView;

use crate::fingerprint::fingerprint;
use crate::manifest::{QuestionDecl, QuestionType};

/// A question and its answer key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub points: u32,
    /// Learning outcome ids it assesses.
    pub outcomes: Vec<String>,
    pub pool: Option<String>,
    pub kind: QuestionKind,
}

/// The type of a question with its answer key. Serialized as the key's fields with the type's
/// name under `"type"` (stored papers and reviews keep this shape).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum QuestionKind {
    SingleChoice(SingleChoice),
    MultipleResponse(MultipleResponse),
    TrueFalse(TrueFalse),
    Matching(Matching),
    Ordering(Ordering),
    Numeric(Numeric),
    ShortText(ShortText),
}

/// Runs `$body` with `$key` bound to the key of whichever type `$kind` is.
macro_rules! each_kind {
    ($kind:expr, $key:ident => $body:expr) => {
        match $kind {
            QuestionKind::SingleChoice($key) => $body,
            QuestionKind::MultipleResponse($key) => $body,
            QuestionKind::TrueFalse($key) => $body,
            QuestionKind::Matching($key) => $body,
            QuestionKind::Ordering($key) => $body,
            QuestionKind::Numeric($key) => $body,
            QuestionKind::ShortText($key) => $body,
        }
    };
}

/// What every question type provides; each module of this folder implements it once.
trait Kind {
    /// The type's name in `course.toml`, the API and reports (`single-choice`).
    const NAME: &'static str;
    /// The manifest fields it reads besides those of every question; the validator warns
    /// about the others.
    const FIELDS: &'static [&'static str];
    /// The type of response it takes.
    const RESPONSE: ResponseType;
    /// Whether a part may have feedback, shown when the learner picked it.
    const PART_FEEDBACK: bool = false;

    /// A key of this type as papers and reviews store it, for the tests every type passes.
    #[cfg(test)]
    fn example() -> serde_json::Value;

    /// The key, from its declaration; `None` (every problem reported) when the question
    /// cannot be graded as written.
    fn declare(decl: &QuestionDecl, check: &mut dyn Check) -> Option<Self>
    where
        Self: Sized;

    /// The share of the points, 0 to 1, that `response` earns; `None` when the response is
    /// not of [`Kind::RESPONSE`]'s type.
    fn score(&self, response: &Response) -> Option<f64>;

    /// The response of a learner who answered as `answered`, or `None` when the key allows
    /// none (the right answer to a short-text question that accepts nothing).
    fn response(&self, answered: Answered) -> Option<Response>;

    /// Fills in what a learner sees before submitting: the parts, never the key.
    fn show<'a>(&'a self, question: &str, view: &mut QuestionView<'a>);

    /// Ids of the parts with a text of their own (choices, premises and responses, items).
    fn part_ids(&self) -> Vec<&str> {
        Vec::new()
    }

    /// Optional texts of the question besides its prompt, its feedback and its parts.
    fn optional_texts(&self, _question: &str) -> Vec<String> {
        Vec::new()
    }

    /// Feedback texts that go with `response`, after the question's own.
    fn response_feedback(&self, _question: &str, _response: &Response) -> Vec<String> {
        Vec::new()
    }

    /// The options a learner picks among, for the distractor analysis of item reports.
    fn options(&self) -> Option<Vec<String>> {
        None
    }
}

/// How well a learner answered: what [`QuestionKind::response`] plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    /// Full marks.
    Right,
    /// Partly right where the type gives partial credit and the key is large enough to be
    /// partly right; wrong otherwise.
    Partly,
    /// No marks.
    Wrong,
}

/// A key of each type, as stored.
#[cfg(test)]
fn stored_examples() -> Vec<serde_json::Value> {
    vec![
        SingleChoice::example(),
        MultipleResponse::example(),
        TrueFalse::example(),
        Matching::example(),
        Ordering::example(),
        Numeric::example(),
        ShortText::example(),
    ]
}

impl QuestionKind {
    /// The key a declaration describes, reporting every problem through `check`; `None` when
    /// the question cannot be graded as written.
    pub(crate) fn declare(decl: &QuestionDecl, check: &mut dyn Check) -> Option<QuestionKind> {
        Some(match decl.question_type.value {
            QuestionType::SingleChoice => Self::SingleChoice(Kind::declare(decl, check)?),
            QuestionType::MultipleResponse => Self::MultipleResponse(Kind::declare(decl, check)?),
            QuestionType::TrueFalse => Self::TrueFalse(Kind::declare(decl, check)?),
            QuestionType::Matching => Self::Matching(Kind::declare(decl, check)?),
            QuestionType::Ordering => Self::Ordering(Kind::declare(decl, check)?),
            QuestionType::Numeric => Self::Numeric(Kind::declare(decl, check)?),
            QuestionType::ShortText => Self::ShortText(Kind::declare(decl, check)?),
        })
    }

    /// The manifest fields a type reads besides those of every question.
    pub(crate) fn fields(question_type: QuestionType) -> &'static [&'static str] {
        match question_type {
            QuestionType::SingleChoice => SingleChoice::FIELDS,
            QuestionType::MultipleResponse => MultipleResponse::FIELDS,
            QuestionType::TrueFalse => TrueFalse::FIELDS,
            QuestionType::Matching => Matching::FIELDS,
            QuestionType::Ordering => Ordering::FIELDS,
            QuestionType::Numeric => Numeric::FIELDS,
            QuestionType::ShortText => ShortText::FIELDS,
        }
    }

    /// The type's name, as in the manifest (`single-choice`, ...).
    pub fn name(&self) -> &'static str {
        fn name<K: Kind>(_: &K) -> &'static str {
            K::NAME
        }
        each_kind!(self, key => name(key))
    }

    /// The type of response the question takes.
    pub fn response_type(&self) -> ResponseType {
        fn response_type<K: Kind>(_: &K) -> ResponseType {
            K::RESPONSE
        }
        each_kind!(self, key => response_type(key))
    }

    /// The share of the points, 0 to 1, that `response` earns; `None` when the response is
    /// of another type than [`QuestionKind::response_type`].
    pub fn score(&self, response: &Response) -> Option<f64> {
        each_kind!(self, key => key.score(response))
    }

    /// The response of a learner who answered as `answered` (the answer key plays `Right`;
    /// the data generator and tests play all three).
    pub fn response(&self, answered: Answered) -> Option<Response> {
        each_kind!(self, key => key.response(answered))
    }

    /// The response that earns full marks, or `None` when the key accepts nothing.
    pub fn correct_response(&self) -> Option<Response> {
        self.response(Answered::Right)
    }

    /// Ids of the parts that have their own text: choices, premises and responses, items.
    pub fn part_ids(&self) -> Vec<&str> {
        each_kind!(self, key => key.part_ids())
    }

    /// Whether a part may have feedback, shown when the learner picked it.
    pub fn parts_have_feedback(&self) -> bool {
        fn part_feedback<K: Kind>(_: &K) -> bool {
            K::PART_FEEDBACK
        }
        each_kind!(self, key => part_feedback(key))
    }

    /// Optional texts besides the prompt, its feedback and the parts (`q.unit`, `q.if-true`).
    pub fn optional_texts(&self, question: &str) -> Vec<String> {
        each_kind!(self, key => key.optional_texts(question))
    }

    /// The texts of `question` a learner sees while answering: the prompt, the parts and the
    /// optional texts that are not feedback (a numeric question's unit; not the verdicts of a
    /// true/false question, which are shown with the review).
    pub fn texts_while_answering(&self, question: &str) -> Vec<String> {
        let verdicts = [verdict_key(question, true), verdict_key(question, false)];
        let mut keys = vec![question.to_owned()];
        keys.extend(self.part_ids().into_iter().map(|p| part_key(question, p)));
        keys.extend(
            self.optional_texts(question)
                .into_iter()
                .filter(|k| !verdicts.contains(k)),
        );
        keys
    }

    /// The feedback texts that go with `response` to `question`, in the order shown: the
    /// question's own, then that of each choice picked or of the verdict on a statement. A
    /// course may lack any of them.
    pub fn feedback_keys(&self, question: &str, response: Option<&Response>) -> Vec<String> {
        let mut keys = vec![feedback_key(question)];
        if let Some(response) = response {
            keys.extend(each_kind!(self, key => key.response_feedback(question, response)));
        }
        keys
    }

    /// The options a learner picks among (choices; true and false), for distractor analysis;
    /// `None` for types without options.
    pub fn options(&self) -> Option<Vec<String>> {
        each_kind!(self, key => key.options())
    }
}

impl Question {
    /// The learner's view of this question: parts, no answer key.
    pub fn learner_view(&self) -> QuestionView<'_> {
        let mut view = QuestionView::new(&self.id, self.kind.name(), self.points);
        each_kind!(&self.kind, key => key.show(&self.id, &mut view));
        view
    }
}

/// The text of a part of a question (a choice, premise, response or item).
pub fn part_key(question: &str, part: &str) -> String {
    format!("{question}_{part}")
}

/// The feedback on a question or on one of its parts, shown after submission when the review
/// allows.
pub fn feedback_key(question_or_part: &str) -> String {
    format!("{question_or_part}.feedback")
}

/// The feedback texts of the choices a learner picked, in the order picked.
fn picked_feedback<'a>(
    question: &str,
    picked: impl IntoIterator<Item = &'a String>,
) -> Vec<String> {
    picked
        .into_iter()
        .map(|choice| feedback_key(&part_key(question, choice)))
        .collect()
}

fn all_or_nothing(right: bool) -> f64 {
    if right { 1.0 } else { 0.0 }
}

/// `share` itself with partial credit, else all or nothing.
fn partial(share: f64, partial_credit: bool) -> f64 {
    if partial_credit {
        share
    } else {
        all_or_nothing(share >= 1.0)
    }
}

#[allow(clippy::cast_precision_loss)] // Counts of choices are tiny.
fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

fn ids(list: &[String]) -> Vec<&str> {
    list.iter().map(String::as_str).collect()
}

/// Sorts ids by a hash of question and id: the same every time, unrelated to authored order
/// (which would give the answer away where it is the key's order).
fn key_independent<'a>(question: &str, mut ids: Vec<&'a str>) -> Vec<&'a str> {
    ids.sort_by_cached_key(|id| fingerprint(format!("{question}/{id}").as_bytes()));
    ids
}

#[cfg(test)]
mod tests;
