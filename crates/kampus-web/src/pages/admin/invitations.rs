//! `/admin/invitations`: the codes to register with — the list, and a form to make one (for
//! an institution or none, for one address or anyone who has the code, to a role, for so
//! many days and uses); the code is shown once, on the page that answers the form, as the
//! JSON API shows it once (it is stored hashed). `/admin/invitations/{id}/revoke` asks before
//! a code stops working. The rules and workflows are the API's
//! (`/api/v1/admin/invitations`, [`invitations::checked`], [`invitations::create`],
//! [`invitations::revoke`]).
//!
//! The page with the new code answers the POST itself instead of redirecting: a redirect
//! would have to carry the code in its address, where history and logs keep it.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_store::institutions::Institution;
use kampus_store::invitations::Invitation;
use kampus_store::users::Role;
use kampus_usecases::admin::invitations::{self, InviteRequest};
use kampus_usecases::{FieldError, Scope, UseCaseError};
use serde::Deserialize;

use super::Admin;
use super::people::{institution_name, role_choices, role_label};
use crate::error::PageError;
use crate::forms::Posted;
use crate::pages::catalog::Choice;
use crate::pages::page;
use crate::respond::{self, Chrome};
use crate::state::WebState;
use crate::tr::{FieldMessages, Tr};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        page("/admin/invitations")
            .route(web::get().to(list))
            .route(web::post().to(create)),
    )
    .service(
        page("/admin/invitations/{id}/revoke")
            .route(web::get().to(confirm_revoke))
            .route(web::post().to(revoke)),
    );
}

/// The invitation form as typed.
#[derive(Debug, Deserialize)]
pub struct InvitationForm {
    #[serde(default)]
    pub institution_id: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub expires_in_days: String,
    #[serde(default)]
    pub max_uses: String,
}

impl Default for InvitationForm {
    fn default() -> Self {
        Self {
            institution_id: String::new(),
            email: String::new(),
            role: Role::Learner.as_str().to_owned(),
            expires_in_days: "14".to_owned(),
            max_uses: String::new(),
        }
    }
}

/// A field given (not blank), trimmed.
fn given(raw: &str) -> Option<String> {
    Some(raw.trim().to_owned()).filter(|v| !v.is_empty())
}

/// A whole number given in `field`, or its error.
fn number(field: &str, raw: &str, invalid: &mut Vec<FieldError>) -> Option<i64> {
    let raw = given(raw)?;
    raw.parse::<i64>()
        .map_err(|_| invalid.push(FieldError::new(field, "field-number-invalid")))
        .ok()
}

impl InvitationForm {
    /// The request the API would get, and the errors of numbers that are not numbers.
    fn request(&self) -> (InviteRequest, Vec<FieldError>) {
        let mut invalid = Vec::new();
        let request = InviteRequest {
            institution_id: given(&self.institution_id),
            email: given(&self.email),
            role: given(&self.role),
            expires_in_days: number("expires_in_days", &self.expires_in_days, &mut invalid),
            max_uses: number("max_uses", &self.max_uses, &mut invalid),
        };
        (request, invalid)
    }
}

/// One invitation in the list.
#[derive(Debug)]
pub struct InvitationLine {
    pub id: String,
    pub institution: String,
    /// The address it is for, or "anyone with the code".
    pub for_whom: String,
    pub role: String,
    pub expires: String,
    pub uses: String,
    pub state: String,
    /// Whether it can still be revoked.
    pub open: bool,
}

#[derive(Debug, Template)]
#[template(path = "admin_invitations.html")]
pub struct InvitationsPage {
    pub chrome: Chrome,
    pub invitations: Vec<InvitationLine>,
    pub form: InvitationForm,
    pub institutions: Vec<Choice>,
    pub roles: Vec<Choice>,
    pub errors: FieldMessages,
    pub done: Option<&'static str>,
}

fn line(
    tr: &Tr,
    all: &[Institution],
    i: &Invitation,
    now: chrono::NaiveDateTime,
) -> InvitationLine {
    let state = if i.revoked_at.is_some() {
        "admin-invitations-state-revoked"
    } else if i.expires_at <= now {
        "admin-invitations-state-expired"
    } else if i.uses >= i.max_uses {
        "admin-invitations-state-used-up"
    } else {
        "admin-invitations-state-open"
    };
    InvitationLine {
        id: i.id.clone(),
        institution: institution_name(all, i.institution_id),
        for_whom: i
            .email
            .clone()
            .unwrap_or_else(|| tr.t("admin-invitations-anyone").into_owned()),
        role: role_label(tr, i.role),
        expires: i.expires_at.format("%Y-%m-%d %H:%M").to_string(),
        uses: format!("{} / {}", i.uses, i.max_uses),
        state: tr.t(state).into_owned(),
        open: i.revoked_at.is_none(),
    }
}

