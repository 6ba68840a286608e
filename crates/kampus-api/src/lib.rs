//! The HTTP face of Kampus: the actix-web application, its configuration, authentication,
//! localized problem responses, telemetry and the `kampus` command line.
//!
//! This is the only crate that knows actix-web. Handlers extract and authorize, call the
//! domain crates and map the result; errors become RFC 9457 problems in one place
//! ([`problem`]), localized with Fluent ([`i18n`]).
#![forbid(unsafe_code)]

pub mod auth;
pub mod body;
pub mod certificate_facts;
pub mod certificate_mail;
pub mod certificate_pdf;
pub mod cli;
pub mod config;
pub mod content_cli;
pub mod credentials;
pub mod db;
#[cfg(feature = "dev")]
pub mod dev_cli;
pub mod error;
pub mod i18n;
pub mod live_content;
pub mod mail;
pub mod openapi;
pub mod problem;
pub mod published_content;
pub mod publishing;
pub mod query;
pub mod reports_cli;
pub mod request_locale;
pub mod routes;
pub mod secret;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod vocabulary;

pub use config::Config;
pub use startup::Application;
