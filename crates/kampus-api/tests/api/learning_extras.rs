//! Course audiences (who may enroll in a restricted course) and time-on-task heartbeats.

use std::path::Path;
use std::sync::Arc;

use chrono::TimeDelta;
use kampus_content::Locale;
use kampus_store::clock::FixedClock;
use kampus_store::institutions::{self, CountryCode, InstitutionKind, NewInstitution};
use kampus_store::testing::TestDatabase;
use kampus_store::users::{self, NewUser, Role};
use kampus_store::{Clock, Email, InstitutionId, SystemClock};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, copy_dir, problem, spawn_app_with, spawn_app_with_clock};

const PASSWORD: &str = "lozinka za kampus 2026";
/// The fixture course `tests/fixtures/restricted-course`: open to BA and ME, and to the
/// institution whose id replaces the fixture's placeholder.
const RESTRICTED: &str = "readmission-casework";
const PLACEHOLDER_ID: &str = "0193a3c2-5e4f-7d2a-b1c0-3e5f7a9b1c2d";
/// The example fixture, open to everyone.
const OPEN: &str = "asylum-procedure-basics";
/// A shipped course, for heartbeats.
const SHIPPED: &str = "migration-and-gender";

fn repo(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// The app serving the restricted fixture (naming `listed`) and the open example course.
struct RestrictedApp {
    app: TestApp,
    /// An institution in RS that the course names by id.
    listed: InstitutionId,
    _content: tempfile::TempDir,
}

async fn spawn_restricted() -> RestrictedApp {
    let db = TestDatabase::new();
    // Institution ids belong to the database, so the institution is created before the
    // content that names it is written and loaded.
    let listed = {
        let pool = db.migrated_pool();
        let mut conn = pool.get().expect("conn");
        institution(&mut conn, "Komesarijat za izbeglice i migracije", "RS")
    };
    let content = tempfile::tempdir().expect("temp dir");
    let course_dir = content.path().join(RESTRICTED);
    copy_dir(&repo("tests/fixtures/restricted-course"), &course_dir);
    let manifest = course_dir.join("course.toml");
    let text = std::fs::read_to_string(&manifest).expect("manifest");
    assert!(text.contains(PLACEHOLDER_ID));
    std::fs::write(&manifest, text.replace(PLACEHOLDER_ID, &listed.to_string()))
        .expect("write manifest");
    copy_dir(
        &repo("tests/fixtures/example-course"),
        &content.path().join(OPEN),
    );
    let dir = content.path().display().to_string();
    let app = spawn_app_with(db, &[("KAMPUS_CONTENT_DIR", &dir)]).await;
    assert_eq!(app.state.content().len(), 2, "both fixtures are published");
    RestrictedApp {
        app,
        listed,
        _content: content,
    }
}

fn institution(conn: &mut kampus_store::DbConnection, name: &str, country: &str) -> InstitutionId {
    institutions::insert(
        conn,
        &NewInstitution {
            name: name.into(),
            country_code: CountryCode::parse(country).expect("country"),
            kind: InstitutionKind::Ministry,
        },
        SystemClock.now(),
    )
    .expect("institution")
    .id
}

async fn new_institution(
    app: &TestApp,
    name: &'static str,
    country: &'static str,
) -> InstitutionId {
    let pool = app.state.db.pool().clone();
    actix_web::rt::task::spawn_blocking(move || {
        institution(&mut pool.get().expect("conn"), name, country)
    })
    .await
    .expect("task")
}

/// Creates a signed-up user of `institution` and returns their access token.
async fn person(
    app: &TestApp,
    email: &str,
    institution: Option<InstitutionId>,
    role: Role,
    locale: Locale,
) -> String {
    let pool = app.state.db.pool().clone();
    let new = NewUser {
        email: Email::parse(email).expect("email"),
        display_name: "Amra Hodžić".into(),
        preferred_locale: locale,
        role,
        institution_id: institution,
        password_hash: Some(kampus_usecases::accounts::password::hash(PASSWORD).expect("hash")),
        gender: None,
        email_verified_at: Some(SystemClock.now()),
    };
    actix_web::rt::task::spawn_blocking(move || {
        users::insert(&mut pool.get().expect("conn"), &new, SystemClock.now()).expect("user")
    })
    .await
    .expect("task");
    app.token_for(email, PASSWORD).await
}

async fn learner(app: &TestApp, email: &str, institution: Option<InstitutionId>) -> String {
    person(app, email, institution, Role::Learner, Locale::En).await
}

async fn enroll(app: &TestApp, slug: &str, token: &str) -> reqwest::Response {
    let path = format!("/api/v1/courses/{slug}/enrollment");
    app.send(Method::PUT, &path, Some(token), None).await
}

async fn json(app: &TestApp, path: &str, token: Option<&str>) -> Value {
    let response = app.send(Method::GET, path, token, None).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.expect("json")
}

async fn catalog_item(app: &TestApp, slug: &str, token: Option<&str>) -> Value {
    json(app, "/api/v1/courses", token)
        .await
        .as_array()
        .expect("array")
        .iter()
        .find(|c| c["slug"] == slug)
        .expect("listed")
        .clone()
}

#[actix_web::test]
async fn a_restricted_course_admits_its_countries_and_named_institutions() {
    let RestrictedApp { app, listed, .. } = spawn_restricted().await;
    let bosnia = new_institution(&app, "Ministarstvo sigurnosti BiH", "BA").await;
    let serbia = new_institution(&app, "Ministarstvo unutrašnjih poslova", "RS").await;

    let from_bosnia = learner(&app, "amra@msb.gov.ba", Some(bosnia)).await;
    let enrolled: Value = enroll(&app, RESTRICTED, &from_bosnia)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(enrolled["status"], "enrolled");
    let from_listed = learner(&app, "jelena@kirs.gov.rs", Some(listed)).await;
    assert_eq!(enroll(&app, RESTRICTED, &from_listed).await.status(), 200);

    let outsider = person(
        &app,
        "marko@mup.gov.rs",
        Some(serbia),
        Role::Learner,
        Locale::SrCyrl,
    )
    .await;
    let body = problem(enroll(&app, RESTRICTED, &outsider).await, 403).await;
    assert_eq!(body["type"], "/problems/course-restricted");
    assert_eq!(
        body["title"], "Курс са ограниченим уписом",
        "in their language"
    );
    assert!(
        body["detail"]
            .as_str()
            .is_some_and(|d| d.contains("институциј"))
    );
    let body = problem(
        app.client
            .put(app.url(&format!("/api/v1/courses/{RESTRICTED}/enrollment?lang=sq")))
            .bearer_auth(&outsider)
            .send()
            .await
            .expect("request"),
        403,
    )
    .await;
    assert_eq!(body["title"], "Kurs me regjistrim të kufizuar");
    // The refusal wrote nothing: the outline still shows no enrollment.
    let outline = json(
        &app,
        &format!("/api/v1/courses/{RESTRICTED}"),
        Some(&outsider),
    )
    .await;
    assert_eq!(outline["enrollment"]["status"], "not-enrolled");

    let nowhere = learner(&app, "no-institution@kampus.test", None).await;
    let body = problem(enroll(&app, RESTRICTED, &nowhere).await, 403).await;
    assert_eq!(body["type"], "/problems/course-restricted");
    assert_eq!(
        enroll(&app, OPEN, &nowhere).await.status(),
        200,
        "open courses stay open"
    );

    for (email, role) in [
        ("admin@kampus.test", Role::Admin),
        ("trainer@kampus.test", Role::Trainer),
    ] {
        let staff = person(&app, email, None, role, Locale::En).await;
        let status: Value = enroll(&app, RESTRICTED, &staff)
            .await
            .json()
            .await
            .expect("json");
        assert_eq!(status["status"], "enrolled", "{role:?} may preview");
    }
    problem(
        app.send(
            Method::PUT,
            &format!("/api/v1/courses/{RESTRICTED}/enrollment"),
            None,
            None,
        )
        .await,
        401,
    )
    .await;
}

#[actix_web::test]
async fn the_catalog_and_outline_show_the_audience_and_who_may_enroll() {
    let RestrictedApp { app, .. } = spawn_restricted().await;
    let audience = json!({ "countries": ["BA", "ME"], "selected_institutions": true });

    let anonymous = catalog_item(&app, RESTRICTED, None).await;
    assert_eq!(anonymous["audience"], audience);
    assert!(anonymous.get("enrollable").is_none(), "{anonymous}");
    let open = catalog_item(&app, OPEN, None).await;
    assert!(open.get("audience").is_none(), "{open}");
    let outline = json(&app, &format!("/api/v1/courses/{RESTRICTED}"), None).await;
    assert_eq!(outline["audience"], audience);
    assert!(outline.get("enrollable").is_none());

    let montenegro =
        new_institution(&app, "Ministarstvo unutrašnjih poslova Crne Gore", "ME").await;
    let albania = new_institution(&app, "Ministria e Brendshme", "AL").await;
    let inside = learner(&app, "ivana@mup.gov.me", Some(montenegro)).await;
    let outside = learner(&app, "drita@mb.gov.al", Some(albania)).await;
    for (token, expected) in [(&inside, true), (&outside, false)] {
        let item = catalog_item(&app, RESTRICTED, Some(token)).await;
        assert_eq!(item["enrollable"], expected, "{item}");
        assert_eq!(item["audience"], audience);
        assert_eq!(item["enrollment"]["status"], "not-enrolled");
        assert_eq!(item["enrollment"]["time_spent_seconds"], 0);
        let outline = json(&app, &format!("/api/v1/courses/{RESTRICTED}"), Some(token)).await;
        assert_eq!(outline["enrollable"], expected);
        assert_eq!(
            outline["enrollment"]["lesson_seconds"],
            json!({}),
            "no time without an enrollment"
        );
        assert_eq!(
            catalog_item(&app, OPEN, Some(token)).await["enrollable"],
            true
        );
    }
}

#[actix_web::test]
async fn an_enrollment_outlives_a_change_that_leaves_the_learner_outside() {
    let RestrictedApp { app, .. } = spawn_restricted().await;
    let bosnia = new_institution(&app, "Granična policija BiH", "BA").await;
    let token = learner(&app, "senad@granpol.gov.ba", Some(bosnia)).await;
    assert_eq!(enroll(&app, RESTRICTED, &token).await.status(), 200);

    // The institution turns out to be recorded in the wrong country: it is corrected, and the
    // learner is no longer in the course's audience. What they had stays theirs.
    let pool = app.state.db.pool().clone();
    actix_web::rt::task::spawn_blocking(move || {
        let changes = institutions::InstitutionChanges {
            country_code: Some(CountryCode::parse("HR").expect("country")),
            ..Default::default()
        };
        institutions::update(
            &mut pool.get().expect("conn"),
            bosnia,
            &changes,
            SystemClock.now(),
        )
        .expect("update")
    })
    .await
    .expect("task");
    assert_eq!(
        catalog_item(&app, RESTRICTED, Some(&token)).await["enrollable"],
        true
    );
    assert_eq!(
        enroll(&app, RESTRICTED, &token).await.status(),
        200,
        "idempotent"
    );
    let path = format!("/api/v1/courses/{RESTRICTED}/enrollment");
    let withdrawn: Value = app
        .send(Method::DELETE, &path, Some(&token), None)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(withdrawn["status"], "withdrawn");
    let resumed: Value = enroll(&app, RESTRICTED, &token)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        resumed["status"], "enrolled",
        "history is kept, and so is the place"
    );

    let colleague = learner(&app, "novi@granpol.gov.ba", Some(bosnia)).await;
    let body = problem(enroll(&app, RESTRICTED, &colleague).await, 403).await;
    assert_eq!(
        body["type"], "/problems/course-restricted",
        "a new enrollment is checked"
    );
}

