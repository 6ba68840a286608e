//! `/admin/audit`: the audit log for admins, oldest first, with the filters of
//! `GET /api/v1/admin/audit` in the query string (action prefix, actor, date range) so a view
//! can be bookmarked, pages by the API's cursor (`after`), and `/admin/audit.csv`: every
//! entry the filters match, the API's CSV byte for byte (both are written by
//! [`kampus_usecases::admin::audit`]). A filter that is not valid is a 422 with the form and
//! its errors, and no entries.

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_usecases::admin::audit::{self, Asked};
use serde::Deserialize;

use super::Admin;
use crate::error::PageError;
use crate::pages::page;
use crate::pages::staff::csv_headers;
use crate::respond::{self, Chrome};
use crate::state::WebState;
use crate::tr::FieldMessages;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page("/admin/audit").route(web::get().to(log)))
        .service(page("/admin/audit.csv").route(web::get().to(export)));
}

/// Entries a page shows.
const PER_PAGE: &str = "50";

/// The query string: the filters and the cursor, as the filter form sends them (an empty
/// field is no filter).
#[derive(Debug, Default, Deserialize)]
pub struct Filters {
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub actor: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub until: String,
    #[serde(default)]
    pub after: String,
}

fn given(value: &str) -> Option<&str> {
    let value = value.trim();
    (!value.is_empty()).then_some(value)
}

impl Filters {
    fn asked(&self, limit: Option<&'static str>) -> Asked<'_> {
        Asked {
            action: given(&self.action),
            actor: given(&self.actor),
            from: given(&self.from),
            until: given(&self.until),
            after: given(&self.after),
            limit,
        }
    }

    /// The filters (not the cursor) as a query string, `after` added when given.
    fn query(&self, after: Option<&str>) -> String {
        let mut pairs: Vec<(&str, &str)> = [
            ("action", &self.action),
            ("actor", &self.actor),
            ("from", &self.from),
            ("until", &self.until),
        ]
        .into_iter()
        .filter_map(|(name, value)| given(value).map(|v| (name, v)))
        .collect();
        if let Some(after) = after {
            pairs.push(("after", after));
        }
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }
}

/// One entry of the log.
#[derive(Debug)]
pub struct EntryLine {
    pub at: String,
    pub actor: String,
    /// This log filtered by the entry's actor.
    pub actor_link: String,
    /// A certificate's page, for the entries about one (their subject is its serial).
    pub subject_link: Option<String>,
    pub action: String,
    pub subject: String,
    pub details: String,
}

#[derive(Debug, Template)]
#[template(path = "admin_audit.html")]
pub struct AuditPage {
    pub chrome: Chrome,
    pub filters: Filters,
    /// The days of the range as the date fields can show them (a field of type `date` holds
    /// a `YYYY-MM-DD` day or nothing; a time given in the address still filters).
    pub from_value: String,
    pub until_value: String,
    pub errors: FieldMessages,
    pub lines: Vec<EntryLine>,
    /// Links to the first page (when this is not it) and to the next (when there is one).
    pub first: Option<String>,
    pub next: Option<String>,
    pub csv: String,
}

/// `raw` when it is a day a date field can show, else nothing.
fn day_value(raw: &str) -> String {
    chrono::NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
        .map(|day| day.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

async fn log(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    filters: web::Query<Filters>,
) -> Result<HttpResponse, PageError> {
    let filters = filters.into_inner();
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let plain = filters.query(None);
    let mut page_view = AuditPage {
        errors: FieldMessages::default(),
        lines: Vec::new(),
        first: given(&filters.after).map(|_| with_query("/admin/audit", &plain)),
        next: None,
        csv: with_query("/admin/audit.csv", &plain),
        from_value: day_value(&filters.from),
        until_value: day_value(&filters.until),
        filters: Filters::default(),
        chrome: chrome.clone(),
    };
    let checked = filters.asked(Some(PER_PAGE)).checked();
    let status = match checked {
        Ok(checked) => {
            let found = audit::page(&state.cases, checked).await?;
            page_view.next = found
                .next
                .as_deref()
                .map(|next| with_query("/admin/audit", &filters.query(Some(next))));
            page_view.lines = found
                .entries
                .into_iter()
                .map(|e| {
                    let actor = e.actor_id.unwrap_or_default();
                    let only = |name: &str, value: &str| {
                        serde_urlencoded::to_string([(name, value)]).unwrap_or_default()
                    };
                    EntryLine {
                        at: e.at.format("%Y-%m-%d %H:%M:%S").to_string(),
                        actor_link: format!("/admin/audit?{}", only("actor", &actor)),
                        actor,
                        subject_link: e
                            .action
                            .starts_with("certificate.")
                            .then(|| format!("/admin/certificates?{}", only("q", &e.subject))),
                        action: e.action,
                        subject: e.subject,
                        details: e.details,
                    }
                })
                .collect();
            StatusCode::OK
        }
        Err(errors) => {
            page_view.errors = FieldMessages::of(&chrome.tr, &errors);
            StatusCode::UNPROCESSABLE_ENTITY
        }
    };
    page_view.filters = filters;
    respond::page_with_status(visitor, status, respond::html(&page_view))
}

/// Every entry the filters match (from `after` on, when given), as the API's CSV.
async fn export(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    filters: web::Query<Filters>,
) -> Result<HttpResponse, PageError> {
    let checked = filters.asked(None).checked();
    let Ok(checked) = checked else {
        // The form, with what is wrong.
        return log(req, state, admin, filters).await;
    };
    let locale = admin.0.visitor.locale;
    let say = |key: &str| state.catalog().message(locale, key, None);
    let header = audit::csv_header(&say);
    let receiver = audit::export_csv(&state.cases, checked.filter, checked.after, header);
    let body = futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver
            .recv()
            .await
            .map(|item| (item.map(Bytes::from).map_err(PageError::from), receiver))
    });
    Ok(csv_headers("audit").streaming(body))
}
