//! The connection pool: r2d2 with a connection manager that knows both backends.
//!
//! Every SQLite connection is set up for a server when it is opened (WAL, foreign keys,
//! busy timeout, `synchronous=NORMAL`). The settings are applied with `batch_execute`, which
//! runs every statement: a diesel `sql_query` holding several statements runs only the first,
//! and a `busy_timeout` left at 0 makes concurrent writers fail at once with "database is
//! locked".

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::{PgConnection, SqliteConnection};

use crate::connection::DbConnection;
use crate::database_url::DatabaseUrl;
use crate::error::StoreError;

/// How long a SQLite connection waits for another writer's lock before giving up.
pub const SQLITE_BUSY_TIMEOUT_MS: u32 = 5_000;

fn sqlite_pragmas() -> String {
    format!(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = NORMAL;
         PRAGMA foreign_keys = ON;
         PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS};"
    )
}

/// Opening a connection failed.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("could not open the SQLite database `{path}`: {source}")]
    Sqlite {
        path: String,
        source: diesel::ConnectionError,
    },
    #[error("could not set up the SQLite connection: {0}")]
    SqliteSetup(diesel::result::Error),
    #[error("could not connect to PostgreSQL at {url}: {source}")]
    Postgres {
        url: String,
        source: diesel::ConnectionError,
    },
    #[error("could not create the SQLite folder `{path}`: {source}")]
    CreateDir {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "PostgreSQL database `{database}` does not exist and could not be created ({reason}); create it with `createdb -h <host> -U <user> {database}` or point DATABASE_URL at an existing database"
    )]
    CreateDatabase { database: String, reason: String },
    #[error("connection check failed: {0}")]
    Check(diesel::result::Error),
}

/// Opens connections for r2d2.
#[derive(Debug, Clone)]
pub struct ConnectionManager {
    url: DatabaseUrl,
}

impl ConnectionManager {
    pub fn new(url: DatabaseUrl) -> Self {
        Self { url }
    }

    /// Opens one connection to the right backend (never guessing from the string).
    pub fn open(&self) -> Result<DbConnection, ConnectError> {
        match &self.url {
            DatabaseUrl::Sqlite(path) => {
                let display = path.display().to_string();
                let mut conn = SqliteConnection::establish(&display).map_err(|source| {
                    ConnectError::Sqlite {
                        path: display.clone(),
                        source,
                    }
                })?;
                conn.batch_execute(&sqlite_pragmas())
                    .map_err(ConnectError::SqliteSetup)?;
                Ok(DbConnection::Sqlite(conn))
            }
            DatabaseUrl::Postgres(raw) => PgConnection::establish(raw)
                .map(DbConnection::Postgres)
                .map_err(|source| ConnectError::Postgres {
                    url: self.url.to_string(),
                    source,
                }),
        }
    }
}

impl r2d2::ManageConnection for ConnectionManager {
    type Connection = DbConnection;
    type Error = ConnectError;

    fn connect(&self) -> Result<DbConnection, ConnectError> {
        self.open()
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), ConnectError> {
        conn.batch_execute("SELECT 1").map_err(ConnectError::Check)
    }

    /// A connection whose transaction state is broken (a failed rollback) must not be reused.
    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        use diesel::connection::TransactionManager;
        <DbConnection as Connection>::TransactionManager::is_broken_transaction_manager(conn)
    }
}

/// Pool sizing and timeouts.
#[derive(Debug, Clone)]
pub struct PoolOptions {
    pub max_size: u32,
    /// How long `get` waits for a free connection (or for the database to come back).
    pub connection_timeout: Duration,
}

impl Default for PoolOptions {
    fn default() -> Self {
        Self {
            max_size: 10,
            connection_timeout: Duration::from_secs(5),
        }
    }
}

pub type PooledConnection = r2d2::PooledConnection<ConnectionManager>;

/// A pool of connections to one database.
#[derive(Debug, Clone)]
pub struct Pool {
    inner: r2d2::Pool<ConnectionManager>,
    url: DatabaseUrl,
}

impl Pool {
    /// Connects to the database, creating it when it does not exist yet (the SQLite file and
    /// its folder; the PostgreSQL database, if the user may). Fails with a precise error when
    /// the database cannot be reached, rather than r2d2's generic time-out.
    pub fn connect(url: DatabaseUrl, options: &PoolOptions) -> Result<Self, StoreError> {
        prepare_database(&url)?;
        let manager = ConnectionManager::new(url.clone());
        // One direct connection first: its error says exactly what is wrong.
        drop(manager.open()?);
        let inner = r2d2::Pool::builder()
            .max_size(options.max_size)
            .min_idle(Some(1))
            .connection_timeout(options.connection_timeout)
            // A `SELECT 1` per check-out: after a PostgreSQL restart every pooled connection
            // is dead, and this replaces them instead of failing one request per connection.
            .test_on_check_out(true)
            .build(manager)?;
        Ok(Self { inner, url })
    }

    /// A connection, waiting at most the pool's connection timeout.
    pub fn get(&self) -> Result<PooledConnection, StoreError> {
        Ok(self.inner.get()?)
    }

    /// A connection, waiting at most `timeout` (for quick health checks).
    pub fn get_timeout(&self, timeout: Duration) -> Result<PooledConnection, StoreError> {
        Ok(self.inner.get_timeout(timeout)?)
    }

    pub fn url(&self) -> &DatabaseUrl {
        &self.url
    }

    /// Connections in use and idle, for metrics.
    pub fn state(&self) -> r2d2::State {
        self.inner.state()
    }

    pub fn max_size(&self) -> u32 {
        self.inner.max_size()
    }
}

fn prepare_database(url: &DatabaseUrl) -> Result<(), ConnectError> {
    match url {
        DatabaseUrl::Sqlite(path) => {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|source| ConnectError::CreateDir {
                    path: dir.display().to_string(),
                    source,
                })?;
            }
            Ok(())
        }
        DatabaseUrl::Postgres(_) => ensure_postgres_database(url),
    }
}

/// BACKEND-SPECIFIC. Creates the PostgreSQL database named in `url` when it is missing.
///
/// It connects to the server's `postgres` maintenance database with the same credentials. If
/// that is not allowed, the error tells the operator the command to run instead.
fn ensure_postgres_database(url: &DatabaseUrl) -> Result<(), ConnectError> {
    let database = url.postgres_database().unwrap_or_default();
    match PgConnection::establish(&url.connection_string()) {
        Ok(_) => return Ok(()),
        Err(error) if !error.to_string().contains("does not exist") => {
            return Err(ConnectError::Postgres {
                url: url.to_string(),
                source: error,
            });
        }
        Err(_) => {}
    }
    let create_failed = |reason: String| ConnectError::CreateDatabase {
        database: database.clone(),
        reason,
    };
    let maintenance = url
        .with_postgres_database("postgres")
        .ok_or_else(|| create_failed("not a PostgreSQL URL".into()))?;
    let mut admin = PgConnection::establish(&maintenance.connection_string())
        .map_err(|e| create_failed(e.to_string()))?;
    let quoted = format!("\"{}\"", database.replace('"', "\"\""));
    match admin.batch_execute(&format!("CREATE DATABASE {quoted}")) {
        Ok(()) => {
            tracing::info!(database = %database, "created PostgreSQL database");
            Ok(())
        }
        // Another node created it at the same moment: that is what we wanted.
        Err(e) if e.to_string().contains("already exists") => Ok(()),
        Err(e) => Err(create_failed(e.to_string())),
    }
}
