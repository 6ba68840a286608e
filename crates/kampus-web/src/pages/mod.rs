//! The pages, one module per area; each registers its own routes. Every page resource is
//! wrapped in [`crate::error_page::render_errors`], so its errors are pages too.

pub mod account;
pub mod admin;
pub mod catalog;
pub mod certificates;
pub mod course;
pub mod lesson;
pub mod quiz;
pub mod staff;
pub mod survey;
pub mod verify;
pub mod view;

use actix_web::middleware::from_fn;
use actix_web::web;

use crate::error_page::render_errors;

/// A page resource: its errors become localized pages.
pub fn page(
    path: &str,
) -> actix_web::Resource<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<actix_web::body::BoxBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    web::resource(path).wrap(from_fn(render_errors))
}

/// Registers every page. The router tries patterns in this order, each with a parameter at
/// the cost of a regular expression: the lesson reader, the most frequent page, comes first.
pub fn configure(cfg: &mut web::ServiceConfig) {
    lesson::configure(cfg);
    catalog::configure(cfg);
    course::configure(cfg);
    quiz::configure(cfg);
    survey::configure(cfg);
    certificates::configure(cfg);
    account::configure(cfg);
    verify::configure(cfg);
    staff::configure(cfg);
    admin::configure(cfg);
}

/// The outcome a redirect announces in its `done` parameter, when it is one of `outcomes`
/// (message ids; anything else in the address is ignored, so a link cannot make a page say
/// what it likes).
pub fn done_of(req: &actix_web::HttpRequest, outcomes: &[&'static str]) -> Option<&'static str> {
    #[derive(serde::Deserialize)]
    struct Done {
        done: Option<String>,
    }
    let done = serde_urlencoded::from_str::<Done>(req.query_string())
        .ok()?
        .done?;
    outcomes.iter().find(|o| **o == done).copied()
}
