//! `POST /api/v1/admin/certificates/{serial}/revoke` and `/reissue`: an admin revokes a
//! certificate, or replaces it by a new one (a corrected name, say), with a reason recorded in
//! the certificate's trail and in the audit log (`certificate.revoke`, `certificate.reissue`,
//! in the transaction of the change); verification says so from then on.

use actix_web::{HttpResponse, web};
use kampus_store::certificates::{self, Reissued, Revoked};
use kampus_store::{StoreError, audit, enrollments};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;

use crate::certificate_facts::{CertificateFacts, gather_again};
use crate::certificate_mail;
use crate::routes::certificates::CertificateView;

use crate::auth::AdminUser;
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::routes::verify::{Verification, verification_of};
use crate::state::AppState;

/// The longest reason accepted.
const MAX_REASON_CHARS: usize = 500;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Revocation {
    /// Why, as verifiers will read it (e.g. "Issued in error: final assessment annulled").
    pub reason: String,
}

/// Revokes a certificate (admins). Revoking twice is refused: the first reason stands.
#[utoipa::path(
    post,
    path = "/api/v1/admin/certificates/{serial}/revoke",
    tag = "admin",
    security(("bearer" = [])),
    params(("serial" = String, Path, description = "e.g. KMP-2026-000123")),
    request_body = Revocation,
    responses(
        (status = 200, description = "Revoked: what verifiers now see", body = Verification),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No certificate has this serial", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Revoked already", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No reason, or a reason too long", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn revoke(
    state: web::Data<AppState>,
    admin: AdminUser,
    serial: web::Path<String>,
    body: web::Json<Revocation>,
) -> Result<web::Json<Verification>, ApiError> {
    let reason = checked_reason(&body.reason)?;
    let (serial, actor, db_state) = (serial.into_inner(), admin.0.id, state.clone());
    let outcome = state
        .db
        .run(move |conn| {
            let now = db_state.clock.now();
            conn.write_transaction(|tx| {
                let outcome = certificates::revoke(tx, &serial, actor, &reason, now)?;
                if let Revoked::Now(certificate) = &outcome {
                    let entry = audit::Entry {
                        actor_id: Some(&actor.to_string()),
                        action: "certificate.revoke",
                        subject: &certificate.serial,
                        details: json!({ "reason": reason }),
                    };
                    audit::record(tx, &entry, now)?;
                }
                Ok::<_, StoreError>(outcome)
            })
        })
        .await?;
    match outcome {
        Revoked::Now(certificate) => {
            tracing::info!(serial = %certificate.serial, admin = %actor, "certificate revoked");
            verification_of(certificate).map(web::Json)
        }
        Revoked::Already(_) => Err(ApiError::Conflict("certificate revoked already".into())),
    }
}

fn checked_reason(reason: &str) -> Result<String, ApiError> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS {
        return Err(ApiError::Validation(vec![FieldError::new(
            "reason",
            "field-required",
        )]));
    }
    Ok(reason.to_owned())
}

/// The outcome of a re-issue.
#[derive(Debug, Serialize, ToSchema)]
pub struct Reissue {
    /// The certificate replaced: what verifiers of its code now see (revoked).
    pub replaced: Verification,
    /// The new certificate, whose email (with its PDF) is queued to the holder.
    pub certificate: CertificateView,
}

/// Replaces a certificate by a new one (admins): new serial and verification code, the
/// holder's name and institution and the course texts as they are now, the completion date as
/// it was. The old one is revoked with the reason and points at its replacement.
#[utoipa::path(
    post,
    path = "/api/v1/admin/certificates/{serial}/reissue",
    tag = "admin",
    security(("bearer" = [])),
    params(("serial" = String, Path, description = "e.g. KMP-2026-000123")),
    request_body = Revocation,
    responses(
        (status = 201, description = "Re-issued", body = Reissue),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No certificate has this serial", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Replaced already (re-issue its replacement)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No reason, or a reason too long", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn reissue(
    state: web::Data<AppState>,
    admin: AdminUser,
    serial: web::Path<String>,
    body: web::Json<Revocation>,
) -> Result<HttpResponse, ApiError> {
    let reason = checked_reason(&body.reason)?;
    let (serial, actor, db_state) = (serial.into_inner(), admin.0.id, state.clone());
    let outcome = state
        .db
        .run(move |conn| {
            let now = db_state.clock.now();
            conn.write_transaction(|tx| {
                let old = certificates::find_by_serial(tx, &serial)?.ok_or(StoreError::NotFound)?;
                let enrollment = enrollments::find_by_id(tx, &old.enrollment_id)?;
                let content = db_state.content();
                let loaded = content.course_by_id(&old.course_id);
                let facts = gather_again(
                    tx,
                    loaded,
                    &enrollment,
                    &CertificateFacts::of(&old)?,
                    &db_state.config.issuer_name,
                )?;
                let outcome =
                    certificates::reissue(tx, &serial, actor, &reason, &facts.to_json()?, now)?;
                if let Reissued::Now { old, new } = &outcome {
                    certificate_mail::queue(tx, &db_state, new, now)?;
                    let entry = audit::Entry {
                        actor_id: Some(&actor.to_string()),
                        action: "certificate.reissue",
                        subject: &old.serial,
                        details: json!({ "reason": reason, "replaced_by": new.serial }),
                    };
                    audit::record(tx, &entry, now)?;
                }
                Ok::<_, StoreError>(outcome)
            })
        })
        .await?;
    match outcome {
        Reissued::Now { old, new } => {
            tracing::info!(old = %old.serial, new = %new.serial, admin = %actor, "certificate re-issued");
            let body = Reissue {
                replaced: verification_of(*old)?,
                certificate: CertificateView::of(&state, *new)?,
            };
            Ok(HttpResponse::Created().json(body))
        }
        Reissued::AlreadyReplaced { by_serial } => Err(ApiError::Conflict(format!(
            "certificate replaced already, by {by_serial}"
        ))),
    }
}
