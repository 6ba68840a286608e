//! The assessment statistics report through the API: attempts taken over HTTP with chosen
//! right and wrong answers, so that every facility, distribution and discrimination index
//! is known; scope; the translation flag on attempts seeded in the store; bad input; CSV.

use kampus_content::Locale;
use kampus_progress::{OsRandom, Paper};
use kampus_store::institutions::InstitutionKind;
use kampus_store::users::{self, NewUser, Role};
use kampus_store::{Clock, Email, InstitutionId, SystemClock, attempts, enrollments};
use reqwest::Method;
use serde_json::{Value, json};

use crate::assessments::shipped;
use crate::helpers::{TestApp, problem, spawn_app};

const PASSWORD: &str = "lozinka za kampus 2026";
const COURSE: &str = "migration-and-gender";
const QUIZ: &str = "quiz-frameworks";
const PATH: &str = "/api/v1/reports/assessments/migration-and-gender/quiz-frameworks";

async fn institution(app: &TestApp, name: &str, country: &str) -> InstitutionId {
    app.institution(name, country, InstitutionKind::BorderPolice)
        .await
}

/// A signed-in user: a learner of `institution`, or a trainer assigned to it.
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

/// Starts an attempt at the quiz; the status.
async fn start(app: &TestApp, token: &str) -> u16 {
    app.send(
        Method::POST,
        &format!("/api/v1/courses/{COURSE}/assessments/{QUIZ}/attempts"),
        Some(token),
        None,
    )
    .await
    .status()
    .as_u16()
}

/// Enrolls a learner and takes the quiz once with these answers; returns the percent.
async fn take_quiz(app: &TestApp, token: &str, answers: Value) -> f64 {
    app.send(
        Method::PUT,
        &format!("/api/v1/courses/{COURSE}/enrollment"),
        Some(token),
        None,
    )
    .await;
    let started = app
        .send(
            Method::POST,
            &format!("/api/v1/courses/{COURSE}/assessments/{QUIZ}/attempts"),
            Some(token),
            None,
        )
        .await;
    assert_eq!(started.status(), 201);
    let attempt: Value = started.json().await.expect("json");
    let id = attempt["id"].as_str().expect("id");
    let graded: Value = app
        .send(
            Method::POST,
            &format!("/api/v1/attempts/{id}/submit"),
            Some(token),
            Some(json!({ "answers": answers })),
        )
        .await
        .json()
        .await
        .expect("json");
    graded["result"]["percent"].as_f64().expect("percent")
}

/// Answers to the five questions of quiz-frameworks: the three one-point questions (single
/// choice, true/false, single choice) as given, the matching (3 points) and the multiple
/// response (3 points) all right when `true`, unanswered when `false`.
fn answers(intersectionality: &str, gcm: bool, disaggregated: &str, rest: [bool; 2]) -> Value {
    let mut answers = json!({
        "qf-intersectionality": { "type": "choice", "value": intersectionality },
        "qf-gcm": { "type": "bool", "value": gcm },
        "qf-disaggregated": { "type": "choice", "value": disaggregated },
    });
    if rest[0] {
        answers["qf-recommendations"] = json!({ "type": "pairs", "value": [["gr26", "workers"], ["gr32", "asylum"], ["gr38", "trafficking"]] });
    }
    if rest[1] {
        answers["qf-istanbul"] =
            json!({ "type": "choices", "value": ["persecution", "procedures", "non-refoulement"] });
    }
    answers
}

struct Cast {
    app: TestApp,
    admin: String,
    trainer: String,
    other_trainer: String,
    idle_trainer: String,
}

