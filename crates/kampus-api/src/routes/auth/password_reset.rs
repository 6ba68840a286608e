//! Password reset by email: `POST /api/v1/auth/password-reset` and `/password-reset/confirm`.

use actix_web::{HttpRequest, HttpResponse, web};
use kampus_store::user_tokens::Purpose;
use kampus_usecases::accounts::{links, password};
use serde::Deserialize;
use utoipa::ToSchema;

use super::links::send_link_to_address;
use super::register::Accepted;
use super::verification::EmailRequest;
use crate::auth::account_fields::{self, NewPassword, OpaqueToken, keep};
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetConfirmation {
    /// The token from the emailed link (its `token` parameter).
    #[schema(value_type = OpaqueToken)]
    pub token: String,
    #[schema(value_type = NewPassword)]
    pub password: String,
}

/// Emails a password-reset link (valid one hour, single use). Always 202.
#[utoipa::path(
    post,
    path = "/api/v1/auth/password-reset",
    tag = "auth",
    request_body = EmailRequest,
    responses(
        (status = 202, description = "If the address has an account, a link is on its way", body = Accepted),
        (status = 422, description = "The body is not of this shape (`invalid-body`), or the address breaks its schema's rules (`validation-failed`)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = u64, description = "Seconds to wait before trying again")))
    )
)]
pub async fn request_reset(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: crate::body::Json<EmailRequest>,
) -> Result<HttpResponse, ApiError> {
    send_link_to_address(&req, &state, &body.email, Purpose::PasswordReset, |_| true).await?;
    Ok(HttpResponse::Accepted().json(Accepted {
        status: "password-reset-email-sent",
    }))
}

/// Sets a new password with the emailed token; every session of the account ends.
#[utoipa::path(
    post,
    path = "/api/v1/auth/password-reset/confirm",
    tag = "auth",
    request_body = ResetConfirmation,
    responses(
        (status = 204, description = "Password changed; sign in with it"),
        (status = 404, description = "The link is unknown, used or expired (`invalid-token`): ask for a new one", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The body is not of this shape (`invalid-body`), or the token or the new password breaks its schema's rules or the password is a common one (`validation-failed`, naming each)", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn confirm_reset(
    state: web::Data<AppState>,
    body: crate::body::Json<ResetConfirmation>,
) -> Result<HttpResponse, ApiError> {
    let ResetConfirmation {
        token,
        password: new_password,
    } = body.into_inner();
    let mut invalid = Vec::new();
    let checked = (
        keep(&mut invalid, account_fields::token("token", &token)),
        keep(
            &mut invalid,
            password::check_policy("password", &new_password),
        ),
    );
    let (Some(()), Some(())) = checked else {
        return Err(ApiError::Validation(invalid));
    };
    let changed = links::reset_password(&state.cases, token, new_password).await?;
    if let Some(user) = changed {
        state.access.forget_user(user);
        Ok(HttpResponse::NoContent().finish())
    } else {
        Err(ApiError::InvalidToken)
    }
}
