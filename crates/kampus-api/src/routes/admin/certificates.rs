//! `POST /api/v1/admin/certificates/{serial}/revoke`: an admin revokes a certificate, with a
//! reason, recorded in the certificate's audit trail; verification says so from then on.

use actix_web::web;
use kampus_store::certificates::{self, Revoked};
use serde::Deserialize;
use utoipa::ToSchema;

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
    let reason = body.into_inner().reason.trim().to_owned();
    if reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS {
        return Err(ApiError::Validation(vec![FieldError::new(
            "reason",
            "field-required",
        )]));
    }
    let (serial, actor, db_state) = (serial.into_inner(), admin.0.id, state.clone());
    let outcome = state
        .db
        .run(move |conn| {
            let now = db_state.clock.now();
            conn.write_transaction(|tx| certificates::revoke(tx, &serial, actor, &reason, now))
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
