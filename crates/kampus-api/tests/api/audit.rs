//! The audit log: role changes, trainer assignments, revocations, re-issues and account
//! deletions write entries, and `GET /api/v1/admin/audit` lists them (filters, paging, CSV) to
//! admins only.

use kampus_content::Locale;
use kampus_store::audit;
use kampus_store::institutions::InstitutionKind;
use kampus_store::users::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::certificates::issued_to;
use crate::helpers::{TestApp, problem, spawn_app};

const PASSWORD: &str = "lozinka za kampus 2026";

/// An app with a signed-in admin: the app, the admin's token and id.
async fn with_admin() -> (TestApp, String, String) {
    let app = spawn_app().await;
    let admin = app
        .create_user("admin@kampus.test", PASSWORD, Locale::En, Role::Admin)
        .await;
    let token = app.token_for("admin@kampus.test", PASSWORD).await;
    (app, token, admin.id.to_string())
}

/// `GET /api/v1/admin/audit?{query}`.
async fn get(app: &TestApp, token: &str, query: &str) -> reqwest::Response {
    app.send(
        Method::GET,
        &format!("/api/v1/admin/audit?{query}"),
        Some(token),
        None,
    )
    .await
}

/// `GET /api/v1/admin/audit?{query}` as JSON.
async fn log(app: &TestApp, token: &str, query: &str) -> Value {
    let response = get(app, token, query).await;
    assert_eq!(response.status(), 200, "{query}");
    response.json().await.expect("json")
}

fn entries(page: &Value) -> &Vec<Value> {
    page["entries"].as_array().expect("entries")
}

fn actions(page: &Value) -> Vec<&str> {
    entries(page)
        .iter()
        .map(|e| e["action"].as_str().expect("action"))
        .collect()
}

#[actix_web::test]
async fn role_changes_and_trainer_assignments_are_logged_with_who_did_them() {
    let (app, admin, admin_id) = with_admin().await;
    let learner = app
        .create_user("ana@msb.gov.ba", PASSWORD, Locale::Bs, Role::Learner)
        .await;
    let path = format!("/api/v1/admin/users/{}", learner.id);
    for _ in 0..2 {
        let response = app
            .send(
                Method::PATCH,
                &path,
                Some(&admin),
                Some(json!({ "role": "trainer" })),
            )
            .await;
        assert_eq!(response.status(), 200);
    }
    let page = log(&app, &admin, "action=user.role").await;
    assert_eq!(entries(&page).len(), 1, "the second PATCH changed nothing");
    let entry = &entries(&page)[0];
    assert_eq!(entry["actor_id"], admin_id.as_str());
    assert_eq!(entry["subject"], learner.id.to_string());
    assert_eq!(
        entry["details"],
        json!({ "from": "learner", "to": "trainer" })
    );
    assert!(entry["at"].as_str().is_some_and(|at| at.ends_with('Z')));
    assert_eq!(page["next"], Value::Null);

    let ministry = app
        .institution("Ministarstvo sigurnosti", "BA", InstitutionKind::Ministry)
        .await
        .to_string();
    for ids in [json!([ministry]), json!([ministry]), json!([])] {
        let response = app
            .send(
                Method::PUT,
                &format!("{path}/institutions"),
                Some(&admin),
                Some(json!({ "institution_ids": ids })),
            )
            .await;
        assert_eq!(response.status(), 200);
    }
    let page = log(&app, &admin, "action=user.institutions").await;
    let details: Vec<&Value> = entries(&page).iter().map(|e| &e["details"]).collect();
    assert_eq!(
        details,
        [
            &json!({ "from": [], "to": [ministry] }),
            &json!({ "from": [ministry], "to": [] }),
        ],
        "an assignment that changes nothing is not logged"
    );
    assert!(
        entries(&page)
            .iter()
            .all(|e| e["actor_id"] == admin_id.as_str())
    );
}

