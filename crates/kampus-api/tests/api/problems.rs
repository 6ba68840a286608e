//! Every error is RFC 9457 problem+json, localized.

use serde_json::Value;

use crate::helpers::{problem, spawn_app};
use kampus_content::Locale;
use kampus_store::users::Role;

#[actix_web::test]
async fn unknown_paths_are_404_problems_in_english_by_default() {
    let app = spawn_app().await;
    let body = problem(app.get("/api/v1/nope").await, 404).await;
    assert_eq!(body["type"], "/problems/not-found");
    assert_eq!(body["title"], "Not found");
    assert_eq!(body["detail"], "There is nothing at /api/v1/nope.");
    assert_eq!(body["instance"], "/api/v1/nope");
    assert!(body["request_id"].as_str().is_some_and(|id| !id.is_empty()));
}

async fn title_for(
    app: &crate::helpers::TestApp,
    path: &str,
    accept_language: &str,
) -> (String, Value) {
    let response = app
        .client
        .get(app.url(path))
        .header("Accept-Language", accept_language)
        .send()
        .await
        .expect("request");
    let language = response.headers()["content-language"]
        .to_str()
        .expect("ascii")
        .to_owned();
    (language, problem(response, 404).await)
}

#[actix_web::test]
async fn titles_follow_accept_language() {
    let app = spawn_app().await;
    let (language, body) = title_for(&app, "/api/v1/nope", "mk").await;
    assert_eq!(language, "mk");
    assert_eq!(body["title"], "Не е пронајдено");
    assert_eq!(body["detail"], "На адресата /api/v1/nope нема ништо.");

    let (language, body) = title_for(&app, "/api/v1/nope", "de-AT, sq;q=0.9, en;q=0.5").await;
    assert_eq!(language, "sq");
    assert_eq!(body["title"], "Nuk u gjet");

    let (language, body) = title_for(&app, "/api/v1/nope", "sr-Latn-RS").await;
    assert_eq!(
        (language.as_str(), body["title"].as_str()),
        ("sr-Latn", Some("Nije pronađeno"))
    );

    let (language, body) = title_for(&app, "/api/v1/nope", "fr, de").await;
    assert_eq!(
        (language.as_str(), body["title"].as_str()),
        ("en", Some("Not found"))
    );
}

#[actix_web::test]
async fn lang_query_beats_accept_language() {
    let app = spawn_app().await;
    let (language, body) = title_for(&app, "/api/v1/nope?lang=sr-Cyrl", "mk").await;
    assert_eq!(language, "sr-Cyrl");
    assert_eq!(body["title"], "Није пронађено");
}

#[actix_web::test]
async fn the_users_preference_beats_accept_language() {
    let app = spawn_app().await;
    app.create_user(
        "drita@asp.gov.al",
        "a long enough password",
        Locale::Sq,
        Role::Learner,
    )
    .await;
    let token = app
        .token_for("drita@asp.gov.al", "a long enough password")
        .await;
    let response = app
        .client
        .get(app.url("/api/v1/nope"))
        .bearer_auth(&token)
        .header("Accept-Language", "mk")
        .send()
        .await
        .expect("request");
    let body = problem(response, 404).await;
    assert_eq!(body["title"], "Nuk u gjet");
}

#[actix_web::test]
async fn wrong_method_is_a_405_problem() {
    let app = spawn_app().await;
    let response = app
        .client
        .delete(app.url("/healthz"))
        .header("Accept-Language", "hr")
        .send()
        .await
        .expect("request");
    let body = problem(response, 405).await;
    assert_eq!(body["type"], "/problems/method-not-allowed");
    assert_eq!(body["title"], "Metoda nije dopuštena");
    assert_eq!(body["detail"], "Metoda DELETE nije dopuštena na /healthz.");
}

#[actix_web::test]
async fn oversized_bodies_are_413_problems() {
    let app = spawn_app().await;
    let huge = serde_json::json!({ "email": "a@b.rs", "password": "x".repeat(100_000) });
    let response = app
        .client
        .post(app.url("/api/v1/auth/login"))
        .json(&huge)
        .send()
        .await
        .expect("request");
    let body = problem(response, 413).await;
    assert_eq!(body["type"], "/problems/payload-too-large");
    assert_eq!(body["limit"], 16384);
    assert_eq!(
        body["detail"],
        "The request body may be at most 16384 bytes."
    );
}

async fn post_login_raw(
    app: &crate::helpers::TestApp,
    body: &'static str,
    lang: &str,
) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/auth/login"))
        .header("Content-Type", "application/json")
        .header("Accept-Language", lang)
        .body(body)
        .send()
        .await
        .expect("request")
}

#[actix_web::test]
async fn malformed_json_is_a_400_problem_with_its_position() {
    let app = spawn_app().await;
    let response = post_login_raw(
        &app,
        "{\n  \"email\": \"a@b.rs\",\n  \"password\": }\n",
        "sr-Cyrl",
    )
    .await;
    let body = problem(response, 400).await;
    assert_eq!(body["type"], "/problems/malformed-json");
    assert_eq!(body["title"], "Неисправан JSON");
    assert_eq!(body["line"], 3);
    assert_eq!(body["column"], 15);
    assert_eq!(
        body["detail"],
        "Тело захтева није исправан JSON (ред 3, колона 15)."
    );
}

