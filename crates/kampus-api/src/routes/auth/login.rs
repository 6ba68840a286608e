//! `POST /api/v1/auth/login`: email and password in, session tokens out.

use actix_web::{HttpRequest, HttpResponse, web};
use kampus_store::users::{self, User};
use kampus_store::{Email, StoreError, rate_limits, sessions};
use serde::Deserialize;
use utoipa::ToSchema;

use super::{SessionTokens, client_ip, session_tokens};
use crate::auth::password;
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    #[schema(example = "ana.kovac@msb.gov.ba")]
    pub email: String,
    #[schema(example = "correct horse battery staple", format = Password)]
    pub password: String,
}

enum Outcome {
    SignedIn(Box<User>, sessions::IssuedRefreshToken),
    WrongCredentials,
    NotVerified,
    Locked { retry_after_secs: u64 },
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
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Wrong email or password", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Email address not confirmed yet", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts; see Retry-After", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Json<LoginRequest>,
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
    let email = Email::parse(&email);
    let mut invalid = Vec::new();
    if email.is_err() {
        invalid.push(FieldError::new("email", "field-invalid-email"));
    }
    if given.is_empty() {
        invalid.push(FieldError::new("password", "field-required"));
    }
    let (Ok(email), true) = (email, invalid.is_empty()) else {
        return Err(ApiError::Validation(invalid));
    };

    let db_state = state.clone();
    let outcome = state
        .db
        .run(move |conn| {
            let now = db_state.clock.now();
            let settings = db_state.throttle;
            let bucket = format!("login-failures:{email}");
            let (failures, window_end) =
                rate_limits::current(conn, &bucket, settings.account_window, now)?;
            if failures >= settings.account_failures {
                let wait = (window_end - now).num_seconds().max(1);
                return Ok(Outcome::Locked {
                    retry_after_secs: u64::try_from(wait).unwrap_or(1),
                });
            }
            let user = users::find_by_email(conn, &email)?;
            // argon2 is CPU-bound: it runs here, on the blocking pool, not on the worker.
            let matches =
                if let Some(stored) = user.as_ref().and_then(|u| u.password_hash.as_deref()) {
                    password::verify(&given, stored)
                } else {
                    password::verify_against_dummy(&given);
                    false
                };
            let user = user.filter(|u| matches && u.deactivated_at.is_none());
            conn.write_transaction(|tx| match user {
                None => {
                    rate_limits::hit(tx, &bucket, settings.account_window, now)?;
                    Ok::<_, StoreError>(Outcome::WrongCredentials)
                }
                Some(user) => {
                    rate_limits::clear(tx, &bucket)?;
                    if user.email_verified_at.is_none() {
                        return Ok(Outcome::NotVerified);
                    }
                    let refresh = sessions::start(tx, user.id, now)?;
                    Ok(Outcome::SignedIn(Box::new(user), refresh))
                }
            })
        })
        .await?;

    match outcome {
        Outcome::SignedIn(user, refresh) => {
            tracing::info!(user_id = %user.id, "signed in");
            Ok(HttpResponse::Ok().json(session_tokens(&state, &user, refresh)?))
        }
        Outcome::WrongCredentials => Err(ApiError::InvalidCredentials),
        Outcome::NotVerified => Err(ApiError::EmailNotVerified),
        Outcome::Locked { retry_after_secs } => Err(ApiError::TooManyRequests { retry_after_secs }),
    }
}
