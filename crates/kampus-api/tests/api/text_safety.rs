//! Invisible text-direction controls in an uploaded course (issue 18, item 3): refused with
//! `bundle-invalid` in a text that certificates print, a warning in the report of the draft
//! when only a lesson has one.

use std::io::Write as _;
use std::path::Path;

use kampus_content::Locale;
use kampus_content::bundle::SourceTree;
use kampus_store::users::Role;
use serde_json::Value;

use crate::helpers::{TestApp, problem, spawn_app};

const RLO: char = '\u{202E}';

/// A shipped course, with `change` applied to `file`, packed as an upload.
fn course_with(file: &str, change: impl FnOnce(String) -> String) -> Vec<u8> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/migration-and-gender");
    let mut tree = SourceTree::read_path(&dir);
    let text = String::from_utf8(tree.get(file).expect(file).to_vec()).expect("UTF-8");
    tree.insert(file, change(text).into_bytes());
    let tar = tree.to_tar().expect("tar");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&tar).expect("gzip");
    gz.finish().expect("gzip")
}

async fn upload(app: &TestApp, token: &str, bytes: Vec<u8>) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/admin/content/bundles"))
        .bearer_auth(token)
        .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
        .body(bytes)
        .send()
        .await
        .expect("request")
}

#[actix_web::test]
async fn a_direction_control_in_the_title_is_refused_and_in_a_lesson_is_a_warning() {
    let app = spawn_app().await;
    let password = "kontrola smjera 2026";
    app.create_user("publisher@rmtc.org", password, Locale::En, Role::Admin)
        .await;
    let admin = app.token_for("publisher@rmtc.org", password).await;

    let title = course_with("locales/mk/course.ftl", |text| {
        text.replacen("course = ", &format!("course = {RLO}"), 1)
    });
    let body = problem(upload(&app, &admin, title).await, 422).await;
    assert_eq!(body["type"], "/problems/bundle-invalid", "{body}");
    let problems = body["problems"].as_array().expect("problems");
    assert_eq!(problems.len(), 1, "{body}");
    assert_eq!(problems[0]["code"], "bidi-control-on-certificate");
    assert_eq!(problems[0]["file"], "locales/mk/course.ftl");
    assert_eq!(
        (&problems[0]["line"], &problems[0]["column"]),
        (&1.into(), &10.into())
    );

    let lesson = course_with("locales/en/lessons/l-cedaw.md", |text| {
        format!("{text}\nSee {RLO}Article 31.\n")
    });
    let response = upload(&app, &admin, lesson).await;
    assert_eq!(response.status(), 201);
    let uploaded: Value = response.json().await.expect("json");
    let reported = &uploaded["drafts"][0]["report"]["problems"];
    let codes: Vec<&Value> = reported
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| &p["code"])
        .collect();
    assert_eq!(codes, [&Value::from("bidi-control")], "{reported}");
    assert_eq!(reported[0]["severity"], "warning");
}
