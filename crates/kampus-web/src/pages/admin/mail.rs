//! `/admin/mail`: the messages the outbox gave up on, as `GET /api/v1/admin/mail` lists them
//! (oldest first), with their recipient, kind, attempts and last error, and a Retry button
//! for each that queues it again (the use case of `POST /api/v1/admin/mail/{id}/retry`).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_store::outbox::Mail;
use kampus_usecases::admin::mail;
use serde::Deserialize;

use super::Admin;
use crate::error::PageError;
use crate::forms::Posted;
use crate::pages::page;
use crate::respond::{self, Chrome};
use crate::state::WebState;
use crate::tr::Tr;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page("/admin/mail").route(web::get().to(failed)))
        .service(page("/admin/mail/{id}/retry").route(web::post().to(retry)));
}

/// One failed message.
#[derive(Debug)]
pub struct MailLine {
    pub id: String,
    pub recipient: String,
    pub kind: String,
    pub subject: String,
    pub attempts: i32,
    pub last_error: String,
    pub created: String,
}

impl MailLine {
    fn of(tr: &Tr, mail: &Mail) -> Self {
        let kind = match mail.template.as_str() {
            "verify" => tr.t("admin-mail-kind-verify").into_owned(),
            "reset" => tr.t("admin-mail-kind-reset").into_owned(),
            "invite" => tr.t("admin-mail-kind-invite").into_owned(),
            "certificate" => tr.t("admin-mail-kind-certificate").into_owned(),
            other => other.to_owned(),
        };
        Self {
            id: mail.id.clone(),
            recipient: mail.recipient.clone(),
            kind,
            subject: mail.subject.clone(),
            attempts: mail.attempts,
            last_error: mail.last_error.clone().unwrap_or_default(),
            created: mail.created_at.format("%Y-%m-%d %H:%M").to_string(),
        }
    }
}

#[derive(Debug, Template)]
#[template(path = "admin_mail.html")]
pub struct MailPage {
    pub chrome: Chrome,
    pub lines: Vec<MailLine>,
    pub count_line: String,
    /// The message id of what was just done.
    pub done: Option<&'static str>,
}

const OUTCOMES: [&str; 1] = ["admin-mail-retried"];

async fn failed(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
) -> Result<HttpResponse, PageError> {
    let done = crate::pages::done_of(&req, &OUTCOMES);
    let found = mail::list(&state.cases, "failed").await?;
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let lines: Vec<MailLine> = found.iter().map(|m| MailLine::of(&chrome.tr, m)).collect();
    let page_view = MailPage {
        count_line: chrome.tr.tn("admin-mail-count", "count", lines.len()),
        lines,
        done,
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page_view))
}

/// A Retry button's form: nothing but its token.
#[derive(Debug, Deserialize)]
struct RetryForm {}

async fn retry(
    state: web::Data<WebState>,
    admin: Admin,
    id: web::Path<String>,
    Posted(RetryForm {}): Posted<RetryForm>,
) -> Result<HttpResponse, PageError> {
    mail::retry(&state.cases, id.into_inner()).await?;
    Ok(respond::see_other(
        &admin.0.visitor,
        "/admin/mail?done=admin-mail-retried",
    ))
}
