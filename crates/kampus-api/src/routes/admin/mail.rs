//! `/api/v1/admin/mail`: messages the outbox gave up on, and retrying them.

use actix_web::web;
use kampus_store::outbox::Mail;
use kampus_usecases::admin::mail;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use crate::caller::AdminUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MailFilter {
    /// Messages in this state (default failed).
    #[param(inline)]
    pub status: Option<MailStatus>,
}

/// Where a message is in the outbox.
#[derive(Debug, Clone, Copy, Default, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum MailStatus {
    Pending,
    Sending,
    Sent,
    #[default]
    Failed,
}

impl MailStatus {
    fn as_str(self) -> &'static str {
        match self {
            MailStatus::Pending => "pending",
            MailStatus::Sending => "sending",
            MailStatus::Sent => "sent",
            MailStatus::Failed => "failed",
        }
    }
}

/// A queued message, as admins see it.
#[derive(Debug, serde::Serialize, ToSchema)]
pub struct MailView {
    pub id: String,
    pub recipient: String,
    pub template: String,
    pub subject: String,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: chrono::DateTime<chrono::Utc>,
}

impl From<&Mail> for MailView {
    fn from(m: &Mail) -> Self {
        Self {
            id: m.id.clone(),
            recipient: m.recipient.clone(),
            template: m.template.clone(),
            subject: m.subject.clone(),
            status: m.status.clone(),
            attempts: m.attempts,
            last_error: m.last_error.clone(),
            created_at: m.created_at.and_utc(),
        }
    }
}

/// Outbox messages by status (admins).
#[utoipa::path(
    get,
    path = "/api/v1/admin/mail",
    operation_id = "list_mail",
    tag = "admin",
    security(("bearer" = [])),
    params(MailFilter),
    responses(
        (status = 200, description = "Messages, oldest first (at most 500)", body = [MailView]),
        (status = 400, description = "An unknown status (`invalid-query`, with the statuses there are)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn list(
    state: web::Data<AppState>,
    _admin: AdminUser,
    filter: crate::query::Query<MailFilter>,
) -> Result<web::Json<Vec<MailView>>, ApiError> {
    let status = filter.into_inner().status.unwrap_or_default().as_str();
    let found = mail::list(&state.cases, status).await?;
    Ok(web::Json(found.iter().map(MailView::from).collect()))
}

/// Puts a failed message back in the queue (admins).
#[utoipa::path(
    post,
    path = "/api/v1/admin/mail/{id}/retry",
    tag = "admin",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "Queued again", body = MailView),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No failed message with this id", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn retry(
    state: web::Data<AppState>,
    _admin: AdminUser,
    id: web::Path<String>,
) -> Result<web::Json<MailView>, ApiError> {
    let id = id.into_inner();
    let mail = mail::retry(&state.cases, id).await?;
    Ok(web::Json(MailView::from(&mail)))
}
