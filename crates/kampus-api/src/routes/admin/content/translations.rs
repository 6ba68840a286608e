//! `/api/v1/admin/content/courses/{course_id}/translations/{locale}`: the translators' round
//! trip (issue 23) as `kampus content export|import` does it, on the published version. `GET`
//! downloads the course's texts as XLIFF 2.1 or PO; `POST` takes a translated file back as a
//! new draft version with its report, which is published like any other
//! (`/versions/{id}/publish`). The rules are in [`kampus_usecases::publishing::translations`].

use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use kampus_content::Locale;
use kampus_content::exchange::Format;
use kampus_usecases::publishing::TranslationError;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::bundles::{BundleArchive, DraftView};
use crate::body::{media_type, read_error};
use crate::caller::AdminUser;
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::state::AppState;

/// The largest file an import takes: 16 MiB, what `kampus content import` reads
/// ([`kampus_content::exchange::MAX_FILE_BYTES`]; a test keeps them equal).
pub const IMPORT_LIMIT: usize = 16 * 1024 * 1024;

/// XLIFF 2.1's media type (OASIS registered `application/xliff+xml`) and its older spelling.
const XLIFF_TYPES: [&str; 2] = ["application/xliff+xml", "application/x-xliff+xml"];
/// Gettext PO's media types in use.
const PO_TYPES: [&str; 2] = ["text/x-gettext-translation", "text/x-po"];
/// The media types an import may be sent as; any other is a `415`.
pub const MEDIA_TYPES: [&str; 4] = [XLIFF_TYPES[0], XLIFF_TYPES[1], PO_TYPES[0], PO_TYPES[1]];

/// A locale translations are made into (English is their source). Only its schema is used:
/// the path is read as a `kampus_content::Locale`, and English is refused there.
#[derive(Debug, Serialize, ToSchema)]
pub enum TargetLocale {
    #[serde(rename = "sr-Latn")]
    SrLatn,
    #[serde(rename = "sr-Cyrl")]
    SrCyrl,
    #[serde(rename = "bs")]
    Bs,
    #[serde(rename = "hr")]
    Hr,
    #[serde(rename = "cnr")]
    Cnr,
    #[serde(rename = "mk")]
    Mk,
    #[serde(rename = "sq")]
    Sq,
}

/// The file format of an export.
#[derive(Debug, Clone, Copy, Default, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ExchangeFormat {
    /// XLIFF 2.1 (`application/xliff+xml`), with notes, fingerprints and protected codes.
    #[default]
    Xliff,
    /// Gettext PO (`text/x-gettext-translation`).
    Po,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportQuery {
    /// `xliff` (the default) or `po`.
    #[param(inline)]
    pub format: Option<ExchangeFormat>,
    /// Only the units whose English changed since they were translated (default `false`).
    pub only_outdated: Option<bool>,
}

/// Exports the texts of the course AS PUBLISHED (the version learners see) in `locale` for a
/// CAT tool: every unit with its English source, its translation when there is one and
/// whether it is outdated — the same file `kampus content export` writes for the same course.
/// Sent as a download (`Content-Disposition: attachment`).
#[utoipa::path(
    get,
    path = "/api/v1/admin/content/courses/{course_id}/translations/{locale}",
    operation_id = "export_translation",
    tag = "publishing",
    security(("bearer" = [])),
    params(
        ("course_id" = String, Path, description = "The course's id"),
        ("locale" = inline(TargetLocale), Path, description = "A target locale: `sr-Latn`, `sr-Cyrl`, `bs`, `hr`, `cnr`, `mk` or `sq` (English is the source)"),
        ExportQuery
    ),
    responses(
        (status = 200, description = "The file, as an attachment named `{course_id}.{locale}.xlf` or `.po`", content(
            (BundleArchive = "application/xliff+xml"),
            (BundleArchive = "text/x-gettext-translation")
        )),
        (status = 400, description = "`invalid-query`: a locale that is not a target locale, or a `format` other than `xliff` and `po`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`course-not-found`: no version of the course is published", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn export(
    state: web::Data<AppState>,
    _admin: AdminUser,
    path: web::Path<(String, String)>,
    query: crate::query::Query<ExportQuery>,
) -> Result<HttpResponse, ApiError> {
    let (course_id, locale) = path.into_inner();
    let locale = target_locale(&locale)?;
    let query = query.into_inner();
    let format = query.format.unwrap_or_default();
    let (format, media_type, ext) = match format {
        ExchangeFormat::Xliff => (Format::Xliff, XLIFF_TYPES[0], "xlf"),
        ExchangeFormat::Po => (Format::Po, PO_TYPES[0], "po"),
    };
    let exported = state
        .publisher
        .export_translation(
            course_id.clone(),
            locale,
            format,
            query.only_outdated.unwrap_or(false),
        )
        .await
        .map_err(|error| api_error(error, &course_id))?;
    let filename = format!("{course_id}.{}.{ext}", locale.tag());
    Ok(HttpResponse::Ok()
        .content_type(format!("{media_type}; charset=utf-8"))
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(filename)],
        })
        .body(exported.content))
}

