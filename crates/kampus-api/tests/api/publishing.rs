//! Publishing (issue 9) over HTTP: an upload becomes a draft that only admins can preview,
//! publishing shows it to learners, rolling back and unpublishing change what they see
//! without touching their progress or their attempts in flight; hostile bundles are refused
//! with nothing stored; learners and trainers can do none of it.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use kampus_content::Locale;
use kampus_content::bundle::SourceTree;
use kampus_store::users::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::assessments::{
    all_right, answer_survey, complete_lessons, first_quiz, pass_assessments,
};
use crate::helpers::{TestApp, copy_dir, problem, spawn_app};

const COURSE: &str = "migration-and-gender";
const PASSWORD: &str = "objavljivanje 2026";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A folder packed as an upload (`.tar.gz`).
pub(crate) fn tar_gz(dir: &Path) -> Vec<u8> {
    let tar = SourceTree::read_path(dir).to_tar().expect("tar");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&tar).expect("gzip");
    gz.finish().expect("gzip")
}

pub(crate) fn example(name: &str) -> Vec<u8> {
    tar_gz(&repo().join("docs/examples/publishing").join(name))
}

pub(crate) async fn upload(app: &TestApp, token: &str, bytes: Vec<u8>) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/admin/content/bundles"))
        .bearer_auth(token)
        .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
        .body(bytes)
        .send()
        .await
        .expect("request")
}

async fn user(app: &TestApp, email: &str, role: Role) -> String {
    app.create_user(email, PASSWORD, Locale::En, role).await;
    app.token_for(email, PASSWORD).await
}

async fn get_json(app: &TestApp, path: &str, token: &str) -> Value {
    let response = app.send(Method::GET, path, Some(token), None).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.expect("json")
}

async fn post_json(app: &TestApp, path: &str, token: &str) -> Value {
    let response = app.send(Method::POST, path, Some(token), None).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.expect("json")
}

async fn enroll(app: &TestApp, token: &str) {
    let response = app
        .send(
            Method::PUT,
            &format!("/api/v1/courses/{COURSE}/enrollment"),
            Some(token),
            None,
        )
        .await;
    assert!(response.status().is_success(), "{}", response.status());
}

/// Versions and audit entries stored: what a refused upload must leave unchanged.
pub(crate) async fn stored(app: &TestApp) -> (usize, usize) {
    app.state
        .db
        .run(|conn| {
            let versions = kampus_store::content_versions::all(conn)?.len();
            let entries = kampus_store::audit::list(
                conn,
                &kampus_store::audit::Query::default(),
                None,
                100_000,
            )?
            .len();
            Ok((versions, entries))
        })
        .await
        .expect("counts")
}

/// The id of the course's newest version.
async fn newest_version(app: &TestApp, admin: &str) -> String {
    get_json(
        app,
        &format!("/api/v1/admin/content/versions?course={COURSE}"),
        admin,
    )
    .await[0]["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

fn module_ids(outline: &Value) -> Vec<String> {
    outline["modules"]
        .as_array()
        .expect("modules")
        .iter()
        .map(|m| m["id"].as_str().expect("id").to_owned())
        .collect()
}

fn locale_status<'a>(status: &'a Value, locale: &str) -> &'a Value {
    status
        .as_array()
        .expect("courses")
        .iter()
        .find(|c| c["course_id"] == COURSE)
        .expect("course")["locales"]
        .as_array()
        .expect("locales")
        .iter()
        .find(|l| l["locale"] == locale)
        .expect("locale")
}

