//! `/admin/xapi/credentials`: the keys and secrets LRS clients use at `/xapi` — the list, and
//! a form to make one (a name, its scopes, the institutions it is bound to); the secret is
//! shown once, on the page that answers the form, as the JSON API shows it once (only its
//! hash is kept). `/admin/xapi/credentials/{key}/revoke` asks before a credential stops
//! working. The workflows are the LRS's ([`kampus_xapi::lrs::credentials`]: both changes go
//! to the audit log); the form's rules are the API's (`/api/v1/admin/xapi/credentials`).
//!
//! The page with the new secret answers the POST itself instead of redirecting: a redirect
//! would have to carry the secret in its address, where history and logs keep it.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_store::institutions::Institution;
use kampus_usecases::FieldError;
use kampus_usecases::admin::lrs_credentials;
use kampus_xapi::lrs::Scope;
use kampus_xapi::lrs::credentials::{CreateError, Credential, NewCredential};

use super::Admin;
use crate::error::PageError;
use crate::forms::Posted;
use crate::pages::page;
use crate::pages::view::Choice;
use crate::respond::{self, Chrome};
use crate::state::WebState;
use crate::tr::{FieldMessages, Tr};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        page("/admin/xapi/credentials")
            .route(web::get().to(list))
            .route(web::post().to(create)),
    )
    .service(
        page("/admin/xapi/credentials/{key}/revoke")
            .route(web::get().to(confirm_revoke))
            .route(web::post().to(revoke)),
    );
}

/// The form as typed: a name, and each ticked `scope` and `institution`.
#[derive(Debug, Default)]
pub struct CredentialForm {
    pub name: String,
    pub scopes: Vec<String>,
    pub institutions: Vec<String>,
}

impl CredentialForm {
    fn of(pairs: Vec<(String, String)>) -> Self {
        let mut form = Self::default();
        for (name, value) in pairs {
            match name.as_str() {
                "name" => form.name = value,
                "scope" => form.scopes.push(value),
                "institution" => form.institutions.push(value),
                _ => {}
            }
        }
        form
    }

    /// The credential asked for, or every problem (the API's rules and field names).
    pub fn checked(&self, admin: String) -> Result<NewCredential, Vec<FieldError>> {
        lrs_credentials::checked(&self.name, &self.scopes, &self.institutions, admin)
            .map(|checked| checked.credential)
    }
}

/// The errors as the form shows them: those of one scope or institution (`scopes.2`, the
/// API's name) on their group of boxes (`scopes`), where the page can show them.
fn on_fieldsets(errors: Vec<FieldError>) -> Vec<FieldError> {
    errors
        .into_iter()
        .map(|mut error| {
            if let Some((group, _)) = error.field.split_once('.') {
                error.field = group.to_owned();
            }
            error
        })
        .collect()
}

/// One credential in the list.
#[derive(Debug)]
pub struct CredentialLine {
    pub key: String,
    pub name: String,
    pub scopes: String,
    pub institutions: String,
    pub made: String,
    pub state: String,
    /// Whether it can still be revoked.
    pub open: bool,
}

