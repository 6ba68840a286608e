//! Accounts end to end: invitation, registration, verification, sessions, password reset.

use kampus_content::Locale;
use kampus_store::users::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, spawn_app};

const ADMIN_PASSWORD: &str = "admin password for tests";
const PASSWORD: &str = "lozinka za kampus 2026";

/// An admin token, an institution and a shared invitation code for it.
pub async fn setup(app: &TestApp) -> (String, String, String) {
    app.create_user("admin@centre.rs", ADMIN_PASSWORD, Locale::En, Role::Admin)
        .await;
    let admin = app.token_for("admin@centre.rs", ADMIN_PASSWORD).await;
    let institution = create_institution(app, &admin, "Granična policija BiH", "BA").await;
    let response = app
        .send(
            Method::POST,
            "/api/v1/admin/invitations",
            Some(&admin),
            Some(json!({ "institution_id": institution, "max_uses": 5 })),
        )
        .await;
    assert_eq!(response.status(), 201);
    let invitation: Value = response.json().await.expect("json");
    (
        admin,
        institution,
        invitation["code"].as_str().expect("code").to_owned(),
    )
}

pub async fn create_institution(app: &TestApp, admin: &str, name: &str, country: &str) -> String {
    let response = app
        .send(
            Method::POST,
            "/api/v1/admin/institutions",
            Some(admin),
            Some(json!({ "name": name, "country_code": country, "kind": "border-police" })),
        )
        .await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.expect("json");
    body["id"].as_str().expect("id").to_owned()
}

/// Registers and verifies an account with `code`; returns nothing, the user can sign in.
pub async fn register_verified(app: &TestApp, code: &str, email: &str, locale: &str) {
    let response = app
        .send(
            Method::POST,
            "/api/v1/auth/register",
            None,
            Some(json!({ "invitation_code": code, "email": email, "password": PASSWORD, "display_name": "Amra Hodžić", "preferred_locale": locale, "gender": "female" })),
        )
        .await;
    assert_eq!(response.status(), 202);
    let token = verification_token(app, email).await;
    let response = app
        .send(
            Method::POST,
            "/api/v1/auth/verify-email",
            None,
            Some(json!({ "token": token })),
        )
        .await;
    assert_eq!(response.status(), 204);
}

async fn verification_token(app: &TestApp, email: &str) -> String {
    let mail = app.last_mail_to(email).await.expect("a mail was queued");
    token_in(&mail, "token=")
}

