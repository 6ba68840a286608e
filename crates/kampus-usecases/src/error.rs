//! Why a workflow refused or failed. Each face maps these once: the JSON API to RFC 9457
//! problems, the web pages to a page with the form again.

use kampus_store::StoreError;
use serde::Serialize;

use crate::retry::{Retryable, Rollback};

/// One invalid field of what a caller gave, named by its JSON pointer-like path (a form
/// field on a page). The explanation is a Fluent message, so every face words it alike.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    /// Fluent message id of the explanation.
    #[serde(skip)]
    pub message_id: &'static str,
    /// Numbers the explanation mentions (e.g. `min`).
    #[serde(skip)]
    pub args: Vec<(&'static str, i64)>,
    /// Words the explanation mentions (e.g. the `choices` of a list).
    #[serde(skip)]
    pub texts: Vec<(&'static str, String)>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message_id: &'static str) -> Self {
        Self {
            field: field.into(),
            message_id,
            args: Vec::new(),
            texts: Vec::new(),
        }
    }

    /// "Choose one of: …" for a value outside a fixed list.
    pub fn choice(field: impl Into<String>, choices: &[&str]) -> Self {
        Self::new(field, "field-choice-invalid").with_text("choices", choices.join(", "))
    }

    #[must_use]
    pub fn with_text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.texts.push((name, value.into()));
        self
    }

    #[must_use]
    pub fn with_arg(mut self, name: &'static str, value: i64) -> Self {
        self.args.push((name, value));
        self
    }
}

/// See the module documentation.
#[derive(Debug, thiserror::Error)]
pub enum UseCaseError {
    /// Nothing of the caller's is there (a course, an attempt, a certificate).
    #[error("not found")]
    NotFound,
    /// The caller must be enrolled in the course first.
    #[error("not enrolled")]
    NotEnrolled,
    /// The course's audience does not include the caller.
    #[error("course restricted to another audience")]
    CourseRestricted,
    #[error("attempt limit reached")]
    AttemptLimitReached,
    /// The attempt was submitted or its time ran out.
    #[error("attempt closed")]
    AttemptClosed,
    /// The request clashes with what is recorded (an event id reused for another event, a
    /// survey of a completed course).
    #[error("conflict: {0}")]
    Conflict(String),
    /// Values that do not fit (a rating beyond its scale, a required answer missing).
    #[error("invalid input: {0:?}")]
    Invalid(Vec<FieldError>),
    /// Something named that is not where it points (a lesson not in the course, a question
    /// not on the paper).
    #[error("unknown reference: {0:?}")]
    UnknownReference(Vec<FieldError>),
    /// The account's current password, asked for to confirm a change, is not the one given.
    #[error("wrong password")]
    WrongPassword(Vec<FieldError>),
    /// Only trainers follow institutions; the user has this other role.
    #[error("not a trainer but a {}", .0.as_str())]
    NotATrainer(kampus_store::users::Role),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A bug or an unexpected failure.
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<kampus_store::QueryError> for UseCaseError {
    fn from(error: kampus_store::QueryError) -> Self {
        UseCaseError::Store(StoreError::from(error))
    }
}

impl Retryable for UseCaseError {
    fn is_conflict(&self) -> bool {
        matches!(self, UseCaseError::Store(StoreError::Conflict(_)))
    }
}

/// A workflow that refuses with its own error inside a transaction rolls back with it.
impl From<Rollback<UseCaseError>> for UseCaseError {
    fn from(rollback: Rollback<UseCaseError>) -> Self {
        match rollback {
            Rollback::Store(e) => UseCaseError::Store(e),
            Rollback::Refused(e) => e,
        }
    }
}
