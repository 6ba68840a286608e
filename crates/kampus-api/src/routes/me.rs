//! `/api/v1/me`: the signed-in user's own account — read, update, change password, export,
//! delete. Every handler acts on the caller only: there is no id in these paths to tamper with.

use actix_web::{HttpResponse, web};
use kampus_content::Locale;
use kampus_store::institutions;
use kampus_store::users::{self, Gender, ProfileChanges, Role, User};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::auth::{SessionTokens, session_tokens};
use super::patch::Patch;
use crate::auth::account_fields::{
    self as fields, DisplayName, DisplayNameSchema, GivenPassword, NewPassword, keep,
};
use crate::caller::AuthenticatedUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;
use crate::vocabulary::{GenderName, LocaleTag};
use kampus_usecases::accounts::{password, profile};

/// A user's own account, as they see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    #[schema(value_type = String, format = Uuid)]
    pub id: String,
    pub email: String,
    pub display_name: String,
    /// The language of the account's mail and texts.
    #[schema(value_type = LocaleTag)]
    pub preferred_locale: String,
    #[schema(value_type = String, example = "learner")]
    pub role: Role,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub institution_id: Option<String>,
    /// The gender the user gave, or `null`.
    #[schema(value_type = Option<GenderName>)]
    pub gender: Option<Gender>,
    /// Whether the address was confirmed (by its link, or by an invitation sent to it).
    pub email_verified: bool,
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
            gender: user.gender,
            email_verified: user.email_verified_at.is_some(),
        }
    }
}

/// The signed-in user's account.
#[utoipa::path(
    get,
    path = "/api/v1/me",
    tag = "me",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's account", body = Me),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn me(user: AuthenticatedUser) -> web::Json<Me> {
    web::Json(Me::from(&user.0))
}

/// Fields to change; absent fields stay as they are.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MeUpdate {
    /// The new name (`null`: unchanged).
    #[schema(value_type = Option<DisplayNameSchema>)]
    pub display_name: Option<String>,
    /// The new language (`null`: unchanged).
    #[schema(value_type = Option<LocaleTag>)]
    pub preferred_locale: Option<String>,
    /// The new gender; `null` clears it.
    #[serde(default)]
    #[schema(value_type = Option<GenderName>)]
    pub gender: Patch<String>,
}

