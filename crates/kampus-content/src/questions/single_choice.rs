//! Single choice: one correct choice among several, all or nothing.

use serde::{Deserialize, Serialize};

use super::declaration::{answer_ids, parts};
use super::{
    Answered, Check, Kind, QuestionKind, QuestionView, Response, ResponseType, all_or_nothing, ids,
    picked_feedback,
};
use crate::manifest::{Located, QuestionDecl};
use crate::problem::ProblemCode;

/// The choices, in display order, and the correct one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SingleChoice {
    pub choices: Vec<String>,
    pub correct: String,
}

impl From<SingleChoice> for QuestionKind {
    fn from(key: SingleChoice) -> Self {
        QuestionKind::SingleChoice(key)
    }
}

impl Kind for SingleChoice {
    const NAME: &'static str = "single-choice";
    const FIELDS: &'static [&'static str] = &["choices", "correct"];
    const RESPONSE: ResponseType = ResponseType::Choice;
    const PART_FEEDBACK: bool = true;

    #[cfg(test)]
    fn example() -> serde_json::Value {
        serde_json::json!({"type": "single-choice", "choices": ["a", "b"], "correct": "b"})
    }

    fn declare(decl: &QuestionDecl, check: &mut dyn Check) -> Option<Self> {
        let choices = parts(check, decl, decl.choices.as_deref(), "choices", 2)?;
        let correct = answer_ids(check, decl, &choices)?;
        if correct.len() != 1 {
            check.report(
                ProblemCode::InvalidSetting,
                decl.correct
                    .as_ref()
                    .and_then(|c| c.first())
                    .map_or(decl.id.start(), Located::start),
                "a single-choice question has exactly one correct choice; use `multiple-response` for more".to_owned(),
            );
            return None;
        }
        let correct = correct.into_iter().next()?;
        Some(SingleChoice { choices, correct })
    }

    fn score(&self, response: &Response) -> Option<f64> {
        let Response::Choice(chosen) = response else {
            return None;
        };
        Some(all_or_nothing(*chosen == self.correct))
    }

    fn response(&self, answered: Answered) -> Option<Response> {
        Some(Response::Choice(if answered == Answered::Right {
            self.correct.clone()
        } else {
            self.choices.iter().find(|c| **c != self.correct)?.clone()
        }))
    }

    fn show<'a>(&'a self, _question: &str, view: &mut QuestionView<'a>) {
        view.choices = ids(&self.choices);
    }

    fn part_ids(&self) -> Vec<&str> {
        ids(&self.choices)
    }

    fn response_feedback(&self, question: &str, response: &Response) -> Vec<String> {
        match response {
            Response::Choice(choice) => picked_feedback(question, [choice]),
            _ => Vec::new(),
        }
    }

    fn options(&self) -> Option<Vec<String>> {
        Some(self.choices.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{ids, score, with_key};
    use super::*;
    use crate::grading::Correctness;

    #[test]
    fn single_choice() {
        let question = with_key(SingleChoice {
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
}