/// Six learners of the border police take the quiz (four in Bosnian, two in Macedonian):
///
/// | learner | intersectionality | gcm | disaggregated | matching | multiple | points |
/// |---|---|---|---|---|---|---|
/// | bs 1 | right | right | right | 3 | 3 | 9 |
/// | bs 2 | right | right | total | 3 | 3 | 8 |
/// | bs 3 | assimilation | right | right | 3 | 3 | 8 |
/// | bs 4 | integration | false | total | – | – | 0 |
/// | mk 1 | right | false | right | 3 | 3 | 8 |
/// | mk 2 | assimilation | right | centres | 3 | – | 4 |
///
/// One learner of the commissariat (Albanian) takes it all right; bs 1 opens a second
/// attempt and leaves it open (not counted).
/// The border police's learners: name, locale, answers, expected percent.
fn takers() -> [(&'static str, Locale, Value, f64); 6] {
    [
        (
            "bs1",
            Locale::Bs,
            answers("intersectionality", true, "by-sex-age", [true, true]),
            100.0,
        ),
        (
            "bs2",
            Locale::Bs,
            answers("intersectionality", true, "total", [true, true]),
            88.89,
        ),
        (
            "bs3",
            Locale::Bs,
            answers("assimilation", true, "by-sex-age", [true, true]),
            88.89,
        ),
        (
            "bs4",
            Locale::Bs,
            answers("integration", false, "total", [false, false]),
            0.0,
        ),
        (
            "mk1",
            Locale::Mk,
            answers("intersectionality", false, "by-sex-age", [true, true]),
            88.89,
        ),
        (
            "mk2",
            Locale::Mk,
            answers("assimilation", true, "centres", [true, false]),
            44.44,
        ),
    ]
}

async fn cast() -> Cast {
    let app = spawn_app().await;
    let border = institution(&app, "Granična policija BiH", "BA").await;
    let commissariat = institution(&app, "Komesarijat za izbeglice", "RS").await;
    for (name, locale, answers, percent) in takers() {
        let token = person(
            &app,
            &format!("{name}@granpol.gov.ba"),
            locale,
            Role::Learner,
            Some(border),
        )
        .await;
        assert!(
            (take_quiz(&app, &token, answers).await - percent).abs() < 1e-9,
            "{name}"
        );
        if name == "bs1" {
            assert_eq!(
                start(&app, &token).await,
                201,
                "a second attempt, left open"
            );
        }
    }
    let outsider = person(
        &app,
        "ana@kirs.gov.rs",
        Locale::Sq,
        Role::Learner,
        Some(commissariat),
    )
    .await;
    take_quiz(
        &app,
        &outsider,
        answers("intersectionality", true, "by-sex-age", [true, true]),
    )
    .await;
    Cast {
        admin: person(&app, "admin@rmtc.org", Locale::En, Role::Admin, None).await,
        trainer: person(
            &app,
            "trainer@granpol.gov.ba",
            Locale::Bs,
            Role::Trainer,
            Some(border),
        )
        .await,
        other_trainer: person(
            &app,
            "trainer@kirs.gov.rs",
            Locale::SrLatn,
            Role::Trainer,
            Some(commissariat),
        )
        .await,
        idle_trainer: person(&app, "trainer@nowhere.org", Locale::En, Role::Trainer, None).await,
        app,
    }
}

async fn fetch(app: &TestApp, path: &str, token: &str) -> Value {
    let response = app.send(Method::GET, path, Some(token), None).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.expect("json")
}

fn question<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|q| q["id"] == id)
        .expect("question")
}

fn close(value: &Value, expected: f64) -> bool {
    value.as_f64().is_some_and(|v| (v - expected).abs() < 1e-9)
}

