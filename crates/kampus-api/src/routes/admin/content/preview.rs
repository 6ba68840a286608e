//! Previewing a version, published or not, exactly as a learner would see it: the outline
//! and each lesson are built by the same code as the learner routes, in the requested
//! locale (`?lang=` or `Accept-Language`), with the same fallbacks.

use std::sync::Arc;

use actix_web::http::header::{self, ContentType};
use actix_web::{HttpRequest, HttpResponse, web};
use kampus_content::LoadedCourse;

use crate::caller::AdminUser;
use crate::caller::locale::negotiate_request;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::routes::courses::lesson::Lesson;
use crate::routes::courses::outline::{Outline, outline_of};
use crate::state::AppState;

/// A version's outline as learners would see it.
#[utoipa::path(
    get,
    path = "/api/v1/admin/content/versions/{id}/preview",
    operation_id = "preview_course",
    tag = "publishing",
    security(("bearer" = [])),
    params(("id" = String, Path), ("lang" = Option<String>, Query)),
    responses(
        (status = 200, description = "The outline", body = Outline),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such version", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The version no longer loads without errors (a newer release validates more strictly)", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn outline(
    req: HttpRequest,
    state: web::Data<AppState>,
    _admin: AdminUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let course = version_course(&state, id.into_inner()).await?;
    let locale = negotiate_request(&req, &state).locale;
    let outline = outline_of(&course, locale)?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_LANGUAGE, locale.tag()))
        .json(outline))
}

/// One lesson of a version as learners would see it.
#[utoipa::path(
    get,
    path = "/api/v1/admin/content/versions/{id}/preview/lessons/{lesson_id}",
    operation_id = "preview_lesson",
    tag = "publishing",
    security(("bearer" = [])),
    params(("id" = String, Path), ("lesson_id" = String, Path), ("lang" = Option<String>, Query)),
    responses(
        (status = 200, description = "The lesson", body = Lesson),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such version or lesson", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The version no longer loads without errors (a newer release validates more strictly)", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn lesson(
    req: HttpRequest,
    state: web::Data<AppState>,
    _admin: AdminUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, lesson_id) = path.into_inner();
    let course = version_course(&state, id).await?;
    let locale = negotiate_request(&req, &state).locale;
    let page = crate::routes::courses::lesson::render(&course, &lesson_id, locale)
        .ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type(ContentType::json())
        .insert_header((header::CONTENT_LANGUAGE, locale.tag()))
        .body(page))
}

/// The course of a version, loaded (kept a while for the next pages of the preview).
async fn version_course(
    state: &web::Data<AppState>,
    id: String,
) -> Result<Arc<LoadedCourse>, ApiError> {
    let id = kampus_store::VersionId::parse_exact(&id).ok_or(ApiError::NotFound)?;
    Ok(state.publisher.preview(id).await?)
}
