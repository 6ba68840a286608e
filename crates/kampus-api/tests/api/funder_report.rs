//! The report to funders (`/staff/funder-report`, its PDF) against the reports API on
//! generated data: for three periods, every figure it prints is the API's, written as the page
//! writes numbers; the PDF embeds its fonts and `pdftotext` reads the figures back in
//! Macedonian and Serbian Cyrillic.

use std::collections::HashMap;

use chrono::{NaiveDate, TimeDelta, Utc};
use kampus_content::Locale;
use kampus_dev::generate::{self, CourseShape, Plan};
use kampus_store::users::Role;
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::helpers::{TestApp, spawn_app};
use crate::pages::Browser;

const PASSWORD: &str = "lozinka za kampus 2026";
const ADMIN: &str = "funder-report@rmtc.org";

/// The shipped courses, as the generator needs them.
fn shapes() -> Vec<CourseShape> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    kampus_content::load_folder(&dir)
        .into_iter()
        .map(|(_, outcome)| CourseShape::from_loaded(&outcome.course.expect("a shipped course")))
        .collect()
}

/// An app over 400 generated learners in 10 institutions, with an admin.
async fn generated() -> (TestApp, String) {
    let app = spawn_app().await;
    let pool = app.state.db.pool().clone();
    let courses = shapes();
    let now = Utc::now().naive_utc();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().expect("connection");
        let plan = Plan {
            learners: 400,
            institutions: 10,
            ..Plan::default()
        };
        generate::generate(&mut conn, &plan, &courses, now, 5).expect("generated");
    })
    .await
    .expect("generator");
    app.create_user(ADMIN, PASSWORD, Locale::En, Role::Admin)
        .await;
    let token = app.token_for(ADMIN, PASSWORD).await;
    (app, token)
}

/// A number as the pages write it in English: tenths, without a trailing ".0".
fn tenths(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

fn percent(value: &Value) -> String {
    value
        .as_f64()
        .map_or_else(|| "–".to_owned(), |v| format!("{}%", tenths(v)))
}

fn rate(value: &Value) -> String {
    value
        .as_f64()
        .map_or_else(|| "–".to_owned(), |v| format!("{}%", tenths(v * 100.0)))
}

/// The rows of the table captioned `caption`: its row label, then its cells' texts.
fn table(html: &str, caption: &str) -> HashMap<String, Vec<String>> {
    let start = html
        .find(&format!("<caption>{caption}</caption>"))
        .unwrap_or_else(|| panic!("no table {caption}"));
    let end = html[start..].find("</table>").expect("table end") + start;
    let body = &html[start..end];
    let mut rows = HashMap::new();
    for row in body.split("<tr>").skip(2) {
        let Some((head, rest)) = row.split_once("</th>") else {
            continue;
        };
        // `<th scope="row">Label <span class="small-group">…`: the text before any tag.
        let label = head
            .split_once('>')
            .map(|(_, l)| l.split('<').next().unwrap_or_default().trim().to_owned())
            .unwrap_or_default();
        let cells = rest
            .split("<td>")
            .skip(1)
            .map(|c| c.split("</td>").next().unwrap_or_default().to_owned())
            .collect();
        rows.insert(label, cells);
    }
    rows
}

async fn api(app: &TestApp, token: &str, path: &str) -> Value {
    let response = app.send(Method::GET, path, Some(token), None).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.expect("json")
}

/// The course titles in English by id, as the page names the courses.
fn titles() -> HashMap<String, String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    kampus_content::load_folder(&dir)
        .into_iter()
        .map(|(_, outcome)| {
            let course = outcome.course.expect("course");
            let title = course
                .text(Locale::En, "course", None)
                .expect("title")
                .value
                .into_owned();
            (course.course().id.clone(), title)
        })
        .collect()
}

