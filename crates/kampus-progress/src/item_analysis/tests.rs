//! Item analysis of four hand-made attempts at the example course's first quiz, each figure
//! worked out by hand.

use std::collections::HashMap;

use kampus_content::Response;
use kampus_content::model::Assessment;

use super::*;
use crate::paper::{Paper, RandomSource};

/// No shuffling: the paper is the authored order.
struct First;
impl RandomSource for First {
    fn below(&mut self, _n: usize) -> usize {
        0
    }
}

fn quiz() -> Assessment {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/example-course"
    );
    kampus_content::load_path(std::path::Path::new(dir))
        .course
        .expect("example course")
        .course()
        .assessments
        .iter()
        .find(|a| a.id == "quiz-access")
        .expect("quiz")
        .clone()
}

/// Answers and graded paper of an attempt, as stored.
fn attempt(quiz: &Assessment, answers: &[(&str, Response)]) -> (String, String) {
    let answers: HashMap<String, Response> = answers
        .iter()
        .map(|(id, r)| ((*id).to_owned(), r.clone()))
        .collect();
    let graded = Paper::draw(quiz, &mut First).grade(&answers);
    (
        serde_json::to_string(&answers).expect("answers"),
        serde_json::to_string(&graded).expect("result"),
    )
}

fn choice(id: &str) -> Response {
    Response::Choice(id.into())
}

fn choices(ids: &[&str]) -> Response {
    Response::Choices(ids.iter().map(|s| (*s).to_owned()).collect())
}

/// q-definition (2 points), q-vulnerable (3), q-non-refoulement (1):
/// - bs: right, unanswered, true (1) → 3 points;
/// - bs: poverty, all three right, true → 4;
/// - mk: right, all three right, false → 5;
/// - mk: travel, tourists (right minus wrong: 0), true → 1.
fn analysed() -> ItemReport {
    let quiz = quiz();
    let all_right = choices(&["minors", "torture-survivors", "pregnant-women"]);
    let attempts = [
        (
            "bs",
            vec![
                ("q-definition", choice("persecution")),
                ("q-non-refoulement", Response::Bool(true)),
            ],
        ),
        (
            "bs",
            vec![
                ("q-definition", choice("poverty")),
                ("q-vulnerable", all_right.clone()),
                ("q-non-refoulement", Response::Bool(true)),
            ],
        ),
        (
            "mk",
            vec![
                ("q-definition", choice("persecution")),
                ("q-vulnerable", all_right),
                ("q-non-refoulement", Response::Bool(false)),
            ],
        ),
        (
            "mk",
            vec![
                ("q-definition", choice("travel")),
                ("q-vulnerable", choices(&["tourists"])),
                ("q-non-refoulement", Response::Bool(true)),
            ],
        ),
    ];
    let mut analysis = ItemAnalysis::new(&quiz);
    for (locale, answers) in attempts {
        let (answers, result) = attempt(&quiz, &answers);
        analysis.add(locale, &answers, &result);
    }
    analysis.add("bs", "{}", "not json");
    analysis.finish()
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

fn question<'a>(report: &'a ItemReport, id: &str) -> &'a QuestionStats {
    report
        .questions
        .iter()
        .find(|q| q.id == id)
        .expect("question")
}

#[test]
fn facility_discrimination_and_answers_per_question() {
    let report = analysed();
    assert_eq!((report.attempts, report.unreadable_attempts), (4, 1));
    let ids: Vec<&str> = report.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["q-definition", "q-vulnerable", "q-non-refoulement"]);

    let definition = question(&report, "q-definition");
    assert_eq!(definition.question_type, Some("single-choice"));
    assert_eq!(definition.outcomes, ["lo-identify"]);
    assert_eq!(definition.figures.attempts, 4);
    assert!(close(definition.figures.facility, 0.5));
    // Right 1, 0, 1, 0; rest-scores 1, 4, 3, 1: M1 = 2, M0 = 2.5, mean 2.25,
    // s = sqrt(6.75 / 4), p = q = 1/2: r = -0.5 / s * 0.5 = -1/sqrt(27).
    assert!(close(
        definition.figures.discrimination,
        -1.0 / 27.0_f64.sqrt()
    ));
    assert_eq!(
        definition.figures.answers,
        Some(Distribution(vec![
            ("persecution".into(), 2),
            ("poverty".into(), 1),
            ("travel".into(), 1)
        ]))
    );
    assert!(definition.figures.small_group);

    let vulnerable = question(&report, "q-vulnerable");
    assert!(close(vulnerable.figures.facility, 0.5));
    assert_eq!(vulnerable.figures.unanswered, 1);
    assert_eq!(
        vulnerable.figures.answers,
        Some(Distribution(vec![
            ("minors".into(), 2),
            ("torture-survivors".into(), 2),
            ("tourists".into(), 1),
            ("pregnant-women".into(), 2)
        ]))
    );

    let refoulement = question(&report, "q-non-refoulement");
    assert!(close(refoulement.figures.facility, 0.75));
    assert_eq!(
        refoulement.figures.answers,
        Some(Distribution(vec![("true".into(), 3), ("false".into(), 1)]))
    );
}

