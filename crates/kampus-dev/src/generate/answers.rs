//! Attempts as the application stores them: a paper drawn with the application's own
//! [`Paper::draw`] (pools, shuffling) from the generator's random stream, a response to each
//! question the learner answered, and the paper graded with [`Paper::grade`]. The JSON
//! written is the application's `Paper` and `GradedPaper` serialized, so it cannot drift from
//! the types that read it.

use std::collections::{BTreeMap, HashMap};

use kampus_content::Response;
use kampus_content::model::Question;
use kampus_content::questions::Answered;
use kampus_progress::Paper;
use kampus_store::error::StoreError;
use serde::Serialize;

/// A value's JSON, as a column stores it.
pub(crate) fn json(value: &impl Serialize) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// How well a learner answers one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Quality {
    Right,
    /// Partly right (a question type with partial credit), else wrong.
    Partly,
    Wrong,
    /// Left unanswered: not in the answers at all.
    Blank,
}

/// The response a learner of that quality gives (the question type's own idea of a right, a
/// partly right and a wrong answer).
pub(crate) fn response(question: &Question, quality: Quality) -> Option<Response> {
    question.kind.response(match quality {
        Quality::Right => Answered::Right,
        Quality::Partly => Answered::Partly,
        Quality::Wrong | Quality::Blank => Answered::Wrong,
    })
}

/// A submitted attempt's columns.
#[derive(Debug)]
pub(crate) struct Graded {
    pub answers: String,
    pub percent: f64,
    pub passed: Option<bool>,
    pub result: String,
}

/// Answers the paper's questions as `quality` says (asked in paper order) and grades them
/// with [`Paper::grade`].
pub(crate) fn answer_and_grade(
    paper: &Paper,
    mut quality: impl FnMut(&Question) -> Quality,
) -> Result<Graded, StoreError> {
    let mut answers = HashMap::with_capacity(paper.questions.len());
    for shown in &paper.questions {
        let question = &shown.question;
        let given = match quality(question) {
            Quality::Blank => None,
            other => response(question, other),
        };
        if let Some(response) = given {
            answers.insert(question.id.clone(), response);
        }
    }
    let graded = paper.grade(&answers);
    // Sorted by question id: the same answers always give the same text.
    let sorted: BTreeMap<&str, &Response> =
        answers.iter().map(|(id, r)| (id.as_str(), r)).collect();
    Ok(Graded {
        answers: json(&sorted)?,
        percent: graded.percent,
        passed: graded.passed,
        result: json(&graded)?,
    })
}

/// The answers saved so far in an attempt left open: the first `answered` questions.
pub(crate) fn partial_answers(paper: &Paper, answered: usize) -> Result<String, StoreError> {
    let answers: BTreeMap<&str, Response> = paper
        .questions
        .iter()
        .take(answered)
        .filter_map(|shown| {
            let question = &shown.question;
            Some((question.id.as_str(), response(question, Quality::Right)?))
        })
        .collect();
    json(&answers)
}
