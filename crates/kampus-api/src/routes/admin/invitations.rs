//! `/api/v1/admin/invitations`: codes to register with. Admins invite anyone to any role;
//! trainers invite learners to the institutions they follow.

use actix_web::{HttpResponse, web};
use kampus_store::InstitutionId;
use kampus_store::invitations::Invitation;
use kampus_store::users::Role;
use kampus_usecases::admin::invitations::{self, InviteRequest};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::users::RoleName;
use crate::auth::account_fields::EmailAddress;
use crate::caller::StaffUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationView {
    pub id: String,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub institution_id: Option<InstitutionId>,
    pub email: Option<String>,
    #[schema(value_type = RoleName)]
    pub role: Role,
    #[schema(value_type = String, format = DateTime)]
    pub expires_at: chrono::DateTime<chrono::Utc>,
    pub max_uses: i32,
    pub uses: i32,
    pub revoked: bool,
    /// The code, shown only in the answer that creates it (it is stored hashed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

impl InvitationView {
    fn new(i: &Invitation, code: Option<String>) -> Self {
        Self {
            id: i.id.clone(),
            institution_id: i.institution_id,
            email: i.email.clone(),
            role: i.role,
            expires_at: i.expires_at.and_utc(),
            max_uses: i.max_uses,
            uses: i.uses,
            revoked: i.revoked_at.is_some(),
            code,
        }
    }
}

/// Invitations the caller may manage.
#[utoipa::path(
    get,
    path = "/api/v1/admin/invitations",
    operation_id = "list_invitations",
    tag = "admin",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Invitations, newest first", body = [InvitationView]),
        (status = 403, description = "Learners may not list invitations", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn list(
    state: web::Data<AppState>,
    staff: StaffUser,
) -> Result<web::Json<Vec<InvitationView>>, ApiError> {
    let scope = staff.scope.clone();
    let found = state
        .db
        .run(move |conn| kampus_store::invitations::list(conn, scope.institutions()))
        .await?;
    Ok(web::Json(
        found.iter().map(|i| InvitationView::new(i, None)).collect(),
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewInvitationRequest {
    /// The institution new accounts join, by id (required for trainers: one they follow).
    #[schema(
        value_type = Option<String>,
        format = Uuid,
        pattern = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
    )]
    pub institution_id: Option<String>,
    /// Invite one person: the code is emailed to this address and works only for it (the
    /// address rule of registration).
    #[schema(value_type = Option<EmailAddress>)]
    pub email: Option<String>,
    /// The role of the accounts made with it (default learner); trainers may only invite
    /// learners.
    #[schema(value_type = Option<RoleName>)]
    pub role: Option<String>,
    /// Days the code works, 1 to 365 (default 14).
    #[schema(minimum = 1, maximum = 365)]
    #[serde(default, deserialize_with = "crate::body::whole_number::optional")]
    pub expires_in_days: Option<i64>,
    /// Accounts the code can make, 1 to 10 000 (default 1 for an email invitation, 100 for a
    /// shared code).
    #[schema(value_type = Option<i32>, minimum = 1, maximum = 10_000)]
    #[serde(default, deserialize_with = "crate::body::whole_number::optional")]
    pub max_uses: Option<i64>,
}

/// Creates an invitation code (emailed when an address is given).
#[utoipa::path(
    post,
    path = "/api/v1/admin/invitations",
    operation_id = "create_invitation",
    tag = "admin",
    security(("bearer" = [])),
    request_body = NewInvitationRequest,
    responses(
        (status = 201, description = "Created; `code` is shown this once", body = InvitationView),
        (status = 403, description = "Learners may not invite; trainers invite only learners, only to an institution they follow", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`unknown-reference`: no institution has the `institution_id` given", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid-body`: not the members this operation takes; `validation-failed`: an id, address, role or number that breaks its rule, each named", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn create(
    state: web::Data<AppState>,
    staff: StaffUser,
    body: crate::body::Json<NewInvitationRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    let request = InviteRequest {
        institution_id: body.institution_id,
        email: body.email,
        role: body.role,
        expires_in_days: body.expires_in_days,
        max_uses: body.max_uses,
    };
    let invite = invitations::checked(&request, staff.user.id, staff.user.display_name.clone())
        .map_err(ApiError::Validation)?;
    // Trainers invite learners, and only into institutions they follow.
    if staff.user.role == Role::Trainer
        && (invite.role != Role::Learner || !staff.scope.includes(invite.institution))
    {
        return Err(ApiError::Forbidden);
    }
    let (invitation, code) = invitations::create(&state.cases, invite).await?;
    Ok(HttpResponse::Created().json(InvitationView::new(&invitation, Some(code))))
}

/// Revokes an invitation: its code stops working (accounts made with it stay).
#[utoipa::path(
    delete,
    path = "/api/v1/admin/invitations/{id}",
    operation_id = "revoke_invitation",
    tag = "admin",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "Revoked", body = InvitationView),
        (status = 403, description = "Learners may not revoke invitations", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such invitation in the caller's scope", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn revoke(
    state: web::Data<AppState>,
    staff: StaffUser,
    id: web::Path<String>,
) -> Result<web::Json<InvitationView>, ApiError> {
    let id = id.into_inner();
    let revoked = invitations::revoke(&state.cases, id, staff.scope.clone()).await?;
    Ok(web::Json(InvitationView::new(&revoked, None)))
}