fn token_in(mail: &str, marker: &str) -> String {
    let start = mail.find(marker).expect("link in mail") + marker.len();
    mail[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

async fn json_of(response: reqwest::Response) -> Value {
    response.json().await.expect("json")
}

#[actix_web::test]
async fn a_new_user_registers_verifies_signs_in_refreshes_and_changes_password() {
    let app = spawn_app().await;
    let (_admin, institution, code) = setup(&app).await;
    let email = "amra@granpol.gov.ba";
    let response = app
        .send(
            Method::POST,
            "/api/v1/auth/register",
            None,
            Some(json!({ "invitation_code": code.to_lowercase().replace('-', " "), "email": email, "password": PASSWORD, "display_name": "Amra Hodžić", "preferred_locale": "bs" })),
        )
        .await;
    assert_eq!(response.status(), 202, "codes survive retyping");

    // Not verified yet: the right password says so, and nothing else does.
    let body = problem(app.login(email, PASSWORD).await, 403).await;
    assert_eq!(body["type"], "/problems/email-not-verified");

    let mail = app.last_mail_to(email).await.expect("verification mail");
    assert!(
        mail.contains("Potvrdite svoju e-mail adresu"),
        "Bosnian mail: {mail}"
    );
    let token = token_in(&mail, "token=");
    assert_eq!(
        app.send(
            Method::POST,
            "/api/v1/auth/verify-email",
            None,
            Some(json!({ "token": token }))
        )
        .await
        .status(),
        204
    );
    let again = problem(
        app.send(
            Method::POST,
            "/api/v1/auth/verify-email",
            None,
            Some(json!({ "token": token })),
        )
        .await,
        400,
    )
    .await;
    assert_eq!(again["type"], "/problems/invalid-token");

    let session = json_of(app.login(email, PASSWORD).await).await;
    let access = session["access_token"].as_str().expect("access");
    let refresh = session["refresh_token"].as_str().expect("refresh");
    let me = json_of(
        app.send(Method::GET, "/api/v1/me", Some(access), None)
            .await,
    )
    .await;
    assert_eq!(me["institution_id"], institution.as_str());
    assert_eq!(me["role"], "learner");
    assert_eq!(me["email_verified"], true);

    let renewed = json_of(
        app.send(
            Method::POST,
            "/api/v1/auth/refresh",
            None,
            Some(json!({ "refresh_token": refresh })),
        )
        .await,
    )
    .await;
    let renewed_refresh = renewed["refresh_token"]
        .as_str()
        .expect("refresh")
        .to_owned();
    assert_ne!(renewed_refresh, refresh);

    let changed = app
        .send(
            Method::POST,
            "/api/v1/me/password",
            Some(access),
            Some(json!({ "current_password": PASSWORD, "new_password": "nova lozinka za kampus" })),
        )
        .await;
    assert_eq!(changed.status(), 200);
    let fresh = json_of(changed).await;
    // Every earlier session ended, the one just issued works.
    problem(
        app.send(Method::GET, "/api/v1/me", Some(access), None)
            .await,
        401,
    )
    .await;
    problem(
        app.send(
            Method::POST,
            "/api/v1/auth/refresh",
            None,
            Some(json!({ "refresh_token": renewed_refresh })),
        )
        .await,
        401,
    )
    .await;
    let fresh_access = fresh["access_token"].as_str().expect("access");
    assert_eq!(
        app.send(Method::GET, "/api/v1/me", Some(fresh_access), None)
            .await
            .status(),
        200
    );
    problem(app.login(email, PASSWORD).await, 401).await;

    let fresh_refresh = fresh["refresh_token"].as_str().expect("refresh");
    assert_eq!(
        app.send(
            Method::POST,
            "/api/v1/auth/logout",
            None,
            Some(json!({ "refresh_token": fresh_refresh }))
        )
        .await
        .status(),
        204
    );
    problem(
        app.send(
            Method::POST,
            "/api/v1/auth/refresh",
            None,
            Some(json!({ "refresh_token": fresh_refresh })),
        )
        .await,
        401,
    )
    .await;
}

/// Issue 18.2: signing out of a session ends its access tokens at once, on the routes that
/// read the account fresh and on the learner's hot paths that remember it; the same user's
/// other session goes on working.
#[actix_web::test]
async fn logging_out_ends_that_sessions_access_tokens_at_once() {
    let app = spawn_app().await;
    app.create_user("odjava@mup.gov.me", PASSWORD, Locale::Cnr, Role::Learner)
        .await;
    let phone = json_of(app.login("odjava@mup.gov.me", PASSWORD).await).await;
    let laptop = json_of(app.login("odjava@mup.gov.me", PASSWORD).await).await;
    let access = |session: &Value| session["access_token"].as_str().expect("access").to_owned();
    let (phone_access, laptop_access) = (access(&phone), access(&laptop));
    let course = "migration-and-gender";
    let enrolled = app
        .send(
            Method::PUT,
            &format!("/api/v1/courses/{course}/enrollment"),
            Some(&phone_access),
            None,
        )
        .await;
    assert!(enrolled.status().is_success());
    let outline: Value = app
        .get(&format!("/api/v1/courses/{course}"))
        .await
        .json()
        .await
        .expect("json");
    let lesson = outline["modules"][0]["lessons"][0]["id"]
        .as_str()
        .expect("lesson")
        .to_owned();
    let lesson_path = format!("/api/v1/courses/{course}/lessons/{lesson}");
    // Both paths have seen the phone's token: the lesson path now remembers the account.
    for token in [&phone_access, &laptop_access] {
        for path in ["/api/v1/me", lesson_path.as_str()] {
            let answer = app.send(Method::GET, path, Some(token), None).await;
            assert_eq!(answer.status(), 200, "{path}");
        }
    }

    let out = app
        .send(
            Method::POST,
            "/api/v1/auth/logout",
            None,
            Some(json!({ "refresh_token": phone["refresh_token"] })),
        )
        .await;
    assert_eq!(out.status(), 204);
    for path in ["/api/v1/me", lesson_path.as_str()] {
        problem(
            app.send(Method::GET, path, Some(&phone_access), None).await,
            401,
        )
        .await;
        let answer = app
            .send(Method::GET, path, Some(&laptop_access), None)
            .await;
        assert_eq!(
            answer.status(),
            200,
            "the other session still works: {path}"
        );
    }
}

#[actix_web::test]
async fn a_reused_refresh_token_revokes_the_whole_session() {
    let app = spawn_app().await;
    app.create_user("tea@mup.hr", PASSWORD, Locale::Hr, Role::Learner)
        .await;
    let session = json_of(app.login("tea@mup.hr", PASSWORD).await).await;
    let first = session["refresh_token"]
        .as_str()
        .expect("refresh")
        .to_owned();
    let second = json_of(
        app.send(
            Method::POST,
            "/api/v1/auth/refresh",
            None,
            Some(json!({ "refresh_token": first })),
        )
        .await,
    )
    .await;
    let second_refresh = second["refresh_token"]
        .as_str()
        .expect("refresh")
        .to_owned();

    // The first token again: someone holds a copy. Both holders lose the session.
    problem(
        app.send(
            Method::POST,
            "/api/v1/auth/refresh",
            None,
            Some(json!({ "refresh_token": first })),
        )
        .await,
        401,
    )
    .await;
    problem(
        app.send(
            Method::POST,
            "/api/v1/auth/refresh",
            None,
            Some(json!({ "refresh_token": second_refresh })),
        )
        .await,
        401,
    )
    .await;
    // Another session of the same user is unaffected.
    let other = json_of(app.login("tea@mup.hr", PASSWORD).await).await;
    let other_refresh = other["refresh_token"].as_str().expect("refresh");
    assert_eq!(
        app.send(
            Method::POST,
            "/api/v1/auth/refresh",
            None,
            Some(json!({ "refresh_token": other_refresh }))
        )
        .await
        .status(),
        200
    );
}

#[actix_web::test]
async fn registration_refuses_bad_codes_and_never_reveals_existing_accounts() {
    let app = spawn_app().await;
    let (admin, institution, code) = setup(&app).await;
    let register = |code: String, email: &'static str, password: &'static str| {
        let app = &app;
        async move {
            app.send(
                Method::POST,
                "/api/v1/auth/register",
                None,
                Some(json!({ "invitation_code": code, "email": email, "password": password, "display_name": "X" })),
            )
            .await
        }
    };
    let body = problem(
        register("WRONG-CODE0-00000".into(), "new@mup.gov.rs", PASSWORD).await,
        422,
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "invitation_code");
    let body = problem(
        register(code.clone(), "new@mup.gov.rs", "1qaz2wsx3edc").await,
        422,
    )
    .await;
    assert_eq!(
        body["errors"][0]["field"], "password",
        "common password refused"
    );
    let body = problem(register(code.clone(), "new@mup.gov.rs", "short").await, 422).await;
    assert_eq!(
        body["errors"][0]["message"],
        "The password must have at least 12 characters."
    );

    // The admin's own address: same answer as a new one, no second account, no place used.
    let existing = register(code.clone(), "admin@centre.rs", PASSWORD).await;
    assert_eq!(existing.status(), 202);
    let fresh = register(code.clone(), "fresh@mup.gov.rs", PASSWORD).await;
    assert_eq!(fresh.status(), 202);
    let existing: Value = existing.json().await.expect("json");
    let fresh: Value = fresh.json().await.expect("json");
    assert_eq!(existing, fresh);
    let invitations = json_of(
        app.send(Method::GET, "/api/v1/admin/invitations", Some(&admin), None)
            .await,
    )
    .await;
    assert_eq!(invitations[0]["uses"], 1);
    assert_eq!(
        app.login("admin@centre.rs", ADMIN_PASSWORD).await.status(),
        200,
        "the admin's password is unchanged"
    );

    // An invitation for one address works only for it, and only once.
    let personal = json_of(
        app.send(
            Method::POST,
            "/api/v1/admin/invitations",
            Some(&admin),
            Some(json!({ "institution_id": institution, "email": "invited@mup.gov.me" })),
        )
        .await,
    )
    .await;
    let personal_code = personal["code"].as_str().expect("code").to_owned();
    assert!(
        app.last_mail_to("invited@mup.gov.me")
            .await
            .expect("invitation mail")
            .contains(&personal_code)
    );
    problem(
        register(personal_code.clone(), "someone-else@mup.gov.me", PASSWORD).await,
        422,
    )
    .await;
    let accepted: Value = register(personal_code.clone(), "invited@mup.gov.me", PASSWORD)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        accepted["status"], "registered",
        "the invited address needs no verification"
    );
    assert_eq!(
        app.login("invited@mup.gov.me", PASSWORD).await.status(),
        200
    );
    problem(
        register(personal_code, "invited@mup.gov.me", PASSWORD).await,
        422,
    )
    .await;

    // A revoked code stops working.
    let id = invitations[0]["id"].as_str().expect("id");
    assert_eq!(
        app.send(
            Method::DELETE,
            &format!("/api/v1/admin/invitations/{id}"),
            Some(&admin),
            None
        )
        .await
        .status(),
        200
    );
    problem(register(code, "late@mup.gov.rs", PASSWORD).await, 422).await;
}

#[actix_web::test]
async fn password_reset_works_once_and_ends_every_session() {
    let app = spawn_app().await;
    app.create_user("ilir@asp.gov.al", PASSWORD, Locale::Sq, Role::Learner)
        .await;
    let old = json_of(app.login("ilir@asp.gov.al", PASSWORD).await).await;
    for email in ["ilir@asp.gov.al", "nobody@asp.gov.al"] {
        let response = app
            .send(
                Method::POST,
                "/api/v1/auth/password-reset",
                None,
                Some(json!({ "email": email })),
            )
            .await;
        assert_eq!(response.status(), 202, "same answer for {email}");
    }
    assert!(app.last_mail_to("nobody@asp.gov.al").await.is_none());
    let mail = app
        .last_mail_to("ilir@asp.gov.al")
        .await
        .expect("reset mail");
    assert!(
        mail.contains("Zgjidh një fjalëkalim të ri"),
        "Albanian: {mail}"
    );
    let token = token_in(&mail, "token=");
    let confirm = |password: &'static str| {
        app.send(
            Method::POST,
            "/api/v1/auth/password-reset/confirm",
            None,
            Some(json!({ "token": token, "password": password })),
        )
    };
    problem(confirm("too short").await, 422).await;
    assert_eq!(confirm("fjalëkalim i ri shumë i gjatë").await.status(), 204);
    problem(confirm("another new long password").await, 400).await;
    problem(
        app.send(
            Method::GET,
            "/api/v1/me",
            old["access_token"].as_str(),
            None,
        )
        .await,
        401,
    )
    .await;
    problem(
        app.send(
            Method::POST,
            "/api/v1/auth/refresh",
            None,
            Some(json!({ "refresh_token": old["refresh_token"] })),
        )
        .await,
        401,
    )
    .await;
    assert_eq!(
        app.login("ilir@asp.gov.al", "fjalëkalim i ri shumë i gjatë")
            .await
            .status(),
        200
    );
}