fn line(tr: &Tr, all: &[Institution], c: &Credential) -> CredentialLine {
    let institutions = if c.institutions.is_empty() {
        tr.t("admin-lrs-all-institutions").into_owned()
    } else {
        c.institutions
            .iter()
            .map(|id| {
                all.iter()
                    .find(|i| i.id.to_string() == *id)
                    .map_or_else(|| id.clone(), |i| i.name.clone())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let state = if c.revoked_at.is_some() {
        "admin-lrs-state-revoked"
    } else {
        "admin-lrs-state-active"
    };
    CredentialLine {
        key: c.key.clone(),
        name: c.name.clone(),
        scopes: c.scopes.split_whitespace().collect::<Vec<_>>().join(", "),
        institutions,
        made: c.created_at.format("%Y-%m-%d %H:%M").to_string(),
        state: tr.t(state).into_owned(),
        open: c.revoked_at.is_none(),
    }
}

#[derive(Debug, Template)]
#[template(path = "admin_lrs_credentials.html")]
pub struct CredentialsPage {
    pub chrome: Chrome,
    pub credentials: Vec<CredentialLine>,
    pub name: String,
    pub scopes: Vec<Choice>,
    pub institutions: Vec<Choice>,
    pub errors: FieldMessages,
    pub done: Option<&'static str>,
}

/// The outcomes a redirect to the list may announce.
const OUTCOMES: [&str; 1] = ["admin-lrs-revoked"];

async fn institutions(state: &WebState) -> Result<Vec<Institution>, PageError> {
    state
        .cases
        .blocking(|conn| Ok::<_, PageError>(kampus_store::institutions::list(conn)?))
        .await
}

/// The list with the form as typed and its errors.
async fn list_page(
    req: &HttpRequest,
    state: &WebState,
    admin: &Admin,
    form: CredentialForm,
    errors: &[FieldError],
    done: Option<&'static str>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let found = state.lrs.credentials().await?;
    let all = institutions(state).await?;
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(req, visitor, state);
    let tr = &chrome.tr;
    let page_view = CredentialsPage {
        credentials: found.iter().map(|c| line(tr, &all, c)).collect(),
        scopes: Scope::ALL
            .iter()
            .map(|s| Choice {
                value: s.name().to_owned(),
                label: s.name().to_owned(),
                selected: form.scopes.iter().any(|given| given == s.name()),
            })
            .collect(),
        institutions: all
            .iter()
            .map(|i| Choice {
                value: i.id.to_string(),
                label: i.name.clone(),
                selected: form.institutions.contains(&i.id.to_string()),
            })
            .collect(),
        name: form.name,
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
    let form = CredentialForm::default();
    list_page(&req, &state, &admin, form, &[], done, StatusCode::OK).await
}

#[derive(Debug, Template)]
#[template(path = "admin_lrs_credential_created.html")]
pub struct CreatedPage {
    pub chrome: Chrome,
    pub credential: CredentialLine,
    pub secret: String,
    pub endpoint: String,
}

async fn create(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    Posted(pairs): Posted<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let form = CredentialForm::of(pairs);
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    let new = match form.checked(admin.0.user.id.to_string()) {
        Ok(new) => new,
        Err(errors) => {
            let errors = on_fieldsets(errors);
            return list_page(&req, &state, &admin, form, &errors, None, unprocessable).await;
        }
    };
    let issued = match state.lrs.create_credential(new).await {
        Ok(issued) => issued,
        Err(CreateError::UnknownInstitutions(unknown)) => {
            let errors: Vec<FieldError> = unknown
                .iter()
                .map(|(at, _)| {
                    FieldError::new(format!("institutions.{at}"), "field-institution-invalid")
                })
                .collect();
            let errors = on_fieldsets(errors);
            return list_page(&req, &state, &admin, form, &errors, None, unprocessable).await;
        }
        Err(CreateError::Lrs(error)) => return Err(error.into()),
    };
    let credential = state
        .lrs
        .credential(issued.key.clone())
        .await?
        .ok_or_else(|| PageError::Internal("a credential just made is not there".into()))?;
    let all = institutions(&state).await?;
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let page_view = CreatedPage {
        credential: line(&chrome.tr, &all, &credential),
        secret: issued.secret,
        endpoint: format!("{}/xapi/", state.settings.public_url),
        chrome: chrome.clone(),
    };
    let mut answer =
        respond::page_with_status(visitor, StatusCode::CREATED, respond::html(&page_view))?;
    // The secret must not stay in any cache.
    answer.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    Ok(answer)
}

#[derive(Debug, Template)]
#[template(path = "admin_lrs_credential_revoke.html")]
pub struct RevokePage {
    pub chrome: Chrome,
    pub credential: CredentialLine,
}

async fn confirm_revoke(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    key: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let found = state
        .lrs
        .credential(key.into_inner())
        .await?
        .ok_or(PageError::NotFound)?;
    let all = institutions(&state).await?;
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let page_view = RevokePage {
        credential: line(&chrome.tr, &all, &found),
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page_view))
}

/// The confirmation's form: nothing but its token.
#[derive(Debug, serde::Deserialize)]
struct RevokeForm {}

async fn revoke(
    state: web::Data<WebState>,
    admin: Admin,
    key: web::Path<String>,
    Posted(_): Posted<RevokeForm>,
) -> Result<HttpResponse, PageError> {
    let by = admin.0.user.id.to_string();
    state
        .lrs
        .revoke_credential(key.into_inner(), Some(by))
        .await?;
    Ok(respond::see_other(
        &admin.0.visitor,
        "/admin/xapi/credentials?done=admin-lrs-revoked",
    ))
}

#[cfg(test)]
mod tests {
    use super::{CredentialForm, on_fieldsets};

    fn form(pairs: &[(&str, &str)]) -> CredentialForm {
        CredentialForm::of(
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        )
    }

    #[test]
    fn the_form_keeps_the_apis_rules_and_field_names() {
        let ok = form(&[
            ("csrf", "t"),
            ("name", " Analytics "),
            ("scope", "statements/read"),
            ("scope", "statements/read"),
            ("institution", "0190f6a1-0000-7000-8000-000000000000"),
        ])
        .checked("admin".into())
        .expect("valid");
        assert_eq!(ok.name, "Analytics");
        assert_eq!(ok.scopes.len(), 1);
        assert_eq!(ok.institutions.len(), 1);
        let errors = form(&[("name", ""), ("institution", "x")])
            .checked("admin".into())
            .expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "scopes", "institutions.0"]);
        let errors = form(&[("name", "A"), ("scope", "everything")])
            .checked("admin".into())
            .expect_err("invalid");
        assert_eq!(errors[0].field, "scopes.0");
        assert_eq!(on_fieldsets(errors)[0].field, "scopes");
    }
}
