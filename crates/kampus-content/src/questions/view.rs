//! What a learner may see of a question before the attempt is submitted: its parts without
//! the answer key.
//!
//! The architecture's rule is that answer keys never leave the server before submission; the
//! API serializes a [`QuestionView`] instead of a [`Question`](super::Question). Where the
//! authored order would give the answer away (the items of an ordering question are written
//! in the correct order, matching responses often in the order of their premises), a type
//! lists them in an order derived from a hash of the ids: stable between requests, unrelated
//! to the key. Shuffling per attempt (`shuffle_choices`) is left to the caller, which knows
//! the attempt.

use serde::Serialize;

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

impl<'a> QuestionView<'a> {
    /// A view with no parts yet; the question's type fills them in.
    pub(super) fn new(id: &'a str, question_type: &'static str, points: u32) -> Self {
        QuestionView {
            id,
            question_type,
            points,
            multiple: false,
            choices: Vec::new(),
            premises: Vec::new(),
            responses: Vec::new(),
            items: Vec::new(),
        }
    }
}
