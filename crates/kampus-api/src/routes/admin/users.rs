//! `/api/v1/admin/users`: people, their roles, status and trainer assignments. Role changes
//! and trainer assignments are written to the audit log in the transaction of the change.

use actix_web::{HttpResponse, web};
use kampus_store::users::{self, Role};
use kampus_store::{InstitutionId, StoreError, UserId};
use kampus_usecases::admin::people::{self, Person, PersonChanges};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{parse_field, parse_id};
use crate::caller::{AdminUser, StaffUser};
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

/// Filters and paging of the list of people.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UserListQuery {
    /// Only members of this institution (an id); a trainer sees only their own
    /// institutions' members whatever it says.
    #[param(
        format = Uuid,
        pattern = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
    )]
    pub institution: Option<String>,
    /// Only people with this role.
    #[param(inline)]
    pub role: Option<RoleName>,
    /// People per page, 1 to 500 (default 100).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
    /// How many to skip (default 0).
    #[param(minimum = 0, maximum = 9_223_372_036_854_775_807_i64)]
    pub offset: Option<i64>,
}

/// A role, as the API names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RoleName {
    Learner,
    Trainer,
    Admin,
}

impl From<RoleName> for Role {
    fn from(name: RoleName) -> Self {
        match name {
            RoleName::Learner => Role::Learner,
            RoleName::Trainer => Role::Trainer,
            RoleName::Admin => Role::Admin,
        }
    }
}

const MAX_LIMIT: i64 = 500;

/// People: everyone for admins, members of their institutions for trainers; by email.
#[utoipa::path(
    get,
    path = "/api/v1/admin/users",
    operation_id = "list_users",
    tag = "admin",
    security(("bearer" = [])),
    params(UserListQuery),
    responses(
        (status = 200, description = "Users, by email", body = [UserView]),
        (status = 403, description = "Learners may not list users", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn list(
    state: web::Data<AppState>,
    staff: StaffUser,
    query: crate::query::Query<UserListQuery>,
) -> Result<web::Json<Vec<UserView>>, ApiError> {
    let query = query.into_inner();
    let mut invalid = Vec::new();
    let limit = query.limit.unwrap_or(100);
    if !(1..=MAX_LIMIT).contains(&limit) {
        invalid.push(FieldError::new("limit", "field-limit-invalid").with_arg("max", MAX_LIMIT));
    }
    let offset = query.offset.unwrap_or(0);
    if offset < 0 {
        invalid.push(FieldError::new("offset", "field-query-value-invalid"));
    }
    let institution = query
        .institution
        .as_deref()
        .map(str::parse::<InstitutionId>)
        .transpose()
        .map_err(|_| invalid.push(FieldError::new("institution", "field-query-value-invalid")));
    let (Ok(institution), true) = (institution, invalid.is_empty()) else {
        return Err(ApiError::InvalidQuery(invalid));
    };
    let role = query.role.map(Role::from);
    let scope = staff.scope.clone();
    let found = state
        .db
        .run(move |conn| {
            let filter = users::ListFilter {
                within: scope.institutions(),
                institution,
                role,
                text: None,
            };
            Ok::<_, StoreError>(
                people::list(conn, &filter, limit, offset)?
                    .into_iter()
                    .map(view)
                    .collect::<Vec<_>>(),
            )
        })
        .await?;
    Ok(web::Json(found))
}

fn view(person: Person) -> UserView {
    UserView {
        account: Me::from(&person.user),
        deactivated: person.user.deactivated_at.is_some(),
        trainer_of: person.trainer_of,
    }
}

/// One user, if the caller may see them (otherwise 404: whether they exist is not said).
#[utoipa::path(
    get,
    path = "/api/v1/admin/users/{id}",
    operation_id = "get_user",
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
            people::person(conn, user).map(view)
        })
        .await?;
    Ok(web::Json(found))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UserUpdate {
    /// Changing it ends the user's sessions. Absent or null: unchanged.
    #[schema(value_type = Option<RoleName>)]
    pub role: Option<String>,
    /// Deactivating ends the user's sessions at once. Absent or null: unchanged.
    pub deactivated: Option<bool>,
    /// The institution the user belongs to; null: none. Absent: unchanged.
    #[serde(default)]
    #[schema(
        value_type = Option<String>,
        format = Uuid,
        pattern = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
    )]
    pub institution_id: Patch<String>,
}

