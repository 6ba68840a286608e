//! `spawn_app` and fixtures.

use std::collections::HashMap;

use kampus_api::{Application, Config};
use kampus_content::Locale;
use kampus_store::institutions::{self, CountryCode, InstitutionKind, NewInstitution};
use kampus_store::testing::TestDatabase;
use kampus_store::users::{self, NewUser, Role, User};
use kampus_store::{Clock, Email, InstitutionId, SystemClock};
use serde_json::Value;

pub const JWT_SECRET: &str = "test-signing-key-0123456789abcdef-0123456789";

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: TestDatabase,
    pub state: kampus_api::state::AppState,
    data_dir: tempfile::TempDir,
    server: actix_web::dev::ServerHandle,
}

/// After every test, on both backends: the reports' aggregates, kept by the store's
/// functions as the test's requests went, equal a full recount of what was recorded.
impl Drop for TestApp {
    fn drop(&mut self) {
        // The server's workers, pools and mail worker would otherwise outlive the test (and
        // its database), and hundreds of them slow the rest of the run down. `stop` sends
        // the command at once; nothing here waits for it to finish.
        drop(self.server.stop(false));
        if std::thread::panicking() {
            return;
        }
        // A test that made its database unreachable has nothing left to check.
        let Ok(mut conn) = self.state.db.pool().get() else {
            return;
        };
        let differences = kampus_store::reports::aggregates::differences(&mut conn, 5)
            .expect("recounting the reports' aggregates");
        assert!(
            differences.is_empty(),
            "the reports' aggregates differ from a recount: {differences:#?}"
        );
    }
}

/// Starts the application on a fresh database.
pub async fn spawn_app() -> TestApp {
    spawn_app_on(TestDatabase::new()).await
}

/// Starts the application on `db`.
pub async fn spawn_app_on(db: TestDatabase) -> TestApp {
    spawn_app_with(db, &[]).await
}

