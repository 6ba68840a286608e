//! The knowledge-gain and satisfaction reports through the API: figures checked against
//! learners with known pre-test, final and survey answers; scope, small groups, CSV, bad input,
//! and comments for admins only.

use chrono::TimeDelta;
use kampus_content::Locale;
use kampus_store::institutions::InstitutionKind;
use kampus_store::users::Role;
use kampus_store::{Clock, InstitutionId, StoreError, SystemClock, UserId, attempts, enrollments};
use reqwest::Method;
use serde_json::{Value, json};

use crate::assessments::{journey, shipped};
use crate::helpers::{TestApp, problem, spawn_app};

const PASSWORD: &str = "lozinka za kampus 2026";
const COURSE: &str = "migration-and-gender";
const GAIN: &str = "/api/v1/reports/knowledge-gain";
const SATISFACTION: &str = "/api/v1/reports/satisfaction";

async fn institution(app: &TestApp, name: &str, country: &str) -> InstitutionId {
    app.institution(name, country, InstitutionKind::BorderPolice)
        .await
}

/// A signed-in user of `role`; a learner belongs to `institution` and is enrolled in the
/// course, a trainer is assigned the institution.
async fn person(
    app: &TestApp,
    email: &str,
    role: Role,
    institution: Option<InstitutionId>,
) -> (UserId, String) {
    let user = app.create_user(email, PASSWORD, Locale::Bs, role).await;
    if let Some(institution) = institution {
        app.place(&user, institution).await;
    }
    let token = app.token_for(email, PASSWORD).await;
    if role == Role::Learner {
        let enrolled = app
            .send(
                Method::PUT,
                &format!("/api/v1/courses/{COURSE}/enrollment"),
                Some(&token),
                None,
            )
            .await;
        assert!(enrolled.status().is_success(), "{email} enrolled");
    }
    (user.id, token)
}

/// Submitted attempts with these percents, in this order, a second apart.
async fn scores(app: &TestApp, user: UserId, results: &'static [(&'static str, f64)]) {
    let course_id = course().course().id.clone();
    app.state
        .db
        .run(move |conn| {
            let enrollment =
                enrollments::find(conn, user, &course_id)?.ok_or(StoreError::NotFound)?;
            let start = SystemClock.now();
            for (n, (assessment, percent)) in results.iter().enumerate() {
                let number = results[..n].iter().filter(|(a, _)| a == assessment).count() + 1;
                let at = start + TimeDelta::seconds(i64::try_from(n).expect("few"));
                let attempt = attempts::start(
                    conn,
                    &enrollment.id,
                    assessment,
                    i32::try_from(number).expect("few"),
                    "{}",
                    None,
                    at,
                )?;
                let passed = (*assessment == "final").then_some(*percent >= 70.0);
                attempts::submit(conn, attempt.id, *percent, passed, "{}", at)?;
            }
            Ok::<_, StoreError>(())
        })
        .await
        .expect("attempts");
}

/// The same rating for every Likert item, and a comment if given.
async fn survey(app: &TestApp, token: &str, rating: u8, comment: Option<&str>) {
    let mut answers = serde_json::Map::new();
    for item in &course().course().survey {
        if item.scale.is_some() {
            answers.insert(item.id.clone(), json!(rating));
        } else if let Some(comment) = comment {
            answers.insert(item.id.clone(), json!(comment));
        }
    }
    let saved = app
        .send(
            Method::PUT,
            &format!("/api/v1/courses/{COURSE}/survey"),
            Some(token),
            Some(json!({ "answers": answers })),
        )
        .await;
    assert_eq!(saved.status(), 200, "survey saved");
}

fn course() -> kampus_content::LoadedCourse {
    shipped()
        .into_iter()
        .find(|c| c.course().slug == COURSE)
        .expect("course")
}

struct Cast {
    app: TestApp,
    border: InstitutionId,
    trainer: String,
    idle_trainer: String,
    admin: String,
}

