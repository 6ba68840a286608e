//! Reports read from a PostgreSQL streaming replica (`KAMPUS_REPORTS_DATABASE_URL`): a real
//! primary and a real replica (`initdb`, `pg_basebackup -R`, two `postgres` on loopback ports,
//! run as the `postgres` user), learners write to the primary, and the report read on the
//! replica catches up. PostgreSQL suite only (the SQLite suite has no replica to test).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use kampus_content::Locale;
use kampus_store::Backend;
use kampus_store::testing::TestDatabase;
use kampus_store::users::Role;
use reqwest::Method;
use serde_json::Value;

use crate::helpers::spawn_app_with;
use crate::smtp_sink::free_port;

/// The longest lag the test accepts; docs/operations.md states what to expect.
const MAX_LAG: Duration = Duration::from_secs(10);

/// The PostgreSQL server programs of the installed major version.
fn bin(program: &str) -> PathBuf {
    let version = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL is installed under /usr/lib/postgresql")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|v| v.parse::<u32>().ok())
        .max()
        .expect("a PostgreSQL version");
    PathBuf::from(format!("/usr/lib/postgresql/{version}/bin/{program}"))
}

/// Runs a PostgreSQL program as the `postgres` user (the server refuses to run as root).
fn as_postgres(program: &str, args: &[&str]) {
    let out = Command::new("runuser")
        .args(["-u", "postgres", "--"])
        .arg(bin(program))
        .args(args)
        .output()
        .expect("runuser runs");
    assert!(
        out.status.success(),
        "{program} {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A primary and its streaming replica, stopped and removed when dropped.
struct Cluster {
    dir: tempfile::TempDir,
    primary_port: u16,
    replica_port: u16,
}

impl Cluster {
    fn start() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().display().to_string();
        assert!(
            Command::new("chown")
                .args(["-R", "postgres", &path])
                .status()
                .expect("chown")
                .success()
        );
        let (primary, replica) = (format!("{path}/primary"), format!("{path}/replica"));
        let (primary_port, replica_port) = (free_port(), free_port());
        as_postgres(
            "initdb",
            &[
                "-D",
                &primary,
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
            ],
        );
        let options = |port: u16| format!("-p {port} -k {path} -c listen_addresses=127.0.0.1");
        as_postgres(
            "pg_ctl",
            &[
                "-D",
                &primary,
                "-o",
                &options(primary_port),
                "-l",
                &format!("{primary}.log"),
                "-w",
                "start",
            ],
        );
        as_postgres(
            "pg_basebackup",
            &[
                "-h",
                "127.0.0.1",
                "-p",
                &primary_port.to_string(),
                "-U",
                "postgres",
                "-D",
                &replica,
                "-R",
                "-X",
                "stream",
            ],
        );
        as_postgres(
            "pg_ctl",
            &[
                "-D",
                &replica,
                "-o",
                &options(replica_port),
                "-l",
                &format!("{replica}.log"),
                "-w",
                "start",
            ],
        );
        Cluster {
            dir,
            primary_port,
            replica_port,
        }
    }

    fn primary_url(&self, database: &str) -> String {
        format!(
            "postgres://postgres@127.0.0.1:{}/{database}",
            self.primary_port
        )
    }

    fn replica_url(&self, database: &str) -> String {
        format!(
            "postgres://postgres@127.0.0.1:{}/{database}",
            self.replica_port
        )
    }

    fn data(&self, name: &str) -> String {
        Path::new(self.dir.path()).join(name).display().to_string()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for node in ["replica", "primary"] {
            let _ = Command::new("runuser")
                .args(["-u", "postgres", "--"])
                .arg(bin("pg_ctl"))
                .args(["-D", &self.data(node), "-m", "immediate", "stop"])
                .output();
        }
    }
}

#[actix_web::test]
async fn reports_read_from_a_streaming_replica_catch_up() {
    if kampus_store::testing::backend() != Backend::Postgres {
        eprintln!("PostgreSQL suite only: the SQLite suite has no replica");
        return;
    }
    let cluster = actix_web::rt::task::spawn_blocking(Cluster::start)
        .await
        .expect("cluster");
    let database = "kampus_replica_test";
    let primary = cluster.primary_url(database);
    let replica = cluster.replica_url(database);
    // A first server creates and migrates the database on the primary...
    let first = spawn_app_with(TestDatabase::new(), &[("DATABASE_URL", &primary)]).await;
    drop(first);
    // ...which the replica receives before a server can read reports from it.
    let deadline = Instant::now() + MAX_LAG;
    while kampus_store::Pool::connect(
        kampus_store::DatabaseUrl::parse(&replica).expect("url"),
        &kampus_store::PoolOptions::default(),
    )
    .is_err()
    {
        assert!(
            Instant::now() < deadline,
            "the replica never got the database"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let app = spawn_app_with(
        TestDatabase::new(),
        &[
            ("DATABASE_URL", &primary),
            ("KAMPUS_REPORTS_DATABASE_URL", &replica),
        ],
    )
    .await;
    assert_eq!(app.state.reports.pool().url().to_string(), replica);
    let password = "izvještaji centra 2026";
    app.create_user("admin@rmtc.org", password, Locale::En, Role::Admin)
        .await;
    let admin = app.token_for("admin@rmtc.org", password).await;
    for n in 0..3 {
        let email = format!("learner{n}@granpol.gov.ba");
        app.create_user(&email, password, Locale::Bs, Role::Learner)
            .await;
        let token = app.token_for(&email, password).await;
        let enrolled = app
            .send(
                Method::PUT,
                "/api/v1/courses/migration-and-gender/enrollment",
                Some(&token),
                None,
            )
            .await;
        assert!(enrolled.status().is_success());
    }
    // Written on the primary; the report, read on the replica, shows it within the lag.
    let written = Instant::now();
    let lag = loop {
        let report: Value = app
            .send(
                Method::GET,
                "/api/v1/reports/completion",
                Some(&admin),
                None,
            )
            .await
            .json()
            .await
            .expect("json");
        if report["totals"]["enrolled"] == 3 {
            break written.elapsed();
        }
        assert!(
            written.elapsed() < MAX_LAG,
            "the replica did not catch up: {report}"
        );
        actix_web::rt::time::sleep(Duration::from_millis(20)).await;
    };
    eprintln!("replica caught up {lag:?} after the last write");
    drop(app);
    drop(cluster);
}
