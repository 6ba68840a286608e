//! `GET /api/v1/verify/{code}`: anyone (an employer, an accreditation body) checks a
//! certificate by its verification code, without signing in. (The page for people,
//! `/verify/{code}`, is one of the web pages: `kampus_web::pages::verify`.)
//!
//! It says what the certificate says and whether it still stands, nothing more: no email, no
//! account, no other personal data. The code is looked up whole, by an index, never compared
//! piece by piece, and an unknown code is an ordinary 404. Requests are limited per address
//! (`KAMPUS_VERIFY_LIMIT_PER_MINUTE`): 80 random bits cannot be guessed, but nobody should try
//! at full speed either.

use actix_web::http::header::ContentType;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, NaiveDate, Utc};
use kampus_store::certificates;
use serde::Serialize;
use utoipa::ToSchema;

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
