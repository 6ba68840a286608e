//! The certificate's email is written with the completion, so it survives a crash: the real
//! `kampus` binary is killed (SIGKILL) right after a learner completes a course, before its
//! mail worker could send anything; a new process on the same database sends the email, with
//! the certificate's PDF attached, to a real SMTP server.

use std::path::Path;
use std::time::Duration;

use kampus_content::Locale;
use kampus_content::answer_key::AnswerKey;
use kampus_store::testing::TestDatabase;
use kampus_store::users::{NewUser, Role};
use kampus_store::{Clock, Email, SystemClock, outbox, users};
use kampus_usecases::i18n::Catalog;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::KampusProcess;
use crate::smtp_sink::{SmtpSink, free_port};

/// A one-lesson course whose final assessment completes it (the benchmark fixture).
const COURSE: &str = "bench-assessment";
const PASSWORD: &str = "lozinka za kampus 2026";

fn repo(path: &str) -> String {
    format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))
}

/// A `kampus serve` process on the benchmark course, sending mail to `smtp_port`.
fn server(db: &TestDatabase, data_dir: &Path, smtp_port: u16, poll_ms: u64) -> KampusProcess {
    KampusProcess::start(
        db,
        data_dir,
        &[
            ("KAMPUS_CONTENT_DIR", repo("bench/content")),
            ("KAMPUS_SMTP_HOST", "127.0.0.1".to_owned()),
            ("KAMPUS_SMTP_PORT", smtp_port.to_string()),
            ("KAMPUS_SMTP_TLS", "none".to_owned()),
            ("KAMPUS_MAIL_POLL_INTERVAL_MS", poll_ms.to_string()),
        ],
    )
}

/// Signs in, enrolls, completes the lesson and passes the final: the course is completed.
fn complete_the_course(url: &str, email: &str) {
    let client = reqwest::blocking::Client::new();
    let call = |method: reqwest::Method, path: &str, token: Option<&str>, body: Option<Value>| {
        let mut request = client.request(method, format!("{url}{path}"));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().expect("request");
        assert!(
            response.status().is_success(),
            "{path}: {}",
            response.status()
        );
        response.json::<Value>().unwrap_or(Value::Null)
    };
    let login = call(
        Method::POST,
        "/api/v1/auth/login",
        None,
        Some(json!({ "email": email, "password": PASSWORD })),
    );
    let token = login["access_token"].as_str().expect("token").to_owned();
    let token = Some(token.as_str());
    call(
        Method::PUT,
        &format!("/api/v1/courses/{COURSE}/enrollment"),
        token,
        None,
    );
    call(
        Method::POST,
        &format!("/api/v1/courses/{COURSE}/progress"),
        token,
        Some(
            json!({ "event_id": uuid::Uuid::now_v7().to_string(), "kind": "lesson-completed", "lesson_id": "l-1" }),
        ),
    );
    let course = kampus_content::load_folder(Path::new(&repo("bench/content")))
        .into_iter()
        .find_map(|(_, outcome)| outcome.course)
        .expect("fixture course");
    let key = AnswerKey::of(course.course()).expect("answer key");
    let attempt = call(
        Method::POST,
        &format!("/api/v1/courses/{COURSE}/assessments/final/attempts"),
        token,
        None,
    );
    let answers: serde_json::Map<String, Value> = attempt["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .map(|q| {
            let id = q["id"].as_str().expect("id");
            let response = key.response("final", id).expect("keyed");
            (id.to_owned(), serde_json::to_value(response).expect("json"))
        })
        .collect();
    let submitted = call(
        Method::POST,
        &format!(
            "/api/v1/attempts/{}/submit",
            attempt["id"].as_str().expect("id")
        ),
        token,
        Some(json!({ "answers": answers })),
    );
    assert_eq!(submitted["result"]["passed"], true, "{submitted}");
}

#[test]
fn the_certificate_email_goes_out_after_a_crash_with_its_pdf() {
    let db = TestDatabase::new();
    let data_dir = tempfile::tempdir().expect("data dir");
    let smtp_port = free_port();
    // The first process's worker looks at the outbox once, at start, then not for an hour.
    let first = server(&db, data_dir.path(), smtp_port, 3_600_000);
    let pool = db.migrated_pool();
    let email = "dragana@mup.gov.rs";
    {
        let mut conn = pool.get().expect("conn");
        let new = NewUser {
            email: Email::parse(email).expect("email"),
            display_name: "Драгана Милошевић".into(),
            preferred_locale: Locale::SrCyrl,
            role: Role::Learner,
            institution_id: None,
            password_hash: Some(kampus_usecases::accounts::password::hash(PASSWORD).expect("hash")),
            gender: None,
            email_verified_at: Some(SystemClock.now()),
        };
        users::insert(&mut conn, &new, SystemClock.now()).expect("learner");
    }
    complete_the_course(&first.url, email);
    first.kill();

    let queued = outbox::for_recipient(&mut pool.get().expect("conn"), email).expect("outbox");
    assert_eq!(queued.len(), 1, "the email was queued with the completion");
    assert_eq!(queued[0].status, "pending", "and not sent before the crash");
    let certificate_id = queued[0]
        .certificate_id
        .clone()
        .expect("carries the certificate");

    let sink = SmtpSink::start_on(smtp_port);
    let second = server(&db, data_dir.path(), smtp_port, 50);
    let delivered = sink.wait_for(1, Duration::from_secs(30));
    assert_eq!(delivered.len(), 1, "delivered once, after the restart");
    let message = &delivered[0];
    let catalog = Catalog::embedded().expect("catalog");
    assert_eq!(
        crate::smtp_sink::subject(message),
        catalog.message(Locale::SrCyrl, "email-certificate-subject", None)
    );
    let certificate = kampus_store::certificates::find(
        &mut pool.get().expect("conn"),
        certificate_id.parse().expect("an id"),
    )
    .expect("certificate");
    assert!(
        message.contains("Content-Type: application/pdf"),
        "{message}"
    );
    assert!(
        message.contains(&format!("{}.pdf", certificate.serial)),
        "attachment named after the serial"
    );
    assert!(
        queued[0]
            .body_text
            .contains(&format!("/verify/{}", certificate.verification_code)),
        "the email links the verification page"
    );
    second.kill();
    let settled = outbox::find(&mut pool.get().expect("conn"), &queued[0].id).expect("mail");
    assert_eq!(settled.status, "sent");
}
