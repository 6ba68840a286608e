//! `POST /api/v1/auth/login`: email and password in, session tokens out.

use actix_web::{HttpRequest, HttpResponse, web};
use kampus_usecases::accounts::sessions::{self, Lockout, SignIn};
use serde::Deserialize;
use utoipa::ToSchema;

use super::{SessionTokens, client_ip, session_tokens};
use crate::auth::account_fields::{self as fields, EmailAddress, GivenPassword, keep};
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    #[schema(value_type = EmailAddress)]
    pub email: String,
    #[schema(value_type = GivenPassword)]
    pub password: String,
}

/// Signs in with email and password.
///
/// A wrong password, an unknown address and a deactivated account get the same answer in
/// the same time, so the endpoint does not reveal which addresses have accounts. After too
/// many failures an account is locked for a while (429), whichever node is asked.
#[utoipa::path(
    post,
    path = "/api/v1/auth/login",
    tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in", body = SessionTokens),
        (status = 401, description = "Wrong email or password (`invalid-credentials`)", body = Problem, content_type = "application/problem+json",
            headers(("WWW-Authenticate" = String, description = "`Bearer`"))),
        (status = 403, description = "Email address not confirmed yet (`email-not-verified`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The body is not of this shape (`invalid-body`), or members break their schema's rules (`validation-failed`, naming each)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts from this address, or too many failures for this account; see Retry-After", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = u64, description = "Seconds to wait before trying again")))
    )
)]
pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: crate::body::Json<LoginRequest>,
) -> Result<HttpResponse, ApiError> {
    state.ip_throttle.check(
        "login",
        client_ip(&req),
        state.throttle.ip_attempts_per_minute,
    )?;
    let LoginRequest {
        email,
        password: given,
    } = body.into_inner();
    let mut invalid = Vec::new();
    let email = keep(&mut invalid, fields::email("email", &email));
    let password = keep(&mut invalid, fields::given_password("password", &given));
    let (Some(email), Some(())) = (email, password) else {
        return Err(ApiError::Validation(invalid));
    };

    let lockout = Lockout {
        failures: state.throttle.account_failures,
        window: state.throttle.account_window,
    };
    let outcome = sessions::sign_in(&state.cases, email, given, lockout).await?;
    match outcome {
        SignIn::SignedIn(user, refresh) => {
            tracing::info!(user_id = %user.id, "signed in");
            Ok(HttpResponse::Ok().json(session_tokens(&state, &user, refresh)?))
        }
        SignIn::WrongCredentials => Err(ApiError::InvalidCredentials),
        SignIn::NotVerified => Err(ApiError::EmailNotVerified),
        SignIn::Locked { retry_after_secs } => Err(ApiError::TooManyRequests { retry_after_secs }),
    }
}
