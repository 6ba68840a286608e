//! `GET /api/v1/courses/{slug}/lessons/{lesson_id}`: a lesson, for an enrolled learner.
//!
//! The hottest request of the API. A lesson's JSON is the same for every learner, so it is
//! serialized once per locale and kept ((`kampus_usecases::publishing::page_slots`)); the per-request work is checking the
//! token, the account and the enrollment (through the access cache) and picking the locale.

use actix_web::http::header::{self, ContentType};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use kampus_content::{LoadedCourse, Locale, TocEntry};
use kampus_usecases::learning::lessons;
use serde::Serialize;
use utoipa::ToSchema;

use super::{LocalizedText, text};
use crate::caller::locale::negotiate_request;
use crate::caller::{Learner, active_enrollment};
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct Lesson {
    pub id: String,
    pub module: String,
    pub title: LocalizedText,
    pub body: LessonBody,
    #[schema(value_type = Vec<Object>)]
    pub toc: Vec<TocEntry>,
    pub reading_minutes: u32,
    pub words: usize,
    pub previous: Option<String>,
    pub next: Option<String>,
}

/// A lesson's text: its sanitized HTML and the locale it is in.
#[derive(Debug, Serialize, ToSchema)]
pub struct LessonBody {
    /// Sanitized HTML (headings from `h2`, with ids the `toc` links to).
    pub html: String,
    /// The locale of `html`: the requested one, or one of its fallbacks.
    pub locale: String,
    /// True when the lesson is not in the requested locale (not translated yet).
    pub fallback: bool,
    /// Set when the text was transliterated from the other script of Serbian.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transliterated_from: Option<String>,
}

/// A lesson in the negotiated locale, with its table of contents, reading time and
/// neighbours. The caller must be enrolled; opening it records "continue where I left off".
#[utoipa::path(
    get,
    path = "/api/v1/courses/{slug}/lessons/{lesson_id}",
    operation_id = "get_lesson",
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
    learner: Learner,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, lesson_id) = path.into_inner();
    let content = state.content();
    let loaded = content.course(&slug).ok_or(ApiError::NotFound)?;
    let pages = content
        .lesson_pages
        .of(&slug, &lesson_id)
        .ok_or(ApiError::NotFound)?;
    let course_id = &loaded.course().id;
    let user = learner.0.id;
    let enrollment = active_enrollment(&state, user, course_id)
        .await?
        .ok_or(ApiError::NotEnrolled)?;
    if enrollment.last_lesson_id.as_deref() != Some(lesson_id.as_str()) {
        // The bookmark is a convenience: when it cannot be written (a full disk, the
        // database away for a moment), the lesson is still served (bench/faults.sh, 4a).
        let moved = lessons::bookmark(&state.cases, enrollment.id.clone(), lesson_id.clone()).await;
        match moved {
            Ok(()) => {
                let mut moved = enrollment;
                moved.last_lesson_id = Some(lesson_id.clone());
                state.access.remember_enrollment(user, course_id, moved);
                // The outline says where the learner stopped.
                state.access.forget_standing(user, course_id);
            }
            Err(error) => {
                tracing::warn!(%error, "the last lesson opened was not recorded; the lesson is served");
            }
        }
    }
    let locale = negotiate_request(&req, &state).locale;
    let page = pages[locale.index()]
        .get_or_init(|| render(loaded, &lesson_id, locale))
        .clone()
        .ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type(ContentType::json())
        .insert_header((header::CONTENT_LANGUAGE, locale.tag()))
        .body(page))
}

/// The lesson's JSON in `locale` (following the fallback chain).
pub(crate) fn render(loaded: &LoadedCourse, lesson_id: &str, locale: Locale) -> Option<Bytes> {
    let course = loaded.course();
    let order: Vec<(&str, &str)> = course
        .modules
        .iter()
        .flat_map(|m| m.lessons.iter().map(move |l| (m.id.as_str(), l.as_str())))
        .collect();
    let position = order.iter().position(|(_, l)| *l == lesson_id)?;
    let body = loaded.lesson(locale, lesson_id)?;
    let lesson = Lesson {
        id: lesson_id.to_owned(),
        module: order[position].0.to_owned(),
        title: text(loaded, locale, lesson_id)?,
        body: LessonBody {
            html: body.value.html.clone(),
            locale: body.origin.locale.tag().to_owned(),
            fallback: body.origin.fallback,
            transliterated_from: body.origin.transliterated_from.map(|l| l.tag().to_owned()),
        },
        toc: body.value.toc.clone(),
        reading_minutes: body.value.reading_minutes,
        words: body.value.words,
        previous: position.checked_sub(1).map(|p| order[p].1.to_owned()),
        next: order.get(position + 1).map(|(_, l)| (*l).to_owned()),
    };
    serde_json::to_vec(&lesson).ok().map(Bytes::from)
}
