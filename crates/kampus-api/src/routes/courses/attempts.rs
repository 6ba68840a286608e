//! Assessment attempts: start, read, save answers, submit, review.
//!
//! The server draws the paper and keeps it; the learner sees questions and parts, never the
//! answer keys, correctness or feedback before submitting. Submitting grades once, whatever
//! the concurrency; what the learner sees afterwards follows the assessment's review policy.

use std::collections::HashMap;
use std::sync::Arc;

use actix_web::{HttpRequest, HttpResponse, web};
use kampus_content::model::{Question, QuestionKind, ReviewPolicy};
use kampus_content::{Correctness, LoadedCourse, Locale, Response};
use kampus_progress::{GradedPaper, Paper};
use kampus_store::attempts::Attempt;
use kampus_usecases::learning::attempts::{self, Started, answers_of, paper_of};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{LocalizedText, text};
use crate::caller::Learner;
use crate::caller::locale::negotiate_request;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

/// A part of a question (a choice, premise, response or item) with its text.
#[derive(Debug, Serialize, ToSchema)]
pub struct Part {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QuestionOut {
    pub id: String,
    /// The question type, as the manifest names it (`single-choice`, `matching`, …; every type
    /// is listed in docs/content-format.md).
    #[serde(rename = "type")]
    pub question_type: &'static str,
    pub points: u32,
    pub prompt: LocalizedText,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Part>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub premises: Vec<Part>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<Part>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Part>,
}

/// One question's outcome, as much as the review policy shows.
#[derive(Debug, Serialize, ToSchema)]
pub struct QuestionReview {
    pub id: String,
    #[schema(value_type = String)]
    pub correctness: Correctness,
    pub awarded: f64,
    pub possible: f64,
    /// The answer key (review policy `correct-answers` or `feedback`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub key: Option<QuestionKind>,
    /// Feedback texts (review policy `feedback`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub feedback: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AttemptResult {
    pub percent: f64,
    /// Null for a pre-test, which never counts toward passing.
    pub passed: Option<bool>,
    pub pass_mark: f64,
    /// Per question (review policy `correctness` and above).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<QuestionReview>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AttemptView {
    pub id: String,
    pub assessment_id: String,
    pub number: i32,
    #[schema(value_type = String, format = DateTime)]
    pub started_at: chrono::DateTime<chrono::Utc>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub deadline_at: Option<chrono::DateTime<chrono::Utc>>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub submitted_at: Option<chrono::DateTime<chrono::Utc>>,
    pub questions: Vec<QuestionOut>,
    /// Saved answers: question id → `{"type": …, "value": …}`.
    #[schema(value_type = Object)]
    pub answers: serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<AttemptResult>,
}

/// Renders an attempt for its learner in `locale`.
fn view(loaded: &LoadedCourse, locale: Locale, attempt: &Attempt) -> Result<AttemptView, ApiError> {
    view_of_paper(loaded, locale, attempt, &paper_of(attempt)?)
}

/// [`view`] with the attempt's paper already read (reading it is most of a submission's
/// work outside the database: it holds every question whole).
fn view_of_paper(
    loaded: &LoadedCourse,
    locale: Locale,
    attempt: &Attempt,
    paper: &Paper,
) -> Result<AttemptView, ApiError> {
    let part_text = |qid: &str, ids: &[String]| -> Vec<Part> {
        ids.iter()
            .map(|id| Part {
                id: id.clone(),
                text: text(
                    loaded,
                    locale,
                    &kampus_content::texts::keys::part_key(qid, id),
                )
                .map_or_else(|| id.clone(), |t| t.text),
            })
            .collect()
    };
    let questions = paper
        .questions
        .iter()
        .map(|q| {
            let id = &q.question.id;
            Ok(QuestionOut {
                id: id.clone(),
                question_type: q.question.learner_view().question_type,
                points: q.question.points,
                prompt: text(loaded, locale, id)
                    .ok_or_else(|| ApiError::Internal(format!("no text for question {id}")))?,
                choices: part_text(id, &q.choices),
                premises: part_text(id, &q.premises),
                responses: part_text(id, &q.responses),
                items: part_text(id, &q.items),
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let result = match &attempt.result {
        Some(raw) => {
            let graded: GradedPaper =
                serde_json::from_str(raw).map_err(|e| ApiError::Internal(e.to_string()))?;
            Some(review(
                loaded,
                locale,
                paper,
                &graded,
                &answers_of(attempt)?,
            ))
        }
        None => None,
    };
    Ok(AttemptView {
        id: attempt.id.to_string(),
        assessment_id: attempt.assessment_id.clone(),
        number: attempt.number,
        started_at: attempt.started_at.and_utc(),
        deadline_at: attempt.deadline_at.map(|d| d.and_utc()),
        submitted_at: attempt.submitted_at.map(|d| d.and_utc()),
        questions,
        answers: serde_json::from_str(&attempt.answers).unwrap_or_default(),
        result,
    })
}

/// What the learner sees after submitting, as the review policy allows.
fn review(
    loaded: &LoadedCourse,
    locale: Locale,
    paper: &Paper,
    graded: &GradedPaper,
    answers: &HashMap<String, Response>,
) -> AttemptResult {
    let questions = if paper.review >= ReviewPolicy::Correctness {
        graded
            .grades
            .iter()
            .filter_map(|(id, grade)| {
                let question = &paper.question(id)?.question;
                let feedback = if paper.review >= ReviewPolicy::Feedback {
                    feedback(loaded, locale, question, answers.get(id))
                } else {
                    Vec::new()
                };
                Some(QuestionReview {
                    id: id.clone(),
                    correctness: grade.correctness,
                    awarded: grade.awarded,
                    possible: grade.possible,
                    key: (paper.review >= ReviewPolicy::CorrectAnswers)
                        .then(|| question.kind.clone()),
                    feedback,
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    AttemptResult {
        percent: graded.percent,
        passed: graded.passed,
        pass_mark: paper.pass_mark,
        questions,
    }
}

/// The question's feedback, and the feedback of the choices the learner picked.
fn feedback(
    loaded: &LoadedCourse,
    locale: Locale,
    question: &Question,
    response: Option<&Response>,
) -> Vec<String> {
    let keys = question.kind.feedback_keys(&question.id, response);
    keys.iter()
        .filter_map(|k| text(loaded, locale, k).map(|t| t.text))
        .collect()
}

/// Starts an attempt (or returns the one still open): the server draws the questions.
#[utoipa::path(
    post,
    path = "/api/v1/courses/{slug}/assessments/{assessment_id}/attempts",
    tag = "assessments",
    security(("bearer" = [])),
    params(("slug" = String, Path), ("assessment_id" = String, Path), ("lang" = Option<String>, Query)),
    responses(
        (status = 201, description = "A new attempt", body = AttemptView),
        (status = 200, description = "The attempt still open", body = AttemptView),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not enrolled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such course or assessment", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Every allowed attempt is used", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn start(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: Learner,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, assessment_id) = path.into_inner();
    let content = state.content();
    let shared = content.shared_course(&slug).ok_or(ApiError::NotFound)?;
    let loaded: &kampus_content::LoadedCourse = &shared;
    let locale = negotiate_request(&req, &state).locale;
    match attempts::start(&state.cases, shared.clone(), user.0.id, &assessment_id).await? {
        Started::New { attempt, paper } => {
            Ok(HttpResponse::Created().json(view_of_paper(loaded, locale, &attempt, &paper)?))
        }
        Started::Open(attempt) => Ok(HttpResponse::Ok().json(view(loaded, locale, &attempt)?)),
    }
}

/// The caller's attempt and the published course it belongs to (by its enrollment: the same
/// assessment id, e.g. `final`, exists in every course).
async fn owned_attempt(
    state: &web::Data<AppState>,
    user: &Learner,
    id: String,
) -> Result<(Attempt, Arc<LoadedCourse>), ApiError> {
    let user_id = user.0.id;
    let id = kampus_store::AttemptId::parse_exact(&id).ok_or(ApiError::NotFound)?;
    let (attempt, course_id) = state
        .db
        .run(move |conn| kampus_store::attempts::find_owned(conn, id, user_id))
        .await?;
    Ok((attempt, published(state, &course_id)?))
}

/// The published course with this id.
fn published(state: &AppState, course_id: &str) -> Result<Arc<LoadedCourse>, ApiError> {
    state
        .content()
        .shared_course_by_id(course_id)
        .ok_or(ApiError::NotFound)
}

/// An attempt of the caller's: questions and saved answers; after submission, the result as
/// the review policy allows.
#[utoipa::path(
    get,
    path = "/api/v1/attempts/{id}",
    operation_id = "get_attempt",
    tag = "assessments",
    security(("bearer" = [])),
    params(("id" = String, Path), ("lang" = Option<String>, Query)),
    responses(
        (status = 200, description = "The attempt", body = AttemptView),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such attempt of the caller's", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn get(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: Learner,
    id: web::Path<String>,
) -> Result<web::Json<AttemptView>, ApiError> {
    let (attempt, loaded) = owned_attempt(&state, &user, id.into_inner()).await?;
    let locale = negotiate_request(&req, &state).locale;
    Ok(web::Json(view(&loaded, locale, &attempt)?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SaveAnswers {
    /// Question id → response, e.g. `{"q-1": {"type": "choice", "value": "a"}}`. Merged with
    /// the answers saved before.
    #[schema(schema_with = super::answer_schema::answers)]
    pub answers: HashMap<String, Response>,
}

/// Saves answers as the learner goes (until submission or the time limit).
#[utoipa::path(
    put,
    path = "/api/v1/attempts/{id}/answers",
    tag = "assessments",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = SaveAnswers,
    responses(
        (status = 204, description = "Saved"),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such attempt of the caller's, or an answer to a question not on its paper (`unknown-reference`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Submitted, or the time is up", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An answer of another type than its question takes", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn save(
    state: web::Data<AppState>,
    user: Learner,
    id: web::Path<String>,
    body: crate::body::Json<SaveAnswers>,
) -> Result<HttpResponse, ApiError> {
    let (attempt, _) = owned_attempt(&state, &user, id.into_inner()).await?;
    attempts::save(&state.cases, attempt, body.into_inner().answers).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Submits the attempt: graded once on the server; submitting again returns the same result.
///
/// The body is optional: `{"answers": {...}}` saves these answers (as `PUT …/answers` would)
/// and submits in one request, for clients that keep answers locally and send them at the end
/// (a poor connection at a border post). They count only before the time limit (plus grace).
#[utoipa::path(
    post,
    path = "/api/v1/attempts/{id}/submit",
    operation_id = "submit_attempt",
    tag = "assessments",
    security(("bearer" = [])),
    params(("id" = String, Path), ("lang" = Option<String>, Query)),
    request_body(content = Option<SaveAnswers>, description = "Optional (no body, or `null`): final answers to save before grading"),
    responses(
        (status = 200, description = "The graded attempt", body = AttemptView),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such attempt of the caller's, or an answer to a question not on its paper (`unknown-reference`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Answers sent after the time limit", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "A body that is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An answer of another type than its question takes", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: Learner,
    id: web::Path<String>,
    body: web::Bytes,
) -> Result<web::Json<AttemptView>, ApiError> {
    let given = final_answers(&req, &body)?;
    let locale = negotiate_request(&req, &state).locale;
    let (attempt, loaded) = owned_attempt(&state, &user, id.into_inner()).await?;
    let course_id = loaded.course().id.clone();
    let submitted = attempts::submit(&state.cases, loaded.clone(), attempt, given).await?;
    if submitted.attempt.passed == Some(true) {
        // It may have completed the course: the outline says so.
        state.access.forget_standing(user.0.id, &course_id);
    }
    Ok(web::Json(view_of_paper(
        &loaded,
        locale,
        &submitted.attempt,
        &submitted.paper,
    )?))
}

/// The answers sent with a submission, if any: an empty body, or `null`, means none.
fn final_answers(
    req: &HttpRequest,
    body: &[u8],
) -> Result<Option<HashMap<String, Response>>, ApiError> {
    let text = body.trim_ascii();
    if text.is_empty() {
        return Ok(None);
    }
    let json = req
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(';')
                .next()
                .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
        });
    if !json {
        return Err(ApiError::UnsupportedMediaType);
    }
    if text == b"null" {
        return Ok(None);
    }
    crate::body::parse::<SaveAnswers>(body).map(|b| Some(b.answers))
}
