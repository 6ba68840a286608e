//! Security tests: forged and misused tokens, and who may read whose data (IDOR matrix).

use std::sync::Arc;

use chrono::TimeDelta;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use kampus_api::auth::AccessTokens;
use kampus_content::Locale;
use kampus_store::clock::FixedClock;
use kampus_store::users::Role;
use kampus_store::{Clock, SystemClock};
use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::{create_institution, register_verified, setup};
use crate::helpers::{JWT_SECRET, TestApp, problem, spawn_app};

const PASSWORD: &str = "lozinka za kampus 2026";

async fn me_status(app: &TestApp, token: &str) -> u16 {
    app.send(Method::GET, "/api/v1/me", Some(token), None)
        .await
        .status()
        .as_u16()
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn sign(header: &Header, claims: &Value, key: &[u8]) -> String {
    jsonwebtoken::encode(header, claims, &EncodingKey::from_secret(key)).expect("encode")
}

#[actix_web::test]
async fn forged_and_misused_access_tokens_are_refused() {
    let app = spawn_app().await;
    let user = app
        .create_user("jwt@mup.gov.rs", PASSWORD, Locale::SrLatn, Role::Admin)
        .await;
    let good = app.token_for("jwt@mup.gov.rs", PASSWORD).await;
    assert_eq!(me_status(&app, &good).await, 200);
    let parts: Vec<&str> = good.split('.').collect();
    let claims: Value = {
        use base64::Engine;
        serde_json::from_slice(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(parts[1])
                .expect("b64"),
        )
        .expect("json")
    };
    let mut typed = Header::new(Algorithm::HS256);
    typed.typ = Some("at+jwt".into());

    // alg: none, with and without a signature.
    let none_header = b64(br#"{"alg":"none","typ":"at+jwt"}"#);
    assert_eq!(
        me_status(&app, &format!("{none_header}.{}.", parts[1])).await,
        401,
        "alg none"
    );
    assert_eq!(
        me_status(&app, &format!("{none_header}.{}.{}", parts[1], parts[2])).await,
        401,
        "alg none + sig"
    );
    // HS/RS confusion: a header claiming RS256, signed with the shared secret as if it were a public key.
    let rs_header = b64(br#"{"alg":"RS256","typ":"at+jwt"}"#);
    let confused = {
        use hmac_sign::hs256;
        let signing_input = format!("{rs_header}.{}", parts[1]);
        format!(
            "{signing_input}.{}",
            b64(&hs256(JWT_SECRET.as_bytes(), signing_input.as_bytes()))
        )
    };
    assert_eq!(me_status(&app, &confused).await, 401, "RS256 header");
    assert_eq!(
        me_status(
            &app,
            &sign(&typed, &claims, b"a different key of 32 bytes......")
        )
        .await,
        401,
        "wrong key"
    );
    // Tampered payload: another user id with the original signature.
    let mut tampered_claims = claims.clone();
    tampered_claims["sub"] = json!(kampus_store::UserId::new().to_string());
    let tampered = format!(
        "{}.{}.{}",
        parts[0],
        b64(&serde_json::to_vec(&tampered_claims).expect("json")),
        parts[2]
    );
    assert_eq!(me_status(&app, &tampered).await, 401, "tampered payload");
    let mut role_claims = claims.clone();
    role_claims["role"] = json!("admin");
    role_claims["locale"] = json!("en");
    let tampered = format!(
        "{}.{}.{}",
        parts[0],
        b64(&serde_json::to_vec(&role_claims).expect("json")),
        parts[2]
    );
    assert_eq!(me_status(&app, &tampered).await, 401, "tampered role");

    for (field, value) in [
        ("aud", json!("another-api")),
        ("iss", json!("someone-else")),
        ("typ", json!("password-reset")),
        ("typ", json!("verify-email")),
    ] {
        let mut other = claims.clone();
        other[field] = value.clone();
        assert_eq!(
            me_status(&app, &sign(&typed, &other, JWT_SECRET.as_bytes())).await,
            401,
            "{field}={value}"
        );
    }
    let untyped = Header::new(Algorithm::HS256);
    assert_eq!(
        me_status(&app, &sign(&untyped, &claims, JWT_SECRET.as_bytes())).await,
        401,
        "header typ missing"
    );

    // Expired, and not yet valid: minted by a node whose clock is off by an hour.
    let past = Arc::new(FixedClock::new(SystemClock.now() - TimeDelta::hours(1)));
    let expired = AccessTokens::new(JWT_SECRET.as_bytes(), past)
        .issue(&user, "a-session")
        .expect("issue")
        .token;
    assert_eq!(me_status(&app, &expired).await, 401, "expired");
    let future = Arc::new(FixedClock::new(SystemClock.now() + TimeDelta::hours(1)));
    let early = AccessTokens::new(JWT_SECRET.as_bytes(), future)
        .issue(&user, "a-session")
        .expect("issue")
        .token;
    assert_eq!(me_status(&app, &early).await, 401, "nbf in the future");

    // A refresh token is not an access token, and the reverse.
    let session: Value = app
        .login("jwt@mup.gov.rs", PASSWORD)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        me_status(&app, session["refresh_token"].as_str().expect("refresh")).await,
        401
    );
    problem(
        app.send(
            Method::POST,
            "/api/v1/auth/refresh",
            None,
            Some(json!({ "refresh_token": good })),
        )
        .await,
        401,
    )
    .await;
}

/// HMAC-SHA256 from first principles (RFC 2104), to forge a token no JWT library would sign.
mod hmac_sign {
    use sha2::{Digest, Sha256};

    pub fn hs256(key: &[u8], message: &[u8]) -> Vec<u8> {
        let mut block = [0u8; 64];
        if key.len() > 64 {
            block[..32].copy_from_slice(&Sha256::digest(key));
        } else {
            block[..key.len()].copy_from_slice(key);
        }
        let pad = |byte: u8| block.iter().map(|b| b ^ byte).collect::<Vec<u8>>();
        let inner = Sha256::new()
            .chain_update(pad(0x36))
            .chain_update(message)
            .finalize();
        Sha256::new()
            .chain_update(pad(0x5c))
            .chain_update(inner)
            .finalize()
            .to_vec()
    }
}

/// Who may read and change whose data: learner A vs learner B, trainer of X vs institution Y,
/// learners vs admin endpoints.
#[actix_web::test]
async fn idor_matrix() {
    let app = spawn_app().await;
    let (admin, institution_x, code_x) = setup(&app).await;
    let institution_y =
        create_institution(&app, &admin, "Ministarstvo unutrašnjih poslova CG", "ME").await;
    let code_y: Value = app
        .send(
            Method::POST,
            "/api/v1/admin/invitations",
            Some(&admin),
            Some(json!({ "institution_id": institution_y })),
        )
        .await
        .json()
        .await
        .expect("json");
    register_verified(&app, &code_x, "learner.a@x.ba", "bs").await;
    register_verified(&app, &code_x, "learner.b@x.ba", "bs").await;
    register_verified(
        &app,
        code_y["code"].as_str().expect("code"),
        "learner.c@y.me",
        "cnr",
    )
    .await;
    let trainer = app
        .create_user("trainer@x.ba", PASSWORD, Locale::Bs, Role::Trainer)
        .await;
    let assigned = app
        .send(
            Method::PUT,
            &format!("/api/v1/admin/users/{}/institutions", trainer.id),
            Some(&admin),
            Some(json!({ "institution_ids": [institution_x] })),
        )
        .await;
    assert_eq!(assigned.status(), 200);

    let learner_a = app.token_for("learner.a@x.ba", PASSWORD).await;
    let trainer_x = app.token_for("trainer@x.ba", PASSWORD).await;
    let users: Value = app
        .send(Method::GET, "/api/v1/admin/users", Some(&admin), None)
        .await
        .json()
        .await
        .expect("json");
    let id_of = |email: &str| {
        users
            .as_array()
            .expect("array")
            .iter()
            .find(|u| u["email"] == email)
            .expect("user")["id"]
            .as_str()
            .expect("id")
            .to_owned()
    };
    let (b, c) = (id_of("learner.b@x.ba"), id_of("learner.c@y.me"));

    // Learners reach no staff endpoint, not even for their own institution.
    for (method, path) in [
        (Method::GET, "/api/v1/admin/users".to_owned()),
        (Method::GET, format!("/api/v1/admin/users/{b}")),
        (Method::PATCH, format!("/api/v1/admin/users/{b}")),
        (Method::GET, "/api/v1/admin/institutions".to_owned()),
        (Method::POST, "/api/v1/admin/institutions".to_owned()),
        (
            Method::PATCH,
            format!("/api/v1/admin/institutions/{institution_x}"),
        ),
        (Method::GET, "/api/v1/admin/invitations".to_owned()),
        (Method::POST, "/api/v1/admin/invitations".to_owned()),
        (Method::GET, "/api/v1/admin/mail".to_owned()),
        (Method::PUT, format!("/api/v1/admin/users/{b}/institutions")),
    ] {
        let response = app
            .send(method.clone(), &path, Some(&learner_a), Some(json!({})))
            .await;
        assert_eq!(response.status(), 403, "learner: {method} {path}");
    }
    // /me is always the caller's own: A sees A.
    let me: Value = app
        .send(Method::GET, "/api/v1/me", Some(&learner_a), None)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(me["email"], "learner.a@x.ba");

    // The trainer of X sees X's people and institution, nothing of Y.
    let visible: Value = app
        .send(Method::GET, "/api/v1/admin/users", Some(&trainer_x), None)
        .await
        .json()
        .await
        .expect("json");
    let emails: Vec<&str> = visible
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|u| u["email"].as_str())
        .collect();
    assert_eq!(emails, ["learner.a@x.ba", "learner.b@x.ba"]);
    assert_eq!(
        app.send(
            Method::GET,
            &format!("/api/v1/admin/users/{b}"),
            Some(&trainer_x),
            None
        )
        .await
        .status(),
        200
    );
    problem(
        app.send(
            Method::GET,
            &format!("/api/v1/admin/users/{c}"),
            Some(&trainer_x),
            None,
        )
        .await,
        404,
    )
    .await;
    let institutions: Value = app
        .send(
            Method::GET,
            "/api/v1/admin/institutions",
            Some(&trainer_x),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(institutions.as_array().expect("array").len(), 1);
    assert_eq!(institutions[0]["id"], institution_x.as_str());
    // Trainers change nobody's role or status, and invite only learners, only to X.
    problem(
        app.send(
            Method::PATCH,
            &format!("/api/v1/admin/users/{b}"),
            Some(&trainer_x),
            Some(json!({ "role": "admin" })),
        )
        .await,
        403,
    )
    .await;
    problem(
        app.send(
            Method::POST,
            "/api/v1/admin/invitations",
            Some(&trainer_x),
            Some(json!({ "institution_id": institution_y })),
        )
        .await,
        403,
    )
    .await;
    problem(
        app.send(
            Method::POST,
            "/api/v1/admin/invitations",
            Some(&trainer_x),
            Some(json!({ "institution_id": institution_x, "role": "trainer" })),
        )
        .await,
        403,
    )
    .await;
    problem(
        app.send(
            Method::POST,
            "/api/v1/admin/invitations",
            Some(&trainer_x),
            Some(json!({})),
        )
        .await,
        403,
    )
    .await;
    let own = app
        .send(
            Method::POST,
            "/api/v1/admin/invitations",
            Some(&trainer_x),
            Some(json!({ "institution_id": institution_x })),
        )
        .await;
    assert_eq!(own.status(), 201);
    let invitations: Value = app
        .send(
            Method::GET,
            "/api/v1/admin/invitations",
            Some(&trainer_x),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    assert!(
        invitations
            .as_array()
            .expect("array")
            .iter()
            .all(|i| i["institution_id"] == institution_x.as_str())
    );
    let y_invitation = code_y["id"].as_str().expect("id");
    problem(
        app.send(
            Method::DELETE,
            &format!("/api/v1/admin/invitations/{y_invitation}"),
            Some(&trainer_x),
            None,
        )
        .await,
        404,
    )
    .await;
    problem(
        app.send(Method::GET, "/api/v1/admin/mail", Some(&trainer_x), None)
            .await,
        403,
    )
    .await;
    problem(
        app.send(
            Method::PATCH,
            &format!("/api/v1/admin/institutions/{institution_x}"),
            Some(&trainer_x),
            Some(json!({ "name": "Mine" })),
        )
        .await,
        403,
    )
    .await;

    // Admins see everyone.
    assert_eq!(users.as_array().expect("array").len(), 5);
    assert_eq!(
        app.send(
            Method::GET,
            &format!("/api/v1/admin/users/{c}"),
            Some(&admin),
            None
        )
        .await
        .status(),
        200
    );
    // Unauthenticated: 401 everywhere.
    for path in [
        "/api/v1/admin/users",
        "/api/v1/admin/institutions",
        "/api/v1/me/export",
    ] {
        problem(app.send(Method::GET, path, None, None).await, 401).await;
    }
}