#[actix_web::test]
async fn figures_of_known_answers_are_exact() {
    let cast = cast().await;
    let app = &cast.app;
    let report = fetch(app, PATH, &cast.trainer).await;
    assert_eq!(report["course"], COURSE);
    assert_eq!(report["assessment"], QUIZ);
    let summary = &report["summary"];
    assert_eq!(
        (summary["attempts"].as_i64(), summary["learners"].as_i64()),
        (Some(6), Some(6))
    );
    assert!(
        close(
            &summary["mean_percent"],
            (100.0 + 3.0 * 88.89 + 44.44) / 6.0
        ),
        "{summary}"
    );
    assert!(close(&summary["pass_rate"], 4.0 / 6.0));
    assert_eq!(summary["small_group"], false);
    let locales: Vec<(&str, i64, bool)> = report["locales"]
        .as_array()
        .expect("locales")
        .iter()
        .map(|l| {
            (
                l["locale"].as_str().expect("tag"),
                l["attempts"].as_i64().expect("n"),
                l["small_group"].as_bool().expect("flag"),
            )
        })
        .collect();
    assert_eq!(locales, [("bs", 4, true), ("mk", 2, true)]);

    let ids: Vec<&str> = report["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .map(|q| q["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        ids,
        [
            "qf-intersectionality",
            "qf-gcm",
            "qf-disaggregated",
            "qf-recommendations",
            "qf-istanbul"
        ]
    );
    let intersectionality = question(&report, "qf-intersectionality");
    assert_eq!(intersectionality["type"], "single-choice");
    assert_eq!(intersectionality["outcomes"], json!(["lo-governance"]));
    assert_eq!(intersectionality["attempts"], 6);
    assert!(close(&intersectionality["facility"], 0.5));
    // Right 1, 1, 0, 0, 1, 0; rest-scores 8, 7, 8, 0, 7, 4: M1 = 22/3, M0 = 4, variance of
    // the rest-scores (n) 74/9, p = q = 1/2: r = (10/3) / sqrt(74/9) * 1/2 = 5 / sqrt(74).
    assert!(
        close(&intersectionality["discrimination"], 5.0 / 74.0_f64.sqrt()),
        "{intersectionality}"
    );
    assert_eq!(
        intersectionality["answers"],
        json!({ "intersectionality": 3, "assimilation": 2, "integration": 1 })
    );
    assert_eq!(intersectionality["unanswered"], 0);
    assert_eq!(intersectionality["translation_flag"], false);
    let by_locale = &intersectionality["locales"];
    assert_eq!(by_locale[0]["locale"], "bs");
    assert_eq!(
        by_locale[0]["answers"],
        json!({ "intersectionality": 2, "assimilation": 1, "integration": 1 })
    );
    assert_eq!(by_locale[1]["locale"], "mk");
    assert!(close(&by_locale[1]["facility"], 0.5));
    assert_eq!(by_locale[1]["small_group"], true);

    let gcm = question(&report, "qf-gcm");
    assert!(close(&gcm["facility"], 4.0 / 6.0));
    assert_eq!(gcm["answers"], json!({ "true": 4, "false": 2 }));
    assert!(close(&gcm["locales"][0]["facility"], 0.75));
    assert!(close(&gcm["locales"][1]["facility"], 0.5));
    let disaggregated = question(&report, "qf-disaggregated");
    assert_eq!(
        disaggregated["answers"],
        json!({ "by-sex-age": 3, "total": 2, "centres": 1 })
    );
    let matching = question(&report, "qf-recommendations");
    assert!(close(&matching["facility"], 5.0 / 6.0));
    assert_eq!(
        (matching["unanswered"].as_i64(), &matching["answers"]),
        (Some(1), &Value::Null)
    );
    let multiple = question(&report, "qf-istanbul");
    assert!(close(&multiple["facility"], 4.0 / 6.0));
    assert_eq!(multiple["unanswered"], 2);
    assert_eq!(
        multiple["answers"],
        json!({ "persecution": 4, "procedures": 4, "non-refoulement": 4, "detention": 0, "dependent-permit": 0 })
    );

    // lo-governance: three one-point questions, 3 + 4 + 3 right of 18; lo-frameworks:
    // 5 + 4 of 12.
    let outcomes: Vec<(&str, i64, f64)> = report["outcomes"]
        .as_array()
        .expect("outcomes")
        .iter()
        .map(|o| {
            (
                o["outcome"].as_str().expect("id"),
                o["responses"].as_i64().expect("n"),
                o["mastery"].as_f64().expect("mastery"),
            )
        })
        .collect();
    assert_eq!(outcomes.len(), 2);
    assert_eq!((outcomes[0].0, outcomes[0].1), ("lo-governance", 18));
    assert!((outcomes[0].2 - 10.0 / 18.0).abs() < 1e-9);
    assert_eq!((outcomes[1].0, outcomes[1].1), ("lo-frameworks", 12));
    assert!((outcomes[1].2 - 0.75).abs() < 1e-9);
    assert_eq!(report["methods"]["translation_flag_min_attempts"], 20);
    assert_eq!(report["unreadable_attempts"], 0);

    // Filters narrow it: Macedonian only.
    let mk = fetch(app, &format!("{PATH}?locale=mk"), &cast.trainer).await;
    assert_eq!(mk["summary"]["attempts"], 2);
    assert_eq!(
        question(&mk, "qf-gcm")["answers"],
        json!({ "true": 1, "false": 1 })
    );

    // A date range sends the report past the item cells to the attempts, read one by one:
    // the same figures.
    for (cells, path) in [(&report, String::new()), (&mk, "&locale=mk".to_owned())] {
        let rows = fetch(
            app,
            &format!("{PATH}?from=2000-01-01&to=2099-12-31{path}"),
            &cast.trainer,
        )
        .await;
        for part in [
            "summary",
            "locales",
            "questions",
            "outcomes",
            "unreadable_attempts",
        ] {
            assert!(same(&cells[part], &rows[part]), "{part}: {cells} vs {rows}");
        }
    }
}

