//! A learner's achievements: the page of a completed course, and "my certificates" — each
//! with its PDF (rendered in the holder's language at issuance, as the emailed one), its
//! public verification page and a QR code of that page.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_store::certificates::Certificate;
use kampus_usecases::certificates::facts::CertificateFacts;
use kampus_usecases::certificates::{holding, mail::verify_url, pdf};

use super::page;
use super::view::{Text, decimal, tenths, text};
use crate::error::PageError;
use crate::respond::{self, Chrome};
use crate::session::SignedIn;
use crate::state::WebState;
use crate::tr::Tr;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page("/courses/{slug}/completed").route(web::get().to(completed)))
        .service(page("/my/certificates").route(web::get().to(mine)))
        .service(page("/my/certificates/{id}/pdf").route(web::get().to(download)))
        .service(page("/my/certificates/{id}/qr.svg").route(web::get().to(qr)));
}

#[derive(Debug)]
pub struct CertificateCard {
    pub id: String,
    pub serial: String,
    pub course_title: String,
    pub course_lang: String,
    pub completed_on: String,
    pub facts: Vec<String>,
    pub verify_url: String,
    pub revoked: Option<String>,
}

fn card(
    certificate: &Certificate,
    tr: &Tr,
    public_url: &str,
) -> Result<CertificateCard, PageError> {
    let facts = CertificateFacts::of(certificate)?;
    let mut lines = vec![tr.tn("course-hours", "hours", tenths(facts.hours))];
    if let Some(credits) = facts.credits {
        lines.push(tr.tn("course-credits", "credits", tenths(credits)));
    }
    if let Some(score) = facts.final_score {
        lines.push(tr.ts(
            "certificate-final-score-web",
            "score",
            &decimal(score, tr.locale),
        ));
    }
    Ok(CertificateCard {
        id: certificate.id.to_string(),
        serial: certificate.serial.clone(),
        course_title: facts.course_title.clone(),
        course_lang: facts.locale.clone(),
        completed_on: facts.completed_on.format("%Y-%m-%d").to_string(),
        facts: lines,
        verify_url: verify_url(public_url, &certificate.verification_code),
        revoked: certificate.revoked_at.map(|at| {
            tr.ts(
                "certificate-revoked-on",
                "date",
                &at.date().format("%Y-%m-%d").to_string(),
            )
        }),
    })
}

#[derive(Debug, Template)]
#[template(path = "certificates.html")]
pub struct CertificatesPage {
    pub chrome: Chrome,
    pub cards: Vec<CertificateCard>,
}

async fn mine(
    req: HttpRequest,
    state: web::Data<WebState>,
    signed_in: SignedIn,
) -> Result<HttpResponse, PageError> {
    let found = holding::mine(&state.cases, signed_in.user.id).await?;
    let chrome = Chrome::new(&req, &signed_in.visitor, &state);
    let cards = found
        .iter()
        .map(|c| card(c, &chrome.tr, &state.settings.public_url))
        .collect::<Result<_, _>>()?;
    let page = CertificatesPage { chrome, cards };
    respond::page(&signed_in.visitor, respond::html(&page))
}

#[derive(Debug, Template)]
#[template(path = "completed.html")]
pub struct CompletedPage {
    pub chrome: Chrome,
    pub slug: String,
    pub title: Text,
    pub completed_on: String,
    /// The certificate of this course, once issued (the same transaction as the completion,
    /// so it is there).
    pub certificate: Option<CertificateCard>,
}

async fn completed(
    req: HttpRequest,
    state: web::Data<WebState>,
    signed_in: SignedIn,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let content = state.content();
    let course = content.course(&slug).ok_or(PageError::NotFound)?;
    let course_id = course.course().id.clone();
    let progress = kampus_usecases::learning::enrollment::progress_in(
        &state.cases,
        signed_in.user.id,
        course_id.clone(),
    )
    .await?;
    let visitor = &signed_in.visitor;
    let Some(completed_at) = progress.and_then(|p| p.enrollment.completed_at) else {
        return Ok(respond::see_other(visitor, &format!("/courses/{slug}")));
    };
    let held = holding::mine(&state.cases, signed_in.user.id).await?;
    let chrome = Chrome::new(&req, visitor, &state);
    let certificate = held
        .iter()
        .filter(|c| c.course_id == course_id && c.revoked_at.is_none())
        .map(|c| card(c, &chrome.tr, &state.settings.public_url))
        .next()
        .transpose()?;
    let page = CompletedPage {
        slug: slug.clone(),
        title: text(course, chrome.tr.locale, "course").ok_or(PageError::NotFound)?,
        completed_on: completed_at.date().format("%Y-%m-%d").to_string(),
        certificate,
        chrome,
    };
    respond::page(visitor, respond::html(&page))
}

async fn download(
    state: web::Data<WebState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let certificate = holding::held(&state.cases, signed_in.user.id, &id).await?;
    let file_name = pdf::file_name(&certificate);
    let catalog = state.catalog().clone();
    let public_url = state.settings.public_url.clone();
    // Rendering fonts and drawing takes milliseconds of CPU: off the async workers.
    let bytes = web::block(move || pdf::render(&catalog, &public_url, &certificate))
        .await
        .map_err(|e| PageError::Internal(e.to_string()))?
        .map_err(|e| PageError::Internal(e.to_string()))?;
    Ok(respond::pdf_download(bytes, file_name))
}

async fn qr(
    state: web::Data<WebState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let certificate = holding::held(&state.cases, signed_in.user.id, &id).await?;
    let url = verify_url(&state.settings.public_url, &certificate.verification_code);
    let svg = crate::qr::svg(&url, &url).ok_or_else(|| PageError::Internal("QR code".into()))?;
    Ok(HttpResponse::Ok()
        .content_type("image/svg+xml")
        .insert_header((header::CACHE_CONTROL, "private, max-age=86400"))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'unsafe-inline'",
        ))
        .body(svg))
}
