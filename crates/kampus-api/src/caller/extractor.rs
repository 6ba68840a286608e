//! The signed-in user, extracted from the bearer token of a request.

use std::future::Future;
use std::pin::Pin;

use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload};
use kampus_store::users::{self, SessionEnded, User};
use kampus_store::{DbConnection, StoreError};

use crate::auth::AccessClaims;

use crate::caller::locale::UserLocale;
use crate::error::ApiError;
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
            let state = super::app_state(&req)?;
            let claims = verified_claims(&req, state)?;
            let user = state
                .db
                .run(move |conn| load_user(conn, &claims))
                .await?
                .ok_or(ApiError::Unauthenticated)?;
            req.extensions_mut()
                .insert(UserLocale(user.preferred_locale));
            Ok(AuthenticatedUser(user))
        })
    }
}

/// The claims of the request's bearer token, checked (signature, type, time) without the
/// database. A hot path that needs the user and more from the database can take these and
/// call [`load_user`] in its own single trip to the blocking pool.
pub fn verified_claims(req: &HttpRequest, state: &AppState) -> Result<AccessClaims, ApiError> {
    let token = super::bearer_token(req).ok_or(ApiError::Unauthenticated)?;
    state.tokens.verify(token).map_err(|e| {
        tracing::debug!(error = %e, "access token refused");
        ApiError::Unauthenticated
    })
}

/// The user the claims speak for, if the account still accepts this token: deactivation,
/// "sign out everywhere" and signing out of the token's own session take effect at once, not
/// when the token expires, because the user record and the session are read on every
/// authenticated request (one query).
pub fn load_user(
    conn: &mut DbConnection,
    claims: &AccessClaims,
) -> Result<Option<User>, StoreError> {
    let Ok(id) = claims.user_id() else {
        return Ok(None);
    };
    let found = match &claims.sid {
        Some(session) => users::find_in_session(conn, id, session),
        None => users::find(conn, id).map(|user| (user, SessionEnded(false))),
    };
    match found {
        Ok((user, SessionEnded(false))) if user.accepts_token_issued_at(claims.iat_ms) => {
            Ok(Some(user))
        }
        Ok(_) | Err(StoreError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}
