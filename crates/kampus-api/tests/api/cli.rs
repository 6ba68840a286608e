//! The `kampus` binary itself.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use kampus_store::testing::TestDatabase;

use crate::helpers::spawn_app_on;

fn kampus(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
    let data_dir = tempfile::tempdir().expect("tempdir");
    let mut command = Command::new(env!("CARGO_BIN_EXE_kampus"));
    command
        .args(args)
        .env("KAMPUS_DATA_DIR", data_dir.path())
        .env("KAMPUS_JWT_SECRET", crate::helpers::JWT_SECRET)
        .env_remove("DATABASE_URL")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("run kampus");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("wait")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn every_command_has_help() {
    for args in [
        &["--help"][..],
        &["serve", "--help"],
        &["migrate", "--help"],
        &["user", "--help"],
        &["user", "create-admin", "--help"],
        &["user", "create", "--help"],
        &["content", "--help"],
        &["content", "answer-key", "--help"],
    ] {
        let out = kampus(args, &[], None);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        assert!(text(&out.stdout).contains("Usage:"), "{args:?}");
    }
    let help = text(&kampus(&["--help"], &[], None).stdout);
    for command in ["serve", "migrate", "user", "content"] {
        assert!(help.contains(command), "{command} missing from --help");
    }
    let content_help = text(&kampus(&["content", "--help"], &[], None).stdout);
    for command in [
        "check",
        "confirm",
        "new-course",
        "new-lesson",
        "answer-key",
        "termbase",
    ] {
        assert!(
            content_help.contains(command),
            "{command} missing from content --help"
        );
    }
}

#[test]
fn an_unknown_database_scheme_is_refused_at_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let typo = format!("postgress://{}", dir.path().join("kampus").display());
    for command in [&["migrate"][..], &["serve"]] {
        let out = kampus(command, &[("DATABASE_URL", typo.as_str())], None);
        assert_eq!(out.status.code(), Some(2), "{command:?}");
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains("scheme `postgress` is not supported"),
            "{stderr}"
        );
    }
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("read").count(),
        0,
        "no file created"
    );
}

#[test]
fn migrate_applies_the_schema() {
    let db = TestDatabase::new();
    let url = db.database_url_string();
    let out = kampus(&["migrate"], &[("DATABASE_URL", url.as_str())], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("is migrated"));
}

#[actix_web::test]
async fn create_admin_makes_an_account_that_can_sign_in() {
    let db = TestDatabase::new();
    let url = db.database_url_string();
    let env = [("DATABASE_URL", url.as_str())];

    let out = kampus(
        &[
            "user",
            "create-admin",
            "--email",
            "Admin@Centre.rs",
            "--name",
            "Љиљана Админ",
            "--locale",
            "sr-Cyrl",
        ],
        &env,
        None,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let generated = stdout
        .lines()
        .find_map(|l| l.strip_prefix("One-time password: "))
        .expect("password printed")
        .to_owned();
    assert_eq!(generated.chars().count(), 20);
    assert!(
        !text(&out.stderr).contains(&generated),
        "the password is not logged"
    );

    let out = kampus(
        &[
            "user",
            "create-admin",
            "--email",
            "second@centre.rs",
            "--name",
            "Second",
            "--password-stdin",
        ],
        &env,
        Some("chosen password 12345\n"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!text(&out.stdout).contains("One-time password"));

    let out = kampus(
        &[
            "user",
            "create-admin",
            "--email",
            "ADMIN@centre.rs",
            "--name",
            "Again",
        ],
        &env,
        None,
    );
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("already exists"),
        "{}",
        text(&out.stderr)
    );

    let out = kampus(
        &[
            "user",
            "create-admin",
            "--email",
            "third@centre.rs",
            "--name",
            "T",
            "--password-stdin",
        ],
        &env,
        Some("short\n"),
    );
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("at least 12 characters"));

    let app = spawn_app_on(db).await;
    let token = app.token_for("admin@centre.rs", &generated).await;
    let me: serde_json::Value = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("json");
    assert_eq!(me["role"], "admin");
    assert_eq!(me["display_name"], "Љиљана Админ");
    assert_eq!(me["preferred_locale"], "sr-Cyrl");
    app.token_for("second@centre.rs", "chosen password 12345")
        .await;
}

