//! Email verification: `POST /api/v1/auth/verify-email` and `/verify-email/resend`.

use actix_web::{HttpRequest, HttpResponse, web};
use kampus_store::user_tokens::Purpose;
use kampus_usecases::accounts::links;
use serde::Deserialize;
use utoipa::ToSchema;

use super::links::send_link_to_address;
use super::register::Accepted;
use crate::auth::account_fields::{self, EmailAddress, OpaqueToken};
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    /// The token from the emailed link (its `token` parameter).
    #[schema(value_type = OpaqueToken)]
    pub token: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EmailRequest {
    #[schema(value_type = EmailAddress)]
    pub email: String,
}

/// Confirms an email address with the token from the verification email.
#[utoipa::path(
    post,
    path = "/api/v1/auth/verify-email",
    tag = "auth",
    request_body = TokenRequest,
    responses(
        (status = 204, description = "Address confirmed; you can sign in"),
        (status = 404, description = "The link is unknown, used or expired (`invalid-token`): ask for a new one", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The body is not of this shape (`invalid-body`), or the token is empty or too long (`validation-failed`)", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn verify_email(
    state: web::Data<AppState>,
    body: crate::body::Json<TokenRequest>,
) -> Result<HttpResponse, ApiError> {
    let token = body.into_inner().token;
    account_fields::token("token", &token).map_err(|e| ApiError::Validation(vec![e]))?;
    let verified = links::verify_email(&state.cases, token).await?;
    if verified {
        Ok(HttpResponse::NoContent().finish())
    } else {
        Err(ApiError::InvalidToken)
    }
}

/// Sends a new verification link. Always 202, whether or not the address has an account.
#[utoipa::path(
    post,
    path = "/api/v1/auth/verify-email/resend",
    operation_id = "resend_verification_email",
    tag = "auth",
    request_body = EmailRequest,
    responses(
        (status = 202, description = "If the address has an unconfirmed account, a new link is on its way", body = Accepted),
        (status = 422, description = "The body is not of this shape (`invalid-body`), or the address breaks its schema's rules (`validation-failed`)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = u64, description = "Seconds to wait before trying again")))
    )
)]
pub async fn resend(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: crate::body::Json<EmailRequest>,
) -> Result<HttpResponse, ApiError> {
    let unverified = |user: &kampus_store::users::User| user.email_verified_at.is_none();
    send_link_to_address(&req, &state, &body.email, Purpose::VerifyEmail, unverified).await?;
    Ok(HttpResponse::Accepted().json(Accepted {
        status: "verification-email-sent",
    }))
}
