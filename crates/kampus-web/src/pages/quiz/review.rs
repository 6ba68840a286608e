//! A submitted attempt as its learner sees it, as far as the assessment's review policy
//! allows: the score always; which questions were right; the correct answers; feedback.

use kampus_content::model::ReviewPolicy;
use kampus_content::{Correctness, LoadedCourse, Locale, Response};
use kampus_progress::{GradedPaper, Paper, PaperQuestion};
use kampus_usecases::learning::attempts::Answers;

use super::super::view::{Text, decimal, text};
use crate::tr::Tr;

#[derive(Debug, Clone)]
pub struct ReviewedQuestion {
    pub number: usize,
    pub prompt: Text,
    /// The learner's answer in words (lines), empty when unanswered.
    pub given: Vec<String>,
    /// right, partly-right or wrong (`Correctness` and up).
    pub verdict: Option<(&'static str, &'static str)>,
    pub score: Option<String>,
    /// The correct answer in words (`CorrectAnswers` and up).
    pub correct: Vec<String>,
    /// Feedback texts (`Feedback`).
    pub feedback: Vec<String>,
}

/// The questions as the policy lets the learner review them (none for `ScoreOnly`).
pub fn review(
    course: &LoadedCourse,
    tr: &Tr,
    paper: &Paper,
    graded: &GradedPaper,
    answers: &Answers,
) -> Vec<ReviewedQuestion> {
    if paper.review < ReviewPolicy::Correctness {
        return Vec::new();
    }
    let locale = tr.locale;
    graded
        .grades
        .iter()
        .enumerate()
        .filter_map(|(index, (id, grade))| {
            let q = paper.question(id)?;
            let verdict = match grade.correctness {
                Correctness::Correct => ("review-correct", "ok"),
                Correctness::Partial => ("review-partial", "warn"),
                Correctness::Incorrect => ("review-incorrect", "bad"),
            };
            let correct = if paper.review >= ReviewPolicy::CorrectAnswers {
                q.question
                    .kind
                    .correct_response()
                    .map(|r| in_words(course, tr, q, &r))
                    .unwrap_or_default()
            } else {
                Vec::new()
            };
            let feedback = if paper.review >= ReviewPolicy::Feedback {
                q.question
                    .kind
                    .feedback_keys(id, answers.get(id))
                    .iter()
                    .filter_map(|k| text(course, locale, k).map(|t| t.text))
                    .collect()
            } else {
                Vec::new()
            };
            Some(ReviewedQuestion {
                number: index + 1,
                prompt: text(course, locale, id)?,
                given: answers
                    .get(id)
                    .map(|r| in_words(course, tr, q, r))
                    .unwrap_or_default(),
                verdict: Some(verdict),
                score: Some(tr.tnn(
                    "review-points",
                    "awarded",
                    grade.awarded,
                    "possible",
                    grade.possible,
                )),
                correct,
                feedback,
            })
        })
        .collect()
}

/// A response in words, one line per chosen part (or pair, or item).
fn in_words(course: &LoadedCourse, tr: &Tr, q: &PaperQuestion, response: &Response) -> Vec<String> {
    let locale: Locale = tr.locale;
    let part = |id: &str| {
        text(
            course,
            locale,
            &kampus_content::texts::keys::part_key(&q.question.id, id),
        )
        .map_or_else(|| id.to_owned(), |t| t.text)
    };
    match response {
        Response::Choice(id) => vec![part(id)],
        Response::Choices(ids) => ids.iter().map(|id| part(id)).collect(),
        Response::Bool(value) => vec![
            tr.t(if *value { "quiz-true" } else { "quiz-false" })
                .into_owned(),
        ],
        Response::Pairs(pairs) => pairs
            .iter()
            .map(|(premise, response)| format!("{} → {}", part(premise), part(response)))
            .collect(),
        Response::Order(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| format!("{}. {}", i + 1, part(item)))
            .collect(),
        Response::Number(n) => vec![decimal_any(*n, locale)],
        Response::Text(t) => vec![t.clone()],
    }
}

fn decimal_any(value: f64, locale: Locale) -> String {
    if value.fract() == 0.0 {
        decimal(value, locale)
    } else if locale == Locale::En {
        value.to_string()
    } else {
        value.to_string().replace('.', ",")
    }
}
