//! The trainers' and admins' pages (issue 21), under `/staff`: the dashboard of figures with
//! its charts and CSV downloads, the learners of a course and one learner's record.
//!
//! Every page takes a [`Staff`] visitor: signed in, a trainer or an admin, with the scope of
//! whom they may see — the same scope, applied inside the same store queries, as the reports
//! API's. A learner gets 403; a learner outside a trainer's institutions is "not found".

pub mod course_reports;
pub mod dashboard;
pub mod filters;
pub mod funder;
pub mod learners;
pub mod names;

use std::future::Future;
use std::pin::Pin;

use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{FromRequest, HttpRequest, HttpResponse, dev::Payload, web};
use kampus_usecases::Scope;
use kampus_usecases::reports::staff::scope_of;

use crate::error::PageError;
use crate::pages::view::decimal;
use crate::session::{SignedIn, web_state};
use crate::tr::Tr;

pub fn configure(cfg: &mut web::ServiceConfig) {
    dashboard::configure(cfg);
    learners::configure(cfg);
    course_reports::configure(cfg);
    funder::configure(cfg);
}

/// A signed-in trainer or admin, with whom they may see.
#[derive(Debug, Clone)]
pub struct Staff {
    pub signed_in: SignedIn,
    pub scope: Scope,
}

impl Staff {
    /// The scope as the store's report queries take it.
    pub fn report_scope(&self) -> kampus_store::reports::Scope {
        (&self.scope).into()
    }
}

impl FromRequest for Staff {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, PageError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let signed_in = SignedIn::from_request(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let signed_in = signed_in.await?;
            let state = web_state(&req)?;
            let scope = scope_of(&state.cases, &signed_in.user)
                .await?
                .ok_or(PageError::Forbidden)?;
            Ok(Staff { signed_in, scope })
        })
    }
}

/// A percentage as the staff pages write it ("55.3%", "55,3 %").
pub fn percent(tr: &Tr, value: f64) -> String {
    tr.ts("staff-percent", "value", &decimal(value, tr.locale))
}

/// A fraction such as Hake's g or a facility index, with two decimals in the page's decimal
/// mark.
pub fn fraction(tr: &Tr, value: f64) -> String {
    let written = format!("{value:.2}");
    if tr.locale == kampus_content::Locale::En {
        written
    } else {
        written.replace('.', ",")
    }
}

/// The name of the locale `tag` in itself ("Македонски"); the tag when it is not one.
pub fn language_name(tr: &Tr, tag: &str) -> String {
    tag.parse::<kampus_content::Locale>()
        .map_or_else(|_| tag.to_owned(), |l| tr.language_name(l).to_owned())
}

/// A CSV download (`name`.csv) with the headers every download carries.
pub fn csv_response(name: &str, text: String) -> HttpResponse {
    csv_headers(name).body(text)
}

/// The response head of a CSV download, for a body sent whole or streamed.
pub fn csv_headers(name: &str) -> actix_web::HttpResponseBuilder {
    let mut builder = HttpResponse::Ok();
    builder
        .content_type("text/csv; charset=utf-8")
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(format!("{name}.csv"))],
        })
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"));
    builder
}
