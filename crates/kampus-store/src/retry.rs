//! The one conflict-retry policy of every workflow.
//!
//! Two writers may meet on a unique key (two events completing the same course at once, on
//! two PostgreSQL nodes or in two group-commit batches); the loser's transaction is rolled
//! back whole and reported as [`StoreError::Conflict`]. Run once more, it reads what the
//! winner wrote and usually finds nothing left to do (the course is completed). A second
//! conflict in a row is not a race any more but a real clash, and is reported.

use std::future::Future;

use crate::{DbConnection, StoreError};

/// Whether an error is the loser's side of a race that one more run resolves.
pub trait Retryable {
    fn is_conflict(&self) -> bool;
}

impl Retryable for StoreError {
    fn is_conflict(&self) -> bool {
        matches!(self, StoreError::Conflict(_))
    }
}

/// Why a transaction was rolled back: the store failed, or the workflow refused (`R`) after
/// reading what it needed. The refusal rolls back whatever the transaction wrote before it.
#[derive(Debug)]
pub enum Rollback<R> {
    Store(StoreError),
    Refused(R),
}

impl<R> From<StoreError> for Rollback<R> {
    fn from(error: StoreError) -> Self {
        Rollback::Store(error)
    }
}

impl<R> From<crate::QueryError> for Rollback<R> {
    fn from(error: crate::QueryError) -> Self {
        Rollback::Store(error.into())
    }
}

impl<R> Retryable for Rollback<R> {
    fn is_conflict(&self) -> bool {
        matches!(self, Rollback::Store(e) if e.is_conflict())
    }
}

/// How many times a workflow's transaction runs at most.
pub const RUNS: usize = 2;

/// Runs `transaction` on `conn` in a write transaction, once more after a conflict.
pub fn write<T, E, F>(conn: &mut DbConnection, mut transaction: F) -> Result<T, E>
where
    F: FnMut(&mut DbConnection) -> Result<T, E>,
    E: From<StoreError> + From<crate::QueryError> + Retryable,
{
    let mut runs = 1;
    loop {
        match conn.write_transaction(&mut transaction) {
            Err(error) if error.is_conflict() && runs < RUNS => runs += 1,
            outcome => return outcome,
        }
    }
}

/// The same policy for work that is not one local transaction (a job of the group-commit
/// writer): `attempt` is called again after a conflict.
pub async fn again_after_conflict<T, E, F, Fut>(mut attempt: F) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
    E: Retryable,
{
    let mut runs = 1;
    loop {
        match attempt().await {
            Err(error) if error.is_conflict() && runs < RUNS => runs += 1,
            outcome => return outcome,
        }
    }
}
