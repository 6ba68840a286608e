//! Outgoing mail through the outbox, against a real SMTP server on loopback.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;
use kampus_api::mail::worker::{self, WorkerSettings};
use kampus_api::mail::{MailTemplate, MailTransport, compose};
use kampus_api::{Application, Config};
use kampus_content::Locale;
use kampus_store::outbox::{self, RetryPolicy};
use kampus_store::testing::TestDatabase;
use kampus_store::{Clock, SystemClock};
use kampus_usecases::i18n::Catalog;

use crate::smtp_sink::{SmtpSink, free_port, header, subject};

fn smtp_config(port: u16) -> kampus_api::config::MailConfig {
    let vars: HashMap<&str, String> = HashMap::from([
        ("KAMPUS_SMTP_HOST", "127.0.0.1".to_owned()),
        ("KAMPUS_SMTP_PORT", port.to_string()),
        ("KAMPUS_SMTP_TLS", "none".to_owned()),
    ]);
    Config::from_vars(|name| vars.get(name).cloned())
        .expect("config")
        .mail
}

fn verify_mail(catalog: &Catalog, to: &str, locale: Locale) -> outbox::NewMail {
    let template = MailTemplate::VerifyEmail {
        name: "Tester".into(),
        link: format!("http://127.0.0.1/verify?to={to}"),
        hours: 48,
    };
    compose(catalog, &template, to, locale)
}

/// Mail queued while the SMTP server is down stays queued, and is delivered exactly once, in
/// the recipient's language, when the server comes back.
#[test]
fn mail_waits_for_a_stopped_smtp_server_and_is_delivered_once() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let catalog = Catalog::embedded().expect("catalog");
    let clock = SystemClock;
    let recipients = [
        ("ana@mvr.gov.mk", Locale::Mk),
        ("drita@asp.gov.al", Locale::Sq),
        ("ivan@mup.hr", Locale::Hr),
    ];
    {
        let mut conn = pool.get().expect("conn");
        for (to, locale) in recipients {
            outbox::enqueue(&mut conn, &verify_mail(&catalog, to, locale), clock.now())
                .expect("enqueue");
        }
    }
    let port = free_port();
    let transport = MailTransport::from_config(&smtp_config(port), std::path::Path::new("unused"))
        .expect("transport");
    let settings = WorkerSettings {
        poll_interval: Duration::from_millis(20),
        batch: 10,
        retry: RetryPolicy {
            max_attempts: 100,
            base: TimeDelta::milliseconds(50),
            cap: TimeDelta::milliseconds(200),
        },
        from: "Kampus <no-reply@kampus.test>".into(),
        attachments: std::sync::Arc::new(kampus_api::mail::NoAttachments),
    };

    // The server is down: nothing is sent, nothing is lost.
    assert_eq!(worker::run_once(&pool, &transport, &clock, &settings), 0);
    {
        let mut conn = pool.get().expect("conn");
        let pending = outbox::list_by_status(&mut conn, "pending", 10).expect("list");
        assert_eq!(pending.len(), 3);
        assert!(
            pending
                .iter()
                .all(|m| m.attempts == 1 && m.last_error.is_some())
        );
    }

    // It comes back on the same port.
    let sink = SmtpSink::start_on(port);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let mut sent = 0;
    while sent < 3 && std::time::Instant::now() < deadline {
        sent += worker::run_once(&pool, &transport, &clock, &settings);
        std::thread::sleep(Duration::from_millis(25));
    }
    assert_eq!(sent, 3);
    // More rounds send nothing again.
    for _ in 0..5 {
        assert_eq!(worker::run_once(&pool, &transport, &clock, &settings), 0);
    }
    let messages = sink.messages();
    assert_eq!(messages.len(), 3, "each message exactly once");
    let ids: BTreeSet<_> = messages
        .iter()
        .filter_map(|m| header(m, "Message-ID"))
        .collect();
    assert_eq!(ids.len(), 3);
    let by_recipient: HashMap<String, String> = messages
        .iter()
        .map(|m| (header(m, "To").expect("To"), subject(m)))
        .collect();
    assert_eq!(
        by_recipient["ana@mvr.gov.mk"],
        "Потврдете ја вашата е-пошта за Кампус"
    );
    assert_eq!(
        by_recipient["drita@asp.gov.al"],
        "Konfirmoni adresën tuaj të email-it për Kampus"
    );
    assert_eq!(
        by_recipient["ivan@mup.hr"],
        "Potvrdite svoju adresu e-pošte za Kampus"
    );
    let mut conn = pool.get().expect("conn");
    assert_eq!(
        outbox::list_by_status(&mut conn, "sent", 10)
            .expect("list")
            .len(),
        3
    );
}

