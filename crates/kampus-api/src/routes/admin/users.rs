//! `/api/v1/admin/users`: people, their roles, status and trainer assignments. Role changes
//! and trainer assignments are written to the audit log in the transaction of the change.

use actix_web::{HttpResponse, web};
use kampus_store::users::{self, Role, User};
use kampus_store::{InstitutionId, StoreError, UserId, audit, institutions};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::{IntoParams, ToSchema};

use super::{parse_field, parse_id};
use crate::auth::{AdminUser, StaffUser};
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::routes::me::Me;
use crate::routes::patch::Patch;
use crate::state::AppState;

/// A user as staff see them.
#[derive(Debug, Serialize, ToSchema)]
pub struct UserView {
    #[serde(flatten)]
    pub account: Me,
    pub deactivated: bool,
    /// For trainers: the institutions they follow.
    #[schema(value_type = Vec<String>)]
    pub trainer_of: Vec<InstitutionId>,
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct Page {
    /// At most 500.
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// People: everyone for admins, members of their institutions for trainers.
#[utoipa::path(
    get,
    path = "/api/v1/admin/users",
    tag = "admin",
    security(("bearer" = [])),
    params(Page),
    responses(
        (status = 200, description = "Users, by email", body = [UserView]),
        (status = 403, description = "Learners may not list users", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn list(
    state: web::Data<AppState>,
    staff: StaffUser,
    page: web::Query<Page>,
) -> Result<web::Json<Vec<UserView>>, ApiError> {
    let limit = page.limit.unwrap_or(100).clamp(1, 500);
    let offset = page.offset.unwrap_or(0).max(0);
    let scope = staff.scope.clone();
    let found = state
        .db
        .run(move |conn| {
            users::list(conn, scope.institutions(), limit, offset)?
                .into_iter()
                .map(|u| view(conn, &u))
                .collect::<Result<Vec<_>, _>>()
        })
        .await?;
    Ok(web::Json(found))
}

fn view(conn: &mut kampus_store::DbConnection, user: &User) -> Result<UserView, StoreError> {
    let trainer_of = if user.role == Role::Trainer {
        users::trainer_institutions(conn, user.id)?
    } else {
        Vec::new()
    };
    Ok(UserView {
        account: Me::from(user),
        deactivated: user.deactivated_at.is_some(),
        trainer_of,
    })
}

/// One user, if the caller may see them (otherwise 404: whether they exist is not said).
#[utoipa::path(
    get,
    path = "/api/v1/admin/users/{id}",
    tag = "admin",
    security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses(
        (status = 200, description = "The user", body = UserView),
        (status = 403, description = "Learners may not see users", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such user in the caller's scope", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn get(
    state: web::Data<AppState>,
    staff: StaffUser,
    id: web::Path<String>,
) -> Result<web::Json<UserView>, ApiError> {
    let id: UserId = parse_id(&id)?;
    let scope = staff.scope.clone();
    let found = state
        .db
        .run(move |conn| {
            let user = users::find(conn, id)?;
            if !scope.includes(user.institution_id) {
                return Err(StoreError::NotFound);
            }
            view(conn, &user)
        })
        .await?;
    Ok(web::Json(found))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UserUpdate {
    /// learner, trainer or admin. Changing it ends the user's sessions.
    pub role: Option<String>,
    /// Deactivating ends the user's sessions at once.
    pub deactivated: Option<bool>,
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub institution_id: Patch<String>,
}

/// Changes a user's role, status or institution (admins).
#[utoipa::path(
    patch,
    path = "/api/v1/admin/users/{id}",
    tag = "admin",
    security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    request_body = UserUpdate,
    responses(
        (status = 200, description = "The updated user", body = UserView),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such user", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn update(
    state: web::Data<AppState>,
    admin: AdminUser,
    id: web::Path<String>,
    body: web::Json<UserUpdate>,
) -> Result<web::Json<UserView>, ApiError> {
    let id: UserId = parse_id(&id)?;
    let body = body.into_inner();
    let mut invalid = Vec::new();
    let role = body
        .role
        .as_deref()
        .map(str::parse::<Role>)
        .transpose()
        .map_err(|_| invalid.push(FieldError::new("role", "field-role-invalid")));
    let institution = match body.institution_id {
        Patch::Absent => Ok(None),
        Patch::Null => Ok(Some(None)),
        Patch::Value(raw) => {
            parse_field::<InstitutionId>("institution_id", &raw, "field-institution-invalid")
                .map(|i| Some(Some(i)))
        }
    }
    .map_err(|e| invalid.push(e));
    let (Ok(role), Ok(institution), true) = (role, institution, invalid.is_empty()) else {
        return Err(ApiError::Validation(invalid));
    };
    let deactivated = body.deactivated;
    let (actor, db_state) = (admin.0.id.to_string(), state.clone());
    let updated = state
        .db
        .run(move |conn| {
            let now = db_state.clock.now();
            conn.write_transaction(|tx| {
                let mut user = users::find(tx, id)?;
                if let Some(institution) = institution {
                    if let Some(i) = institution {
                        institutions::find(tx, i)?;
                    }
                    user = users::set_institution(tx, id, institution, now)?;
                }
                if let Some(role) = role.filter(|r| *r != user.role) {
                    let from = user.role;
                    user = users::set_role(tx, id, role, now)?;
                    let entry = audit::Entry {
                        actor_id: Some(&actor),
                        action: "user.role",
                        subject: &id.to_string(),
                        details: json!({ "from": from, "to": role }),
                    };
                    audit::record(tx, &entry, now)?;
                }
                if let Some(deactivated) =
                    deactivated.filter(|d| *d != user.deactivated_at.is_some())
                {
                    user = users::set_deactivated(tx, id, deactivated, now)?;
                }
                view(tx, &user)
            })
        })
        .await?;
    // Role, institution or deactivation: the learner paths must not go on with the old one.
    state.access.forget_user(id);
    Ok(web::Json(updated))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrainerAssignment {
    /// The institutions the trainer follows (replaces the current list).
    #[schema(value_type = Vec<String>)]
    pub institution_ids: Vec<String>,
}

/// Sets the institutions a trainer follows (admins).
#[utoipa::path(
    put,
    path = "/api/v1/admin/users/{id}/institutions",
    tag = "admin",
    security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    request_body = TrainerAssignment,
    responses(
        (status = 200, description = "The trainer with the new assignments", body = UserView),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such user", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not a trainer, or an unknown institution", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn assign(
    state: web::Data<AppState>,
    admin: AdminUser,
    id: web::Path<String>,
    body: web::Json<TrainerAssignment>,
) -> Result<HttpResponse, ApiError> {
    let id: UserId = parse_id(&id)?;
    let ids = body
        .into_inner()
        .institution_ids
        .iter()
        .map(|raw| {
            parse_field::<InstitutionId>("institution_ids", raw, "field-institution-invalid")
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| ApiError::Validation(vec![e]))?;
    let (actor, db_state) = (admin.0.id.to_string(), state.clone());
    let outcome = state
        .db
        .run(move |conn| {
            let now = db_state.clock.now();
            conn.write_transaction(|tx| {
                let user = users::find(tx, id)?;
                if user.role != Role::Trainer {
                    return Ok(Err(FieldError::new("role", "field-role-invalid")));
                }
                for institution in &ids {
                    if matches!(
                        institutions::find(tx, *institution),
                        Err(StoreError::NotFound)
                    ) {
                        return Ok(Err(FieldError::new(
                            "institution_ids",
                            "field-institution-invalid",
                        )));
                    }
                }
                let from = users::trainer_institutions(tx, id)?;
                users::assign_trainer_institutions(tx, id, &ids, now)?;
                let to = users::trainer_institutions(tx, id)?;
                if to != from {
                    let entry = audit::Entry {
                        actor_id: Some(&actor),
                        action: "user.institutions",
                        subject: &id.to_string(),
                        details: json!({ "from": from, "to": to }),
                    };
                    audit::record(tx, &entry, now)?;
                }
                Ok::<_, StoreError>(Ok(view(tx, &user)?))
            })
        })
        .await?;
    match outcome {
        Ok(view) => Ok(HttpResponse::Ok().json(view)),
        Err(field) => Err(ApiError::Validation(vec![field])),
    }
}
