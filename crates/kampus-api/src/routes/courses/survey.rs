//! `GET` and `PUT /api/v1/courses/{slug}/survey`: the end-of-course evaluation.

use std::collections::HashMap;

use actix_web::{HttpRequest, web};
use kampus_content::model::SurveyItemType;
use kampus_store::{completion, enrollments};
use kampus_usecases::learning::survey;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::catalog::EnrollmentStatus;
use super::{LocalizedText, text};
use crate::caller::AuthenticatedUser;
use crate::caller::locale::negotiate_request;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

/// Longest free-text answer accepted.
pub const MAX_TEXT_CHARS: usize = survey::MAX_TEXT_CHARS;
/// The lowest rating, and the highest any Likert scale has (a course's items have 3 to 7
/// points; each item's own `scale` is its highest).
pub const MIN_RATING: u8 = 1;
pub const MAX_RATING: u8 = 7;

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

/// An answer: a whole number for a Likert item (`4` or `4.0`), text for a free-text item.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[serde(untagged)]
pub enum SurveyAnswer {
    Rating(u8),
    Text(String),
}

impl<'de> Deserialize<'de> for SurveyAnswer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        match serde_json::Value::deserialize(deserializer)? {
            serde_json::Value::String(text) => Ok(SurveyAnswer::Text(text)),
            serde_json::Value::Number(number) => crate::body::whole_number::of(&number)
                .and_then(|n| u8::try_from(n).ok())
                .map(SurveyAnswer::Rating)
                .ok_or_else(|| D::Error::custom(format!("{number} is not a rating"))),
            other => Err(D::Error::custom(format!(
                "{other} is neither a rating nor a text"
            ))),
        }
    }
}

impl From<SurveyAnswer> for survey::Answer {
    fn from(answer: SurveyAnswer) -> Self {
        match answer {
            SurveyAnswer::Rating(rating) => survey::Answer::Rating(rating),
            SurveyAnswer::Text(text) => survey::Answer::Text(text),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SurveySubmission {
    #[schema(schema_with = super::answer_schema::survey_answers)]
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
    operation_id = "get_survey",
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
    operation_id = "submit_survey",
    tag = "courses",
    security(("bearer" = [])),
    params(("slug" = String, Path)),
    request_body = SurveySubmission,
    responses(
        (status = 200, description = "Saved; the enrollment's status", body = EnrollmentStatus),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not enrolled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such course, or an answer to an item the survey does not have (`unknown-reference`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The course is completed; the survey can no longer change", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A rating beyond the item's scale, an answer of the other type than its item takes, or a required item unanswered", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn submit(
    state: web::Data<AppState>,
    user: AuthenticatedUser,
    slug: web::Path<String>,
    body: crate::body::Json<SurveySubmission>,
) -> Result<web::Json<EnrollmentStatus>, ApiError> {
    let content = state.content();
    let loaded = content.shared_course(&slug).ok_or(ApiError::NotFound)?;
    let course_id = loaded.course().id.clone();
    let enrollment = active_enrollment(&state, &user, course_id.clone()).await?;
    let answers = body
        .into_inner()
        .answers
        .into_iter()
        .map(|(id, answer)| (id, answer.into()))
        .collect();
    let found = survey::submit(&state.cases, loaded.clone(), enrollment, answers).await?;
    state.access.forget_standing(user.0.id, &course_id);
    Ok(web::Json(EnrollmentStatus::of(&loaded, Some(&found))))
}
