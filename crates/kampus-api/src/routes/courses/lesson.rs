//! `GET /api/v1/courses/{slug}/lessons/{lesson_id}`: a lesson, for an enrolled learner.

use actix_web::{HttpMessage, HttpRequest, web};
use kampus_content::TocEntry;
use kampus_store::enrollments;
use serde::Serialize;
use utoipa::ToSchema;

use super::{LocalizedText, text};
use crate::auth::{load_user, verified_claims};
use crate::error::ApiError;
use crate::problem::Problem;
use crate::request_locale::{UserLocale, negotiate_request};
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct Lesson {
    pub id: String,
    pub module: String,
    pub title: LocalizedText,
    /// Sanitized HTML of the lesson body.
    pub html: String,
    /// The locale the body was served in (and whether it is a fallback).
    pub body: LocalizedText,
    #[schema(value_type = Vec<Object>)]
    pub toc: Vec<TocEntry>,
    pub reading_minutes: u32,
    pub words: usize,
    pub previous: Option<String>,
    pub next: Option<String>,
}

/// A lesson in the negotiated locale, with its table of contents, reading time and
/// neighbours. The caller must be enrolled; opening it records "continue where I left off".
#[utoipa::path(
    get,
    path = "/api/v1/courses/{slug}/lessons/{lesson_id}",
    tag = "courses",
    security(("bearer" = [])),
    params(("slug" = String, Path), ("lesson_id" = String, Path), ("lang" = Option<String>, Query)),
    responses(
        (status = 200, description = "The lesson", body = Lesson),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not enrolled in the course", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such course or lesson", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn lesson(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<web::Json<Lesson>, ApiError> {
    let (slug, lesson_id) = path.into_inner();
    let loaded = state.course(&slug).ok_or(ApiError::NotFound)?;
    let course = loaded.course();
    let order: Vec<(&str, &str)> = course
        .modules
        .iter()
        .flat_map(|m| m.lessons.iter().map(move |l| (m.id.as_str(), l.as_str())))
        .collect();
    let position = order
        .iter()
        .position(|(_, l)| *l == lesson_id)
        .ok_or(ApiError::NotFound)?;
    // One trip to the database for the user and the enrollment (this is the hottest
    // authenticated path), instead of one for the extractor and one for the handler.
    let claims = verified_claims(&req, &state)?;
    let (course_id, opened, now) = (course.id.clone(), lesson_id.clone(), state.clock.now());
    let (user, enrolled) = state
        .db
        .run(move |conn| {
            let Some(user) = load_user(conn, &claims)? else {
                return Ok((None, false));
            };
            let enrollment = enrollments::find(conn, user.id, &course_id)?
                .filter(enrollments::Enrollment::is_active);
            if let Some(enrollment) = &enrollment {
                if enrollment.last_lesson_id.as_deref() != Some(opened.as_str()) {
                    enrollments::touch_lesson(conn, &enrollment.id, &opened, now)?;
                }
            }
            Ok((Some(user), enrollment.is_some()))
        })
        .await?;
    let user = user.ok_or(ApiError::Unauthenticated)?;
    req.extensions_mut()
        .insert(UserLocale(user.preferred_locale));
    if !enrolled {
        return Err(ApiError::NotEnrolled);
    }
    let locale = negotiate_request(&req, &state).locale;
    let body = loaded
        .lesson(locale, &lesson_id)
        .ok_or(ApiError::NotFound)?;
    let title = text(loaded, locale, &lesson_id).ok_or(ApiError::NotFound)?;
    Ok(web::Json(Lesson {
        id: lesson_id,
        module: order[position].0.to_owned(),
        title,
        html: body.value.html.clone(),
        body: LocalizedText {
            text: String::new(),
            locale: body.origin.locale.tag().to_owned(),
            fallback: body.origin.fallback,
            transliterated_from: body.origin.transliterated_from.map(|l| l.tag().to_owned()),
        },
        toc: body.value.toc.clone(),
        reading_minutes: body.value.reading_minutes,
        words: body.value.words,
        previous: position.checked_sub(1).map(|p| order[p].1.to_owned()),
        next: order.get(position + 1).map(|(_, l)| (*l).to_owned()),
    }))
}
