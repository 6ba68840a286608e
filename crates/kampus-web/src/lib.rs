//! The web pages of Kampus (issue 20): server-rendered HTML for learners, in the eight
//! locales, served by the same binary as the JSON API.
//!
//! A page handler is a face like a JSON handler: it extracts who is asking ([`session`]),
//! checks the form's CSRF token ([`csrf`]), calls one workflow of `kampus_usecases` and
//! renders an askama template ([`pages`]). No transaction is opened here. Every action is a
//! link or a `<form method="post">`, so every flow works with JavaScript off; there is no
//! inline script or style, so the Content-Security-Policy forbids both ([`respond`]).
//!
//! Course texts come from the in-memory published content (`kampus_usecases::publishing::
//! live`); interface strings from `locales/<tag>/web.ftl` through the shared Fluent catalog
//! ([`tr`]).
#![forbid(unsafe_code)]

pub mod assets;
pub mod chart;
pub mod csrf;
pub mod error;
pub mod error_page;
pub mod forms;
pub mod locale;
pub mod pages;
pub mod qr;
pub mod respond;
pub mod session;
pub mod state;
pub mod stencil;
#[cfg(test)]
mod strings_check;
pub mod tr;
pub mod upload;

pub use error::PageError;
pub use error_page::not_found_page;
pub use state::{WebSettings, WebState};

/// Registers the pages and their assets (the composition root calls it beside the API's).
pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    assets::configure(cfg);
    pages::configure(cfg);
}