#[actix_web::test]
async fn an_account_is_locked_after_ten_failures_whatever_the_password() {
    let app = spawn_app().await;
    app.create_user("goran@mvr.gov.mk", PASSWORD, Locale::Mk, Role::Learner)
        .await;
    for _ in 0..10 {
        problem(app.login("goran@mvr.gov.mk", "wrong password!!").await, 401).await;
        problem(app.login("ghost@mvr.gov.mk", "wrong password!!").await, 401).await;
    }
    let locked = app.login("goran@mvr.gov.mk", PASSWORD).await;
    let retry_after: u64 = locked.headers()["retry-after"]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!(retry_after > 0 && retry_after <= 900);
    let locked = problem(locked, 429).await;
    // An address without an account behaves the same: no enumeration through the lock.
    let ghost = problem(app.login("ghost@mvr.gov.mk", PASSWORD).await, 429).await;
    assert_eq!(locked["title"], ghost["title"]);
}

#[actix_web::test]
async fn deactivation_and_role_changes_end_sessions_at_once() {
    let app = spawn_app().await;
    let (admin, _institution, _code) = setup(&app).await;
    let user = app
        .create_user("vesna@kirs.gov.rs", PASSWORD, Locale::SrCyrl, Role::Learner)
        .await;
    let token = app.token_for("vesna@kirs.gov.rs", PASSWORD).await;
    let path = format!("/api/v1/admin/users/{}", user.id);

    let promoted = app
        .send(
            Method::PATCH,
            &path,
            Some(&admin),
            Some(json!({ "role": "trainer" })),
        )
        .await;
    assert_eq!(promoted.status(), 200);
    problem(
        app.send(Method::GET, "/api/v1/me", Some(&token), None)
            .await,
        401,
    )
    .await;

    let token = app.token_for("vesna@kirs.gov.rs", PASSWORD).await;
    let deactivated = json_of(
        app.send(
            Method::PATCH,
            &path,
            Some(&admin),
            Some(json!({ "deactivated": true })),
        )
        .await,
    )
    .await;
    assert_eq!(deactivated["deactivated"], true);
    problem(
        app.send(Method::GET, "/api/v1/me", Some(&token), None)
            .await,
        401,
    )
    .await;
    problem(app.login("vesna@kirs.gov.rs", PASSWORD).await, 401).await;

    problem(
        app.send(
            Method::PATCH,
            &path,
            Some(&admin),
            Some(json!({ "role": "boss" })),
        )
        .await,
        422,
    )
    .await;
    problem(
        app.send(
            Method::PATCH,
            "/api/v1/admin/users/not-a-uuid",
            Some(&admin),
            Some(json!({})),
        )
        .await,
        404,
    )
    .await;
}

