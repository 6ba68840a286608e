//! `/admin/institutions`: every institution, and a form to create one; `/admin/institutions/{id}`:
//! renaming or reclassifying one. The rules and workflows are the JSON API's
//! (`/api/v1/admin/institutions`): a name as certificates print it
//! ([`printed_text::checked`]), a two-letter country code, a kind of the list.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_store::InstitutionId;
use kampus_store::StoreError;
use kampus_store::institutions::{Institution, InstitutionChanges, NewInstitution};
use kampus_usecases::admin::institutions::{self, KINDS, checked_country, checked_kind};
use kampus_usecases::admin::printed_text::{self, MAX_NAME_CHARS};
use kampus_usecases::{FieldError, UseCaseError};
use serde::Deserialize;

use super::Admin;
use crate::error::PageError;
use crate::forms::Posted;
use crate::pages::catalog::Choice;
use crate::pages::page;
use crate::respond::{self, Chrome};
use crate::state::WebState;
use crate::tr::{FieldMessages, Tr};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        page("/admin/institutions")
            .route(web::get().to(list))
            .route(web::post().to(create)),
    )
    .service(
        page("/admin/institutions/{id}")
            .route(web::get().to(show))
            .route(web::post().to(update)),
    );
}

/// An institution's form as typed (shown again with its errors).
#[derive(Debug, Default, Deserialize)]
pub struct InstitutionForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub country_code: String,
    #[serde(default)]
    pub kind: String,
}

impl From<&Institution> for InstitutionForm {
    fn from(i: &Institution) -> Self {
        Self {
            name: i.name.clone(),
            country_code: i.country_code.to_string(),
            kind: i.kind.as_str().to_owned(),
        }
    }
}

/// The kinds as choices, `selected` chosen.
fn kind_choices(tr: &Tr, selected: &str) -> Vec<Choice> {
    KINDS
        .iter()
        .map(|kind| Choice {
            value: (*kind).to_owned(),
            label: kind_label(tr, kind),
            selected: *kind == selected,
        })
        .collect()
}

fn kind_label(tr: &Tr, kind: &str) -> String {
    tr.t(&format!("admin-institutions-kind-{kind}"))
        .into_owned()
}

/// One institution in the list.
#[derive(Debug)]
pub struct InstitutionLine {
    pub id: String,
    pub name: String,
    pub country_code: String,
    pub kind: String,
}

#[derive(Debug, Template)]
#[template(path = "admin_institutions.html")]
pub struct InstitutionsPage {
    pub chrome: Chrome,
    pub institutions: Vec<InstitutionLine>,
    pub form: InstitutionForm,
    pub kinds: Vec<Choice>,
    pub errors: FieldMessages,
    pub done: Option<&'static str>,
}

#[derive(Debug, Template)]
#[template(path = "admin_institution.html")]
pub struct InstitutionPage {
    pub chrome: Chrome,
    pub id: String,
    pub title: String,
    pub form: InstitutionForm,
    pub kinds: Vec<Choice>,
    pub errors: FieldMessages,
}

/// The outcomes a redirect to the list may announce.
const OUTCOMES: [&str; 2] = ["admin-institutions-created", "admin-institutions-saved"];

