//! One connection type for both backends.

use diesel::connection::{AnsiTransactionManager, TransactionManager};
use diesel::prelude::*;
use diesel::{PgConnection, SqliteConnection};

use crate::Backend;

/// A connection to SQLite or PostgreSQL; diesel queries written once run on either.
///
/// Construct it through [`crate::Pool`], never with `DbConnection::establish`: the derived
/// `establish` tries each backend in turn and SQLite accepts any string as a file name.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgres(PgConnection),
    Sqlite(SqliteConnection),
}

impl std::fmt::Debug for DbConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DbConnection({})", self.backend())
    }
}

impl DbConnection {
    pub fn backend(&self) -> Backend {
        match self {
            DbConnection::Postgres(_) => Backend::Postgres,
            DbConnection::Sqlite(_) => Backend::Sqlite,
        }
    }

    /// A round trip to the database (readiness checks).
    pub fn ping(&mut self) -> Result<(), crate::StoreError> {
        use diesel::connection::SimpleConnection;
        Ok(self.batch_execute("SELECT 1")?)
    }

    /// Runs `work` in a transaction that is meant to write.
    ///
    /// BACKEND-SPECIFIC. On SQLite it begins with `BEGIN IMMEDIATE`, taking the write lock up
    /// front. A plain (deferred) transaction that reads first and writes later cannot wait for
    /// the lock in WAL mode when another writer committed in between: SQLite answers
    /// `SQLITE_BUSY` at once, whatever `busy_timeout` says. Taking the lock first lets the
    /// busy timeout do its job, so concurrent writers queue instead of failing. On PostgreSQL
    /// it is an ordinary transaction.
    ///
    /// `work` may open nested transactions (savepoints) with `conn.transaction`.
    pub fn write_transaction<T, E, F>(&mut self, work: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, E>,
        E: From<diesel::result::Error>,
    {
        let DbConnection::Sqlite(sqlite) = self else {
            return self.transaction(work);
        };
        AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE")?;
        let outcome = work(self);
        let DbConnection::Sqlite(sqlite) = self else {
            unreachable!("a connection does not change its backend");
        };
        match outcome {
            Ok(value) => {
                <AnsiTransactionManager as TransactionManager<SqliteConnection>>::commit_transaction(sqlite)?;
                Ok(value)
            }
            Err(error) => {
                <AnsiTransactionManager as TransactionManager<SqliteConnection>>::rollback_transaction(sqlite)?;
                Err(error)
            }
        }
    }

    /// Runs `work` in a savepoint of the transaction already open: an error undoes `work`'s
    /// statements only, and the transaction goes on (outside a transaction, it is one).
    pub fn savepoint<T, E, F>(&mut self, work: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, E>,
        E: From<diesel::result::Error>,
    {
        self.transaction(work)
    }
}
