//! The translators' round trip through the admin API (issue 23): the published course
//! exported as `kampus content export` writes it, a translated file imported as a draft that
//! learners see only once it is published, hostile or broken files refused with nothing
//! stored, and only admins allowed.
//!
//! The hostile edits are those of the content crate's exchange tests
//! (`crates/kampus-content/tests/content/exchange.rs`), applied to a file the API exported.

use std::path::{Path, PathBuf};
use std::process::Command;

use kampus_content::Locale;
use kampus_content::exchange::{Format, export};
use kampus_store::users::Role;
use reqwest::Method;
use serde_json::Value;

use crate::helpers::{TestApp, copy_dir, problem, spawn_app};
use crate::publishing::{stored, tar_gz, upload};

const COURSE: &str = "migration-and-gender";
const PASSWORD: &str = "prevodi i prijevodi 2026";
const XLIFF: &str = "application/xliff+xml";
const PO: &str = "text/x-gettext-translation";

fn course_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../content")
        .join(COURSE)
}

fn path(course: &str, locale: &str) -> String {
    format!("/api/v1/admin/content/courses/{course}/translations/{locale}")
}

async fn user(app: &TestApp, email: &str, role: Role) -> String {
    app.create_user(email, PASSWORD, Locale::En, role).await;
    app.token_for(email, PASSWORD).await
}

async fn download(app: &TestApp, token: &str, query: &str) -> reqwest::Response {
    app.client
        .get(app.url(&format!("{}{query}", path(COURSE, "sq"))))
        .bearer_auth(token)
        .send()
        .await
        .expect("request")
}

async fn exported(app: &TestApp, token: &str, locale: &str, query: &str) -> String {
    let response = app
        .client
        .get(app.url(&format!("{}{query}", path(COURSE, locale))))
        .bearer_auth(token)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200, "{query}");
    response.text().await.expect("text")
}

