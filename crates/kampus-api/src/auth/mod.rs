//! Authentication: password hashing, access tokens, and the extractor that turns a bearer
//! token into the signed-in user.

pub mod access_cache;
pub mod account_fields;
mod extractor;
pub mod guard;
mod learner;
pub mod password;
mod roles;
pub mod throttle;
mod tokens;

pub use extractor::{AuthenticatedUser, MaybeUser, load_user, verified_claims};
pub use learner::{Learner, MaybeLearner, active_enrollment};
pub use roles::{AdminUser, Scope, StaffUser};
pub use tokens::{ACCESS_TOKEN_TTL, AccessClaims, AccessTokens, IssuedToken, TokenError};

use actix_web::HttpRequest;

use crate::error::ApiError;
use actix_web::http::header;

/// The application state of a request (always there: an internal error otherwise).
pub fn app_state(
    req: &HttpRequest,
) -> Result<&actix_web::web::Data<crate::state::AppState>, ApiError> {
    req.app_data::<actix_web::web::Data<crate::state::AppState>>()
        .ok_or_else(|| ApiError::Internal("application state missing".into()))
}

/// The token of an `Authorization: Bearer <token>` header, if present.
pub fn bearer_token(req: &HttpRequest) -> Option<&str> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|t| !t.is_empty())
}