/// The list page, with the create form as typed and its errors.
async fn list_page(
    req: &HttpRequest,
    state: &WebState,
    admin: &Admin,
    form: InstitutionForm,
    errors: &[FieldError],
    done: Option<&'static str>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let all = state
        .cases
        .blocking(|conn| Ok::<_, PageError>(kampus_store::institutions::list(conn)?))
        .await?;
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(req, visitor, state);
    let tr = &chrome.tr;
    let page_view = InstitutionsPage {
        institutions: all
            .iter()
            .map(|i| InstitutionLine {
                id: i.id.to_string(),
                name: i.name.clone(),
                country_code: i.country_code.to_string(),
                kind: kind_label(tr, i.kind.as_str()),
            })
            .collect(),
        kinds: kind_choices(tr, &form.kind),
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
    let form = InstitutionForm::default();
    list_page(&req, &state, &admin, form, &[], done, StatusCode::OK).await
}

/// The form's fields checked as the API checks them, or every field's error.
fn checked(form: &InstitutionForm) -> Result<NewInstitution, Vec<FieldError>> {
    let mut invalid = Vec::new();
    let name =
        printed_text::checked("name", &form.name, MAX_NAME_CHARS).map_err(|e| invalid.push(e));
    let country_code = checked_country(&form.country_code).map_err(|e| invalid.push(e));
    let kind = checked_kind(&form.kind).map_err(|e| invalid.push(e));
    let (Ok(name), Ok(country_code), Ok(kind)) = (name, country_code, kind) else {
        return Err(invalid);
    };
    Ok(NewInstitution {
        name,
        country_code,
        kind,
    })
}

/// The error of a name taken in that country (409, as the API answers).
fn name_taken() -> Vec<FieldError> {
    vec![FieldError::new("name", "admin-institutions-name-taken")]
}

fn is_taken(error: &UseCaseError) -> bool {
    matches!(error, UseCaseError::Store(StoreError::Conflict(_)))
}

async fn create(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    Posted(form): Posted<InstitutionForm>,
) -> Result<HttpResponse, PageError> {
    let new = match checked(&form) {
        Ok(new) => new,
        Err(errors) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return list_page(&req, &state, &admin, form, &errors, None, status).await;
        }
    };
    match institutions::create(&state.cases, new).await {
        Ok(_) => Ok(respond::see_other(
            &admin.0.visitor,
            "/admin/institutions?done=admin-institutions-created",
        )),
        Err(error) if is_taken(&error) => {
            let errors = name_taken();
            list_page(
                &req,
                &state,
                &admin,
                form,
                &errors,
                None,
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(error) => Err(error.into()),
    }
}

fn parse_institution(raw: &str) -> Result<InstitutionId, PageError> {
    raw.parse().map_err(|_| PageError::NotFound)
}

/// The edit page of institution `id`, with `form` as typed and its errors.
async fn edit_page(
    req: &HttpRequest,
    state: &WebState,
    admin: &Admin,
    id: InstitutionId,
    form: Option<InstitutionForm>,
    errors: &[FieldError],
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let stored = state
        .cases
        .blocking(move |conn| Ok::<_, PageError>(kampus_store::institutions::find(conn, id)?))
        .await?;
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(req, visitor, state);
    let form = form.unwrap_or_else(|| InstitutionForm::from(&stored));
    let page_view = InstitutionPage {
        id: id.to_string(),
        title: stored.name,
        kinds: kind_choices(&chrome.tr, &form.kind),
        form,
        errors: FieldMessages::of(&chrome.tr, errors),
        chrome: chrome.clone(),
    };
    respond::page_with_status(visitor, status, respond::html(&page_view))
}

async fn show(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = parse_institution(&id)?;
    edit_page(&req, &state, &admin, id, None, &[], StatusCode::OK).await
}

async fn update(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    id: web::Path<String>,
    Posted(form): Posted<InstitutionForm>,
) -> Result<HttpResponse, PageError> {
    let id = parse_institution(&id)?;
    let new = match checked(&form) {
        Ok(new) => new,
        Err(errors) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return edit_page(&req, &state, &admin, id, Some(form), &errors, status).await;
        }
    };
    // Only what changed, as a PATCH of the API would send it (a new country recounts the
    // institution's figures).
    let stored = state
        .cases
        .blocking(move |conn| Ok::<_, PageError>(kampus_store::institutions::find(conn, id)?))
        .await?;
    let changes = InstitutionChanges {
        country_code: (new.country_code != stored.country_code).then_some(new.country_code),
        kind: (new.kind != stored.kind).then_some(new.kind),
        name: (new.name != stored.name).then_some(new.name),
    };
    match institutions::update(&state.cases, id, changes).await {
        Ok(_) => Ok(respond::see_other(
            &admin.0.visitor,
            "/admin/institutions?done=admin-institutions-saved",
        )),
        Err(error) if is_taken(&error) => {
            let errors = name_taken();
            edit_page(
                &req,
                &state,
                &admin,
                id,
                Some(form),
                &errors,
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(error) => Err(error.into()),
    }
}
