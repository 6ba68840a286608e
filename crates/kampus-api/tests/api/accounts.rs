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
        404,
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
        404,
    )
    .await;
    assert_eq!(body["type"], "/problems/unknown-reference");
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
        404,
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
        404,
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
    problem(register(code, "late@mup.gov.rs", PASSWORD).await, 404).await;
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
    problem(confirm("another new long password").await, 404).await;
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

    // An admin cannot lock themselves out; another admin can demote them.
    let me: Value = json_of(
        app.send(Method::GET, "/api/v1/me", Some(&admin), None)
            .await,
    )
    .await;
    let own = format!("/api/v1/admin/users/{}", me["id"].as_str().expect("id"));
    for change in [json!({ "role": "trainer" }), json!({ "deactivated": true })] {
        problem(
            app.send(Method::PATCH, &own, Some(&admin), Some(change.clone()))
                .await,
            409,
        )
        .await;
    }
    let unchanged = app
        .send(
            Method::PATCH,
            &own,
            Some(&admin),
            Some(json!({ "role": "admin" })),
        )
        .await;
    assert_eq!(unchanged.status(), 200, "keeping one's own role is fine");
    assert_eq!(
        app.send(Method::GET, "/api/v1/me", Some(&admin), None)
            .await
            .status(),
        200
    );
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
        403,
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

/// Issue 18.3 and 18.5: a display name keeps one rule wherever it is set — registration,
/// `PATCH /api/v1/me` and `kampus user create` — the rule the document states as a pattern:
/// 1 to 200 characters counted as sent, one of them not white space, no control characters,
/// no invisible text-direction controls (a certificate would show the name reversed); the
/// white space around it is dropped.
#[actix_web::test]
async fn display_names_keep_one_rule_wherever_they_are_set() {
    let app = spawn_app().await;
    let (_admin, _institution, code) = setup(&app).await;
    app.create_user("lejla@mup.gov.ba", PASSWORD, Locale::En, Role::Learner)
        .await;
    let token = app.token_for("lejla@mup.gov.ba", PASSWORD).await;
    let rename = |name: String| {
        let (app, token) = (&app, &token);
        async move {
            app.send(
                Method::PATCH,
                "/api/v1/me",
                Some(token),
                Some(json!({ "display_name": name })),
            )
            .await
        }
    };
    let renamed = json_of(rename("\u{3000}Lejla Begić\u{A0}".into()).await).await;
    assert_eq!(renamed["display_name"], "Lejla Begić", "stored trimmed");
    assert_eq!(
        rename("ш".repeat(200)).await.status(),
        200,
        "characters, not bytes"
    );
    let length = "The name must have between 1 and 200 characters.";
    for (name, message) in [
        (
            "Lejla \u{202E}ćigeB".to_owned(),
            "The name must not contain invisible text-direction controls; remove U+202E \
             RIGHT-TO-LEFT OVERRIDE.",
        ),
        (
            "Lejla\nBegić".to_owned(),
            "The name must not contain control characters such as line breaks or tabs.",
        ),
        (
            "\u{FEFF}\u{2003}".to_owned(),
            "The name must have at least one character that is not a space.",
        ),
        (format!(" {}", "a".repeat(200)), length),
        (String::new(), length),
    ] {
        let body = problem(rename(name.clone()).await, 422).await;
        assert_eq!(body["type"], "/problems/validation-failed");
        assert_eq!(body["errors"][0]["field"], "display_name", "{name:?}");
        assert_eq!(body["errors"][0]["message"], message, "{name:?}");
    }
    let me = json_of(
        app.send(Method::GET, "/api/v1/me", Some(&token), None)
            .await,
    )
    .await;
    assert_eq!(
        me["display_name"],
        "ш".repeat(200),
        "refused names change nothing"
    );

    let body = problem(
        app.send(
            Method::POST,
            "/api/v1/auth/register",
            None,
            Some(json!({ "invitation_code": code, "email": "amra@mup.gov.ba", "password": PASSWORD, "display_name": "Amra \u{2066}Hodžić\u{2069}" })),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "display_name");

    let db = kampus_store::testing::TestDatabase::new();
    let url = db.database_url_string();
    let data_dir = tempfile::tempdir().expect("tempdir");
    let create = |name: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_kampus"))
            .args([
                "user",
                "create",
                "--email",
                "cli@mup.gov.ba",
                "--name",
                name,
            ])
            .env("KAMPUS_DATA_DIR", data_dir.path())
            .env("KAMPUS_JWT_SECRET", crate::helpers::JWT_SECRET)
            .env("DATABASE_URL", &url)
            .output()
            .expect("run kampus")
    };
    let refused = create("Ana \u{202E}Kovač");
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("text-direction"), "{stderr}");
    let created = create(" Ana Kovač ");
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    assert!(String::from_utf8_lossy(&created.stdout).contains("learner Ana Kovač ("));
}

