//! `POST /api/v1/auth/login`: email and password in, session tokens out.

use actix_web::{HttpRequest, HttpResponse, web};
use kampus_store::users::{self, User};
use kampus_store::{StoreError, rate_limits, sessions};
use serde::Deserialize;
use utoipa::ToSchema;

use super::{SessionTokens, client_ip, session_tokens};
use crate::auth::account_fields::{self as fields, EmailAddress, GivenPassword, keep};
use crate::auth::password;
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
