//! What a use case may reach: the clock, the database (a pool for blocking work and the
//! writer for small, frequent writes), the issuer's name and public address, and the
//! interface strings. Built once at start; cheap to clone. Never an actix type, never the
//! HTTP face's state: the web pages and the command line build the same context.

use std::sync::Arc;

use chrono::NaiveDateTime;
use kampus_store::{Clock, DbConnection, Pool, StoreError, WriteBatcher};

use crate::error::UseCaseError;
use crate::i18n::Catalog;
use crate::retry::{self, Retryable};

/// Who issues certificates, and where they are verified.
#[derive(Debug, Clone)]
pub struct Issuer {
    /// Printed on certificates.
    pub name: String,
    /// This installation's address: certificates and emails link to pages under it.
    pub public_url: String,
}

/// See the module documentation.
#[derive(Debug, Clone)]
pub struct Context {
    pub clock: Arc<dyn Clock>,
    pub pool: Pool,
    /// Group commit for small, frequent writes (lesson events, attempts).
    pub writer: WriteBatcher,
    pub issuer: Arc<Issuer>,
    pub strings: Arc<Catalog>,
}

impl Context {
    pub fn now(&self) -> NaiveDateTime {
        self.clock.now()
    }

    /// Runs `work` with a pooled connection on the blocking thread pool: database work never
    /// runs on an async worker (a blocked worker stalls every request it serves).
    pub async fn blocking<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<StoreError> + From<UseCaseError> + Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get().map_err(E::from)?;
            work(&mut conn)
        })
        .await
        .map_err(|e| E::from(UseCaseError::Internal(format!("blocking task: {e}"))))?
    }

    /// Runs `transaction` as one write transaction on the blocking thread pool, under the one
    /// retry policy ([`retry::write`]): the body of most workflows.
    pub async fn write<T, E, F>(&self, transaction: F) -> Result<T, UseCaseError>
    where
        F: FnMut(&mut DbConnection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<StoreError> + From<kampus_store::QueryError> + Retryable + Send + 'static,
        UseCaseError: From<E>,
    {
        self.blocking(move |conn| Ok(retry::write(conn, transaction)?))
            .await
    }
}