/// Issue 18.5: an email address is taken exactly when the document's rule (format `email`, at
/// most 254 characters and the `EmailAddress` pattern) allows it — Hypothesis' addresses with
/// every special character of a dot-atom among them — and is refused, naming the member,
/// otherwise; sign-in, registration and the emailed links use the same rule.
#[actix_web::test]
async fn email_addresses_keep_the_documented_rule() {
    let app = spawn_app().await;
    let reset = |email: String| {
        let app = &app;
        async move {
            app.send(
                Method::POST,
                "/api/v1/auth/password-reset",
                None,
                Some(json!({ "email": email })),
            )
            .await
        }
    };
    let longest_local = format!("{}@mup.gov.rs", "a".repeat(64));
    for email in [
        "!#$%&'*+-/=?^_`{|}~@mup.gov.rs",
        "o'brien+kampus@mup.gov.rs",
        "Ana.Kovac@MSB.gov.ba",
        "x@1.2.3.4",
        longest_local.as_str(),
    ] {
        assert_eq!(reset(email.to_owned()).await.status(), 202, "{email}");
    }
    let long_local = format!("{}@mup.gov.rs", "a".repeat(65));
    let too_long = format!("a@{}.rs", vec!["b".repeat(63); 4].join("."));
    for email in [
        " ilir@asp.gov.al",
        "ilir@asp.gov.al ",
        "ana.đurić@mup.gov.me",
        "a..b@mup.gov.rs",
        ".a@mup.gov.rs",
        "\"a b\"@mup.gov.rs",
        "a@[10.0.0.1]",
        "a@localhost",
        "a@mup_gov.rs",
        "a@-mup.gov.rs",
        "a@xn--90a3ac.rs",
        long_local.as_str(),
        too_long.as_str(),
    ] {
        let body = problem(reset(email.to_owned()).await, 422).await;
        assert_eq!(body["type"], "/problems/validation-failed", "{email}");
        assert_eq!(body["errors"][0]["field"], "email", "{email}");
    }
    let body = problem(app.login(" ilir@asp.gov.al", PASSWORD).await, 422).await;
    assert_eq!(body["errors"][0]["field"], "email");
}

/// Issue 18.5: closed lists are the document's enumerations ("Choose one of: …"), and tokens
/// and confirming passwords have the lengths it states: outside them `422 validation-failed`
/// naming the member, not `404`, `401` or `403` as for a well-formed value that is wrong.
#[actix_web::test]
async fn lists_and_lengths_are_the_documents() {
    let app = spawn_app().await;
    app.create_user("teuta@asp.gov.al", PASSWORD, Locale::En, Role::Learner)
        .await;
    let token = app.token_for("teuta@asp.gov.al", PASSWORD).await;
    let refused = |method: Method, path: &'static str, body: Value, field: &'static str| {
        let (app, token) = (&app, &token);
        async move {
            let answer = problem(app.send(method, path, Some(token), Some(body)).await, 422).await;
            assert_eq!(answer["type"], "/problems/validation-failed", "{path}");
            assert_eq!(answer["errors"][0]["field"], field, "{path}");
            answer["errors"][0]["message"]
                .as_str()
                .expect("message")
                .to_owned()
        }
    };
    let message = refused(
        Method::PATCH,
        "/api/v1/me",
        json!({ "preferred_locale": "bs-BA" }),
        "preferred_locale",
    )
    .await;
    let tags: Vec<&str> = Locale::ALL.map(Locale::tag).into();
    assert_eq!(message, format!("Choose one of: {}.", tags.join(", ")));
    let message = refused(
        Method::PATCH,
        "/api/v1/me",
        json!({ "gender": "Female" }),
        "gender",
    )
    .await;
    assert_eq!(
        message,
        "Choose one of: female, male, other, prefer-not-to-say."
    );
    for token in [String::new(), "x".repeat(1025)] {
        refused(
            Method::POST,
            "/api/v1/auth/verify-email",
            json!({ "token": token }),
            "token",
        )
        .await;
        refused(
            Method::POST,
            "/api/v1/auth/password-reset/confirm",
            json!({ "token": token, "password": "nova lozinka za kampus" }),
            "token",
        )
        .await;
        refused(
            Method::POST,
            "/api/v1/auth/refresh",
            json!({ "refresh_token": token }),
            "refresh_token",
        )
        .await;
    }
    refused(
        Method::POST,
        "/api/v1/auth/login",
        json!({ "email": "teuta@asp.gov.al", "password": "x".repeat(257) }),
        "password",
    )
    .await;
    refused(
        Method::POST,
        "/api/v1/me/password",
        json!({ "current_password": "", "new_password": "nova lozinka za kampus" }),
        "current_password",
    )
    .await;
    refused(
        Method::DELETE,
        "/api/v1/me",
        json!({ "password": "" }),
        "password",
    )
    .await;
    // Well-formed and wrong: the answers of the policy.
    let wrong = problem(
        app.send(
            Method::POST,
            "/api/v1/me/password",
            Some(&token),
            Some(json!({ "current_password": "not my password", "new_password": "nova lozinka za kampus" })),
        )
        .await,
        403,
    )
    .await;
    assert_eq!(wrong["type"], "/problems/wrong-password");
    let unknown = problem(
        app.send(
            Method::POST,
            "/api/v1/auth/verify-email",
            None,
            Some(json!({ "token": "x".repeat(44) })),
        )
        .await,
        404,
    )
    .await;
    assert_eq!(unknown["type"], "/problems/invalid-token");
}