#[actix_web::test]
async fn a_module_and_then_its_translation_are_previewed_and_published() {
    let app = spawn_app().await;
    let admin = user(&app, "publisher@rmtc.org", Role::Admin).await;
    let learner = user(&app, "learner@granpol.gov.ba", Role::Learner).await;
    enroll(&app, &learner).await;
    let outline_path = format!("/api/v1/courses/{COURSE}?lang=sq");

    // The module, in English only: a draft, which learners do not see.
    let response = upload(&app, &admin, example("m-practice")).await;
    assert_eq!(response.status(), 201);
    let uploaded: Value = response.json().await.expect("json");
    let draft = &uploaded["drafts"][0];
    assert_eq!(draft["report"]["kind"], "module");
    assert_eq!(draft["created"], true);
    assert_eq!(draft["version"]["published"], false);
    assert_eq!(draft["version"]["number"], 2);
    let module_version = draft["version"]["id"].as_str().expect("id").to_owned();
    let outline = get_json(&app, &outline_path, &learner).await;
    assert!(!module_ids(&outline).contains(&"m-practice".to_owned()));

    // The preview shows it as an Albanian learner would: in English, marked as a fallback.
    let preview = get_json(
        &app,
        &format!("/api/v1/admin/content/versions/{module_version}/preview?lang=sq"),
        &admin,
    )
    .await;
    let module = preview["modules"]
        .as_array()
        .expect("modules")
        .iter()
        .find(|m| m["id"] == "m-practice")
        .expect("the new module in the preview");
    assert_eq!(module["title"]["locale"], "en");
    assert_eq!(module["title"]["fallback"], true);
    let lesson_preview = format!(
        "/api/v1/admin/content/versions/{module_version}/preview/lessons/l-case-study?lang=sq"
    );
    let page = get_json(&app, &lesson_preview, &admin).await;
    assert_eq!(page["body"]["locale"], "en");

    // Published: learners have the module; Albanian is partial until translated.
    let published = post_json(
        &app,
        &format!("/api/v1/admin/content/versions/{module_version}/publish"),
        &admin,
    )
    .await;
    assert_eq!(published["changed"], true);
    let outline = get_json(&app, &outline_path, &learner).await;
    assert!(module_ids(&outline).contains(&"m-practice".to_owned()));
    // The course's web page in Albanian shows the module's English title as English, marked.
    let page = app
        .get(&format!("/courses/{COURSE}?lang=sq"))
        .await
        .text()
        .await
        .expect("page");
    let marker = app
        .state
        .catalog
        .message(kampus_content::Locale::Sq, "text-not-translated", None);
    assert!(
        page.contains(&format!("<span class=\"fallback\">({marker})</span>")),
        "{page}"
    );
    assert!(page.contains("<span lang=\"en\">"), "{page}");
    assert!(
        !outline["locales"]
            .as_array()
            .expect("locales")
            .contains(&json!("sq"))
    );
    let status = get_json(&app, "/api/v1/admin/content/translation-status", &admin).await;
    let sq = locale_status(&status, "sq");
    assert_eq!(sq["status"], "partial");
    assert!(
        sq["missing"]
            .as_array()
            .expect("missing")
            .contains(&json!("m-practice"))
    );

    // The Albanian texts of the module, laid over the published version.
    let response = upload(&app, &admin, example("m-practice-sq")).await;
    assert_eq!(response.status(), 201);
    let uploaded: Value = response.json().await.expect("json");
    let draft = &uploaded["drafts"][0];
    assert_eq!(draft["report"]["kind"], "locale");
    assert_eq!(draft["report"]["based_on"], module_version.as_str());
    let translated = draft["version"]["id"].as_str().expect("id").to_owned();
    let page = get_json(
        &app,
        &format!(
            "/api/v1/admin/content/versions/{translated}/preview/lessons/l-case-study?lang=sq"
        ),
        &admin,
    )
    .await;
    assert_eq!(page["body"]["locale"], "sq");
    // Learners still read the published version meanwhile.
    let lesson_path = format!("/api/v1/courses/{COURSE}/lessons/l-case-study?lang=sq");
    assert_eq!(
        get_json(&app, &lesson_path, &learner).await["body"]["locale"],
        "en"
    );

    post_json(
        &app,
        &format!("/api/v1/admin/content/versions/{translated}/publish"),
        &admin,
    )
    .await;
    let page = get_json(&app, &lesson_path, &learner).await;
    assert_eq!(page["body"]["locale"], "sq");
    assert!(
        page["body"]["html"]
            .as_str()
            .expect("html")
            .contains("Rast studimor")
    );
    let outline = get_json(&app, &outline_path, &learner).await;
    assert!(
        outline["locales"]
            .as_array()
            .expect("locales")
            .contains(&json!("sq"))
    );
    // Complete and confirmed: the lock's other confirmations were kept by the merge.
    let status = get_json(&app, "/api/v1/admin/content/translation-status", &admin).await;
    assert_eq!(
        locale_status(&status, "sq")["status"],
        "complete",
        "{status}"
    );

    // The same files again make no new version.
    let response = upload(&app, &admin, example("m-practice-sq")).await;
    assert_eq!(response.status(), 200);
    let again: Value = response.json().await.expect("json");
    assert_eq!(again["drafts"][0]["version"]["id"], translated.as_str());
    assert_eq!(again["drafts"][0]["created"], false);

    // Every step is in the audit log, with who did it.
    let versions = get_json(
        &app,
        &format!("/api/v1/admin/content/versions?course={COURSE}"),
        &admin,
    )
    .await;
    assert_eq!(versions.as_array().expect("versions").len(), 3);
    assert_eq!(versions[0]["published"], true);
}