#[test]
fn per_locale_and_mastery() {
    let report = analysed();
    let refoulement = question(&report, "q-non-refoulement");
    let locales: Vec<(&str, u64, Option<f64>)> = refoulement
        .locales
        .iter()
        .map(|l| (l.locale.as_str(), l.figures.attempts, l.figures.facility))
        .collect();
    assert_eq!(
        locales,
        [("bs", 2, Some(1.0)), ("mk", 2, Some(0.5))],
        "in the order of Locale::ALL"
    );
    assert!(!refoulement.translation_flag, "too few attempts to flag");
    let definition_mk = &question(&report, "q-definition").locales[1];
    assert_eq!(
        definition_mk.figures.answers,
        Some(Distribution(vec![
            ("persecution".into(), 1),
            ("poverty".into(), 0),
            ("travel".into(), 1)
        ]))
    );

    let outcomes: Vec<(&str, u64, Option<f64>)> = report
        .outcomes
        .iter()
        .map(|o| (o.outcome.as_str(), o.mastery.responses, o.mastery.mastery))
        .collect();
    // lo-identify: definition 1, 0, 1, 0 and vulnerable 0, 1, 1, 0; lo-refer: 1, 1, 0, 1.
    assert_eq!(
        outcomes,
        [("lo-identify", 8, Some(0.5)), ("lo-refer", 4, Some(0.75))]
    );
    let refer = &report.outcomes[1].locales;
    assert_eq!(
        (refer[0].locale.as_str(), refer[0].mastery.mastery),
        ("bs", Some(1.0))
    );
    assert_eq!(
        (refer[1].locale.as_str(), refer[1].mastery.mastery),
        ("mk", Some(0.5))
    );
}

#[test]
fn a_question_only_older_papers_had_is_listed_last() {
    let quiz = quiz();
    let mut analysis = ItemAnalysis::new(&quiz);
    analysis.add(
        "sq",
        r#"{"q-old": {"type": "choice", "value": "x"}}"#,
        r#"{"awarded": 1, "possible": 1, "percent": 100, "passed": true,
            "grades": [["q-old", {"awarded": 1, "possible": 1, "correctness": "correct"}]]}"#,
    );
    let report = analysis.finish();
    let old = report.questions.last().expect("a question");
    assert_eq!((old.id.as_str(), old.question_type), ("q-old", None));
    assert!(close(old.figures.facility, 1.0));
    assert_eq!(old.figures.answers, None, "its choices are not known");
    assert_eq!(question(&report, "q-definition").figures.attempts, 0);
}

#[test]
fn a_locale_where_a_question_is_markedly_harder_is_flagged() {
    let quiz = quiz();
    let mut analysis = ItemAnalysis::new(&quiz);
    // q-non-refoulement: 20 attempts in sq, 8 right (0.40); 20 in hr, 12 right (0.60).
    for (locale, right) in [("sq", 8), ("hr", 12)] {
        for n in 0..20 {
            let (answers, result) =
                attempt(&quiz, &[("q-non-refoulement", Response::Bool(n < right))]);
            analysis.add(locale, &answers, &result);
        }
    }
    let report = analysis.finish();
    let refoulement = question(&report, "q-non-refoulement");
    assert!(refoulement.translation_flag);
    let flags: Vec<(&str, bool)> = refoulement
        .locales
        .iter()
        .map(|l| (l.locale.as_str(), l.translation_flag))
        .collect();
    assert_eq!(flags, [("hr", false), ("sq", true)]);
    assert!(!question(&report, "q-definition").translation_flag);
}