#[actix_web::test]
async fn revocations_and_reissues_are_logged_by_serial() {
    let (app, admin, admin_id) = with_admin().await;
    let revoked = issued_to(&app, "holder@mvr.gov.mk", "Марија Петровска").await;
    let reissued = issued_to(&app, "second@mvr.gov.mk", "Петар Петровски").await;
    let reason = json!({ "reason": "Issued in error: final assessment annulled" });
    let revoke = format!("/api/v1/admin/certificates/{}/revoke", revoked.serial);
    let response = app
        .send(Method::POST, &revoke, Some(&admin), Some(reason.clone()))
        .await;
    assert_eq!(response.status(), 200);
    // Refused the second time: nothing changed, nothing logged.
    problem(
        app.send(Method::POST, &revoke, Some(&admin), Some(reason.clone()))
            .await,
        409,
    )
    .await;
    let response = app
        .send(
            Method::POST,
            &format!("/api/v1/admin/certificates/{}/reissue", reissued.serial),
            Some(&admin),
            Some(json!({ "reason": "Name corrected" })),
        )
        .await;
    assert_eq!(response.status(), 201);
    let new: Value = response.json().await.expect("json");

    let page = log(&app, &admin, "action=certificate.").await;
    assert_eq!(
        actions(&page),
        ["certificate.revoke", "certificate.reissue"]
    );
    let (revocation, reissue) = (&entries(&page)[0], &entries(&page)[1]);
    assert_eq!(revocation["subject"], revoked.serial.as_str());
    assert_eq!(revocation["actor_id"], admin_id.as_str());
    assert_eq!(revocation["details"], reason);
    assert_eq!(reissue["subject"], reissued.serial.as_str());
    assert_eq!(reissue["actor_id"], admin_id.as_str());
    assert_eq!(
        reissue["details"],
        json!({
            "reason": "Name corrected",
            "replaced_by": new["certificate"]["serial"],
        })
    );
}

#[actix_web::test]
async fn a_self_deletion_is_logged_without_personal_data() {
    let (app, admin, _) = with_admin().await;
    let email = "vesna.markovic@mup.gov.rs";
    let learner = app
        .create_user(email, PASSWORD, Locale::SrLatn, Role::Learner)
        .await;
    let token = app.token_for(email, PASSWORD).await;
    let renamed = app
        .send(
            Method::PATCH,
            "/api/v1/me",
            Some(&token),
            Some(json!({ "display_name": "Vesna Marković" })),
        )
        .await;
    assert_eq!(renamed.status(), 200);
    let deleted = app
        .send(
            Method::DELETE,
            "/api/v1/me",
            Some(&token),
            Some(json!({ "password": PASSWORD })),
        )
        .await;
    assert_eq!(deleted.status(), 204);

    let page = log(&app, &admin, "action=account.delete").await;
    assert_eq!(entries(&page).len(), 1);
    let entry = &entries(&page)[0];
    let id = learner.id.to_string();
    assert_eq!(entry["actor_id"], id.as_str(), "the user deleted themself");
    assert_eq!(entry["subject"], id.as_str());
    assert_eq!(entry["details"], json!({ "by": "self" }));
    // Nowhere in the whole log, JSON or CSV.
    let everything = log(&app, &admin, "limit=1000").await.to_string();
    let csv = app
        .send(
            Method::GET,
            "/api/v1/admin/audit?format=csv",
            Some(&admin),
            None,
        )
        .await
        .text()
        .await
        .expect("csv");
    for text in [everything, csv] {
        for personal in ["vesna", "Vesna", "Marković", "mup.gov.rs"] {
            assert!(!text.contains(personal), "{personal} in {text}");
        }
    }
}

/// Entries at known times in 2020, before anything the app records itself; oldest first.
pub async fn fixture(app: &TestApp) -> (String, String) {
    let (alice, bob) = (
        uuid::Uuid::now_v7().to_string(),
        uuid::Uuid::now_v7().to_string(),
    );
    let rows = [
        (
            "2020-01-10T10:00:00Z",
            Some(&alice),
            "content.publish",
            "v1",
        ),
        ("2020-01-15T09:00:00Z", Some(&alice), "user.role", "u1"),
        (
            "2020-01-15T23:30:00Z",
            Some(&bob),
            "content.unpublish",
            "v1",
        ),
        ("2020-02-01T00:00:00Z", None, "content.version.create", "v2"),
        (
            "2020-02-03T12:00:00Z",
            Some(&bob),
            "certificate.revoke",
            "s1",
        ),
    ]
    .map(|(at, actor, action, subject)| {
        (
            chrono::DateTime::parse_from_rfc3339(at)
                .expect("time")
                .naive_utc(),
            actor.cloned(),
            action,
            subject,
        )
    });
    app.state
        .db
        .run(move |conn| {
            for (n, (at, actor, action, subject)) in rows.iter().enumerate() {
                let entry = audit::Entry {
                    actor_id: actor.as_deref(),
                    action,
                    subject,
                    details: json!({ "n": n, "note": "a, \"quoted\" value" }),
                };
                audit::record(conn, &entry, *at)?;
            }
            Ok(())
        })
        .await
        .expect("fixture");
    (alice, bob)
}