/// Issue 18 (items 3, 5): an institution's name is printed on its members' certificates, so it
/// keeps the rule the document states (1–300 characters, not blank, no control or
/// text-direction characters); a country code is two letters and nothing around them; a kind
/// outside the list is told the list.
#[actix_web::test]
async fn institution_names_codes_and_kinds_keep_the_documented_rules() {
    let app = spawn_app().await;
    let (admin, institution, _code) = setup(&app).await;
    let create = |name: Value, country: &str, kind: &str| {
        app.send(
            Method::POST,
            "/api/v1/admin/institutions",
            Some(&admin),
            Some(json!({ "name": name, "country_code": country, "kind": kind })),
        )
    };
    let long = "Ш".repeat(301);
    for (name, country, kind, fields) in [
        (
            json!("Uprava za strance \u{202E}MUP"),
            "RS",
            "police",
            vec!["name"],
        ),
        (json!("MUP\u{2066}"), "RS", "police", vec!["name"]),
        (json!(" \u{3000} "), "RS", "police", vec!["name"]),
        (json!("Dva\nreda"), "RS", "police", vec!["name"]),
        (json!(long), "RS", "police", vec!["name"]),
        (
            json!("Uprava granične policije"),
            " BA",
            "police",
            vec!["country_code"],
        ),
        (
            json!("Uprava granične policije"),
            "BIH",
            "army",
            vec!["country_code", "kind"],
        ),
    ] {
        let body = problem(create(name.clone(), country, kind).await, 422).await;
        assert_eq!(body["type"], "/problems/validation-failed", "{name}");
        let named: Vec<&str> = body["errors"]
            .as_array()
            .expect("errors")
            .iter()
            .map(|e| e["field"].as_str().expect("field"))
            .collect();
        assert_eq!(named, fields, "{name} {country} {kind}");
    }
    let body = problem(create(json!("Uprava"), "BA", "army").await, 422).await;
    assert_eq!(
        body["errors"][0]["message"],
        "Choose one of: ministry, police, border-police, asylum-agency, refugee-agency, \
         training-centre, international-organisation, other."
    );
    let body = problem(create(json!("MUP\u{202E}"), "RS", "police").await, 422).await;
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("300") && m.contains("direction")),
        "{body}"
    );

    // Spaces around a name are dropped; 300 characters of any script fit.
    let made = create(json!("  Direkcija za strance  "), "me", "asylum-agency").await;
    assert_eq!(made.status(), 201);
    let made = json_of(made).await;
    assert_eq!(made["name"], "Direkcija za strance");
    assert_eq!(made["country_code"], "ME");
    assert_eq!(
        create(json!("Ш".repeat(300)), "RS", "other").await.status(),
        201
    );

    let path = format!("/api/v1/admin/institutions/{institution}");
    let body = problem(
        app.send(
            Method::PATCH,
            &path,
            Some(&admin),
            Some(json!({ "name": "\u{200F}", "country_code": "ba " })),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "name");
    assert_eq!(body["errors"][1]["field"], "country_code");
    let unchanged = app
        .send(
            Method::PATCH,
            &path,
            Some(&admin),
            Some(json!({ "name": null, "country_code": null, "kind": null })),
        )
        .await;
    assert_eq!(json_of(unchanged).await["name"], "Granična policija BiH");
}

