//! `/admin/certificates`: admins find a certificate by what people quote (its serial or its
//! verification code) or by its holder (a part of the name or the email), with `q` in the
//! query string so a search can be bookmarked; `/admin/certificates/{id}`: a certificate's
//! facts, status and trail, with revoking and re-issuing it. Each of the two needs a reason
//! (printed on the verification page, so it keeps the rule of
//! [`kampus_usecases::admin::printed_text`]) and a confirmation step: the first post shows
//! what will happen, the second (with `confirm=yes`) does it, through the same use cases as
//! `POST /api/v1/admin/certificates/{certificate}/revoke` and `/reissue`.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_store::CertificateId;
use kampus_store::certificates::{Certificate, Reissued, Revoked};
use kampus_usecases::admin::printed_text::{self, MAX_REASON_CHARS};
use kampus_usecases::certificates::lookup::{self, Found, Record};
use kampus_usecases::certificates::revocation;
use serde::Deserialize;

use super::Admin;
use crate::error::PageError;
use crate::forms::Posted;
use crate::pages::page;
use crate::pages::view::course_title;
use crate::respond::{self, Chrome};
use crate::state::WebState;
use crate::tr::{FieldMessages, Tr};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page("/admin/certificates").route(web::get().to(search)))
        .service(page("/admin/certificates/{id}").route(web::get().to(show)))
        // `revoke` or `reissue`.
        .service(page("/admin/certificates/{id}/{change}").route(web::post().to(change)));
}

/// The longest search the form takes.
const MAX_QUERY_CHARS: usize = 200;

/// A certificate's status: the stylesheet's class and the message id of its label.
fn status_of(certificate: &Certificate) -> (&'static str, &'static str) {
    if certificate.replaced_by.is_some() {
        ("outdated", "admin-certificates-status-replaced")
    } else if certificate.revoked_at.is_some() {
        ("partial", "admin-certificates-status-revoked")
    } else {
        ("complete", "admin-certificates-status-valid")
    }
}

/// One certificate of the results.
#[derive(Debug)]
pub struct FoundLine {
    pub id: String,
    pub serial: String,
    pub holder_name: String,
    pub holder_email: String,
    pub course: String,
    pub issued: String,
    pub status_class: &'static str,
    pub status: String,
}

impl FoundLine {
    fn of(tr: &Tr, content: &kampus_usecases::publishing::live::Content, found: &Found) -> Self {
        let c = &found.certificate;
        let (status_class, status) = status_of(c);
        Self {
            id: c.id.to_string(),
            serial: c.serial.clone(),
            holder_name: found.holder_name.clone(),
            holder_email: found.holder_email.clone(),
            course: course_title(content, tr.locale, &c.course_id),
            issued: c.issued_at.format("%Y-%m-%d").to_string(),
            status_class,
            status: tr.t(status).into_owned(),
        }
    }
}

#[derive(Debug, Template)]
#[template(path = "admin_certificates.html")]
pub struct SearchPage {
    pub chrome: Chrome,
    pub query: String,
    /// Whether a search was made (the results, or "none found", are shown).
    pub searched: bool,
    pub lines: Vec<FoundLine>,
    pub count_line: String,
}

#[derive(Debug, Deserialize)]
struct Search {
    q: Option<String>,
}

async fn search(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    query: web::Query<Search>,
) -> Result<HttpResponse, PageError> {
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let asked: String = query
        .into_inner()
        .q
        .unwrap_or_default()
        .trim()
        .chars()
        .take(MAX_QUERY_CHARS)
        .collect();
    let found = if asked.is_empty() {
        Vec::new()
    } else {
        lookup::find(&state.cases, asked.clone()).await?
    };
    let content = state.content();
    let lines: Vec<FoundLine> = found
        .iter()
        .map(|f| FoundLine::of(&chrome.tr, &content, f))
        .collect();
    let page_view = SearchPage {
        count_line: chrome
            .tr
            .tn("admin-certificates-found", "count", lines.len()),
        searched: !asked.is_empty(),
        query: asked,
        lines,
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page_view))
}

/// One entry of a certificate's trail.
#[derive(Debug)]
pub struct EventLine {
    pub at: String,
    pub action: String,
    pub reason: String,
}

#[derive(Debug, Template)]
#[template(path = "admin_certificates_record.html")]
pub struct CertificatePage {
    pub chrome: Chrome,
    pub line: FoundLine,
    pub code: String,
    pub printed_name: String,
    pub completed: String,
    pub revoked: Option<String>,
    pub reason: Option<String>,
    /// The id and serial of the certificate that replaced this one.
    pub replaced_by: Option<(String, String)>,
    pub events: Vec<EventLine>,
    pub can_revoke: bool,
    pub can_reissue: bool,
    /// What the forms held when they come back with errors.
    pub revoke_reason: String,
    pub reissue_reason: String,
    pub errors: FieldMessages,
    /// The message id of what was just done.
    pub done: Option<&'static str>,
}

