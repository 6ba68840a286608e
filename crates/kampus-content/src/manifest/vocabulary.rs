//! The settings an author chooses among in `course.toml` (level, assessment kind, review
//! policy, survey item type): words of the format, which the validated model keeps as they are.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Level of a course, for the catalogue and certificates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AccreditationLevel {
    Introductory,
    Intermediate,
    Advanced,
    Specialist,
}

/// The kind of an assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AssessmentKind {
    /// Closes a module (set `module`).
    ModuleQuiz,
    /// Taken before the course to measure prior knowledge; at most one per course.
    PreTest,
    /// The final assessment; at most one per course.
    Final,
}

/// What a learner sees after submitting an attempt.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewPolicy {
    /// Only the total score and whether it passed.
    ScoreOnly,
    /// Also which questions were right, partly right or wrong.
    Correctness,
    /// Also the correct answers.
    CorrectAnswers,
    /// Also the feedback texts (per choice and per question). The default.
    #[default]
    Feedback,
}

/// The type of a survey item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SurveyItemType {
    /// A statement rated on a scale from "strongly disagree" to "strongly agree".
    Likert,
    /// An open question answered in free text.
    FreeText,
}
