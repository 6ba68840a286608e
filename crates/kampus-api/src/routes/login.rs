//! `POST /api/v1/auth/login`: email and password in, access token out.

use actix_web::{HttpResponse, web};
use kampus_store::Email;
use kampus_store::users;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::{ACCESS_TOKEN_TTL, password};
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

#[derive(Debug, Serialize, ToSchema)]
pub struct LoginResponse {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    #[schema(value_type = String, format = DateTime)]
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

/// Signs in with email and password.
///
/// Wrong password and unknown address get the same answer in the same time, so the endpoint
/// does not reveal which addresses have accounts.
#[utoipa::path(
    post,
    path = "/api/v1/auth/login",
    tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in", body = LoginResponse),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Wrong email or password", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn login(
    state: web::Data<AppState>,
    body: web::Json<LoginRequest>,
) -> Result<HttpResponse, ApiError> {
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

    let user = state
        .db
        .run(move |conn| {
            let user = users::find_by_email(conn, &email)?;
            // argon2 is CPU-bound: it runs here, on the blocking pool, not on the worker.
            let matches =
                if let Some(stored) = user.as_ref().and_then(|u| u.password_hash.as_deref()) {
                    password::verify(&given, stored)
                } else {
                    password::verify_against_dummy(&given);
                    false
                };
            Ok(user.filter(|_| matches))
        })
        .await?
        .ok_or(ApiError::InvalidCredentials)?;

    let issued = state
        .tokens
        .issue(&user)
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    tracing::info!(user_id = %user.id, "signed in");
    Ok(HttpResponse::Ok().json(LoginResponse {
        access_token: issued.token,
        token_type: "Bearer",
        expires_in: ACCESS_TOKEN_TTL.num_seconds(),
        expires_at: issued.expires_at.and_utc(),
    }))
}
