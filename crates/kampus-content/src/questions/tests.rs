//! What every question type must do alike, checked on one key of each type.

use super::*;
use crate::grading::{Correctness, grade};

/// A 4-point question `q` with this key.
pub(super) fn with_key(kind: impl Into<QuestionKind>) -> Question {
    Question {
        id: "q".into(),
        points: 4,
        outcomes: vec![],
        pool: None,
        kind: kind.into(),
    }
}

pub(super) fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

#[allow(clippy::needless_pass_by_value)] // Reads better at the call sites.
pub(super) fn score(question: &Question, response: Response) -> (f64, Correctness) {
    let g = grade(question, &response).expect("response fits");
    (g.awarded, g.correctness)
}

fn kinds() -> Vec<QuestionKind> {
    stored_examples()
        .into_iter()
        .map(|json| serde_json::from_value(json).expect("a stored key reads back"))
        .collect()
}

#[test]
fn stored_keys_keep_their_shape_and_name_their_type() {
    for (json, kind) in stored_examples().into_iter().zip(kinds()) {
        assert_eq!(serde_json::to_value(&kind).expect("json"), json);
        assert_eq!(json["type"], kind.name());
        let question = with_key(kind.clone());
        assert_eq!(question.learner_view().question_type, kind.name());
    }
}

#[test]
fn every_type_grades_its_own_responses_as_they_claim() {
    for kind in kinds() {
        let question = with_key(kind.clone());
        let right = kind.correct_response().expect("answerable");
        assert_eq!(right.response_type(), kind.response_type(), "{kind:?}");
        assert_eq!(
            score(&question, right),
            (4.0, Correctness::Correct),
            "{kind:?}"
        );
        let wrong = kind.response(Answered::Wrong).expect("a wrong answer");
        assert_eq!(
            score(&question, wrong).1,
            Correctness::Incorrect,
            "{kind:?}"
        );
        let partly = kind.response(Answered::Partly).expect("an answer");
        // The examples with partial credit are large enough to be partly right.
        let partial_credit = serde_json::to_value(&kind).expect("json")["partial_credit"] == true;
        let expected = if partial_credit {
            Correctness::Partial
        } else {
            Correctness::Incorrect
        };
        assert_eq!(score(&question, partly).1, expected, "{kind:?}");
    }
}

#[test]
fn a_response_of_another_type_is_a_mismatch_naming_the_type_expected() {
    for kind in kinds() {
        let question = with_key(kind.clone());
        let other = ResponseType::ALL
            .into_iter()
            .find(|t| *t != kind.response_type())
            .expect("another type");
        let response = kinds()
            .iter()
            .find_map(|k| k.correct_response().filter(|r| r.response_type() == other))
            .expect("a response of the other type");
        let err = grade(&question, &response).expect_err("mismatch");
        assert_eq!(err.expected, kind.response_type().tag());
    }
}

#[test]
fn every_response_type_is_documented_under_its_json_tag() {
    let taken: Vec<ResponseType> = kinds().iter().map(QuestionKind::response_type).collect();
    for response_type in ResponseType::ALL {
        assert!(taken.contains(&response_type), "{response_type:?} is taken");
        assert!(!response_type.description().is_empty());
        assert!(response_type.value_schema().get("type").is_some());
    }
    for kind in kinds() {
        let right = kind.correct_response().expect("answerable");
        let json = serde_json::to_value(&right).expect("json");
        assert_eq!(json["type"], right.response_type().tag());
    }
}

#[test]
fn feedback_keys_follow_the_response() {
    let choice = with_key(SingleChoice {
        choices: ids(&["a", "b"]),
        correct: "b".into(),
    });
    assert_eq!(
        choice
            .kind
            .feedback_keys("q", Some(&Response::Choice("a".into()))),
        ["q.feedback", "q_a.feedback"]
    );
    let statement = with_key(TrueFalse { answer: true });
    assert_eq!(
        statement
            .kind
            .feedback_keys("q", Some(&Response::Bool(false))),
        ["q.feedback", "q.if-false"]
    );
    assert_eq!(statement.kind.feedback_keys("q", None), ["q.feedback"]);
}
