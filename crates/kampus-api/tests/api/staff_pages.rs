//! The trainers' and admins' pages (crates/kampus-web, `/staff`): only for staff, scoped
//! exactly like the reports API (a trainer sees the institutions assigned to them, and
//! nothing of another's learners in any page, filter or download), and the downloads are the
//! reports API's CSV byte for byte.

use reqwest::Method;
use reqwest::StatusCode;
use serde_json::Value;

use crate::pages::Browser;
use crate::reports::{CAST_PASSWORD, Cast, cast};

const COURSE: &str = "migration-and-gender";

/// A browser signed in as `email` (one of the cast).
async fn signed_in<'a>(cast: &'a Cast, email: &str) -> Browser<'a> {
    let mut browser = Browser::new(&cast.app);
    let signed = browser.sign_in(email, CAST_PASSWORD).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{email} signs in");
    browser
}

/// The user id behind an access token.
async fn id_of(cast: &Cast, token: &str) -> String {
    let me: Value = cast
        .app
        .send(Method::GET, "/api/v1/me", Some(token), None)
        .await
        .json()
        .await
        .expect("json");
    me["id"].as_str().expect("id").to_owned()
}

/// Every staff page and download, for a learner whose id is `learner_id`.
fn staff_paths(learner_id: &str) -> Vec<String> {
    vec![
        "/staff".to_owned(),
        "/staff?by=country&from=2026-01-01".to_owned(),
        "/staff/reports/headline.csv".to_owned(),
        "/staff/reports/completion.csv?by=institution".to_owned(),
        "/staff/reports/knowledge-gain.csv?gain_by=institution".to_owned(),
        format!("/staff/courses/{COURSE}/learners"),
        format!("/staff/courses/{COURSE}/learners.csv"),
        format!("/staff/learners/{learner_id}"),
        format!("/staff/courses/{COURSE}/satisfaction"),
        format!("/staff/courses/{COURSE}/satisfaction.csv"),
        format!("/staff/courses/{COURSE}/assessments/final"),
        format!("/staff/courses/{COURSE}/assessments/final/items.csv"),
    ]
}

#[actix_web::test]
async fn learners_get_403_on_every_staff_page_and_visitors_are_asked_to_sign_in() {
    let cast = cast().await;
    let learner_id = id_of(&cast, &cast.starter).await;
    let mut learner = signed_in(&cast, "amra@granpol.gov.ba").await;
    let mut anonymous = Browser::new(&cast.app);
    for path in staff_paths(&learner_id) {
        let page = learner.get(&path).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{path}");
        assert!(!page.body.contains("milan@kirs.gov.rs"), "{path}");
        let page = anonymous.get(&path).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
        assert!(
            page.location
                .as_deref()
                .is_some_and(|l| l.starts_with("/sign-in?next=")),
            "{path}: {:?}",
            page.location
        );
    }
    // Only staff are offered the dashboard.
    assert!(!learner.get("/").await.body.contains("href=\"/staff\""));
}

