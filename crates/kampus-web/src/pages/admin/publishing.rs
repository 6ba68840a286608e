//! The publishing console's actions, the same use case as the API's
//! (`kampus_usecases::publishing::Publisher`):
//! - `POST /admin/content/bundles`: a bundle uploaded by form becomes drafts; the draft's
//!   report is shown next, or the console again with why nothing was stored;
//! - `/admin/content/versions/{id}/publish`: what publishing (or rolling back to) a version
//!   changes, and the form that does it;
//! - `/admin/content/courses/{course}/unpublish`: the same for withdrawing a course.
//!
//! A confirmation page comes before each change learners see.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_store::VersionId;
use kampus_store::content_versions;
use kampus_usecases::publishing::UploadError;
use serde::Deserialize;

use super::Admin;
use super::content::{ProblemLine, UploadFailure, console_page, version_and_published};
use crate::error::PageError;
use crate::forms::Posted;
use crate::pages::page;
use crate::pages::view::course_title;
use crate::respond::{self, Chrome};
use crate::state::WebState;
use crate::tr::Tr;
use crate::upload::{NoBundle, Uploaded};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page("/admin/content/bundles").route(web::post().to(upload)))
        .service(
            page("/admin/content/versions/{id}/publish")
                .route(web::get().to(confirm_publish))
                .route(web::post().to(publish)),
        )
        .service(
            page("/admin/content/courses/{course}/unpublish")
                .route(web::get().to(confirm_unpublish))
                .route(web::post().to(unpublish)),
        );
}

async fn upload(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    Uploaded(file): Uploaded,
) -> Result<HttpResponse, PageError> {
    let tr = Tr::new(state.strings.clone(), admin.0.visitor.locale);
    let failure = match file {
        Err(NoBundle::Missing) => UploadFailure {
            message: tr.t("admin-upload-missing").into_owned(),
            ..UploadFailure::default()
        },
        Err(NoBundle::TooLarge) => UploadFailure {
            message: tr.tn(
                "admin-upload-too-large",
                "megabytes",
                kampus_usecases::publishing::UPLOAD_LIMIT / (1024 * 1024),
            ),
            ..UploadFailure::default()
        },
        Ok(bytes) => match state
            .publisher
            .upload(bytes, admin.0.user.id.to_string())
            .await
        {
            Ok(drafts) => return Ok(after_upload(&admin, &drafts)),
            Err(UploadError::Refused(refused)) => refusal(&tr, &refused),
            Err(UploadError::Invalid(problems)) => UploadFailure {
                message: tr.tn("admin-upload-invalid", "count", problems.len()),
                problems: problems.iter().map(ProblemLine::of_part).collect(),
            },
            Err(UploadError::Store(error)) => return Err(error.into()),
            Err(UploadError::Failed(error)) => return Err(error.into()),
        },
    };
    let page_view = console_page(&req, &state, &admin, None, Some(failure)).await?;
    respond::page_with_status(
        &admin.0.visitor,
        StatusCode::UNPROCESSABLE_ENTITY,
        respond::html(&page_view),
    )
}

/// Where an upload that was stored leads: the draft's report, or the console when the upload
/// held several courses.
fn after_upload(admin: &Admin, drafts: &[kampus_usecases::publishing::Draft]) -> HttpResponse {
    let visitor = &admin.0.visitor;
    match drafts {
        [draft] => {
            let done = if draft.created {
                "admin-done-uploaded"
            } else {
                "admin-done-uploaded-before"
            };
            respond::see_other(
                visitor,
                &format!("/admin/content/versions/{}?done={done}", draft.version.id),
            )
        }
        _ => respond::see_other(visitor, "/admin/content"),
    }
}

/// A refused archive's reasons, as problems of its entries (no line: the archive is not read).
fn refusal(tr: &Tr, refused: &kampus_content::bundle::Refused) -> UploadFailure {
    UploadFailure {
        message: tr.tn("admin-upload-refused", "count", refused.count()),
        problems: refused
            .listed()
            .iter()
            .map(|reason| ProblemLine {
                place: reason.path().unwrap_or_default().to_owned(),
                error: true,
                code: reason.code().to_owned(),
                message: reason.to_string(),
            })
            .collect(),
    }
}