/// Equal JSON, numbers within rounding.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (
                x.as_f64().unwrap_or(f64::NAN),
                y.as_f64().unwrap_or(f64::NAN),
            );
            (x - y).abs() <= 1e-9 * x.abs().max(1.0)
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

#[actix_web::test]
async fn scope_bad_input_and_csv() {
    let cast = cast().await;
    let app = &cast.app;
    problem(app.send(Method::GET, PATH, None, None).await, 401).await;
    assert_eq!(
        fetch(app, PATH, &cast.admin).await["summary"]["attempts"],
        7
    );
    let theirs = fetch(app, PATH, &cast.other_trainer).await;
    assert_eq!(
        theirs["summary"]["attempts"], 1,
        "the commissariat's learner only"
    );
    assert_eq!(theirs["locales"][0]["locale"], "sq");
    let none = fetch(app, PATH, &cast.idle_trainer).await;
    assert_eq!(none["summary"]["attempts"], 0);
    assert_eq!(none["summary"]["mean_percent"], Value::Null);
    assert_eq!(question(&none, "qf-gcm")["attempts"], 0);
    assert_eq!(question(&none, "qf-gcm")["facility"], Value::Null);
    // By slug or id, the same; a date window without submissions is empty.
    let later = fetch(app, &format!("{PATH}?from=2999-01-01"), &cast.admin).await;
    assert_eq!(later["summary"]["attempts"], 0);

    for unknown in [
        "/api/v1/reports/assessments/migration-and-gender/no-such-quiz",
        "/api/v1/reports/assessments/no-such-course/quiz-frameworks",
    ] {
        problem(
            app.send(Method::GET, unknown, Some(&cast.admin), None)
                .await,
            404,
        )
        .await;
    }
    for bad in ["from=2026-13-01", "gender=x", "format=xml", "locale=de"] {
        let refused = problem(
            app.send(
                Method::GET,
                &format!("{PATH}?{bad}"),
                Some(&cast.admin),
                None,
            )
            .await,
            400,
        )
        .await;
        assert!(
            refused["errors"][0]["field"].is_string(),
            "{bad}: {refused}"
        );
    }

    let csv = app
        .send(
            Method::GET,
            &format!("{PATH}?format=csv&lang=sr-Cyrl"),
            Some(&cast.trainer),
            None,
        )
        .await;
    assert_eq!(csv.status(), 200);
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = csv.text().await.expect("text");
    assert!(text.starts_with('\u{feff}'));
    let lines: Vec<&str> = text
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(
        lines[0],
        "Питање,Врста питања,Језик,Покушаји,Индекс лакоће,Индекс дискриминативности,Без одговора,Изабрани одговори,Мање од 5 покушаја,Могући проблем с преводом"
    );
    // Five questions, each overall and in bs and mk.
    assert_eq!(lines.len(), 1 + 5 * 3);
    assert_eq!(
        lines[1],
        "qf-intersectionality,single-choice,Сви језици,6,0.5,0.5812,0,intersectionality: 3; assimilation: 2; integration: 1,не,не"
    );
    assert_eq!(
        lines[2],
        "qf-intersectionality,single-choice,bs,4,0.5,0.5232,0,intersectionality: 2; assimilation: 1; integration: 1,да,не"
    );
    let accepted = app
        .client
        .get(app.url(&format!("{PATH}?lang=sq")))
        .bearer_auth(&cast.trainer)
        .header("Accept", "text/csv")
        .send()
        .await
        .expect("request");
    let text = accepted.text().await.expect("text");
    assert!(
        text.trim_start_matches('\u{feff}')
            .starts_with("Pyetja,Lloji i pyetjes,"),
        "{text}"
    );
}