#[actix_web::test]
async fn user_create_makes_a_verified_learner_and_refuses_bad_roles() {
    let db = TestDatabase::new();
    let url = db.database_url_string();
    let env = [("DATABASE_URL", url.as_str())];
    let create = |extra: &[&str]| {
        let mut args = vec![
            "user",
            "create",
            "--email",
            "ana@mup.gov.mk",
            "--name",
            "Ана Петровска",
            "--locale",
            "mk",
            "--password-stdin",
        ];
        args.extend_from_slice(extra);
        kampus(&args, &env, Some("learner password 123\n"))
    };

    let out = create(&["--role", "director"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("--role"),
        "{}",
        text(&out.stderr)
    );
    let out = create(&["--institution", "not-an-id"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("--institution"),
        "{}",
        text(&out.stderr)
    );
    let unknown = uuid::Uuid::now_v7().to_string();
    let out = create(&["--institution", &unknown]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("no institution"),
        "{}",
        text(&out.stderr)
    );

    let out = create(&[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Created learner"),
        "{}",
        text(&out.stdout)
    );

    // Verified at once: the learner signs in and is a learner.
    let app = spawn_app_on(db).await;
    let token = app
        .token_for("ana@mup.gov.mk", "learner password 123")
        .await;
    let me: serde_json::Value = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("json");
    assert_eq!(me["role"], "learner");
    assert_eq!(me["preferred_locale"], "mk");
}

fn repo_path(relative: &str) -> String {
    format!("{}/../../{relative}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn content_check_passes_on_the_shipped_courses() {
    let out = kampus(&["content", "check", &repo_path("content")], &[], None);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    for course in [
        "global-regional-migration-governance",
        "migration-and-development",
        "migration-and-gender",
    ] {
        assert!(
            stdout.contains(&format!("{course}: 0 error(s), 0 warning(s)")),
            "{course}: {stdout}"
        );
    }
    let json = kampus(
        &[
            "content",
            "check",
            &repo_path("content"),
            "--format",
            "json",
        ],
        &[],
        None,
    );
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON report");
    assert!(report.is_object() || report.is_array());
}

#[test]
fn an_xliff_export_writes_the_termbase_as_tbx_beside_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let xliff = dir.path().join("mk.xlf");
    let out = kampus(
        &[
            "content",
            "export",
            &repo_path("content/migration-and-gender"),
            "--locale",
            "mk",
            "--format",
            "xliff",
            "-o",
            xliff.to_str().expect("utf-8 path"),
        ],
        &[],
        None,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let tbx = std::fs::read_to_string(dir.path().join("mk.tbx")).expect("mk.tbx beside mk.xlf");
    assert!(tbx.starts_with("<?xml") && tbx.contains("type=\"TBX-Basic\""));
    assert!(tbx.contains("<langSec xml:lang=\"mk\">"));
    assert!(!tbx.contains("<langSec xml:lang=\"sq\">"));
    let printed = kampus(&["content", "termbase", &repo_path("content")], &[], None);
    assert!(printed.status.success(), "{}", text(&printed.stderr));
    assert!(text(&printed.stdout).contains("<conceptEntry id=\"term-migration\">"));
}

#[test]
fn content_check_fails_on_a_broken_course_with_positions() {
    let out = kampus(
        &[
            "content",
            "check",
            &repo_path("tests/fixtures/broken-course"),
        ],
        &[],
        None,
    );
    assert!(!out.status.success());
    let stdout = text(&out.stdout);
    // Every problem line names file:line:column.
    let located = stdout
        .lines()
        .filter(|l| l.contains("course.toml:") || l.contains(".ftl:") || l.contains(".md:"))
        .count();
    assert!(located >= 5, "{stdout}");
}

#[test]
fn answer_key_prints_json_and_refuses_a_broken_manifest() {
    let out = kampus(
        &[
            "content",
            "answer-key",
            &repo_path("content/migration-and-gender"),
        ],
        &[],
        None,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let key: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON key");
    assert_eq!(key["course"], "migration-and-gender");
    assert_eq!(
        key["assessments"]["final"]["fa-false-passport"]["type"],
        "bool"
    );

    let out = kampus(
        &[
            "content",
            "answer-key",
            &repo_path("tests/fixtures/broken-course"),
        ],
        &[],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "no key printed");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("course.toml:") && stderr.contains("kampus content check"),
        "{stderr}"
    );
}

#[actix_web::test]
async fn the_server_loads_the_content_folder_at_start() {
    let db = TestDatabase::new();
    let data_dir = tempfile::tempdir().expect("tempdir");
    let content = repo_path("content");
    let vars: std::collections::HashMap<&str, String> = std::collections::HashMap::from([
        ("KAMPUS_BIND", "127.0.0.1:0".to_owned()),
        ("KAMPUS_DATA_DIR", data_dir.path().display().to_string()),
        ("DATABASE_URL", db.database_url_string()),
        ("KAMPUS_JWT_SECRET", crate::helpers::JWT_SECRET.to_owned()),
        ("KAMPUS_CONTENT_DIR", content),
    ]);
    let config = kampus_api::Config::from_vars(|n| vars.get(n).cloned()).expect("config");
    let app = kampus_api::Application::build(config).await.expect("app");
    assert_eq!(app.state().content().len(), 3);
    let port = app.port();
    actix_web::rt::spawn(app.run_until_stopped());
    let ready: serde_json::Value = reqwest::get(format!("http://127.0.0.1:{port}/readyz"))
        .await
        .expect("get")
        .json()
        .await
        .expect("json");
    assert_eq!(ready["checks"]["content"]["courses"], 3);
}