/// Changes the caller's name, language or gender.
#[utoipa::path(
    patch,
    path = "/api/v1/me",
    operation_id = "update_me",
    tag = "me",
    security(("bearer" = [])),
    request_body = MeUpdate,
    responses(
        (status = 200, description = "The updated account", body = Me),
        (status = 422, description = "The body is not of this shape (`invalid-body`), or members break their schema's rules (`validation-failed`, naming each)", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn update(
    state: web::Data<AppState>,
    user: AuthenticatedUser,
    body: crate::body::Json<MeUpdate>,
) -> Result<web::Json<Me>, ApiError> {
    let body = body.into_inner();
    let mut invalid = Vec::new();
    let display_name = body
        .display_name
        .as_deref()
        .map(|raw| fields::display_name("display_name", raw).map(DisplayName::into_string))
        .transpose();
    let display_name = keep(&mut invalid, display_name);
    let preferred_locale = body
        .preferred_locale
        .as_deref()
        .map(|tag| {
            fields::choice::<LocaleTag>("preferred_locale", tag, &fields::locale_tags())
                .map(Locale::from)
        })
        .transpose();
    let preferred_locale = keep(&mut invalid, preferred_locale);
    let gender = match body.gender {
        Patch::Absent => Ok(None),
        Patch::Null => Ok(Some(None)),
        Patch::Value(raw) => fields::choice::<GenderName>("gender", &raw, &fields::GENDERS)
            .map(|g| Some(Some(Gender::from(g)))),
    };
    let gender = keep(&mut invalid, gender);
    let (Some(display_name), Some(preferred_locale), Some(gender)) =
        (display_name, preferred_locale, gender)
    else {
        return Err(ApiError::Validation(invalid));
    };
    let changes = ProfileChanges {
        display_name,
        preferred_locale,
        gender,
    };
    let id = user.0.id;
    let updated = profile::update(&state.cases, id, changes).await?;
    state.access.forget_user(id);
    Ok(web::Json(Me::from(&updated)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    /// The password the account has now, to confirm the change.
    #[schema(value_type = GivenPassword)]
    pub current_password: String,
    #[schema(value_type = NewPassword)]
    pub new_password: String,
}

/// Changes the caller's password. Every session ends (on every device); the answer carries
/// the tokens of a fresh session for this one.
#[utoipa::path(
    post,
    path = "/api/v1/me/password",
    tag = "me",
    security(("bearer" = [])),
    request_body = PasswordChange,
    responses(
        (status = 200, description = "Changed; new session tokens", body = SessionTokens),
        (status = 403, description = "The current password is not right (`wrong-password`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The body is not of this shape (`invalid-body`), or members break their schema's rules or the new password is a common one (`validation-failed`, naming each)", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn change_password(
    state: web::Data<AppState>,
    user: AuthenticatedUser,
    body: crate::body::Json<PasswordChange>,
) -> Result<HttpResponse, ApiError> {
    let PasswordChange {
        current_password,
        new_password,
    } = body.into_inner();
    let mut invalid = Vec::new();
    let checked = (
        keep(
            &mut invalid,
            fields::given_password("current_password", &current_password),
        ),
        keep(
            &mut invalid,
            password::check_policy("new_password", &new_password),
        ),
    );
    let (Some(()), Some(())) = checked else {
        return Err(ApiError::Validation(invalid));
    };
    let id = user.0.id;
    let (fresh, refresh) = profile::change_password(
        &state.cases,
        &user.0,
        current_password,
        "current_password",
        new_password,
    )
    .await?;
    state.access.forget_user(id);
    Ok(HttpResponse::Ok().json(session_tokens(&state, &fresh, refresh)?))
}

/// Everything Kampus stores about the caller, as JSON (GDPR Art. 20).
#[derive(Debug, Serialize, ToSchema)]
pub struct MeExport {
    pub account: Me,
    #[schema(value_type = Option<Object>)]
    pub institution: Option<institutions::Institution>,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Institutions the caller follows as a trainer.
    #[schema(value_type = Vec<String>)]
    pub trainer_of: Vec<kampus_store::InstitutionId>,
}

/// Exports the caller's data.
#[utoipa::path(
    get,
    path = "/api/v1/me/export",
    tag = "me",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's data", body = MeExport),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn export(
    state: web::Data<AppState>,
    user: AuthenticatedUser,
) -> Result<HttpResponse, ApiError> {
    let user = user.0;
    let (id, institution_id) = (user.id, user.institution_id);
    let (institution, trainer_of) = state
        .db
        .run(move |conn| {
            let institution = institution_id
                .map(|i| institutions::find(conn, i))
                .transpose()?;
            Ok((institution, users::trainer_institutions(conn, id)?))
        })
        .await?;
    Ok(HttpResponse::Ok()
        .insert_header((
            "Content-Disposition",
            "attachment; filename=\"kampus-my-data.json\"",
        ))
        .json(MeExport {
            account: Me::from(&user),
            institution,
            created_at: user.created_at.and_utc(),
            trainer_of,
        }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeleteMe {
    /// The current password, to confirm.
    #[schema(value_type = GivenPassword)]
    pub password: String,
}

/// Deletes the caller's account: personal data is removed, statistics and issued
/// certificates stay valid (see docs/api.md, "Deleting an account").
#[utoipa::path(
    delete,
    path = "/api/v1/me",
    operation_id = "delete_me",
    tag = "me",
    security(("bearer" = [])),
    request_body = DeleteMe,
    responses(
        (status = 204, description = "Deleted"),
        (status = 403, description = "The password is not right (`wrong-password`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The body is not of this shape (`invalid-body`), or the password is empty or too long (`validation-failed`)", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn delete(
    state: web::Data<AppState>,
    user: AuthenticatedUser,
    body: crate::body::Json<DeleteMe>,
) -> Result<HttpResponse, ApiError> {
    let given = body.into_inner().password;
    fields::given_password("password", &given).map_err(|e| ApiError::Validation(vec![e]))?;
    let id = user.0.id;
    profile::delete(&state.cases, &user.0, given, "password").await?;
    state.access.forget_user(id);
    Ok(HttpResponse::NoContent().finish())
}
