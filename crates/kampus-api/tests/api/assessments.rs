//! Attempts over HTTP: the server draws and grades; nothing leaks before submission; one
//! grade per attempt whatever the concurrency; limits and timers enforced.

use std::sync::Arc;

use chrono::TimeDelta;
use kampus_content::Response;
use kampus_content::model::QuestionKind;
use kampus_content::questions::ShortText;
use kampus_store::clock::FixedClock;
use kampus_store::users::Role;
use kampus_store::{Clock, SystemClock};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, spawn_app, spawn_app_with_clock};

const PASSWORD: &str = "lozinka za kampus 2026";
const COURSE: &str = "migration-and-gender";

pub(crate) fn shipped() -> Vec<kampus_content::LoadedCourse> {
    let dir = format!("{}/../../content", env!("CARGO_MANIFEST_DIR"));
    kampus_content::load_folder(std::path::Path::new(&dir))
        .into_iter()
        .filter_map(|(_, o)| o.course)
        .collect()
}

/// The right response to a question, from its answer key.
fn right_answer(kind: &QuestionKind) -> Response {
    kind.correct_response().expect("an accepted answer")
}

async fn learner(app: &TestApp, email: &str, locale: kampus_content::Locale) -> String {
    app.create_user(email, PASSWORD, locale, Role::Learner)
        .await;
    let token = app.token_for(email, PASSWORD).await;
    app.send(
        Method::PUT,
        &format!("/api/v1/courses/{COURSE}/enrollment"),
        Some(&token),
        None,
    )
    .await;
    token
}

async fn start(app: &TestApp, token: &str, assessment: &str) -> reqwest::Response {
    app.send(
        Method::POST,
        &format!("/api/v1/courses/{COURSE}/assessments/{assessment}/attempts"),
        Some(token),
        None,
    )
    .await
}

pub(crate) fn first_quiz() -> (String, kampus_content::model::Assessment) {
    let courses = shipped();
    let course = courses
        .iter()
        .find(|c| c.course().slug == COURSE)
        .expect("course");
    let quiz = course
        .course()
        .assessments
        .iter()
        .find(|a| a.module.is_some())
        .expect("quiz")
        .clone();
    (quiz.id.clone(), quiz)
}

