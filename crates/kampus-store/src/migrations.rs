//! Schema migrations, embedded in the binary: `migrations/sqlite` and `migrations/postgres`
//! hold the same schema, each in its backend's own SQL.

use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::connection::DbConnection;
use crate::error::StoreError;

const SQLITE: EmbeddedMigrations = embed_migrations!("../../migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("../../migrations/postgres");

/// Applies every pending migration; returns the versions applied.
pub fn run_pending(conn: &mut DbConnection) -> Result<Vec<String>, StoreError> {
    let applied = match conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE),
        DbConnection::Postgres(c) => c.run_pending_migrations(POSTGRES),
    }
    .map_err(|e| StoreError::Migration(e.to_string()))?;
    Ok(applied.iter().map(ToString::to_string).collect())
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
