//! The signed-in user, extracted from the bearer token of a request.

use std::future::Future;
use std::pin::Pin;

use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};
use kampus_store::users::{self, User};

use crate::error::ApiError;
use crate::request_locale::UserLocale;
use crate::state::AppState;

/// The user who sent the request, loaded fresh from the database (so a role change or a
/// removed account takes effect at once for every endpoint that uses this extractor).
#[derive(Debug, Clone)]
pub struct AuthenticatedUser(pub User);

impl FromRequest for AuthenticatedUser {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let state = req
                .app_data::<web::Data<AppState>>()
                .ok_or_else(|| ApiError::Internal("application state missing".into()))?;
            let token = super::bearer_token(&req).ok_or(ApiError::Unauthenticated)?;
            let claims = state.tokens.verify(token).map_err(|e| {
                tracing::debug!(error = %e, "access token refused");
                ApiError::Unauthenticated
            })?;
            let id = claims.user_id().map_err(|_| ApiError::Unauthenticated)?;
            let user = state
                .db
                .run(move |conn| users::find(conn, id))
                .await
                .map_err(|e| match e {
                    ApiError::NotFound => ApiError::Unauthenticated,
                    other => other,
                })?;
            // Deactivation and "sign out everywhere" take effect at once, not when the token
            // expires: the user record is read on every authenticated request.
            if !user.accepts_token_issued_at(claims.iat_ms) {
                return Err(ApiError::Unauthenticated);
            }
            req.extensions_mut()
                .insert(UserLocale(user.preferred_locale));
            Ok(AuthenticatedUser(user))
        })
    }
}

/// The caller if they sent an access token, `None` for an anonymous request. A token that is
/// sent but invalid is refused (401) rather than silently ignored.
#[derive(Debug, Clone)]
pub struct MaybeUser(pub Option<User>);

impl FromRequest for MaybeUser {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        if super::bearer_token(req).is_none() {
            return Box::pin(async { Ok(MaybeUser(None)) });
        }
        let user = AuthenticatedUser::from_request(req, payload);
        Box::pin(async move { Ok(MaybeUser(Some(user.await?.0))) })
    }
}