/// Each file of `tests/fixtures/bundles/` (see its README) and the refusal it must get.
const HOSTILE: [(&str, &str, &str); 22] = [
    ("zip-slip.zip", "bundle-refused", "path-escapes"),
    ("absolute-path.tar.gz", "bundle-refused", "path-escapes"),
    ("symlink.tar.gz", "bundle-refused", "link"),
    ("hardlink.tar.gz", "bundle-refused", "link"),
    ("zip-bomb.zip", "bundle-refused", "too-large"),
    ("wrong-type.zip", "bundle-refused", "file-type"),
    ("duplicate-entry.zip", "bundle-refused", "duplicate"),
    ("not-an-archive.zip", "bundle-refused", "not-an-archive"),
    ("non-utf8-name.zip", "bundle-refused", "invalid-name"),
    ("non-utf8-name.tar.gz", "bundle-refused", "invalid-name"),
    ("windows-drive.zip", "bundle-refused", "windows-path"),
    ("windows-drive-slash.zip", "bundle-refused", "windows-path"),
    ("unc-path.zip", "bundle-refused", "windows-path"),
    ("unc-path.tar.gz", "bundle-refused", "windows-path"),
    ("name-clash-case.zip", "bundle-refused", "name-clash"),
    ("name-clash-unicode.zip", "bundle-refused", "name-clash"),
    ("long-name.zip", "bundle-refused", "name-too-long"),
    ("long-path.zip", "bundle-refused", "name-too-long"),
    (
        "header-mismatch-name.zip",
        "bundle-refused",
        "header-mismatch",
    ),
    (
        "header-mismatch-size.zip",
        "bundle-refused",
        "header-mismatch",
    ),
    ("broken-fluent.zip", "bundle-invalid", "fluent-syntax"),
    ("script-injection.zip", "bundle-invalid", "raw-html"),
];

#[actix_web::test]
async fn hostile_bundles_are_refused_and_nothing_is_stored() {
    let app = spawn_app().await;
    let admin = user(&app, "publisher@rmtc.org", Role::Admin).await;
    let before = stored(&app).await;
    let fixtures = repo().join("tests/fixtures/bundles");
    for (file, kind, code) in HOSTILE {
        let bytes = std::fs::read(fixtures.join(file)).expect(file);
        let body = problem(upload(&app, &admin, bytes).await, 422).await;
        assert_eq!(body["type"], format!("/problems/{kind}"), "{file}: {body}");
        let listed = if kind == "bundle-refused" {
            &body["refusals"]
        } else {
            &body["problems"]
        };
        assert!(
            listed
                .as_array()
                .is_some_and(|items| items.iter().any(|i| i["code"] == code)),
            "{file}: expected {code} in {body}"
        );
        assert_eq!(stored(&app).await, before, "{file} left something behind");
    }
    // The script injection is refused for its link too, each with file and line.
    let bytes = std::fs::read(fixtures.join("script-injection.zip")).expect("fixture");
    let body = problem(upload(&app, &admin, bytes).await, 422).await;
    let problems = body["problems"].as_array().expect("problems");
    assert!(
        problems.iter().any(|p| p["code"] == "unsafe-link"),
        "{body}"
    );
    assert!(
        problems.iter().all(|p| p["line"].as_u64() > Some(0)),
        "{body}"
    );
    // Explained in the caller's language.
    let response = app
        .client
        .post(app.url("/api/v1/admin/content/bundles?lang=sr-Latn"))
        .bearer_auth(&admin)
        .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
        .body(b"plain text".to_vec())
        .send()
        .await
        .expect("request");
    let body = problem(response, 422).await;
    assert_eq!(body["title"], "Paket je odbijen");
}

