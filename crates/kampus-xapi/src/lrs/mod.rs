//! The LRS's use cases: store and read statements, documents and credentials. Each opens its
//! own transaction on the blocking pool, under the one conflict-retry policy
//! ([`kampus_store::retry`]); the HTTP face only parses and maps.
//!
//! This crate sits beside `kampus-usecases`, not on it: Kampus's own use cases write their
//! statements through this crate's pure parts and [`own::record`] (in their transactions), so
//! it must not depend on them.

pub mod access;
pub mod credentials;
pub mod documents;
pub mod own;
pub mod statements;

use std::sync::Arc;

use kampus_store::retry::{self, Retryable};
use kampus_store::{Clock, DbConnection, Pool, StoreError};

pub use access::{Caller, Scope};

/// What the LRS needs: the database, the clock and the site's address.
#[derive(Debug, Clone)]
pub struct Lrs {
    pool: Pool,
    clock: Arc<dyn Clock>,
    settings: Arc<Settings>,
}

/// The LRS's settings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The site's public address without a trailing slash (`https://kampus.example`): the
    /// `homePage` of Kampus accounts in statements.
    pub public_url: String,
    /// Statements per page when a query names no smaller `limit`.
    pub page_size: i64,
}

/// Why the LRS refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum LrsError {
    /// Bad input: 400 with this message.
    #[error("{0}")]
    Invalid(String),
    #[error("not found")]
    NotFound,
    /// A statement id reused for another statement, or a document changed without a
    /// precondition: 409.
    #[error("{0}")]
    Conflict(String),
    /// An `If-Match`/`If-None-Match` that does not hold: 412.
    #[error("{0}")]
    PreconditionFailed(String),
    /// The credential lacks the scope: 403.
    #[error("{0}")]
    Forbidden(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<kampus_store::QueryError> for LrsError {
    fn from(error: kampus_store::QueryError) -> Self {
        LrsError::Store(error.into())
    }
}

impl Retryable for LrsError {
    fn is_conflict(&self) -> bool {
        matches!(self, LrsError::Store(StoreError::Conflict(_)))
    }
}

impl Lrs {
    pub fn new(pool: Pool, clock: Arc<dyn Clock>, settings: Settings) -> Self {
        Self {
            pool,
            clock,
            settings: Arc::new(settings),
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// Runs `work` with a pooled connection on the blocking thread pool.
    pub(crate) async fn blocking<T, F>(&self, work: F) -> Result<T, LrsError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, LrsError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            work(&mut conn)
        })
        .await
        .map_err(|e| LrsError::Internal(format!("blocking task: {e}")))?
    }

    /// Runs `transaction` as one write transaction, once more after a conflict.
    pub(crate) async fn write<T, F>(&self, transaction: F) -> Result<T, LrsError>
    where
        F: FnMut(&mut DbConnection) -> Result<T, LrsError> + Send + 'static,
        T: Send + 'static,
    {
        self.blocking(move |conn| retry::write(conn, transaction))
            .await
    }
}
