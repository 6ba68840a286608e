//! `GET /api/v1/certificates/{id}/pdf` and `/credential`: the certificate's documents, for the
//! same people who may read it.

use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{HttpResponse, web};

use crate::caller::AuthenticatedUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

/// The certificate as a PDF (A4 landscape, in the holder's language with an English line).
#[utoipa::path(
    get,
    path = "/api/v1/certificates/{id}/pdf",
    tag = "certificates",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The certificate's id")),
    responses(
        (status = 200, description = "The PDF", content_type = "application/pdf"),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such certificate, or not the caller's to see", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn pdf(
    state: web::Data<AppState>,
    caller: AuthenticatedUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let certificate = state
        .db
        .run(move |conn| super::readable(conn, &caller.0, &id))
        .await?;
    let file_name = kampus_usecases::certificates::pdf::file_name(&certificate);
    let render_state = state.clone();
    let bytes = web::block(move || {
        kampus_usecases::certificates::pdf::render(
            &render_state.catalog,
            &render_state.config.public_url,
            &certificate,
        )
    })
    .await
    .map_err(|e| ApiError::Internal(e.to_string()))?
    .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(document(bytes, "application/pdf", file_name))
}

/// A personal document to download: never cached by shared caches.
pub(super) fn document(bytes: Vec<u8>, content_type: &str, file_name: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(file_name)],
        })
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(bytes)
}
