//! The signed-in learner on the hottest paths (lessons, progress, attempts), checked through
//! the node's `AccessCache` (`kampus_usecases::access_cache`) instead of the database on
//! every request.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload};
use kampus_store::users::User;
use kampus_store::{UserId, enrollments};

use super::{load_user, verified_claims};
use crate::auth::AccessClaims;
use crate::caller::locale::UserLocale;
use crate::error::ApiError;
use crate::state::AppState;
use kampus_usecases::access_cache::ActiveEnrollment;

/// The caller, as [`AuthenticatedUser`](super::AuthenticatedUser) but possibly remembered
/// from an earlier request on this node (see the access cache for how fresh it is). The token
/// itself is checked on every request, and so is the account's acceptance of it.
#[derive(Debug, Clone)]
pub struct Learner(pub Arc<User>);

impl FromRequest for Learner {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let state = super::app_state(&req)?;
            let claims = verified_claims(&req, state)?;
            let id = claims.user_id().map_err(|_| ApiError::Unauthenticated)?;
            let remembered = state.access.user(id).filter(|_| {
                claims
                    .sid
                    .as_deref()
                    .is_none_or(|session| state.access.session_open(session))
            });
            let user = match remembered {
                Some(user) => user,
                None => load_and_remember(state, claims.clone()).await?,
            };
            if !user.accepts_token_issued_at(claims.iat_ms) {
                return Err(ApiError::Unauthenticated);
            }
            req.extensions_mut()
                .insert(UserLocale(user.preferred_locale));
            Ok(Learner(user))
        })
    }
}

/// Reads the account and whether the token's session is still open, and keeps both in the
/// access cache.
async fn load_and_remember(state: &AppState, claims: AccessClaims) -> Result<Arc<User>, ApiError> {
    let session = claims.sid.clone();
    let user = state
        .db
        .run(move |conn| load_user(conn, &claims))
        .await?
        .ok_or(ApiError::Unauthenticated)?;
    let user = Arc::new(user);
    state.access.remember_user(Arc::clone(&user));
    if let Some(session) = session {
        state.access.remember_open_session(session);
    }
    Ok(user)
}

/// The learner's active enrollment in the course with id `course_id`, remembered or read.
pub async fn active_enrollment(
    state: &AppState,
    user: UserId,
    course_id: &str,
) -> Result<Option<ActiveEnrollment>, ApiError> {
    if let Some(known) = state.access.enrollment(user, course_id) {
        return Ok(Some(known));
    }
    let course = course_id.to_owned();
    let found = state
        .db
        .run(move |conn| enrollments::find(conn, user, &course))
        .await?
        .filter(enrollments::Enrollment::is_active)
        .map(|e| ActiveEnrollment {
            id: e.id,
            last_lesson_id: e.last_lesson_id,
        });
    if let Some(found) = &found {
        state
            .access
            .remember_enrollment(user, course_id, found.clone());
    }
    Ok(found)
}