/// The outcomes a redirect to the list may announce.
const OUTCOMES: [&str; 1] = ["admin-invitations-revoked"];

/// The list with the form as typed and its errors.
async fn list_page(
    req: &HttpRequest,
    state: &WebState,
    admin: &Admin,
    form: InvitationForm,
    errors: &[FieldError],
    done: Option<&'static str>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let (found, all) = state
        .cases
        .blocking(|conn| {
            let found = kampus_store::invitations::list(conn, None)?;
            let all = kampus_store::institutions::list(conn)?;
            Ok::<_, PageError>((found, all))
        })
        .await?;
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(req, visitor, state);
    let tr = &chrome.tr;
    let now = state.cases.now();
    let roles = role_choices(tr, form.role.parse().ok());
    let page_view = InvitationsPage {
        invitations: found.iter().map(|i| line(tr, &all, i, now)).collect(),
        institutions: all
            .iter()
            .map(|i| Choice {
                value: i.id.to_string(),
                label: i.name.clone(),
                selected: i.id.to_string() == form.institution_id,
            })
            .collect(),
        roles,
        form,
        errors: FieldMessages::of(tr, errors),
        done,
        chrome: chrome.clone(),
    };
    respond::page_with_status(visitor, status, respond::html(&page_view))
}

async fn list(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
) -> Result<HttpResponse, PageError> {
    let done = crate::pages::done_of(&req, &OUTCOMES);
    let form = InvitationForm::default();
    list_page(&req, &state, &admin, form, &[], done, StatusCode::OK).await
}

#[derive(Debug, Template)]
#[template(path = "admin_invitation_created.html")]
pub struct CreatedPage {
    pub chrome: Chrome,
    pub code: String,
    pub link: String,
    pub institution: String,
    pub for_whom: String,
    pub role: String,
    pub expires: String,
    pub max_uses: i32,
    pub emailed: bool,
}

async fn create(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    Posted(form): Posted<InvitationForm>,
) -> Result<HttpResponse, PageError> {
    let (request, mut invalid) = form.request();
    let user = &admin.0.user;
    let checked = invitations::checked(&request, user.id, user.display_name.clone());
    let invite = match checked {
        Ok(invite) if invalid.is_empty() => invite,
        Ok(_) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return list_page(&req, &state, &admin, form, &invalid, None, status).await;
        }
        Err(errors) => {
            invalid.extend(errors);
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return list_page(&req, &state, &admin, form, &invalid, None, status).await;
        }
    };
    let (invitation, code) = match invitations::create(&state.cases, invite).await {
        Ok(created) => created,
        Err(UseCaseError::UnknownReference(errors)) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return list_page(&req, &state, &admin, form, &errors, None, status).await;
        }
        Err(other) => return Err(other.into()),
    };
    let all = state
        .cases
        .blocking(|conn| Ok::<_, PageError>(kampus_store::institutions::list(conn)?))
        .await?;
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let tr = &chrome.tr;
    let page_view = CreatedPage {
        link: format!("{}/register?code={code}", state.settings.public_url),
        code,
        institution: institution_name(&all, invitation.institution_id),
        for_whom: invitation
            .email
            .clone()
            .unwrap_or_else(|| tr.t("admin-invitations-anyone").into_owned()),
        role: role_label(tr, invitation.role),
        expires: invitation.expires_at.format("%Y-%m-%d %H:%M").to_string(),
        max_uses: invitation.max_uses,
        emailed: invitation.email.is_some(),
        chrome: chrome.clone(),
    };
    respond::page_with_status(visitor, StatusCode::CREATED, respond::html(&page_view))
}

#[derive(Debug, Template)]
#[template(path = "admin_invitation_revoke.html")]
pub struct RevokePage {
    pub chrome: Chrome,
    pub invitation: InvitationLine,
}

async fn confirm_revoke(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let (found, all) = state
        .cases
        .blocking(move |conn| {
            let found = kampus_store::invitations::find(conn, &id)?;
            let all = kampus_store::institutions::list(conn)?;
            Ok::<_, PageError>((found, all))
        })
        .await?;
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let page_view = RevokePage {
        invitation: line(&chrome.tr, &all, &found, state.cases.now()),
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page_view))
}

/// The confirmation's form: nothing but its token.
#[derive(Debug, Deserialize)]
struct RevokeForm {}

async fn revoke(
    state: web::Data<WebState>,
    admin: Admin,
    id: web::Path<String>,
    Posted(_): Posted<RevokeForm>,
) -> Result<HttpResponse, PageError> {
    invitations::revoke(&state.cases, id.into_inner(), Scope::All).await?;
    Ok(respond::see_other(
        &admin.0.visitor,
        "/admin/invitations?done=admin-invitations-revoked",
    ))
}
