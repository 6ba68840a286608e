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
    // The busy timeout first: setting the journal mode may need a lock, and without the
    // timeout a connection opened while another process writes (`kampus user create` beside
    // the server) failed at once with "database is locked".
    format!(
        "PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS};
         PRAGMA journal_mode = WAL;
         PRAGMA synchronous = NORMAL;
         PRAGMA foreign_keys = ON;"
    )
}

pub use crate::error::ConnectError;

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
                let mut conn = SqliteConnection::establish(&display).map_err(|cause| {
                    ConnectError::Sqlite {
                        path: display.clone(),
                        cause,
                    }
                })?;
                conn.batch_execute(&sqlite_pragmas())
                    .map_err(ConnectError::SqliteSetup)?;
                Ok(DbConnection::Sqlite(conn))
            }
            DatabaseUrl::Postgres(raw) => PgConnection::establish(raw)
                .map(DbConnection::Postgres)
                .map_err(|cause| ConnectError::Postgres {
                    url: self.url.to_string(),
                    cause,
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
    /// Idle connections the pool keeps open, replacing one as soon as it is taken (by a
    /// background thread). `Some(0)` for a short-lived command: a replacement being opened
    /// while the process exits crashed it (PostgreSQL: libpq's TLS in a pool thread while
    /// OpenSSL was being torn down; `kampus migrate` failed 6 times in 40 that way).
    pub min_idle: Option<u32>,
}

impl Default for PoolOptions {
    fn default() -> Self {
        Self {
            max_size: 10,
            connection_timeout: Duration::from_secs(5),
            min_idle: Some(1),
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
            .min_idle(options.min_idle)
            .connection_timeout(options.connection_timeout)
            // PostgreSQL: a `SELECT 1` per check-out, because after a server restart every
            // pooled connection is dead and this replaces them instead of failing one request
            // per connection. A SQLite connection is a file handle that cannot go stale that
            // way, so the extra round trip on every request would buy nothing.
            .test_on_check_out(url.backend() == crate::Backend::Postgres)
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
                std::fs::create_dir_all(dir).map_err(|cause| ConnectError::CreateDir {
                    path: dir.display().to_string(),
                    cause,
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
        // Only a missing database is ours to fix; a missing role or a refused connection is not.
        Err(error)
            if !error
                .to_string()
                .contains(&format!("database \"{database}\" does not exist")) =>
        {
            return Err(ConnectError::Postgres {
                url: url.to_string(),
                cause: error,
            });
        }
        Err(_) => {}
    }
    let create_failed = |reason: String| ConnectError::CreateDatabase {
        command: createdb_command(url, &database),
        reason: reason.trim().to_owned(),
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

/// The `createdb` command an operator would run for this URL.
fn createdb_command(url: &DatabaseUrl, database: &str) -> String {
    let parsed = url::Url::parse(&url.connection_string()).ok();
    let host = parsed
        .as_ref()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "localhost".into());
    let port = parsed.as_ref().and_then(url::Url::port).unwrap_or(5432);
    let user = parsed
        .as_ref()
        .map(|u| u.username().to_owned())
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| "postgres".into());
    format!("createdb -h {host} -p {port} -U {user} {database}")
}
