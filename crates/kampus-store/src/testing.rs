//! Test databases: each test gets its own, on the backend the test run asks for.
//!
//! `KAMPUS_TEST_DATABASE_URL` picks the backend. Unset or `sqlite://…`: a fresh SQLite file in
//! a temporary folder. `postgres://…/<name>`: a fresh database `<name>_<uuid>` on that server,
//! dropped when the test ends (and by `.ci/run` at the end of the run, should a test abort).

use std::sync::OnceLock;

use diesel::PgConnection;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;

use crate::{Backend, DatabaseUrl, Pool, PoolOptions, migrations};

/// The environment variable that chooses the backend of a test run.
pub const TEST_DATABASE_URL_VAR: &str = "KAMPUS_TEST_DATABASE_URL";

/// The backend this test run uses.
pub fn backend() -> Backend {
    match std::env::var(TEST_DATABASE_URL_VAR) {
        Ok(url) if !url.trim().is_empty() => DatabaseUrl::parse(&url)
            .expect("KAMPUS_TEST_DATABASE_URL is invalid")
            .backend(),
        _ => Backend::Sqlite,
    }
}

/// A database that exists for one test and is removed afterwards.
#[derive(Debug)]
pub struct TestDatabase {
    url: DatabaseUrl,
    cleanup: Cleanup,
}

#[derive(Debug)]
enum Cleanup {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { server: DatabaseUrl, name: String },
}

impl TestDatabase {
    /// Creates an empty database (no migrations applied).
    pub fn new() -> Self {
        let configured = std::env::var(TEST_DATABASE_URL_VAR).unwrap_or_default();
        if configured.trim().is_empty() || configured.starts_with("sqlite") {
            let dir = tempfile::tempdir().expect("create temp dir");
            let url = DatabaseUrl::Sqlite(dir.path().join("kampus-test.db"));
            return Self {
                url,
                cleanup: Cleanup::Sqlite(dir),
            };
        }
        let base = DatabaseUrl::parse(&configured).expect("KAMPUS_TEST_DATABASE_URL is invalid");
        let prefix = base
            .postgres_database()
            .unwrap_or_else(|| "kampus_test".into());
        let name = format!("{prefix}_{}", uuid::Uuid::now_v7().simple());
        let server = base
            .with_postgres_database("postgres")
            .expect("postgres URL");
        admin_execute(&server, &format!("CREATE DATABASE \"{name}\""))
            .expect("create test database");
        let url = base.with_postgres_database(&name).expect("postgres URL");
        Self {
            url,
            cleanup: Cleanup::Postgres { server, name },
        }
    }

    pub fn url(&self) -> &DatabaseUrl {
        &self.url
    }

    /// A pool on this database with all migrations applied.
    pub fn migrated_pool(&self) -> Pool {
        let pool = Pool::connect(self.url.clone(), &PoolOptions::default()).expect("connect");
        let mut conn = pool.get().expect("connection");
        migrations::run_pending(&mut conn).expect("migrate");
        pool
    }
}

impl TestDatabase {
    /// Takes the database away under a running server: SQLite deletes the file, PostgreSQL
    /// drops the database and ends its connections.
    pub fn make_unreachable(&self) {
        match &self.cleanup {
            Cleanup::Sqlite(_) => {
                let path = self.url.sqlite_path().expect("sqlite url");
                for suffix in ["", "-wal", "-shm"] {
                    let mut file = path.as_os_str().to_owned();
                    file.push(suffix);
                    let _ = std::fs::remove_file(file);
                }
            }
            Cleanup::Postgres { server, name } => {
                admin_execute(
                    server,
                    &format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"),
                )
                .expect("drop test database");
            }
        }
    }

    /// The URL as `DATABASE_URL` would spell it.
    pub fn database_url_string(&self) -> String {
        match &self.url {
            DatabaseUrl::Sqlite(path) => format!("sqlite://{}", path.display()),
            DatabaseUrl::Postgres(raw) => raw.clone(),
        }
    }
}

impl Default for TestDatabase {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Cleanup::Postgres { server, name } = &self.cleanup {
            // WITH (FORCE) ends connections a pool may still hold.
            let sql = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            if let Err(e) = admin_execute(server, &sql) {
                eprintln!("could not drop test database {name}: {e}");
            }
        }
    }
}

/// Runs one statement on the server's maintenance database.
fn admin_execute(server: &DatabaseUrl, sql: &str) -> diesel::QueryResult<()> {
    // CREATE DATABASE copies template1, and PostgreSQL refuses to copy it while another
    // session is connected to it, so tests of one process create databases one at a time.
    static LOCK: OnceLock<std::sync::Mutex<()>> = OnceLock::new();
    let _guard = LOCK.get_or_init(Default::default).lock();
    let mut admin =
        PgConnection::establish(&server.connection_string()).expect("connect to PostgreSQL server");
    admin.batch_execute(sql)
}