#[actix_web::test]
async fn json_of_the_wrong_shape_is_a_422_problem() {
    let app = spawn_app().await;
    let response = post_login_raw(&app, r#"{"email": 42, "password": "x"}"#, "en").await;
    let body = problem(response, 422).await;
    assert_eq!(body["type"], "/problems/invalid-body");
    assert!(
        body["detail"]
            .as_str()
            .is_some_and(|d| d.contains("invalid type")),
        "{body}"
    );
}

#[actix_web::test]
async fn a_body_that_is_not_json_is_a_415_problem() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url("/api/v1/auth/login"))
        .header("Content-Type", "text/plain")
        .body("email=a@b.rs")
        .send()
        .await
        .expect("request");
    let body = problem(response, 415).await;
    assert_eq!(body["type"], "/problems/unsupported-media-type");
}

#[actix_web::test]
async fn invalid_fields_are_listed_in_the_requested_language() {
    let app = spawn_app().await;
    let response =
        post_login_raw(&app, r#"{"email": "not-an-address", "password": ""}"#, "hr").await;
    let body = problem(response, 422).await;
    assert_eq!(body["type"], "/problems/validation-failed");
    assert_eq!(body["detail"], "2 polja nisu ispravna.");
    assert_eq!(
        body["errors"],
        serde_json::json!([
            { "field": "email", "message": "Ovo nije ispravna adresa e-pošte." },
            { "field": "password", "message": "Ovo je polje obavezno." }
        ])
    );
}

#[actix_web::test]
async fn request_ids_are_echoed_or_generated() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/api/v1/nope"))
        .header("X-Request-Id", "lb-42.abc")
        .send()
        .await
        .expect("request");
    assert_eq!(response.headers()["x-request-id"], "lb-42.abc");
    let body = problem(response, 404).await;
    assert_eq!(body["request_id"], "lb-42.abc");

    let response = app.get("/healthz").await;
    let generated = response.headers()["x-request-id"].to_str().expect("ascii");
    assert!(uuid::Uuid::parse_str(generated).is_ok(), "{generated}");
}

/// Issue 18.5/18.6: a query parameter an operation does not declare is refused (`400
/// invalid-query` naming it), on public, learner and staff routes alike, instead of being
/// ignored; `lang` is declared everywhere; an empty value is a value, refused where it does not
/// fit.
#[actix_web::test]
async fn undeclared_query_parameters_are_refused_everywhere() {
    let app = spawn_app().await;
    app.create_user(
        "admin@kampus.test",
        "lozinka za kampus 2026",
        Locale::Mk,
        Role::Admin,
    )
    .await;
    let admin = app
        .token_for("admin@kampus.test", "lozinka za kampus 2026")
        .await;
    for path in [
        "/api/v1/courses?langauge=mk",
        "/api/v1/courses/migration-and-gender?lang=mk&include=answers",
        "/healthz?verbose=1",
        "/api/v1/admin/users?institutions=x",
        "/api/v1/reports/completion?groupby=course",
        "/api/v1/reports/headline?group_by=course",
        // Given empty is given: it must fit like any value.
        "/api/v1/admin/users?institution=",
        "/api/v1/reports/completion?group_by=",
    ] {
        let response = app
            .send(reqwest::Method::GET, path, Some(&admin), None)
            .await;
        let body = problem(response, 400).await;
        assert_eq!(body["type"], "/problems/invalid-query", "{path}");
        let named = body["errors"][0]["field"].as_str().expect("field");
        assert!(path.contains(&format!("{named}=")), "{path}: {body}");
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .is_some_and(|m| !m.starts_with("field-")),
            "{body}"
        );
    }
    for path in [
        "/api/v1/courses?lang=mk",
        "/api/v1/courses/migration-and-gender?lang=",
        "/api/v1/reports/completion?group_by=course&lang=sq",
        "/api/v1/admin/users?limit=5",
    ] {
        let response = app
            .send(reqwest::Method::GET, path, Some(&admin), None)
            .await;
        assert_eq!(response.status(), 200, "{path}");
    }
}

/// Issue 18.6: a value outside a fixed list is told the list, not "this field is required".
#[actix_web::test]
async fn a_value_outside_a_list_names_the_list() {
    let app = spawn_app().await;
    app.create_user(
        "admin@kampus.test",
        "lozinka za kampus 2026",
        Locale::En,
        Role::Admin,
    )
    .await;
    let admin = app
        .token_for("admin@kampus.test", "lozinka za kampus 2026")
        .await;
    let response = app
        .send(
            reqwest::Method::GET,
            "/api/v1/admin/mail?status=bogus",
            Some(&admin),
            None,
        )
        .await;
    let body = problem(response, 400).await;
    assert_eq!(body["errors"][0]["field"], "status");
    assert_eq!(
        body["errors"][0]["message"],
        "Choose one of: pending, sending, sent, failed."
    );
}