#[actix_web::test]
async fn me_can_be_updated_exported_and_deleted() {
    let app = spawn_app().await;
    app.create_user("nina@mup.gov.me", PASSWORD, Locale::Cnr, Role::Learner)
        .await;
    let token = app.token_for("nina@mup.gov.me", PASSWORD).await;
    let updated = json_of(
        app.send(Method::PATCH, "/api/v1/me", Some(&token), Some(json!({ "display_name": "Нина Вуковић", "preferred_locale": "sr-Cyrl", "gender": "female" })))
            .await,
    )
    .await;
    assert_eq!(updated["display_name"], "Нина Вуковић");
    assert_eq!(updated["gender"], "female");
    let cleared = json_of(
        app.send(
            Method::PATCH,
            "/api/v1/me",
            Some(&token),
            Some(json!({ "gender": null })),
        )
        .await,
    )
    .await;
    assert_eq!(cleared["gender"], Value::Null);
    assert_eq!(cleared["preferred_locale"], "sr-Cyrl", "absent fields stay");
    let body = problem(
        app.send(
            Method::PATCH,
            "/api/v1/me",
            Some(&token),
            Some(json!({ "preferred_locale": "de", "gender": "x" })),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(body["errors"].as_array().expect("errors").len(), 2);
    assert_eq!(
        body["title"], "Неисправан унос",
        "errors follow the new preference"
    );

    let export = app
        .send(Method::GET, "/api/v1/me/export", Some(&token), None)
        .await;
    assert!(
        export.headers()["content-disposition"]
            .to_str()
            .expect("ascii")
            .contains("attachment")
    );
    let export = json_of(export).await;
    assert_eq!(export["account"]["email"], "nina@mup.gov.me");

    problem(
        app.send(
            Method::DELETE,
            "/api/v1/me",
            Some(&token),
            Some(json!({ "password": "not my password" })),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(
        app.send(
            Method::DELETE,
            "/api/v1/me",
            Some(&token),
            Some(json!({ "password": PASSWORD }))
        )
        .await
        .status(),
        204
    );
    problem(
        app.send(Method::GET, "/api/v1/me", Some(&token), None)
            .await,
        401,
    )
    .await;
    problem(app.login("nina@mup.gov.me", PASSWORD).await, 401).await;
}

#[actix_web::test]
async fn one_address_is_throttled_on_every_guessing_endpoint() {
    let app = crate::helpers::spawn_app_with(
        kampus_store::testing::TestDatabase::new(),
        &[("KAMPUS_LOGIN_IP_LIMIT_PER_MINUTE", "3")],
    )
    .await;
    for _ in 0..3 {
        problem(
            app.login("someone@mup.gov.rs", "wrong password 123").await,
            401,
        )
        .await;
    }
    let throttled = app.login("someone@mup.gov.rs", "wrong password 123").await;
    assert!(throttled.headers().contains_key("retry-after"));
    let body = problem(throttled, 429).await;
    assert_eq!(body["type"], "/problems/too-many-requests");
    // Each endpoint counts on its own.
    for _ in 0..3 {
        let response = app
            .send(
                Method::POST,
                "/api/v1/auth/password-reset",
                None,
                Some(json!({ "email": "x@y.rs" })),
            )
            .await;
        assert_eq!(response.status(), 202);
    }
    problem(
        app.send(
            Method::POST,
            "/api/v1/auth/password-reset",
            None,
            Some(json!({ "email": "x@y.rs" })),
        )
        .await,
        429,
    )
    .await;
}

#[actix_web::test]
async fn admins_create_and_rename_institutions() {
    let app = spawn_app().await;
    let (admin, institution, _code) = setup(&app).await;
    let path = format!("/api/v1/admin/institutions/{institution}");
    let renamed: Value = app
        .send(
            Method::PATCH,
            &path,
            Some(&admin),
            Some(
                json!({ "name": "Granična policija Bosne i Hercegovine", "kind": "border-police" }),
            ),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(renamed["name"], "Granična policija Bosne i Hercegovine");
    assert_eq!(renamed["country_code"], "BA");
    let body = problem(
        app.send(
            Method::PATCH,
            &path,
            Some(&admin),
            Some(json!({ "country_code": "Bosnia", "kind": "castle" })),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(body["errors"].as_array().expect("errors").len(), 2);
    let twin = app
        .send(Method::POST, "/api/v1/admin/institutions", Some(&admin), Some(json!({ "name": "Granična policija Bosne i Hercegovine", "country_code": "BA", "kind": "police" })))
        .await;
    problem(twin, 409).await;
    problem(
        app.send(
            Method::PATCH,
            &format!(
                "/api/v1/admin/institutions/{}",
                kampus_store::InstitutionId::new()
            ),
            Some(&admin),
            Some(json!({})),
        )
        .await,
        404,
    )
    .await;
}
