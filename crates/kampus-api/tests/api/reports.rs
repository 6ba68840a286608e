//! Reports through the API: only for staff, scoped to a trainer's institutions, small groups
//! marked, JSON and CSV. (The exact-count test of the queries is in the store's tests, on
//! generated data.)

use kampus_content::Locale;
use kampus_store::InstitutionId;
use kampus_store::institutions::InstitutionKind;
use kampus_store::users::Role;
use reqwest::Method;
use serde_json::Value;

use crate::assessments::{journey, shipped};
use crate::helpers::{TestApp, problem, spawn_app};

const PASSWORD: &str = "lozinka za kampus 2026";
const COURSE: &str = "migration-and-gender";

async fn institution(app: &TestApp, name: &str, country: &str) -> InstitutionId {
    app.institution(name, country, InstitutionKind::BorderPolice)
        .await
}

/// A signed-in user of `role`; a learner belongs to `institution`, a trainer is assigned it.
async fn person(
    app: &TestApp,
    email: &str,
    locale: Locale,
    role: Role,
    institution: Option<InstitutionId>,
) -> String {
    let user = app.create_user(email, PASSWORD, locale, role).await;
    if let Some(institution) = institution {
        app.place(&user, institution).await;
    }
    app.token_for(email, PASSWORD).await
}

pub struct Cast {
    pub app: TestApp,
    pub border: InstitutionId,
    pub commissariat: InstitutionId,
    pub trainer: String,
    pub idle_trainer: String,
    pub admin: String,
    pub learner: String,
    /// The learner of the commissariat (another institution than the trainer's).
    pub starter: String,
}

/// The password of every person of the cast.
pub const CAST_PASSWORD: &str = PASSWORD;

/// Four learners enrolled in one course: two of the Bosnian border police (one completes the
/// course, one only enrolls), one of the Serbian commissariat (starts), one without an
/// institution (enrolls, withdraws); a staff member who enrolls too (not counted).
pub async fn cast() -> Cast {
    let app = spawn_app().await;
    let border = institution(&app, "Granična policija BiH", "BA").await;
    let commissariat = institution(&app, "Комесаријат за избеглице и миграције", "RS").await;
    let loaded = shipped()
        .into_iter()
        .find(|c| c.course().slug == COURSE)
        .expect("course");
    let enroll = |token: String| {
        let app = &app;
        async move {
            app.send(
                Method::PUT,
                &format!("/api/v1/courses/{COURSE}/enrollment"),
                Some(&token),
                None,
            )
            .await;
            token
        }
    };
    let finisher = person(
        &app,
        "amra@granpol.gov.ba",
        Locale::Bs,
        Role::Learner,
        Some(border),
    )
    .await;
    let status = journey(&app, &finisher, &loaded, "bs").await;
    assert_eq!(status["status"], "completed");
    enroll(
        person(
            &app,
            "edin@granpol.gov.ba",
            Locale::Bs,
            Role::Learner,
            Some(border),
        )
        .await,
    )
    .await;
    let starter = enroll(
        person(
            &app,
            "milan@kirs.gov.rs",
            Locale::SrCyrl,
            Role::Learner,
            Some(commissariat),
        )
        .await,
    )
    .await;
    let lesson = loaded.course().modules[0].lessons[0].clone();
    let event = serde_json::json!({ "event_id": uuid::Uuid::now_v7().to_string(), "kind": "lesson-viewed", "lesson_id": lesson });
    app.send(
        Method::POST,
        &format!("/api/v1/courses/{COURSE}/progress"),
        Some(&starter),
        Some(event),
    )
    .await;
    let leaver =
        enroll(person(&app, "drita@example.al", Locale::Sq, Role::Learner, None).await).await;
    app.send(
        Method::DELETE,
        &format!("/api/v1/courses/{COURSE}/enrollment"),
        Some(&leaver),
        None,
    )
    .await;
    let admin = enroll(person(&app, "admin@rmtc.org", Locale::En, Role::Admin, None).await).await;
    Cast {
        trainer: person(
            &app,
            "trainer@granpol.gov.ba",
            Locale::Bs,
            Role::Trainer,
            Some(border),
        )
        .await,
        idle_trainer: person(&app, "trainer@nowhere.org", Locale::En, Role::Trainer, None).await,
        learner: finisher,
        admin,
        border,
        commissariat,
        starter,
        app,
    }
}

async fn report(app: &TestApp, path: &str, token: &str) -> Value {
    let response = app.send(Method::GET, path, Some(token), None).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.expect("json")
}

