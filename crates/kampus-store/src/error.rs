//! Errors of the storage layer.
//!
//! Callers match on the kinds they can act on (not found, conflict, unavailable) and pass the
//! rest up as internal errors. diesel's `NotFound` and unique violations are mapped here, once.

use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::DatabaseUrlError;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Url(#[from] DatabaseUrlError),
    #[error(transparent)]
    Connect(#[from] ConnectError),
    /// No connection could be had in time: the database is down or the pool is exhausted.
    #[error("database unavailable: {0}")]
    Unavailable(#[from] r2d2::Error),
    #[error("not found")]
    NotFound,
    /// A unique constraint refused the write; the string names the constraint or column.
    #[error("conflict: {0}")]
    Conflict(String),
    /// A check or foreign key constraint refused the write.
    #[error("constraint violated: {0}")]
    Constraint(String),
    #[error("migrations failed: {0}")]
    Migration(String),
    /// Stored data (e.g. a JSON column) could not be read or written as expected.
    #[error("stored data is not as expected: {0}")]
    Corrupt(String),
    /// The shared transaction of a group commit ([`crate::batch`]) could not begin or
    /// commit: the write was not kept and may be retried.
    #[error("the write could not be committed: {0}")]
    BatchFailed(String),
    #[error("database error: {0}")]
    Query(DieselError),
}

impl From<DieselError> for StoreError {
    fn from(error: DieselError) -> Self {
        match error {
            DieselError::NotFound => StoreError::NotFound,
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
                StoreError::Conflict(
                    info.constraint_name()
                        .map_or_else(|| info.message().to_owned(), str::to_owned),
                )
            }
            DieselError::DatabaseError(
                DatabaseErrorKind::CheckViolation
                | DatabaseErrorKind::ForeignKeyViolation
                | DatabaseErrorKind::NotNullViolation,
                info,
            ) => StoreError::Constraint(info.message().to_owned()),
            other => StoreError::Query(other),
        }
    }
}

/// Opening a connection failed.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("could not open the SQLite database `{path}`: {cause}")]
    Sqlite {
        path: String,
        cause: diesel::ConnectionError,
    },
    #[error("could not set up the SQLite connection: {0}")]
    SqliteSetup(diesel::result::Error),
    #[error("could not connect to PostgreSQL at {url}: {cause}")]
    Postgres {
        url: String,
        cause: diesel::ConnectionError,
    },
    #[error("could not create the SQLite folder `{path}`: {cause}")]
    CreateDir { path: String, cause: std::io::Error },
    #[error(
        "the PostgreSQL database does not exist and could not be created ({reason}); create it with `{command}` or point DATABASE_URL at an existing database"
    )]
    CreateDatabase { command: String, reason: String },
    #[error("connection check failed: {0}")]
    Check(diesel::result::Error),
}