/// The running application's worker sends what is queued, over SMTP.
#[actix_web::test]
async fn the_application_worker_delivers_queued_mail() {
    let sink = SmtpSink::start();
    let db = TestDatabase::new();
    let data_dir = tempfile::tempdir().expect("tempdir");
    let vars: HashMap<&str, String> = HashMap::from([
        ("KAMPUS_BIND", "127.0.0.1:0".to_owned()),
        ("KAMPUS_DATA_DIR", data_dir.path().display().to_string()),
        ("DATABASE_URL", db.database_url_string()),
        ("KAMPUS_JWT_SECRET", crate::helpers::JWT_SECRET.to_owned()),
        ("KAMPUS_SMTP_HOST", "127.0.0.1".to_owned()),
        ("KAMPUS_SMTP_PORT", sink.port().to_string()),
        ("KAMPUS_SMTP_TLS", "none".to_owned()),
        ("KAMPUS_MAIL_POLL_INTERVAL_MS", "50".to_owned()),
    ]);
    let app = Application::build(Config::from_vars(|n| vars.get(n).cloned()).expect("config"))
        .await
        .expect("app");
    let state = app.state().clone();
    actix_web::rt::spawn(app.run_until_stopped());
    let catalog = Arc::clone(&state.catalog);
    state
        .db
        .run(move |conn| {
            outbox::enqueue(
                conn,
                &verify_mail(&catalog, "sara@mup.gov.ba", Locale::Bs),
                SystemClock.now(),
            )
        })
        .await
        .expect("enqueue");
    let messages =
        actix_web::rt::task::spawn_blocking(move || sink.wait_for(1, Duration::from_secs(10)))
            .await
            .expect("wait");
    assert_eq!(messages.len(), 1);
    assert_eq!(
        subject(&messages[0]),
        "Potvrdite svoju e-mail adresu za Kampus"
    );
    assert_eq!(
        header(&messages[0], "From").as_deref(),
        Some("Kampus <no-reply@localhost>")
    );
}

/// With no SMTP server configured, mail becomes `.eml` files in the data folder.
#[actix_web::test]
async fn without_smtp_mail_is_written_as_eml_files() {
    let app = crate::helpers::spawn_app().await;
    let catalog = Arc::clone(&app.state.catalog);
    app.state
        .db
        .run(move |conn| {
            outbox::enqueue(
                conn,
                &verify_mail(&catalog, "marko@mup.gov.me", Locale::Cnr),
                SystemClock.now(),
            )
        })
        .await
        .expect("enqueue");
    let mail_dir = app.data_dir().join("mail");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let files = loop {
        let files: Vec<_> = std::fs::read_dir(&mail_dir)
            .map(|dir| {
                dir.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                    .collect()
            })
            .unwrap_or_default();
        if !files.is_empty() || std::time::Instant::now() > deadline {
            break files;
        }
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(files.len(), 1);
    let raw = std::fs::read_to_string(&files[0]).expect("read");
    assert_eq!(header(&raw, "To").as_deref(), Some("marko@mup.gov.me"));
    assert_eq!(subject(&raw), "Potvrdite svoju e-adresu za Kampus");
    assert!(raw.contains("multipart/alternative"));
}

/// Issue 18.6: `GET /admin/mail?status=bogus` said "This field is required."; a status outside
/// the list (the empty one too) is a `400 invalid-query` that names the statuses there are.
#[actix_web::test]
async fn the_mail_list_names_the_statuses_there_are() {
    let app = crate::helpers::spawn_app().await;
    let password = "lozinka za kampus 2026";
    app.create_user(
        "admin@kampus.test",
        password,
        Locale::En,
        kampus_store::users::Role::Admin,
    )
    .await;
    let admin = app.token_for("admin@kampus.test", password).await;
    let get = |query: &'static str| {
        let (app, admin) = (&app, &admin);
        async move {
            app.send(
                reqwest::Method::GET,
                &format!("/api/v1/admin/mail?{query}"),
                Some(admin),
                None,
            )
            .await
        }
    };
    for query in ["status=bogus", "status=", "status=FAILED"] {
        let body = crate::helpers::problem(get(query).await, 400).await;
        assert_eq!(body["type"], "/problems/invalid-query", "{query}");
        assert_eq!(body["errors"][0]["field"], "status", "{query}");
        assert_eq!(
            body["errors"][0]["message"], "Choose one of: pending, sending, sent, failed.",
            "{query}"
        );
    }
    let body = crate::helpers::problem(get("state=failed").await, 400).await;
    assert_eq!(body["errors"][0]["field"], "state");
    for query in ["status=failed", "status=sent", "lang=mk"] {
        assert_eq!(get(query).await.status(), 200, "{query}");
    }
    let body = crate::helpers::problem(
        app.send(
            reqwest::Method::POST,
            "/api/v1/admin/mail/no-such-message/retry",
            Some(&admin),
            None,
        )
        .await,
        404,
    )
    .await;
    assert_eq!(body["type"], "/problems/not-found");
}
