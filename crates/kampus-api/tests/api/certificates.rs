//! Public verification of certificates: limited per address, unknown codes are plain 404s.
//! (Issuance and a valid verification are in `assessments::concurrent_completing_events_complete_once`.)

use kampus_store::testing::TestDatabase;

use crate::helpers::{problem, spawn_app_with};

#[actix_web::test]
async fn verification_is_rate_limited_per_address() {
    let app = spawn_app_with(
        TestDatabase::new(),
        &[("KAMPUS_VERIFY_LIMIT_PER_MINUTE", "3")],
    )
    .await;
    for _ in 0..3 {
        problem(app.get("/api/v1/verify/7K3M-Q9XD-T2WA-B4RN").await, 404).await;
    }
    let limited = app.get("/api/v1/verify/7K3M-Q9XD-T2WA-B4RN").await;
    assert!(limited.headers().contains_key("retry-after"));
    let body = problem(limited, 429).await;
    assert_eq!(body["type"], "/problems/too-many-requests");
}

/// A certificate issued straight in the database (issuance through a completion is tested in
/// `assessments::concurrent_completing_events_complete_once`).
async fn issued(app: &crate::helpers::TestApp) -> kampus_store::certificates::Certificate {
    issued_to(app, "holder@mvr.gov.mk", "Марија Петровска").await
}

pub async fn issued_to(
    app: &crate::helpers::TestApp,
    email: &str,
    name: &str,
) -> kampus_store::certificates::Certificate {
    let learner = app
        .create_user(
            email,
            "lozinka za kampus 2026",
            kampus_content::Locale::Mk,
            kampus_store::users::Role::Learner,
        )
        .await;
    let now = app.state.clock.now();
    let facts = kampus_usecases::certificates::facts::CertificateFacts {
        holder_name: name.into(),
        institution: None,
        locale: "mk".into(),
        course_id: "migration-and-gender".into(),
        course_title: "Миграција и род".into(),
        course_title_en: "Migration and Gender".into(),
        hours: 12.0,
        credits: Some(0.5),
        level: "intermediate".into(),
        eqf_level: Some(6),
        outcomes: vec![],
        outcomes_en: vec![],
        completed_on: now.date(),
        final_score: Some(90.0),
        issuer: kampus_api::config::DEFAULT_ISSUER.into(),
    };
    let snapshot = serde_json::to_string(&facts).expect("json");
    app.state
        .db
        .run(move |conn| {
            let enrollment =
                kampus_store::enrollments::enroll(conn, learner.id, "migration-and-gender", now)?;
            kampus_store::certificates::issue(
                conn,
                &kampus_store::certificates::NewCertificate {
                    enrollment_id: &enrollment.id,
                    user_id: enrollment.user_id,
                    course_id: &enrollment.course_id,
                    snapshot: &snapshot,
                    issued_at: now,
                },
            )
            .map(kampus_store::certificates::Issuance::into_certificate)
        })
        .await
        .expect("issued")
}

