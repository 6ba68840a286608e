//! Assessment attempts: start, read, save answers, submit, review.
//!
//! The server draws the paper and keeps it; the learner sees questions and parts, never the
//! answer keys, correctness or feedback before submitting. Submitting grades once, whatever
//! the concurrency; what the learner sees afterwards follows the assessment's review policy.

use std::collections::HashMap;
use std::sync::Arc;

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{NaiveDateTime, TimeDelta};
use kampus_content::model::{QuestionKind, ReviewPolicy};
use kampus_content::{Correctness, LoadedCourse, Locale, Response};
use kampus_progress::{GradedPaper, OsRandom, Paper};
use kampus_store::attempts::{self, Attempt};
use kampus_store::{StoreError, enrollments};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{LocalizedText, text};
use crate::auth::Learner;
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::request_locale::negotiate_request;
use crate::state::AppState;

/// Answers saved or submitted this long after the time limit are still accepted (network).
const GRACE: TimeDelta = TimeDelta::seconds(30);

/// A part of a question (a choice, premise, response or item) with its text.
#[derive(Debug, Serialize, ToSchema)]
pub struct Part {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QuestionOut {
    pub id: String,
    /// single-choice, multiple-response, true-false, matching, ordering, numeric, short-text.
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

/// The paper the attempt was drawn with.
fn paper_of(attempt: &Attempt) -> Result<Paper, StoreError> {
    stored_json(&attempt.id, &attempt.paper)
}

/// The answers saved so far.
fn answers_of(attempt: &Attempt) -> Result<HashMap<String, Response>, StoreError> {
    stored_json(&attempt.id, &attempt.answers)
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
                text: text(loaded, locale, &format!("{qid}_{id}"))
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
        id: attempt.id.clone(),
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
                    feedback(loaded, locale, id, answers.get(id))
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
    qid: &str,
    response: Option<&Response>,
) -> Vec<String> {
    let mut keys = vec![format!("{qid}.feedback")];
    match response {
        Some(Response::Choice(choice)) => keys.push(format!("{qid}_{choice}.feedback")),
        Some(Response::Choices(choices)) => {
            keys.extend(choices.iter().map(|c| format!("{qid}_{c}.feedback")));
        }
        Some(Response::Bool(true)) => keys.push(format!("{qid}.if-true")),
        Some(Response::Bool(false)) => keys.push(format!("{qid}.if-false")),
        _ => {}
    }
    keys.iter()
        .filter_map(|k| text(loaded, locale, k).map(|t| t.text))
        .collect()
}

fn is_closed(attempt: &Attempt, now: NaiveDateTime) -> bool {
    attempt.submitted_at.is_some() || attempt.deadline_at.is_some_and(|d| now > d + GRACE)
}

/// Grades an open attempt with its saved answers and records the grade, once.
fn grade_and_record(
    conn: &mut kampus_store::DbConnection,
    attempt: &Attempt,
    now: NaiveDateTime,
) -> Result<Attempt, StoreError> {
    let (graded, result) = grade(&paper_of(attempt)?, &attempt.answers)?;
    // If another submission won, this is a no-op and the stored grade is returned.
    attempts::submit(
        conn,
        &attempt.id,
        graded.percent,
        graded.passed,
        &result,
        now,
    )?;
    attempts::find(conn, &attempt.id)
}

/// The paper graded with `answers` (stored JSON), and the grade as stored JSON.
fn grade(paper: &Paper, answers: &str) -> Result<(GradedPaper, String), StoreError> {
    let answers: HashMap<String, Response> = serde_json::from_str(answers).unwrap_or_default();
    let graded = paper.grade(&answers);
    let result = serde_json::to_string(&graded).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok((graded, result))
}

/// Passing an assessment may complete the course.
fn complete_if_due(
    tx: &mut kampus_store::DbConnection,
    state: &AppState,
    attempt: &Attempt,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    let enrollment = enrollments::find_by_id(tx, &attempt.enrollment_id)?;
    if let Some(loaded) = state.content().course_by_id(&enrollment.course_id) {
        super::completion::evaluate(tx, loaded, &enrollment, now, state)?;
    }
    Ok(())
}

enum Started {
    Open(Attempt),
    New(Attempt),
    LimitReached,
    NotEnrolled,
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
    let loaded = content.course(&slug).ok_or(ApiError::NotFound)?;
    let assessment = loaded
        .course()
        .assessments
        .iter()
        .find(|a| a.id == assessment_id)
        .ok_or(ApiError::NotFound)?;
    let locale = negotiate_request(&req, &state).locale;
    let (user_id, course_id, db_state) = (user.0.id, loaded.course().id.clone(), state.clone());
    // Drawn here, not in the writer's transaction, which every writer of the node waits for
    // (wasted if an attempt is still open: drawing is cheap).
    let drawn = Paper::draw(assessment, &mut OsRandom::new());
    let paper = serde_json::to_string(&drawn).map_err(|e| ApiError::Internal(e.to_string()))?;
    let (assessment_id, limit, time_limit) = (
        assessment.id.clone(),
        assessment.settings.attempts,
        assessment.settings.time_limit_minutes,
    );
    // A small write transaction: grouped with others by the writer (group commit).
    let started = state
        .writer
        .run(move |tx| {
            let now = db_state.clock.now();
            let Some(enrollment) = enrollments::find(tx, user_id, &course_id)?
                .filter(enrollments::Enrollment::is_active)
            else {
                return Ok(Started::NotEnrolled);
            };
            let (made, open) = attempts::tally(tx, &enrollment.id, &assessment_id)?;
            if let Some(open) = open {
                if !is_closed(&open, now) {
                    return Ok(Started::Open(open));
                }
                // Time ran out: it is graded with what was saved in time.
                grade_and_record(tx, &open, now)?;
            }
            let attempts_made = usize::try_from(made).unwrap_or(usize::MAX);
            if limit.is_some_and(|limit| attempts_made >= limit as usize) {
                return Ok(Started::LimitReached);
            }
            let deadline = time_limit.map(|m| now + TimeDelta::minutes(i64::from(m)));
            let number = i32::try_from(attempts_made + 1).unwrap_or(i32::MAX);
            Ok::<_, StoreError>(Started::New(attempts::start(
                tx,
                &enrollment.id,
                &assessment_id,
                number,
                &paper,
                deadline,
                now,
            )?))
        })
        .await?;
    match started {
        Started::New(attempt) => {
            Ok(HttpResponse::Created().json(view_of_paper(loaded, locale, &attempt, &drawn)?))
        }
        Started::Open(attempt) => Ok(HttpResponse::Ok().json(view(loaded, locale, &attempt)?)),
        Started::LimitReached => Err(ApiError::AttemptLimitReached),
        Started::NotEnrolled => Err(ApiError::NotEnrolled),
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
    let (attempt, course_id) = state
        .db
        .run(move |conn| attempts::find_owned(conn, &id, user_id))
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
    if is_closed(&attempt, state.clock.now()) {
        return Err(ApiError::AttemptClosed);
    }
    let given = body.into_inner().answers;
    check_answers(&paper_of(&attempt)?, &given)?;
    let merged = merged_answers(&attempt, &given)?;
    let db_state = state.clone();
    // Written only if nothing changed since the read above (optimistic): the reading, checking
    // and merging stay off the writer, which every write of the node waits for.
    let saved = state
        .writer
        .run(move |tx| {
            let open_after = db_state.clock.now() - GRACE;
            if attempts::replace_answers(tx, &attempt.id, &attempt.answers, &merged, open_after)? {
                return Ok(true);
            }
            // Another save, the submission or the time limit came first: decide here, where
            // no other write of this node can come in between.
            let current = attempts::find(tx, &attempt.id)?;
            if is_closed(&current, db_state.clock.now()) {
                return Ok(false);
            }
            let merged = merged_answers(&current, &given)?;
            attempts::replace_answers(tx, &current.id, &current.answers, &merged, open_after)
        })
        .await?;
    if saved {
        Ok(HttpResponse::NoContent().finish())
    } else {
        Err(ApiError::AttemptClosed)
    }
}

/// The attempt's saved answers with `given` merged in, as stored JSON.
fn merged_answers(
    attempt: &Attempt,
    given: &HashMap<String, Response>,
) -> Result<String, StoreError> {
    let mut answers = answers_of(attempt)?;
    answers.extend(given.iter().map(|(k, v)| (k.clone(), v.clone())));
    serde_json::to_string(&answers).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// A JSON column of an attempt, read back.
fn stored_json<T: serde::de::DeserializeOwned>(attempt: &str, json: &str) -> Result<T, StoreError> {
    serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("attempt {attempt}: {e}")))
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
    if attempt.submitted_at.is_some() {
        return Ok(web::Json(view(&loaded, locale, &attempt)?));
    }
    let now = state.clock.now();
    let paper = paper_of(&attempt)?;
    let answers = match &given {
        Some(given) => {
            if is_closed(&attempt, now) {
                return Err(ApiError::AttemptClosed);
            }
            check_answers(&paper, given)?;
            merged_answers(&attempt, given)?
        }
        None => attempt.answers.clone(),
    };
    // Graded here, off the writer; recorded only if the attempt is as it was read.
    let (graded, result) = grade(&paper, &answers)?;
    let db_state = state.clone();
    let recorded = state
        .writer
        .run(move |tx| {
            let now = db_state.clock.now();
            let record = attempts::GradeToRecord {
                read_answers: &attempt.answers,
                graded_answers: &answers,
                deadline_after: given.is_some().then(|| now - GRACE),
                percent: graded.percent,
                passed: graded.passed,
                result: &result,
            };
            let recorded = if attempts::submit_graded(tx, &attempt.id, &record, now)? {
                Attempt {
                    answers: answers.clone(),
                    submitted_at: Some(now),
                    percent: Some(graded.percent),
                    passed: graded.passed,
                    result: Some(result.clone()),
                    ..attempt.clone()
                }
            } else {
                // Submitted meanwhile (a double submit: that grade stands, and the completion
                // was checked with it), or changed since the read: decide here, where no other
                // write of this node comes in between.
                let current = attempts::find(tx, &attempt.id)?;
                if current.submitted_at.is_some() {
                    return Ok(current);
                }
                let current = match &given {
                    Some(given) if !is_closed(&current, now) => {
                        let merged = merged_answers(&current, given)?;
                        attempts::save_answers(tx, &current.id, &merged)?;
                        Attempt {
                            answers: merged,
                            ..current
                        }
                    }
                    // Time is up: graded with what was saved in time.
                    _ => current,
                };
                grade_and_record(tx, &current, now)?
            };
            if recorded.passed == Some(true) {
                complete_if_due(tx, &db_state, &recorded, now)?;
            }
            Ok(recorded)
        })
        .await?;
    if recorded.passed == Some(true) {
        // It may have completed the course: the outline says so.
        state.access.forget_standing(user.0.id, &loaded.course().id);
    }
    // The attempt's paper never changes, whichever submission won.
    Ok(web::Json(view_of_paper(
        &loaded, locale, &recorded, &paper,
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

/// Refuses answers to questions not on the paper (`404 unknown-reference`), then answers of
/// another type than their question takes (`422`).
fn check_answers(paper: &Paper, given: &HashMap<String, Response>) -> Result<(), ApiError> {
    let mut ids: Vec<&String> = given.keys().collect();
    ids.sort();
    let unknown: Vec<FieldError> = ids
        .iter()
        .filter(|qid| paper.question(qid).is_none())
        .map(|qid| FieldError::new(format!("answers.{qid}"), "field-question-unknown"))
        .collect();
    if !unknown.is_empty() {
        return Err(ApiError::UnknownReference(unknown));
    }
    let invalid: Vec<FieldError> = ids
        .iter()
        .filter(|qid| !paper.accepts(qid, &given[**qid]))
        .map(|qid| FieldError::new(format!("answers.{qid}"), "field-answer-type-invalid"))
        .collect();
    if invalid.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Validation(invalid))
    }
}