#[actix_web::test]
async fn hostile_bundle_of_twenty_thousand_entries_lists_a_hundred_reasons_and_counts_all() {
    let app = spawn_app().await;
    let admin = user(&app, "publisher@rmtc.org", Role::Admin).await;
    let before = stored(&app).await;
    // Every entry a file type a course does not have. Listing each reason made a 3.5 MB
    // answer (issue 18).
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored_entry =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..20_000 {
        writer
            .start_file(format!("payload-{i:05}.exe"), stored_entry)
            .expect("entry");
    }
    let bytes = writer.finish().expect("zip").into_inner();
    let response = upload(&app, &admin, bytes).await;
    assert_eq!(response.status(), 422);
    let text = response.text().await.expect("body");
    assert!(text.len() < 64 * 1024, "{} bytes", text.len());
    let body: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(body["type"], "/problems/bundle-refused");
    assert_eq!(body["count"], 20_000, "{body}");
    let refusals = body["refusals"].as_array().expect("refusals");
    assert_eq!(refusals.len(), 100);
    assert_eq!(refusals[0]["path"], "payload-00000.exe");
    assert_eq!(refusals[99]["path"], "payload-00099.exe");
    let detail = body["detail"].as_str().expect("detail");
    assert!(
        detail.contains("20000") && detail.contains("100"),
        "{detail}"
    );
    assert_eq!(stored(&app).await, before);
}

#[actix_web::test]
async fn bad_requests_are_problems_and_store_nothing() {
    let app = spawn_app().await;
    let admin = user(&app, "publisher@rmtc.org", Role::Admin).await;
    let before = stored(&app).await;

    // Additions to a course that does not exist.
    let folder = tempfile::tempdir().expect("temp dir");
    copy_dir(
        &repo().join("docs/examples/publishing/m-practice"),
        folder.path(),
    );
    let manifest = folder.path().join("bundle.toml");
    let text = std::fs::read_to_string(&manifest).expect("bundle.toml");
    std::fs::write(&manifest, text.replace(COURSE, "no-such-course")).expect("write");
    let body = problem(upload(&app, &admin, tar_gz(folder.path())).await, 422).await;
    assert_eq!(body["type"], "/problems/bundle-invalid");
    assert_eq!(body["problems"][0]["code"], "unknown-id", "{body}");

    // A new course may not take the address of a published one.
    let course = tempfile::tempdir().expect("temp dir");
    copy_dir(&repo().join("content").join(COURSE), course.path());
    let manifest = course.path().join("course.toml");
    let text = std::fs::read_to_string(&manifest).expect("course.toml");
    std::fs::write(
        &manifest,
        text.replacen(&format!("id = \"{COURSE}\""), "id = \"gender-copy\"", 1),
    )
    .expect("write");
    let body = problem(upload(&app, &admin, tar_gz(course.path())).await, 422).await;
    assert_eq!(body["problems"][0]["code"], "duplicate-id", "{body}");
    assert_eq!(stored(&app).await, before);

    for (method, path) in [
        (
            Method::GET,
            "/api/v1/admin/content/versions/no-such-version",
        ),
        (
            Method::GET,
            "/api/v1/admin/content/versions/no-such-version/preview",
        ),
        (
            Method::GET,
            "/api/v1/admin/content/versions/no-such-version/preview/lessons/l-cedaw",
        ),
        (
            Method::POST,
            "/api/v1/admin/content/versions/no-such-version/publish",
        ),
        (
            Method::POST,
            "/api/v1/admin/content/courses/no-such-course/unpublish",
        ),
    ] {
        problem(app.send(method, path, Some(&admin), None).await, 404).await;
    }
    let version = newest_version(&app, &admin).await;
    problem(
        app.send(
            Method::GET,
            &format!("/api/v1/admin/content/versions/{version}/preview/lessons/no-such-lesson"),
            Some(&admin),
            None,
        )
        .await,
        404,
    )
    .await;
}

