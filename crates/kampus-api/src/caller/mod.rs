//! Who is asking, and in which language: the extractors that turn a bearer token into the
//! signed-in user (and check their role), the guards that refuse a protected area before
//! any body is read, and the negotiation of the response's locale. The HTTP face's own
//! business: the workflows below take plain values.

mod extractor;
pub mod guard;
mod learner;
pub mod locale;
mod optional;
mod roles;

pub use extractor::{AuthenticatedUser, load_user, verified_claims};
pub use learner::{Learner, active_enrollment};
pub use optional::IfSignedIn;
pub use roles::{AdminUser, Scope, StaffUser};

use actix_web::HttpRequest;
use actix_web::http::header;

use crate::error::ApiError;

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
