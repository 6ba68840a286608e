//! Scoring a learner's response to one question: the grading rules of the format.
//!
//! Grading is part of the content format (an author must know how a question will be scored),
//! so it lives here, pure and deterministic: the same question and response always give the
//! same [`Grade`]. Each type's rule is in its module of [`crate::questions`]; the rules with
//! examples are in `docs/content-format.md`. Points awarded are rounded to two decimals.

use serde::{Deserialize, Serialize};

use crate::questions::Question;
pub use crate::questions::Response;

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

/// Scores `response` to `question`: the share of the points its type gives the response,
/// rounded to two decimals.
pub fn grade(question: &Question, response: &Response) -> Result<Grade, ResponseMismatch> {
    let share = question
        .kind
        .score(response)
        .ok_or_else(|| ResponseMismatch {
            question: question.id.clone(),
            expected: question.kind.response_type().tag(),
        })?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::{QuestionKind, TrueFalse};

    #[test]
    fn wrong_response_type_is_an_error() {
        let question = Question {
            id: "q".into(),
            points: 4,
            outcomes: vec![],
            pool: None,
            kind: QuestionKind::TrueFalse(TrueFalse { answer: true }),
        };
        let err = grade(&question, &Response::Text("true".into())).expect_err("mismatch");
        assert_eq!(err.expected, "bool");
    }
}
