//! Schema migrations, embedded in the binary: `migrations/sqlite` and `migrations/postgres`
//! hold the same schema, each in its backend's own SQL.

use diesel::connection::SimpleConnection;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::connection::DbConnection;
use crate::database_url::DatabaseUrl;
use crate::error::StoreError;

const SQLITE: EmbeddedMigrations = embed_migrations!("../../migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("../../migrations/postgres");

/// Key of the PostgreSQL advisory lock held while migrating ("kampus" in ASCII).
const MIGRATION_LOCK_KEY: i64 = 0x0000_6b61_6d70_7573;

/// Applies every pending migration; returns the versions applied.
///
/// BACKEND-SPECIFIC. On PostgreSQL several nodes may start at once: an advisory lock makes
/// them migrate one after another (the later ones find nothing to do). SQLite serializes
/// writers by itself.
pub fn run_pending(conn: &mut DbConnection) -> Result<Vec<String>, StoreError> {
    let applied = match conn {
        DbConnection::Sqlite(c) => c
            .run_pending_migrations(SQLITE)
            .map(|v| v.iter().map(ToString::to_string).collect()),
        DbConnection::Postgres(c) => {
            c.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})"))?;
            let outcome = c
                .run_pending_migrations(POSTGRES)
                .map(|v| v.iter().map(ToString::to_string).collect());
            c.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})"))?;
            outcome
        }
    };
    applied.map_err(|e| StoreError::Migration(e.to_string()))
}

/// Holds other processes off migrating the same SQLite file until dropped; nothing for
/// PostgreSQL (its advisory lock does that inside [`run_pending`]).
///
/// SQLite serializes each transaction, but not "see what is pending, then apply it": a
/// migration that runs outside a transaction (a table rebuild needs foreign keys off) could be
/// applied twice by two processes starting together on a fresh file (`kampus serve` and
/// `kampus user create`, say). An exclusive lock on `<database>.migrate-lock` orders them.
#[derive(Debug)]
pub struct MigrationLock {
    /// Locked while open; closing it (drop) unlocks.
    _held: Option<std::fs::File>,
}

impl MigrationLock {
    pub fn acquire(url: &DatabaseUrl) -> Result<Self, StoreError> {
        let Some(path) = url.sqlite_path() else {
            return Ok(Self { _held: None });
        };
        let mut lock_path = path.as_os_str().to_owned();
        lock_path.push(".migrate-lock");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .and_then(|file| file.lock().map(|()| file))
            .map_err(|e| {
                StoreError::Migration(format!("locking {}: {e}", lock_path.to_string_lossy()))
            })?;
        Ok(Self { _held: Some(file) })
    }
}

/// The versions of migrations not yet applied (empty when the schema is current).
pub fn pending(conn: &mut DbConnection) -> Result<Vec<String>, StoreError> {
    let versions = match conn {
        DbConnection::Sqlite(c) => c
            .pending_migrations(SQLITE)
            .map(|p| p.iter().map(|m| m.name().version().to_string()).collect()),
        DbConnection::Postgres(c) => c
            .pending_migrations(POSTGRES)
            .map(|p| p.iter().map(|m| m.name().version().to_string()).collect()),
    };
    versions.map_err(|e| StoreError::Migration(e.to_string()))
}
