//! What a learner may see of a question before the attempt is submitted: its parts without
//! the answer key.
//!
//! The architecture's rule is that answer keys never leave the server before submission; the
//! API serializes a [`QuestionView`] instead of a [`Question`]. Where the authored order would
//! give the answer away (the items of an ordering question are written in the correct order,
//! matching responses often in the order of their premises), the view lists them in an order
//! derived from a hash of the ids: stable between requests, unrelated to the key. Shuffling
//! per attempt (`shuffle_choices`) is left to the caller, which knows the attempt.

use serde::Serialize;

use crate::model::{Question, QuestionKind};
use crate::texts::fingerprint;

/// A question without its answer key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionView<'a> {
    pub id: &'a str,
    /// The question type, as in the manifest (`single-choice`, ...).
    #[serde(rename = "type")]
    pub question_type: &'static str,
    pub points: u32,
    /// Whether more than one choice may be selected.
    pub multiple: bool,
    /// Choice ids (single choice, multiple response), in authored order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<&'a str>,
    /// Premise ids (matching), in authored order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub premises: Vec<&'a str>,
    /// Response ids (matching), in a key-independent order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<&'a str>,
    /// Item ids (ordering), in a key-independent order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<&'a str>,
}

impl Question {
    /// The learner's view of this question: parts, no answer key.
    pub fn learner_view(&self) -> QuestionView<'_> {
        let mut view = QuestionView {
            id: &self.id,
            question_type: "",
            points: self.points,
            multiple: false,
            choices: Vec::new(),
            premises: Vec::new(),
            responses: Vec::new(),
            items: Vec::new(),
        };
        match &self.kind {
            QuestionKind::SingleChoice { choices, .. } => {
                view.question_type = "single-choice";
                view.choices = ids(choices);
            }
            QuestionKind::MultipleResponse { choices, .. } => {
                view.question_type = "multiple-response";
                view.multiple = true;
                view.choices = ids(choices);
            }
            QuestionKind::TrueFalse { .. } => view.question_type = "true-false",
            QuestionKind::Matching {
                responses, pairs, ..
            } => {
                view.question_type = "matching";
                view.premises = pairs.iter().map(|(p, _)| p.as_str()).collect();
                view.responses = key_independent(&self.id, ids(responses));
            }
            QuestionKind::Ordering { items, .. } => {
                view.question_type = "ordering";
                view.items = key_independent(&self.id, ids(items));
            }
            QuestionKind::Numeric { .. } => view.question_type = "numeric",
            QuestionKind::ShortText { .. } => view.question_type = "short-text",
        }
        view
    }
}

fn ids(list: &[String]) -> Vec<&str> {
    list.iter().map(String::as_str).collect()
}

/// Sorts ids by a hash of question and id: the same every time, unrelated to authored order.
fn key_independent<'a>(question: &str, mut ids: Vec<&'a str>) -> Vec<&'a str> {
    ids.sort_by_cached_key(|id| fingerprint(format!("{question}/{id}").as_bytes()));
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_has_no_answer_key() {
        let items: Vec<String> = ["s1", "s2", "s3", "s4", "s5", "s6"]
            .map(String::from)
            .to_vec();
        let question = Question {
            id: "q-order".into(),
            points: 2,
            outcomes: vec![],
            pool: None,
            kind: QuestionKind::Ordering {
                items: items.clone(),
                partial_credit: true,
            },
        };
        let view = question.learner_view();
        assert_eq!(view.question_type, "ordering");
        let mut sorted = view.items.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, items);
        assert_ne!(
            view.items, items,
            "the view must not list items in the correct order"
        );
        assert_eq!(view, question.learner_view());
        let json = serde_json::to_value(&view).expect("json");
        assert!(json.get("correct").is_none() && json.get("choices").is_none());
    }
}
