//! Authorization by role, as extractors: a handler that takes [`AdminUser`] cannot run for
//! anyone else, and one that takes [`StaffUser`] gets the caller's [`Scope`], which every
//! query about people must apply.

use std::future::Future;
use std::pin::Pin;

use actix_web::{FromRequest, HttpRequest, dev::Payload, web};
use kampus_store::users::{Role, User};

use super::AuthenticatedUser;
use crate::error::ApiError;
use crate::state::AppState;

/// The caller, who must be an admin.
#[derive(Debug, Clone)]
pub struct AdminUser(pub User);

impl FromRequest for AdminUser {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let user = AuthenticatedUser::from_request(req, payload);
        Box::pin(async move {
            let AuthenticatedUser(user) = user.await?;
            if user.role != Role::Admin {
                return Err(ApiError::Forbidden);
            }
            Ok(AdminUser(user))
        })
    }
}

/// Which people's data a staff member may see (a workflow's notion too).
pub use kampus_usecases::scope::Scope;

/// The caller, who must be a trainer or an admin, with the scope of what they may see.
#[derive(Debug, Clone)]
pub struct StaffUser {
    pub user: User,
    pub scope: Scope,
}

impl FromRequest for StaffUser {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let user = AuthenticatedUser::from_request(req, payload);
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let AuthenticatedUser(user) = user.await?;
            let state =
                state.ok_or_else(|| ApiError::Internal("application state missing".into()))?;
            let scope = kampus_usecases::reports::staff::scope_of(&state.cases, &user)
                .await?
                .ok_or(ApiError::Forbidden)?;
            Ok(StaffUser { user, scope })
        })
    }
}
