//! `POST /api/v1/admin/content/bundles`: an upload becomes draft versions.

use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::{ReportView, VersionView};
use crate::auth::AdminUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::publishing::{self, UploadError};
use crate::state::AppState;

/// Largest upload accepted, in bytes. Well above a course with its images; what it unpacks
/// to is limited separately (per file, in all, in number of files).
pub const UPLOAD_LIMIT: usize = 64 * 1024 * 1024;

/// One draft made (or found) from the upload.
#[derive(Debug, Serialize, ToSchema)]
pub struct DraftView {
    pub version: VersionView,
    pub report: ReportView,
    /// False when the same files were uploaded before: that version is returned instead.
    pub created: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Uploaded {
    /// One per course in the upload, in the order of their folders.
    pub drafts: Vec<DraftView>,
}

/// Uploads a bundle (`.zip` or `.tar.gz`, sent as the raw body): a whole course, several
/// courses (one folder each), or additions to a course — a module, or one more locale's
/// texts — described by a `bundle.toml` and laid over the course's current version. Every
/// part is validated as the course it would publish and stored as an unpublished draft with
/// its report; nothing is stored when any part fails. Hostile archives (paths leaving the
/// bundle, links, special files, unexpected file types, duplicate entries, size and
/// file-count limits, zip bombs) are refused as a whole; so are raw HTML and unsafe links in
/// lessons, which the sanitizer would otherwise remove.
#[utoipa::path(
    post,
    path = "/api/v1/admin/content/bundles",
    tag = "publishing",
    security(("bearer" = [])),
    request_body(content = Vec<u8>, description = "The bundle: a .zip or .tar.gz archive", content_type = "application/octet-stream"),
    responses(
        (status = 201, description = "Drafts stored", body = Uploaded),
        (status = 200, description = "Every course was uploaded before with the same files: those versions", body = Uploaded),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Over the upload limit", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`bundle-refused` (hostile or unreadable archive, with `refusals`) or `bundle-invalid` (content problems, with `problems`)", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn upload(
    state: web::Data<AppState>,
    admin: AdminUser,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let db_state = state.clone();
    let actor = admin.0.id.to_string();
    let drafts = state
        .db
        .run(move |conn| {
            let now = db_state.clock.now();
            let published = db_state.content();
            Ok(publishing::accept_upload(
                conn,
                &body,
                &actor,
                now,
                &db_state.drafts,
                &published,
            ))
        })
        .await?
        .map_err(|error| match error {
            UploadError::Refused(refusals) => ApiError::BundleRefused(refusals),
            UploadError::Invalid(problems) => ApiError::BundleInvalid(problems),
            UploadError::Store(error) => error.into(),
        })?;
    let any_new = drafts.iter().any(|d| d.created);
    let content = state.content();
    let body = Uploaded {
        drafts: drafts
            .into_iter()
            .map(|draft| {
                let published =
                    content.version_of(&draft.version.course_id) == Some(&draft.version.id);
                DraftView {
                    version: VersionView::of(&draft.version, published),
                    report: draft.report.into(),
                    created: draft.created,
                }
            })
            .collect(),
    };
    Ok(if any_new {
        HttpResponse::Created().json(body)
    } else {
        HttpResponse::Ok().json(body)
    })
}
