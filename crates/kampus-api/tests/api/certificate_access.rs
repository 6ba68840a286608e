//! Who may read, download, resend and re-issue a certificate: its holder, the trainers of the
//! holder's institution and admins read it; anyone else gets the 404 an unknown id gets.

use kampus_content::Locale;
use kampus_store::institutions::InstitutionKind;
use kampus_store::users::Role;
use kampus_store::{Clock, InstitutionId, SystemClock, outbox, users};
use reqwest::Method;
use serde_json::{Value, json};

use crate::certificates::issued_to;
use crate::helpers::{TestApp, problem, spawn_app};

const PASSWORD: &str = "lozinka za kampus 2026";

async fn institution(app: &TestApp, name: &str) -> InstitutionId {
    app.institution(name, "MK", InstitutionKind::Ministry).await
}

/// A signed-in user of `role`, in `institution` (a learner) or assigned to it (a trainer).
async fn member(
    app: &TestApp,
    email: &str,
    role: Role,
    institution: Option<InstitutionId>,
) -> String {
    let user = app.create_user(email, PASSWORD, Locale::En, role).await;
    if let Some(institution) = institution {
        app.place(&user, institution).await;
    }
    app.token_for(email, PASSWORD).await
}

struct Cast {
    app: TestApp,
    certificate: kampus_store::certificates::Certificate,
    holder: String,
    other_learner: String,
    own_trainer: String,
    other_trainer: String,
    admin: String,
}

async fn cast() -> Cast {
    let app = spawn_app().await;
    let ministry = institution(&app, "Министерство за внатрешни работи").await;
    let elsewhere = institution(&app, "Агенција за азил").await;
    let certificate = issued_to(&app, "holder@mvr.gov.mk", "Марија Петровска").await;
    let holder_id = certificate.user_id;
    app.state
        .db
        .run(move |conn| users::set_institution(conn, holder_id, Some(ministry), SystemClock.now()))
        .await
        .expect("holder's institution");
    let holder = app.token_for("holder@mvr.gov.mk", PASSWORD).await;
    Cast {
        other_learner: member(&app, "other@mvr.gov.mk", Role::Learner, Some(ministry)).await,
        own_trainer: member(&app, "trainer@mvr.gov.mk", Role::Trainer, Some(ministry)).await,
        other_trainer: member(&app, "trainer@azil.gov.mk", Role::Trainer, Some(elsewhere)).await,
        admin: member(&app, "admin@kampus.test", Role::Admin, None).await,
        app,
        certificate,
        holder,
    }
}

