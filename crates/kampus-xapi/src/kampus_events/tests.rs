use chrono::TimeZone;

use super::*;
use crate::statement::validate;
use crate::version::XapiVersion;

const PUBLIC: &str = "https://kampus.example";
const USER: &str = "0193a1b2-0000-7000-8000-000000000001";
const ENROLLMENT: &str = "0193a1b2-0000-7000-8000-0000000000e1";

fn facts() -> Facts<'static> {
    Facts {
        public_url: PUBLIC,
        user_id: USER,
        registration: ENROLLMENT,
        locale: Some("sr-Latn"),
        course: Named {
            id: "digital-skills",
            name: Some("Digitalne veštine"),
            name_locale: None,
        },
        timestamp: Utc
            .with_ymd_and_hms(2026, 12, 8, 9, 30, 0)
            .single()
            .expect("a time"),
    }
}

const MODULE: Named<'static> = Named {
    id: "m1",
    name: Some("Osnove"),
    name_locale: None,
};
const LESSON: Named<'static> = Named {
    id: "m1-l1",
    name: Some("Prva lekcija"),
    name_locale: None,
};
const FINAL: Named<'static> = Named {
    id: "final",
    name: Some("Završni test"),
    name_locale: None,
};

/// One example per event, in the order of docs/xapi.md: (title in the doc, statement id, event).
fn examples() -> Vec<(&'static str, String, Event<'static>)> {
    vec![
        ("enrolled", ENROLLMENT.to_owned(), Event::Enrolled),
        (
            "lesson experienced",
            "7d1f3c1e-5b7a-4f7e-9a51-2b1c3d4e5f60".to_owned(),
            Event::LessonExperienced {
                module: MODULE,
                lesson: LESSON,
            },
        ),
        (
            "lesson completed",
            "9a0c2b4d-6e8f-4a1b-8c3d-5e7f9a1b3c5d".to_owned(),
            Event::LessonCompleted {
                module: MODULE,
                lesson: LESSON,
            },
        ),
        (
            "assessment attempted",
            "0193a1b2-0000-7000-8000-0000000000a1".to_owned(),
            Event::AssessmentAttempted {
                assessment: FINAL,
                number: 1,
            },
        ),
        (
            "question answered",
            derived_id(
                "answered",
                "0193a1b2-0000-7000-8000-0000000000a1/q-refugee-definition",
            ),
            Event::Answered {
                assessment: FINAL,
                question: Named {
                    id: "q-refugee-definition",
                    name: Some("Ko je izbjeglica prema Konvenciji iz 1951?"),
                    name_locale: Some("bs"),
                },
                response: "b",
                success: true,
                score: Score {
                    raw: 1.0,
                    min: 0.0,
                    max: 1.0,
                },
            },
        ),
        (
            "assessment passed",
            derived_id("graded", "0193a1b2-0000-7000-8000-0000000000a1"),
            Event::AssessmentGraded {
                assessment: FINAL,
                passed: true,
                score: Score {
                    raw: 8.0,
                    min: 0.0,
                    max: 10.0,
                },
            },
        ),
        (
            "assessment failed",
            derived_id("graded", "0193a1b2-0000-7000-8000-0000000000a0"),
            Event::AssessmentGraded {
                assessment: FINAL,
                passed: false,
                score: Score {
                    raw: 3.0,
                    min: 0.0,
                    max: 10.0,
                },
            },
        ),
        (
            "survey completed",
            derived_id("survey", ENROLLMENT),
            Event::SurveyCompleted,
        ),
        (
            "course completed",
            derived_id("course-completed", ENROLLMENT),
            Event::CourseCompleted,
        ),
        (
            "certificate earned",
            derived_id("certificate", "0193a1b2-0000-7000-8000-0000000000c1"),
            Event::CertificateEarned {
                verification_url: "https://kampus.example/verify/7K3M-Q9XD-T2WA-B4RN",
            },
        ),
    ]
}

fn built() -> Vec<(&'static str, Value)> {
    examples()
        .into_iter()
        .map(|(title, id, event)| (title, statement(&id, &facts(), &event)))
        .collect()
}

