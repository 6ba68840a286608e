//! `POST /api/v1/certificates/{id}/resend`: the holder asks for the certificate's email (with
//! its PDF) again. A few times an hour per certificate, so the address cannot be flooded.

use actix_web::{HttpResponse, web};
use kampus_usecases::certificates::resend;
use serde::Serialize;
use utoipa::ToSchema;

use crate::caller::AuthenticatedUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

/// Resends per certificate per window.
pub const RESENDS_PER_WINDOW: i32 = resend::RESENDS_PER_WINDOW;

/// What was queued.
#[derive(Debug, Serialize, ToSchema)]
pub struct Resent {
    /// The outbox id of the queued email.
    pub mail_id: String,
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
    let id = id.into_inner();
    let caller = caller.0;
    let holder = caller.id;
    let certificate = state
        .db
        .run(move |conn| super::readable(conn, &caller, &id))
        .await?;
    // Staff may read it, but only its holder may have it mailed.
    if certificate.user_id != holder {
        return Err(ApiError::Forbidden);
    }
    match resend::resend(&state.cases, certificate).await? {
        resend::Resent::Throttled { retry_after_secs } => {
            Err(ApiError::TooManyRequests { retry_after_secs })
        }
        resend::Resent::Queued(mail_id) => Ok(HttpResponse::Accepted().json(Resent { mail_id })),
    }
}
