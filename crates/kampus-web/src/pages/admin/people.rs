//! `/admin/people`: everyone with an account, searched by name or address and filtered by
//! role, a page at a time (the query string holds it all, so a search can be bookmarked);
//! `/admin/people/{id}`: one person — their role, deactivation and, for a trainer, the
//! institutions they follow. The changes are the JSON API's (`/api/v1/admin/users`) through
//! the same workflows ([`people::update`], [`people::assign`]), so they are audited alike.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_store::institutions::Institution;
use kampus_store::users::{self, Role};
use kampus_store::{InstitutionId, UserId};
use kampus_usecases::admin::people::{self, Person, PersonChanges};
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
    cfg.service(page("/admin/people").route(web::get().to(list)))
        .service(page("/admin/people/{id}").route(web::get().to(show)))
        .service(page("/admin/people/{id}/role").route(web::post().to(change_role)))
        .service(page("/admin/people/{id}/status").route(web::post().to(change_status)))
        .service(page("/admin/people/{id}/institutions").route(web::post().to(assign)));
}

/// People a page shows.
const PAGE_SIZE: i64 = 50;

/// The roles, as forms and the query string name them.
const ROLES: [Role; 3] = [Role::Learner, Role::Trainer, Role::Admin];

/// The roles as choices, `selected` chosen.
pub fn role_choices(tr: &Tr, selected: Option<Role>) -> Vec<Choice> {
    ROLES
        .iter()
        .map(|role| Choice {
            value: role.as_str().to_owned(),
            label: role_label(tr, *role),
            selected: Some(*role) == selected,
        })
        .collect()
}

/// A role's name in the page's language.
pub fn role_label(tr: &Tr, role: Role) -> String {
    tr.t(&format!("admin-people-role-{}", role.as_str()))
        .into_owned()
}

/// An institution's name, or "—" for none or one not found.
pub fn institution_name(all: &[Institution], id: Option<InstitutionId>) -> String {
    id.and_then(|id| all.iter().find(|i| i.id == id))
        .map_or_else(|| "—".to_owned(), |i| i.name.clone())
}

/// One person in the list.
#[derive(Debug)]
pub struct PersonLine {
    pub id: String,
    pub name: String,
    pub email: String,
    pub role: String,
    pub institution: String,
    pub deactivated: bool,
}

#[derive(Debug, Template)]
#[template(path = "admin_people.html")]
pub struct PeoplePage {
    pub chrome: Chrome,
    pub q: String,
    pub roles: Vec<Choice>,
    pub errors: FieldMessages,
    pub people: Vec<PersonLine>,
    /// The query strings of the previous and next pages, when there are such.
    pub previous: Option<String>,
    pub next: Option<String>,
    pub page_number: i64,
}

#[derive(Debug, Deserialize)]
struct Search {
    #[serde(default)]
    q: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    page: Option<String>,
}

/// The query string of the search on page `number`.
fn search_link(q: &str, role: Option<Role>, number: i64) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    if !q.is_empty() {
        query.append_pair("q", q);
    }
    if let Some(role) = role {
        query.append_pair("role", role.as_str());
    }
    query.append_pair("page", &number.to_string());
    format!("/admin/people?{}", query.finish())
}

async fn list(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
) -> Result<HttpResponse, PageError> {
    let search = serde_urlencoded::from_str::<Search>(req.query_string()).map_err(|_| {
        // Only repeated or malformed pairs get here: nothing to show of them.
        PageError::BadForm
    })?;
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let mut invalid = Vec::new();
    let role = match search.role.as_str() {
        "" => None,
        raw => raw
            .parse::<Role>()
            .map_err(|_| invalid.push(FieldError::new("role", "field-role-invalid")))
            .ok(),
    };
    let number = match search.page.as_deref().map(str::parse::<i64>) {
        None => 1,
        Some(Ok(n)) if (1..=1_000_000).contains(&n) => n,
        Some(_) => {
            invalid.push(FieldError::new("page", "field-number-invalid"));
            1
        }
    };
    let q = search.q.trim().to_owned();
    let (found, institutions) = if invalid.is_empty() {
        let text = q.clone();
        state
            .cases
            .blocking(move |conn| {
                let filter = users::ListFilter {
                    role,
                    text: Some(&text),
                    ..users::ListFilter::default()
                };
                let found = people::list(conn, &filter, PAGE_SIZE + 1, (number - 1) * PAGE_SIZE)?;
                let institutions = kampus_store::institutions::list(conn)?;
                Ok::<_, PageError>((found, institutions))
            })
            .await?
    } else {
        (Vec::new(), Vec::new())
    };
    let more = i64::try_from(found.len()).unwrap_or(i64::MAX) > PAGE_SIZE;
    let tr = &chrome.tr;
    let lines = found
        .into_iter()
        .take(usize::try_from(PAGE_SIZE).unwrap_or(usize::MAX))
        .map(|p| PersonLine {
            id: p.user.id.to_string(),
            name: p.user.display_name.clone(),
            email: p.user.email.to_string(),
            role: role_label(tr, p.user.role),
            institution: institution_name(&institutions, p.user.institution_id),
            deactivated: p.user.deactivated_at.is_some(),
        })
        .collect();
    let status = if invalid.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page_view = PeoplePage {
        roles: role_choices(tr, role),
        errors: FieldMessages::of(tr, &invalid),
        people: lines,
        previous: (number > 1).then(|| search_link(&q, role, number - 1)),
        next: more.then(|| search_link(&q, role, number + 1)),
        page_number: number,
        q,
        chrome: chrome.clone(),
    };
    respond::page_with_status(visitor, status, respond::html(&page_view))
}

