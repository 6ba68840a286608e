//! Scoring a learner's response to one question: the grading rules of the format.
//!
//! Grading is part of the content format (an author must know how a question will be scored),
//! so it lives here, pure and deterministic: the same question and response always give the
//! same [`Grade`]. Full rules, with examples, are in `docs/content-format.md`:
//!
//! * single choice, true/false, numeric, short text: all or nothing;
//! * multiple response: `(correct chosen − wrong chosen) / correct`, at least 0 ("right minus
//!   wrong", so ticking every box earns nothing);
//! * matching: the share of premises matched to their response;
//! * ordering: the share of adjacent pairs of the key that are adjacent, in order, in the
//!   answer (moving one item costs little, reversing the list costs everything);
//! * with `partial_credit = false` the last three are all or nothing too.
//!
//! Points awarded are rounded to two decimals.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::model::{Question, QuestionKind};
use crate::textmatch;

/// A learner's response to one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum Response {
    /// The chosen choice id (single choice).
    Choice(String),
    /// The chosen choice ids (multiple response).
    Choices(Vec<String>),
    /// True or false.
    Bool(bool),
    /// `(premise id, response id)` pairs (matching).
    Pairs(Vec<(String, String)>),
    /// Item ids in the learner's order (ordering).
    Order(Vec<String>),
    /// A number (numeric).
    Number(f64),
    /// Typed text (short text).
    Text(String),
}

/// How right a response is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Correctness {
    Correct,
    Partial,
    Incorrect,
}

/// The score of one response.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Grade {
    pub awarded: f64,
    pub possible: f64,
    pub correctness: Correctness,
}

/// A response that does not fit the question's type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a {expected} response was expected for question `{question}`")]
pub struct ResponseMismatch {
    pub question: String,
    pub expected: &'static str,
}

/// Scores `response` to `question`.
pub fn grade(question: &Question, response: &Response) -> Result<Grade, ResponseMismatch> {
    let share = match (&question.kind, response) {
        (QuestionKind::SingleChoice { correct, .. }, Response::Choice(chosen)) => {
            all_or_nothing(chosen == correct)
        }
        (
            QuestionKind::MultipleResponse {
                correct,
                partial_credit,
                ..
            },
            Response::Choices(chosen),
        ) => partial(multiple_response(correct, chosen), *partial_credit),
        (QuestionKind::TrueFalse { answer }, Response::Bool(given)) => {
            all_or_nothing(answer == given)
        }
        (
            QuestionKind::Matching {
                pairs,
                partial_credit,
                ..
            },
            Response::Pairs(given),
        ) => partial(matching(pairs, given), *partial_credit),
        (
            QuestionKind::Ordering {
                items,
                partial_credit,
            },
            Response::Order(given),
        ) => partial(ordering(items, given), *partial_credit),
        (QuestionKind::Numeric { value, tolerance }, Response::Number(given)) => {
            // A relative epsilon so 0.1 + 0.2 is within a tolerance of 0 from 0.3.
            let slack = tolerance + 1e-9 * value.abs().max(1.0);
            all_or_nothing(given.is_finite() && (given - value).abs() <= slack)
        }
        (QuestionKind::ShortText { accepted, options }, Response::Text(given)) => {
            all_or_nothing(textmatch::matches(given, accepted, *options))
        }
        (kind, _) => {
            return Err(ResponseMismatch {
                question: question.id.clone(),
                expected: expected_response(kind),
            });
        }
    };
    let possible = f64::from(question.points);
    let awarded = (possible * share * 100.0).round() / 100.0;
    let correctness = if share >= 1.0 {
        Correctness::Correct
    } else if share > 0.0 {
        Correctness::Partial
    } else {
        Correctness::Incorrect
    };
    Ok(Grade {
        awarded,
        possible,
        correctness,
    })
}

fn expected_response(kind: &QuestionKind) -> &'static str {
    match kind {
        QuestionKind::SingleChoice { .. } => "choice",
        QuestionKind::MultipleResponse { .. } => "choices",
        QuestionKind::TrueFalse { .. } => "bool",
        QuestionKind::Matching { .. } => "pairs",
        QuestionKind::Ordering { .. } => "order",
        QuestionKind::Numeric { .. } => "number",
        QuestionKind::ShortText { .. } => "text",
    }
}

