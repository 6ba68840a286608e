//! `/verify/{code}`: the public verification page — anyone (an employer, an accreditation
//! body) checks a certificate by the code printed on it and in its QR code: valid, or revoked
//! with date and reason, and what it certifies. No sign-in, no personal data beyond what the
//! certificate prints; limited per address like `GET /api/v1/verify/{code}`.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_usecases::certificates::facts::CertificateFacts;
use kampus_usecases::certificates::verification;

use super::page;
use super::view::decimal;
use crate::error::PageError;
use crate::respond::{self, Chrome};
use crate::session::Visitor;
use crate::state::WebState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page("/verify/{code}").route(web::get().to(verify_page)));
}

/// What the page says of a certificate found.
#[derive(Debug)]
pub struct Found {
    /// "valid", or the revocation with its date and reason.
    pub verdict: String,
    pub valid: bool,
    /// (label message id, value, language of the value if it is text of the certificate).
    pub rows: Vec<(&'static str, String, Option<String>)>,
}

#[derive(Debug, Template)]
#[template(path = "verify.html")]
pub struct VerifyPage {
    pub chrome: Chrome,
    pub found: Option<Found>,
}

async fn verify_page(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
    code: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    state.throttle_at(&req, "verify", state.settings.verify_limit_per_minute)?;
    let certificate = verification::find_by_code(&state.cases, &code).await?;
    let chrome = Chrome::new(&req, &visitor, &state);
    let found = match certificate {
        None => None,
        Some(certificate) => {
            let facts = CertificateFacts::of(&certificate)?;
            let tr = &chrome.tr;
            let verdict = match certificate.revoked_at {
                Some(at) => {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("date", at.date().format("%Y-%m-%d").to_string());
                    args.set(
                        "reason",
                        certificate.revocation_reason.clone().unwrap_or_default(),
                    );
                    tr.with("verify-revoked", &args)
                }
                None => tr.t("verify-valid").into_owned(),
            };
            let course = if facts.course_title == facts.course_title_en {
                facts.course_title.clone()
            } else {
                format!("{} ({})", facts.course_title, facts.course_title_en)
            };
            Some(Found {
                valid: certificate.revoked_at.is_none(),
                verdict,
                rows: vec![
                    ("verify-serial", certificate.serial.clone(), None),
                    ("verify-holder", facts.holder_name.clone(), None),
                    ("verify-course", course, Some(facts.locale.clone())),
                    ("verify-hours", decimal(facts.hours, tr.locale), None),
                    (
                        "verify-completed",
                        facts.completed_on.format("%Y-%m-%d").to_string(),
                        None,
                    ),
                    ("verify-issuer", facts.issuer.clone(), None),
                ],
            })
        }
    };
    let status = if found.is_some() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let page = VerifyPage { chrome, found };
    respond::page_with_status(&visitor, status, respond::html(&page))
}
