//! `GET /api/v1/me`: the signed-in user's own account.

use actix_web::web;
use kampus_store::users::{Role, User};
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::AuthenticatedUser;
use crate::problem::Problem;

/// A user's own account, as they see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    #[schema(value_type = String, format = Uuid)]
    pub id: String,
    pub email: String,
    pub display_name: String,
    /// BCP 47 tag: en, sr-Latn, sr-Cyrl, bs, hr, cnr, mk or sq.
    pub preferred_locale: String,
    #[schema(value_type = String, example = "learner")]
    pub role: Role,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub institution_id: Option<String>,
}

impl From<&User> for Me {
    fn from(user: &User) -> Self {
        Me {
            id: user.id.to_string(),
            email: user.email.to_string(),
            display_name: user.display_name.clone(),
            preferred_locale: user.preferred_locale.tag().to_owned(),
            role: user.role,
            institution_id: user.institution_id.map(|i| i.to_string()),
        }
    }
}

/// The signed-in user's account.
#[utoipa::path(
    get,
    path = "/api/v1/me",
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's account", body = Me),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn me(user: AuthenticatedUser) -> web::Json<Me> {
    web::Json(Me::from(&user.0))
}
