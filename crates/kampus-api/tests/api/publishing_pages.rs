//! The publishing console's forms (crates/kampus-web, `/admin/content`), as a browser without
//! JavaScript uses them: a bundle uploaded by form is the same draft the API makes, its report
//! and a side-by-side preview are pages, and publishing, rolling back and unpublishing each go
//! through a confirmation page. Learners see each change at once.

use kampus_content::Locale;
use kampus_store::users::Role;
use reqwest::StatusCode;

use crate::helpers::{TestApp, spawn_app};
use crate::pages::{Browser, Page, enrolled};
use crate::publishing::{example, stored};

const COURSE: &str = "migration-and-gender";
const PASSWORD: &str = "urednica kursa 2026";
/// The module's lesson, and a sentence of it in English and in Albanian.
const LESSON: &str = "l-case-study";
const ENGLISH: &str = "Case study: a disclosure at the reception centre";
const ALBANIAN: &str = "Rast studimor: një rrëfim në qendrën e pritjes";

/// A browser signed in as an admin.
async fn admin(app: &TestApp) -> Browser<'_> {
    app.create_user("urednica@rmtc.org", PASSWORD, Locale::En, Role::Admin)
        .await;
    let mut browser = Browser::new(app);
    let signed = browser.sign_in("urednica@rmtc.org", PASSWORD).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    browser
}

/// Sends `bytes` through the console's upload form, with the page's token first.
async fn upload(browser: &mut Browser<'_>, bytes: &[u8]) -> Page {
    let csrf = browser.get("/admin/content").await.csrf();
    upload_with(browser, &csrf, bytes).await
}

/// The upload form sent with `token` first and `bundle` after it.
async fn upload_with(browser: &mut Browser<'_>, token: &str, bundle: &[u8]) -> Page {
    browser
        .post_multipart(
            "/admin/content/bundles",
            &[
                ("csrf", None, token.as_bytes()),
                ("bundle", Some("bundle.tar.gz"), bundle),
            ],
        )
        .await
}

/// The id of the first version the console lists.
pub(crate) async fn first_version(admin: &mut Browser<'_>) -> String {
    admin
        .get("/admin/content")
        .await
        .body
        .split("href=\"/admin/content/versions/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a version")
        .to_owned()
}

/// The version page an upload led to (its path, without the outcome).
fn version_path(uploaded: &Page) -> String {
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let location = uploaded.location.as_deref().expect("a redirect");
    assert!(
        location.ends_with("?done=admin-done-uploaded"),
        "{location}"
    );
    location.split('?').next().expect("a path").to_owned()
}

/// Publishes (or rolls back to) the version at `version`, through its confirmation page;
/// returns the confirmation page.
async fn publish(browser: &mut Browser<'_>, version: &str) -> Page {
    let confirm = browser.get(&format!("{version}/publish")).await;
    assert_eq!(confirm.status, StatusCode::OK, "{}", confirm.body);
    let published = browser
        .post(&format!("{version}/publish"), &[("csrf", &confirm.csrf())])
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    assert_eq!(
        published.location.as_deref(),
        Some(format!("{version}?done=admin-done-published").as_str())
    );
    confirm
}

/// The lesson as the learner reads it in Albanian.
async fn lesson_in_albanian(learner: &mut Browser<'_>) -> String {
    let page = learner
        .get(&format!("/courses/{COURSE}/lessons/{LESSON}?lang=sq"))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.body
}