// --- Time on task -------------------------------------------------------------------------

/// A learner enrolled in the shipped course, on an app whose clock the test moves.
async fn heartbeat_app() -> (TestApp, Arc<FixedClock>, String, Vec<String>) {
    let clock = Arc::new(FixedClock::new(SystemClock.now()));
    let app = spawn_app_with_clock(clock.clone()).await;
    let token = learner(&app, "mila@mvr.gov.mk", None).await;
    assert_eq!(enroll(&app, SHIPPED, &token).await.status(), 200);
    let lessons = app
        .state
        .content()
        .course(SHIPPED)
        .expect("course")
        .course()
        .lesson_ids()
        .map(str::to_owned)
        .collect();
    (app, clock, token, lessons)
}

async fn beat(app: &TestApp, token: &str, body: Value) -> reqwest::Response {
    let path = format!("/api/v1/courses/{SHIPPED}/time");
    app.send(Method::POST, &path, Some(token), Some(body)).await
}

/// Sends a heartbeat that must succeed and returns its answer.
async fn ok_beat(app: &TestApp, token: &str, lesson: &str) -> Value {
    let response = beat(app, token, json!({ "lesson_id": lesson })).await;
    assert_eq!(response.status(), 200);
    response.json().await.expect("json")
}

async fn credited(app: &TestApp, token: &str, lesson: &str) -> u64 {
    ok_beat(app, token, lesson).await["credited_seconds"]
        .as_u64()
        .expect("credited")
}

