//! `POST /api/v1/certificates/{id}/resend`: the holder asks for the certificate's email (with
//! its PDF) again. A few times an hour per certificate, so the address cannot be flooded.

use actix_web::{HttpResponse, web};
use chrono::TimeDelta;
use kampus_store::{StoreError, rate_limits};
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::AuthenticatedUser;
use crate::certificate_mail;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

/// Resends per certificate per window.
pub const RESENDS_PER_WINDOW: i32 = 3;
const WINDOW: TimeDelta = TimeDelta::hours(1);

/// What was queued.
#[derive(Debug, Serialize, ToSchema)]
pub struct Resent {
    /// The outbox id of the queued email.
    pub mail_id: String,
}

enum Outcome {
    Queued(String),
    Throttled { retry_after_secs: u64 },
}

/// Queues the certificate's email to its holder again (holders only).
#[utoipa::path(
    post,
    path = "/api/v1/certificates/{id}/resend",
    operation_id = "resend_certificate_email",
    tag = "certificates",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The certificate's id")),
    responses(
        (status = 202, description = "Queued", body = Resent),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not the holder (staff may read it but not mail it)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such certificate, or not the caller's to see", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Resent too often; see Retry-After", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn resend(
    state: web::Data<AppState>,
    caller: AuthenticatedUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let (id, db_state) = (id.into_inner(), state.clone());
    let outcome = state
        .db
        .run(move |conn| {
            let certificate = super::readable(conn, &caller.0, &id)?;
            if certificate.user_id != caller.0.id.to_string() {
                return Ok(None);
            }
            let bucket = format!("certificate-resend:{}", certificate.id);
            let now = db_state.clock.now();
            conn.write_transaction(|tx| {
                let (hits, window_ends) = rate_limits::current(tx, &bucket, WINDOW, now)?;
                if hits >= RESENDS_PER_WINDOW {
                    let wait = (window_ends - now).num_seconds().max(1);
                    return Ok(Some(Outcome::Throttled {
                        retry_after_secs: u64::try_from(wait).unwrap_or(1),
                    }));
                }
                rate_limits::hit(tx, &bucket, WINDOW, now)?;
                let mail_id = certificate_mail::queue(tx, &db_state, &certificate, now)?;
                Ok::<_, StoreError>(Some(Outcome::Queued(mail_id)))
            })
        })
        .await?;
    match outcome {
        None => Err(ApiError::Forbidden),
        Some(Outcome::Throttled { retry_after_secs }) => {
            Err(ApiError::TooManyRequests { retry_after_secs })
        }
        Some(Outcome::Queued(mail_id)) => Ok(HttpResponse::Accepted().json(Resent { mail_id })),
    }
}
