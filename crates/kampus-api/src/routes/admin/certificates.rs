//! `POST /api/v1/admin/certificates/{certificate}/revoke` and `/reissue`: an admin revokes a
//! certificate, or replaces it by a new one (a corrected name, say), with a reason recorded in
//! the certificate's trail and in the audit log (`certificate.revoke`, `certificate.reissue`,
//! in the transaction of the change); verification says so from then on.
//!
//! The certificate is named by its id, as on every other certificate route, or by its serial
//! (`KMP-2026-000123`), the number people quote; the two cannot be confused (an id is a UUID).
//! The reason is printed on the verification page, so it keeps the rule of
//! [`super::printed_text`].

use actix_web::{HttpResponse, web};
use kampus_store::certificates::{Reissued, Revoked};
use kampus_usecases::certificates::revocation;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::routes::certificates::CertificateView;

use super::printed_text::{self, MAX_REASON_CHARS};
use crate::caller::AdminUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::routes::verify::{Verification, verification_of};
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Revocation {
    /// Why, as verifiers will read it on the verification page (e.g. "Issued in error: final
    /// assessment annulled"): 1 to 500 characters, not only spaces, without control
    /// characters or invisible text-direction controls. Spaces around it are removed.
    #[schema(
        min_length = 1,
        max_length = 500,
        pattern = r"^[^\u0000-\u001F\u007F-\u009F\u061C\u200E-\u200F\u202A-\u202E\u2066-\u2069]*[^\u0000-\u0020\u007F-\u00A0\u061C\u1680\u2000-\u200A\u200E-\u200F\u2028-\u202F\u205F\u2066-\u2069\u3000\uFEFF][^\u0000-\u001F\u007F-\u009F\u061C\u200E-\u200F\u202A-\u202E\u2066-\u2069]*$"
    )]
    pub reason: String,
}

/// Revokes a certificate (admins). Revoking twice is refused: the first reason stands.
#[utoipa::path(
    post,
    path = "/api/v1/admin/certificates/{certificate}/revoke",
    operation_id = "revoke_certificate",
    tag = "admin",
    security(("bearer" = [])),
    params(("certificate" = String, Path, description = "The certificate: its id (as in `GET /api/v1/certificates/{id}`) or its serial (e.g. `KMP-2026-000123`)")),
    request_body = Revocation,
    responses(
        (status = 200, description = "Revoked: what verifiers now see", body = Verification),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No certificate has this id or serial", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Revoked already", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid-body`: not the members this operation takes; `validation-failed`: a reason that breaks its rule", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn revoke(
    state: web::Data<AppState>,
    admin: AdminUser,
    certificate: web::Path<String>,
    body: crate::body::Json<Revocation>,
) -> Result<web::Json<Verification>, ApiError> {
    let reason = checked_reason(&body.reason)?;
    let actor = admin.0.id;
    let outcome = revocation::revoke(&state.cases, actor, certificate.into_inner(), reason).await?;
    match outcome {
        Revoked::Now(certificate) => {
            tracing::info!(serial = %certificate.serial, admin = %actor, "certificate revoked");
            // Verifiers asking this node learn of it at once (others within the cache's ttl).
            state
                .access
                .forget_verification(&certificate.verification_code);
            verification_of(certificate).map(web::Json)
        }
        Revoked::Already(_) => Err(ApiError::Conflict("certificate revoked already".into())),
    }
}

fn checked_reason(reason: &str) -> Result<String, ApiError> {
    printed_text::checked("reason", reason, MAX_REASON_CHARS)
        .map_err(|field| ApiError::Validation(vec![field]))
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
    path = "/api/v1/admin/certificates/{certificate}/reissue",
    operation_id = "reissue_certificate",
    tag = "admin",
    security(("bearer" = [])),
    params(("certificate" = String, Path, description = "The certificate: its id (as in `GET /api/v1/certificates/{id}`) or its serial (e.g. `KMP-2026-000123`)")),
    request_body = Revocation,
    responses(
        (status = 201, description = "Re-issued", body = Reissue),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No certificate has this id or serial", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Replaced already (re-issue its replacement)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid-body`: not the members this operation takes; `validation-failed`: a reason that breaks its rule", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn reissue(
    state: web::Data<AppState>,
    admin: AdminUser,
    certificate: web::Path<String>,
    body: crate::body::Json<Revocation>,
) -> Result<HttpResponse, ApiError> {
    let reason = checked_reason(&body.reason)?;
    let actor = admin.0.id;
    let content = state.content();
    let published = move |course_id: &str| content.shared_course_by_id(course_id);
    let outcome = revocation::reissue(
        &state.cases,
        actor,
        certificate.into_inner(),
        reason,
        published,
    )
    .await?;
    match outcome {
        Reissued::Now { old, new } => {
            tracing::info!(old = %old.serial, new = %new.serial, admin = %actor, "certificate re-issued");
            state.access.forget_verification(&old.verification_code);
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
