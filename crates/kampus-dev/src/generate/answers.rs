//! Attempts as the application stores them: a paper drawn from the assessment (pools,
//! shuffling), a response to each question the learner answered, and the graded paper.
//!
//! The JSON written has exactly the shape of `kampus_progress::paper::{Paper, GradedPaper}`
//! (this crate cannot depend on that one, so the shapes are mirrored here; `kampus dev
//! generate` re-grades a sample with the real types to catch drift). Responses are scored
//! with the format's own grading rules ([`kampus_content::grade`]).

use std::collections::BTreeMap;

use kampus_content::model::{Assessment, AssessmentKind, Question, QuestionKind, ReviewPolicy};
use kampus_content::{Correctness, Grade, Response, grade};
use serde::Serialize;

use super::rng::Rng;
use kampus_store::error::StoreError;

#[derive(Serialize)]
struct PaperOut<'a> {
    assessment_id: &'a str,
    kind: AssessmentKind,
    pass_mark: f64,
    review: ReviewPolicy,
    time_limit_minutes: Option<u32>,
    questions: Vec<PaperQuestionOut<'a>>,
}

#[derive(Serialize)]
struct PaperQuestionOut<'a> {
    question: &'a Question,
    choices: Vec<&'a str>,
    premises: Vec<&'a str>,
    responses: Vec<&'a str>,
    items: Vec<&'a str>,
}

#[derive(Serialize)]
struct GradedOut<'a> {
    awarded: f64,
    possible: f64,
    percent: f64,
    passed: Option<bool>,
    grades: Vec<(&'a str, Grade)>,
}

fn shuffle<T>(items: &mut [T], rng: &mut Rng) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

/// The questions of a paper, drawn as `Paper::draw` draws them.
pub(crate) fn draw<'a>(assessment: &'a Assessment, rng: &mut Rng) -> Vec<&'a Question> {
    let mut chosen: Vec<&Question> = assessment
        .questions
        .iter()
        .filter(|q| q.pool.is_none())
        .collect();
    for pool in &assessment.pools {
        let mut candidates: Vec<&Question> = assessment
            .questions
            .iter()
            .filter(|q| q.pool.as_deref() == Some(pool.id.as_str()))
            .collect();
        shuffle(&mut candidates, rng);
        chosen.extend(candidates.into_iter().take(pool.draw as usize));
    }
    if assessment.settings.shuffle_questions {
        shuffle(&mut chosen, rng);
    } else {
        let authored = |q: &Question| {
            assessment
                .questions
                .iter()
                .position(|a| a.id == q.id)
                .unwrap_or(usize::MAX)
        };
        chosen.sort_by_key(|q| authored(q));
    }
    chosen
}

/// The paper's JSON.
pub(crate) fn paper_json(
    assessment: &Assessment,
    questions: &[&Question],
    rng: &mut Rng,
) -> Result<String, StoreError> {
    let questions = questions
        .iter()
        .map(|&question| {
            let view = question.learner_view();
            let mut choices = view.choices;
            if assessment.settings.shuffle_choices {
                shuffle(&mut choices, rng);
            }
            PaperQuestionOut {
                question,
                choices,
                premises: view.premises,
                responses: view.responses,
                items: view.items,
            }
        })
        .collect();
    json(&PaperOut {
        assessment_id: &assessment.id,
        kind: assessment.kind,
        pass_mark: assessment.settings.pass_mark,
        review: assessment.settings.review,
        time_limit_minutes: assessment.settings.time_limit_minutes,
        questions,
    })
}

fn json(value: &impl Serialize) -> Result<String, StoreError> {
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

/// The response a learner of that quality gives.
pub(crate) fn response(question: &Question, quality: Quality) -> Option<Response> {
    let right = matches!(quality, Quality::Right);
    let partly = matches!(quality, Quality::Partly);
    Some(match &question.kind {
        QuestionKind::SingleChoice { choices, correct } => Response::Choice(if right {
            correct.clone()
        } else {
            choices.iter().find(|c| *c != correct)?.clone()
        }),
        QuestionKind::MultipleResponse {
            choices, correct, ..
        } => Response::Choices(if right {
            correct.clone()
        } else if partly && correct.len() > 1 {
            correct[..correct.len() - 1].to_vec()
        } else {
            choices
                .iter()
                .filter(|c| !correct.contains(c))
                .cloned()
                .collect()
        }),
        QuestionKind::TrueFalse { answer } => Response::Bool(*answer == right),
        QuestionKind::Matching { pairs, .. } => {
            let mut given = pairs.clone();
            let n = given.len();
            if partly && n > 2 {
                let first = given[0].1.clone();
                given[0].1 = std::mem::replace(&mut given[1].1, first);
            } else if !right && n > 1 {
                let answers: Vec<String> = given.iter().map(|(_, r)| r.clone()).collect();
                for (i, pair) in given.iter_mut().enumerate() {
                    pair.1.clone_from(&answers[(i + 1) % n]);
                }
            }
            Response::Pairs(given)
        }
        QuestionKind::Ordering { items, .. } => {
            let mut given = items.clone();
            if partly && given.len() > 2 {
                given.swap(0, 1);
            } else if !right {
                given.reverse();
            }
            Response::Order(given)
        }
        QuestionKind::Numeric { value, tolerance } => Response::Number(if right {
            *value
        } else {
            value + 10.0 * (tolerance + 1.0)
        }),
        QuestionKind::ShortText { accepted, .. } => Response::Text(if right {
            accepted.first()?.clone()
        } else {
            "?".to_owned()
        }),
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

/// Answers the paper's questions as `quality` says and grades them like `Paper::grade`.
pub(crate) fn answer_and_grade(
    assessment: &Assessment,
    questions: &[&Question],
    mut quality: impl FnMut(&Question) -> Quality,
) -> Result<Graded, StoreError> {
    let mut answers = BTreeMap::new();
    let mut grades = Vec::with_capacity(questions.len());
    for &question in questions {
        let possible = f64::from(question.points);
        let unanswered = Grade {
            awarded: 0.0,
            possible,
            correctness: Correctness::Incorrect,
        };
        let given = match quality(question) {
            Quality::Blank => None,
            other => response(question, other),
        };
        let score = match given {
            Some(response) => {
                let score = grade(question, &response).unwrap_or(unanswered);
                answers.insert(question.id.as_str(), response);
                score
            }
            None => unanswered,
        };
        grades.push((question.id.as_str(), score));
    }
    let awarded: f64 = grades.iter().map(|(_, g)| g.awarded).sum();
    let possible: f64 = grades.iter().map(|(_, g)| g.possible).sum();
    let percent = if possible > 0.0 {
        (awarded / possible * 100.0 * 100.0).round() / 100.0
    } else {
        0.0
    };
    let passed = (assessment.kind != AssessmentKind::PreTest)
        .then_some(percent >= assessment.settings.pass_mark);
    Ok(Graded {
        answers: json(&answers)?,
        percent,
        passed,
        result: json(&GradedOut {
            awarded,
            possible,
            percent,
            passed,
            grades,
        })?,
    })
}

/// The answers saved so far in an attempt left open: the first `answered` questions.
pub(crate) fn partial_answers(
    questions: &[&Question],
    answered: usize,
) -> Result<String, StoreError> {
    let answers: BTreeMap<&str, Response> = questions
        .iter()
        .take(answered)
        .filter_map(|q| Some((q.id.as_str(), response(q, Quality::Right)?)))
        .collect();
    json(&answers)
}
