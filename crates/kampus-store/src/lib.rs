//! Storage for Kampus: one diesel code base that runs unchanged on SQLite and PostgreSQL.
//!
//! SQLite is the embedded default (no set-up at all); PostgreSQL is for institutions that run
//! several API nodes. The backend is chosen from the database URL's scheme ([`DatabaseUrl`]),
//! connections are [`DbConnection`] (a `diesel::MultiConnection` over both), and the schema is
//! limited to types both share: UUIDs as TEXT, UTC timestamps, JSON as TEXT. The few places
//! where the backends need different SQL are marked `BACKEND-SPECIFIC`.
//!
//! Everything here is blocking diesel: callers run it on a blocking thread pool, never on an
//! async worker.
#![forbid(unsafe_code)]

pub mod attempts;
pub mod audit;
pub mod batch;
pub mod browser_sessions;
pub mod certificates;
pub mod clock;
pub mod completion;
pub mod connection;
pub mod content_versions;
pub mod database_url;
pub mod demographics;
pub mod email;
pub mod enrollments;
pub mod error;
pub mod ids;
pub mod institutions;
pub mod invitations;
pub mod migrations;
pub mod outbox;
pub mod pool;
mod prepared;
pub mod progress;
pub mod rate_limits;
pub mod reports;
pub mod retry;
pub mod schema;
pub mod secrets;
pub mod sessions;
#[cfg(feature = "testing")]
pub mod testing;
pub mod time_on_task;
pub mod user_tokens;
pub mod users;
pub mod xapi;

pub use batch::{BatchSettings, WriteBatcher};
pub use clock::{Clock, SystemClock};
pub use connection::DbConnection;
pub use database_url::{Backend, DatabaseUrl, DatabaseUrlError};
/// diesel's query error, for callers' own error types in `write_transaction`.
pub use diesel::result::Error as QueryError;
pub use email::{Email, InvalidEmail};
pub use error::StoreError;
pub use ids::{AttemptId, CertificateId, InstitutionId, UserId, VersionId};
pub use pool::{Pool, PoolOptions, PooledConnection};
