//! The HTTP face of Kampus: the actix-web application, its configuration, authentication,
//! localized problem responses, telemetry and the `kampus` command line.
//!
//! This is the only crate that knows actix-web. Handlers extract and authorize ([`caller`]),
//! call one workflow of `kampus_usecases` and map the result; this crate opens no
//! transaction. Errors become RFC 9457 problems in one place ([`problem`]), localized with
//! Fluent (`kampus_usecases::i18n`). See docs/architecture.md.
#![forbid(unsafe_code)]

pub mod auth;
pub mod body;
pub mod caller;
pub mod certificate_pdf;
pub mod cli;
pub mod config;
pub mod content_cli;
pub mod db;
#[cfg(feature = "dev")]
pub mod dev_cli;
#[cfg(feature = "dev")]
pub mod dev_xapi;
pub mod error;
pub mod live_content;
pub mod mail;
pub mod problem;
pub mod query;
pub mod reports_cli;
pub mod routes;
pub mod secret;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod vocabulary;
pub mod xapi_cli;

pub use config::Config;
pub use startup::Application;
