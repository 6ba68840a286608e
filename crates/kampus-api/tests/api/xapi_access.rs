//! LRS credentials over HTTP: admins make, list and revoke them through
//! `/api/v1/admin/xapi/credentials` (and only admins; bad requests store nothing; both changes
//! in the audit log), and `/xapi` keeps to what each credential may do — its secret, its
//! scopes, what it wrote itself and the institutions it is bound to.

use kampus_content::Locale;
use kampus_store::InstitutionId;
use kampus_store::institutions::InstitutionKind;
use kampus_store::users::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, spawn_app};

const PASSWORD: &str = "lozinka za kampus 2026";
const CREDENTIALS: &str = "/api/v1/admin/xapi/credentials";

/// An app with a signed-in admin: the app, the admin's token and id.
async fn with_admin() -> (TestApp, String, String) {
    let app = spawn_app().await;
    let admin = app
        .create_user("admin@kampus.test", PASSWORD, Locale::En, Role::Admin)
        .await;
    let token = app.token_for("admin@kampus.test", PASSWORD).await;
    (app, token, admin.id.to_string())
}

/// Makes a credential through the API: its key and secret.
async fn credential(
    app: &TestApp,
    admin: &str,
    scopes: &[&str],
    institutions: &[InstitutionId],
) -> (String, String) {
    let institutions: Vec<String> = institutions.iter().map(ToString::to_string).collect();
    let response = app
        .send(
            Method::POST,
            CREDENTIALS,
            Some(admin),
            Some(json!({"name": "Analytics", "scopes": scopes, "institutions": institutions})),
        )
        .await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.expect("json");
    (
        body["key"].as_str().expect("key").to_owned(),
        body["secret"].as_str().expect("secret").to_owned(),
    )
}

/// A request to `/xapi{path}` with basic auth and xAPI 2.0.0.
async fn xapi(
    app: &TestApp,
    method: Method,
    path: &str,
    (key, secret): (&str, &str),
    body: Option<Value>,
) -> reqwest::Response {
    let mut request = app
        .client
        .request(method, app.url(&format!("/xapi{path}")))
        .basic_auth(key, Some(secret))
        .header("X-Experience-API-Version", "2.0.0");
    if let Some(body) = body {
        request = request.json(&body);
    }
    request.send().await.expect("request")
}