/// Seeds `count` learners of `locale` in the store, each with one submitted attempt at the
/// quiz answering qf-gcm right when `right(n)`.
async fn seed(app: &TestApp, locale: Locale, count: usize, right: fn(usize) -> bool) {
    let quiz = shipped()
        .into_iter()
        .find(|c| c.course().id == COURSE)
        .expect("course")
        .course()
        .assessments
        .iter()
        .find(|a| a.id == QUIZ)
        .expect("quiz")
        .clone();
    app.state
        .db
        .run(move |conn| {
            let now = SystemClock.now();
            for n in 0..count {
                let user = users::insert(
                    conn,
                    &NewUser {
                        email: Email::parse(&format!(
                            "{}-{n}@example.org",
                            locale.tag().to_lowercase()
                        ))
                        .expect("email"),
                        display_name: format!("Learner {n}"),
                        preferred_locale: locale,
                        role: Role::Learner,
                        institution_id: None,
                        password_hash: None,
                        gender: None,
                        email_verified_at: Some(now),
                    },
                    now,
                )?;
                let enrollment = enrollments::enroll(conn, user.id, COURSE, now)?;
                let paper = Paper::draw(&quiz, &mut OsRandom::new());
                let answers = std::collections::HashMap::from([(
                    "qf-gcm".to_owned(),
                    kampus_content::Response::Bool(right(n)),
                )]);
                let graded = paper.grade(&answers);
                let attempt = attempts::start(
                    conn,
                    &enrollment.id,
                    QUIZ,
                    1,
                    &serde_json::to_string(&paper).expect("paper"),
                    None,
                    now,
                )?;
                attempts::save_answers(
                    conn,
                    attempt.id,
                    &serde_json::to_string(&answers).expect("answers"),
                )?;
                attempts::submit(
                    conn,
                    attempt.id,
                    graded.percent,
                    graded.passed,
                    &serde_json::to_string(&graded).expect("result"),
                    now,
                )?;
            }
            Ok(())
        })
        .await
        .expect("seeded");
}

#[actix_web::test]
async fn a_question_markedly_harder_in_one_language_is_flagged() {
    let app = spawn_app().await;
    let admin = person(&app, "admin@rmtc.org", Locale::En, Role::Admin, None).await;
    // qf-gcm right: hr 14 of 20 (0.70), sq 8 of 20 (0.40), mk 10 of 20 (0.50).
    seed(&app, Locale::Hr, 20, |n| n < 14).await;
    seed(&app, Locale::Sq, 20, |n| n < 8).await;
    seed(&app, Locale::Mk, 20, |n| n < 10).await;
    let report = fetch(&app, PATH, &admin).await;
    assert_eq!(report["summary"]["attempts"], 60);
    let gcm = question(&report, "qf-gcm");
    assert_eq!(gcm["translation_flag"], true);
    let flags: Vec<(&str, bool)> = gcm["locales"]
        .as_array()
        .expect("locales")
        .iter()
        .map(|l| {
            (
                l["locale"].as_str().expect("tag"),
                l["translation_flag"].as_bool().expect("flag"),
            )
        })
        .collect();
    // sq 0.40 against the others' 24/40 = 0.60: 0.20 below. mk 0.50 against 22/40 = 0.55: not.
    assert_eq!(flags, [("hr", false), ("mk", false), ("sq", true)]);
    assert_eq!(
        question(&report, "qf-intersectionality")["translation_flag"],
        false,
        "everyone wrong"
    );
}

/// A learner who takes the quiz three times is three attempts and one learner, read from the
/// item cells and from the attempts' rows alike (a date filter reads the rows). Whether a
/// graded attempt is the learner's first there is decided from at most two index entries
/// (migration 000023); the cells are checked against a recount after every test too.
#[actix_web::test]
async fn a_learner_who_retakes_the_quiz_is_one_learner() {
    let app = spawn_app().await;
    let border = institution(&app, "Granična policija BiH", "BA").await;
    let learner = person(
        &app,
        "retake@granpol.gov.ba",
        Locale::Bs,
        Role::Learner,
        Some(border),
    )
    .await;
    let wrong = answers("assimilation", false, "centres", [false, false]);
    let right = answers("intersectionality", true, "by-sex-age", [true, true]);
    take_quiz(&app, &learner, wrong.clone()).await;
    take_quiz(&app, &learner, wrong).await;
    assert!((take_quiz(&app, &learner, right).await - 100.0).abs() < 1e-9);
    let admin = person(&app, "admin@rmtc.org", Locale::En, Role::Admin, None).await;
    for path in [PATH.to_owned(), format!("{PATH}?from=2000-01-01")] {
        let report = fetch(&app, &path, &admin).await;
        let summary = &report["summary"];
        assert_eq!(
            (summary["attempts"].as_i64(), summary["learners"].as_i64()),
            (Some(3), Some(1)),
            "{path}: {summary}"
        );
    }
}
