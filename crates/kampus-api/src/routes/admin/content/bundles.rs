//! `POST /api/v1/admin/content/bundles`: an upload becomes draft versions.

use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type};

use super::{ReportView, VersionView};
use crate::body::{media_type, read_error};
use crate::caller::AdminUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;
use kampus_usecases::publishing::live::Content;
use kampus_usecases::publishing::{Draft, UploadError};

pub use kampus_usecases::publishing::UPLOAD_LIMIT;

/// The media types an upload may be sent as: a zip archive, a gzip-compressed tar archive, or
/// just bytes (the content decides which archive it is). Any other is a `415`.
pub const MEDIA_TYPES: [&str; 5] = [
    "application/zip",
    "application/x-zip-compressed",
    "application/gzip",
    "application/x-gzip",
    "application/octet-stream",
];

/// The body of an upload: the archive's bytes (only its schema is used).
#[derive(Debug)]
pub struct BundleArchive;

impl utoipa::PartialSchema for BundleArchive {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Binary)))
            .into()
    }
}

impl ToSchema for BundleArchive {}

/// One draft made (or found) from the upload.
#[derive(Debug, Serialize, ToSchema)]
pub struct DraftView {
    pub version: VersionView,
    pub report: ReportView,
    /// False when the same files were uploaded before: that version is returned instead.
    pub created: bool,
}

impl DraftView {
    /// A draft as admins see it, with whether `content` (what this node serves) publishes it.
    pub fn of(draft: Draft, content: &Content) -> Self {
        let published = content.version_of(&draft.version.course_id) == Some(draft.version.id);
        Self {
            version: VersionView::of(&draft.version, published),
            report: draft.report.into(),
            created: draft.created,
        }
    }
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
    operation_id = "upload_bundle",
    tag = "publishing",
    security(("bearer" = [])),
    request_body(
        description = "The bundle: a `.zip` or `.tar.gz` archive, up to 64 MiB (unpacked: 16 MiB a file, 256 MiB and 20,000 files in all). Which archive it is, the bytes say; the media type only has to be one of these.",
        content(
            (BundleArchive = "application/zip"),
            (BundleArchive = "application/x-zip-compressed"),
            (BundleArchive = "application/gzip"),
            (BundleArchive = "application/x-gzip"),
            (BundleArchive = "application/octet-stream")
        )
    ),
    responses(
        (status = 201, description = "Drafts stored", body = Uploaded),
        (status = 200, description = "Every course was uploaded before with the same files: those versions", body = Uploaded),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`payload-too-large`: over 64 MiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported-media-type`: a `Content-Type` other than those of the request body (or none)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Bytes that are not a bundle of a valid course, a rule no schema can state: `bundle-refused` (not a `.zip` or `.tar.gz`, unreadable, or hostile: nothing is unpacked; `count` reasons, the first 100 in `refusals`, each `{code, path, message}`) or `bundle-invalid` (read, but the content does not validate: `problems`, each with `part`, `file`, `line`, `column`, `severity`, `code` and `message`). Nothing is stored.", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn upload(
    state: web::Data<AppState>,
    admin: AdminUser,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    // The media type before the body: a wrong one is not worth reading 64 MiB for.
    if !takes(&req) {
        return Err(ApiError::UnsupportedMediaTypeOf(&MEDIA_TYPES));
    }
    let body = web::Bytes::from_request(&req, &mut payload.into_inner())
        .await
        .map_err(|error| read_error(&error, UPLOAD_LIMIT))?;
    let drafts = state
        .publisher
        .upload(body, admin.0.id.to_string())
        .await
        .map_err(|error| match error {
            UploadError::Refused(refusals) => ApiError::BundleRefused(refusals),
            UploadError::Invalid(problems) => ApiError::BundleInvalid(problems),
            UploadError::Store(error) => error.into(),
            UploadError::Failed(error) => error.into(),
        })?;
    let any_new = drafts.iter().any(|d| d.created);
    let content = state.content();
    let body = Uploaded {
        drafts: drafts
            .into_iter()
            .map(|draft| DraftView::of(draft, &content))
            .collect(),
    };
    Ok(if any_new {
        HttpResponse::Created().json(body)
    } else {
        HttpResponse::Ok().json(body)
    })
}

/// Whether the request's `Content-Type` is one of [`MEDIA_TYPES`] (parameters aside).
fn takes(req: &HttpRequest) -> bool {
    media_type(req).is_some_and(|media| MEDIA_TYPES.contains(&media.as_str()))
}