/// Issue 18.6: assigning institutions to a learner or an admin is refused as what it is (409
/// `not-a-trainer`, naming the role), not with the list of roles; ids that name no
/// institution are named one by one (404 `unknown-reference`), malformed ones are 422.
#[actix_web::test]
async fn only_trainers_follow_institutions_and_unknown_institutions_are_named() {
    let app = spawn_app().await;
    let (admin, institution, _code) = setup(&app).await;
    let learner = app
        .create_user("ana@msb.gov.ba", PASSWORD, Locale::Bs, Role::Learner)
        .await;
    let trainer = app
        .create_user("trener@msb.gov.ba", PASSWORD, Locale::Bs, Role::Trainer)
        .await;
    let assign = |user: String, ids: Value, lang: &'static str| {
        let (app, admin) = (&app, &admin);
        async move {
            app.send(
                Method::PUT,
                &format!("/api/v1/admin/users/{user}/institutions?lang={lang}"),
                Some(admin),
                Some(json!({ "institution_ids": ids })),
            )
            .await
        }
    };

    let body = problem(
        assign(learner.id.to_string(), json!([institution]), "en").await,
        409,
    )
    .await;
    assert_eq!(body["type"], "/problems/not-a-trainer");
    let detail = body["detail"].as_str().expect("detail");
    assert!(
        detail.contains("Only trainers follow institutions") && detail.contains("a learner"),
        "{detail}"
    );
    let body = problem(
        assign(learner.id.to_string(), json!([institution]), "mk").await,
        409,
    )
    .await;
    assert!(
        body["detail"]
            .as_str()
            .is_some_and(|d| d.contains("учесник")),
        "{body}"
    );

    let unknown = kampus_store::InstitutionId::new().to_string();
    let body = problem(
        assign(trainer.id.to_string(), json!([institution, unknown]), "en").await,
        404,
    )
    .await;
    assert_eq!(body["type"], "/problems/unknown-reference");
    assert_eq!(body["errors"][0]["field"], "institution_ids.1");
    assert_eq!(body["errors"].as_array().expect("errors").len(), 1);
    let body = problem(
        assign(trainer.id.to_string(), json!([institution, "BA-1"]), "en").await,
        422,
    )
    .await;
    assert_eq!(body["type"], "/problems/validation-failed");
    assert_eq!(body["errors"][0]["field"], "institution_ids.1");

    // The same institution twice is the institution once.
    let assigned = assign(
        trainer.id.to_string(),
        json!([institution, institution.to_uppercase()]),
        "en",
    )
    .await;
    assert_eq!(assigned.status(), 200);
    assert_eq!(json_of(assigned).await["trainer_of"], json!([institution]));
}

/// Issue 18.6: `GET /admin/users?institution=` filters (it used to be ignored) within the
/// caller's scope: a trainer cannot see another institution's people by naming it. Values that
/// do not fit and parameters the operation does not take are 400s naming them.
#[actix_web::test]
async fn the_list_of_people_filters_by_institution_within_the_callers_scope() {
    let app = spawn_app().await;
    let (admin, ours, code) = setup(&app).await;
    let theirs = create_institution(&app, &admin, "Ministarstvo unutrašnjih poslova", "ME").await;
    register_verified(&app, &code, "a@granpol.gov.ba", "bs").await;
    register_verified(&app, &code, "b@granpol.gov.ba", "hr").await;
    let invitation = json_of(
        app.send(
            Method::POST,
            "/api/v1/admin/invitations",
            Some(&admin),
            Some(json!({ "institution_id": theirs })),
        )
        .await,
    )
    .await;
    register_verified(
        &app,
        invitation["code"].as_str().expect("code"),
        "c@mup.gov.me",
        "cnr",
    )
    .await;
    let trainer = app
        .create_user("trener@granpol.gov.ba", PASSWORD, Locale::Bs, Role::Trainer)
        .await;
    let assigned = app
        .send(
            Method::PUT,
            &format!("/api/v1/admin/users/{}/institutions", trainer.id),
            Some(&admin),
            Some(json!({ "institution_ids": [ours] })),
        )
        .await;
    assert_eq!(assigned.status(), 200);
    let trainer = app.token_for("trener@granpol.gov.ba", PASSWORD).await;
    let emails = |token: String, query: String| {
        let app = &app;
        async move {
            let response = app
                .send(
                    Method::GET,
                    &format!("/api/v1/admin/users?{query}"),
                    Some(&token),
                    None,
                )
                .await;
            assert_eq!(response.status(), 200, "{query}");
            json_of(response)
                .await
                .as_array()
                .expect("array")
                .iter()
                .map(|u| u["email"].as_str().expect("email").to_owned())
                .collect::<Vec<_>>()
        }
    };

    assert_eq!(
        emails(admin.clone(), format!("institution={ours}")).await,
        ["a@granpol.gov.ba", "b@granpol.gov.ba"]
    );
    assert_eq!(
        emails(admin.clone(), format!("institution={theirs}&role=learner")).await,
        ["c@mup.gov.me"]
    );
    assert_eq!(
        emails(
            admin.clone(),
            format!("institution={ours}&limit=1&offset=1")
        )
        .await,
        ["b@granpol.gov.ba"]
    );
    assert_eq!(
        emails(trainer.clone(), String::new()).await,
        ["a@granpol.gov.ba", "b@granpol.gov.ba"]
    );
    assert_eq!(
        emails(trainer.clone(), format!("institution={ours}")).await,
        ["a@granpol.gov.ba", "b@granpol.gov.ba"]
    );
    assert!(
        emails(trainer.clone(), format!("institution={theirs}"))
            .await
            .is_empty(),
        "a trainer cannot widen their scope by naming another institution"
    );

    for (query, field) in [
        ("institution=granpol".to_owned(), "institution"),
        ("institution=".to_owned(), "institution"),
        (format!("institution={{{ours}}}"), "institution"),
        (format!("institutions={ours}"), "institutions"),
        ("role=boss".to_owned(), "role"),
        ("limit=0".to_owned(), "limit"),
        ("limit=501".to_owned(), "limit"),
        ("offset=-1".to_owned(), "offset"),
    ] {
        let body = problem(
            app.send(
                Method::GET,
                &format!("/api/v1/admin/users?{query}"),
                Some(&trainer),
                None,
            )
            .await,
            400,
        )
        .await;
        assert_eq!(body["type"], "/problems/invalid-query", "{query}");
        assert_eq!(body["errors"][0]["field"], field, "{query}");
    }
}

