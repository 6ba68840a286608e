//! Multiple response: several correct choices, scored "right minus wrong" so that ticking
//! every box earns nothing.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::declaration::{answer_ids, partial_credit, parts};
use super::{
    Answered, Check, Kind, QuestionKind, QuestionView, Response, ResponseType, ids, partial,
    picked_feedback, ratio,
};
use crate::manifest::QuestionDecl;

/// The choices, in display order, and the correct ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MultipleResponse {
    pub choices: Vec<String>,
    pub correct: Vec<String>,
    pub partial_credit: bool,
}

impl From<MultipleResponse> for QuestionKind {
    fn from(key: MultipleResponse) -> Self {
        QuestionKind::MultipleResponse(key)
    }
}

impl Kind for MultipleResponse {
    const NAME: &'static str = "multiple-response";
    const FIELDS: &'static [&'static str] = &["choices", "correct", "partial_credit"];
    const RESPONSE: ResponseType = ResponseType::Choices;
    const PART_FEEDBACK: bool = true;

    #[cfg(test)]
    fn example() -> serde_json::Value {
        serde_json::json!({"type": "multiple-response", "choices": ["a", "b", "c"], "correct": ["a", "c"], "partial_credit": true})
    }

    fn declare(decl: &QuestionDecl, check: &mut dyn Check) -> Option<Self> {
        let choices = parts(check, decl, decl.choices.as_deref(), "choices", 2)?;
        let correct = answer_ids(check, decl, &choices)?;
        Some(MultipleResponse {
            choices,
            correct,
            partial_credit: partial_credit(decl),
        })
    }

    /// `(correct chosen − wrong chosen) / correct`, at least 0; a choice given twice counts
    /// once.
    fn score(&self, response: &Response) -> Option<f64> {
        let Response::Choices(chosen) = response else {
            return None;
        };
        let chosen: HashSet<&String> = chosen.iter().collect();
        let right = chosen.iter().filter(|c| self.correct.contains(c)).count();
        let wrong = chosen.len() - right;
        let share = ratio(right.saturating_sub(wrong), self.correct.len());
        Some(partial(share, self.partial_credit))
    }

    fn response(&self, answered: Answered) -> Option<Response> {
        let correct = &self.correct;
        Some(Response::Choices(match answered {
            Answered::Right => correct.clone(),
            Answered::Partly if correct.len() > 1 => correct[..correct.len() - 1].to_vec(),
            Answered::Partly | Answered::Wrong => self
                .choices
                .iter()
                .filter(|c| !correct.contains(c))
                .cloned()
                .collect(),
        }))
    }

    fn show<'a>(&'a self, _question: &str, view: &mut QuestionView<'a>) {
        view.multiple = true;
        view.choices = ids(&self.choices);
    }

    fn part_ids(&self) -> Vec<&str> {
        ids(&self.choices)
    }

    fn response_feedback(&self, question: &str, response: &Response) -> Vec<String> {
        match response {
            Response::Choices(choices) => picked_feedback(question, choices),
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
    use crate::questions::QuestionKind;

    #[test]
    fn multiple_response_right_minus_wrong() {
        let mut question = with_key(MultipleResponse {
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
        if let QuestionKind::MultipleResponse(key) = &mut question.kind {
            key.partial_credit = false;
        }
        assert_eq!(
            score(&question, Response::Choices(ids(&["a"]))),
            (0.0, Correctness::Incorrect)
        );
    }
}