#[actix_web::test]
async fn the_log_is_filtered_by_action_actor_and_time() {
    let (app, admin, _) = with_admin().await;
    let (alice, bob) = fixture(&app).await;
    let in_2020 = "until=2021-01-01";
    let all = log(&app, &admin, in_2020).await;
    assert_eq!(entries(&all).len(), 5);
    assert_eq!(entries(&all)[0]["details"]["n"], 0, "oldest first");
    assert_eq!(
        entries(&all)[3]["actor_id"],
        Value::Null,
        "the system acted"
    );

    let cases = [
        (
            format!("action=content.&{in_2020}"),
            vec![
                "content.publish",
                "content.unpublish",
                "content.version.create",
            ],
        ),
        (
            format!("action=content.version&{in_2020}"),
            vec!["content.version.create"],
        ),
        (
            format!("actor={alice}"),
            vec!["content.publish", "user.role"],
        ),
        (
            format!("actor={}&action=certificate.", bob.to_uppercase()),
            vec!["certificate.revoke"],
        ),
        // Days are whole, in UTC, both included.
        (
            "from=2020-01-15&until=2020-01-15".into(),
            vec!["user.role", "content.unpublish"],
        ),
        // Times: `from` included, `until` excluded; any offset.
        (
            "from=2020-01-15T10:00:00%2B01:00&until=2020-01-15T23:30:00Z".into(),
            vec!["user.role"],
        ),
        // A range that ends before it starts has nothing in it.
        ("from=2020-01-16&until=2020-01-15T23:59:59Z".into(), vec![]),
        (
            "from=2020-02-01&until=2020-12-31".into(),
            vec!["content.version.create", "certificate.revoke"],
        ),
    ];
    for (query, expected) in cases {
        assert_eq!(
            actions(&log(&app, &admin, &query).await),
            expected,
            "{query}"
        );
    }
}

#[actix_web::test]
async fn pages_follow_the_cursor_to_the_end() {
    let (app, admin, _) = with_admin().await;
    fixture(&app).await;
    let mut seen = Vec::new();
    let mut query = "until=2021-01-01&limit=2".to_owned();
    let mut sizes = Vec::new();
    loop {
        let page = log(&app, &admin, &query).await;
        sizes.push(entries(&page).len());
        seen.extend(entries(&page).iter().map(|e| e["id"].clone()));
        match page["next"].as_str() {
            Some(next) => {
                assert_eq!(
                    Some(next),
                    entries(&page).last().and_then(|e| e["id"].as_str())
                );
                query = format!("until=2021-01-01&limit=2&after={next}");
            }
            None => break,
        }
    }
    assert_eq!(sizes, [2, 2, 1]);
    let all = log(&app, &admin, "until=2021-01-01").await;
    let ids: Vec<Value> = entries(&all).iter().map(|e| e["id"].clone()).collect();
    assert_eq!(seen, ids);
    // A page that ends exactly at the last entry has no next.
    let exact = log(&app, &admin, "until=2021-01-01&limit=5").await;
    assert_eq!(exact["next"], Value::Null);
}