#[actix_web::test]
async fn certificates_and_their_pdfs_are_for_the_holder_their_trainers_and_admins() {
    let cast = cast().await;
    let app = &cast.app;
    let id = &cast.certificate.id;
    for path in [
        format!("/api/v1/certificates/{id}"),
        format!("/api/v1/certificates/{id}/pdf"),
    ] {
        problem(app.send(Method::GET, &path, None, None).await, 401).await;
        for outsider in [&cast.other_learner, &cast.other_trainer] {
            let refused = problem(
                app.send(Method::GET, &path, Some(outsider), None).await,
                404,
            )
            .await;
            assert_eq!(
                refused["type"], "/problems/not-found",
                "as for an unknown id"
            );
        }
        for reader in [&cast.holder, &cast.own_trainer, &cast.admin] {
            let response = app.send(Method::GET, &path, Some(reader), None).await;
            assert_eq!(response.status(), 200, "{path}");
        }
    }
    let unknown = format!("/api/v1/certificates/{}", uuid::Uuid::now_v7());
    problem(
        app.send(Method::GET, &unknown, Some(&cast.admin), None)
            .await,
        404,
    )
    .await;

    let pdf = app
        .send(
            Method::GET,
            &format!("/api/v1/certificates/{id}/pdf"),
            Some(&cast.holder),
            None,
        )
        .await;
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    assert!(
        pdf.headers()["content-disposition"]
            .to_str()
            .expect("ascii")
            .contains(&format!("{}.pdf", cast.certificate.serial))
    );
    assert_eq!(pdf.headers()["cache-control"], "private, no-store");
    let bytes = pdf.bytes().await.expect("bytes");
    assert!(bytes.starts_with(b"%PDF-"));

    let view: Value = app
        .send(
            Method::GET,
            &format!("/api/v1/certificates/{id}"),
            Some(&cast.holder),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(view["serial"], cast.certificate.serial.as_str());
    assert_eq!(view["facts"]["holder_name"], "Марија Петровска");
    assert_eq!(
        view["links"]["pdf"],
        format!("/api/v1/certificates/{id}/pdf")
    );

    let mine: Value = app
        .send(
            Method::GET,
            "/api/v1/me/certificates",
            Some(&cast.holder),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(mine.as_array().map(Vec::len), Some(1));
    let none: Value = app
        .send(
            Method::GET,
            "/api/v1/me/certificates",
            Some(&cast.other_learner),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(none, json!([]), "another learner's certificates never show");
    problem(
        app.send(Method::GET, "/api/v1/me/certificates", None, None)
            .await,
        401,
    )
    .await;
}

#[actix_web::test]
async fn holders_can_have_the_email_resent_a_few_times_an_hour() {
    let cast = cast().await;
    let app = &cast.app;
    let path = format!("/api/v1/certificates/{}/resend", cast.certificate.id);
    problem(app.send(Method::POST, &path, None, None).await, 401).await;
    problem(
        app.send(Method::POST, &path, Some(&cast.other_learner), None)
            .await,
        404,
    )
    .await;
    problem(
        app.send(Method::POST, &path, Some(&cast.admin), None).await,
        403,
    )
    .await;
    for _ in 0..kampus_api::routes::certificates::resend::RESENDS_PER_WINDOW {
        let queued = app
            .send(Method::POST, &path, Some(&cast.holder), None)
            .await;
        assert_eq!(queued.status(), 202);
    }
    let limited = app
        .send(Method::POST, &path, Some(&cast.holder), None)
        .await;
    assert!(limited.headers().contains_key("retry-after"));
    problem(limited, 429).await;
    let id = cast.certificate.id;
    let queued = app
        .state
        .db
        .run(move |conn| outbox::for_certificate(conn, id))
        .await
        .expect("outbox");
    assert_eq!(
        queued.len(),
        3,
        "one per accepted request, none for the refused one"
    );
    assert!(
        queued
            .iter()
            .all(|m| m.recipient == "holder@mvr.gov.mk" && m.locale == "mk")
    );
}

#[actix_web::test]
async fn admins_reissue_a_certificate_which_replaces_the_old_one() {
    let cast = cast().await;
    let app = &cast.app;
    let old = &cast.certificate;
    let path = format!("/api/v1/admin/certificates/{}/reissue", old.serial);
    let reason = json!({ "reason": "Name corrected at the holder's request" });
    problem(
        app.send(Method::POST, &path, None, Some(reason.clone()))
            .await,
        401,
    )
    .await;
    for refused in [&cast.holder, &cast.own_trainer] {
        problem(
            app.send(Method::POST, &path, Some(refused), Some(reason.clone()))
                .await,
            403,
        )
        .await;
    }
    problem(
        app.send(
            Method::POST,
            &path,
            Some(&cast.admin),
            Some(json!({ "reason": "" })),
        )
        .await,
        422,
    )
    .await;
    problem(
        app.send(
            Method::POST,
            "/api/v1/admin/certificates/KMP-1999-000001/reissue",
            Some(&cast.admin),
            Some(reason.clone()),
        )
        .await,
        404,
    )
    .await;

    let holder_id = old.user_id;
    app.state
        .db
        .run(move |conn| {
            let rename = users::ProfileChanges {
                display_name: Some("Марија Петровска-Илиевска".into()),
                ..users::ProfileChanges::default()
            };
            users::update_profile(conn, holder_id, &rename, SystemClock.now())
        })
        .await
        .expect("renamed");
    let response = app
        .send(Method::POST, &path, Some(&cast.admin), Some(reason.clone()))
        .await;
    assert_eq!(response.status(), 201);
    let reissued: Value = response.json().await.expect("json");
    assert_eq!(reissued["replaced"]["status"], "revoked");
    let new = &reissued["certificate"];
    assert_ne!(new["serial"], old.serial.as_str());
    assert_eq!(new["facts"]["holder_name"], "Марија Петровска-Илиевска");
    assert_eq!(new["facts"]["completed_on"], json!(old.issued_at.date()));

    let old_check: Value = app
        .get(&format!("/api/v1/verify/{}", old.verification_code))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(old_check["status"], "revoked");
    assert_eq!(
        old_check["revocation_reason"],
        "Name corrected at the holder's request"
    );
    let new_check: Value = app
        .get(&format!(
            "/api/v1/verify/{}",
            new["verification_code"].as_str().expect("code")
        ))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(new_check["status"], "valid");
    let mine: Value = app
        .send(
            Method::GET,
            "/api/v1/me/certificates",
            Some(&cast.holder),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        mine.as_array().map(Vec::len),
        Some(2),
        "the replaced one stays listed, revoked"
    );
    // The old one is replaced: re-issue its replacement instead.
    problem(
        app.send(Method::POST, &path, Some(&cast.admin), Some(reason))
            .await,
        409,
    )
    .await;
    let new_id = new["id"].as_str().expect("id").to_owned();
    let mails = app
        .state
        .db
        .run(move |conn| outbox::for_certificate(conn, new_id.parse().expect("an id")))
        .await
        .expect("outbox");
    assert_eq!(
        mails.len(),
        1,
        "the new certificate is emailed to its holder"
    );
}

/// GETs `path` as `token` and returns the body as JSON, asserting the status.
async fn json_of(app: &TestApp, path: &str, token: Option<&str>, status: u16) -> Value {
    let response = app.send(Method::GET, path, token, None).await;
    assert_eq!(response.status(), status, "{path}");
    response.json().await.expect("json")
}

/// The status list a credential names, fetched from the server as a verifier would.
async fn status_list_of(app: &TestApp, credential: &Value) -> Value {
    let url = credential["credentialStatus"]["statusListCredential"]
        .as_str()
        .expect("status list url");
    let path = url
        .strip_prefix(&app.state.config.public_url)
        .expect("ours");
    let response = app.get(path).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/vc");
    response.json().await.expect("json")
}

#[actix_web::test]
async fn the_open_badges_credential_is_signed_kept_and_revocable() {
    let cast = cast().await;
    let app = &cast.app;
    let path = format!("/api/v1/certificates/{}/credential", cast.certificate.id);
    problem(app.send(Method::GET, &path, None, None).await, 401).await;
    for outsider in [&cast.other_learner, &cast.other_trainer] {
        problem(
            app.send(Method::GET, &path, Some(outsider), None).await,
            404,
        )
        .await;
    }
    let first = app.send(Method::GET, &path, Some(&cast.holder), None).await;
    assert_eq!(first.status(), 200);
    assert_eq!(first.headers()["content-type"], "application/vc");
    let first_bytes = first.bytes().await.expect("bytes");
    let credential: Value = serde_json::from_slice(&first_bytes).expect("json");
    // Kept: the trainer and the admin get the very same document.
    for reader in [&cast.own_trainer, &cast.admin] {
        let again = app.send(Method::GET, &path, Some(reader), None).await;
        assert_eq!(again.bytes().await.expect("bytes"), first_bytes);
    }
    let verified = kampus_badge::verify(&credential).expect("the signature verifies");
    assert_eq!(verified.issuer, app.state.credentials.keys().active().did());
    assert_eq!(credential["credentialSubject"]["name"], "Марија Петровска");
    assert_eq!(
        credential["credentialSubject"]["achievement"]["creditsAvailable"],
        0.5
    );
    assert!(
        !String::from_utf8_lossy(&first_bytes).contains("holder@mvr.gov.mk"),
        "the email is only hashed"
    );
    let mut tampered = credential.clone();
    tampered["credentialSubject"]["name"] = json!("Someone Else");
    assert!(
        kampus_badge::verify(&tampered).is_err(),
        "a tampered copy fails"
    );

    let list = status_list_of(app, &credential).await;
    kampus_badge::verify(&list).expect("the status list is signed");
    assert!(!kampus_badge::is_revoked(&credential, &list).expect("status"));
    app.send(
        Method::POST,
        &format!(
            "/api/v1/admin/certificates/{}/revoke",
            cast.certificate.serial
        ),
        Some(&cast.admin),
        Some(json!({ "reason": "Issued in error" })),
    )
    .await;
    let list = status_list_of(app, &credential).await;
    assert!(
        kampus_badge::is_revoked(&credential, &list).expect("status"),
        "revoked shows in the list"
    );
    problem(
        app.get("/api/v1/credentials/status/z6MkUnknownKey").await,
        404,
    )
    .await;
}

/// After `kampus keys rotate`, new credentials are signed by the new key; a credential signed
/// before still verifies, and its status list (signed by its own key) is still served.
#[actix_web::test]
async fn credentials_signed_before_a_key_rotation_keep_verifying() {
    use kampus_store::testing::TestDatabase;
    let data = tempfile::tempdir().expect("data dir");
    let data_dir = data.path().display().to_string();
    let before =
        crate::helpers::spawn_app_with(TestDatabase::new(), &[("KAMPUS_DATA_DIR", &data_dir)])
            .await;
    let old_certificate = issued_to(&before, "old@mvr.gov.mk", "Стара Потврда").await;
    let old_token = before.token_for("old@mvr.gov.mk", PASSWORD).await;
    let old: Value = json_of(
        &before,
        &format!("/api/v1/certificates/{}/credential", old_certificate.id),
        Some(&old_token),
        200,
    )
    .await;
    let old_key = before.state.credentials.keys().active().did();

    kampus_badge::KeyRing::rotate(&data.path().join("keys")).expect("rotated");
    // A second server on the same database and data folder, started after the rotation.
    let database_url = before.db.database_url_string();
    let after = crate::helpers::spawn_app_with(
        TestDatabase::new(),
        &[
            ("KAMPUS_DATA_DIR", &data_dir),
            ("DATABASE_URL", &database_url),
        ],
    )
    .await;
    assert_ne!(after.state.credentials.keys().active().did(), old_key);
    let new_certificate = issued_to(&after, "new@mvr.gov.mk", "Нова Потврда").await;
    let new_token = after.token_for("new@mvr.gov.mk", PASSWORD).await;
    let new: Value = json_of(
        &after,
        &format!("/api/v1/certificates/{}/credential", new_certificate.id),
        Some(&new_token),
        200,
    )
    .await;
    assert_eq!(
        kampus_badge::verify(&old).expect("old verifies").issuer,
        old_key
    );
    assert_ne!(
        kampus_badge::verify(&new).expect("new verifies").issuer,
        old_key
    );
    for credential in [&old, &new] {
        let list = status_list_of(&after, credential).await;
        assert_eq!(
            list["issuer"], credential["issuer"]["id"],
            "each list signed by its key"
        );
        assert!(!kampus_badge::is_revoked(credential, &list).expect("status"));
    }
}

/// Issue 18.6: revoking took a certificate's serial while every other certificate route takes
/// its id; revoke and re-issue now take either, documented as such.
#[actix_web::test]
async fn revoke_and_reissue_name_a_certificate_by_its_id_or_its_serial() {
    let cast = cast().await;
    let app = &cast.app;
    let old = &cast.certificate;
    let admin = cast.admin.as_str();
    let post = |certificate: String, action: &'static str, reason: &'static str| async move {
        app.send(
            Method::POST,
            &format!("/api/v1/admin/certificates/{certificate}/{action}"),
            Some(admin),
            Some(json!({ "reason": reason })),
        )
        .await
    };

    let response = post(old.id.to_string(), "reissue", "Name corrected").await;
    assert_eq!(response.status(), 201, "re-issued by its id");
    let reissued: Value = response.json().await.expect("json");
    assert_eq!(reissued["replaced"]["serial"], old.serial.as_str());
    let new_id = reissued["certificate"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let new_serial = reissued["certificate"]["serial"]
        .as_str()
        .expect("serial")
        .to_owned();

    let response = post(new_id.clone(), "revoke", "Issued in error").await;
    assert_eq!(response.status(), 200, "revoked by its id");
    let revoked: Value = response.json().await.expect("json");
    assert_eq!(revoked["status"], "revoked");
    assert_eq!(revoked["serial"], new_serial.as_str());
    // By serial or by id, it is the same certificate: revoked already, replaced already.
    problem(post(new_serial, "revoke", "Again").await, 409).await;
    problem(post(old.id.to_string(), "reissue", "Again").await, 409).await;
    problem(post(old.serial.clone(), "reissue", "Again").await, 409).await;
    for nothing in [
        uuid::Uuid::now_v7().to_string(),
        "KMP-1999-000001".to_owned(),
        new_id.to_uppercase(),
    ] {
        for action in ["revoke", "reissue"] {
            let body = problem(post(nothing.clone(), action, "Why").await, 404).await;
            assert_eq!(body["type"], "/problems/not-found", "{nothing} {action}");
        }
    }
}