/// A statement whose actor is the Kampus account of `user` (a user id).
fn statement_about(app: &TestApp, id: &str, user: &str) -> Value {
    json!({
        "id": id,
        "actor": {"objectType": "Agent", "account": {"homePage": app.state.config.public_url, "name": user}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced", "display": {"en-US": "experienced"}},
        "object": {"id": "https://kampus.example/courses/asylum-basics"}
    })
}

/// A statement about someone outside Kampus.
fn statement_by_mail(id: &str, mbox: &str) -> Value {
    json!({
        "id": id,
        "actor": {"objectType": "Agent", "mbox": format!("mailto:{mbox}")},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced", "display": {"en-US": "experienced"}},
        "object": {"id": "https://kampus.example/courses/asylum-basics"}
    })
}

/// Writes statements with `writer`, expecting them stored.
async fn write(app: &TestApp, writer: (&str, &str), statements: Value) {
    let response = xapi(app, Method::POST, "/statements", writer, Some(statements)).await;
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
}

/// The ids of the statements a query answers.
async fn listed(app: &TestApp, reader: (&str, &str), query: &str) -> Vec<String> {
    let response = xapi(
        app,
        Method::GET,
        &format!("/statements{query}"),
        reader,
        None,
    )
    .await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.expect("json");
    let mut ids: Vec<String> = body["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .map(|s| s["id"].as_str().expect("id").to_owned())
        .collect();
    ids.sort();
    ids
}

/// The status of `GET /statements?statementId={id}`.
async fn status_of(app: &TestApp, reader: (&str, &str), id: &str) -> u16 {
    xapi(
        app,
        Method::GET,
        &format!("/statements?statementId={id}"),
        reader,
        None,
    )
    .await
    .status()
    .as_u16()
}

/// `name=` and the JSON of `value`, URL-encoded.
fn query_of(name: &str, value: &Value) -> String {
    serde_urlencoded::to_string([(name, value.to_string())]).expect("encoded")
}

async fn list(app: &TestApp, admin: &str) -> Vec<Value> {
    let response = app.send(Method::GET, CREDENTIALS, Some(admin), None).await;
    assert_eq!(response.status(), 200);
    response.json().await.expect("json")
}

#[actix_web::test]
async fn admins_make_list_and_revoke_lrs_credentials() {
    let (app, admin, admin_id) = with_admin().await;
    let institution = app
        .institution("Granična policija BiH", "BA", InstitutionKind::BorderPolice)
        .await;
    let response = app
        .send(
            Method::POST,
            CREDENTIALS,
            Some(&admin),
            Some(json!({
                "name": "  Ministry analytics ",
                "scopes": ["statements/read", "statements/write", "statements/read"],
                "institutions": [institution.to_string()]
            })),
        )
        .await;
    assert_eq!(response.status(), 201);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let made: Value = response.json().await.expect("json");
    let key = made["key"].as_str().expect("key").to_owned();
    let secret = made["secret"].as_str().expect("secret").to_owned();
    assert!(secret.len() >= 40, "{made}");
    assert_eq!(made["name"], "Ministry analytics");
    assert_eq!(
        made["scopes"],
        json!(["statements/read", "statements/write"])
    );
    assert_eq!(made["institutions"], json!([institution.to_string()]));
    assert_eq!(made["created_by"], admin_id.as_str());
    assert_eq!(made["revoked_at"], Value::Null);
    assert_eq!(made["authority"]["account"]["name"], key.as_str());
    assert_eq!(made["authority"]["name"], "Ministry analytics");

    // It works at once, and the list shows it without its secret.
    let statement = statement_by_mail("6f1c7c53-5a2e-4d1b-9f0e-2a4c1b7d9e01", "a@example.org");
    write(&app, (&key, &secret), statement).await;
    let listed = list(&app, &admin).await;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["key"], key.as_str());
    assert_eq!(listed[0].get("secret"), None);
    assert!(!listed[0].to_string().contains(&secret));

    // Revoked: 401 at once, still listed, revoking again changes nothing.
    let path = format!("{CREDENTIALS}/{key}");
    let response = app.send(Method::DELETE, &path, Some(&admin), None).await;
    assert_eq!(response.status(), 200);
    let revoked: Value = response.json().await.expect("json");
    assert!(revoked["revoked_at"].is_string(), "{revoked}");
    let refused = xapi(&app, Method::GET, "/statements", (&key, &secret), None).await;
    assert_eq!(refused.status(), 401);
    assert!(list(&app, &admin).await[0]["revoked_at"].is_string());
    let again = app.send(Method::DELETE, &path, Some(&admin), None).await;
    assert_eq!(again.status(), 200);
    let again: Value = again.json().await.expect("json");
    assert_eq!(again["revoked_at"], revoked["revoked_at"]);
    let unknown = app
        .send(
            Method::DELETE,
            &format!("{CREDENTIALS}/no-such-key"),
            Some(&admin),
            None,
        )
        .await;
    problem(unknown, 404).await;

    // Both in the audit log, once each, with the admin who did them.
    let response = app
        .send(
            Method::GET,
            "/api/v1/admin/audit?action=xapi.credential.",
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(response.status(), 200);
    let page: Value = response.json().await.expect("json");
    let entries: Vec<(&str, &str, &str)> = page["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| {
            (
                e["action"].as_str().expect("action"),
                e["subject"].as_str().expect("subject"),
                e["actor_id"].as_str().expect("actor"),
            )
        })
        .collect();
    assert_eq!(
        entries,
        [
            ("xapi.credential.create", key.as_str(), admin_id.as_str()),
            ("xapi.credential.revoke", key.as_str(), admin_id.as_str()),
        ]
    );
    let created = &page["entries"][0]["details"];
    assert_eq!(
        created["scopes"],
        json!(["statements/read", "statements/write"])
    );
    assert_eq!(created["institutions"], json!([institution.to_string()]));
}

#[actix_web::test]
async fn bad_lrs_credential_requests_are_refused_with_their_fields_and_store_nothing() {
    let (app, admin, _) = with_admin().await;
    let real = app
        .institution(
            "Služba za poslove sa strancima",
            "BA",
            InstitutionKind::Other,
        )
        .await;
    let absent = "0190f6a1-0000-7000-8000-000000000000";
    let cases: [(Value, u16, &[&str]); 8] = [
        (json!({"name": "", "scopes": ["state"]}), 422, &["name"]),
        (
            json!({"name": " \u{3000} ", "scopes": ["state"]}),
            422,
            &["name"],
        ),
        (
            json!({"name": "x".repeat(201), "scopes": ["state"]}),
            422,
            &["name"],
        ),
        (json!({"name": "Tool", "scopes": []}), 422, &["scopes"]),
        (
            json!({"name": "Tool", "scopes": ["state", "everything"]}),
            422,
            &["scopes.1"],
        ),
        (
            json!({"name": "Tool\u{202E}", "scopes": ["all"], "institutions": ["not-an-id"]}),
            422,
            &["name", "institutions.0"],
        ),
        (
            json!({"name": "Tool", "scopes": ["all"], "institutions": [real.to_string(), absent]}),
            404,
            &["institutions.1"],
        ),
        (
            json!({"name": "Tool", "scopes": ["all"], "secret": "mine"}),
            422,
            &[],
        ),
    ];
    for (body, status, fields) in cases {
        let response = app
            .send(Method::POST, CREDENTIALS, Some(&admin), Some(body.clone()))
            .await;
        let refused = problem(response, status).await;
        let named: Vec<&str> = refused["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .map(|e| e["field"].as_str().expect("field"))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(named, fields, "{body}: {refused}");
        if status == 404 {
            assert!(
                refused["type"]
                    .as_str()
                    .is_some_and(|t| t.ends_with("/unknown-reference"))
            );
        }
    }
    // A 201-character name refused, a 200-character one taken.
    assert!(list(&app, &admin).await.is_empty());
    let response = app
        .send(
            Method::POST,
            CREDENTIALS,
            Some(&admin),
            Some(json!({"name": "ž".repeat(200), "scopes": ["state"]})),
        )
        .await;
    assert_eq!(response.status(), 201);
    // Nothing of the refused requests reached the audit log either.
    let response = app
        .send(
            Method::GET,
            "/api/v1/admin/audit?action=xapi.",
            Some(&admin),
            None,
        )
        .await;
    let page: Value = response.json().await.expect("json");
    assert_eq!(page["entries"].as_array().expect("entries").len(), 1);
}

#[actix_web::test]
async fn only_admins_manage_lrs_credentials() {
    let (app, admin, _) = with_admin().await;
    let (key, _) = credential(&app, &admin, &["state"], &[]).await;
    app.create_user("ana@msb.gov.ba", PASSWORD, Locale::Bs, Role::Learner)
        .await;
    app.create_user("trainer@msb.gov.ba", PASSWORD, Locale::Hr, Role::Trainer)
        .await;
    let learner = app.token_for("ana@msb.gov.ba", PASSWORD).await;
    let trainer = app.token_for("trainer@msb.gov.ba", PASSWORD).await;
    let revoke = format!("{CREDENTIALS}/{key}");
    let operations = [
        (Method::GET, CREDENTIALS, None),
        (
            Method::POST,
            CREDENTIALS,
            Some(json!({"name": "Mine", "scopes": ["all"]})),
        ),
        (Method::DELETE, revoke.as_str(), None),
    ];
    for (method, path, body) in operations {
        for (token, status) in [
            (Some(learner.as_str()), 403),
            (Some(trainer.as_str()), 403),
            (None, 401),
        ] {
            let response = app.send(method.clone(), path, token, body.clone()).await;
            problem(response, status).await;
        }
    }
    // Nothing changed.
    let listed = list(&app, &admin).await;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["revoked_at"], Value::Null);
}

#[actix_web::test]
async fn the_lrs_refuses_wrong_secrets_and_missing_scopes() {
    let (app, admin, _) = with_admin().await;
    let (writer_key, writer_secret) = credential(&app, &admin, &["statements/write"], &[]).await;
    let writer = (writer_key.as_str(), writer_secret.as_str());
    let wrong = xapi(
        &app,
        Method::GET,
        "/statements",
        (&writer_key, "not the secret"),
        None,
    )
    .await;
    assert_eq!(wrong.status(), 401);
    let unknown = xapi(&app, Method::GET, "/statements", ("nobody", "x"), None).await;
    assert_eq!(unknown.status(), 401);
    let id = "0b7f6c1e-2d3a-4e5f-8a9b-0c1d2e3f4a5b";
    write(&app, writer, statement_by_mail(id, "b@example.org")).await;
    // A writer cannot read, not even what it wrote.
    assert_eq!(
        xapi(&app, Method::GET, "/statements", writer, None)
            .await
            .status(),
        403
    );
    assert_eq!(status_of(&app, writer, id).await, 403);
}

#[actix_web::test]
async fn a_read_mine_credential_reads_only_what_it_wrote() {
    let (app, admin, _) = with_admin().await;
    let (a_key, a_secret) = credential(
        &app,
        &admin,
        &["statements/write", "statements/read/mine"],
        &[],
    )
    .await;
    let (b_key, b_secret) = credential(
        &app,
        &admin,
        &["statements/write", "statements/read/mine"],
        &[],
    )
    .await;
    let (a, b) = (
        (a_key.as_str(), a_secret.as_str()),
        (b_key.as_str(), b_secret.as_str()),
    );
    let mine = "1a2b3c4d-0000-4000-8000-00000000000a";
    let theirs = "1a2b3c4d-0000-4000-8000-00000000000b";
    write(&app, a, statement_by_mail(mine, "same@example.org")).await;
    write(&app, b, statement_by_mail(theirs, "same@example.org")).await;
    assert_eq!(listed(&app, a, "").await, [mine]);
    assert_eq!(
        listed(
            &app,
            a,
            "?agent=%7B%22mbox%22%3A%22mailto%3Asame%40example.org%22%7D"
        )
        .await,
        [mine]
    );
    assert_eq!(status_of(&app, a, mine).await, 200);
    assert_eq!(status_of(&app, a, theirs).await, 404);
    assert_eq!(listed(&app, b, "").await, [theirs]);
    assert_eq!(status_of(&app, b, mine).await, 404);
}

#[actix_web::test]
async fn a_credential_bound_to_an_institution_reads_none_of_anothers_learners() {
    let (app, admin, _) = with_admin().await;
    let msb = app
        .institution(
            "Ministarstvo sigurnosti BiH",
            "BA",
            InstitutionKind::Ministry,
        )
        .await;
    let mup = app
        .institution("MUP Republike Srbije", "RS", InstitutionKind::Police)
        .await;
    let ana = app
        .create_user("ana@msb.gov.ba", PASSWORD, Locale::Bs, Role::Learner)
        .await;
    let marko = app
        .create_user("marko@mup.gov.rs", PASSWORD, Locale::SrLatn, Role::Learner)
        .await;
    app.place(&ana, msb).await;
    app.place(&marko, mup).await;
    let (w_key, w_secret) = credential(&app, &admin, &["statements/write"], &[]).await;
    let writer = (w_key.as_str(), w_secret.as_str());
    let of_ana = "2c000000-0000-4000-8000-0000000000a1";
    let of_marko = "2c000000-0000-4000-8000-0000000000b1";
    let of_outsider = "2c000000-0000-4000-8000-0000000000c1";
    write(
        &app,
        writer,
        json!([
            statement_about(&app, of_ana, &ana.id.to_string()),
            statement_about(&app, of_marko, &marko.id.to_string()),
            statement_by_mail(of_outsider, "someone@example.org"),
        ]),
    )
    .await;

    let (r_key, r_secret) = credential(&app, &admin, &["statements/read"], &[msb]).await;
    let bound = (r_key.as_str(), r_secret.as_str());
    assert_eq!(listed(&app, bound, "").await, [of_ana]);
    assert_eq!(status_of(&app, bound, of_ana).await, 200);
    assert_eq!(status_of(&app, bound, of_marko).await, 404);
    assert_eq!(status_of(&app, bound, of_outsider).await, 404);
    // Asking for B's learner by name finds nothing.
    let marko_agent =
        json!({"account": {"homePage": app.state.config.public_url, "name": marko.id.to_string()}});
    let query = format!("?{}", query_of("agent", &marko_agent));
    assert!(listed(&app, bound, &query).await.is_empty());
    // `all/read` bound to the institution is bound all the same.
    let (x_key, x_secret) = credential(&app, &admin, &["all/read"], &[msb]).await;
    let read_all = (x_key.as_str(), x_secret.as_str());
    assert_eq!(listed(&app, read_all, "").await, [of_ana]);
    assert_eq!(status_of(&app, read_all, of_marko).await, 404);
    // Bound to both, it reads both; unbound, it reads everything.
    let (both_key, both_secret) = credential(&app, &admin, &["statements/read"], &[msb, mup]).await;
    let mut both = vec![of_ana, of_marko];
    both.sort_unstable();
    assert_eq!(listed(&app, (&both_key, &both_secret), "").await, both);
    let (all_key, all_secret) = credential(&app, &admin, &["statements/read"], &[]).await;
    let mut all = vec![of_ana, of_marko, of_outsider];
    all.sort_unstable();
    assert_eq!(listed(&app, (&all_key, &all_secret), "").await, all);
}

#[actix_web::test]
async fn a_state_credential_keeps_state_but_reads_no_statements() {
    let (app, admin, _) = with_admin().await;
    let (key, secret) = credential(&app, &admin, &["state"], &[]).await;
    let state = (key.as_str(), secret.as_str());
    let agent = query_of("agent", &json!({"mbox": "mailto:learner@example.org"}));
    let path = format!(
        "/activities/state?activityId=https%3A%2F%2Fkampus.example%2Fcourses%2Fx&{agent}&stateId=bookmark"
    );
    let put = xapi(&app, Method::PUT, &path, state, Some(json!({"page": 3}))).await;
    assert_eq!(put.status(), 204, "{:?}", put.text().await);
    let got = xapi(&app, Method::GET, &path, state, None).await;
    assert_eq!(got.status(), 200);
    let body: Value = got.json().await.expect("json");
    assert_eq!(body, json!({"page": 3}));
    assert_eq!(
        xapi(&app, Method::GET, "/statements", state, None)
            .await
            .status(),
        403
    );
    let id = "3d000000-0000-4000-8000-000000000001";
    let post = xapi(
        &app,
        Method::POST,
        "/statements",
        state,
        Some(statement_by_mail(id, "learner@example.org")),
    )
    .await;
    assert_eq!(post.status(), 403);
}