/// Changes a user's role, status or institution (admins).
#[utoipa::path(
    patch,
    path = "/api/v1/admin/users/{id}",
    operation_id = "update_user",
    tag = "admin",
    security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    request_body = UserUpdate,
    responses(
        (status = 200, description = "The updated user", body = UserView),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not-found`: no such user; `unknown-reference`: no institution has the `institution_id` given", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "An admin demoting or deactivating their own account (another admin must)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid-body`: not the members this operation takes; `validation-failed`: a role outside the list or an `institution_id` that is not an id, each named", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn update(
    state: web::Data<AppState>,
    admin: AdminUser,
    id: web::Path<String>,
    body: crate::body::Json<UserUpdate>,
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
            parse_field::<InstitutionId>("institution_id", &raw, "field-uuid-invalid")
                .map(|i| Some(Some(i)))
        }
    }
    .map_err(|e| invalid.push(e));
    let (Ok(role), Ok(institution), true) = (role, institution, invalid.is_empty()) else {
        return Err(ApiError::Validation(invalid));
    };
    let changes = PersonChanges {
        role,
        institution,
        deactivated: body.deactivated,
    };
    let updated = view(people::update(&state.cases, admin.0.id, id, changes).await?);
    // Role, institution or deactivation: the learner paths must not go on with the old one.
    state.access.forget_user(id);
    Ok(web::Json(updated))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrainerAssignment {
    /// The institutions the trainer follows, by id (replaces the current list; an id given
    /// twice counts once).
    #[schema(value_type = Vec<InstitutionIdText>)]
    pub institution_ids: Vec<String>,
}

/// An institution's id (only its schema is used).
#[derive(Debug)]
pub struct InstitutionIdText;

impl utoipa::PartialSchema for InstitutionIdText {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Uuid)))
            .pattern(Some(super::UUID_PATTERN))
            .into()
    }
}

impl ToSchema for InstitutionIdText {}

/// Sets the institutions a trainer follows (admins).
#[utoipa::path(
    put,
    path = "/api/v1/admin/users/{id}/institutions",
    operation_id = "assign_trainer_institutions",
    tag = "admin",
    security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    request_body = TrainerAssignment,
    responses(
        (status = 200, description = "The trainer with the new assignments", body = UserView),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not-found`: no such user; `unknown-reference`: ids that name no institution, each named (`institution_ids.2`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`not-a-trainer`: the user is a learner or an admin; only trainers follow institutions (change the role first)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid-body`: not the members this operation takes; `validation-failed`: items that are not ids, each named (`institution_ids.2`)", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn assign(
    state: web::Data<AppState>,
    admin: AdminUser,
    id: web::Path<String>,
    body: crate::body::Json<TrainerAssignment>,
) -> Result<HttpResponse, ApiError> {
    let id: UserId = parse_id(&id)?;
    let mut ids: Vec<(usize, InstitutionId)> = Vec::new();
    let mut invalid = Vec::new();
    for (index, raw) in body.into_inner().institution_ids.iter().enumerate() {
        let field = format!("institution_ids.{index}");
        match parse_field::<InstitutionId>(&field, raw, "field-uuid-invalid") {
            Ok(institution) if ids.iter().any(|(_, known)| *known == institution) => {}
            Ok(institution) => ids.push((index, institution)),
            Err(error) => invalid.push(error),
        }
    }
    if !invalid.is_empty() {
        return Err(ApiError::Validation(invalid));
    }
    let person = people::assign(&state.cases, admin.0.id, id, ids).await?;
    Ok(HttpResponse::Ok().json(view(person)))
}
