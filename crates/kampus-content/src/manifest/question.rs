//! A question as written in the manifest: one flat table for every type.
//!
//! A flat table (rather than one table shape per type) keeps the TOML simple for authors and
//! lets the validator say "a `matching` question needs `pairs`" at the question's line instead
//! of serde's generic "data did not match any variant". Which fields each type uses is listed
//! in `docs/content-format.md`; the validator warns about fields a type ignores.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Located;

/// The type of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionType {
    /// One correct choice among several (`choices`, `correct` with one id).
    SingleChoice,
    /// Several correct choices (`choices`, `correct` with one or more ids); partial credit.
    MultipleResponse,
    /// A statement that is true or false (`answer`).
    TrueFalse,
    /// Match each premise to a response (`responses`, `pairs`); partial credit.
    Matching,
    /// Put items in the right order (`items`, listed in the correct order); partial credit.
    Ordering,
    /// A number within a tolerance (`value`, `tolerance`).
    Numeric,
    /// A short typed answer (`accepted`, `match_case`, `match_diacritics`, `accept_cyrillic`).
    ShortText,
}

impl QuestionType {
    /// Every type, in the order the format documents them (a test keeps the list complete).
    pub const ALL: [QuestionType; 7] = [
        QuestionType::SingleChoice,
        QuestionType::MultipleResponse,
        QuestionType::TrueFalse,
        QuestionType::Matching,
        QuestionType::Ordering,
        QuestionType::Numeric,
        QuestionType::ShortText,
    ];
}

/// One question and its grading data. The grading data exists once for all locales.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionDecl {
    /// Stable id of the question.
    pub id: Located<String>,
    /// The question type.
    #[serde(rename = "type")]
    pub question_type: Located<QuestionType>,
    /// Points for a fully correct answer (1 to 1000, default 1).
    pub points: Option<Located<i64>>,
    /// Ids of the learning outcomes the question assesses.
    #[serde(default)]
    pub outcomes: Vec<Located<String>>,
    /// Id of the pool the question belongs to, if any.
    pub pool: Option<Located<String>>,
    /// Award partial credit (multiple-response, matching, ordering; default true).
    pub partial_credit: Option<Located<bool>>,
    /// Choice ids (single-choice, multiple-response), in display order.
    pub choices: Option<Vec<Located<String>>>,
    /// Ids of the correct choices (single-choice: exactly one).
    pub correct: Option<Vec<Located<String>>>,
    /// Whether the statement is true (true-false).
    pub answer: Option<Located<bool>>,
    /// Response ids (matching), including distractors that match no premise.
    pub responses: Option<Vec<Located<String>>>,
    /// `[premise-id, response-id]` pairs (matching); the premises are the first ids.
    pub pairs: Option<Vec<Located<Vec<Located<String>>>>>,
    /// Item ids in the correct order (ordering).
    pub items: Option<Vec<Located<String>>>,
    /// The correct number (numeric).
    pub value: Option<Located<f64>>,
    /// Largest accepted distance from `value` (numeric; 0 or more, default 0).
    pub tolerance: Option<Located<f64>>,
    /// Accepted answers (short-text).
    pub accepted: Option<Vec<Located<String>>>,
    /// Letter case must match (short-text; default false).
    pub match_case: Option<Located<bool>>,
    /// Diacritics must match, so "Cacak" is not "Čačak" (short-text; default false).
    pub match_diacritics: Option<Located<bool>>,
    /// Accept a Serbian Cyrillic answer where its Latin transliteration is accepted
    /// (short-text; default true).
    pub accept_cyrillic: Option<Located<bool>>,
}

impl QuestionDecl {
    /// The type-specific fields this declaration sets, each with where it is written: the
    /// validator warns about those its type does not read. A field added above is listed
    /// here too.
    pub fn type_fields_set(&self) -> Vec<(&'static str, usize)> {
        fn first<T>(list: Option<&Vec<Located<T>>>) -> Option<usize> {
            list.and_then(|l| l.first()).map(Located::start)
        }
        fn at<T>(field: Option<&Located<T>>) -> Option<usize> {
            field.map(Located::start)
        }
        [
            ("choices", first(self.choices.as_ref())),
            ("correct", first(self.correct.as_ref())),
            ("answer", at(self.answer.as_ref())),
            ("responses", first(self.responses.as_ref())),
            ("pairs", first(self.pairs.as_ref())),
            ("items", first(self.items.as_ref())),
            ("value", at(self.value.as_ref())),
            ("tolerance", at(self.tolerance.as_ref())),
            ("accepted", first(self.accepted.as_ref())),
            ("match_case", at(self.match_case.as_ref())),
            ("match_diacritics", at(self.match_diacritics.as_ref())),
            ("accept_cyrillic", at(self.accept_cyrillic.as_ref())),
            ("partial_credit", at(self.partial_credit.as_ref())),
        ]
        .into_iter()
        .filter_map(|(name, offset)| Some((name, offset?)))
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name the manifest's schema allows for `type`.
    fn names(schema: &serde_json::Value, out: &mut Vec<String>) {
        match schema {
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    match (key.as_str(), value) {
                        ("const", serde_json::Value::String(name)) => out.push(name.clone()),
                        ("enum", serde_json::Value::Array(list)) => {
                            out.extend(list.iter().filter_map(|v| v.as_str().map(String::from)));
                        }
                        _ => names(value, out),
                    }
                }
            }
            serde_json::Value::Array(list) => list.iter().for_each(|v| names(v, out)),
            _ => {}
        }
    }

    #[test]
    fn all_lists_every_type() {
        let schema = serde_json::to_value(schemars::schema_for!(QuestionType)).expect("json");
        let mut declared = Vec::new();
        names(&schema, &mut declared);
        let listed: Vec<String> = QuestionType::ALL
            .iter()
            .map(|t| {
                serde_json::to_value(t)
                    .expect("json")
                    .as_str()
                    .expect("a name")
                    .to_owned()
            })
            .collect();
        assert_eq!(listed, declared);
    }
}