#[actix_web::test]
async fn heartbeats_credit_the_time_between_them_and_show_in_the_outline() {
    let (app, clock, token, lessons) = heartbeat_app().await;
    let (first, second) = (&lessons[0], &lessons[1]);
    let started = ok_beat(&app, &token, first).await;
    assert_eq!(
        started,
        json!({
            "credited_seconds": 0,
            "lesson_id": first,
            "lesson_seconds": 0,
            "time_spent_seconds": 0,
            "cap_seconds": 60,
            "interval_seconds": 30
        }),
        "the first heartbeat starts the count"
    );
    for _ in 0..3 {
        clock.advance(TimeDelta::seconds(30));
        assert_eq!(credited(&app, &token, first).await, 30);
    }
    clock.advance(TimeDelta::seconds(30));
    let moved_on = ok_beat(&app, &token, second).await;
    assert_eq!(
        (
            &moved_on["credited_seconds"],
            &moved_on["lesson_seconds"],
            &moved_on["time_spent_seconds"]
        ),
        (&json!(30), &json!(30), &json!(120))
    );

    let outline = json(&app, &format!("/api/v1/courses/{SHIPPED}"), Some(&token)).await;
    assert_eq!(outline["enrollment"]["time_spent_seconds"], 120);
    assert_eq!(
        outline["enrollment"]["lesson_seconds"],
        json!({ first.clone(): 90, second.clone(): 30 })
    );
    let item = catalog_item(&app, SHIPPED, Some(&token)).await;
    assert_eq!(item["enrollment"]["time_spent_seconds"], 120);
    let enrolled: Value = enroll(&app, SHIPPED, &token)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(enrolled["time_spent_seconds"], 120);
}

