//! True/false: a statement that is true or false, all or nothing.

use serde::{Deserialize, Serialize};

use super::declaration::missing;
use super::{
    Answered, Check, Kind, QuestionKind, QuestionView, Response, ResponseType, all_or_nothing,
};
use crate::manifest::QuestionDecl;

/// Whether the statement is true.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrueFalse {
    pub answer: bool,
}

/// The feedback of a true/false question for the answer given.
pub fn verdict_key(question: &str, answered_true: bool) -> String {
    format!(
        "{question}.{}",
        if answered_true { "if-true" } else { "if-false" }
    )
}

impl From<TrueFalse> for QuestionKind {
    fn from(key: TrueFalse) -> Self {
        QuestionKind::TrueFalse(key)
    }
}

impl Kind for TrueFalse {
    const NAME: &'static str = "true-false";
    const FIELDS: &'static [&'static str] = &["answer"];
    const RESPONSE: ResponseType = ResponseType::Bool;

    #[cfg(test)]
    fn example() -> serde_json::Value {
        serde_json::json!({"type": "true-false", "answer": false})
    }

    fn declare(decl: &QuestionDecl, check: &mut dyn Check) -> Option<Self> {
        match &decl.answer {
            Some(answer) => Some(TrueFalse {
                answer: answer.value,
            }),
            None => missing(check, decl, "`answer = true` or `answer = false`"),
        }
    }

    fn score(&self, response: &Response) -> Option<f64> {
        let Response::Bool(given) = response else {
            return None;
        };
        Some(all_or_nothing(*given == self.answer))
    }

    fn response(&self, answered: Answered) -> Option<Response> {
        Some(Response::Bool(self.answer == (answered == Answered::Right)))
    }

    fn show<'a>(&'a self, _question: &str, _view: &mut QuestionView<'a>) {}

    fn optional_texts(&self, question: &str) -> Vec<String> {
        vec![verdict_key(question, true), verdict_key(question, false)]
    }

    fn response_feedback(&self, question: &str, response: &Response) -> Vec<String> {
        match response {
            Response::Bool(answer) => vec![verdict_key(question, *answer)],
            _ => Vec::new(),
        }
    }

    fn options(&self) -> Option<Vec<String>> {
        Some(vec!["true".into(), "false".into()])
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{score, with_key};
    use super::*;
    use crate::grading::Correctness;

    #[test]
    fn true_false() {
        let question = with_key(TrueFalse { answer: false });
        assert_eq!(
            score(&question, Response::Bool(false)),
            (4.0, Correctness::Correct)
        );
        assert_eq!(
            score(&question, Response::Bool(true)),
            (0.0, Correctness::Incorrect)
        );
    }
}
