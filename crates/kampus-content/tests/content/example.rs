//! The example course is valid, uses every question type and grades as documented.

use kampus_content::manifest::QuestionType;
use kampus_content::model::{AssessmentKind, ReviewPolicy};
use kampus_content::{Correctness, Locale, Response, check, grade, load_path};

use crate::fixture;

#[test]
fn the_example_course_is_valid_and_complete() {
    let outcome = load_path(&fixture("example-course"));
    assert!(outcome.problems.is_empty(), "{:#?}", outcome.problems);
    assert!(!outcome.has_errors());
    let loaded = outcome.course.expect("loaded");
    let course = loaded.course();
    assert_eq!(course.id, "asylum-procedure-basics");
    // The eight locales its course.toml names (a locale added to Kampus later is not among
    // them).
    let declared = ["en", "sr-Latn", "sr-Cyrl", "bs", "hr", "cnr", "mk", "sq"]
        .map(|tag| tag.parse::<Locale>().expect("a locale"));
    assert_eq!(loaded.locales(), declared);
    assert_eq!(
        course.lesson_ids().collect::<Vec<_>>(),
        ["l-who-is-a-refugee", "l-first-contact", "l-steps"]
    );
    let kinds: Vec<_> = course.assessments.iter().map(|a| a.kind).collect();
    assert_eq!(
        kinds,
        [
            AssessmentKind::PreTest,
            AssessmentKind::ModuleQuiz,
            AssessmentKind::ModuleQuiz,
            AssessmentKind::Final
        ]
    );
    let mut types: Vec<&str> = course
        .assessments
        .iter()
        .flat_map(|a| &a.questions)
        .map(|q| q.kind.name())
        .collect();
    types.sort_unstable();
    types.dedup();
    assert_eq!(types.len(), 7, "{types:?}");
    let final_ = course.assessment("final").expect("final");
    assert_eq!(final_.pools[0].draw, 1);
    assert_eq!(final_.settings.review, ReviewPolicy::Correctness);
    assert_eq!(final_.settings.attempts, Some(2));
    assert!(course.completion.survey);
}

#[test]
fn example_questions_grade_as_documented() {
    let loaded = load_path(&fixture("example-course"))
        .course
        .expect("loaded");
    let question = |id: &str| {
        loaded
            .course()
            .assessments
            .iter()
            .flat_map(|a| &a.questions)
            .find(|q| q.id == id)
            .expect("question")
            .clone()
    };
    let correctness =
        |id: &str, response: Response| grade(&question(id), &response).expect("fits").correctness;
    assert_eq!(
        correctness("q-loznica", Response::Text("banja koviljaca".into())),
        Correctness::Correct
    );
    assert_eq!(
        correctness("q-loznica", Response::Text("Бања Ковиљача".into())),
        Correctness::Correct
    );
    assert_eq!(
        correctness("q-lajkovac", Response::Text("Bogovadja".into())),
        Correctness::Correct
    );
    assert_eq!(
        correctness("pre-year", Response::Number(1951.0)),
        Correctness::Correct
    );
    let g = grade(
        &question("q-vulnerable"),
        &Response::Choices(vec!["minors".into(), "tourists".into()]),
    )
    .expect("fits");
    assert_eq!(
        (g.awarded, g.possible, g.correctness),
        (0.0, 3.0, Correctness::Incorrect)
    );
    let g = grade(
        &question("q-vulnerable"),
        &Response::Choices(vec!["minors".into(), "pregnant-women".into()]),
    )
    .expect("fits");
    assert_eq!((g.awarded, g.correctness), (2.0, Correctness::Partial));
    let order = ["express-intent", "register", "decision", "interview"]
        .map(String::from)
        .to_vec();
    let g = grade(&question("q-order"), &Response::Order(order)).expect("fits");
    assert_eq!((g.awarded, g.correctness), (1.0, Correctness::Partial));
    let quiz = loaded.course().assessment("quiz-access").expect("quiz");
    assert!(quiz.settings.passes(3.0, 5.0));
    assert!(!quiz.settings.passes(2.9, 5.0));
}

#[test]
fn lessons_are_rendered_once_with_toc_and_reading_time() {
    let loaded = load_path(&fixture("example-course"))
        .course
        .expect("loaded");
    let lesson = loaded
        .lesson(Locale::En, "l-who-is-a-refugee")
        .expect("lesson")
        .value;
    assert!(lesson.html.contains("<table>"), "{}", lesson.html);
    assert!(
        lesson
            .html
            .contains(r#"<h2 id="non-refoulement">Non-refoulement</h2>"#),
        "{}",
        lesson.html
    );
    assert!(lesson.html.contains(r#"rel="noopener noreferrer""#));
    let toc: Vec<_> = lesson.toc.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        toc,
        [
            "who-is-a-refugee",
            "refugees-and-migrants",
            "non-refoulement"
        ]
    );
    assert_eq!(lesson.reading_minutes, 1);
    let image = loaded
        .lesson(Locale::Hr, "l-first-contact")
        .expect("lesson")
        .value;
    assert!(
        image
            .html
            .contains(r#"<img src="assets/procedure.svg" alt="Od prvog kontakta do odluke">"#),
        "{}",
        image.html
    );
    // The same rendering is shared by every locale that resolves to it.
    let a = loaded.lesson(Locale::Mk, "l-steps").expect("mk").value;
    let b = loaded.lesson(Locale::En, "l-steps").expect("en").value;
    assert!(std::ptr::eq(a, b));
}

#[test]
fn check_of_the_example_passes_with_a_coverage_table() {
    let report = check(&fixture("example-course"));
    assert!(!report.has_errors());
    let text = report.to_string();
    assert!(text.contains("0 error(s), 0 warning(s)"), "{text}");
    assert!(
        text.contains("  sr-Latn       5/54       49        0         0      100%"),
        "{text}"
    );
    let coverage = report.courses[0].coverage.as_ref().expect("coverage");
    let hr = coverage
        .locales
        .iter()
        .find(|c| c.locale == Locale::Hr)
        .expect("hr");
    assert_eq!((hr.present, hr.total, hr.outdated), (54, 54, 0));
}

/// The fixture a new question type is added to uses every type, loads without a problem and
/// each question's own answer key earns full marks.
#[test]
fn the_question_types_fixture_uses_every_type() {
    let outcome = load_path(&fixture("question-types"));
    assert!(outcome.problems.is_empty(), "{:#?}", outcome.problems);
    let loaded = outcome.course.expect("loaded");
    let questions: Vec<_> = loaded
        .course()
        .assessments
        .iter()
        .flat_map(|a| &a.questions)
        .collect();
    let mut types: Vec<&str> = questions.iter().map(|q| q.kind.name()).collect();
    types.sort_unstable();
    types.dedup();
    let mut every_type: Vec<String> = QuestionType::ALL
        .iter()
        .map(|t| {
            serde_json::to_value(t)
                .expect("json")
                .as_str()
                .expect("name")
                .to_owned()
        })
        .collect();
    every_type.sort_unstable();
    assert_eq!(types, every_type);
    for question in questions {
        let right = question.kind.correct_response().expect("answerable");
        let graded = grade(question, &right).expect("fits");
        assert_eq!(graded.correctness, Correctness::Correct, "{}", question.id);
    }
}
