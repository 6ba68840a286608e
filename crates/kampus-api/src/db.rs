//! Database access from async handlers: every query runs on actix's blocking thread pool,
//! never on an async worker (a blocked worker stalls every request it serves).

use std::time::Duration;

use actix_web::web;
use kampus_store::{DbConnection, Pool, StoreError};

use crate::error::ApiError;

#[derive(Debug, Clone)]
pub struct Db {
    pool: Pool,
}

impl Db {
    pub fn new(pool: Pool) -> Self {
        Self { pool }
    }

    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    /// Runs `work` with a pooled connection on the blocking pool.
    pub async fn run<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, StoreError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        web::block(move || {
            let mut conn = pool.get()?;
            work(&mut conn)
        })
        .await?
        .map_err(ApiError::from)
    }

    /// Like [`Db::run`], but waits at most `timeout` for a connection (health checks).
    pub async fn run_with_timeout<T, F>(&self, timeout: Duration, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, StoreError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        web::block(move || {
            let mut conn = pool.get_timeout(timeout)?;
            work(&mut conn)
        })
        .await?
        .map_err(ApiError::from)
    }
}
