//! Signing up, in and out: registration with an invitation, email verification, login,
//! token refresh, logout and password reset.

pub mod links;
pub mod login;
pub mod password_reset;
pub mod register;
pub mod sessions;
pub mod verification;

use actix_web::HttpRequest;
use chrono::{DateTime, Utc};
use kampus_store::sessions as refresh;
use kampus_store::users::User;
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::ACCESS_TOKEN_TTL;
use crate::error::ApiError;
use crate::state::AppState;

/// A signed-in session: a short-lived access token and the refresh token that renews it.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionTokens {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    #[schema(value_type = String, format = DateTime)]
    pub expires_at: DateTime<Utc>,
    /// Opaque; exchange it at `/api/v1/auth/refresh` for new tokens. Single use.
    pub refresh_token: String,
    #[schema(value_type = String, format = DateTime)]
    pub refresh_expires_at: DateTime<Utc>,
}

/// The tokens of a session whose refresh token is `refresh`.
pub fn session_tokens(
    state: &AppState,
    user: &User,
    refresh: refresh::IssuedRefreshToken,
) -> Result<SessionTokens, ApiError> {
    let access = state
        .tokens
        .issue(user, &refresh.family_id)
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(SessionTokens {
        access_token: access.token,
        token_type: "Bearer",
        expires_in: ACCESS_TOKEN_TTL.num_seconds(),
        expires_at: access.expires_at.and_utc(),
        refresh_token: refresh.token,
        refresh_expires_at: refresh.expires_at.and_utc(),
    })
}

/// The client's address as the server sees it (proxies' headers are not trusted).
pub fn client_ip(req: &HttpRequest) -> Option<std::net::IpAddr> {
    req.peer_addr().map(|a| a.ip())
}
