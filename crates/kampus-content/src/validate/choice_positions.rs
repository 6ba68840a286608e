//! Whether the correct choices of an assessment give themselves away by their position.
//!
//! Authors tend to write the right choice first. When the assessment shows choices in the
//! authored order (`shuffle_choices = false`), a learner who notices that every first choice
//! was right scores without knowing anything, and a pre-test measures nothing. Three choice
//! questions are the least that make a pattern: with two, the same position is as likely as
//! not by chance among two or three choices. A multiple-response question counts when any of
//! its correct choices is at that position.

use super::Checker;
use crate::manifest::AssessmentDecl;
use crate::model::{Question, QuestionKind};
use crate::problem::ProblemCode;

/// The fewest choice questions in which one position of the correct choice is a pattern.
pub const MIN_QUESTIONS: usize = 3;

/// Warns when every choice question of an unshuffled assessment has a correct choice at one
/// position.
pub(super) fn check(
    check: &mut Checker<'_>,
    decl: &AssessmentDecl,
    questions: &[Question],
    shuffled: bool,
) {
    if shuffled {
        return;
    }
    let correct_positions: Vec<Vec<usize>> = questions
        .iter()
        .filter_map(|q| match &q.kind {
            QuestionKind::SingleChoice(key) => Some(positions(&key.choices, |c| *c == key.correct)),
            QuestionKind::MultipleResponse(key) => {
                Some(positions(&key.choices, |c| key.correct.contains(c)))
            }
            _ => None,
        })
        .collect();
    if let Some(position) = common_position(&correct_positions) {
        check.report(
            ProblemCode::CorrectChoicePosition,
            decl.id.start(),
            format!(
                "assessment `{}` shows choices as written, and choice {} is correct in each of its {} choice questions; set `shuffle_choices = true` or vary the position of the correct choices",
                decl.id.value,
                position + 1,
                correct_positions.len()
            ),
        );
    }
}

fn positions(choices: &[String], correct: impl Fn(&String) -> bool) -> Vec<usize> {
    choices
        .iter()
        .enumerate()
        .filter(|(_, c)| correct(c))
        .map(|(i, _)| i)
        .collect()
}

/// The first position that is correct in every question, when there are enough questions.
fn common_position(questions: &[Vec<usize>]) -> Option<usize> {
    if questions.len() < MIN_QUESTIONS {
        return None;
    }
    let (first, rest) = questions.split_first()?;
    first
        .iter()
        .copied()
        .find(|p| rest.iter().all(|q| q.contains(p)))
}

#[cfg(test)]
mod tests {
    use super::common_position;

    #[test]
    fn the_same_position_in_three_questions_is_a_pattern() {
        assert_eq!(common_position(&[vec![0], vec![0], vec![0, 1, 2]]), Some(0));
        assert_eq!(common_position(&[vec![2], vec![0, 2], vec![2]]), Some(2));
    }

    #[test]
    fn varied_positions_or_too_few_questions_are_not() {
        assert_eq!(common_position(&[vec![0], vec![1], vec![0]]), None);
        assert_eq!(common_position(&[vec![0], vec![0]]), None);
        assert_eq!(common_position(&[]), None);
    }
}