#[actix_web::test]
async fn a_trainer_sees_their_institutions_learners_and_figures_only() {
    let cast = cast().await;
    let other = id_of(&cast, &cast.starter).await;
    let theirs = id_of(&cast, &cast.learner).await;
    let mut trainer = signed_in(&cast, "trainer@granpol.gov.ba").await;

    let dashboard = trainer.get("/staff").await;
    assert_eq!(dashboard.status, StatusCode::OK, "{}", dashboard.body);
    assert!(dashboard.body.contains("Granična policija BiH"));
    assert!(
        !dashboard.body.contains("Комесаријат"),
        "another institution's name"
    );
    assert!(
        dashboard.body.contains("<svg"),
        "charts are drawn on the server"
    );
    assert!(trainer.get("/").await.body.contains("href=\"/staff\""));

    let list = trainer
        .get(&format!("/staff/courses/{COURSE}/learners"))
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("amra@granpol.gov.ba"));
    assert!(list.body.contains("edin@granpol.gov.ba"));
    assert!(!list.body.contains("milan@kirs.gov.rs"));
    assert!(
        !list.body.contains("drita@example.al"),
        "no institution: admins only"
    );

    assert_eq!(
        trainer
            .get(&format!("/staff/learners/{theirs}"))
            .await
            .status,
        StatusCode::OK
    );
    let elsewhere = trainer.get(&format!("/staff/learners/{other}")).await;
    assert_eq!(
        elsewhere.status,
        StatusCode::NOT_FOUND,
        "another institution's learner"
    );
    assert!(!elsewhere.body.contains("milan"));
    assert_eq!(
        trainer
            .get("/staff/learners/00000000-0000-7000-8000-000000000000")
            .await
            .status,
        StatusCode::NOT_FOUND,
        "nobody: the same answer"
    );

    // Filtering by the other institution or its country finds nothing, on every view.
    let y = cast.commissariat.to_string();
    for filter in [format!("institution={y}"), "country=RS".to_owned()] {
        let list = trainer
            .get(&format!("/staff/courses/{COURSE}/learners?{filter}"))
            .await;
        assert!(!list.body.contains("milan@kirs.gov.rs"), "{filter}");
        assert!(!list.body.contains("amra@granpol.gov.ba"), "{filter}");
        let csv = trainer
            .get(&format!("/staff/courses/{COURSE}/learners.csv?{filter}"))
            .await;
        assert_eq!(csv.status, StatusCode::OK);
        assert_eq!(csv.body.lines().count(), 1, "the header only: {}", csv.body);
        let page = trainer
            .get(&format!("/staff?{filter}&by=institution"))
            .await;
        assert!(!page.body.contains("Комесаријат"), "{filter}");
        for report in ["completion", "headline"] {
            let csv = trainer
                .get(&format!(
                    "/staff/reports/{report}.csv?{filter}&by=institution"
                ))
                .await;
            assert_eq!(csv.status, StatusCode::OK, "{report}");
            assert!(!csv.body.contains("Комесаријат"), "{report} {filter}");
            let totals = csv.body.lines().nth(1).expect("totals or a row");
            assert!(
                totals.split(',').any(|cell| cell == "0"),
                "{report} {filter}: {totals}"
            );
        }
    }
    // The same whole-list export for the trainer holds their learners only.
    let csv = trainer
        .get(&format!("/staff/courses/{COURSE}/learners.csv"))
        .await;
    assert_eq!(
        csv.body.lines().count(),
        3,
        "header and two learners: {}",
        csv.body
    );
    assert!(!csv.body.contains("milan"));
}

#[actix_web::test]
async fn the_downloads_are_the_reports_apis_csv_for_the_same_filters() {
    let cast = cast().await;
    let app = &cast.app;
    // Headers in the language of each one's pages: their profile's.
    for (who, token, lang) in [
        ("admin@rmtc.org", &cast.admin, "en"),
        ("trainer@granpol.gov.ba", &cast.trainer, "bs"),
    ] {
        let mut browser = signed_in(&cast, who).await;
        for (page, api) in [
            (
                "/staff/reports/completion.csv?by=country".to_owned(),
                format!("/api/v1/reports/completion?group_by=country&format=csv&lang={lang}"),
            ),
            (
                "/staff/reports/completion.csv?by=institution&locale=bs".to_owned(),
                format!(
                    "/api/v1/reports/completion?group_by=institution&locale=bs&format=csv&lang={lang}"
                ),
            ),
            (
                "/staff/reports/headline.csv?from=2020-01-01".to_owned(),
                format!("/api/v1/reports/headline?from=2020-01-01&format=csv&lang={lang}"),
            ),
            (
                "/staff/reports/knowledge-gain.csv?gain_by=institution".to_owned(),
                format!(
                    "/api/v1/reports/knowledge-gain?group_by=institution&format=csv&lang={lang}"
                ),
            ),
            (
                format!("/staff/courses/{COURSE}/learners.csv?sort=enrolled_at&order=desc"),
                format!(
                    "/api/v1/reports/progress/{COURSE}?sort=enrolled_at&order=desc&format=csv&lang={lang}"
                ),
            ),
        ] {
            let from_page = browser.get(&page).await;
            assert_eq!(from_page.status, StatusCode::OK, "{page}");
            let from_api = app.send(Method::GET, &api, Some(token), None).await;
            assert_eq!(from_api.status(), 200, "{api}");
            let from_api = from_api.text().await.expect("csv");
            assert_eq!(from_page.body, from_api, "{who}: {page} and {api}");
        }
    }
}

