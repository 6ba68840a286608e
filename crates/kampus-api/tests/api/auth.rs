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

/// Issue 18.5: the document states the rules of the account requests — the ones the server
/// keeps, from the same constants — and every answer their operations give.
#[actix_web::test]
async fn the_document_states_the_rules_and_answers_of_account_operations() {
    use kampus_api::auth::account_fields::DisplayName;

    let app = spawn_app().await;
    let doc: Value = app.get("/openapi.json").await.json().await.expect("json");
    let schemas = &doc["components"]["schemas"];
    let email = &schemas["EmailAddress"];
    assert_eq!(email["format"], "email");
    assert_eq!(email["maxLength"], 254);
    assert_eq!(email["pattern"], kampus_store::Email::PATTERN);
    let name = &schemas["DisplayName"];
    assert_eq!(
        (&name["minLength"], &name["maxLength"]),
        (&1.into(), &200.into())
    );
    assert_eq!(name["pattern"], DisplayName::pattern());
    let new_password = &schemas["NewPassword"];
    assert_eq!(
        (&new_password["minLength"], &new_password["maxLength"]),
        (&12.into(), &256.into())
    );
    assert!(
        new_password["description"]
            .as_str()
            .is_some_and(|d| d.contains("common passwords")),
        "the rule no schema states is written down"
    );
    let register = &schemas["RegisterRequest"]["properties"];
    assert_eq!(register["email"]["pattern"], kampus_store::Email::PATTERN);
    assert_eq!(register["display_name"]["pattern"], DisplayName::pattern());
    assert_eq!(register["password"]["minLength"], 12);
    assert_eq!(
        register["preferred_locale"]["oneOf"][1]["enum"],
        serde_json::json!(Locale::ALL.map(Locale::tag))
    );
    assert_eq!(
        register["gender"]["oneOf"][1]["enum"],
        serde_json::json!(["female", "male", "other", "prefer-not-to-say"])
    );
    let reference = |schema: &str, member: &str| schemas[schema]["properties"][member].clone();
    assert_eq!(
        reference("LoginRequest", "email")["$ref"],
        "#/components/schemas/EmailAddress"
    );
    assert_eq!(
        reference("MeUpdate", "display_name")["oneOf"][1]["$ref"],
        "#/components/schemas/DisplayName"
    );
    for (schema, member) in [
        ("TokenRequest", "token"),
        ("ResetConfirmation", "token"),
        ("RefreshRequest", "refresh_token"),
    ] {
        assert_eq!(
            reference(schema, member)["$ref"],
            "#/components/schemas/OpaqueToken",
            "{schema}"
        );
    }
    let me = &schemas["Me"];
    assert!(
        me["required"]
            .as_array()
            .expect("required")
            .contains(&"email_verified".into())
    );
    assert_eq!(me["properties"]["email_verified"]["type"], "boolean");

    let answers = |method: &str, path: &str| -> Vec<String> {
        let responses = doc["paths"][path][method]["responses"]
            .as_object()
            .unwrap_or_else(|| panic!("{method} {path}"));
        responses.keys().cloned().collect()
    };
    for (method, path, expected) in [
        (
            "post",
            "/api/v1/auth/register",
            &["202", "400", "404", "413", "415", "422", "429"][..],
        ),
        (
            "post",
            "/api/v1/auth/login",
            &["200", "400", "401", "403", "413", "415", "422", "429"],
        ),
        (
            "post",
            "/api/v1/auth/verify-email",
            &["204", "400", "404", "413", "415", "422"],
        ),
        (
            "post",
            "/api/v1/auth/verify-email/resend",
            &["202", "400", "413", "415", "422", "429"],
        ),
        (
            "post",
            "/api/v1/auth/refresh",
            &["200", "400", "401", "413", "415", "422"],
        ),
        (
            "post",
            "/api/v1/auth/password-reset",
            &["202", "400", "413", "415", "422", "429"],
        ),
        (
            "post",
            "/api/v1/auth/password-reset/confirm",
            &["204", "400", "404", "413", "415", "422"],
        ),
        ("get", "/api/v1/me", &["200", "400", "401"]),
        (
            "patch",
            "/api/v1/me",
            &["200", "400", "401", "413", "415", "422"],
        ),
        (
            "delete",
            "/api/v1/me",
            &["204", "400", "401", "403", "413", "415", "422"],
        ),
        (
            "post",
            "/api/v1/me/password",
            &["200", "400", "401", "403", "413", "415", "422"],
        ),
        ("get", "/api/v1/me/export", &["200", "400", "401"]),
    ] {
        assert_eq!(answers(method, path), expected, "{method} {path}");
    }
    let confirm = &doc["paths"]["/api/v1/auth/password-reset/confirm"]["post"]["responses"];
    assert!(
        confirm["404"]["description"]
            .as_str()
            .is_some_and(|d| d.contains("invalid-token"))
    );
    let login = &doc["paths"]["/api/v1/auth/login"]["post"]["responses"];
    assert!(login["429"]["headers"]["Retry-After"].is_object());
}
