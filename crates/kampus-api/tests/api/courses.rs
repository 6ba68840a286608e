//! The catalog, outlines, lessons and enrollment over HTTP, on the shipped courses.

use kampus_content::Locale;
use kampus_store::users::Role;
use reqwest::Method;
use serde_json::Value;

use crate::helpers::{TestApp, problem, spawn_app};

const PASSWORD: &str = "lozinka za kampus 2026";
const COURSE: &str = "migration-and-gender";

async fn get_json(app: &TestApp, path: &str, token: Option<&str>, lang: &str) -> (u16, Value) {
    let mut request = app
        .client
        .get(app.url(path))
        .header("Accept-Language", lang);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("request");
    (
        response.status().as_u16(),
        response.json().await.expect("json"),
    )
}

#[actix_web::test]
async fn anonymous_visitors_browse_the_catalog_in_their_language() {
    let app = spawn_app().await;
    let (status, catalog) = get_json(&app, "/api/v1/courses", None, "mk").await;
    assert_eq!(status, 200);
    let items = catalog.as_array().expect("array");
    assert_eq!(items.len(), 3);
    for item in items {
        assert_eq!(item["title"]["locale"], "mk");
        assert_eq!(item["title"]["fallback"], false);
        assert!(
            item["title"]["text"]
                .as_str()
                .is_some_and(|t| t.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))),
            "{item}"
        );
        assert!(item["hours"].as_f64().is_some_and(|h| h > 0.0));
        assert_eq!(item["locales"].as_array().expect("locales").len(), 8);
        assert!(item.get("enrollment").is_none(), "anonymous: no enrollment");
    }
    let (_, english) = get_json(&app, "/api/v1/courses?lang=en", None, "mk").await;
    assert_eq!(english[2]["title"]["locale"], "en");
    problem(
        app.client
            .get(app.url("/api/v1/courses"))
            .bearer_auth("not a token")
            .send()
            .await
            .expect("request"),
        401,
    )
    .await;
}