/// An institution a trainer may follow, and whether they do.
#[derive(Debug)]
pub struct Followed {
    pub id: String,
    pub name: String,
    pub followed: bool,
}

#[derive(Debug, Template)]
#[template(path = "admin_person.html")]
pub struct PersonPage {
    pub chrome: Chrome,
    pub id: String,
    pub name: String,
    pub email: String,
    pub role: String,
    pub institution: String,
    pub deactivated: bool,
    pub trainer: bool,
    /// The admin looking at their own account (who may not demote or deactivate it).
    pub own: bool,
    pub roles: Vec<Choice>,
    pub institutions: Vec<Followed>,
    pub errors: FieldMessages,
    pub done: Option<&'static str>,
}

/// The outcomes a redirect back to a person's page may announce.
const OUTCOMES: [&str; 5] = [
    "admin-people-role-changed",
    "admin-people-deactivated",
    "admin-people-reactivated",
    "admin-people-assigned",
    "admin-people-unassigned",
];

/// The person `id` and every institution.
async fn load(state: &WebState, id: UserId) -> Result<(Person, Vec<Institution>), PageError> {
    state
        .cases
        .blocking(move |conn| {
            let user = users::find(conn, id)?;
            let person = people::person(conn, user)?;
            let institutions = kampus_store::institutions::list(conn)?;
            Ok::<_, PageError>((person, institutions))
        })
        .await
}

/// A person's page, with the `errors` of a form (then with `status`) or the outcome `done`.
fn person_page(
    chrome: Chrome,
    admin: &Admin,
    person: &Person,
    institutions: &[Institution],
    errors: &[FieldError],
    done: Option<&'static str>,
) -> PersonPage {
    let tr = &chrome.tr;
    let user = &person.user;
    PersonPage {
        id: user.id.to_string(),
        name: user.display_name.clone(),
        email: user.email.to_string(),
        role: role_label(tr, user.role),
        institution: institution_name(institutions, user.institution_id),
        deactivated: user.deactivated_at.is_some(),
        trainer: user.role == Role::Trainer,
        own: user.id == admin.0.user.id,
        roles: role_choices(tr, Some(user.role)),
        institutions: institutions
            .iter()
            .map(|i| Followed {
                id: i.id.to_string(),
                name: i.name.clone(),
                followed: person.trainer_of.contains(&i.id),
            })
            .collect(),
        errors: FieldMessages::of(tr, errors),
        done,
        chrome,
    }
}

fn parse_user(raw: &str) -> Result<UserId, PageError> {
    raw.parse().map_err(|_| PageError::NotFound)
}

async fn show(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = parse_user(&id)?;
    let (person, institutions) = load(&state, id).await?;
    let done = crate::pages::done_of(&req, &OUTCOMES);
    let chrome = Chrome::new(&req, &admin.0.visitor, &state);
    let page_view = person_page(chrome, &admin, &person, &institutions, &[], done);
    respond::page(&admin.0.visitor, respond::html(&page_view))
}

/// What a form of a person's page came to: the notice to announce, or the error to show at
/// its field with the status (422 for a value that breaks its rule, 409 for a change the
/// workflow refuses).
type Outcome = Result<&'static str, (FieldError, StatusCode)>;