#[actix_web::test]
async fn a_module_and_its_translation_are_uploaded_previewed_published_and_rolled_back_by_form() {
    let app = spawn_app().await;
    let mut admin = admin(&app).await;
    let mut learner = enrolled(&app, "learner@granpol.gov.ba").await;

    // The module in English: a draft, its report shown next, then published.
    let module = version_path(&upload(&mut admin, &example("m-practice")).await);
    let report = admin
        .get(&format!("{module}?done=admin-done-uploaded"))
        .await;
    assert_eq!(report.status, StatusCode::OK);
    assert!(
        report.body.contains("Uploaded and checked"),
        "{}",
        report.body
    );
    assert!(report.body.contains("Version 2"));
    assert!(report.body.contains("Draft"));
    let confirm = publish(&mut admin, &module).await;
    assert!(
        confirm.body.contains("Publish version 2"),
        "{}",
        confirm.body
    );
    assert!(confirm.body.contains("instead of version 1"));
    let before = lesson_in_albanian(&mut learner).await;
    assert!(
        before.contains(ENGLISH),
        "English, marked, until translated"
    );
    assert!(!before.contains(ALBANIAN));

    // Its Albanian texts: a draft learners do not see yet, previewed beside the English.
    let translated = version_path(&upload(&mut admin, &example("m-practice-sq")).await);
    assert!(!lesson_in_albanian(&mut learner).await.contains(ALBANIAN));
    let preview = admin
        .get(&format!(
            "{translated}/preview?left=en&right=sq&lesson={LESSON}"
        ))
        .await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    let (left, right) = preview
        .body
        .split_once("class=\"panel preview-side\"")
        .and_then(|(_, sides)| sides.split_once("class=\"panel preview-side\""))
        .expect("two sides");
    assert!(left.contains(ENGLISH) && left.contains("lang=\"en\""));
    assert!(right.contains(ALBANIAN) && right.contains("lang=\"sq\""));
    assert!(!right.contains(ENGLISH));
    // The two sides' ids stay unique on the page.
    assert!(preview.body.contains("id=\"left-") && preview.body.contains("id=\"right-"));
    // The earlier version, previewed in Albanian, shows the English marked as a fallback.
    let untranslated = admin
        .get(&format!(
            "{module}/preview?left=en&right=sq&lesson={LESSON}"
        ))
        .await;
    assert!(
        untranslated
            .body
            .contains("not translated into Shqip in this version: learners see it in English"),
        "{}",
        untranslated.body
    );

    // Published: the learner reads the lesson in Albanian.
    publish(&mut admin, &translated).await;
    assert!(lesson_in_albanian(&mut learner).await.contains(ALBANIAN));

    // Rolled back to the module in English: the learner reads the English again.
    let version = admin.get(&module).await;
    assert!(
        version.body.contains("Roll back to this version"),
        "{}",
        version.body
    );
    let confirm = publish(&mut admin, &module).await;
    assert!(
        confirm.body.contains("Roll back to version 2"),
        "{}",
        confirm.body
    );
    assert!(confirm.body.contains("instead of version 3"));
    let after = lesson_in_albanian(&mut learner).await;
    assert!(after.contains(ENGLISH) && !after.contains(ALBANIAN));
    let console = admin.get("/admin/content").await;
    assert!(console.body.contains("Version 3"));

    // The admin's actions are in the audit log, as the API's are.
    let entries = app
        .state
        .db
        .run(|conn| {
            kampus_store::audit::list(conn, &kampus_store::audit::Query::default(), None, 1000)
        })
        .await
        .expect("audit");
    let published = entries
        .iter()
        .filter(|e| e.action == "content.publish" && e.actor_id.is_some())
        .count();
    assert!(published >= 3, "{entries:?}");
}

#[actix_web::test]
async fn unpublishing_withdraws_the_course_after_its_confirmation() {
    let app = spawn_app().await;
    let mut admin = admin(&app).await;
    let mut learner = enrolled(&app, "learner@granpol.gov.ba").await;
    let path = format!("/admin/content/courses/{COURSE}/unpublish");
    let confirm = admin.get(&path).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        confirm.body.contains("leaves the catalog"),
        "{}",
        confirm.body
    );
    // Seeing the confirmation changed nothing.
    assert_eq!(learner.get(&format!("/courses/{COURSE}")).await.status, 200);
    let done = admin.post(&path, &[("csrf", &confirm.csrf())]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(
        done.location.as_deref(),
        Some("/admin/content?done=admin-done-unpublished")
    );
    assert_eq!(learner.get(&format!("/courses/{COURSE}")).await.status, 404);
    let console = admin
        .get("/admin/content?done=admin-done-unpublished")
        .await;
    assert!(console.body.contains("learners no longer see the course"));
    // A course without versions is not a course to unpublish.
    assert_eq!(
        admin
            .get("/admin/content/courses/no-such-course/unpublish")
            .await
            .status,
        404
    );
}

#[actix_web::test]
async fn bundles_that_do_not_validate_or_are_refused_are_shown_and_nothing_is_stored() {
    let app = spawn_app().await;
    let mut admin = admin(&app).await;
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/bundles");
    let before = stored(&app).await;

    let invalid = std::fs::read(format!("{fixtures}/broken-fluent.zip")).expect("fixture");
    let page = upload(&mut admin, &invalid).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    assert!(page.body.contains("Nothing was stored"), "{}", page.body);
    assert!(page.body.contains("<code>fluent-syntax</code>"));
    assert!(
        page.body.contains("locales/en/course.ftl:"),
        "the place, with its line and column: {}",
        page.body
    );
    assert!(page.body.contains("aria-invalid=\"true\""));

    let hostile = std::fs::read(format!("{fixtures}/zip-slip.zip")).expect("fixture");
    let page = upload(&mut admin, &hostile).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.body.contains("<code>path-escapes</code>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("../../evil.md"));

    // No file chosen.
    let csrf = admin.get("/admin/content").await.csrf();
    let page = admin
        .post_multipart("/admin/content/bundles", &[("csrf", None, csrf.as_bytes())])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("Choose a bundle file"));

    assert_eq!(stored(&app).await, before, "nothing stored");
}