#[actix_web::test]
async fn the_log_exports_as_csv_with_headers_in_the_callers_language() {
    let (app, admin, _) = with_admin().await;
    fixture(&app).await;
    let all = log(&app, &admin, "until=2021-01-01").await;
    let response = app
        .send(
            Method::GET,
            "/api/v1/admin/audit?until=2021-01-01&format=csv&limit=2",
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .expect("ascii")
            .contains("audit.csv")
    );
    let text = response.text().await.expect("csv");
    let lines: Vec<&str> = text
        .strip_prefix('\u{feff}')
        .expect("byte-order mark")
        .split_terminator("\r\n")
        .collect();
    assert_eq!(
        lines[0],
        "Entry id,Time (UTC),By (user id),Action,Subject,Details"
    );
    assert_eq!(lines.len(), 6, "every entry, whatever the limit: {text}");
    let first = &entries(&all)[0];
    assert_eq!(
        lines[1],
        format!(
            "{},2020-01-10T10:00:00Z,{},content.publish,v1,\"{{\"\"n\"\":0,\"\"note\"\":\"\"a, \\\"\"quoted\\\"\" value\"\"}}\"",
            first["id"].as_str().expect("id"),
            first["actor_id"].as_str().expect("actor"),
        )
    );
    assert!(
        lines[4].contains(",,content.version.create,"),
        "no actor: {}",
        lines[4]
    );

    // `Accept: text/csv` asks for it too; `?lang=` picks the headers' language.
    let response = app
        .client
        .get(app.url("/api/v1/admin/audit?action=content.&until=2021-01-01&lang=sr-Latn"))
        .bearer_auth(&admin)
        .header("Accept", "text/csv")
        .send()
        .await
        .expect("request");
    let text = response.text().await.expect("csv");
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    assert!(
        lines[0].starts_with("\u{feff}Id zapisa,Vreme (UTC),"),
        "{}",
        lines[0]
    );
    assert_eq!(lines.len(), 4);
}

#[actix_web::test]
async fn bad_filters_are_400_invalid_query_problems_naming_each_field() {
    let (app, admin, _) = with_admin().await;
    let cases: [(&str, &[&str]); 22] = [
        ("limit=0", &["limit"]),
        ("limit=1001", &["limit"]),
        ("limit=ten", &["limit"]),
        ("limit=%2B5", &["limit"]),
        ("limit=%205", &["limit"]),
        ("limit=", &["limit"]),
        ("from=garbage", &["from"]),
        ("until=2026-02-30", &["until"]),
        // What the document's patterns and formats refuse, the server refuses: an offset's
        // `+` sent unencoded (a space once decoded), a lower-case `t`, spaces, a day of no
        // calendar, a leap second that is not at the end of a UTC day.
        ("from=2026-03-01T10:00:00+01:00", &["from"]),
        ("from=2026-03-01t10:00:00z", &["from"]),
        ("from=%202026-03-01", &["from"]),
        ("until=2026-03-01T10:59:60Z", &["until"]),
        ("from=", &["from"]),
        ("actor=someone", &["actor"]),
        ("actor=", &["actor"]),
        (
            "actor=%7B01938a4e-8f5a-7c3e-9a1b-2d4e6f8a0b1c%7D",
            &["actor"],
        ),
        ("actor=01938a4e8f5a7c3e9a1b2d4e6f8a0b1c", &["actor"]),
        (
            "after=urn:uuid:01938a4e-8f5a-7c3e-9a1b-2d4e6f8a0b1c",
            &["after"],
        ),
        ("after=page-2&format=csv", &["after"]),
        ("after=page-2&format=xml", &["format"]),
        ("format=", &["format"]),
        (
            "limit=0&from=yesterday&actor=x",
            &["actor", "from", "limit"],
        ),
    ];
    for (query, fields) in cases {
        let body = problem(get(&app, &admin, query).await, 400).await;
        assert_eq!(body["type"], "/problems/invalid-query", "{query}");
        let errors = body["errors"].as_array().expect("errors");
        let named: Vec<&str> = errors
            .iter()
            .map(|e| e["field"].as_str().expect("field"))
            .collect();
        assert_eq!(named, fields, "{query}");
        assert!(
            errors.iter().all(|e| e["message"]
                .as_str()
                .is_some_and(|m| !m.starts_with("field-"))),
            "every message is translated: {body}"
        );
    }
    let body = problem(get(&app, &admin, "limit=0").await, 400).await;
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("whole number")),
        "{body}"
    );
}

#[actix_web::test]
async fn only_admins_read_the_log() {
    let (app, _, _) = with_admin().await;
    for (email, role) in [
        ("learner@kampus.test", Role::Learner),
        ("trainer@kampus.test", Role::Trainer),
    ] {
        app.create_user(email, PASSWORD, Locale::En, role).await;
        let token = app.token_for(email, PASSWORD).await;
        let body = problem(
            app.send(Method::GET, "/api/v1/admin/audit", Some(&token), None)
                .await,
            403,
        )
        .await;
        assert_eq!(body["type"], "/problems/forbidden");
    }
    let body = problem(app.get("/api/v1/admin/audit").await, 401).await;
    assert_eq!(body["type"], "/problems/unauthenticated");
}