/// Every string anywhere in `value`.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => {
            for (k, v) in map {
                out.push(k.clone());
                strings(v, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_builder_makes_a_valid_statement_in_both_versions() {
    for (title, statement) in built() {
        validate::statement(&statement, XapiVersion::V2_0_0)
            .unwrap_or_else(|e| panic!("{title}: {e}\n{statement:#}"));
        validate::statement(&statement, XapiVersion::V1_0_3)
            .unwrap_or_else(|e| panic!("{title} (1.0.3): {e}"));
    }
}

#[test]
fn every_builder_uses_its_documented_verb() {
    let expected = [
        ("enrolled", "http://adlnet.gov/expapi/verbs/registered"),
        (
            "lesson experienced",
            "http://adlnet.gov/expapi/verbs/experienced",
        ),
        (
            "lesson completed",
            "http://adlnet.gov/expapi/verbs/completed",
        ),
        (
            "assessment attempted",
            "http://adlnet.gov/expapi/verbs/attempted",
        ),
        (
            "question answered",
            "http://adlnet.gov/expapi/verbs/answered",
        ),
        ("assessment passed", "http://adlnet.gov/expapi/verbs/passed"),
        ("assessment failed", "http://adlnet.gov/expapi/verbs/failed"),
        (
            "survey completed",
            "http://adlnet.gov/expapi/verbs/completed",
        ),
        (
            "course completed",
            "http://adlnet.gov/expapi/verbs/completed",
        ),
        (
            "certificate earned",
            "https://w3id.org/xapi/adl/verbs/satisfied",
        ),
    ];
    let built = built();
    assert_eq!(built.len(), expected.len());
    for ((title, statement), (want_title, verb)) in built.iter().zip(expected) {
        assert_eq!(*title, want_title);
        assert_eq!(statement["verb"]["id"], verb, "{title}");
        assert!(statement["verb"]["display"]["en-US"].is_string(), "{title}");
    }
}

#[test]
fn no_statement_carries_an_email_address_and_the_actor_is_an_account() {
    for (title, statement) in built() {
        let mut all = Vec::new();
        strings(&statement, &mut all);
        assert!(
            !all.iter().any(|s| s.contains('@') || s.contains("mailto:")),
            "{title}: {all:?}"
        );
        assert_eq!(
            statement["actor"],
            json!({"objectType": "Agent", "account": {"homePage": PUBLIC, "name": USER}}),
            "{title}"
        );
        assert_eq!(statement["context"]["registration"], ENROLLMENT, "{title}");
        assert_eq!(statement["context"]["platform"], "Kampus", "{title}");
        assert_eq!(statement["context"]["language"], "sr-Latn", "{title}");
    }
}

#[test]
fn a_lesson_sits_in_its_module_and_its_course() {
    let statement = statement(
        "7d1f3c1e-5b7a-4f7e-9a51-2b1c3d4e5f60",
        &facts(),
        &Event::LessonCompleted {
            module: MODULE,
            lesson: LESSON,
        },
    );
    assert_eq!(
        statement["object"]["id"],
        "https://kampus.example/courses/digital-skills/lessons/m1-l1"
    );
    assert_eq!(
        statement["object"]["definition"]["name"],
        json!({"sr-Latn": "Prva lekcija"})
    );
    let activities = &statement["context"]["contextActivities"];
    assert_eq!(
        activities["parent"][0]["id"],
        "https://kampus.example/courses/digital-skills/modules/m1"
    );
    assert_eq!(
        activities["grouping"][0]["id"],
        "https://kampus.example/courses/digital-skills"
    );
}

#[test]
fn a_graded_attempt_carries_its_score_and_success() {
    let (_, passed) = &built()[5];
    assert_eq!(
        passed["result"],
        json!({"score": {"scaled": 0.8, "raw": 8.0, "min": 0.0, "max": 10.0}, "success": true, "completion": true})
    );
}

#[test]
fn ids_are_the_events_own_or_derived_the_same_way_every_time() {
    assert_eq!(
        statement_id("lesson", "7D1F3C1E-5B7A-4F7E-9A51-2B1C3D4E5F60"),
        "7d1f3c1e-5b7a-4f7e-9a51-2b1c3d4e5f60"
    );
    let derived = statement_id("lesson", "page:enrollment:lesson");
    assert!(is_uuid(&derived));
    assert_eq!(derived, statement_id("lesson", "page:enrollment:lesson"));
    assert_ne!(
        derived_id("survey", ENROLLMENT),
        derived_id("course-completed", ENROLLMENT)
    );
    assert_eq!(
        uuid::Uuid::parse_str(&derived)
            .expect("a UUID")
            .get_version_num(),
        8
    );
}

#[test]
fn odd_ids_are_percent_encoded_in_activity_iris() {
    assert_eq!(
        course_iri(PUBLIC, "a b/ç"),
        "https://kampus.example/courses/a%20b%2F%C3%A7"
    );
}

/// The JSON blocks of docs/xapi.md's section "Kampus's own statements", each after a heading
/// `#### <title>`, are exactly what the builders make.
#[test]
fn the_documented_examples_are_what_the_builders_make() {
    let doc = include_str!("../../../../docs/xapi.md");
    let section = doc
        .split("## Kampus's own statements")
        .nth(1)
        .expect("the section in docs/xapi.md");
    let mut documented = Vec::new();
    for part in section.split("\n#### ").skip(1) {
        let title = part.lines().next().unwrap_or_default().trim().to_owned();
        let json = part
            .split("```json\n")
            .nth(1)
            .and_then(|rest| rest.split("\n```").next())
            .unwrap_or_else(|| panic!("{title}: no JSON block"));
        let value: Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("{title}: {e}"));
        documented.push((title, value));
    }
    let built = built();
    let titles = |list: &[(String, Value)]| list.iter().map(|(t, _)| t.clone()).collect::<Vec<_>>();
    let built: Vec<(String, Value)> = built.into_iter().map(|(t, v)| (t.to_owned(), v)).collect();
    assert_eq!(titles(&documented), titles(&built));
    for ((title, doc), (_, made)) in documented.iter().zip(&built) {
        assert_eq!(doc, made, "{title}: the doc's example is stale:\n{made:#}");
    }
}

/// Prints the examples (`cargo test -p kampus-xapi print_examples -- --ignored --nocapture`),
/// for docs/xapi.md.
#[test]
#[ignore = "prints the doc's examples"]
fn print_examples() {
    for (title, statement) in built() {
        println!("#### {title}\n\n```json\n{statement:#}\n```\n");
    }
}
