//! Signing in and the caller's own account.

use kampus_content::Locale;
use kampus_store::users::Role;
use serde_json::Value;

use crate::helpers::{JWT_SECRET, problem, spawn_app};

const PASSWORD: &str = "granica-i-azil-2026";

#[actix_web::test]
async fn login_returns_a_token_that_opens_me() {
    let app = spawn_app().await;
    let user = app
        .create_user("Ana.Kovac@MSB.gov.ba", PASSWORD, Locale::Bs, Role::Learner)
        .await;
    // The address matches whatever its letter case.
    let response = app.login("ana.kovac@msb.GOV.BA", PASSWORD).await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 900);
    let token = body["access_token"].as_str().expect("token");

    let response = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
    let me: Value = response.json().await.expect("json");
    assert_eq!(me["id"], user.id.to_string());
    assert_eq!(me["email"], "ana.kovac@msb.gov.ba");
    assert_eq!(me["preferred_locale"], "bs");
    assert_eq!(me["role"], "learner");
    assert!(me.get("password_hash").is_none());
}

#[actix_web::test]
async fn wrong_password_and_unknown_address_get_the_same_answer() {
    let app = spawn_app().await;
    app.create_user("marko@mup.gov.me", PASSWORD, Locale::Cnr, Role::Learner)
        .await;
    let wrong = problem(app.login("marko@mup.gov.me", "not the password").await, 401).await;
    let unknown = problem(app.login("nobody@mup.gov.me", PASSWORD).await, 401).await;
    assert_eq!(wrong["type"], "/problems/invalid-credentials");
    for key in ["type", "title", "detail", "status"] {
        assert_eq!(wrong[key], unknown[key], "{key}");
    }
}

#[actix_web::test]
async fn me_requires_a_valid_token() {
    let app = spawn_app().await;
    let response = app.get("/api/v1/me").await;
    assert_eq!(response.headers()["www-authenticate"], "Bearer");
    let body = problem(response, 401).await;
    assert_eq!(body["type"], "/problems/unauthenticated");

    for token in ["garbage", "a.b.c", ""] {
        let response = app
            .client
            .get(app.url("/api/v1/me"))
            .bearer_auth(token)
            .send()
            .await
            .expect("request");
        problem(response, 401).await;
    }
}

#[actix_web::test]
async fn tokens_signed_with_another_key_are_refused() {
    let app = spawn_app().await;
    let user = app
        .create_user("jovan@kirs.gov.rs", PASSWORD, Locale::SrCyrl, Role::Admin)
        .await;
    let clock = std::sync::Arc::new(kampus_store::SystemClock);
    let other_node =
        kampus_api::auth::AccessTokens::new(b"another-key-of-32-bytes-or-more!!", clock.clone());
    let forged = other_node.issue(&user, "a-session").expect("issue").token;
    let response = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(&forged)
        .send()
        .await
        .expect("request");
    problem(response, 401).await;

    // The same key, as every node of one installation shares, is accepted.
    let same_node = kampus_api::auth::AccessTokens::new(JWT_SECRET.as_bytes(), clock);
    let token = same_node.issue(&user, "a-session").expect("issue").token;
    let response = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
}

#[actix_web::test]
async fn each_user_sees_only_their_own_account() {
    let app = spawn_app().await;
    let ana = app
        .create_user("ana@mup.gov.mk", PASSWORD, Locale::Mk, Role::Learner)
        .await;
    let ben = app
        .create_user("ben@mup.gov.mk", PASSWORD, Locale::Mk, Role::Learner)
        .await;
    for (user, email) in [(&ana, "ana@mup.gov.mk"), (&ben, "ben@mup.gov.mk")] {
        let token = app.token_for(email, PASSWORD).await;
        let me: Value = app
            .client
            .get(app.url("/api/v1/me"))
            .bearer_auth(&token)
            .send()
            .await
            .expect("request")
            .json()
            .await
            .expect("json");
        assert_eq!(me["id"], user.id.to_string());
    }
}