#[actix_web::test]
async fn the_funder_report_prints_the_reports_apis_figures_for_three_periods() {
    let (app, token) = generated().await;
    let mut admin = Browser::new(&app);
    assert_eq!(
        admin.sign_in(ADMIN, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let titles = titles();
    let today = Utc::now().date_naive();
    let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let periods = [
        String::new(),
        format!(
            "from={}&to={}",
            day(today - TimeDelta::days(120)),
            day(today)
        ),
        format!(
            "from={}&to={}",
            day(today - TimeDelta::days(300)),
            day(today - TimeDelta::days(121))
        ),
    ];
    let mut compared = 0;
    for period in &periods {
        let page = admin.get(&format!("/staff/funder-report?{period}")).await;
        assert_eq!(page.status, StatusCode::OK, "{period}: {}", page.body);
        let html = &page.body;

        let headline = api(&app, &token, &format!("/api/v1/reports/headline?{period}")).await;
        for (label, key) in [
            ("Learners trained", "learners_trained"),
            ("Courses completed", "courses_completed"),
            ("Certificates issued", "certificates_issued"),
        ] {
            let shown = format!("<dt>{label}</dt><dd>{}", headline["totals"][key]);
            assert!(html.contains(&shown), "{period}: {shown}");
        }

        let by_course = table(html, "By course");
        let api_course = api(
            &app,
            &token,
            &format!("/api/v1/reports/completion?group_by=course&{period}"),
        )
        .await;
        for row in api_course["rows"].as_array().expect("rows") {
            let title = &titles[row["course"].as_str().expect("course")];
            let cells = &by_course[title];
            let expected = [
                row["enrolled"].to_string(),
                row["completed"].to_string(),
                rate(&row["completion_rate"]),
                rate(&row["final_pass_rate"]),
            ];
            assert_eq!(cells[..], expected, "{period}: {title}");
            compared += 1;
        }

        let by_country = table(html, "By country");
        let api_country = api(
            &app,
            &token,
            &format!("/api/v1/reports/completion?group_by=country&{period}"),
        )
        .await;
        for row in api_country["rows"].as_array().expect("rows") {
            let Some(code) = row["country"].as_str() else {
                continue;
            };
            let Some((_, cells)) = by_country
                .iter()
                .find(|(label, _)| country_matches(label, code))
            else {
                panic!("{period}: no row for {code}: {by_country:?}");
            };
            assert_eq!(cells[0], row["enrolled"].to_string(), "{period}: {code}");
            assert_eq!(cells[1], row["completed"].to_string(), "{period}: {code}");
            assert_eq!(cells[2], rate(&row["completion_rate"]), "{period}: {code}");
            assert_eq!(cells[3], rate(&row["final_pass_rate"]), "{period}: {code}");
            compared += 1;
        }

        let gain = table(html, "Knowledge gain");
        let api_gain = api(
            &app,
            &token,
            &format!("/api/v1/reports/knowledge-gain?group_by=course&{period}"),
        )
        .await;
        for row in api_gain["rows"].as_array().expect("rows") {
            let title = &titles[row["course"].as_str().expect("course")];
            let cells = &gain[title];
            assert_eq!(cells[0], row["learners"].to_string(), "{period}: {title}");
            assert_eq!(cells[1], percent(&row["mean_pre"]), "{period}: {title}");
            assert_eq!(cells[2], percent(&row["mean_post"]), "{period}: {title}");
            let gain = row["mean_gain"]
                .as_f64()
                .map_or_else(|| "–".to_owned(), tenths);
            assert_eq!(cells[3], gain, "{period}: {title}");
            let g = row["class_normalized_gain"]
                .as_f64()
                .map_or_else(|| "–".to_owned(), |g| format!("{g:.2}"));
            assert_eq!(cells[4], g, "{period}: {title}");
            compared += 1;
        }

        let satisfaction = table(html, "Satisfaction");
        for (id, title) in &titles {
            let survey = api(
                &app,
                &token,
                &format!("/api/v1/reports/satisfaction?course={id}&{period}"),
            )
            .await;
            let cells = &satisfaction[title];
            assert_eq!(
                cells[0],
                survey["respondents"].to_string(),
                "{period}: {title}"
            );
            let ratings: i64 = survey["items"]
                .as_array()
                .expect("items")
                .iter()
                .filter(|i| i["type"] == "likert")
                .map(|i| i["responses"].as_i64().expect("n"))
                .sum();
            assert_eq!(cells[1], ratings.to_string(), "{period}: {title}");
            compared += 1;
        }
    }
    assert!(compared > 30, "{compared} rows compared");
}

/// Whether a country row's label names the country `code` (English names).
fn country_matches(label: &str, code: &str) -> bool {
    let names = [
        ("BA", "Bosnia and Herzegovina"),
        ("RS", "Serbia"),
        ("ME", "Montenegro"),
        ("MK", "North Macedonia"),
        ("AL", "Albania"),
        ("XK", "Kosovo"),
        ("HR", "Croatia"),
    ];
    names.iter().any(|(c, n)| *c == code && label == *n)
}

#[actix_web::test]
async fn the_funder_report_pdf_embeds_its_fonts_and_reads_back_in_cyrillic() {
    let (app, token) = generated().await;
    let headline = api(&app, &token, "/api/v1/reports/headline").await;
    let trained = headline["totals"]["learners_trained"].to_string();
    for (locale, title) in [("mk", "Извештај"), ("sr-Cyrl", "Извештај")] {
        let mut admin = Browser::new(&app);
        admin.sign_in(ADMIN, PASSWORD).await;
        let chosen = admin
            .submit(
                "/profile",
                "/language",
                &[("lang", locale), ("back", "/staff")],
            )
            .await;
        assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.body);
        let response = app
            .client
            .get(app.url("/staff/funder-report.pdf"))
            .header(
                "cookie",
                admin
                    .cookies
                    .iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect::<Vec<_>>()
                    .join("; "),
            )
            .send()
            .await
            .expect("pdf");
        assert_eq!(response.status(), 200);
        assert_eq!(
            response.headers()["content-type"].to_str().expect("type"),
            "application/pdf"
        );
        let bytes = response.bytes().await.expect("bytes");
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("report.pdf");
        std::fs::write(&file, &bytes).expect("write");
        let fonts = std::process::Command::new("pdffonts")
            .arg(&file)
            .output()
            .expect("pdffonts (poppler-utils)");
        let fonts = String::from_utf8_lossy(&fonts.stdout);
        let listed: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!listed.is_empty(), "{fonts}");
        assert!(
            listed
                .iter()
                .all(|line| line.split_whitespace().rev().nth(4) == Some("yes")),
            "every font embedded:\n{fonts}"
        );
        let text = std::process::Command::new("pdftotext")
            .args(["-layout", file.to_str().expect("path"), "-"])
            .output()
            .expect("pdftotext");
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(text.contains(title), "{locale}:\n{text}");
        assert!(
            text.contains(&trained),
            "{locale}: learners trained {trained}:\n{text}"
        );
        let course = if locale == "mk" {
            "Миграција и род"
        } else {
            "Миграције и род"
        };
        assert!(text.contains(course), "{locale}: {course}\n{text}");
    }
}