#[actix_web::test]
async fn time_cannot_be_inflated() {
    let (app, clock, token, lessons) = heartbeat_app().await;
    let lesson = &lessons[0];
    ok_beat(&app, &token, lesson).await;

    // A hundred heartbeats at one instant, all at once and on every lesson: no time passed.
    let burst = (0..100).map(|i| {
        let lesson = &lessons[i % lessons.len()];
        beat(&app, &token, json!({ "lesson_id": lesson, "seconds": 60 }))
    });
    let mut total = 0;
    for response in futures_util::future::join_all(burst).await {
        assert_eq!(response.status(), 200);
        let body: Value = response.json().await.expect("json");
        total += body["credited_seconds"].as_u64().expect("credited");
    }
    assert_eq!(total, 0);

    // One second later, a hundred more: one second in all, not a hundred minutes.
    clock.advance(TimeDelta::seconds(1));
    let mut total = 0;
    for _ in 0..100 {
        total += credited(&app, &token, lesson).await;
    }
    assert_eq!(total, 1);

    // Claiming more than the time elapsed gets the time elapsed; less is taken at its word.
    clock.advance(TimeDelta::seconds(30));
    let body: Value = beat(
        &app,
        &token,
        json!({ "lesson_id": lesson, "seconds": 3600 }),
    )
    .await
    .json()
    .await
    .expect("json");
    assert_eq!(body["credited_seconds"], 30);
    clock.advance(TimeDelta::seconds(30));
    let body: Value = beat(&app, &token, json!({ "lesson_id": lesson, "seconds": 12 }))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(body["credited_seconds"], 12);

    // Two hours away credit the cap, not two hours. (The access token has expired meanwhile.)
    clock.advance(TimeDelta::hours(2));
    let token = app.token_for("mila@mvr.gov.mk", PASSWORD).await;
    let body = ok_beat(&app, &token, lesson).await;
    assert_eq!(body["credited_seconds"], 60);
    assert_eq!(body["time_spent_seconds"], 1 + 30 + 12 + 60);
    clock.advance(TimeDelta::seconds(30));
    assert_eq!(
        credited(&app, &token, lesson).await,
        30,
        "and counting resumes"
    );
}