#[actix_web::test]
async fn the_console_forms_refuse_a_missing_or_foreign_token_even_from_an_admin() {
    let app = spawn_app().await;
    let mut admin = admin(&app).await;
    let before = stored(&app).await;
    let bundle = example("m-practice");
    // The upload: no token, a token after the file, another visitor's token.
    let missing = admin
        .post_multipart(
            "/admin/content/bundles",
            &[("bundle", Some("b.tar.gz"), &bundle)],
        )
        .await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    let csrf = admin.get("/admin/content").await.csrf();
    let late = admin
        .post_multipart(
            "/admin/content/bundles",
            &[
                ("bundle", Some("b.tar.gz"), &bundle),
                ("csrf", None, csrf.as_bytes()),
            ],
        )
        .await;
    assert_eq!(late.status, StatusCode::FORBIDDEN, "the token comes first");
    let foreign = Browser::new(&app).token().await;
    let other = upload_with(&mut admin, &foreign, &bundle).await;
    assert_eq!(other.status, StatusCode::FORBIDDEN);
    // From another site, with the admin's own token.
    admin.origin = Some("https://evil.example".into());
    let cross = upload_with(&mut admin, &csrf, &bundle).await;
    assert_eq!(cross.status, StatusCode::FORBIDDEN);
    admin.origin = Some(app.address.clone());
    // Publishing and unpublishing without a token.
    let first = first_version(&mut admin).await;
    for action in [
        format!("/admin/content/versions/{first}/publish"),
        format!("/admin/content/courses/{COURSE}/unpublish"),
    ] {
        let refused = admin.post(&action, &[]).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{action}");
    }
    assert_eq!(stored(&app).await, before, "nothing stored");
    assert_eq!(
        Browser::new(&app)
            .get(&format!("/courses/{COURSE}"))
            .await
            .status,
        200,
        "still published"
    );
}

#[actix_web::test]
async fn learners_and_trainers_get_403_on_the_console_and_visitors_sign_in_first() {
    let app = spawn_app().await;
    let mut admin = admin(&app).await;
    let id = first_version(&mut admin).await;
    app.create_user(
        "trainer@granpol.gov.ba",
        PASSWORD,
        Locale::En,
        Role::Trainer,
    )
    .await;
    let mut trainer = Browser::new(&app);
    trainer.sign_in("trainer@granpol.gov.ba", PASSWORD).await;
    let mut learner = enrolled(&app, "learner@granpol.gov.ba").await;
    let mut anonymous = Browser::new(&app);
    let pages = [
        "/admin/content".to_owned(),
        format!("/admin/content/versions/{id}"),
        format!("/admin/content/versions/{id}/preview?left=en&right=mk"),
        format!("/admin/content/versions/{id}/publish"),
        format!("/admin/content/courses/{COURSE}/unpublish"),
    ];
    for path in &pages {
        assert_eq!(admin.get(path).await.status, StatusCode::OK, "{path}");
        for browser in [&mut trainer, &mut learner] {
            assert_eq!(
                browser.get(path).await.status,
                StatusCode::FORBIDDEN,
                "{path}"
            );
        }
        let page = anonymous.get(path).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
        assert!(
            page.location
                .as_deref()
                .is_some_and(|l| l.starts_with("/sign-in?next=")),
            "{path}"
        );
    }
    // Their forms, with their own valid tokens, change nothing.
    for browser in [&mut trainer, &mut learner] {
        let csrf = browser.token().await;
        let refused = browser
            .post(
                &format!("/admin/content/versions/{id}/publish"),
                &[("csrf", &csrf)],
            )
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let refused = upload_with(browser, &csrf, &example("m-practice")).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
    }
    // Unknown versions and lessons: 404 and the defaults.
    assert_eq!(
        admin
            .get("/admin/content/versions/not-a-version/preview")
            .await
            .status,
        404
    );
    let defaulted = admin
        .get(&format!(
            "/admin/content/versions/{id}/preview?left=xx&right=&lesson=nope"
        ))
        .await;
    assert_eq!(defaulted.status, StatusCode::OK);
}