/// Imports a translated XLIFF or PO file (the raw body; its media type says which) into
/// `locale` of the course AS PUBLISHED, and stores the result as a new draft version — kind
/// `locale`, based on the published version — validated and reported like an uploaded
/// bundle. Learners see it once it is published (`POST /versions/{id}/publish`). The import
/// is strict, as `kampus content import` is: a DOCTYPE or entity declaration, another target
/// language, a broken placeholder or markup, a text in the wrong script or an unknown unit
/// refuses the whole file, and nothing is stored.
#[utoipa::path(
    post,
    path = "/api/v1/admin/content/courses/{course_id}/translations/{locale}",
    operation_id = "import_translation",
    tag = "publishing",
    security(("bearer" = [])),
    params(
        ("course_id" = String, Path, description = "The course's id"),
        ("locale" = inline(TargetLocale), Path, description = "The target locale of the file (its `trgLang` or `Language` must say the same)")
    ),
    request_body(
        description = "The translated file, up to 16 MiB, as exported (`GET` on this path) and edited in a CAT tool.",
        content(
            (BundleArchive = "application/xliff+xml"),
            (BundleArchive = "application/x-xliff+xml"),
            (BundleArchive = "text/x-gettext-translation"),
            (BundleArchive = "text/x-po")
        )
    ),
    responses(
        (status = 201, description = "A draft version stored, with its report", body = DraftView),
        (status = 200, description = "The file changes nothing: the existing version with the same files (`created: false`)", body = DraftView),
        (status = 400, description = "`invalid-query`: a locale that is not a target locale", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`course-not-found`: no version of the course is published", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`payload-too-large`: over 16 MiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported-media-type`: a `Content-Type` other than those of the request body (or none)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`translation-refused`: the file is refused (`problems`, each with `code` — `declaration-refused`, `not-well-formed`, `not-xliff`, `po-syntax`, `wrong-language`, `not-utf8`, `too-large` or `unit-refused` — and `unit`, `line` and `message` where known), or `translation-invalid`: with it the course would not validate (`problems` as for `bundle-invalid`). Nothing is stored.", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn import(
    state: web::Data<AppState>,
    admin: AdminUser,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let (course_id, locale) = path.into_inner();
    let format = format_of(&req).ok_or(ApiError::UnsupportedMediaTypeOf(&MEDIA_TYPES))?;
    let locale = target_locale(&locale)?;
    let body = web::Bytes::from_request(&req, &mut payload.into_inner())
        .await
        .map_err(|error| read_error(&error, IMPORT_LIMIT))?;
    let draft = state
        .publisher
        .import_translation(
            course_id.clone(),
            (locale, format),
            body,
            admin.0.id.to_string(),
        )
        .await
        .map_err(|error| api_error(error, &course_id))?;
    let body = DraftView::of(draft, &state.content());
    Ok(if body.created {
        HttpResponse::Created().json(body)
    } else {
        HttpResponse::Ok().json(body)
    })
}

/// A locale a course is translated into: a supported one other than English.
fn target_locale(tag: &str) -> Result<Locale, ApiError> {
    tag.parse::<Locale>()
        .ok()
        .filter(|locale| *locale != Locale::En)
        .ok_or_else(not_a_target)
}

fn not_a_target() -> ApiError {
    let targets: Vec<&str> = Locale::ALL
        .iter()
        .filter(|locale| **locale != Locale::En)
        .map(|locale| locale.tag())
        .collect();
    ApiError::InvalidQuery(vec![FieldError::choice("locale", &targets)])
}

/// The format the request's `Content-Type` names (parameters aside), if it is one of
/// [`MEDIA_TYPES`].
fn format_of(req: &HttpRequest) -> Option<Format> {
    let media = media_type(req)?;
    if XLIFF_TYPES.contains(&media.as_str()) {
        Some(Format::Xliff)
    } else if PO_TYPES.contains(&media.as_str()) {
        Some(Format::Po)
    } else {
        None
    }
}

fn api_error(error: TranslationError, course_id: &str) -> ApiError {
    match error {
        TranslationError::NotPublished(_) => ApiError::CourseNotFound(course_id.to_owned()),
        TranslationError::SourceLocale => not_a_target(),
        TranslationError::Refused(problems) => ApiError::TranslationRefused(problems),
        TranslationError::Invalid(problems) => ApiError::TranslationInvalid(problems),
        TranslationError::Store(error) => error.into(),
        TranslationError::Failed(error) => error.into(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_import_limit_is_the_cli_s() {
        assert_eq!(
            u64::try_from(super::IMPORT_LIMIT).ok(),
            Some(kampus_content::exchange::MAX_FILE_BYTES)
        );
    }
}
