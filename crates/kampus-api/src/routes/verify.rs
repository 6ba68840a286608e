//! `GET /api/v1/verify/{code}`: anyone (an employer, an accreditation body) checks a
//! certificate by its verification code, without signing in.
//!
//! It says what the certificate says and whether it still stands, nothing more: no email, no
//! account, no other personal data. The code is looked up whole, by an index, never compared
//! piece by piece, and an unknown code is an ordinary 404. Requests are limited per address
//! (`KAMPUS_VERIFY_LIMIT_PER_MINUTE`): 80 random bits cannot be guessed, but nobody should try
//! at full speed either.

use actix_web::http::header::{self, ContentType};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, NaiveDate, Utc};
use fluent_bundle::FluentArgs;
use kampus_store::certificates;
use serde::Serialize;
use utoipa::ToSchema;

use crate::caller::locale::negotiate_request;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::routes::auth::client_ip;
use crate::state::AppState;
use kampus_usecases::certificates::facts::CertificateFacts;

/// What a verifier learns about a certificate.
#[derive(Debug, Serialize, ToSchema)]
pub struct Verification {
    /// valid or revoked.
    pub status: &'static str,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub revoked_at: Option<DateTime<Utc>>,
    pub revocation_reason: Option<String>,
    /// The serial number printed on the certificate, e.g. `KMP-2026-000123`.
    pub serial: String,
    pub holder_name: String,
    /// The course title in the holder's language, and in English.
    pub course_title: String,
    pub course_title_en: String,
    pub hours: f64,
    pub credits: Option<f64>,
    #[schema(value_type = String, format = Date)]
    pub completed_on: NaiveDate,
    pub issuer: String,
    #[schema(value_type = String, format = DateTime)]
    pub issued_at: DateTime<Utc>,
}