#[actix_web::test]
async fn admins_revoke_with_a_reason_and_verification_says_so() {
    use kampus_store::users::Role;
    use reqwest::Method;
    use serde_json::{Value, json};

    let app = crate::helpers::spawn_app().await;
    let certificate = issued(&app).await;
    let password = "lozinka za kampus 2026";
    app.create_user(
        "admin@kampus.test",
        password,
        kampus_content::Locale::En,
        Role::Admin,
    )
    .await;
    app.create_user(
        "trainer@kampus.test",
        password,
        kampus_content::Locale::En,
        Role::Trainer,
    )
    .await;
    let admin = app.token_for("admin@kampus.test", password).await;
    let trainer = app.token_for("trainer@kampus.test", password).await;
    let holder = app.token_for("holder@mvr.gov.mk", password).await;
    let path = format!("/api/v1/admin/certificates/{}/revoke", certificate.serial);
    let reason = json!({ "reason": "Issued in error: final assessment annulled" });

    // Only admins; a reason is required; an unknown serial is a 404.
    problem(
        app.send(Method::POST, &path, None, Some(reason.clone()))
            .await,
        401,
    )
    .await;
    problem(
        app.send(Method::POST, &path, Some(&holder), Some(reason.clone()))
            .await,
        403,
    )
    .await;
    problem(
        app.send(Method::POST, &path, Some(&trainer), Some(reason.clone()))
            .await,
        403,
    )
    .await;
    let blank = problem(
        app.send(
            Method::POST,
            &path,
            Some(&admin),
            Some(json!({ "reason": "  " })),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(blank["errors"][0]["field"], "reason");
    problem(
        app.send(
            Method::POST,
            "/api/v1/admin/certificates/KMP-1999-000001/revoke",
            Some(&admin),
            Some(reason.clone()),
        )
        .await,
        404,
    )
    .await;
    let verify = format!("/api/v1/verify/{}", certificate.verification_code);
    let before: Value = app.get(&verify).await.json().await.expect("json");
    assert_eq!(before["status"], "valid");

    let revoked: Value = app
        .send(Method::POST, &path, Some(&admin), Some(reason.clone()))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(revoked["status"], "revoked");
    let after: Value = app.get(&verify).await.json().await.expect("json");
    assert_eq!(after["status"], "revoked");
    assert_eq!(
        after["revocation_reason"],
        "Issued in error: final assessment annulled"
    );
    assert!(after["revoked_at"].is_string());
    // Twice is refused; the first reason stands.
    problem(
        app.send(
            Method::POST,
            &path,
            Some(&admin),
            Some(json!({ "reason": "other" })),
        )
        .await,
        409,
    )
    .await;
    let id = certificate.id;
    let trail = app
        .state
        .db
        .run(move |conn| kampus_store::certificates::events(conn, id))
        .await
        .expect("events");
    assert_eq!(trail.len(), 1);
    assert_eq!(trail[0].action, "revoked");
    assert_eq!(
        trail[0].reason,
        "Issued in error: final assessment annulled"
    );
    assert!(trail[0].actor_id.is_some());
}

#[actix_web::test]
async fn the_verification_page_speaks_the_visitors_language_and_escapes_names() {
    let app = crate::helpers::spawn_app().await;
    let certificate = issued(&app).await;
    let page = |path: String, lang: &'static str| {
        let app = &app;
        async move {
            let response = app
                .client
                .get(app.url(&path))
                .header(reqwest::header::ACCEPT_LANGUAGE, lang)
                .send()
                .await
                .expect("request");
            let status = response.status().as_u16();
            let content_type = response
                .headers()
                .get(reqwest::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            (status, content_type, response.text().await.expect("text"))
        }
    };
    let path = format!("/verify/{}", certificate.verification_code);
    let (status, content_type, html) = page(path.clone(), "mk").await;
    assert_eq!(status, 200);
    assert!(content_type.starts_with("text/html"), "{content_type}");
    assert!(html.contains("<html lang=\"mk\""), "{html}");
    assert!(html.contains("Овој сертификат е важечки."), "{html}");
    assert!(html.contains("Марија Петровска"), "{html}");
    assert!(html.contains(&certificate.serial), "{html}");
    let (_, _, albanian) = page(path.clone(), "sq").await;
    assert!(
        albanian.contains("Kjo certifikatë është e vlefshme."),
        "{albanian}"
    );

    // A name is shown as text, never as markup.
    let marked = issued_to(&app, "markup@mvr.gov.mk", "<b>Ана</b>").await;
    let (_, _, escaped) = page(format!("/verify/{}", marked.verification_code), "en").await;
    assert!(escaped.contains("&#60;b&#62;Ана&#60;/b&#62;"), "{escaped}");
    assert!(!escaped.contains("<b>"), "{escaped}");

    let (status, content_type, unknown) =
        page("/verify/0000-0000-0000-0000".into(), "sr-Cyrl").await;
    assert_eq!(status, 404);
    assert!(content_type.starts_with("text/html"), "{content_type}");
    assert!(
        unknown.contains("Ниједан сертификат нема овај код."),
        "{unknown}"
    );
}

/// Issue 18.3: the reason is printed on the public verification page, so it keeps the rule
/// the document states: 1–500 characters, not blank, no control or text-direction characters.
#[actix_web::test]
async fn a_revocation_reason_keeps_the_documented_rule() {
    use kampus_store::users::Role;
    use reqwest::Method;
    use serde_json::{Value, json};

    let app = crate::helpers::spawn_app().await;
    let certificate = issued(&app).await;
    let password = "lozinka za kampus 2026";
    app.create_user(
        "admin@kampus.test",
        password,
        kampus_content::Locale::En,
        Role::Admin,
    )
    .await;
    let admin = app.token_for("admin@kampus.test", password).await;
    let path = format!("/api/v1/admin/certificates/{}/revoke", certificate.serial);
    let revoke = |reason: String| {
        app.send(
            Method::POST,
            &path,
            Some(&admin),
            Some(json!({ "reason": reason })),
        )
    };
    for reason in [
        "Issued in error \u{202E}detalusba".to_owned(),
        "\u{2067}".to_owned(),
        "Two\nlines".to_owned(),
        "\u{a0}\u{3000}".to_owned(),
        "x".repeat(501),
    ] {
        let body = problem(revoke(reason.clone()).await, 422).await;
        assert_eq!(body["type"], "/problems/validation-failed", "{reason:?}");
        assert_eq!(body["errors"][0]["field"], "reason", "{reason:?}");
    }
    let verify = format!("/api/v1/verify/{}", certificate.verification_code);
    let still: Value = app.get(&verify).await.json().await.expect("json");
    assert_eq!(still["status"], "valid", "nothing was revoked");

    let reason = format!("  {}  ", "Поништено ".repeat(49).trim_end());
    assert_eq!(revoke(reason.clone()).await.status(), 200);
    let after: Value = app.get(&verify).await.json().await.expect("json");
    assert_eq!(after["revocation_reason"], reason.trim());
}
