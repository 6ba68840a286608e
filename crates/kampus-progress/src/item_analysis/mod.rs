//! Item analysis of an assessment: from its submitted attempts (graded paper and answers, and
//! the locale each was taken in), per question the attempts that drew it, facility index,
//! discrimination index, the choices chosen and unanswered count, all also per locale with a
//! flag on a locale where the question is markedly harder (a sign of a translation problem);
//! and mastery per learning outcome. Formulas and the flag's rule: the `moments` module.
//!
//! *Mastery* of an outcome is the mean score fraction over every response to a question
//! linked to it (each drawn question of each attempt counts once).
//!
//! Attempts are added one at a time ([`ItemAnalysis::add`]); each one's JSON is parsed once
//! and memory stays the same whatever their number. Or sums of many attempts are added
//! at once ([`ItemAnalysis::add_sums`]: the reports' item cells).

mod moments;
mod stored;
mod tally;

use std::collections::HashMap;

use kampus_content::model::Assessment;
use kampus_store::reports::aggregates::items::CellSums;
use serde::Serialize;

pub use moments::{Moments, TRANSLATION_GAP, TRANSLATION_MIN_ATTEMPTS, translation_flags};
use stored::{AnswersView, GradedView};
use tally::{OutcomeTally, QuestionTally};

/// Fewer attempts than this at a question (in a locale) are marked `small_group`: the
/// reports' small-group threshold.
pub const SMALL_SAMPLE: u64 = kampus_store::reports::SMALL_GROUP.unsigned_abs();

/// The figures of one question, overall or in one locale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemFigures {
    /// Attempts whose paper had the question.
    pub attempts: u64,
    /// Mean score fraction, 0 to 1.
    pub facility: Option<f64>,
    /// Item–rest point-biserial correlation, -1 to 1.
    pub discrimination: Option<f64>,
    /// Attempts that drew it and left it unanswered.
    pub unanswered: u64,
    /// Choice questions (single choice, multiple response, true/false): choice id (or
    /// `true`/`false`) → times chosen, in the order authored. `None` for other types.
    pub answers: Option<Distribution>,
    /// Fewer than [`SMALL_SAMPLE`] attempts.
    pub small_group: bool,
}

/// Times each choice was chosen, in the order authored (serialized as a JSON object).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Distribution(pub Vec<(String, u64)>);

impl Serialize for Distribution {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (choice, count) in &self.0 {
            map.serialize_entry(choice, count)?;
        }
        map.end()
    }
}

/// One question's figures in one locale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocaleItem {
    pub locale: String,
    #[serde(flatten)]
    pub figures: ItemFigures,
    /// Markedly harder here than in the other locales (see [`translation_flags`]).
    pub translation_flag: bool,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionStats {
    pub id: String,
    /// The question type, as the manifest names it (`single-choice`, `matching`, …);
    /// `None` for a question no longer in the published assessment.
    #[serde(rename = "type")]
    pub question_type: Option<&'static str>,
    /// Learning outcome ids it assesses.
    pub outcomes: Vec<String>,
    #[serde(flatten)]
    pub figures: ItemFigures,
    /// Some locale is flagged.
    pub translation_flag: bool,
    /// By locale, in the order of [`kampus_content::Locale::ALL`].
    pub locales: Vec<LocaleItem>,
}

/// Mastery of one outcome, overall or in one locale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mastery {
    /// Responses to questions linked to the outcome.
    pub responses: u64,
    /// Their mean score fraction, 0 to 1.
    pub mastery: Option<f64>,
}

/// Mastery of a learning outcome in one locale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocaleMastery {
    pub locale: String,
    #[serde(flatten)]
    pub mastery: Mastery,
}

/// Mastery of a learning outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutcomeMastery {
    pub outcome: String,
    #[serde(flatten)]
    pub mastery: Mastery,
    pub locales: Vec<LocaleMastery>,
}

/// The analysis of every attempt added.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemReport {
    /// Attempts analysed.
    pub attempts: u64,
    /// Attempts whose stored answers or result could not be read (left out).
    pub unreadable_attempts: u64,
    /// The published assessment's questions in authored order, then any only older papers
    /// had.
    pub questions: Vec<QuestionStats>,
    /// In the order the assessment's questions name them.
    pub outcomes: Vec<OutcomeMastery>,
}

