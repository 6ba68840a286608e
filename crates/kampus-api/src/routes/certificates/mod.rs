//! A holder's certificates, as data, PDF and Open Badges credential: for the holder, the
//! trainers of the holder's institution and admins. Anyone else gets 404, exactly as for a
//! certificate that does not exist, so ids cannot be probed.

pub mod credential;
pub mod download;
pub mod list;
pub mod resend;

use chrono::{DateTime, Utc};
use kampus_store::certificates::{self, Certificate};
use kampus_store::users::{self, Role, User};
use kampus_store::{CertificateId, DbConnection, StoreError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::ApiError;
use crate::state::AppState;
use kampus_usecases::certificates::facts::CertificateFacts;
use kampus_usecases::certificates::mail::verify_url;

/// A certificate as its holder (or staff) sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct CertificateView {
    pub id: String,
    /// e.g. `KMP-2026-000123`.
    pub serial: String,
    /// valid or revoked.
    pub status: &'static str,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub revoked_at: Option<DateTime<Utc>>,
    pub revocation_reason: Option<String>,
    /// The certificate that replaced this one, if it was re-issued.
    pub replaced_by: Option<String>,
    pub verification_code: String,
    /// The public page that verifies it (printed on it and in its QR code).
    pub verify_url: String,
    #[schema(value_type = String, format = DateTime)]
    pub issued_at: DateTime<Utc>,
    pub course_id: String,
    /// What it certifies, as printed.
    #[schema(value_type = Object)]
    pub facts: CertificateFacts,
    pub links: CertificateLinks,
}

/// Where its documents are.
#[derive(Debug, Serialize, ToSchema)]
pub struct CertificateLinks {
    /// The PDF.
    pub pdf: String,
    /// The signed Open Badges 3.0 credential (JSON).
    pub credential: String,
}

impl CertificateView {
    pub fn of(state: &AppState, certificate: Certificate) -> Result<Self, ApiError> {
        let facts = CertificateFacts::of(&certificate).map_err(ApiError::from)?;
        let base = format!("/api/v1/certificates/{}", certificate.id);
        Ok(Self {
            status: if certificate.revoked_at.is_some() {
                "revoked"
            } else {
                "valid"
            },
            revoked_at: certificate.revoked_at.map(|t| t.and_utc()),
            verify_url: verify_url(&state.config.public_url, &certificate.verification_code),
            issued_at: certificate.issued_at.and_utc(),
            links: CertificateLinks {
                pdf: format!("{base}/pdf"),
                credential: format!("{base}/credential"),
            },
            id: certificate.id.to_string(),
            serial: certificate.serial,
            revocation_reason: certificate.revocation_reason,
            replaced_by: certificate.replaced_by,
            verification_code: certificate.verification_code,
            course_id: certificate.course_id,
            facts,
        })
    }
}

/// The certificate with this id, if `caller` may read it: its holder, an admin, or a trainer
/// assigned to the holder's institution. `NotFound` otherwise, as for an unknown id.
pub fn readable(
    conn: &mut DbConnection,
    caller: &User,
    id: &str,
) -> Result<Certificate, StoreError> {
    // Another spelling of an id names no certificate.
    let id = CertificateId::parse_exact(id).ok_or(StoreError::NotFound)?;
    let certificate = certificates::find(conn, id)?;
    let holder = certificate.user_id;
    let allowed = match caller.role {
        _ if caller.id == holder => true,
        Role::Admin => true,
        Role::Trainer => match users::find(conn, holder)?.institution_id {
            Some(institution) => {
                users::trainer_institutions(conn, caller.id)?.contains(&institution)
            }
            None => false,
        },
        Role::Learner => false,
    };
    if allowed {
        Ok(certificate)
    } else {
        Err(StoreError::NotFound)
    }
}
