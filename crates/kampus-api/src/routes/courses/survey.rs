//! `GET` and `PUT /api/v1/courses/{slug}/survey`: the end-of-course evaluation.

use std::collections::HashMap;

use actix_web::{HttpRequest, web};
use kampus_content::model::SurveyItemType;
use kampus_store::{StoreError, completion, enrollments};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::catalog::{EnrollmentStatus, with_progress};
use super::{LocalizedText, text};
use crate::auth::AuthenticatedUser;
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::request_locale::negotiate_request;
use crate::state::AppState;

/// Longest free-text answer accepted.
const MAX_TEXT_CHARS: usize = 4000;

#[derive(Debug, Serialize, ToSchema)]
pub struct SurveyItemOut {
    pub id: String,
    /// likert or free-text.
    #[serde(rename = "type")]
    pub item_type: &'static str,
    pub text: LocalizedText,
    /// Points of a Likert scale (1 to `scale`).
    pub scale: Option<u8>,
    pub low_label: Option<LocalizedText>,
    pub high_label: Option<LocalizedText>,
    pub required: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Survey {
    pub items: Vec<SurveyItemOut>,
    /// The caller's saved answers, if any.
    #[schema(value_type = Option<Object>)]
    pub answers: Option<serde_json::Value>,
}

/// An answer: a number for a Likert item, text for a free-text item.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum SurveyAnswer {
    Rating(u8),
    Text(String),
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SurveySubmission {
    #[schema(value_type = Object)]
    pub answers: HashMap<String, SurveyAnswer>,
}

async fn active_enrollment(
    state: &web::Data<AppState>,
    user: &AuthenticatedUser,
    course_id: String,
) -> Result<kampus_store::enrollments::Enrollment, ApiError> {
    let user_id = user.0.id;
    state
        .db
        .run(move |conn| enrollments::find(conn, user_id, &course_id))
        .await?
        .filter(kampus_store::enrollments::Enrollment::is_active)
        .ok_or(ApiError::NotEnrolled)
}

/// The survey's items in the negotiated locale, with the caller's saved answers.
#[utoipa::path(
    get,
    path = "/api/v1/courses/{slug}/survey",
    tag = "courses",
    security(("bearer" = [])),
    params(("slug" = String, Path), ("lang" = Option<String>, Query)),
    responses(
        (status = 200, description = "The survey", body = Survey),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not enrolled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such course", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn get(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: AuthenticatedUser,
    slug: web::Path<String>,
) -> Result<web::Json<Survey>, ApiError> {
    let content = state.content();
    let loaded = content.course(&slug).ok_or(ApiError::NotFound)?;
    let locale = negotiate_request(&req, &state).locale;
    let enrollment = active_enrollment(&state, &user, loaded.course().id.clone()).await?;
    let saved = state
        .db
        .run(move |conn| completion::survey(conn, &enrollment.id))
        .await?;
    let items = loaded
        .course()
        .survey
        .iter()
        .map(|item| {
            Ok(SurveyItemOut {
                id: item.id.clone(),
                item_type: match item.item_type {
                    SurveyItemType::Likert => "likert",
                    SurveyItemType::FreeText => "free-text",
                },
                text: text(loaded, locale, &item.id)
                    .ok_or_else(|| ApiError::Internal(format!("no text for {}", item.id)))?,
                scale: item.scale,
                low_label: text(loaded, locale, &format!("{}.low", item.id)),
                high_label: text(loaded, locale, &format!("{}.high", item.id)),
                required: item.required,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(web::Json(Survey {
        items,
        answers: saved.and_then(|s| serde_json::from_str(&s).ok()),
    }))
}

/// Submits (or edits) the survey; it can be changed until the course is completed. The
/// answer says whether this completed the course.
#[utoipa::path(
    put,
    path = "/api/v1/courses/{slug}/survey",
    tag = "courses",
    security(("bearer" = [])),
    params(("slug" = String, Path)),
    request_body = SurveySubmission,
    responses(
        (status = 200, description = "Saved; the enrollment's status", body = EnrollmentStatus),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not enrolled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such course", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The course is completed; the survey can no longer change", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown items, ratings out of range, missing required answers", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn submit(
    state: web::Data<AppState>,
    user: AuthenticatedUser,
    slug: web::Path<String>,
    body: web::Json<SurveySubmission>,
) -> Result<web::Json<EnrollmentStatus>, ApiError> {
    let content = state.content();
    let loaded = content.course(&slug).ok_or(ApiError::NotFound)?;
    let course = loaded.course();
    let enrollment = active_enrollment(&state, &user, course.id.clone()).await?;
    if enrollment.completed_at.is_some() {
        return Err(ApiError::Conflict("survey of a completed course".into()));
    }
    let answers = body.into_inner().answers;
    let mut invalid = Vec::new();
    for (id, answer) in &answers {
        let fits = course
            .survey
            .iter()
            .find(|i| &i.id == id)
            .is_some_and(|item| match (item.item_type, answer) {
                (SurveyItemType::Likert, SurveyAnswer::Rating(r)) => {
                    (1..=item.scale.unwrap_or(5)).contains(r)
                }
                (SurveyItemType::FreeText, SurveyAnswer::Text(t)) => {
                    t.chars().count() <= MAX_TEXT_CHARS
                }
                _ => false,
            });
        if !fits {
            invalid.push(FieldError::new(
                format!("answers.{id}"),
                "field-number-invalid",
            ));
        }
    }
    for item in course
        .survey
        .iter()
        .filter(|i| i.required && !answers.contains_key(&i.id))
    {
        invalid.push(FieldError::new(
            format!("answers.{}", item.id),
            "field-required",
        ));
    }
    if !invalid.is_empty() {
        return Err(ApiError::Validation(invalid));
    }
    let json = serde_json::to_string(&answers).map_err(|e| ApiError::Internal(e.to_string()))?;
    let (db_state, loaded_slug) = (state.clone(), slug.into_inner());
    let found = state
        .db
        .run(move |conn| {
            let now = db_state.clock.now();
            let content = db_state.content();
            let loaded = content.course(&loaded_slug).ok_or(StoreError::NotFound)?;
            conn.write_transaction(|tx| {
                completion::save_survey(tx, &enrollment.id, &json, now)?;
                super::completion::evaluate(tx, loaded, &enrollment, now, &db_state)?;
                let current = enrollments::find_by_id(tx, &enrollment.id)?;
                with_progress(tx, current)
            })
        })
        .await?;
    Ok(web::Json(EnrollmentStatus::of(loaded, Some(&found))))
}