#[actix_web::test]
async fn the_dashboard_shows_the_figures_marks_small_groups_and_keeps_bad_filters_out() {
    let cast = cast().await;
    let mut admin = signed_in(&cast, "admin@rmtc.org").await;
    let page = admin.get("/staff?by=country").await;
    assert_eq!(page.status, StatusCode::OK);
    // Four learners enrolled, one completed (25%): a small group, starred.
    assert!(
        page.body
            .contains("1 of 4 enrollments were completed (25%)"),
        "{}",
        page.body
    );
    assert!(page.body.contains("class=\"small-group\""));
    assert!(page.body.contains("Bosnia and Herzegovina"));
    assert!(
        page.body
            .contains("/staff/reports/completion.csv?by=country")
    );

    // A value that is not valid is said so beside its field and left out of the figures.
    let page = admin
        .get("/staff?from=2026-13-01&gender=x&course=nothing")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    for field in ["f-from", "f-gender", "f-course"] {
        assert!(
            page.body.contains(&format!("id=\"{field}-error\"")),
            "{field}"
        );
    }
    assert!(page.body.contains("1 of 4 enrollments were completed"));
    // A download is never of other figures than asked for.
    for bad in [
        "/staff/reports/completion.csv?from=2026-13-01",
        "/staff/reports/knowledge-gain.csv?gain_by=month",
        &format!("/staff/courses/{COURSE}/learners?sort=shoe-size"),
        &format!("/staff/courses/{COURSE}/learners.csv?page=0"),
    ] {
        assert_eq!(
            admin.get(bad).await.status,
            StatusCode::BAD_REQUEST,
            "{bad}"
        );
    }
    assert_eq!(
        admin.get("/staff/reports/everything.csv").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        admin
            .get("/staff/courses/no-such-course/learners")
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // The list searches, sorts and pages.
    let found = admin
        .get(&format!("/staff/courses/{COURSE}/learners?q=edin"))
        .await;
    assert!(found.body.contains("edin@granpol.gov.ba"));
    assert!(!found.body.contains("amra@granpol.gov.ba"));
    let sorted = admin
        .get(&format!(
            "/staff/courses/{COURSE}/learners?sort=name&order=desc"
        ))
        .await;
    assert!(sorted.body.contains("aria-sort=\"descending\""));
    let beyond = admin
        .get(&format!("/staff/courses/{COURSE}/learners?page=2"))
        .await;
    assert_eq!(beyond.status, StatusCode::OK);
    assert!(!beyond.body.contains("edin@granpol.gov.ba"));
}

#[actix_web::test]
async fn a_courses_survey_and_item_analysis_are_scoped_and_comments_are_for_admins() {
    let cast = cast().await;
    let learner_id = id_of(&cast, &cast.starter).await;
    let survey = format!("/staff/courses/{COURSE}/satisfaction");
    let items = format!("/staff/courses/{COURSE}/assessments/final");
    let mut learner = signed_in(&cast, "amra@granpol.gov.ba").await;
    for path in [
        survey.clone(),
        format!("{survey}.csv"),
        items.clone(),
        format!("{items}/items.csv"),
    ] {
        assert_eq!(
            learner.get(&path).await.status,
            StatusCode::FORBIDDEN,
            "{path} ({learner_id})"
        );
    }

    // The one who finished answered every item, with a comment: the admin reads it, the
    // trainer of her institution only learns that there is one.
    let mut admin = signed_in(&cast, "admin@rmtc.org").await;
    let page = admin.get(&survey).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Korisno za moj posao."));
    assert!(page.body.contains("1 learner answered the survey."));
    let mut trainer = signed_in(&cast, "trainer@granpol.gov.ba").await;
    let page = trainer.get(&survey).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("Korisno za moj posao."));
    let page = trainer
        .get(&format!("{survey}?institution={}", cast.commissariat))
        .await;
    assert!(
        page.body.contains("<svg") && !page.body.contains("Korisno"),
        "another institution: nothing"
    );

    let page = admin.get(&items).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("<svg"), "the facility chart");
    assert!(
        page.body.contains("fa-"),
        "the final's questions are listed"
    );
    assert_eq!(
        admin
            .get(&format!("/staff/courses/{COURSE}/assessments/no-such"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // The downloads are the reports API's.
    for (who, token, lang, browser) in [
        ("admin", &cast.admin, "en", &mut admin),
        ("trainer", &cast.trainer, "bs", &mut trainer),
    ] {
        for (page, api) in [
            (
                format!("{survey}.csv"),
                format!("/api/v1/reports/satisfaction?course={COURSE}&format=csv&lang={lang}"),
            ),
            (
                format!("{items}/items.csv?locale=bs"),
                format!(
                    "/api/v1/reports/assessments/{COURSE}/final?locale=bs&format=csv&lang={lang}"
                ),
            ),
        ] {
            let from_page = browser.get(&page).await;
            assert_eq!(from_page.status, StatusCode::OK, "{who} {page}");
            let from_api = cast.app.send(Method::GET, &api, Some(token), None).await;
            assert_eq!(from_api.status(), 200, "{api}");
            assert_eq!(
                from_page.body,
                from_api.text().await.expect("csv"),
                "{who}: {page}"
            );
        }
    }
}

#[actix_web::test]
async fn the_publishing_console_shows_translations_versions_and_reports_to_admins_only() {
    let cast = cast().await;
    let app = &cast.app;
    let uploaded =
        crate::publishing::upload(app, &cast.admin, crate::publishing::example("m-practice")).await;
    assert_eq!(uploaded.status(), 201);
    let uploaded: Value = uploaded.json().await.expect("json");
    let draft = uploaded["drafts"][0]["version"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let problems = uploaded["drafts"][0]["report"]["problems"]
        .as_array()
        .expect("problems")
        .clone();

    for who in ["amra@granpol.gov.ba", "trainer@granpol.gov.ba"] {
        let mut browser = signed_in(&cast, who).await;
        for path in [
            "/admin/content".to_owned(),
            format!("/admin/content/versions/{draft}"),
        ] {
            assert_eq!(
                browser.get(&path).await.status,
                StatusCode::FORBIDDEN,
                "{who} {path}"
            );
        }
        assert!(
            !browser
                .get("/")
                .await
                .body
                .contains("href=\"/admin/content\"")
        );
    }

    let mut admin = signed_in(&cast, "admin@rmtc.org").await;
    assert!(
        admin
            .get("/")
            .await
            .body
            .contains("href=\"/admin/content\"")
    );
    let console = admin.get("/admin/content").await;
    assert_eq!(console.status, StatusCode::OK, "{}", console.body);
    // Every published course has a row of eight languages in the matrix.
    assert_eq!(
        console.body.matches("<td class=\"translation ").count(),
        3 * 8
    );
    assert!(
        console
            .body
            .contains(&format!("href=\"/admin/content/versions/{draft}\""))
    );
    assert!(console.body.contains("Version 2") && console.body.contains("Draft"));
    assert!(
        console.body.contains("Published"),
        "version 1 of each course"
    );

    let report = admin.get(&format!("/admin/content/versions/{draft}")).await;
    assert_eq!(report.status, StatusCode::OK, "{}", report.body);
    assert!(report.body.contains("Validation report"));
    for problem in &problems {
        let place = format!(
            "{}:{}:{}",
            problem["file"].as_str().expect("file"),
            problem["line"],
            problem["column"]
        );
        assert!(
            report.body.contains(&place) || problem["line"] == 0,
            "{place} is shown"
        );
        assert!(
            report
                .body
                .contains(problem["code"].as_str().expect("code"))
        );
    }
    for missing in [
        "/admin/content/versions/not-an-id".to_owned(),
        "/admin/content/versions/00000000-0000-7000-8000-000000000000".to_owned(),
    ] {
        assert_eq!(
            admin.get(&missing).await.status,
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }
}