#[actix_web::test]
async fn the_outline_lists_modules_lessons_and_assessments_without_answer_keys() {
    let app = spawn_app().await;
    let (status, outline) =
        get_json(&app, &format!("/api/v1/courses/{COURSE}"), None, "sr-Cyrl").await;
    assert_eq!(status, 200);
    assert_eq!(outline["title"]["locale"], "sr-Cyrl");
    let modules = outline["modules"].as_array().expect("modules");
    assert!(modules.len() >= 3);
    assert!(
        modules
            .iter()
            .all(|m| m["lessons"].as_array().is_some_and(|l| l.len() >= 2))
    );
    let kinds: Vec<&str> = outline["assessments"]
        .as_array()
        .expect("assessments")
        .iter()
        .filter_map(|a| a["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"pre-test") && kinds.contains(&"final"));
    // Instructions are formatted with the assessment's settings.
    let final_assessment = outline["assessments"]
        .as_array()
        .and_then(|a| a.iter().find(|a| a["kind"] == "final"))
        .expect("final");
    let instructions = final_assessment["instructions"]["text"]
        .as_str()
        .expect("instructions");
    let (pass, minutes) = (
        final_assessment["pass_mark"].as_f64().expect("pass mark"),
        final_assessment["time_limit_minutes"]
            .as_u64()
            .expect("limit"),
    );
    assert!(
        instructions.contains(&format!("{pass}%"))
            && instructions.contains(&format!("{minutes} минут")),
        "{instructions}"
    );
    assert!(!instructions.contains(['{', '}']), "{instructions}");
    let raw = outline.to_string();
    for key in ["\"correct\"", "\"answer\"", "\"accepted\"", "\"pairs\""] {
        assert!(!raw.contains(key), "outline leaks {key}");
    }
    let body = problem(
        app.client
            .get(app.url("/api/v1/courses/no-such-course"))
            .header("Accept-Language", "sq")
            .send()
            .await
            .expect("request"),
        404,
    )
    .await;
    assert_eq!(body["title"], "Nuk u gjet");
}

#[actix_web::test]
async fn lessons_need_an_enrollment_and_remember_where_the_learner_stopped() {
    let app = spawn_app().await;
    app.create_user("ana@mvr.gov.mk", PASSWORD, Locale::Mk, Role::Learner)
        .await;
    let token = app.token_for("ana@mvr.gov.mk", PASSWORD).await;
    let (_, outline) = get_json(
        &app,
        &format!("/api/v1/courses/{COURSE}"),
        Some(&token),
        "en",
    )
    .await;
    assert_eq!(outline["enrollment"]["status"], "not-enrolled");
    let first = outline["modules"][0]["lessons"][0]["id"]
        .as_str()
        .expect("lesson")
        .to_owned();
    let second = outline["modules"][0]["lessons"][1]["id"]
        .as_str()
        .expect("lesson")
        .to_owned();
    let lesson_path = format!("/api/v1/courses/{COURSE}/lessons/{first}");

    problem(app.send(Method::GET, &lesson_path, None, None).await, 401).await;
    let body = problem(
        app.send(Method::GET, &lesson_path, Some(&token), None)
            .await,
        403,
    )
    .await;
    assert_eq!(body["type"], "/problems/not-enrolled");
    assert_eq!(
        body["title"], "Потребно е запишување",
        "in the user's language"
    );

    let enrolled: Value = app
        .send(
            Method::PUT,
            &format!("/api/v1/courses/{COURSE}/enrollment"),
            Some(&token),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(enrolled["status"], "enrolled");
    let (status, lesson) = get_json(&app, &lesson_path, Some(&token), "en").await;
    assert_eq!(status, 200);
    assert_eq!(
        lesson["body"]["locale"], "mk",
        "the user's preference beats Accept-Language"
    );
    assert!(
        lesson["body"]["html"]
            .as_str()
            .is_some_and(|h| h.contains("<h2")),
        "{lesson}"
    );
    assert!(
        !lesson["body"]["html"]
            .as_str()
            .unwrap_or_default()
            .contains("<script")
    );
    assert!(lesson["toc"].as_array().is_some_and(|t| !t.is_empty()));
    assert_eq!(lesson["previous"], Value::Null);
    assert_eq!(lesson["next"], second.as_str());
    let (_, switched) = get_json(&app, &format!("{lesson_path}?lang=sq"), Some(&token), "en").await;
    assert_eq!(
        switched["body"]["locale"], "sq",
        "switching language any time"
    );

    let (_, catalog) = get_json(&app, "/api/v1/courses", Some(&token), "en").await;
    let mine = catalog
        .as_array()
        .expect("array")
        .iter()
        .find(|c| c["slug"] == COURSE)
        .expect("course");
    assert_eq!(mine["enrollment"]["last_lesson_id"], first.as_str());

    // Withdrawing keeps the history; enrolling again resumes it.
    let withdrawn: Value = app
        .send(
            Method::DELETE,
            &format!("/api/v1/courses/{COURSE}/enrollment"),
            Some(&token),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(withdrawn["status"], "withdrawn");
    problem(
        app.send(Method::GET, &lesson_path, Some(&token), None)
            .await,
        403,
    )
    .await;
    let again: Value = app
        .send(
            Method::PUT,
            &format!("/api/v1/courses/{COURSE}/enrollment"),
            Some(&token),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(again["status"], "enrolled");
    assert_eq!(again["enrolled_at"], enrolled["enrolled_at"]);
    assert_eq!(again["last_lesson_id"], first.as_str());

    problem(
        app.send(
            Method::GET,
            &format!("/api/v1/courses/{COURSE}/lessons/no-such-lesson"),
            Some(&token),
            None,
        )
        .await,
        404,
    )
    .await;
    problem(
        app.send(
            Method::PUT,
            "/api/v1/courses/no-such-course/enrollment",
            Some(&token),
            None,
        )
        .await,
        404,
    )
    .await;
}

#[actix_web::test]
async fn one_learners_enrollment_is_not_anothers() {
    let app = spawn_app().await;
    app.create_user("a@mup.gov.rs", PASSWORD, Locale::SrLatn, Role::Learner)
        .await;
    app.create_user("b@mup.gov.rs", PASSWORD, Locale::SrLatn, Role::Learner)
        .await;
    let a = app.token_for("a@mup.gov.rs", PASSWORD).await;
    let b = app.token_for("b@mup.gov.rs", PASSWORD).await;
    app.send(
        Method::PUT,
        &format!("/api/v1/courses/{COURSE}/enrollment"),
        Some(&a),
        None,
    )
    .await;
    let (_, outline_b) = get_json(&app, &format!("/api/v1/courses/{COURSE}"), Some(&b), "en").await;
    assert_eq!(outline_b["enrollment"]["status"], "not-enrolled");
    let lesson = outline_b["modules"][0]["lessons"][0]["id"]
        .as_str()
        .expect("lesson");
    problem(
        app.send(
            Method::GET,
            &format!("/api/v1/courses/{COURSE}/lessons/{lesson}"),
            Some(&b),
            None,
        )
        .await,
        403,
    )
    .await;
    problem(
        app.send(
            Method::DELETE,
            &format!("/api/v1/courses/{COURSE}/enrollment"),
            Some(&b),
            None,
        )
        .await,
        404,
    )
    .await;
}

#[actix_web::test]
async fn progress_events_count_once_never_go_backwards_and_refuse_reused_ids() {
    let app = spawn_app().await;
    app.create_user("p@mup.gov.ba", PASSWORD, Locale::Bs, Role::Learner)
        .await;
    let token = app.token_for("p@mup.gov.ba", PASSWORD).await;
    let path = format!("/api/v1/courses/{COURSE}/progress");
    let (_, outline) = get_json(&app, &format!("/api/v1/courses/{COURSE}"), None, "en").await;
    let lesson = outline["modules"][0]["lessons"][0]["id"]
        .as_str()
        .expect("lesson")
        .to_owned();
    let event = |id: &str, kind: &str, at: &str| serde_json::json!({ "event_id": id, "kind": kind, "lesson_id": lesson, "occurred_at": at });
    let completed_id = uuid::Uuid::now_v7().to_string();

    let body = problem(
        app.send(
            Method::POST,
            &path,
            Some(&token),
            Some(event(
                &completed_id,
                "lesson-completed",
                "2026-11-20T10:00:00Z",
            )),
        )
        .await,
        403,
    )
    .await;
    assert_eq!(body["type"], "/problems/not-enrolled");
    app.send(
        Method::PUT,
        &format!("/api/v1/courses/{COURSE}/enrollment"),
        Some(&token),
        None,
    )
    .await;

    // The same event sent many times at once is recorded once.
    let sends = (0..12).map(|_| {
        app.send(
            Method::POST,
            &path,
            Some(&token),
            Some(event(
                &completed_id,
                "lesson-completed",
                "2026-11-20T10:00:00Z",
            )),
        )
    });
    let answers = futures_util::future::join_all(sends).await;
    let mut recorded = Vec::new();
    for answer in answers {
        assert_eq!(answer.status(), 200);
        let state: Value = answer.json().await.expect("json");
        recorded.push(state["recorded"].as_str().expect("recorded").to_owned());
        assert_eq!(state["completed_lessons"], serde_json::json!([lesson]));
    }
    assert_eq!(
        recorded.iter().filter(|r| *r == "new").count(),
        1,
        "{recorded:?}"
    );

    // A "viewed" that arrives late does not undo the completion.
    let viewed: Value = app
        .send(
            Method::POST,
            &path,
            Some(&token),
            Some(event(
                &uuid::Uuid::now_v7().to_string(),
                "lesson-viewed",
                "2026-11-19T09:00:00Z",
            )),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(viewed["completed_lessons"], serde_json::json!([lesson]));
    assert!(viewed["percent"].as_u64().is_some_and(|p| p > 0 && p < 100));

    let (_, outline) = get_json(
        &app,
        &format!("/api/v1/courses/{COURSE}"),
        Some(&token),
        "en",
    )
    .await;
    assert_eq!(
        outline["enrollment"]["completed_lessons"],
        serde_json::json!([lesson])
    );
    assert_eq!(outline["enrollment"]["percent"], viewed["percent"]);

    // The same id with other content is a conflict.
    problem(
        app.send(
            Method::POST,
            &path,
            Some(&token),
            Some(event(
                &completed_id,
                "lesson-viewed",
                "2026-11-20T10:00:00Z",
            )),
        )
        .await,
        409,
    )
    .await;
    // Each kind of mistake, with its answer (issue 18: the document states these rules).
    let event = |id: &str, kind: &str, lesson: &str| serde_json::json!({ "event_id": id, "kind": kind, "lesson_id": lesson });
    let fresh = uuid::Uuid::now_v7().to_string();
    let body = problem(
        app.send(
            Method::POST,
            &path,
            Some(&token),
            Some(event(&fresh, "lesson-skipped", &lesson)),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(
        body["type"], "/problems/invalid-body",
        "a kind outside the list"
    );
    let simple = uuid::Uuid::now_v7().simple().to_string();
    for malformed in ["not-a-uuid", simple.as_str()] {
        let body = problem(
            app.send(
                Method::POST,
                &path,
                Some(&token),
                Some(event(malformed, "lesson-viewed", &lesson)),
            )
            .await,
            422,
        )
        .await;
        assert_eq!(body["errors"][0]["field"], "event_id", "{malformed}");
    }
    let body = problem(
        app.send(
            Method::POST,
            &path,
            Some(&token),
            Some(event(&fresh, "lesson-viewed", "nope")),
        )
        .await,
        404,
    )
    .await;
    assert_eq!(body["type"], "/problems/unknown-reference");
    assert_eq!(body["errors"][0]["field"], "lesson_id");
}

/// Issue 18.1: a client on a bad connection resends the very body it sent, as the API guide
/// sends it (no `occurred_at`, so the server stamps the time): that is the same event, not a
/// conflict, however much later the retry arrives. A time sent in the future is clamped, and
/// its retry is still the same event.
#[actix_web::test]
async fn a_retry_of_the_same_body_is_a_duplicate_even_without_a_time() {
    let app = spawn_app().await;
    app.create_user("retry@mup.gov.ba", PASSWORD, Locale::Bs, Role::Learner)
        .await;
    let token = app.token_for("retry@mup.gov.ba", PASSWORD).await;
    app.send(
        Method::PUT,
        &format!("/api/v1/courses/{COURSE}/enrollment"),
        Some(&token),
        None,
    )
    .await;
    let path = format!("/api/v1/courses/{COURSE}/progress");
    let (_, outline) = get_json(&app, &format!("/api/v1/courses/{COURSE}"), None, "en").await;
    let lesson = outline["modules"][0]["lessons"][0]["id"]
        .as_str()
        .expect("lesson")
        .to_owned();
    let future = (chrono::Utc::now() + chrono::TimeDelta::days(2)).to_rfc3339();
    for body in [
        serde_json::json!({ "event_id": uuid::Uuid::now_v7().to_string(), "kind": "lesson-viewed", "lesson_id": lesson }),
        serde_json::json!({ "event_id": uuid::Uuid::now_v7().to_string(), "kind": "lesson-completed", "lesson_id": lesson, "occurred_at": future }),
    ] {
        let mut recorded = Vec::new();
        for _ in 0..2 {
            let answer = app
                .send(Method::POST, &path, Some(&token), Some(body.clone()))
                .await;
            assert_eq!(answer.status(), 200, "{body}");
            let state: Value = answer.json().await.expect("json");
            recorded.push(state["recorded"].as_str().expect("recorded").to_owned());
            // A server stamp a millisecond later must not make the retry another event.
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        assert_eq!(recorded, ["new", "duplicate"], "{body}");
    }
}

/// The lesson and progress paths remember accounts and enrollments for a while (the access
/// cache); whatever changes them through this node must apply at the very next request.
#[actix_web::test]
async fn changes_to_accounts_and_enrollments_reach_the_lesson_path_at_once() {
    let app = spawn_app().await;
    let learner = app
        .create_user("cache@mup.gov.rs", PASSWORD, Locale::SrLatn, Role::Learner)
        .await;
    app.create_user("admin@kampus.test", PASSWORD, Locale::En, Role::Admin)
        .await;
    let admin = app.token_for("admin@kampus.test", PASSWORD).await;
    let token = app.token_for("cache@mup.gov.rs", PASSWORD).await;
    let enrollment = format!("/api/v1/courses/{COURSE}/enrollment");
    let (_, outline) = get_json(&app, &format!("/api/v1/courses/{COURSE}"), None, "en").await;
    let lesson = format!(
        "/api/v1/courses/{COURSE}/lessons/{}",
        outline["modules"][0]["lessons"][0]["id"]
            .as_str()
            .expect("lesson")
    );
    let read = |token: String| {
        let lesson = lesson.clone();
        let app = &app;
        async move {
            app.send(Method::GET, &lesson, Some(&token), None)
                .await
                .status()
                .as_u16()
        }
    };

    app.send(Method::PUT, &enrollment, Some(&token), None).await;
    assert_eq!(read(token.clone()).await, 200);
    app.send(Method::DELETE, &enrollment, Some(&token), None)
        .await;
    assert_eq!(read(token.clone()).await, 403, "withdrawn");
    app.send(Method::PUT, &enrollment, Some(&token), None).await;
    assert_eq!(read(token.clone()).await, 200, "enrolled again");

    // A language change shows in the next lesson.
    app.send(
        Method::PATCH,
        "/api/v1/me",
        Some(&token),
        Some(serde_json::json!({ "preferred_locale": "mk" })),
    )
    .await;
    let body: Value = app
        .send(Method::GET, &lesson, Some(&token), None)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(body["title"]["locale"], "mk");

    app.send(Method::POST, "/api/v1/auth/logout-all", Some(&token), None)
        .await;
    assert_eq!(read(token.clone()).await, 401, "signed out everywhere");

    let token = app.token_for("cache@mup.gov.rs", PASSWORD).await;
    assert_eq!(read(token.clone()).await, 200);
    app.send(
        Method::PATCH,
        &format!("/api/v1/admin/users/{}", learner.id),
        Some(&admin),
        Some(serde_json::json!({ "deactivated": true })),
    )
    .await;
    assert_eq!(read(token.clone()).await, 401, "deactivated");
    let event = serde_json::json!({
        "event_id": uuid::Uuid::now_v7().to_string(),
        "kind": "lesson-viewed",
        "lesson_id": outline["modules"][0]["lessons"][0]["id"],
    });
    problem(
        app.send(
            Method::POST,
            &format!("/api/v1/courses/{COURSE}/progress"),
            Some(&token),
            Some(event),
        )
        .await,
        401,
    )
    .await;
}