/// Item analysis under way.
#[derive(Debug, Clone)]
pub struct ItemAnalysis {
    questions: Vec<QuestionTally>,
    by_id: HashMap<String, usize>,
    outcomes: Vec<OutcomeTally>,
    /// The locale tags seen; tallies keep their locales by number in this list.
    locales: Vec<String>,
    attempts: u64,
    unreadable: u64,
}

impl ItemAnalysis {
    /// An analysis of `assessment`'s attempts (its questions give the order, types, choices
    /// and outcomes).
    pub fn new(assessment: &Assessment) -> Self {
        let mut analysis = ItemAnalysis {
            questions: Vec::new(),
            by_id: HashMap::new(),
            outcomes: Vec::new(),
            locales: Vec::new(),
            attempts: 0,
            unreadable: 0,
        };
        for question in &assessment.questions {
            let outcomes = question
                .outcomes
                .iter()
                .map(|o| analysis.outcome_index(o))
                .collect();
            let choices = question.kind.options();
            analysis
                .by_id
                .insert(question.id.clone(), analysis.questions.len());
            analysis.questions.push(QuestionTally::new(
                question.id.clone(),
                Some(question.learner_view().question_type),
                outcomes,
                choices,
            ));
        }
        analysis
    }

    fn outcome_index(&mut self, id: &str) -> usize {
        if let Some(at) = self.outcomes.iter().position(|o| o.id == id) {
            return at;
        }
        self.outcomes.push(OutcomeTally::new(id.to_owned()));
        self.outcomes.len() - 1
    }

    /// Adds one submitted attempt taken in `locale`: its answers (question id → response)
    /// and its graded paper, both as stored (JSON). An attempt that cannot be read is
    /// counted as unreadable and left out.
    pub fn add(&mut self, locale: &str, answers: &str, result: &str) {
        let (Ok(graded), Ok(answers)) = (
            serde_json::from_str::<GradedView<'_>>(result),
            serde_json::from_str::<AnswersView<'_>>(answers),
        ) else {
            self.unreadable += 1;
            return;
        };
        self.attempts += 1;
        let locale = self.locale_index(locale);
        for (id, grade) in &graded.grades {
            if grade.possible <= 0.0 {
                continue;
            }
            let x = grade.awarded / grade.possible;
            let rest = graded.awarded - grade.awarded;
            let at = self.question_index(id);
            let question = &mut self.questions[at];
            question.add(locale, x, rest, answers.get(id));
            for &outcome in &question.outcomes {
                self.outcomes[outcome].add(locale, x);
            }
        }
    }

    /// Adds the summed item cells of attempts taken in `locale` (the same figures as adding
    /// those attempts one by one, but for rounding).
    pub fn add_sums(&mut self, locale: &str, sums: &CellSums) {
        self.attempts += u64::try_from(sums.attempts - sums.unreadable).unwrap_or(0);
        self.unreadable += u64::try_from(sums.unreadable).unwrap_or(0);
        let locale = self.locale_index(locale);
        for (id, item) in &sums.questions {
            let at = self.question_index(id);
            let question = &mut self.questions[at];
            question.add_sums(locale, item);
            for &outcome in &question.outcomes {
                self.outcomes[outcome].add_responses(locale, item.responses, item.score);
            }
        }
    }

    fn locale_index(&mut self, tag: &str) -> usize {
        if let Some(at) = self.locales.iter().position(|l| l == tag) {
            return at;
        }
        self.locales.push(tag.to_owned());
        self.locales.len() - 1
    }

    fn question_index(&mut self, id: &str) -> usize {
        if let Some(&at) = self.by_id.get(id) {
            return at;
        }
        self.by_id.insert(id.to_owned(), self.questions.len());
        self.questions
            .push(QuestionTally::new(id.to_owned(), None, Vec::new(), None));
        self.questions.len() - 1
    }

    /// The figures.
    pub fn finish(self) -> ItemReport {
        let outcome_ids: Vec<String> = self.outcomes.iter().map(|o| o.id.clone()).collect();
        ItemReport {
            attempts: self.attempts,
            unreadable_attempts: self.unreadable,
            questions: self
                .questions
                .into_iter()
                .map(|q| q.finish(&outcome_ids, &self.locales))
                .collect(),
            outcomes: self
                .outcomes
                .into_iter()
                .map(|o| o.finish(&self.locales))
                .collect(),
        }
    }
}

/// Orders locale tags as [`kampus_content::Locale::ALL`] does (unknown tags last).
fn locale_rank(tag: &str) -> usize {
    kampus_content::Locale::ALL
        .iter()
        .position(|l| l.tag() == tag)
        .unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests;