/// A value that breaks its rule.
fn invalid(field: &str, message_id: &'static str) -> Outcome {
    Err((
        FieldError::new(field, message_id),
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

/// A change the workflow refuses.
fn refused(field: &str, message_id: &'static str) -> Outcome {
    Err((FieldError::new(field, message_id), StatusCode::CONFLICT))
}

/// The answer to a form: back to the person's page announcing what was done (303), or the
/// page again with the error.
async fn answer(
    req: &HttpRequest,
    state: &WebState,
    admin: &Admin,
    id: UserId,
    outcome: Result<Outcome, PageError>,
) -> Result<HttpResponse, PageError> {
    let (error, status) = match outcome? {
        Ok(done) => {
            let location = format!("/admin/people/{id}?done={done}");
            return Ok(respond::see_other(&admin.0.visitor, &location));
        }
        Err(refusal) => refusal,
    };
    let (person, institutions) = load(state, id).await?;
    let chrome = Chrome::new(req, &admin.0.visitor, state);
    let page_view = person_page(chrome, admin, &person, &institutions, &[error], None);
    respond::page_with_status(&admin.0.visitor, status, respond::html(&page_view))
}

#[derive(Debug, Deserialize)]
struct RoleForm {
    #[serde(default)]
    role: String,
}

async fn change_role(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    id: web::Path<String>,
    Posted(form): Posted<RoleForm>,
) -> Result<HttpResponse, PageError> {
    let id = parse_user(&id)?;
    let outcome = match form.role.parse::<Role>() {
        Ok(role) => {
            let changes = PersonChanges {
                role: Some(role),
                ..PersonChanges::default()
            };
            let done = "admin-people-role-changed";
            updated(&state, &admin, id, changes, "role", done).await
        }
        Err(_) => Ok(invalid("role", "field-role-invalid")),
    };
    answer(&req, &state, &admin, id, outcome).await
}

/// Applies `changes` as the API's update does (`done` announces it); refused, it is said at
/// `field`.
async fn updated(
    state: &WebState,
    admin: &Admin,
    id: UserId,
    changes: PersonChanges,
    field: &str,
    done: &'static str,
) -> Result<Outcome, PageError> {
    match people::update(&state.cases, admin.0.user.id, id, changes).await {
        Ok(_) => {
            // The learner paths must not go on with the old role or status.
            state.access.forget_user(id);
            Ok(Ok(done))
        }
        Err(UseCaseError::Conflict(_)) => Ok(refused(field, "admin-people-not-yourself")),
        Err(other) => Err(other.into()),
    }
}

#[derive(Debug, Deserialize)]
struct StatusForm {
    #[serde(default)]
    deactivated: String,
    /// The confirmation box, required to deactivate.
    #[serde(default)]
    confirm: String,
}

async fn change_status(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    id: web::Path<String>,
    Posted(form): Posted<StatusForm>,
) -> Result<HttpResponse, PageError> {
    let id = parse_user(&id)?;
    let (deactivated, done) = match form.deactivated.as_str() {
        "true" => (true, "admin-people-deactivated"),
        "false" => (false, "admin-people-reactivated"),
        _ => return Err(PageError::BadForm),
    };
    let outcome = if deactivated && form.confirm != "yes" {
        Ok(invalid("confirm", "admin-people-confirm-required"))
    } else {
        let changes = PersonChanges {
            deactivated: Some(deactivated),
            ..PersonChanges::default()
        };
        updated(&state, &admin, id, changes, "confirm", done).await
    };
    answer(&req, &state, &admin, id, outcome).await
}

#[derive(Debug, Deserialize)]
struct AssignForm {
    #[serde(default)]
    institution: String,
    /// `assign` or `unassign`.
    #[serde(default)]
    action: String,
}

/// Adds an institution to a trainer's or takes one away: the API's assignment of the whole
/// list, with this one more or less.
async fn assign(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    id: web::Path<String>,
    Posted(form): Posted<AssignForm>,
) -> Result<HttpResponse, PageError> {
    let id = parse_user(&id)?;
    let outcome = match form.institution.parse::<InstitutionId>() {
        Ok(institution) => reassigned(&state, &admin, id, institution, &form.action).await,
        Err(_) => Ok(invalid("institution", "field-institution-invalid")),
    };
    answer(&req, &state, &admin, id, outcome).await
}

/// Trainer `id`'s institutions with `institution` added (`action` `assign`) or taken away
/// (`unassign`).
async fn reassigned(
    state: &WebState,
    admin: &Admin,
    id: UserId,
    institution: InstitutionId,
    action: &str,
) -> Result<Outcome, PageError> {
    let (person, _) = load(state, id).await?;
    let mut followed = person.trainer_of;
    let done = match action {
        "assign" => {
            if !followed.contains(&institution) {
                followed.push(institution);
            }
            "admin-people-assigned"
        }
        "unassign" => {
            followed.retain(|i| *i != institution);
            "admin-people-unassigned"
        }
        _ => return Err(PageError::BadForm),
    };
    let indexed = followed.into_iter().enumerate().collect();
    match people::assign(&state.cases, admin.0.user.id, id, indexed).await {
        Ok(_) => Ok(Ok(done)),
        Err(UseCaseError::UnknownReference(_)) => {
            Ok(invalid("institution", "field-institution-invalid"))
        }
        Err(UseCaseError::NotATrainer(_)) => {
            Ok(refused("institution", "admin-people-not-a-trainer"))
        }
        Err(other) => Err(other.into()),
    }
}