/// Learners with known results (pre = first pre-test, post = best final):
///
/// | who          | institution   | pre-test  | finals  | pre | post | survey | comment      |
/// |--------------|---------------|-----------|---------|-----|------|--------|--------------|
/// | amra         | border (BA)   | 100 (API) | 100     | 100 | 100  | 5      | yes          |
/// | edin         | border        | 40        | 50, 80  | 40  | 80   | 4      | yes          |
/// | lejla        | border        | 60        | 90      | 60  | 90   | 4      | none         |
/// | goran        | border        | 50        | 75      | 50  | 75   | 5      | yes          |
/// | milan        | RS            | 20, 90    | 60      | 20  | 60   | 2      | yes          |
/// | nermin       | border        | 30        | —       | not counted    | —      |              |
async fn cast() -> Cast {
    let app = spawn_app().await;
    let border = institution(&app, "Granična policija BiH", "BA").await;
    let commissariat = institution(&app, "Комесаријат за избеглице и миграције", "RS").await;
    let (_, amra) = person(&app, "amra@granpol.gov.ba", Role::Learner, Some(border)).await;
    let status = journey(&app, &amra, &course(), "bs").await;
    assert_eq!(
        status["status"], "completed",
        "answers all right: 100 and 100"
    );
    let (edin_id, edin) = person(&app, "edin@granpol.gov.ba", Role::Learner, Some(border)).await;
    scores(
        &app,
        edin_id,
        &[("pre-test", 40.0), ("final", 50.0), ("final", 80.0)],
    )
    .await;
    survey(&app, &edin, 4, Some("Više primjera iz prakse.")).await;
    let (lejla_id, lejla) = person(&app, "lejla@granpol.gov.ba", Role::Learner, Some(border)).await;
    scores(&app, lejla_id, &[("pre-test", 60.0), ("final", 90.0)]).await;
    survey(&app, &lejla, 4, None).await;
    let (goran_id, goran) = person(&app, "goran@granpol.gov.ba", Role::Learner, Some(border)).await;
    scores(&app, goran_id, &[("pre-test", 50.0), ("final", 75.0)]).await;
    survey(&app, &goran, 5, Some("Odlično.")).await;
    let (milan_id, milan) =
        person(&app, "milan@kirs.gov.rs", Role::Learner, Some(commissariat)).await;
    scores(
        &app,
        milan_id,
        &[("pre-test", 20.0), ("pre-test", 90.0), ("final", 60.0)],
    )
    .await;
    survey(&app, &milan, 2, Some("Предавања су била предуга.")).await;
    let (nermin_id, _) = person(&app, "nermin@granpol.gov.ba", Role::Learner, Some(border)).await;
    scores(&app, nermin_id, &[("pre-test", 30.0)]).await;
    Cast {
        trainer: person(&app, "trainer@granpol.gov.ba", Role::Trainer, Some(border))
            .await
            .1,
        idle_trainer: person(&app, "trainer@nowhere.org", Role::Trainer, None)
            .await
            .1,
        admin: person(&app, "admin@rmtc.org", Role::Admin, None).await.1,
        border,
        app,
    }
}

async fn report(app: &TestApp, path: &str, token: &str) -> Value {
    let response = app.send(Method::GET, path, Some(token), None).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.expect("json")
}

async fn csv_lines(app: &TestApp, path: &str, token: &str) -> Vec<String> {
    let response = app.send(Method::GET, path, Some(token), None).await;
    assert_eq!(response.status(), 200, "{path}");
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    let text = response.text().await.expect("text");
    assert!(text.starts_with('\u{feff}'), "a byte-order mark");
    text.trim_start_matches('\u{feff}')
        .trim_end()
        .split("\r\n")
        .map(str::to_owned)
        .collect()
}

/// `actual` is the number `expected` (to 1e-9).
#[track_caller]
fn close(actual: &Value, expected: f64) {
    let value = actual.as_f64().unwrap_or(f64::NAN);
    assert!(
        (value - expected).abs() < 1e-9,
        "{actual} is not {expected}"
    );
}

/// learners, mean pre, mean post, mean gain, class g, mean individual g, at ceiling, small.
#[track_caller]
fn figures(row: &Value, expected: (i64, f64, f64, f64, f64, f64, i64, bool)) {
    assert_eq!(row["learners"], expected.0, "{row}");
    close(&row["mean_pre"], expected.1);
    close(&row["mean_post"], expected.2);
    close(&row["mean_gain"], expected.3);
    close(&row["class_normalized_gain"], expected.4);
    close(&row["mean_individual_normalized_gain"], expected.5);
    assert_eq!(row["at_ceiling"], expected.6, "{row}");
    assert_eq!(row["small_group"], expected.7, "{row}");
}

