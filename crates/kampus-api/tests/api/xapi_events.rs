//! Kampus's own learning events as xAPI statements (issue 22, item 3; docs/xapi.md "Kampus's
//! own statements"): a learner's journey through the JSON API produces exactly the documented
//! statements, in order, readable through `GET /xapi/statements`; a retried event makes none.

use kampus_content::model::AssessmentKind;
use kampus_progress::{OsRandom, Paper};
use kampus_store::users::Role;
use kampus_xapi::lrs::Scope;
use kampus_xapi::lrs::credentials::NewCredential;
use reqwest::Method;
use serde_json::{Value, json};

use crate::assessments::{answer_survey, pass_assessments, shipped};
use crate::helpers::{TestApp, spawn_app};

const COURSE: &str = "migration-and-gender";
const PASSWORD: &str = "lozinka za kampus 2026";
const ADL: &str = "http://adlnet.gov/expapi/verbs/";

/// Every statement in the LRS, oldest first, read with a credential that reads all (page by
/// page, following `more`).
async fn all_statements(app: &TestApp, key: &str, secret: &str) -> Vec<Value> {
    let mut statements = Vec::new();
    let mut next = "/xapi/statements?ascending=true".to_owned();
    loop {
        let answer = app
            .client
            .get(app.url(&next))
            .basic_auth(key, Some(secret))
            .header("X-Experience-API-Version", "2.0.0")
            .send()
            .await
            .expect("GET /xapi/statements");
        assert_eq!(answer.status(), 200);
        let page: Value = answer.json().await.expect("json");
        statements.extend(page["statements"].as_array().expect("statements").clone());
        match page["more"].as_str() {
            Some(more) if !more.is_empty() => more.clone_into(&mut next),
            _ => return statements,
        }
    }
}

async fn lesson_event(app: &TestApp, token: &str, id: &str, kind: &str, lesson: &str) -> Value {
    let answer = app
        .send(
            Method::POST,
            &format!("/api/v1/courses/{COURSE}/progress"),
            Some(token),
            Some(json!({"event_id": id, "kind": kind, "lesson_id": lesson})),
        )
        .await;
    assert_eq!(answer.status(), 200);
    answer.json().await.expect("json")
}