async fn send_file(
    app: &TestApp,
    token: Option<&str>,
    locale: &str,
    media_type: &str,
    body: String,
) -> reqwest::Response {
    let mut request = app
        .client
        .post(app.url(&path(COURSE, locale)))
        .header(reqwest::header::CONTENT_TYPE, media_type)
        .body(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.expect("request")
}

async fn get_json(app: &TestApp, path: &str, token: &str) -> Value {
    let response = app.send(Method::GET, path, Some(token), None).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.expect("json")
}

async fn publish(app: &TestApp, admin: &str, version: &str) {
    let path = format!("/api/v1/admin/content/versions/{version}/publish");
    let response = app.send(Method::POST, &path, Some(admin), None).await;
    assert_eq!(response.status(), 200);
}

/// What `kampus content export` prints for the shipped course.
fn cli_export(locale: &str, format: &str, only_outdated: bool, course: &Path) -> String {
    let data_dir = tempfile::tempdir().expect("tempdir");
    let course = course.display().to_string();
    let mut args = vec![
        "content", "export", &course, "--locale", locale, "--format", format,
    ];
    if only_outdated {
        args.push("--only-outdated");
    }
    let output = Command::new(env!("CARGO_BIN_EXE_kampus"))
        .args(&args)
        .env("KAMPUS_DATA_DIR", data_dir.path())
        .env_remove("DATABASE_URL")
        .output()
        .expect("run kampus");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[actix_web::test]
async fn the_export_is_the_cli_file_as_a_download() {
    let app = spawn_app().await;
    let admin = user(&app, "translations@rmtc.org", Role::Admin).await;
    for (format, media_type, ext) in [("xliff", XLIFF, "xlf"), ("po", PO, "po")] {
        let response = download(&app, &admin, &format!("?format={format}")).await;
        assert_eq!(response.status(), 200);
        let headers = response.headers().clone();
        assert_eq!(
            headers[reqwest::header::CONTENT_TYPE],
            format!("{media_type}; charset=utf-8").as_str()
        );
        assert_eq!(
            headers[reqwest::header::CONTENT_DISPOSITION],
            format!("attachment; filename=\"{COURSE}.sq.{ext}\"").as_str()
        );
        let body = response.text().await.expect("text");
        assert_eq!(
            body,
            cli_export("sq", format, false, &course_dir()),
            "{format}"
        );
    }
    // XLIFF is the default.
    assert_eq!(
        exported(&app, &admin, "sq", "").await,
        exported(&app, &admin, "sq", "?format=xliff&only_outdated=false").await
    );
}

#[actix_web::test]
async fn an_edited_translation_is_a_draft_learners_see_once_published() {
    let app = spawn_app().await;
    let admin = user(&app, "translations@rmtc.org", Role::Admin).await;
    let learner = user(&app, "learner@granpol.gov.ba", Role::Learner).await;
    let published = get_json(
        &app,
        &format!("/api/v1/admin/content/versions?course={COURSE}"),
        &admin,
    )
    .await[0]["id"]
        .as_str()
        .expect("id")
        .to_owned();

    // The file as exported changes nothing: the published version is the answer.
    let po = exported(&app, &admin, "sq", "?format=po").await;
    let response = send_file(&app, Some(&admin), "sq", PO, po.clone()).await;
    assert_eq!(response.status(), 200);
    let same: Value = response.json().await.expect("json");
    assert_eq!(same["created"], false);
    assert_eq!(same["version"]["id"], published.as_str());

    // One target edited: the lesson's title in the course's messages.
    let unit = po
        .find("msgctxt \"course.ftl#l-gender-concepts\"")
        .expect("the unit");
    let old = "msgstr \"Gjinia dhe migracioni: koncepte dhe të dhëna\"";
    let edited = format!(
        "{}{}",
        &po[..unit],
        po[unit..].replacen(
            old,
            "msgstr \"Gjinia dhe migracioni: koncepte dhe shifra\"",
            1
        )
    );
    assert_ne!(edited, po);
    let before = stored(&app).await;
    let response = send_file(&app, Some(&admin), "sq", PO, edited).await;
    assert_eq!(response.status(), 201);
    let draft: Value = response.json().await.expect("json");
    assert_eq!(draft["created"], true);
    assert_eq!(draft["version"]["published"], false);
    assert_eq!(draft["version"]["course_id"], COURSE);
    assert_eq!(draft["report"]["kind"], "locale");
    assert_eq!(draft["report"]["based_on"], published.as_str());
    assert!(draft["report"]["coverage"]["locales"].is_array(), "{draft}");
    let after = stored(&app).await;
    assert_eq!(after.0, before.0 + 1, "one version more");
    let version = draft["version"]["id"].as_str().expect("id");

    // The preview shows the new text; learners still read the old one.
    let preview = get_json(
        &app,
        &format!("/api/v1/admin/content/versions/{version}/preview?lang=sq"),
        &admin,
    )
    .await
    .to_string();
    assert!(preview.contains("koncepte dhe shifra"), "{preview}");
    let outline_path = format!("/api/v1/courses/{COURSE}?lang=sq");
    let outline = get_json(&app, &outline_path, &learner).await.to_string();
    assert!(outline.contains("koncepte dhe të dhëna"), "{outline}");
    assert!(!outline.contains("koncepte dhe shifra"));
    // The export is still of the published version.
    assert_eq!(exported(&app, &admin, "sq", "?format=po").await, po);

    publish(&app, &admin, version).await;
    let outline = get_json(&app, &outline_path, &learner).await.to_string();
    assert!(outline.contains("koncepte dhe shifra"), "{outline}");
    assert!(
        exported(&app, &admin, "sq", "?format=po")
            .await
            .contains("koncepte dhe shifra")
    );
}

#[actix_web::test]
async fn only_the_outdated_units_of_the_published_version() {
    let app = spawn_app().await;
    let admin = user(&app, "translations@rmtc.org", Role::Admin).await;
    assert_eq!(
        exported(&app, &admin, "sq", "?only_outdated=true").await,
        cli_export("sq", "xliff", true, &course_dir())
    );

    // A version whose English title of a lesson changed: that unit is outdated in Albanian.
    let tmp = tempfile::tempdir().expect("tempdir");
    let changed = tmp.path().join(COURSE);
    copy_dir(&course_dir(), &changed);
    let english = changed.join("locales/en/course.ftl");
    let text = std::fs::read_to_string(&english).expect("course.ftl");
    let old = "l-gender-concepts = Gender and migration: concepts and data";
    assert!(text.contains(old));
    std::fs::write(
        &english,
        text.replace(
            old,
            "l-gender-concepts = Gender and migration: concepts and figures",
        ),
    )
    .expect("write");
    let response = upload(&app, &admin, tar_gz(&changed)).await;
    assert_eq!(response.status(), 201);
    let uploaded: Value = response.json().await.expect("json");
    let version = uploaded["drafts"][0]["version"]["id"].as_str().expect("id");
    // Not published yet: nothing is outdated in what learners see.
    assert!(
        !exported(&app, &admin, "sq", "?only_outdated=true")
            .await
            .contains("course.ftl#l-gender-concepts")
    );
    publish(&app, &admin, version).await;
    for (format, expected) in [("xliff", Format::Xliff), ("po", Format::Po)] {
        let body = exported(
            &app,
            &admin,
            "sq",
            &format!("?format={format}&only_outdated=true"),
        )
        .await;
        let cli = export(&changed, Locale::Sq, expected, true).expect("export");
        assert_eq!(cli.units, 1, "{}", cli.content);
        assert_eq!(body, cli.content, "{format}");
        assert!(body.contains("course.ftl#l-gender-concepts"), "{body}");
    }
}

/// An exported file edited by `edit` and imported: refused with `code`, nothing stored.
async fn refused(
    app: &TestApp,
    admin: &str,
    (locale, format, media_type): (&str, &str, &str),
    edit: impl Fn(String) -> String,
    code: &str,
) -> Value {
    let file = exported(app, admin, locale, &format!("?format={format}")).await;
    let edited = edit(file.clone());
    assert_ne!(edited, file, "the edit changed nothing");
    let before = stored(app).await;
    let response = send_file(app, Some(admin), locale, media_type, edited).await;
    let body = problem(response, 422).await;
    assert_eq!(body["type"], "/problems/translation-refused", "{body}");
    assert_eq!(body["problems"][0]["code"], code, "{body}");
    assert_eq!(
        stored(app).await,
        before,
        "a refused import stored something"
    );
    body
}

#[actix_web::test]
async fn hostile_and_broken_files_are_refused_with_nothing_stored() {
    let app = spawn_app().await;
    let admin = user(&app, "translations@rmtc.org", Role::Admin).await;
    let hr_xliff = ("hr", "xliff", XLIFF);

    let dtd = "<!DOCTYPE xliff [\n<!ENTITY lol \"lol\">\n<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n]>\n";
    let laughs = refused(
        &app,
        &admin,
        hr_xliff,
        |t| {
            t.replacen("<xliff ", &format!("{dtd}<xliff "), 1).replacen(
                "</target>",
                "&lol3;</target>",
                1,
            )
        },
        "declaration-refused",
    )
    .await;
    assert_eq!(laughs["problems"][0]["line"], 2);
    // The file is named as it was downloaded, not by the temporary path the import read.
    assert!(!laughs.to_string().contains("/tmp"), "{laughs}");
    let message = laughs["problems"][0]["message"].as_str().expect("message");
    assert!(
        message.starts_with(&format!("{COURSE}.hr.xlf:2: a DOCTYPE")),
        "{message}"
    );
    refused(
        &app,
        &admin,
        hr_xliff,
        |t| {
            t.replacen(
                "<xliff ",
                "<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<xliff ",
                1,
            )
            .replacen("</target>", "&xxe;</target>", 1)
        },
        "declaration-refused",
    )
    .await;
    refused(
        &app,
        &admin,
        hr_xliff,
        |t| t.replacen("trgLang=\"hr\"", "trgLang=\"bs\"", 1),
        "wrong-language",
    )
    .await;
    refused(
        &app,
        &admin,
        ("sq", "po", PO),
        |t| t.replacen("Language: sq", "Language: mk", 1),
        "wrong-language",
    )
    .await;
    let placeholder = refused(
        &app,
        &admin,
        ("mk", "xliff", XLIFF),
        |t| {
            let at = t.find("<target>").expect("a target");
            let end = at + t[at..].find("</target>").expect("end");
            let mut t = t;
            t.insert_str(end, "<ph id=\"99\" dataRef=\"d999\"/>");
            t
        },
        "unit-refused",
    )
    .await;
    let unit = &placeholder["problems"][0];
    assert!(
        unit["unit"].as_str().is_some_and(|u| !u.is_empty()),
        "{unit}"
    );
    assert!(
        unit["message"]
            .as_str()
            .is_some_and(|m| m.contains("`d999`")),
        "{unit}"
    );
    refused(
        &app,
        &admin,
        ("mk", "po", PO),
        |t| {
            t.replacen(
                "msgstr \"Род и миграција: поими и податоци\"",
                "msgstr \"Rod i migracija: pojmovi i podaci\"",
                1,
            )
        },
        "unit-refused",
    )
    .await;
}

#[actix_web::test]
async fn bad_requests_are_problems() {
    let app = spawn_app().await;
    let admin = user(&app, "translations@rmtc.org", Role::Admin).await;
    let po = exported(&app, &admin, "sq", "?format=po").await;

    // An unknown course, to either operation.
    let response = app
        .send(
            Method::GET,
            &path("no-such-course", "sq"),
            Some(&admin),
            None,
        )
        .await;
    let body = problem(response, 404).await;
    assert_eq!(body["type"], "/problems/course-not-found");
    let response = app
        .client
        .post(app.url(&path("no-such-course", "sq")))
        .bearer_auth(&admin)
        .header(reqwest::header::CONTENT_TYPE, PO)
        .body(po.clone())
        .send()
        .await
        .expect("request");
    assert_eq!(
        problem(response, 404).await["type"],
        "/problems/course-not-found"
    );

    // Not a target locale (English is the source), not a format, not a parameter.
    for locale in ["xx", "en"] {
        let response = app
            .send(Method::GET, &path(COURSE, locale), Some(&admin), None)
            .await;
        let body = problem(response, 400).await;
        assert_eq!(body["type"], "/problems/invalid-query");
        assert_eq!(body["errors"][0]["field"], "locale");
        let response = send_file(&app, Some(&admin), locale, PO, po.clone()).await;
        assert_eq!(problem(response, 400).await["errors"][0]["field"], "locale");
    }
    for query in ["?format=docx", "?only_outdated=maybe", "?formats=po"] {
        let response = download(&app, &admin, query).await;
        assert_eq!(
            problem(response, 400).await["type"],
            "/problems/invalid-query",
            "{query}"
        );
    }

    // A body of another media type, or none.
    let before = stored(&app).await;
    let response = send_file(&app, Some(&admin), "sq", "application/json", po.clone()).await;
    assert_eq!(
        problem(response, 415).await["type"],
        "/problems/unsupported-media-type"
    );
    let response = app
        .client
        .post(app.url(&path(COURSE, "sq")))
        .bearer_auth(&admin)
        .body(po)
        .send()
        .await
        .expect("request");
    problem(response, 415).await;
    assert_eq!(stored(&app).await, before);
}

#[actix_web::test]
async fn only_admins_exchange_translations() {
    let app = spawn_app().await;
    let admin = user(&app, "translations@rmtc.org", Role::Admin).await;
    let po = exported(&app, &admin, "sq", "?format=po").await;
    let before = stored(&app).await;
    for (email, role) in [
        ("learner@granpol.gov.ba", Role::Learner),
        ("trainer@rmtc.org", Role::Trainer),
    ] {
        let token = user(&app, email, role).await;
        let response = app
            .send(Method::GET, &path(COURSE, "sq"), Some(&token), None)
            .await;
        assert_eq!(problem(response, 403).await["type"], "/problems/forbidden");
        let response = send_file(&app, Some(&token), "sq", PO, po.clone()).await;
        assert_eq!(problem(response, 403).await["type"], "/problems/forbidden");
    }
    let response = app.send(Method::GET, &path(COURSE, "sq"), None, None).await;
    assert_eq!(
        problem(response, 401).await["type"],
        "/problems/unauthenticated"
    );
    let response = send_file(&app, None, "sq", PO, po).await;
    problem(response, 401).await;
    let after = stored(&app).await;
    assert_eq!(after.0, before.0, "no version stored");
}
