//! The workflows of Kampus, below every face.
//!
//! Each public `async fn` here is one thing a person does (enroll, record a lesson event,
//! submit an attempt, publish a version…) from start to end: it opens its own transactions,
//! applies the one conflict-retry policy ([`retry`]) and returns a typed outcome or a
//! [`UseCaseError`]. The JSON API's handlers only extract, authorize, call one of these and
//! map the result; the web pages and the command line call the same functions, so there is
//! never a second copy of a workflow.
//!
//! Never here: actix types, the HTTP face's state, request or response shapes. A workflow
//! takes a [`Context`] (clock, database, issuer, strings) and plain values.
#![forbid(unsafe_code)]

pub mod access_cache;
pub mod accounts;
pub mod admin;
pub mod certificates;
pub mod completion;
pub mod context;
pub mod error;
pub mod i18n;
pub mod learning;
pub mod mail;
pub mod publishing;
pub mod reports;
/// The one conflict-retry policy, kept in the store so the LRS shares it.
pub use kampus_store::retry;
pub mod scope;
pub mod statements;

pub use context::{Context, Issuer};
pub use error::{FieldError, UseCaseError};
pub use scope::Scope;