#[derive(Debug, Template)]
#[template(path = "admin_confirm.html")]
pub struct ConfirmPage {
    pub chrome: Chrome,
    pub heading: String,
    /// What the change does, one paragraph each.
    pub consequences: Vec<String>,
    pub action: String,
    pub button: String,
    pub back: String,
}

async fn confirm_publish(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = VersionId::parse_exact(&id).ok_or(PageError::NotFound)?;
    let (version, published) = version_and_published(&state, id).await?;
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let tr = &chrome.tr;
    let title = course_title(&state.content(), tr.locale, &version.course_id);
    let back = format!("/admin/content/versions/{id}");
    let rollback = published
        .as_ref()
        .is_some_and(|p| p.number > version.number);
    let mut consequences = vec![match &published {
        Some(p) if p.id == version.id => tr.t("admin-publish-already").into_owned(),
        Some(p) => tr.tnn(
            "admin-publish-replaces",
            "number",
            version.number,
            "current",
            p.number,
        ),
        None => tr.tn("admin-publish-first", "number", version.number),
    }];
    consequences.push(tr.t("admin-publish-progress-kept").into_owned());
    let page_view = ConfirmPage {
        heading: format!(
            "{} · {title}",
            tr.tn(
                if rollback {
                    "admin-rollback-heading"
                } else {
                    "admin-publish-heading"
                },
                "number",
                version.number
            )
        ),
        consequences,
        action: format!("{back}/publish"),
        button: tr
            .t(if rollback {
                "admin-rollback-button"
            } else {
                "admin-publish-button"
            })
            .into_owned(),
        back,
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page_view))
}

#[derive(Debug, Deserialize)]
struct Confirmed {}

async fn publish(
    state: web::Data<WebState>,
    admin: Admin,
    id: web::Path<String>,
    Posted(Confirmed {}): Posted<Confirmed>,
) -> Result<HttpResponse, PageError> {
    let id = VersionId::parse_exact(&id).ok_or(PageError::NotFound)?;
    let publication = state
        .publisher
        .publish(id, admin.0.user.id.to_string())
        .await?;
    Ok(respond::see_other(
        &admin.0.visitor,
        &format!(
            "/admin/content/versions/{}?done=admin-done-published",
            publication.version.id
        ),
    ))
}

async fn confirm_unpublish(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    course: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let course_id = course.into_inner();
    let asked = course_id.clone();
    let published = state
        .cases
        .blocking(move |conn| {
            if content_versions::of_course(conn, &asked)?.is_empty() {
                return Err(PageError::NotFound);
            }
            Ok(content_versions::published_version(conn, &asked)?.is_some())
        })
        .await?;
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let tr = &chrome.tr;
    let title = course_title(&state.content(), tr.locale, &course_id);
    let consequences = if published {
        vec![
            tr.t("admin-unpublish-withdraws").into_owned(),
            tr.t("admin-unpublish-kept").into_owned(),
        ]
    } else {
        vec![tr.t("admin-unpublish-not-published").into_owned()]
    };
    let page_view = ConfirmPage {
        heading: format!("{} · {title}", tr.t("admin-unpublish-heading")),
        consequences,
        action: format!("/admin/content/courses/{course_id}/unpublish"),
        button: tr.t("admin-unpublish-button").into_owned(),
        back: "/admin/content".to_owned(),
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page_view))
}

async fn unpublish(
    state: web::Data<WebState>,
    admin: Admin,
    course: web::Path<String>,
    Posted(Confirmed {}): Posted<Confirmed>,
) -> Result<HttpResponse, PageError> {
    state
        .publisher
        .unpublish(course.into_inner(), admin.0.user.id.to_string())
        .await?;
    Ok(respond::see_other(
        &admin.0.visitor,
        "/admin/content?done=admin-done-unpublished",
    ))
}