/// Starts the application on `db` with extra settings.
pub async fn spawn_app_with(db: TestDatabase, extra: &[(&'static str, &str)]) -> TestApp {
    spawn_app_full(db, extra, std::sync::Arc::new(SystemClock)).await
}

/// Starts the application with a clock the test controls.
pub async fn spawn_app_with_clock(clock: std::sync::Arc<dyn Clock>) -> TestApp {
    spawn_app_full(TestDatabase::new(), &[], clock).await
}

async fn spawn_app_full(
    db: TestDatabase,
    extra: &[(&'static str, &str)],
    clock: std::sync::Arc<dyn Clock>,
) -> TestApp {
    let data_dir = tempfile::tempdir().expect("temp dir");
    let mut vars: HashMap<&str, String> = HashMap::from([
        ("KAMPUS_BIND", "127.0.0.1:0".to_owned()),
        ("KAMPUS_DATA_DIR", data_dir.path().display().to_string()),
        ("DATABASE_URL", db.database_url_string()),
        ("KAMPUS_JWT_SECRET", JWT_SECRET.to_owned()),
        ("KAMPUS_WORKERS", "2".to_owned()),
        ("KAMPUS_JSON_LIMIT_BYTES", "16384".to_owned()),
        ("KAMPUS_MAIL_POLL_INTERVAL_MS", "50".to_owned()),
        // The shipped courses (rendered once at start: a few hundred ms in a debug build).
        (
            "KAMPUS_CONTENT_DIR",
            format!("{}/../../content", env!("CARGO_MANIFEST_DIR")),
        ),
    ]);
    vars.extend(extra.iter().map(|(k, v)| (*k, (*v).to_owned())));
    let config = Config::from_vars(|name| vars.get(name).cloned()).expect("test config");
    let app = Application::build_with_clock(config, clock)
        .await
        .expect("application starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    let state = app.state().clone();
    let server = app.server_handle();
    // On a thread and runtime of its own, not the test's: when the test ends, its runtime
    // stops polling whatever it spawned, and a server left there unpolled never processes
    // the stop below, so its workers, writer threads and pools would outlive the test.
    std::thread::spawn(move || actix_web::rt::System::new().block_on(app.run_until_stopped()));
    TestApp {
        address,
        client: reqwest::Client::new(),
        db,
        state,
        data_dir,
        server,
    }
}

impl TestApp {
    pub fn data_dir(&self) -> &std::path::Path {
        self.data_dir.path()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request")
    }

    /// Creates a user with a password, straight in the database.
    pub async fn create_user(
        &self,
        email: &str,
        password: &str,
        locale: Locale,
        role: Role,
    ) -> User {
        let pool = self.state.db.pool().clone();
        let (email, password) = (email.to_owned(), password.to_owned());
        actix_web::rt::task::spawn_blocking(move || {
            insert_user(
                &mut pool.get().expect("conn"),
                &email,
                &password,
                locale,
                role,
            )
        })
        .await
        .expect("task")
    }

    /// A new institution of `kind` in `country` (a two-letter code).
    pub async fn institution(
        &self,
        name: &str,
        country: &str,
        kind: InstitutionKind,
    ) -> InstitutionId {
        let new = NewInstitution {
            name: name.into(),
            country_code: CountryCode::parse(country).expect("country"),
            kind,
        };
        self.state
            .db
            .run(move |conn| institutions::insert(conn, &new, SystemClock.now()))
            .await
            .expect("institution")
            .id
    }

    /// Puts `user` in `institution`: a trainer is assigned to it, anyone else belongs to it.
    pub async fn place(&self, user: &User, institution: InstitutionId) {
        let (id, role) = (user.id, user.role);
        self.state
            .db
            .run(move |conn| {
                let now = SystemClock.now();
                if role == Role::Trainer {
                    users::assign_trainer_institutions(conn, id, &[institution], now)
                } else {
                    users::set_institution(conn, id, Some(institution), now).map(|_| ())
                }
            })
            .await
            .expect("institution set");
    }

    /// Sends a JSON request, with a bearer token when given.
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> reqwest::Response {
        let mut request = self.client.request(method, self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        request.send().await.expect("request")
    }

    /// A text of the newest mail queued for `recipient` (plain-text part).
    pub async fn last_mail_to(&self, recipient: &str) -> Option<String> {
        let recipient = recipient.to_owned();
        self.state
            .db
            .run(move |conn| kampus_store::outbox::for_recipient(conn, &recipient))
            .await
            .expect("outbox")
            .pop()
            .map(|m| m.body_text)
    }

    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        self.client
            .post(self.url("/api/v1/auth/login"))
            .json(&serde_json::json!({ "email": email, "password": password }))
            .send()
            .await
            .expect("request")
    }

    /// Signs in and returns the access token.
    pub async fn token_for(&self, email: &str, password: &str) -> String {
        let response = self.login(email, password).await;
        assert_eq!(response.status(), 200);
        let body: Value = response.json().await.expect("json");
        body["access_token"].as_str().expect("token").to_owned()
    }
}

/// A verified user with a password, straight in the database (blocking).
pub fn insert_user(
    conn: &mut kampus_store::DbConnection,
    email: &str,
    password: &str,
    locale: Locale,
    role: Role,
) -> User {
    let new = NewUser {
        email: Email::parse(email).expect("valid email"),
        display_name: "Test Korisnik".into(),
        preferred_locale: locale,
        role,
        institution_id: None,
        password_hash: Some(kampus_usecases::accounts::password::hash(password).expect("hash")),
        gender: None,
        email_verified_at: Some(SystemClock.now()),
    };
    users::insert(conn, &new, SystemClock.now()).expect("insert user")
}

/// Asserts a problem+json response and returns its body.
pub async fn problem(response: reqwest::Response, status: u16) -> Value {
    assert_eq!(response.status(), status, "status");
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert_eq!(content_type, "application/problem+json");
    let body: Value = response.json().await.expect("problem body is JSON");
    assert_eq!(body["status"], status);
    assert!(
        body["type"]
            .as_str()
            .is_some_and(|t| t.starts_with("/problems/")),
        "{body}"
    );
    assert!(
        body["title"].as_str().is_some_and(|t| !t.is_empty()),
        "{body}"
    );
    body
}

/// Copies a folder recursively (shipped content and fixtures are changed only in copies).
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A real `kampus serve` process (the release's binary, built for the tests) on `db`; killed
/// (SIGKILL, not stopped) when dropped or with [`KampusProcess::kill`].
pub struct KampusProcess {
    child: std::process::Child,
    pub url: String,
}

impl KampusProcess {
    /// Starts it with `vars` on top of the test settings and waits until it is ready.
    pub fn start(db: &TestDatabase, data_dir: &std::path::Path, vars: &[(&str, String)]) -> Self {
        let port = crate::smtp_sink::free_port();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_kampus"))
            .arg("serve")
            .env("KAMPUS_BIND", format!("127.0.0.1:{port}"))
            .env("KAMPUS_DATA_DIR", data_dir)
            .env("DATABASE_URL", db.database_url_string())
            .env("KAMPUS_JWT_SECRET", JWT_SECRET)
            .env("KAMPUS_WORKERS", "2")
            .envs(vars.iter().map(|(k, v)| (*k, v.as_str())))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start kampus");
        let server = KampusProcess {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while reqwest::blocking::get(format!("{}/readyz", server.url))
            .map_or(true, |r| !r.status().is_success())
        {
            assert!(
                std::time::Instant::now() < deadline,
                "kampus did not get ready"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        server
    }

    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("reaped");
    }
}

impl Drop for KampusProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