#[actix_web::test]
async fn only_admins_publish() {
    let app = spawn_app().await;
    let learner = user(&app, "learner@granpol.gov.ba", Role::Learner).await;
    let trainer = user(&app, "trainer@rmtc.org", Role::Trainer).await;
    let admin = user(&app, "publisher@rmtc.org", Role::Admin).await;
    let version = get_json(&app, "/api/v1/admin/content/versions", &admin).await[0]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let routes = [
        (Method::POST, "/api/v1/admin/content/bundles".to_owned()),
        (Method::GET, "/api/v1/admin/content/versions".to_owned()),
        (
            Method::GET,
            format!("/api/v1/admin/content/versions/{version}"),
        ),
        (
            Method::POST,
            format!("/api/v1/admin/content/versions/{version}/publish"),
        ),
        (
            Method::GET,
            format!("/api/v1/admin/content/versions/{version}/preview"),
        ),
        (
            Method::GET,
            format!("/api/v1/admin/content/versions/{version}/preview/lessons/l-cedaw"),
        ),
        (
            Method::POST,
            format!("/api/v1/admin/content/courses/{COURSE}/unpublish"),
        ),
        (
            Method::GET,
            "/api/v1/admin/content/translation-status".to_owned(),
        ),
    ];
    let before = stored(&app).await;
    for (method, path) in &routes {
        problem(app.send(method.clone(), path, None, None).await, 401).await;
        for token in [&learner, &trainer] {
            let response = app
                .client
                .request(method.clone(), app.url(path))
                .bearer_auth(token)
                .body(example("m-practice"))
                .send()
                .await
                .expect("request");
            problem(response, 403).await;
        }
    }
    assert_eq!(stored(&app).await, before);
    // And the course is still served.
    assert_eq!(
        app.get(&format!("/api/v1/courses/{COURSE}")).await.status(),
        200
    );
}

/// A copy of the shipped course with the first quiz's first single-choice question keyed
/// to another choice, and one lesson fewer.
fn changed_course() -> (tempfile::TempDir, String) {
    let (_, quiz) = first_quiz();
    let (question, correct, other) = quiz
        .questions
        .iter()
        .find_map(|q| match &q.kind {
            kampus_content::model::QuestionKind::SingleChoice(
                kampus_content::questions::SingleChoice { correct, choices },
            ) => Some((
                q.id.clone(),
                correct.clone(),
                choices.iter().find(|c| **c != *correct)?.clone(),
            )),
            _ => None,
        })
        .expect("a single-choice question");
    let folder = tempfile::tempdir().expect("temp dir");
    copy_dir(&repo().join("content").join(COURSE), folder.path());
    let manifest = folder.path().join("course.toml");
    let text = std::fs::read_to_string(&manifest).expect("course.toml");
    let at = text
        .find(&format!("id = \"{question}\""))
        .expect("the question in the manifest");
    let key = format!("correct = [\"{correct}\"]");
    let offset = at + text[at..].find(&key).expect("its key");
    let mut changed = format!(
        "{}correct = [\"{other}\"]{}",
        &text[..offset],
        &text[offset + key.len()..]
    );
    // The last lesson is withdrawn (its texts stay as unknown texts: a warning).
    let removed = "[[lessons]]\nid = \"l-interviewing\"\nmodule = \"m-asylum\"\n";
    assert!(changed.contains(removed), "the manifest's layout changed");
    changed = changed.replace(removed, "");
    std::fs::write(&manifest, changed).expect("write");
    (folder, question)
}