#[actix_web::test]
async fn a_learner_takes_a_quiz_and_nothing_leaks_before_submitting() {
    let app = spawn_app().await;
    let token = learner(&app, "mk@mvr.gov.mk", kampus_content::Locale::Mk).await;
    let (quiz_id, quiz) = first_quiz();

    let response = start(&app, &token, &quiz_id).await;
    assert_eq!(response.status(), 201);
    let attempt: Value = response.json().await.expect("json");
    let id = attempt["id"].as_str().expect("id").to_owned();
    assert_eq!(
        attempt["questions"].as_array().expect("questions").len(),
        quiz.questions.len()
    );
    assert_eq!(attempt["questions"][0]["prompt"]["locale"], "mk");
    // Before submission: no result, no keys, no correctness, no feedback, in any locale.
    for lang in ["en", "mk", "sr-Cyrl", "sq"] {
        let (_, seen) = (
            200,
            app.client
                .get(app.url(&format!("/api/v1/attempts/{id}?lang={lang}")))
                .bearer_auth(&token)
                .send()
                .await
                .expect("get")
                .text()
                .await
                .expect("text"),
        );
        for leak in [
            "\"result\"",
            "\"key\"",
            "\"correct\"",
            "\"answer\"",
            "\"accepted\"",
            "\"pairs\"",
            "\"feedback\"",
            "\"correctness\"",
        ] {
            assert!(!seen.contains(leak), "{lang}: {leak} leaked in {seen}");
        }
        for question in &quiz.questions {
            if let QuestionKind::ShortText(ShortText { accepted, .. }) = &question.kind {
                assert!(
                    accepted.iter().all(|a| !seen.contains(a.as_str())),
                    "{lang}: accepted answer leaked"
                );
            }
        }
    }
    // Starting again returns the open attempt.
    let again = start(&app, &token, &quiz_id).await;
    assert_eq!(again.status(), 200);
    assert_eq!(
        again.json::<Value>().await.expect("json")["id"],
        id.as_str()
    );

    let answers: serde_json::Map<String, Value> = quiz
        .questions
        .iter()
        .map(|q| {
            (
                q.id.clone(),
                serde_json::to_value(right_answer(&q.kind)).expect("json"),
            )
        })
        .collect();
    let bad = problem(app.send(Method::PUT, &format!("/api/v1/attempts/{id}/answers"), Some(&token), Some(json!({ "answers": { quiz.questions[0].id.clone(): { "type": "number", "value": 1 } } }))).await, 422).await;
    assert_eq!(bad["type"], "/problems/validation-failed");
    assert_eq!(
        app.send(
            Method::PUT,
            &format!("/api/v1/attempts/{id}/answers"),
            Some(&token),
            Some(json!({ "answers": answers }))
        )
        .await
        .status(),
        204
    );

    let graded: Value = app
        .send(
            Method::POST,
            &format!("/api/v1/attempts/{id}/submit"),
            Some(&token),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(graded["result"]["percent"], 100.0);
    assert_eq!(graded["result"]["passed"], true);
    problem(
        app.send(
            Method::PUT,
            &format!("/api/v1/attempts/{id}/answers"),
            Some(&token),
            Some(json!({ "answers": {} })),
        )
        .await,
        409,
    )
    .await;
}

#[actix_web::test]
async fn fifty_parallel_submits_grade_once_and_attempt_limits_hold() {
    let app = spawn_app().await;
    let token = learner(&app, "par@mup.gov.rs", kampus_content::Locale::SrLatn).await;
    let (quiz_id, quiz) = first_quiz();
    let limit = quiz.settings.attempts.expect("the quiz limits attempts") as usize;
    for round in 0..limit {
        let attempt: Value = start(&app, &token, &quiz_id)
            .await
            .json()
            .await
            .expect("json");
        let id = attempt["id"].as_str().expect("id").to_owned();
        assert_eq!(attempt["number"], round + 1);
        let path = format!("/api/v1/attempts/{id}/submit");
        let submits = (0..if round == 0 { 50 } else { 1 })
            .map(|_| app.send(Method::POST, &path, Some(&token), None));
        let results = futures_util::future::join_all(submits).await;
        let mut seen = std::collections::BTreeSet::new();
        for result in results {
            assert_eq!(result.status(), 200);
            let body: Value = result.json().await.expect("json");
            seen.insert((
                body["submitted_at"].to_string(),
                body["result"]["percent"].to_string(),
            ));
        }
        assert_eq!(seen.len(), 1, "one grade: {seen:?}");
    }
    let body = problem(start(&app, &token, &quiz_id).await, 409).await;
    assert_eq!(body["type"], "/problems/attempt-limit-reached");
}

#[actix_web::test]
async fn the_time_limit_is_enforced_by_the_server() {
    let clock = Arc::new(FixedClock::new(SystemClock.now()));
    let app = spawn_app_with_clock(clock.clone()).await;
    let token = learner(&app, "timer@mup.gov.me", kampus_content::Locale::Cnr).await;
    let courses = shipped();
    let course = courses
        .iter()
        .find(|c| c.course().slug == COURSE)
        .expect("course");
    let timed = course
        .course()
        .assessments
        .iter()
        .find(|a| a.settings.time_limit_minutes.is_some())
        .expect("a timed assessment");
    let minutes = i64::from(timed.settings.time_limit_minutes.expect("limit"));
    let attempt: Value = start(&app, &token, &timed.id)
        .await
        .json()
        .await
        .expect("json");
    let id = attempt["id"].as_str().expect("id").to_owned();
    let first = &timed.questions[0];
    let answer = json!({ "answers": { first.id.clone(): serde_json::to_value(right_answer(&first.kind)).expect("json") } });
    assert_eq!(
        app.send(
            Method::PUT,
            &format!("/api/v1/attempts/{id}/answers"),
            Some(&token),
            Some(answer.clone())
        )
        .await
        .status(),
        204
    );

    clock.advance(TimeDelta::minutes(minutes) + TimeDelta::seconds(31));
    // The access token has expired meanwhile too: sign in again.
    let token = app.token_for("timer@mup.gov.me", PASSWORD).await;
    let closed = problem(
        app.send(
            Method::PUT,
            &format!("/api/v1/attempts/{id}/answers"),
            Some(&token),
            Some(answer),
        )
        .await,
        409,
    )
    .await;
    assert_eq!(closed["type"], "/problems/attempt-closed");
    let graded: Value = app
        .send(
            Method::POST,
            &format!("/api/v1/attempts/{id}/submit"),
            Some(&token),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    let percent = graded["result"]["percent"].as_f64().expect("percent");
    assert!(
        percent > 0.0 && percent < 100.0,
        "graded with what was saved in time: {percent}"
    );
}

#[actix_web::test]
async fn one_learners_attempts_are_not_anothers() {
    let app = spawn_app().await;
    let a = learner(&app, "a@asp.gov.al", kampus_content::Locale::Sq).await;
    let b = learner(&app, "b@asp.gov.al", kampus_content::Locale::Sq).await;
    let (quiz_id, _) = first_quiz();
    let attempt: Value = start(&app, &a, &quiz_id).await.json().await.expect("json");
    let id = attempt["id"].as_str().expect("id");
    problem(
        app.send(
            Method::GET,
            &format!("/api/v1/attempts/{id}"),
            Some(&b),
            None,
        )
        .await,
        404,
    )
    .await;
    problem(
        app.send(
            Method::PUT,
            &format!("/api/v1/attempts/{id}/answers"),
            Some(&b),
            Some(json!({ "answers": {} })),
        )
        .await,
        404,
    )
    .await;
    problem(
        app.send(
            Method::POST,
            &format!("/api/v1/attempts/{id}/submit"),
            Some(&b),
            None,
        )
        .await,
        404,
    )
    .await;
    problem(
        app.send(Method::GET, &format!("/api/v1/attempts/{id}"), None, None)
            .await,
        401,
    )
    .await;
    // Not enrolled: no attempt.
    app.create_user(
        "c@asp.gov.al",
        PASSWORD,
        kampus_content::Locale::Sq,
        Role::Learner,
    )
    .await;
    let c = app.token_for("c@asp.gov.al", PASSWORD).await;
    problem(start(&app, &c, &quiz_id).await, 403).await;
}

/// The right answer to every question an attempt shows.
fn right_answers(
    attempt: &Value,
    assessment: &kampus_content::model::Assessment,
) -> serde_json::Map<String, Value> {
    attempt["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .filter_map(|q| q["id"].as_str())
        .filter_map(|qid| assessment.questions.iter().find(|q| q.id == qid))
        .map(|q| {
            (
                q.id.clone(),
                serde_json::to_value(right_answer(&q.kind)).expect("json"),
            )
        })
        .collect()
}

/// Opens and completes every lesson of `course` in `lang`.
pub(crate) async fn complete_lessons(
    app: &TestApp,
    token: &str,
    course: &kampus_content::model::Course,
    lang: &str,
) {
    let slug = &course.slug;
    for lesson in course.modules.iter().flat_map(|m| &m.lessons) {
        let page: Value = app
            .client
            .get(app.url(&format!(
                "/api/v1/courses/{slug}/lessons/{lesson}?lang={lang}"
            )))
            .bearer_auth(token)
            .send()
            .await
            .expect("lesson")
            .json()
            .await
            .expect("json");
        assert_eq!(page["body"]["locale"], lang, "{slug}/{lesson}");
        let event = json!({ "event_id": uuid::Uuid::now_v7().to_string(), "kind": "lesson-completed", "lesson_id": lesson });
        assert_eq!(
            app.send(
                Method::POST,
                &format!("/api/v1/courses/{slug}/progress"),
                Some(token),
                Some(event)
            )
            .await
            .status(),
            200
        );
    }
}

/// Takes every assessment of `course` once, answering everything right.
pub(crate) async fn pass_assessments(
    app: &TestApp,
    token: &str,
    course: &kampus_content::model::Course,
    lang: &str,
) {
    let slug = &course.slug;
    for assessment in &course.assessments {
        let started = app
            .client
            .post(app.url(&format!(
                "/api/v1/courses/{slug}/assessments/{}/attempts?lang={lang}",
                assessment.id
            )))
            .bearer_auth(token)
            .send()
            .await
            .expect("start");
        assert_eq!(started.status(), 201, "{slug}/{}", assessment.id);
        let attempt: Value = started.json().await.expect("json");
        assert_eq!(attempt["questions"][0]["prompt"]["locale"], lang);
        let id = attempt["id"].as_str().expect("id").to_owned();
        let answers = right_answers(&attempt, assessment);
        assert_eq!(
            app.send(
                Method::PUT,
                &format!("/api/v1/attempts/{id}/answers"),
                Some(token),
                Some(json!({ "answers": answers }))
            )
            .await
            .status(),
            204
        );
        let graded: Value = app
            .send(
                Method::POST,
                &format!("/api/v1/attempts/{id}/submit"),
                Some(token),
                None,
            )
            .await
            .json()
            .await
            .expect("json");
        assert_eq!(
            graded["result"]["percent"], 100.0,
            "{slug}/{}: {graded}",
            assessment.id
        );
    }
}

/// Answers every survey item; returns the enrollment status.
pub(crate) async fn answer_survey(app: &TestApp, token: &str, slug: &str, lang: &str) -> Value {
    let survey: Value = app
        .send(
            Method::GET,
            &format!("/api/v1/courses/{slug}/survey?lang={lang}"),
            Some(token),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    let answers: serde_json::Map<String, Value> = survey["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| {
            let answer = if item["type"] == "likert" {
                json!(item["scale"].as_u64().unwrap_or(5))
            } else {
                json!("Korisno za moj posao.")
            };
            (item["id"].as_str().expect("id").to_owned(), answer)
        })
        .collect();
    app.send(
        Method::PUT,
        &format!("/api/v1/courses/{slug}/survey"),
        Some(token),
        Some(json!({ "answers": answers })),
    )
    .await
    .json()
    .await
    .expect("json")
}

/// Takes `course` from enrollment to completion through the HTTP API, in `lang`.
pub(crate) async fn journey(
    app: &TestApp,
    token: &str,
    loaded: &kampus_content::LoadedCourse,
    lang: &str,
) -> Value {
    let course = loaded.course();
    app.send(
        Method::PUT,
        &format!("/api/v1/courses/{}/enrollment", course.slug),
        Some(token),
        None,
    )
    .await;
    complete_lessons(app, token, course, lang).await;
    pass_assessments(app, token, course, lang).await;
    answer_survey(app, token, &course.slug, lang).await
}

#[actix_web::test]
async fn learners_complete_each_course_in_their_language() {
    let app = spawn_app().await;
    let courses = shipped();
    // Every course, by four learners in four languages.
    let learners = [
        ("en", kampus_content::Locale::En, "en"),
        ("mk", kampus_content::Locale::Mk, "mk"),
        ("sr", kampus_content::Locale::SrCyrl, "sr-Cyrl"),
        ("sq", kampus_content::Locale::Sq, "sq"),
    ];
    for (loaded, (name, locale, lang)) in courses
        .iter()
        .flat_map(|c| learners.iter().map(move |l| (c, *l)))
    {
        let email = format!("{name}.{}@centre.rs", loaded.course().slug);
        app.create_user(&email, PASSWORD, locale, Role::Learner)
            .await;
        let token = app.token_for(&email, PASSWORD).await;
        let status = journey(&app, &token, loaded, lang).await;
        assert_eq!(
            status["status"],
            "completed",
            "{}: {status}",
            loaded.course().slug
        );
        assert_eq!(status["percent"], 100);
        certificate_reads_as_expected(&app, &token, loaded, locale).await;
        // The survey is closed once the course is completed.
        problem(
            app.send(
                Method::PUT,
                &format!("/api/v1/courses/{}/survey", loaded.course().slug),
                Some(&token),
                Some(json!({ "answers": {} })),
            )
            .await,
            409,
        )
        .await;
    }
    let counts = app
        .state
        .db
        .run(|conn| {
            [
                "global-regional-migration-governance",
                "migration-and-development",
                "migration-and-gender",
            ]
            .iter()
            .map(|c| kampus_store::completion::count_for_course(conn, c))
            .collect::<Result<Vec<_>, _>>()
        })
        .await
        .expect("counts");
    assert_eq!(counts, [4, 4, 4], "each completion recorded exactly once");
}

/// The learner's certificate PDF, as `pdftotext` reads it, says what it must in the learner's
/// language: every label, the name, the course title, each learning outcome, the serial, and
/// (unless it is English) the English paragraph.
async fn certificate_reads_as_expected(
    app: &TestApp,
    token: &str,
    loaded: &kampus_content::LoadedCourse,
    locale: kampus_content::Locale,
) {
    let mine: Value = app
        .send(Method::GET, "/api/v1/me/certificates", Some(token), None)
        .await
        .json()
        .await
        .expect("json");
    let certificate = mine
        .as_array()
        .and_then(|all| {
            all.iter()
                .find(|c| c["course_id"] == loaded.course().id.as_str())
        })
        .expect("a certificate for the course");
    let pdf = app
        .send(
            Method::GET,
            certificate["links"]["pdf"].as_str().expect("link"),
            Some(token),
            None,
        )
        .await;
    assert_eq!(pdf.status(), 200);
    let text = pdf_text(&pdf.bytes().await.expect("bytes"));
    let catalog = &app.state.catalog;
    let say = |key: &str| catalog.message(locale, key, None);
    let mut expected = vec![
        say("certificate-title"),
        say("certificate-certifies"),
        say("certificate-completed"),
        say("certificate-outcomes"),
        "Test Korisnik".to_owned(),
        loaded
            .text(locale, "course", None)
            .expect("title")
            .value
            .into_owned(),
        certificate["serial"].as_str().expect("serial").to_owned(),
        certificate["verification_code"]
            .as_str()
            .expect("code")
            .to_owned(),
    ];
    expected.extend(loaded.course().outcomes.iter().map(|o| {
        loaded
            .text(locale, o, None)
            .expect("outcome")
            .value
            .into_owned()
    }));
    if locale != kampus_content::Locale::En {
        expected.push(
            loaded
                .text(kampus_content::Locale::En, "course", None)
                .expect("title")
                .value
                .into_owned(),
        );
    }
    for line in expected {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            text.contains(&line),
            "{}: the {locale} PDF lacks {line:?}:\n{text}",
            loaded.course().slug
        );
    }
}

/// The text of a PDF as `pdftotext` (poppler-utils) extracts it, whitespace collapsed.
fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("certificate.pdf");
    std::fs::write(&path, pdf).expect("write pdf");
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(out.status.success(), "pdftotext: {out:?}");
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[actix_web::test]
async fn concurrent_completing_events_complete_once() {
    let app = spawn_app().await;
    let courses = shipped();
    let loaded = courses
        .iter()
        .find(|c| c.course().slug == COURSE)
        .expect("course");
    let racer = learner(&app, "race@mup.gov.ba", kampus_content::Locale::Bs).await;
    let progress_path = format!("/api/v1/courses/{COURSE}/progress");
    // Everything the rule asks but the last lesson...
    let mut lessons: Vec<String> = loaded
        .course()
        .modules
        .iter()
        .flat_map(|m| m.lessons.clone())
        .collect();
    let last = lessons.pop().expect("lessons");
    for lesson in &lessons {
        let event = json!({ "event_id": uuid::Uuid::now_v7().to_string(), "kind": "lesson-completed", "lesson_id": lesson });
        app.send(Method::POST, &progress_path, Some(&racer), Some(event))
            .await;
    }
    pass_assessments(&app, &racer, loaded.course(), "bs").await;
    let status = answer_survey(&app, &racer, COURSE, "bs").await;
    assert_eq!(status["status"], "enrolled", "one lesson is still open");
    // ...then the last lesson from 50 clients at once, each a different event.
    let events = (0..50).map(|_| {
        let event = json!({ "event_id": uuid::Uuid::now_v7().to_string(), "kind": "lesson-completed", "lesson_id": last });
        app.send(Method::POST, &progress_path, Some(&racer), Some(event))
    });
    for response in futures_util::future::join_all(events).await {
        assert_eq!(response.status(), 200);
    }
    let count = app
        .state
        .db
        .run(|conn| kampus_store::completion::count_for_course(conn, COURSE))
        .await
        .expect("count");
    assert_eq!(count, 1, "one completion, whatever the concurrency");
    // The completion hook: one certificate, issued in the same transaction, with its facts.
    let user_id = app
        .state
        .db
        .run(|conn| {
            kampus_store::users::find_by_email(
                conn,
                &kampus_store::Email::parse("race@mup.gov.ba").expect("email"),
            )
        })
        .await
        .expect("user")
        .expect("exists")
        .id;
    let issued = app
        .state
        .db
        .run(move |conn| kampus_store::certificates::of_user(conn, user_id))
        .await
        .expect("certificates");
    assert_eq!(issued.len(), 1, "one certificate, whatever the concurrency");
    let certificate = &issued[0];
    assert!(
        certificate.serial.starts_with("KMP-") && certificate.serial.ends_with("-000001"),
        "{}",
        certificate.serial
    );
    assert_eq!(certificate.verification_code.len(), 19);
    let facts: kampus_usecases::certificates::facts::CertificateFacts =
        serde_json::from_str(&certificate.snapshot).expect("snapshot");
    assert_eq!(facts.locale, "bs");
    assert_eq!(
        facts.course_title_en,
        loaded
            .text(kampus_content::Locale::En, "course", None)
            .expect("title")
            .value
    );
    assert_ne!(facts.course_title, facts.course_title_en, "in Bosnian");
    assert_eq!(facts.outcomes.len(), loaded.course().outcomes.len());
    assert!(facts.final_score.is_some_and(|s| s >= 0.0));
    assert_eq!(facts.issuer, kampus_api::config::DEFAULT_ISSUER);
    // One email, queued in the same transaction, to the holder, in Bosnian, with the PDF.
    let certificate_id = certificate.id;
    let mails = app
        .state
        .db
        .run(move |conn| kampus_store::outbox::for_certificate(conn, certificate_id))
        .await
        .expect("outbox");
    assert_eq!(mails.len(), 1, "one email, whatever the concurrency");
    assert_eq!(
        (mails[0].recipient.as_str(), mails[0].locale.as_str()),
        ("race@mup.gov.ba", "bs")
    );
    assert!(mails[0].body_text.contains(&certificate.serial));

    // Anyone verifies it by its code, typed loosely, without signing in; nothing personal
    // beyond what the certificate prints.
    let typed = certificate
        .verification_code
        .to_lowercase()
        .replace('-', " ");
    let verified: Value = app
        .get(&format!("/api/v1/verify/{typed}"))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(verified["status"], "valid");
    assert_eq!(verified["serial"], certificate.serial.as_str());
    assert_eq!(verified["holder_name"], facts.holder_name.as_str());
    assert_eq!(verified["course_title_en"], facts.course_title_en.as_str());
    assert!(verified["revoked_at"].is_null());
    let text = verified.to_string();
    assert!(!text.contains("race@mup.gov.ba"), "no email: {text}");
    assert!(
        !text.contains(&certificate.user_id.to_string()),
        "no account id: {text}"
    );
    let unknown = problem(app.get("/api/v1/verify/0000-0000-0000-0000").await, 404).await;
    assert_eq!(unknown["type"], "/problems/not-found");
    problem(app.get("/api/v1/verify/not-a-code").await, 404).await;
    let outline: Value = app
        .send(
            Method::GET,
            &format!("/api/v1/courses/{COURSE}"),
            Some(&racer),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(outline["enrollment"]["status"], "completed");
}

/// Every question on the paper of `attempt` answered right, as a `{"answers": …}` body.
pub(crate) fn all_right(attempt: &Value, assessment: &kampus_content::model::Assessment) -> Value {
    let answers: serde_json::Map<String, Value> = attempt["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .map(|q| {
            let id = q["id"].as_str().expect("id");
            let question = assessment
                .questions
                .iter()
                .find(|k| k.id == id)
                .expect("on the paper");
            (
                id.to_owned(),
                serde_json::to_value(right_answer(&question.kind)).expect("json"),
            )
        })
        .collect();
    json!({ "answers": answers })
}

#[actix_web::test]
async fn answers_sent_with_the_submission_are_checked_and_graded() {
    let clock = Arc::new(FixedClock::new(SystemClock.now()));
    let app = spawn_app_with_clock(clock.clone()).await;
    let token = learner(&app, "offline@granpol.gov.ba", kampus_content::Locale::Bs).await;
    let other = learner(&app, "other@granpol.gov.ba", kampus_content::Locale::Bs).await;
    let (quiz_id, quiz) = first_quiz();
    let attempt: Value = start(&app, &token, &quiz_id)
        .await
        .json()
        .await
        .expect("json");
    let id = attempt["id"].as_str().expect("id").to_owned();
    let submit = format!("/api/v1/attempts/{id}/submit");
    let raw = |token: &str, content_type: &'static str, body: &'static str| {
        app.client
            .post(app.url(&submit))
            .bearer_auth(token)
            .header(reqwest::header::CONTENT_TYPE, content_type)
            .body(body)
            .send()
    };

    // Bad input changes nothing: the attempt stays open.
    let malformed = problem(
        raw(&token, "application/json", "{\"answers\": ")
            .await
            .expect("request"),
        400,
    )
    .await;
    assert_eq!(malformed["type"], "/problems/malformed-json");
    problem(
        raw(&token, "text/plain", "answers").await.expect("request"),
        415,
    )
    .await;
    let unknown = json!({ "answers": { "not-on-the-paper": { "type": "bool", "value": true } } });
    let invalid = problem(
        app.send(Method::POST, &submit, Some(&token), Some(unknown))
            .await,
        404,
    )
    .await;
    assert_eq!(invalid["type"], "/problems/unknown-reference");
    assert_eq!(invalid["errors"][0]["field"], "answers.not-on-the-paper");
    // A question of the paper with an answer of another type than it takes is invalid input.
    let first = attempt["questions"][0]["id"].as_str().expect("question id");
    let other_type = if attempt["questions"][0]["type"] == "numeric" {
        json!({ "type": "bool", "value": true })
    } else {
        json!({ "type": "number", "value": 7 })
    };
    let mistyped = json!({ "answers": { first: other_type } });
    let invalid = problem(
        app.send(Method::POST, &submit, Some(&token), Some(mistyped))
            .await,
        422,
    )
    .await;
    assert_eq!(invalid["errors"][0]["field"], format!("answers.{first}"));
    assert_eq!(
        invalid["errors"][0]["message"], "Ovo pitanje traži drugu vrstu odgovora.",
        "in the learner's language"
    );
    // `null` is no answers, as an empty body is (the document allows it).
    let null = app
        .client
        .post(app.url(&submit))
        .bearer_auth(&other)
        .header("Content-Type", "application/json")
        .body("null")
        .send()
        .await
        .expect("request");
    assert_eq!(
        null.status(),
        404,
        "null reads as no answers; the attempt is not theirs"
    );
    // Another learner cannot submit answers to it.
    problem(
        app.send(
            Method::POST,
            &submit,
            Some(&other),
            Some(all_right(&attempt, &quiz)),
        )
        .await,
        404,
    )
    .await;
    let still_open: Value = app
        .send(
            Method::GET,
            &format!("/api/v1/attempts/{id}"),
            Some(&token),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    assert!(still_open["submitted_at"].is_null());

    let graded: Value = app
        .send(
            Method::POST,
            &submit,
            Some(&token),
            Some(all_right(&attempt, &quiz)),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(graded["result"]["percent"], 100.0);
    assert_eq!(graded["result"]["passed"], true);
    assert_eq!(
        graded["answers"].as_object().expect("answers").len(),
        attempt["questions"].as_array().expect("questions").len()
    );
    // Submitting again, even with other answers, returns the same grade.
    let again: Value = app
        .send(
            Method::POST,
            &submit,
            Some(&token),
            Some(json!({ "answers": {} })),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(again["result"], graded["result"]);

    // After the time limit, answers sent with the submission do not count.
    let timed = shipped()
        .into_iter()
        .find(|c| c.course().slug == COURSE)
        .expect("course")
        .course()
        .assessments
        .iter()
        .find(|a| a.settings.time_limit_minutes.is_some() && a.id != quiz_id)
        .expect("another timed assessment")
        .clone();
    let late: Value = start(&app, &token, &timed.id)
        .await
        .json()
        .await
        .expect("json");
    let minutes = i64::from(timed.settings.time_limit_minutes.expect("limit"));
    clock.advance(TimeDelta::minutes(minutes) + TimeDelta::seconds(31));
    let token = app.token_for("offline@granpol.gov.ba", PASSWORD).await;
    let late_id = late["id"].as_str().expect("id");
    let closed = problem(
        app.send(
            Method::POST,
            &format!("/api/v1/attempts/{late_id}/submit"),
            Some(&token),
            Some(all_right(&late, &timed)),
        )
        .await,
        409,
    )
    .await;
    assert_eq!(closed["type"], "/problems/attempt-closed");
}