#[actix_web::test]
async fn heartbeats_need_an_active_enrollment_and_valid_input() {
    let (app, clock, token, lessons) = heartbeat_app().await;
    let lesson = &lessons[0];
    let path = format!("/api/v1/courses/{SHIPPED}/time");
    let body = json!({ "lesson_id": lesson });
    problem(
        app.send(Method::POST, &path, None, Some(body.clone()))
            .await,
        401,
    )
    .await;
    let stranger = learner(&app, "stranger@mup.gov.rs", None).await;
    let refused = problem(beat(&app, &stranger, body.clone()).await, 403).await;
    assert_eq!(refused["type"], "/problems/not-enrolled");
    problem(
        app.send(
            Method::POST,
            "/api/v1/courses/no-such-course/time",
            Some(&token),
            Some(body.clone()),
        )
        .await,
        404,
    )
    .await;

    ok_beat(&app, &token, lesson).await;
    clock.advance(TimeDelta::seconds(30));
    let invalid = problem(
        beat(
            &app,
            &token,
            json!({ "lesson_id": "no-such-lesson", "seconds": -1 }),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(invalid["type"], "/problems/validation-failed");
    let fields: Vec<&str> = invalid["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|e| e["field"].as_str())
        .collect();
    // The values first (422); a lesson the course does not have is a 404 once they are right.
    assert_eq!(fields, ["seconds"]);
    assert_eq!(
        invalid["errors"][0]["message"],
        "Send a whole number of seconds from 0 to 3600."
    );
    let unknown = problem(
        beat(
            &app,
            &token,
            json!({ "lesson_id": "no-such-lesson", "seconds": 5 }),
        )
        .await,
        404,
    )
    .await;
    assert_eq!(unknown["type"], "/problems/unknown-reference");
    assert_eq!(unknown["errors"][0]["field"], "lesson_id");
    for bad in [
        json!({ "lesson_id": lesson, "seconds": 3601 }),
        json!({ "lesson_id": lesson, "seconds": 1.5 }),
        json!({ "lesson_id": lesson, "seconds": "30" }),
        json!({ "lesson_id": lesson, "minutes": 1 }),
        json!({ "seconds": 30 }),
    ] {
        problem(beat(&app, &token, bad.clone()).await, 422).await;
    }
    // Nothing of the refused heartbeats was kept: the next one credits the whole interval.
    assert_eq!(credited(&app, &token, lesson).await, 30);

    let path = format!("/api/v1/courses/{SHIPPED}/enrollment");
    app.send(Method::DELETE, &path, Some(&token), None).await;
    clock.advance(TimeDelta::seconds(30));
    let refused = problem(beat(&app, &token, body).await, 403).await;
    assert_eq!(refused["type"], "/problems/not-enrolled", "withdrawn");
}

#[actix_web::test]
async fn one_learners_heartbeats_never_touch_anothers_time() {
    let (app, clock, ana, lessons) = heartbeat_app().await;
    let lesson = &lessons[0];
    let bojan = learner(&app, "bojan@mup.gov.rs", None).await;
    assert_eq!(enroll(&app, SHIPPED, &bojan).await.status(), 200);
    ok_beat(&app, &bojan, lesson).await;
    clock.advance(TimeDelta::seconds(30));
    assert_eq!(credited(&app, &bojan, lesson).await, 30);

    // Ana's heartbeats carry no enrollment or user id: the token says whose time it is.
    ok_beat(&app, &ana, lesson).await;
    for _ in 0..4 {
        clock.advance(TimeDelta::seconds(30));
        ok_beat(&app, &ana, lesson).await;
    }
    let outline = |token: String| {
        let app = &app;
        async move { json(app, &format!("/api/v1/courses/{SHIPPED}"), Some(&token)).await }
    };
    assert_eq!(
        outline(ana.clone()).await["enrollment"]["time_spent_seconds"],
        120
    );
    assert_eq!(
        outline(bojan.clone()).await["enrollment"]["time_spent_seconds"],
        30
    );
    // Bojan's own count went on from his own last heartbeat, two minutes ago: capped.
    assert_eq!(credited(&app, &bojan, lesson).await, 60);
}