/// Issue 18.5: a body that names an institution that is not there is a `404
/// unknown-reference` naming the member (it was a 422, or a bare 404 as if the user were
/// missing); every field that breaks its rule is named at once.
#[actix_web::test]
async fn unknown_institutions_in_bodies_are_unknown_references() {
    let app = spawn_app().await;
    let (admin, institution, _code) = setup(&app).await;
    let user = app
        .create_user("ana@msb.gov.ba", PASSWORD, Locale::Bs, Role::Learner)
        .await;
    let nowhere = kampus_store::InstitutionId::new().to_string();
    let path = format!("/api/v1/admin/users/{}", user.id);

    let body = problem(
        app.send(
            Method::PATCH,
            &path,
            Some(&admin),
            Some(json!({ "institution_id": nowhere })),
        )
        .await,
        404,
    )
    .await;
    assert_eq!(body["type"], "/problems/unknown-reference");
    assert_eq!(body["errors"][0]["field"], "institution_id");
    let body = problem(
        app.send(
            Method::PATCH,
            &path,
            Some(&admin),
            Some(json!({ "institution_id": "granpol", "role": "boss" })),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "role");
    assert_eq!(body["errors"][1]["field"], "institution_id");
    let moved = app
        .send(
            Method::PATCH,
            &path,
            Some(&admin),
            Some(json!({ "institution_id": institution })),
        )
        .await;
    assert_eq!(json_of(moved).await["institution_id"], institution.as_str());

    let invite = |body: Value| {
        app.send(
            Method::POST,
            "/api/v1/admin/invitations",
            Some(&admin),
            Some(body),
        )
    };
    let body = problem(invite(json!({ "institution_id": nowhere })).await, 404).await;
    assert_eq!(body["type"], "/problems/unknown-reference");
    assert_eq!(body["errors"][0]["field"], "institution_id");
    let body = problem(
        invite(json!({
            "institution_id": "granpol",
            "email": "a@b",
            "role": "boss",
            "expires_in_days": 0,
            "max_uses": 0
        }))
        .await,
        422,
    )
    .await;
    let named: Vec<&str> = body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["field"].as_str().expect("field"))
        .collect();
    assert_eq!(
        named,
        [
            "institution_id",
            "email",
            "role",
            "expires_in_days",
            "max_uses"
        ]
    );
    let made =
        invite(json!({ "institution_id": institution, "expires_in_days": 365, "max_uses": 10000 }))
            .await;
    assert_eq!(made.status(), 201);
    // A whole number written with a fraction is the number JSON Schema says it is.
    let made = invite(json!({ "expires_in_days": 30.0, "max_uses": 5.0 })).await;
    assert_eq!(made.status(), 201);
    let made = json_of(made).await;
    assert_eq!(made["max_uses"], 5);
    let body = problem(invite(json!({ "expires_in_days": 30.5 })).await, 422).await;
    assert_eq!(body["type"], "/problems/invalid-body");
}