#[actix_web::test]
async fn a_learners_journey_makes_exactly_the_documented_statements_and_a_retry_none() {
    let app = spawn_app().await;
    let courses = shipped();
    let loaded = courses
        .iter()
        .find(|c| c.course().slug == COURSE)
        .expect("course");
    let course = loaded.course();
    let user = app
        .create_user(
            "journey@mup.gov.ba",
            PASSWORD,
            kampus_content::Locale::Bs,
            Role::Learner,
        )
        .await;
    let token = app.token_for("journey@mup.gov.ba", PASSWORD).await;
    let enroll = format!("/api/v1/courses/{COURSE}/enrollment");
    assert_eq!(
        app.send(Method::PUT, &enroll, Some(&token), None)
            .await
            .status(),
        200
    );
    // Enrolling again changes nothing and states nothing new.
    app.send(Method::PUT, &enroll, Some(&token), None).await;

    let lessons: Vec<&String> = course.modules.iter().flat_map(|m| &m.lessons).collect();
    let viewed = uuid::Uuid::now_v7().to_string();
    let completed_first = uuid::Uuid::now_v7().to_string();
    lesson_event(&app, &token, &viewed, "lesson-viewed", lessons[0]).await;
    lesson_event(
        &app,
        &token,
        &completed_first,
        "lesson-completed",
        lessons[0],
    )
    .await;
    for lesson in &lessons[1..] {
        let id = uuid::Uuid::now_v7().to_string();
        lesson_event(&app, &token, &id, "lesson-completed", lesson).await;
    }
    pass_assessments(&app, &token, course, "bs").await;
    let status = answer_survey(&app, &token, COURSE, "bs").await;
    assert_eq!(status["status"], "completed", "{status}");

    // What docs/xapi.md says the journey makes, in order.
    let mut expected: Vec<String> = vec![format!("{ADL}registered"), format!("{ADL}experienced")];
    expected.extend(lessons.iter().map(|_| format!("{ADL}completed")));
    for assessment in &course.assessments {
        expected.push(format!("{ADL}attempted"));
        // Every question on the paper is answered (the paper's size is the content's).
        let questions = Paper::draw(assessment, &mut OsRandom::new())
            .questions
            .len();
        expected.extend((0..questions).map(|_| format!("{ADL}answered")));
        // A pre-test neither passes nor fails: no graded statement.
        if assessment.kind != AssessmentKind::PreTest {
            expected.push(format!("{ADL}passed"));
        }
    }
    expected.push(format!("{ADL}completed")); // the survey
    expected.push(format!("{ADL}completed")); // the course
    expected.push("https://w3id.org/xapi/adl/verbs/satisfied".to_owned()); // the certificate

    let credential = app
        .state
        .lrs
        .create_credential(NewCredential {
            name: "funder analytics".into(),
            scopes: vec![Scope::ReadStatements],
            institutions: vec![],
            created_by: None,
        })
        .await
        .expect("credential");
    let statements = all_statements(&app, &credential.key, &credential.secret).await;
    let verbs: Vec<&str> = statements
        .iter()
        .map(|s| s["verb"]["id"].as_str().expect("verb"))
        .collect();
    assert_eq!(verbs, expected, "count and verbs, in order");

    // Every statement: the learner's account, never an email; the enrollment as
    // registration; Bosnian; Kampus as platform and authority.
    let public_url = app.state.lrs.settings().public_url.clone();
    let enrollment_id = statements[0]["id"].as_str().expect("id").to_owned();
    let course_iri = format!("{public_url}/courses/{COURSE}");
    for statement in &statements {
        assert_eq!(
            statement["actor"],
            json!({"objectType": "Agent", "account": {"homePage": public_url, "name": user.id.to_string()}})
        );
        assert!(!statement.to_string().contains('@'), "{statement}");
        assert_eq!(statement["context"]["registration"], enrollment_id.as_str());
        assert_eq!(statement["context"]["language"], "bs");
        assert_eq!(statement["context"]["platform"], "Kampus");
        assert_eq!(statement["authority"]["account"]["name"], "kampus");
        let in_course = statement["object"]["id"] == course_iri.as_str()
            || statement["context"]["contextActivities"]["parent"][0]["id"] == course_iri.as_str()
            || statement["context"]["contextActivities"]["grouping"][0]["id"]
                == course_iri.as_str();
        assert!(in_course, "{statement}");
    }
    // The lesson events' statements carry the events' own ids.
    assert_eq!(statements[1]["id"], viewed.as_str());
    assert_eq!(statements[2]["id"], completed_first.as_str());
    assert_eq!(
        statements[2]["object"]["id"],
        format!("{course_iri}/lessons/{}", lessons[0]).as_str()
    );
    let passed = statements
        .iter()
        .find(|s| s["verb"]["id"] == format!("{ADL}passed").as_str())
        .expect("a passed statement");
    assert_eq!(passed["result"]["success"], true);
    assert_eq!(passed["result"]["score"]["scaled"], 1.0);
    let answered = statements
        .iter()
        .find(|s| s["verb"]["id"] == format!("{ADL}answered").as_str())
        .expect("an answered statement");
    assert_eq!(answered["result"]["success"], true, "{answered}");
    assert!(answered["result"]["response"].is_string(), "{answered}");
    assert_eq!(
        answered["context"]["contextActivities"]["grouping"][0]["id"],
        course_iri.as_str()
    );

    // The same lesson event again (a client's retry): recognized, and no second statement.
    let again = lesson_event(
        &app,
        &token,
        &completed_first,
        "lesson-completed",
        lessons[0],
    )
    .await;
    assert_eq!(again["recorded"], "duplicate");
    let after = all_statements(&app, &credential.key, &credential.secret).await;
    assert_eq!(
        after.len(),
        statements.len(),
        "a retried event makes no statement"
    );
}
