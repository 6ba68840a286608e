//! The curl walkthrough of `docs/api-guide.md`, run as written: every `sh` block, in order,
//! as one bash script against the real server, with the real `kampus` binary for the answer
//! key. If the guide drifts from the API, this fails.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use kampus_content::Locale;
use kampus_store::users::Role;

use crate::helpers::spawn_app;

/// The course the walkthrough takes.
const COURSE: &str = "migration-and-gender";
/// Fewer blocks than this means the extractor or the guide lost something.
const MIN_BLOCKS: usize = 10;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn guide() -> String {
    let path = repo_root().join("docs/api-guide.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The bodies of the ```sh blocks, in order (other fences, e.g. ```text, are prose).
fn sh_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<Vec<&str>> = None;
    for line in markdown.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```sh") => current = Some(Vec::new()),
            (Some(lines), "```") => {
                blocks.push(lines.join("\n"));
                current = None;
            }
            (Some(lines), _) => lines.push(line),
            (None, _) => {}
        }
    }
    assert!(current.is_none(), "an unclosed ```sh block");
    blocks
}

/// `<lesson-id>`-style placeholders: `<`, lowercase letters, digits and hyphens, `>`.
fn placeholders(block: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = block;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
            .unwrap_or(after.len());
        if name_len > 0 && after[name_len..].starts_with('>') {
            found.push(&rest[start..=start + 1 + name_len]);
        }
        rest = after;
    }
    found
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_guide_is_a_script_without_placeholders() {
    let blocks = sh_blocks(&guide());
    assert!(
        blocks.len() >= MIN_BLOCKS,
        "{} sh blocks: {blocks:#?}",
        blocks.len()
    );
    for block in &blocks {
        assert!(placeholders(block).is_empty(), "placeholders in:\n{block}");
        assert!(!block.contains('…'), "an ellipsis to fill in:\n{block}");
    }
    let script = blocks.join("\n");
    for needed in [
        "U=${U:-http://127.0.0.1:8080}",
        "$EMAIL",
        "$PASSWORD",
        "KAMPUS=${KAMPUS:-kampus}",
        "$STAFF_EMAIL",
    ] {
        assert!(script.contains(needed), "the script does not use {needed}");
    }
    // The checks themselves.
    assert_eq!(
        placeholders("x <lesson-id> <<<\"$A\" a<b> <Q>"),
        ["<lesson-id>", "<b>"]
    );
    assert_eq!(
        sh_blocks("```sh\na\n```\n```text\nb\n```\n```sh\nc\nd\n```\n"),
        ["a", "c\nd"]
    );
}

#[actix_web::test]
async fn the_api_guide_walkthrough_completes_a_course() {
    let app = spawn_app().await;
    let (email, password) = ("amra.hodzic@granpol.gov.ba", "granica i azil 2026");
    let learner = app
        .create_user(email, password, Locale::Bs, Role::Learner)
        .await;
    let (staff_email, staff_password) = ("admin@rmtc.org", "izvještaji centra 2026");
    app.create_user(staff_email, staff_password, Locale::En, Role::Admin)
        .await;
    let script = sh_blocks(&guide()).join("\n");
    let address = app.address.clone();
    let out_dir = tempfile::tempdir().expect("temp dir");
    let out_path = out_dir.path().to_owned();
    // A blocking child process: off the runtime thread, which the server's tasks share.
    let out: Output = actix_web::rt::task::spawn_blocking(move || {
        Command::new("bash")
            .args(["-euo", "pipefail", "-c", &script])
            .current_dir(repo_root())
            .env("U", address)
            .env("EMAIL", email)
            .env("PASSWORD", password)
            .env("STAFF_EMAIL", staff_email)
            .env("STAFF_PASSWORD", staff_password)
            .env("KAMPUS", env!("CARGO_BIN_EXE_kampus"))
            .env("OUT", out_path)
            .output()
            .expect("bash runs (bash, curl and jq must be installed)")
    })
    .await
    .expect("task");
    assert!(
        out.status.success(),
        "the walkthrough failed ({}):\n--- stdout\n{}\n--- stderr\n{}",
        out.status,
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(
        text(&out.stdout).contains("enrollment: completed"),
        "{}",
        text(&out.stdout)
    );
    // The certificate's documents, downloaded by the script.
    let pdf = std::fs::read(out_dir.path().join("certificate.pdf")).expect("the PDF");
    assert!(pdf.starts_with(b"%PDF-"));
    let credential: serde_json::Value = serde_json::from_slice(
        &std::fs::read(out_dir.path().join("credential.json")).expect("the credential"),
    )
    .expect("json");
    kampus_badge::verify(&credential).expect("the downloaded credential verifies");
    assert!(text(&out.stdout).contains("certificate: KMP-"));
    // The reports, as staff see them: the learner's completion counted, CSV with a BOM.
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(
            r#"{"enrolled":1,"started":1,"completed":1,"completion_rate":1,"final_pass_rate":1}"#
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("\u{feff}Kurs,"),
        "CSV headers in Bosnian: {stdout}"
    );
    assert!(stdout.contains(r#""learners_trained":1"#), "{stdout}");
    assert!(
        stdout.contains(r#"{"learners":1,"mean_pre":"#),
        "knowledge gain: {stdout}"
    );
    assert!(
        stdout.contains(r#""responses":1,"#),
        "satisfaction: {stdout}"
    );
    // Publishing: a module, then its Albanian translation, which the learner reads.
    assert!(stdout.contains(" module false"), "a module draft: {stdout}");
    assert!(
        stdout.contains(r#"{"locale":"sq","status":"partial","missing":["#),
        "Albanian partial before the translation: {stdout}"
    );
    assert!(
        stdout.contains(r#"{"title":"Zbatimi në praktikë","locale":"sq"}"#),
        "the preview in Albanian: {stdout}"
    );
    assert!(
        stdout.contains("learner reads: Rast studimor: një rrëfim në qendrën e pritjes (sq)"),
        "{stdout}"
    );
    assert!(
        stdout.contains(r#""enrollment":"completed""#),
        "the completion is kept: {stdout}"
    );

    // Independently of the script's own check: the database has the completion.
    let (enrollment, passed, completions) = app
        .state
        .db
        .run(move |conn| {
            let enrollment =
                kampus_store::enrollments::find(conn, learner.id, COURSE)?.expect("enrolled");
            let passed = kampus_store::completion::passed_assessments(conn, &enrollment.id)?;
            let completions = kampus_store::completion::count_for_course(conn, COURSE)?;
            Ok::<_, kampus_store::StoreError>((enrollment, passed, completions))
        })
        .await
        .expect("read back");
    assert!(enrollment.completed_at.is_some(), "{enrollment:?}");
    assert_eq!(completions, 1, "one completion recorded");
    let rule = app
        .state
        .content()
        .course(COURSE)
        .expect("course served")
        .course()
        .completion
        .pass
        .clone();
    for assessment in &rule {
        assert!(
            passed.contains(assessment),
            "{assessment} not passed: {passed:?}"
        );
    }
}