#[actix_web::test]
async fn completion_figures_are_scoped_grouped_and_marked() {
    let cast = cast().await;
    let app = &cast.app;
    let path = "/api/v1/reports/completion";
    problem(app.send(Method::GET, path, None, None).await, 401).await;
    problem(
        app.send(Method::GET, path, Some(&cast.learner), None).await,
        403,
    )
    .await;

    let all = report(app, path, &cast.admin).await;
    let totals = &all["totals"];
    assert_eq!(
        (
            totals["enrolled"].as_i64(),
            totals["started"].as_i64(),
            totals["completed"].as_i64()
        ),
        (Some(4), Some(2), Some(1)),
        "learners only: {totals}"
    );
    assert_eq!(totals["withdrawn"], 1);
    assert_eq!(
        (
            totals["final_takers"].as_i64(),
            totals["final_passers"].as_i64()
        ),
        (Some(1), Some(1))
    );
    assert_eq!(totals["completion_rate"], 0.25);
    assert_eq!(totals["final_pass_rate"], 1.0);
    assert!(
        totals["median_days_to_complete"]
            .as_f64()
            .is_some_and(|d| d >= 0.0)
    );
    assert_eq!(totals["small_group"], true, "4 enrollments");

    let by_country = report(app, &format!("{path}?group_by=country,gender"), &cast.admin).await;
    let countries: Vec<(Value, i64)> = by_country["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| (r["country"].clone(), r["enrolled"].as_i64().expect("n")))
        .collect();
    assert_eq!(
        countries,
        [(Value::Null, 1), ("BA".into(), 2), ("RS".into(), 1)],
        "no institution first, then by code"
    );

    // The trainer sees their institution's learners only, whatever the filters say.
    let theirs = report(app, &format!("{path}?group_by=institution"), &cast.trainer).await;
    assert_eq!(theirs["totals"]["enrolled"], 2);
    let rows = theirs["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["institution"], cast.border.to_string());
    assert_eq!(rows[0]["institution_name"], "Granična policija BiH");
    let elsewhere = report(app, &format!("{path}?country=RS"), &cast.trainer).await;
    assert_eq!(
        elsewhere["totals"]["enrolled"], 0,
        "no other institution's learners"
    );
    let nothing = report(app, path, &cast.idle_trainer).await;
    assert_eq!(nothing["totals"]["enrolled"], 0);

    let twice = report(app, &format!("{path}?group_by=course,course"), &cast.admin).await;
    assert_eq!(
        twice["group_by"],
        serde_json::json!(["course"]),
        "a repeat counts once"
    );
    for bad in [
        "group_by=city",
        "group_by=course,",
        "group_by=course, locale",
        "from=2026-13-01",
        "gender=x",
        "format=xml",
    ] {
        let refused = problem(
            app.send(
                Method::GET,
                &format!("{path}?{bad}"),
                Some(&cast.admin),
                None,
            )
            .await,
            400,
        )
        .await;
        assert_eq!(refused["type"], "/problems/invalid-query", "{bad}");
        assert!(
            refused["errors"][0]["field"].is_string(),
            "{bad}: {refused}"
        );
    }
    // A period that ends before it starts is empty, not an error (the schema cannot say
    // "to after from", so the server does not refuse it either).
    let backwards = report(
        app,
        &format!("{path}?from=2026-12-01&to=2026-01-01"),
        &cast.admin,
    )
    .await;
    assert_eq!(backwards["totals"]["enrolled"], 0, "{backwards}");
    // A well-formed filter naming no published course: there is no report of it.
    let unknown = problem(
        app.send(
            Method::GET,
            &format!("{path}?course=nope"),
            Some(&cast.admin),
            None,
        )
        .await,
        404,
    )
    .await;
    assert_eq!(unknown["type"], "/problems/course-not-found");
}

#[actix_web::test]
async fn reports_come_as_csv_with_localized_headers() {
    let cast = cast().await;
    let app = &cast.app;
    let response = app
        .send(
            Method::GET,
            "/api/v1/reports/completion?group_by=country&format=csv&lang=mk",
            Some(&cast.admin),
            None,
        )
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    let text = response.text().await.expect("text");
    assert!(
        text.starts_with('\u{feff}'),
        "a byte-order mark for spreadsheets"
    );
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(
        lines[0].starts_with("Држава,Запишани,Започнале,Завршиле"),
        "{}",
        lines[0]
    );
    assert!(
        lines.iter().any(|l| l.starts_with("BA,2,1,1,0,0.5,")),
        "{text}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("Вкупно,4,2,1,1,0.25,")),
        "{text}"
    );
    // Accept: text/csv works too.
    let by_accept = app
        .client
        .get(app.url("/api/v1/reports/headline"))
        .bearer_auth(&cast.admin)
        .header("Accept", "text/csv")
        .send()
        .await
        .expect("request");
    assert_eq!(
        by_accept.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
}

#[actix_web::test]
async fn headline_figures_count_learners_completions_and_certificates() {
    let cast = cast().await;
    let app = &cast.app;
    let all = report(app, "/api/v1/reports/headline", &cast.admin).await;
    assert_eq!(all["totals"]["learners_trained"], 1);
    assert_eq!(all["totals"]["courses_completed"], 1);
    assert_eq!(all["totals"]["certificates_issued"], 1);
    assert_eq!(all["totals"]["small_group"], true);
    assert_eq!(all["by_country"][0]["key"], "BA");
    assert_eq!(all["by_course"][0]["key"], COURSE);
    let theirs = report(app, "/api/v1/reports/headline", &cast.trainer).await;
    assert_eq!(theirs["totals"]["learners_trained"], 1);
    let nothing = report(app, "/api/v1/reports/headline", &cast.idle_trainer).await;
    assert_eq!(nothing["totals"]["learners_trained"], 0);
    let before = report(app, "/api/v1/reports/headline?to=2020-01-01", &cast.admin).await;
    assert_eq!(
        before["totals"]["courses_completed"], 0,
        "the period bounds the completion date"
    );
}

#[actix_web::test]
async fn learner_progress_pages_sorts_searches_and_streams_csv() {
    let cast = cast().await;
    let app = &cast.app;
    let path = format!("/api/v1/reports/progress/{COURSE}");
    problem(
        app.send(Method::GET, &path, Some(&cast.learner), None)
            .await,
        403,
    )
    .await;
    problem(
        app.send(
            Method::GET,
            "/api/v1/reports/progress/no-such-course",
            Some(&cast.admin),
            None,
        )
        .await,
        404,
    )
    .await;
    let all = report(app, &path, &cast.admin).await;
    assert_eq!(all["total"], 4, "learners only");
    let names: Vec<&str> = all["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["email"].as_str().expect("email"))
        .collect();
    assert_eq!(names.len(), 4, "all on the first page: {names:?}");
    let finisher = all["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["email"] == "amra@granpol.gov.ba")
        .expect("the finisher");
    assert_eq!(finisher["status"], "completed");
    // Issue 18.6: one vocabulary for an enrollment's state, the learner's own (`enrolled`,
    // `completed`, `withdrawn`), not `active` here and `enrolled` there.
    let statuses: std::collections::BTreeSet<&str> = all["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["status"].as_str().expect("status"))
        .collect();
    assert!(statuses.contains("enrolled"), "{statuses:?}");
    assert!(
        statuses.is_subset(&["enrolled", "completed", "withdrawn"].into()),
        "{statuses:?}"
    );
    assert!(finisher["final_score"].as_f64().is_some_and(|s| s > 0.0));
    assert!(finisher["pre_test"].is_number());
    assert!(
        finisher["certificate_pdf"]
            .as_str()
            .is_some_and(|l| l.ends_with("/pdf"))
    );
    assert!(
        finisher["modules"]
            .as_array()
            .expect("modules")
            .iter()
            .all(|m| m["status"] == "completed")
    );
    let searched = report(app, &format!("{path}?q=AMRA"), &cast.admin).await;
    assert_eq!(searched["total"], 1);
    let second = report(
        app,
        &format!("{path}?per_page=1&page=2&sort=enrolled_at&order=desc"),
        &cast.admin,
    )
    .await;
    assert_eq!(
        (
            second["total"].as_i64(),
            second["rows"].as_array().map(Vec::len)
        ),
        (Some(4), Some(1))
    );
    let theirs = report(app, &path, &cast.trainer).await;
    assert_eq!(theirs["total"], 2, "the trainer's institution only");
    for bad in [
        "sort=age",
        "order=up",
        "per_page=0",
        "per_page=201",
        "page=0",
    ] {
        problem(
            app.send(
                Method::GET,
                &format!("{path}?{bad}"),
                Some(&cast.admin),
                None,
            )
            .await,
            400,
        )
        .await;
    }
    let csv = app
        .send(
            Method::GET,
            &format!("{path}?format=csv&lang=sr-Cyrl"),
            Some(&cast.admin),
            None,
        )
        .await;
    assert_eq!(csv.status(), 200);
    let text = csv.text().await.expect("text");
    let lines: Vec<&str> = text
        .trim_start_matches('\u{feff}')
        .trim_end()
        .split("\r\n")
        .collect();
    assert!(text.starts_with('\u{feff}'));
    assert!(
        lines[0].starts_with("Полазник,Е-адреса,Институција"),
        "{}",
        lines[0]
    );
    assert_eq!(lines.len(), 5, "a header and four learners: {text}");
}
