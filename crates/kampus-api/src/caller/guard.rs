//! Route guards that run before any extractor: a request to a protected area is refused
//! (401 without a valid token, 403 for a learner in the staff area) before its body is
//! parsed, so the answer to an unauthorized caller never depends on what they sent.
//!
//! The guards look at the signed token only; the handlers' extractors then load the user and
//! apply the precise rule (admin only, trainer's institutions).

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use kampus_store::users::Role;

use crate::error::ApiError;

fn token_role(req: &ServiceRequest) -> Result<Role, ApiError> {
    let state = super::app_state(req.request())?;
    let token = super::bearer_token(req.request()).ok_or(ApiError::Unauthenticated)?;
    let claims = state
        .tokens
        .verify(token)
        .map_err(|_| ApiError::Unauthenticated)?;
    Ok(claims.role)
}

async fn guard<B: MessageBody + 'static>(
    req: ServiceRequest,
    next: Next<B>,
    allowed: impl Fn(Role) -> bool,
) -> Result<ServiceResponse<EitherBody<B>>, actix_web::Error> {
    match token_role(&req).and_then(|role| {
        if allowed(role) {
            Ok(())
        } else {
            Err(ApiError::Forbidden)
        }
    }) {
        Ok(()) => Ok(next.call(req).await?.map_into_left_body()),
        Err(error) => Ok(req.error_response(error).map_into_right_body()),
    }
}

/// Any signed-in user.
pub async fn require_signed_in(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    guard(req, next, |_| true).await
}

/// Trainers and admins.
pub async fn require_staff(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    guard(req, next, |role| role != Role::Learner).await
}