/// The certificate with this verification code: valid or revoked, and what it certifies.
#[utoipa::path(
    get,
    path = "/api/v1/verify/{code}",
    tag = "certificates",
    params(("code" = String, Path, description = "The verification code, e.g. 7K3M-Q9XD-T2WA-B4RN (case, dashes and spaces do not matter; O reads as 0, I and L as 1)")),
    responses(
        (status = 200, description = "The certificate", body = Verification),
        (status = 404, description = "No certificate has this code", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many verifications from this address", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn verify(
    req: HttpRequest,
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let Some(code) = counted_code(&req, &state, &code)? else {
        return Err(ApiError::NotFound);
    };
    // Served from memory once asked for (see the access cache for how fresh it is).
    let answer = if let Some(answer) = state.access.verification(&code) {
        answer
    } else {
        let certificate = find(&state, code.clone())
            .await?
            .ok_or(ApiError::NotFound)?;
        let json = serde_json::to_vec(&verification_of(certificate)?)
            .map_err(|e| ApiError::Internal(e.to_string()))?;
        let answer = Bytes::from(json);
        state.access.remember_verification(code, answer.clone());
        answer
    };
    Ok(HttpResponse::Ok()
        .content_type(ContentType::json())
        .body(answer))
}

/// The code as typed, normalized (`None` when it cannot be a code), after counting the
/// verification against the caller's address (`KAMPUS_VERIFY_LIMIT_PER_MINUTE`).
fn counted_code(
    req: &HttpRequest,
    state: &AppState,
    typed: &str,
) -> Result<Option<String>, ApiError> {
    state.ip_throttle.check(
        "verify",
        client_ip(req),
        state.config.verify_limit_per_minute,
    )?;
    Ok(certificates::normalize_code(typed))
}

/// The certificate with this normalized code.
async fn find(
    state: &AppState,
    code: String,
) -> Result<Option<certificates::Certificate>, ApiError> {
    state
        .db
        .run(move |conn| certificates::find_by_code(conn, &code))
        .await
}

/// The certificate with the code as typed, counted against the caller's address.
async fn look_up(
    req: &HttpRequest,
    state: &AppState,
    typed: &str,
) -> Result<Option<certificates::Certificate>, ApiError> {
    match counted_code(req, state, typed)? {
        Some(code) => find(state, code).await,
        None => Ok(None),
    }
}

/// What a verifier is told about `certificate`.
pub fn verification_of(certificate: certificates::Certificate) -> Result<Verification, ApiError> {
    let facts: CertificateFacts = serde_json::from_str(&certificate.snapshot)
        .map_err(|e| ApiError::Internal(format!("certificate {}: {e}", certificate.id)))?;
    Ok(Verification {
        status: if certificate.revoked_at.is_some() {
            "revoked"
        } else {
            "valid"
        },
        revoked_at: certificate.revoked_at.map(|t| t.and_utc()),
        revocation_reason: certificate.revocation_reason,
        serial: certificate.serial,
        holder_name: facts.holder_name,
        course_title: facts.course_title,
        course_title_en: facts.course_title_en,
        hours: facts.hours,
        credits: facts.credits,
        completed_on: facts.completed_on,
        issuer: facts.issuer,
        issued_at: certificate.issued_at.and_utc(),
    })
}

/// The same check as a small page for people, in the negotiated language (`?lang=`, then
/// `Accept-Language`): valid, or revoked with date and reason, and what the certificate
/// certifies. An unknown code is a 404 page saying so.
#[utoipa::path(
    get,
    path = "/verify/{code}",
    operation_id = "verification_page",
    tag = "certificates",
    params(("code" = String, Path), ("lang" = Option<String>, Query)),
    responses(
        (status = 200, description = "The verification page", content_type = "text/html"),
        (status = 404, description = "No certificate has this code (a page saying so)", content_type = "text/html"),
        (status = 429, description = "Too many verifications from this address", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn page(
    req: HttpRequest,
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let found = look_up(&req, &state, &code).await?;
    let locale = negotiate_request(&req, &state).locale;
    let message =
        |id: &str, args: Option<&FluentArgs<'_>>| escape(&state.catalog.message(locale, id, args));
    let title = message("verify-page-title", None);
    let (status, body) = match found {
        None => (
            actix_web::http::StatusCode::NOT_FOUND,
            format!("<p>{}</p>", message("verify-unknown", None)),
        ),
        Some(certificate) => {
            let v = verification_of(certificate)?;
            let verdict = match (&v.revoked_at, &v.revocation_reason) {
                (Some(at), reason) => {
                    let mut args = FluentArgs::new();
                    args.set("date", at.date_naive().to_string());
                    args.set("reason", reason.clone().unwrap_or_default());
                    message("verify-revoked", Some(&args))
                }
                (None, _) => message("verify-valid", None),
            };
            let row = |label: &str, value: &str| {
                format!(
                    "<dt>{}</dt><dd>{}</dd>",
                    message(label, None),
                    escape(value)
                )
            };
            let course = if v.course_title == v.course_title_en {
                v.course_title.clone()
            } else {
                format!("{} ({})", v.course_title, v.course_title_en)
            };
            let rows = [
                row("verify-serial", &v.serial),
                row("verify-holder", &v.holder_name),
                row("verify-course", &course),
                row("verify-hours", &v.hours.to_string()),
                row("verify-completed", &v.completed_on.to_string()),
                row("verify-issuer", &v.issuer),
            ]
            .concat();
            (
                actix_web::http::StatusCode::OK,
                format!("<p><strong>{verdict}</strong></p><dl>{rows}</dl>"),
            )
        }
    };
    let html = format!(
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>",
        lang = locale.tag(),
    );
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CONTENT_LANGUAGE, locale.tag()))
        // Nothing but this markup: no scripts, styles or frames.
        .insert_header((header::CONTENT_SECURITY_POLICY, "default-src 'none'"))
        .body(html))
}

/// Text for HTML: names are whatever people typed.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}