#[actix_web::test]
async fn knowledge_gain_compares_first_pre_tests_with_best_finals() {
    let cast = cast().await;
    let app = &cast.app;
    problem(app.send(Method::GET, GAIN, None, None).await, 401).await;

    let by_course = report(app, GAIN, &cast.admin).await;
    assert_eq!(
        by_course["group_by"],
        json!(["course"]),
        "course by default"
    );
    let rows = by_course["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["course"], course().course().id);
    // Pre 100, 40, 60, 50, 20 (milan's first, not his 90); post 100, 80 (edin's best), 90,
    // 75, 60; nermin has no final. Individual g: 2/3, 3/4, 1/2, 1/2; amra at the ceiling.
    let individual = (2.0 / 3.0 + 0.75 + 0.5 + 0.5) / 4.0;
    let everyone = (5, 54.0, 81.0, 27.0, 27.0 / 46.0, individual, 1, false);
    figures(&by_course["totals"], everyone);
    figures(&rows[0], everyone);

    let by_country = report(app, &format!("{GAIN}?group_by=country"), &cast.admin).await;
    let rows = by_country["rows"].as_array().expect("rows");
    assert_eq!(
        rows.iter()
            .map(|r| r["country"].clone())
            .collect::<Vec<_>>(),
        [json!("BA"), json!("RS")]
    );
    let border_g = (2.0 / 3.0 + 0.75 + 0.5) / 3.0;
    figures(
        &rows[0],
        (4, 62.5, 86.25, 23.75, 23.75 / 37.5, border_g, 1, true),
    );
    figures(&rows[1], (1, 20.0, 60.0, 40.0, 0.5, 0.5, 0, true));
    figures(&by_country["totals"], everyone);

    // The trainer sees their institution's learners only, whatever the filters say.
    let theirs = report(app, &format!("{GAIN}?group_by=institution"), &cast.trainer).await;
    let rows = theirs["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["institution"], cast.border.to_string());
    assert_eq!(rows[0]["institution_name"], "Granična policija BiH");
    figures(
        &theirs["totals"],
        (4, 62.5, 86.25, 23.75, 23.75 / 37.5, border_g, 1, true),
    );
    let elsewhere = report(app, &format!("{GAIN}?country=RS"), &cast.trainer).await;
    assert_eq!(elsewhere["totals"]["learners"], 0);
    let nothing = report(app, GAIN, &cast.idle_trainer).await;
    assert_eq!(nothing["totals"]["learners"], 0);
    assert!(nothing["totals"]["mean_pre"].is_null());
    assert_eq!(nothing["rows"], json!([]));
    let before = report(app, &format!("{GAIN}?to=2020-01-01"), &cast.admin).await;
    assert_eq!(
        before["totals"]["learners"], 0,
        "the dates bound the enrollment"
    );

    for (bad, field) in [
        ("group_by=gender", "group_by"),
        ("group_by=course,", "group_by"),
        ("country=Bosnia", "country"),
        ("from=2026-02-30", "from"),
        ("format=xlsx", "format"),
    ] {
        let refused = problem(
            app.send(
                Method::GET,
                &format!("{GAIN}?{bad}"),
                Some(&cast.admin),
                None,
            )
            .await,
            400,
        )
        .await;
        assert_eq!(refused["errors"][0]["field"], field, "{bad}: {refused}");
    }
}

#[actix_web::test]
async fn knowledge_gain_comes_as_csv_with_localized_headers() {
    let cast = cast().await;
    let lines = csv_lines(
        &cast.app,
        &format!("{GAIN}?group_by=country&format=csv&lang=sr-Cyrl"),
        &cast.admin,
    )
    .await;
    assert_eq!(
        lines[0],
        "Држава,Полазника са улазним тестом и завршном провером,Просек улазног теста (%),\
         Просек најбоље завршне провере (%),Просечан напредак (процентни поени),\
         Нормализовани напредак (просек групе),Нормализовани напредак (просек полазника),\
         100% на улазном тесту,Мање од 5 полазника"
    );
    assert_eq!(
        &lines[1..],
        [
            "BA,4,62.5,86.25,23.75,0.6333,0.6389,1,да",
            "RS,1,20,60,40,0.5,0.5,0,да",
            "Укупно,5,54,81,27,0.587,0.6042,1,не",
        ]
    );
    // Accept: text/csv works too; the header in the admin's language (Bosnian) by default.
    let by_accept = cast
        .app
        .client
        .get(cast.app.url(GAIN))
        .bearer_auth(&cast.admin)
        .header("Accept", "text/csv")
        .send()
        .await
        .expect("request");
    let text = by_accept.text().await.expect("text");
    assert!(
        text.starts_with("\u{feff}Kurs,Polaznika s ulaznim testom i završnom provjerom,"),
        "{text}"
    );
}

#[actix_web::test]
async fn satisfaction_counts_answers_and_shows_comments_to_admins_only() {
    let cast = cast().await;
    let app = &cast.app;
    let path = format!("{SATISFACTION}?course={COURSE}");

    let all = report(app, &path, &cast.admin).await;
    assert_eq!(all["course"], course().course().id);
    assert_eq!(all["respondents"], 5, "nermin gave no answers");
    assert_eq!(all["small_group"], false);
    let item = |body: &Value, id: &str| {
        body["items"]
            .as_array()
            .expect("items")
            .iter()
            .find(|i| i["id"] == id)
            .cloned()
            .expect("item")
    };
    let relevant = item(&all, "eval-relevant");
    assert_eq!(relevant["type"], "likert");
    assert!(relevant["text"].as_str().is_some_and(|t| !t.is_empty()));
    assert_eq!(relevant["responses"], 5);
    close(&relevant["mean"], 4.0);
    assert_eq!(relevant["distribution"], json!([0, 1, 0, 2, 2]));
    assert_eq!(relevant["small_group"], false);
    let comments = item(&all, "eval-comments");
    assert_eq!(comments["type"], "free-text");
    assert_eq!(comments["responses"], 4);
    assert_eq!(comments["small_group"], true);
    assert_eq!(
        comments["comments"],
        json!([
            "Korisno za moj posao.",
            "Odlično.",
            "Više primjera iz prakse.",
            "Предавања су била предуга."
        ]),
        "sorted, nothing else attached"
    );

    // A trainer gets the counts of their institution's learners, never the comments.
    let response = app
        .send(Method::GET, &path, Some(&cast.trainer), None)
        .await;
    assert_eq!(response.status(), 200);
    let text = response.text().await.expect("text");
    assert!(
        !text.contains("Odlično"),
        "no comments for trainers: {text}"
    );
    let theirs: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(theirs["respondents"], 4);
    assert_eq!(theirs["small_group"], true);
    let relevant = item(&theirs, "eval-relevant");
    close(&relevant["mean"], 4.5);
    assert_eq!(relevant["distribution"], json!([0, 0, 0, 2, 2]));
    let comments = item(&theirs, "eval-comments");
    assert_eq!(comments["responses"], 3);
    assert!(comments.get("comments").is_none(), "{comments}");
    let trainer_csv = csv_lines(app, &format!("{path}&format=csv&lang=mk"), &cast.trainer).await;
    assert!(
        trainer_csv[0].starts_with("Ставка,Прашање,Вид,Одговори,Просек,Оценка 1,"),
        "{}",
        trainer_csv[0]
    );
    assert!(!trainer_csv[0].contains("Коментар"));
    assert!(!trainer_csv.iter().any(|l| l.contains("Odlično")));

    let nothing = report(app, &path, &cast.idle_trainer).await;
    assert_eq!(nothing["respondents"], 0);
    assert!(item(&nothing, "eval-relevant")["mean"].is_null());
    let later = report(app, &format!("{path}&from=2999-01-01"), &cast.admin).await;
    assert_eq!(
        later["respondents"], 0,
        "the dates bound the survey's submission"
    );

    let missing = problem(
        app.send(Method::GET, SATISFACTION, Some(&cast.admin), None)
            .await,
        400,
    )
    .await;
    assert_eq!(missing["errors"][0]["field"], "course");
    assert_eq!(
        missing["errors"][0]["message"], "Odaberite kurs.",
        "in the admin's language"
    );
    let refused = problem(
        app.send(
            Method::GET,
            &format!("{SATISFACTION}?course={COURSE}&gender=x"),
            Some(&cast.admin),
            None,
        )
        .await,
        400,
    )
    .await;
    assert_eq!(refused["errors"][0]["field"], "gender");
    problem(
        app.send(
            Method::GET,
            &format!("{SATISFACTION}?course=nope"),
            Some(&cast.admin),
            None,
        )
        .await,
        404,
    )
    .await;
    problem(app.send(Method::GET, &path, None, None).await, 401).await;
}

#[actix_web::test]
async fn satisfaction_csv_lists_items_then_comments_for_admins() {
    let cast = cast().await;
    let lines = csv_lines(
        &cast.app,
        &format!("{SATISFACTION}?course={COURSE}&format=csv&lang=en"),
        &cast.admin,
    )
    .await;
    assert_eq!(
        lines[0],
        "Item,Question,Type,Responses,Mean,Rated 1,Rated 2,Rated 3,Rated 4,Rated 5,\
         Fewer than 5 responses,Comment"
    );
    let relevant = lines
        .iter()
        .find(|l| l.starts_with("eval-relevant,"))
        .expect("an item row");
    assert!(
        relevant.ends_with(",rating scale,5,4,0,1,0,2,2,no,"),
        "{relevant}"
    );
    let comments: Vec<&String> = lines
        .iter()
        .filter(|l| l.starts_with("eval-comments,") && l.contains(",free text,,,"))
        .collect();
    assert_eq!(comments.len(), 4, "{lines:?}");
    assert!(comments.iter().any(|l| l.ends_with(",Odlično.")));
}
