//! Two `kampus serve` processes on one database, as behind a load balancer (issue 9): an
//! admin publishes on the first; the second notices the new revision and serves the new
//! version within seconds, without failing a single request while it swaps.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use kampus_content::Locale;
use kampus_store::testing::TestDatabase;
use kampus_store::users::Role;
use serde_json::{Value, json};

use crate::helpers::{KampusProcess, insert_user};

const COURSE: &str = "migration-and-gender";
const PASSWORD: &str = "dva čvora 2026";

fn repo(path: &str) -> String {
    format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))
}

fn node(db: &TestDatabase, data_dir: &Path) -> KampusProcess {
    KampusProcess::start(
        db,
        data_dir,
        &[
            ("KAMPUS_CONTENT_DIR", repo("content")),
            ("KAMPUS_CONTENT_POLL_INTERVAL_MS", "500".to_owned()),
        ],
    )
}

fn has_new_module(outline: &Value) -> bool {
    outline["modules"]
        .as_array()
        .is_some_and(|modules| modules.iter().any(|m| m["id"] == "m-practice"))
}

/// An admin, signed in on the node at `url`.
fn admin_token(db: &TestDatabase, url: &str) -> String {
    let admin = "publisher@rmtc.org";
    insert_user(
        &mut db.migrated_pool().get().expect("conn"),
        admin,
        PASSWORD,
        Locale::En,
        Role::Admin,
    );
    let login: Value = reqwest::blocking::Client::new()
        .post(format!("{url}/api/v1/auth/login"))
        .json(&json!({ "email": admin, "password": PASSWORD }))
        .send()
        .expect("login")
        .json()
        .expect("json");
    login["access_token"].as_str().expect("token").to_owned()
}

#[test]
fn the_second_node_serves_what_the_first_publishes() {
    let db = TestDatabase::new();
    let (dir_a, dir_b) = (
        tempfile::tempdir().expect("temp dir"),
        tempfile::tempdir().expect("temp dir"),
    );
    // Both start from the same content/ (the second finds it recorded already).
    let a = node(&db, dir_a.path());
    let b = node(&db, dir_b.path());
    let client = reqwest::blocking::Client::new();
    let outline_url = format!("{}/api/v1/courses/{COURSE}", b.url);
    let outline = |url: &str| -> Value {
        let response = client.get(url).send().expect("request");
        assert_eq!(response.status(), 200);
        response.json().expect("json")
    };
    assert!(!has_new_module(&outline(&outline_url)));

    // Learners keep reading from the second node the whole time.
    let (stop, served, failed) = (
        Arc::new(AtomicBool::new(false)),
        Arc::new(AtomicUsize::new(0)),
        Arc::new(AtomicUsize::new(0)),
    );
    let reader = {
        let (stop, served, failed, url) = (
            stop.clone(),
            served.clone(),
            failed.clone(),
            outline_url.clone(),
        );
        std::thread::spawn(move || {
            let client = reqwest::blocking::Client::new();
            while !stop.load(Ordering::Relaxed) {
                match client.get(&url).send() {
                    Ok(r) if r.status().is_success() => served.fetch_add(1, Ordering::Relaxed),
                    _ => failed.fetch_add(1, Ordering::Relaxed),
                };
            }
        })
    };

    // The admin uploads and publishes on the first node.
    let token = admin_token(&db, &a.url);
    let token = token.as_str();
    let bundle = crate::publishing::example("m-practice");
    let uploaded: Value = client
        .post(format!("{}/api/v1/admin/content/bundles", a.url))
        .bearer_auth(token)
        .header(reqwest::header::CONTENT_TYPE, "application/gzip")
        .body(bundle)
        .send()
        .expect("upload")
        .json()
        .expect("json");
    let version = uploaded["drafts"][0]["version"]["id"]
        .as_str()
        .expect("draft")
        .to_owned();
    let response = client
        .post(format!(
            "{}/api/v1/admin/content/versions/{version}/publish",
            a.url
        ))
        .bearer_auth(token)
        .send()
        .expect("publish");
    assert_eq!(response.status(), 200);
    let published = Instant::now();
    assert!(
        has_new_module(&outline(&format!("{}/api/v1/courses/{COURSE}", a.url))),
        "the publishing node serves it at once"
    );

    // The second node follows within its polling interval (500 ms here; seconds at most).
    while !has_new_module(&outline(&outline_url)) {
        assert!(
            published.elapsed() < Duration::from_secs(10),
            "the second node still serves the old version"
        );
        std::thread::sleep(Duration::from_millis(25));
    }
    stop.store(true, Ordering::Relaxed);
    reader.join().expect("reader");
    assert_eq!(
        failed.load(Ordering::Relaxed),
        0,
        "a request failed during the swap"
    );
    assert!(served.load(Ordering::Relaxed) > 0);
    a.kill();
    b.kill();
}
