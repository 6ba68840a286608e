//! The xAPI Learning Record Store (LRS) inside Kampus, served under `/xapi`.
//!
//! xAPI 2.0.0 (IEEE 9274.1.1) and 1.0.3 are both served: the version a client names in
//! `X-Experience-API-Version` decides which rules apply to what it sends and how the answer is
//! shaped. Statements are immutable once stored; Kampus's own learning events become statements
//! written by the use cases in the same transaction as the event.
//!
//! Layout:
//! - [`version`]: the protocol versions and the version header;
//! - [`statement`]: what a statement is and the rules it must follow (validation is pure: a
//!   `serde_json::Value` in, the first broken rule out), attachments and signed statements;
//! - [`kampus_events`]: Kampus's own learning events as statements (pure builders), stored by
//!   [`lrs::own::record`] inside the use cases' transactions;
//! - `http` (the default feature `http`): the routes; the use cases depend on this crate
//!   without it, so they never pull in actix-web;
//! - [`wire`]: statement requests as sent (`multipart/mixed` with attachment parts) and the
//!   `multipart/mixed` answers of `GET /statements?attachments=true`.

#![forbid(unsafe_code)]

pub mod agent;
#[cfg(feature = "http")]
pub mod http;
pub mod kampus_events;
pub mod lrs;
pub mod statement;
pub mod version;
pub mod wire;