#[actix_web::test]
async fn publishing_and_rolling_back_keep_progress_and_attempts_in_flight() {
    let app = spawn_app().await;
    let admin = user(&app, "publisher@rmtc.org", Role::Admin).await;
    let learner = user(&app, "learner@granpol.gov.ba", Role::Learner).await;
    enroll(&app, &learner).await;
    let first = newest_version(&app, &admin).await;
    // One lesson done, the last one done too, and a quiz started on version 1.
    for lesson in ["l-gender-concepts", "l-interviewing"] {
        let event = json!({ "event_id": uuid::Uuid::now_v7().to_string(), "kind": "lesson-completed", "lesson_id": lesson });
        let response = app
            .send(
                Method::POST,
                &format!("/api/v1/courses/{COURSE}/progress"),
                Some(&learner),
                Some(event),
            )
            .await;
        assert_eq!(response.status(), 200);
    }
    let (quiz_id, quiz) = first_quiz();
    let attempt: Value = app
        .send(
            Method::POST,
            &format!("/api/v1/courses/{COURSE}/assessments/{quiz_id}/attempts"),
            Some(&learner),
            None,
        )
        .await
        .json()
        .await
        .expect("attempt");
    let attempt_id = attempt["id"].as_str().expect("id").to_owned();

    // Version 2 keys a question differently and drops a lesson.
    let (folder, question) = changed_course();
    assert!(
        attempt["questions"]
            .as_array()
            .expect("questions")
            .iter()
            .any(|q| q["id"] == question.as_str()),
        "the rekeyed question is on the paper"
    );
    let response = upload(&app, &admin, tar_gz(folder.path())).await;
    assert_eq!(response.status(), 201);
    let uploaded: Value = response.json().await.expect("json");
    let second = uploaded["drafts"][0]["version"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    post_json(
        &app,
        &format!("/api/v1/admin/content/versions/{second}/publish"),
        &admin,
    )
    .await;
    let outline = get_json(&app, &format!("/api/v1/courses/{COURSE}"), &learner).await;
    let lessons: Vec<&str> = outline["modules"]
        .as_array()
        .expect("modules")
        .iter()
        .flat_map(|m| m["lessons"].as_array().expect("lessons"))
        .filter_map(|l| l["id"].as_str())
        .collect();
    assert!(!lessons.contains(&"l-interviewing"));

    // The attempt started on version 1 is graded with version 1's key: all right.
    let submitted: Value = app
        .send(
            Method::POST,
            &format!("/api/v1/attempts/{attempt_id}/submit"),
            Some(&learner),
            Some(all_right(&attempt, &quiz)),
        )
        .await
        .json()
        .await
        .expect("submitted");
    assert_eq!(submitted["result"]["percent"], 100.0, "{submitted}");

    // Progress is kept through the new version and a rollback.
    let progress_path = format!("/api/v1/courses/{COURSE}");
    let completed = |outline: &Value| -> Vec<String> {
        outline["enrollment"]["completed_lessons"]
            .as_array()
            .expect("completed lessons")
            .iter()
            .filter_map(|l| l.as_str().map(str::to_owned))
            .collect()
    };
    let progress = get_json(&app, &progress_path, &learner).await;
    assert_eq!(
        completed(&progress),
        ["l-gender-concepts"],
        "the withdrawn lesson no longer counts: {progress}"
    );
    let rolled_back = post_json(
        &app,
        &format!("/api/v1/admin/content/versions/{first}/publish"),
        &admin,
    )
    .await;
    assert_eq!(rolled_back["changed"], true);
    let progress = get_json(&app, &progress_path, &learner).await;
    let done = completed(&progress);
    assert!(
        done.contains(&"l-gender-concepts".to_owned())
            && done.contains(&"l-interviewing".to_owned()),
        "the withdrawn lesson's progress is back with it: {progress}"
    );
    let attempt = get_json(&app, &format!("/api/v1/attempts/{attempt_id}"), &learner).await;
    assert_eq!(attempt["result"]["percent"], 100.0);

    // Unpublished, the course is gone for learners; its enrollment stays.
    let unpublished = post_json(
        &app,
        &format!("/api/v1/admin/content/courses/{COURSE}/unpublish"),
        &admin,
    )
    .await;
    assert_eq!(unpublished["changed"], true);
    problem(app.get(&format!("/api/v1/courses/{COURSE}")).await, 404).await;
    post_json(
        &app,
        &format!("/api/v1/admin/content/versions/{first}/publish"),
        &admin,
    )
    .await;
    let progress = get_json(&app, &progress_path, &learner).await;
    assert!(completed(&progress).contains(&"l-gender-concepts".to_owned()));
}

#[actix_web::test]
async fn a_learner_whose_only_missing_lesson_is_withdrawn_completes() {
    let app = spawn_app().await;
    let admin = user(&app, "publisher@rmtc.org", Role::Admin).await;
    let learner = user(&app, "learner@granpol.gov.ba", Role::Learner).await;
    enroll(&app, &learner).await;
    // Everything but the lesson version 2 withdraws.
    let (folder, _) = changed_course();
    let second = kampus_content::load_path(folder.path())
        .course
        .expect("version 2 loads");
    complete_lessons(&app, &learner, second.course(), "en").await;
    let shipped = crate::assessments::shipped();
    let first = shipped
        .iter()
        .find(|c| c.course().id == COURSE)
        .expect("shipped course");
    pass_assessments(&app, &learner, first.course(), "en").await;
    let status = answer_survey(&app, &learner, COURSE, "en").await;
    assert_eq!(
        status["status"], "enrolled",
        "l-interviewing is missing: {status}"
    );

    let response = upload(&app, &admin, tar_gz(folder.path())).await;
    let uploaded: Value = response.json().await.expect("json");
    let version = uploaded["drafts"][0]["version"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    post_json(
        &app,
        &format!("/api/v1/admin/content/versions/{version}/publish"),
        &admin,
    )
    .await;
    // Completed in the background of the publishing node, with the certificate.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let outline = get_json(&app, &format!("/api/v1/courses/{COURSE}"), &learner).await;
        if outline["enrollment"]["status"] == "completed" {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "not completed: {outline}"
        );
        actix_web::rt::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let certificates = get_json(&app, "/api/v1/me/certificates", &learner).await;
    assert_eq!(
        certificates.as_array().map(Vec::len),
        Some(1),
        "{certificates}"
    );
}

/// Issue 18.5: a version recorded from the content folder had `report.coverage` null, against
/// a schema that requires an object; every version's report now has each locale's coverage.
#[actix_web::test]
async fn every_version_reports_its_coverage() {
    let app = spawn_app().await;
    let admin = user(&app, "publisher@rmtc.org", Role::Admin).await;
    let versions = get_json(&app, "/api/v1/admin/content/versions", &admin).await;
    let versions = versions.as_array().expect("versions");
    assert!(!versions.is_empty());
    for version in versions {
        assert_eq!(version["source"], "content-folder");
        let id = version["id"].as_str().expect("id");
        let detail = get_json(
            &app,
            &format!("/api/v1/admin/content/versions/{id}"),
            &admin,
        )
        .await;
        let coverage = &detail["report"]["coverage"];
        assert_eq!(coverage["course"], version["course_id"], "{detail}");
        let locales = coverage["locales"].as_array().expect("locales");
        assert!(
            locales
                .iter()
                .any(|l| l["locale"] == "en" && l["total"].as_u64() > Some(0)),
            "{coverage}"
        );
    }

    // A version stored before reports kept coverage (only its warnings, as the content folder
    // did): computed on reading. And files that no longer hold a course: an empty list.
    let course = SourceTree::read_path(&repo().join("content").join(COURSE))
        .to_tar()
        .expect("tar");
    let (id, broken) = app
        .state
        .db
        .run(move |conn| {
            use kampus_store::content_versions::record;
            let now = app_now();
            let id = record(conn, &legacy_version("legacy-report", &course), now)?.id;
            let broken = record(conn, &legacy_version("no-course", b"not a bundle"), now)?.id;
            Ok((id, broken))
        })
        .await
        .expect("old reports");
    let detail = get_json(
        &app,
        &format!("/api/v1/admin/content/versions/{broken}"),
        &admin,
    )
    .await;
    assert_eq!(
        detail["report"]["coverage"],
        json!({ "course": COURSE, "locales": [] })
    );
    let detail = get_json(
        &app,
        &format!("/api/v1/admin/content/versions/{id}"),
        &admin,
    )
    .await;
    assert_eq!(detail["report"]["kind"], "course");
    assert!(
        detail["report"]["coverage"]["locales"]
            .as_array()
            // The eight locales the shipped course is written in.
            .is_some_and(|l| l.len() == 8),
        "{detail}"
    );
}

/// Issue 18.5: the upload states its media types (a zip, a gzip, or bytes) and refuses others
/// with `415`; the versions list refuses a course with no versions (`404 course-not-found`,
/// not an empty list that looks like a course without versions) and parameters it does not
/// take.
#[actix_web::test]
async fn uploads_take_archive_media_types_and_lists_name_what_they_do_not_know() {
    let app = spawn_app().await;
    let admin = user(&app, "publisher@rmtc.org", Role::Admin).await;
    let before = stored(&app).await;
    let send = |media: Option<&'static str>| {
        let mut request = app
            .client
            .post(app.url("/api/v1/admin/content/bundles"))
            .bearer_auth(&admin)
            .body(example("m-practice"));
        if let Some(media) = media {
            request = request.header(reqwest::header::CONTENT_TYPE, media);
        }
        request.send()
    };
    for refused in [
        None,
        Some("application/json"),
        Some("text/plain"),
        Some("multipart/form-data"),
    ] {
        let body = problem(send(refused).await.expect("request"), 415).await;
        assert_eq!(
            body["type"], "/problems/unsupported-media-type",
            "{refused:?}"
        );
        assert!(
            body["detail"]
                .as_str()
                .is_some_and(|d| d.contains("application/zip") && d.contains("application/gzip")),
            "{body}"
        );
    }
    assert_eq!(stored(&app).await, before);
    let response = send(Some("application/gzip")).await.expect("request");
    assert_eq!(response.status(), 201);
    let response = send(Some("Application/X-Gzip; name=m-practice.tar.gz"))
        .await
        .expect("request");
    assert_eq!(response.status(), 200, "the same files again");
    let body = problem(
        app.client
            .post(app.url("/api/v1/admin/content/bundles"))
            .bearer_auth(&admin)
            .header(reqwest::header::CONTENT_TYPE, "application/zip")
            .body(b"PK not really".to_vec())
            .send()
            .await
            .expect("request"),
        422,
    )
    .await;
    assert_eq!(body["type"], "/problems/bundle-refused");

    let listed = get_json(
        &app,
        &format!("/api/v1/admin/content/versions?course={COURSE}"),
        &admin,
    )
    .await;
    assert_eq!(listed.as_array().map(Vec::len), Some(2));
    for course in ["no-such-course", ""] {
        let body = problem(
            app.send(
                Method::GET,
                &format!("/api/v1/admin/content/versions?course={course}"),
                Some(&admin),
                None,
            )
            .await,
            404,
        )
        .await;
        assert_eq!(body["type"], "/problems/course-not-found", "{course:?}");
    }
    let body = problem(
        app.send(
            Method::GET,
            "/api/v1/admin/content/versions?courses=x",
            Some(&admin),
            None,
        )
        .await,
        400,
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "courses");
}

/// A content-folder version of the course as recorded before reports kept coverage: its
/// report is only the list of its warnings.
fn legacy_version<'a>(
    hash: &'a str,
    bundle: &'a [u8],
) -> kampus_store::content_versions::NewVersion<'a> {
    kampus_store::content_versions::NewVersion {
        course_id: COURSE,
        content_hash: hash,
        bundle,
        report: "[]",
        source: kampus_store::content_versions::Source::ContentFolder,
        created_by: None,
    }
}

fn app_now() -> chrono::NaiveDateTime {
    use kampus_store::Clock as _;
    kampus_store::SystemClock.now()
}