fn all_or_nothing(right: bool) -> f64 {
    if right { 1.0 } else { 0.0 }
}

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

fn multiple_response(correct: &[String], chosen: &[String]) -> f64 {
    let chosen: HashSet<&String> = chosen.iter().collect();
    let right = chosen.iter().filter(|c| correct.contains(c)).count();
    let wrong = chosen.len() - right;
    ratio(right.saturating_sub(wrong), correct.len())
}

fn matching(key: &[(String, String)], given: &[(String, String)]) -> f64 {
    // The last answer for a premise counts, so a response cannot claim two answers.
    let given: HashMap<&String, &String> = given.iter().map(|(p, r)| (p, r)).collect();
    let right = key.iter().filter(|(p, r)| given.get(p) == Some(&r)).count();
    ratio(right, key.len())
}

fn ordering(key: &[String], given: &[String]) -> f64 {
    if key == given {
        return 1.0;
    }
    let pairs = key.len().saturating_sub(1);
    let kept = key
        .windows(2)
        .filter(|w| given.windows(2).any(|g| g[0] == w[0] && g[1] == w[1]))
        .count();
    ratio(kept, pairs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TextMatchOptions;

    fn q(kind: QuestionKind) -> Question {
        Question {
            id: "q".into(),
            points: 4,
            outcomes: vec![],
            pool: None,
            kind,
        }
    }
    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }
    #[allow(clippy::needless_pass_by_value)] // Reads better at the call sites.
    fn score(question: &Question, response: Response) -> (f64, Correctness) {
        let g = grade(question, &response).expect("response fits");
        (g.awarded, g.correctness)
    }

    #[test]
    fn single_choice() {
        let question = q(QuestionKind::SingleChoice {
            choices: ids(&["a", "b"]),
            correct: "b".into(),
        });
        assert_eq!(
            score(&question, Response::Choice("b".into())),
            (4.0, Correctness::Correct)
        );
        assert_eq!(
            score(&question, Response::Choice("a".into())),
            (0.0, Correctness::Incorrect)
        );
        assert_eq!(
            score(&question, Response::Choice("zzz".into())),
            (0.0, Correctness::Incorrect)
        );
    }

    #[test]
    fn multiple_response_right_minus_wrong() {
        let mut question = q(QuestionKind::MultipleResponse {
            choices: ids(&["a", "b", "c", "d"]),
            correct: ids(&["a", "b"]),
            partial_credit: true,
        });
        assert_eq!(
            score(&question, Response::Choices(ids(&["a", "b"]))),
            (4.0, Correctness::Correct)
        );
        assert_eq!(
            score(&question, Response::Choices(ids(&["a"]))),
            (2.0, Correctness::Partial)
        );
        assert_eq!(
            score(&question, Response::Choices(ids(&["a", "c"]))),
            (0.0, Correctness::Incorrect)
        );
        assert_eq!(
            score(&question, Response::Choices(ids(&["a", "b", "c", "d"]))),
            (0.0, Correctness::Incorrect)
        );
        assert_eq!(
            score(&question, Response::Choices(ids(&["a", "b", "c"]))),
            (2.0, Correctness::Partial)
        );
        // Duplicates in a response count once.
        assert_eq!(
            score(&question, Response::Choices(ids(&["a", "a"]))),
            (2.0, Correctness::Partial)
        );
        if let QuestionKind::MultipleResponse { partial_credit, .. } = &mut question.kind {
            *partial_credit = false;
        }
        assert_eq!(
            score(&question, Response::Choices(ids(&["a"]))),
            (0.0, Correctness::Incorrect)
        );
    }

    #[test]
    fn true_false() {
        let question = q(QuestionKind::TrueFalse { answer: false });
        assert_eq!(
            score(&question, Response::Bool(false)),
            (4.0, Correctness::Correct)
        );
        assert_eq!(
            score(&question, Response::Bool(true)),
            (0.0, Correctness::Incorrect)
        );
    }

    #[test]
    fn matching_share_of_premises() {
        let pairs = vec![
            ("p1".into(), "r1".into()),
            ("p2".into(), "r2".into()),
            ("p3".into(), "r3".into()),
        ];
        let question = q(QuestionKind::Matching {
            responses: ids(&["r1", "r2", "r3", "r4"]),
            pairs,
            partial_credit: true,
        });
        let answer = |list: &[(&str, &str)]| {
            Response::Pairs(
                list.iter()
                    .map(|(p, r)| ((*p).into(), (*r).into()))
                    .collect(),
            )
        };
        assert_eq!(
            score(
                &question,
                answer(&[("p1", "r1"), ("p2", "r2"), ("p3", "r3")])
            ),
            (4.0, Correctness::Correct)
        );
        assert_eq!(
            score(&question, answer(&[("p1", "r1"), ("p2", "r4")])),
            (1.33, Correctness::Partial)
        );
        assert_eq!(
            score(&question, answer(&[("p1", "r2"), ("p2", "r1")])),
            (0.0, Correctness::Incorrect)
        );
        // A later pair for the same premise replaces the earlier one.
        assert_eq!(
            score(&question, answer(&[("p1", "r1"), ("p1", "r4")])),
            (0.0, Correctness::Incorrect)
        );
    }

    #[test]
    fn ordering_adjacent_pairs() {
        let question = q(QuestionKind::Ordering {
            items: ids(&["a", "b", "c", "d", "e"]),
            partial_credit: true,
        });
        assert_eq!(
            score(&question, Response::Order(ids(&["a", "b", "c", "d", "e"]))),
            (4.0, Correctness::Correct)
        );
        // One item moved: a-b, c-d, d-e kept (3 of 4 pairs).
        assert_eq!(
            score(&question, Response::Order(ids(&["a", "b", "e", "c", "d"]))),
            (2.0, Correctness::Partial)
        );
        assert_eq!(
            score(&question, Response::Order(ids(&["b", "a", "c", "d", "e"]))),
            (2.0, Correctness::Partial)
        );
        assert_eq!(
            score(&question, Response::Order(ids(&["e", "d", "c", "b", "a"]))),
            (0.0, Correctness::Incorrect)
        );
        assert_eq!(
            score(&question, Response::Order(vec![])),
            (0.0, Correctness::Incorrect)
        );
        let strict = q(QuestionKind::Ordering {
            items: ids(&["a", "b", "c"]),
            partial_credit: false,
        });
        assert_eq!(
            score(&strict, Response::Order(ids(&["a", "c", "b"]))),
            (0.0, Correctness::Incorrect)
        );
    }

    #[test]
    fn numeric_with_tolerance() {
        let question = q(QuestionKind::Numeric {
            value: 90.0,
            tolerance: 0.5,
        });
        assert_eq!(
            score(&question, Response::Number(90.5)).1,
            Correctness::Correct
        );
        assert_eq!(
            score(&question, Response::Number(89.5)).1,
            Correctness::Correct
        );
        assert_eq!(
            score(&question, Response::Number(90.51)).1,
            Correctness::Incorrect
        );
        assert_eq!(
            score(&question, Response::Number(f64::NAN)).1,
            Correctness::Incorrect
        );
        let exact = q(QuestionKind::Numeric {
            value: 0.3,
            tolerance: 0.0,
        });
        assert_eq!(
            score(&exact, Response::Number(0.1 + 0.2)).1,
            Correctness::Correct
        );
    }

    #[test]
    fn short_text_uses_the_match_options() {
        let question = q(QuestionKind::ShortText {
            accepted: ids(&["Čačak"]),
            options: TextMatchOptions::default(),
        });
        assert_eq!(
            score(&question, Response::Text("cacak".into())).1,
            Correctness::Correct
        );
        assert_eq!(
            score(&question, Response::Text("Чачак".into())).1,
            Correctness::Correct
        );
        assert_eq!(
            score(&question, Response::Text("Kraljevo".into())).1,
            Correctness::Incorrect
        );
    }

    #[test]
    fn wrong_response_type_is_an_error() {
        let question = q(QuestionKind::TrueFalse { answer: true });
        let err = grade(&question, &Response::Text("true".into())).expect_err("mismatch");
        assert_eq!(err.expected, "bool");
    }
}