impl CertificatePage {
    fn new(
        chrome: Chrome,
        content: &kampus_usecases::publishing::live::Content,
        record: &Record,
    ) -> Self {
        let tr = &chrome.tr;
        let c = &record.found.certificate;
        let events = record
            .events
            .iter()
            .map(|e| EventLine {
                at: e.at.format("%Y-%m-%d %H:%M").to_string(),
                action: tr
                    .t(match e.action.as_str() {
                        "revoked" => "admin-certificates-event-revoked",
                        "replaced" => "admin-certificates-event-replaced",
                        _ => "admin-certificates-event-replaces",
                    })
                    .into_owned(),
                reason: e.reason.clone(),
            })
            .collect();
        Self {
            line: FoundLine::of(tr, content, &record.found),
            code: c.verification_code.clone(),
            printed_name: record.facts.holder_name.clone(),
            completed: record.facts.completed_on.format("%Y-%m-%d").to_string(),
            revoked: c
                .revoked_at
                .map(|at| at.format("%Y-%m-%d %H:%M").to_string()),
            reason: c.revocation_reason.clone(),
            replaced_by: c.replaced_by.clone().zip(record.replaced_by.clone()),
            events,
            can_revoke: c.revoked_at.is_none(),
            can_reissue: c.replaced_by.is_none(),
            revoke_reason: String::new(),
            reissue_reason: String::new(),
            errors: FieldMessages::default(),
            done: None,
            chrome,
        }
    }
}

/// The outcomes a redirect back to a certificate may announce.
const OUTCOMES: [&str; 4] = [
    "admin-certificates-revoked",
    "admin-certificates-reissued",
    "admin-certificates-already-revoked",
    "admin-certificates-already-replaced",
];

fn certificate_id(raw: &str) -> Result<CertificateId, PageError> {
    CertificateId::parse_exact(raw).ok_or(PageError::NotFound)
}

async fn show(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = certificate_id(&id)?;
    let done = crate::pages::done_of(&req, &OUTCOMES);
    let record = lookup::record(&state.cases, id).await?;
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let mut page_view = CertificatePage::new(chrome, &state.content(), &record);
    page_view.done = done;
    respond::page(visitor, respond::html(&page_view))
}

/// Which of the two changes a form asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Revoke,
    Reissue,
}

impl Change {
    fn parse(segment: &str) -> Option<Self> {
        match segment {
            "revoke" => Some(Change::Revoke),
            "reissue" => Some(Change::Reissue),
            _ => None,
        }
    }

    /// The reason's field (and its input's id on the certificate's page).
    fn field(self) -> &'static str {
        match self {
            Change::Revoke => "revoke_reason",
            Change::Reissue => "reissue_reason",
        }
    }

    fn path(self) -> &'static str {
        match self {
            Change::Revoke => "revoke",
            Change::Reissue => "reissue",
        }
    }
}

#[derive(Debug, Deserialize)]
struct ChangeForm {
    #[serde(default)]
    reason: String,
    /// `yes` once the admin has seen the confirmation page.
    #[serde(default)]
    confirm: String,
}

#[derive(Debug, Template)]
#[template(path = "admin_certificates_confirm.html")]
pub struct ConfirmPage {
    pub chrome: Chrome,
    pub line: FoundLine,
    pub reissue: bool,
    pub action: String,
    pub reason: String,
}

/// A revocation or a re-issue: the reason checked (422 with the certificate's page when it
/// breaks the rule), then the confirmation page, then the change and a redirect to the page
/// that shows it.
async fn change(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    path: web::Path<(String, String)>,
    Posted(form): Posted<ChangeForm>,
) -> Result<HttpResponse, PageError> {
    let (id, change) = path.into_inner();
    let id = certificate_id(&id)?;
    let change = Change::parse(&change).ok_or(PageError::NotFound)?;
    let visitor = &admin.0.visitor;
    let reason = match printed_text::checked(change.field(), &form.reason, MAX_REASON_CHARS) {
        Ok(reason) => reason,
        Err(error) => {
            let record = lookup::record(&state.cases, id).await?;
            let chrome = Chrome::new(&req, visitor, &state);
            let errors = FieldMessages::of(&chrome.tr, &[error]);
            let mut page_view = CertificatePage::new(chrome, &state.content(), &record);
            match change {
                Change::Revoke => page_view.revoke_reason = form.reason,
                Change::Reissue => page_view.reissue_reason = form.reason,
            }
            page_view.errors = errors;
            return respond::page_with_status(
                visitor,
                StatusCode::UNPROCESSABLE_ENTITY,
                respond::html(&page_view),
            );
        }
    };
    if form.confirm != "yes" {
        let record = lookup::record(&state.cases, id).await?;
        let chrome = Chrome::new(&req, visitor, &state);
        let page_view = ConfirmPage {
            line: FoundLine::of(&chrome.tr, &state.content(), &record.found),
            reissue: change == Change::Reissue,
            action: format!("/admin/certificates/{id}/{}", change.path()),
            reason,
            chrome: chrome.clone(),
        };
        return respond::page(visitor, respond::html(&page_view));
    }
    let actor = admin.0.user.id;
    let (shown, done) = match change {
        Change::Revoke => {
            match revocation::revoke(&state.cases, actor, id.to_string(), reason).await? {
                Revoked::Now(certificate) => {
                    tracing::info!(serial = %certificate.serial, admin = %actor, "certificate revoked");
                    state
                        .access
                        .forget_verification(&certificate.verification_code);
                    (id, "admin-certificates-revoked")
                }
                Revoked::Already(_) => (id, "admin-certificates-already-revoked"),
            }
        }
        Change::Reissue => {
            let content = state.content();
            let published = move |course_id: &str| content.shared_course_by_id(course_id);
            match revocation::reissue(&state.cases, actor, id.to_string(), reason, published)
                .await?
            {
                Reissued::Now { old, new } => {
                    tracing::info!(old = %old.serial, new = %new.serial, admin = %actor, "certificate re-issued");
                    state.access.forget_verification(&old.verification_code);
                    (new.id, "admin-certificates-reissued")
                }
                Reissued::AlreadyReplaced { .. } => (id, "admin-certificates-already-replaced"),
            }
        }
    };
    Ok(respond::see_other(
        visitor,
        &format!("/admin/certificates/{shown}?done={done}"),
    ))
}
