//! `POST /api/v1/auth/refresh`, `/logout` and `/logout-all`.

use actix_web::{HttpResponse, web};
use kampus_usecases::accounts::sessions;
use serde::Deserialize;
use utoipa::ToSchema;

use super::{SessionTokens, session_tokens};
use crate::auth::account_fields::{self, OpaqueToken};
use crate::caller::AuthenticatedUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    /// The refresh token of the session, as sign-in or the last refresh gave it.
    #[schema(value_type = OpaqueToken)]
    pub refresh_token: String,
}

/// Exchanges a refresh token for new tokens.
///
/// Each refresh token works once. Presenting one that was already used revokes every token
/// of its session: a copy is in someone else's hands.
#[utoipa::path(
    post,
    path = "/api/v1/auth/refresh",
    tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 200, description = "New tokens; the presented refresh token is spent", body = SessionTokens),
        (status = 401, description = "Unknown, expired, revoked or reused refresh token, or a deactivated account (`unauthenticated`)", body = Problem, content_type = "application/problem+json",
            headers(("WWW-Authenticate" = String, description = "`Bearer`"))),
        (status = 422, description = "The body is not of this shape (`invalid-body`), or the token is empty or too long (`validation-failed`)", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn refresh(
    state: web::Data<AppState>,
    body: crate::body::Json<RefreshRequest>,
) -> Result<HttpResponse, ApiError> {
    let presented = body.into_inner().refresh_token;
    account_fields::token("refresh_token", &presented)
        .map_err(|e| ApiError::Validation(vec![e]))?;
    let rotated = sessions::refresh(&state.cases, presented).await?;
    match rotated {
        Some((user, next)) => Ok(HttpResponse::Ok().json(session_tokens(&state, &user, next)?)),
        _ => Err(ApiError::Unauthenticated),
    }
}

/// Ends the session a refresh token belongs to: its refresh tokens and its access tokens stop
/// working at once. Always 204: logging out twice is fine.
#[utoipa::path(
    post,
    path = "/api/v1/auth/logout",
    tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 204, description = "Signed out"),
        (status = 422, description = "The body is not of this shape (`invalid-body`), or the token is empty or too long (`validation-failed`)", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn logout(
    state: web::Data<AppState>,
    body: crate::body::Json<RefreshRequest>,
) -> Result<HttpResponse, ApiError> {
    let presented = body.into_inner().refresh_token;
    account_fields::token("refresh_token", &presented)
        .map_err(|e| ApiError::Validation(vec![e]))?;
    let ended = sessions::sign_out(&state.cases, presented).await?;
    // The session's access tokens stop working at once: every request reads whether their
    // session is open, and this node forgets that it was.
    if let Some(ended) = ended {
        state.access.forget_session(&ended.session_id);
    }
    Ok(HttpResponse::NoContent().finish())
}

/// Ends every session of the caller, on every device; access tokens stop working at once.
#[utoipa::path(
    post,
    path = "/api/v1/auth/logout-all",
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Signed out everywhere"),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn logout_all(
    state: web::Data<AppState>,
    user: AuthenticatedUser,
) -> Result<HttpResponse, ApiError> {
    let id = user.0.id;
    sessions::sign_out_everywhere(&state.cases, id).await?;
    state.access.forget_user(id);
    Ok(HttpResponse::NoContent().finish())
}
