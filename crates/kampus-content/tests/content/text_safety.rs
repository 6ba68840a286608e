//! Texts that look right and are not (issue 18, items 3 and 7): invisible text-direction
//! controls, refused in the texts a certificate prints and warned about elsewhere, and words
//! that mix scripts (a Latin `è` in the Macedonian `сè`), refused everywhere.

use std::path::Path;

use kampus_content::bundle::SourceTree;
use kampus_content::{LoadOutcome, Severity, load_folder, load_tree};

use crate::fixture;

/// RIGHT-TO-LEFT OVERRIDE: everything after it is shown reversed.
const RLO: char = '\u{202E}';
/// RIGHT-TO-LEFT MARK: invisible, and flips digits and punctuation next to it.
const RLM: char = '\u{200F}';

/// The example course (which loads without a problem) with some files changed.
fn example_with(changes: &[(&str, &dyn Fn(String) -> String)]) -> LoadOutcome {
    let mut tree = SourceTree::read_path(&fixture("example-course"));
    for (file, change) in changes {
        let text = String::from_utf8(tree.get(file).expect(file).to_vec()).expect("UTF-8");
        tree.insert(file, change(text).into_bytes());
    }
    load_tree(&tree)
}

/// `file:line:column code` of every problem.
fn listed(outcome: &LoadOutcome) -> Vec<String> {
    outcome
        .problems
        .iter()
        .map(|p| format!("{}:{}:{} {}", p.file, p.line, p.column, p.code))
        .collect()
}

fn replace(from: &'static str, to: String) -> impl Fn(String) -> String {
    move |text: String| {
        assert!(text.contains(from), "{from}");
        text.replacen(from, &to, 1)
    }
}

#[test]
fn a_direction_control_in_the_course_title_refuses_the_course() {
    let title = replace("course = Asylum ", format!("course = Asylum {RLO}"));
    let outcome = example_with(&[("locales/en/course.ftl", &title)]);
    assert_eq!(
        listed(&outcome),
        ["locales/en/course.ftl:1:17 bidi-control-on-certificate"]
    );
    let problem = &outcome.problems[0];
    assert_eq!(problem.severity, Severity::Error);
    assert!(problem.message.contains("U+202E"), "{}", problem.message);
    assert!(
        problem.message.contains("certificate"),
        "{}",
        problem.message
    );
    assert!(outcome.has_errors());
    assert!(problem.blocks_upload());
}

#[test]
fn outcomes_and_the_summary_in_every_locale_are_certificate_texts() {
    let outcome_mk = replace("lo-refer = Да се ", format!("lo-refer = Да се {RLO}"));
    let summary_en = replace("procedure for police", format!("procedure{RLM} for police"));
    let title_sr = replace("course = Основе", format!("course = {RLM}Основе"));
    let outcome = example_with(&[
        ("locales/mk/course.ftl", &outcome_mk),
        ("locales/en/course.ftl", &summary_en),
        ("locales/sr-Cyrl/course.ftl", &title_sr),
    ]);
    assert_eq!(
        listed(&outcome),
        [
            "locales/en/course.ftl:2:55 bidi-control-on-certificate",
            "locales/mk/course.ftl:4:18 bidi-control-on-certificate",
            "locales/sr-Cyrl/course.ftl:1:10 bidi-control-on-certificate",
        ]
    );
}

#[test]
fn a_control_that_reaches_the_title_through_an_escape_or_a_term_is_refused() {
    let escape = replace(
        "course = Asylum ",
        r#"course = Asylum { "\u202E" }"#.to_owned(),
    );
    let outcome = example_with(&[("locales/en/course.ftl", &escape)]);
    // Found where the escape is written.
    assert_eq!(
        listed(&outcome),
        ["locales/en/course.ftl:1:20 bidi-control-on-certificate"]
    );

    let term = |text: String| {
        let text = text.replacen("course = Asylum ", "course = Asylum { -where }", 1);
        format!("{text}-where = {RLO}at the border\n")
    };
    let outcome = example_with(&[("locales/en/course.ftl", &term)]);
    // The term itself is a warning where it is written; the title that shows it is refused.
    assert_eq!(
        listed(&outcome),
        [
            "locales/en/course.ftl:1:1 bidi-control-on-certificate".to_owned(),
            format!("locales/en/course.ftl:{}:10 bidi-control", term_line()),
        ]
    );
    assert!(outcome.problems[0].message.contains("U+202E"));
}

/// The line the term lands on when appended to the example's English `course.ftl`.
fn term_line() -> usize {
    let text = std::fs::read_to_string(fixture("example-course").join("locales/en/course.ftl"))
        .expect("course.ftl");
    text.lines().count() + 1
}

#[test]
fn controls_in_other_texts_are_warnings_that_do_not_refuse_an_upload() {
    let module = replace("m-access = Access", format!("m-access = {RLO}Access"));
    let question = replace("q-definition = Under", format!("q-definition = {RLO}Under"));
    let lesson = |text: String| format!("{RLM}{text}");
    let outcome = example_with(&[
        ("locales/en/course.ftl", &module),
        ("locales/en/assessments.ftl", &question),
        ("locales/mk/lessons/l-who-is-a-refugee.md", &lesson),
    ]);
    assert_eq!(
        listed(&outcome),
        [
            "locales/en/assessments.ftl:10:16 bidi-control",
            "locales/en/course.ftl:9:12 bidi-control",
            "locales/mk/lessons/l-who-is-a-refugee.md:1:1 bidi-control",
        ]
    );
    assert!(!outcome.has_errors());
    assert!(outcome.problems.iter().all(|p| !p.blocks_upload()));
    assert!(
        outcome.problems[2].message.contains("U+200F"),
        "{}",
        outcome.problems[2].message
    );
}

#[test]
fn words_that_mix_scripts_are_errors_with_the_word_and_its_odd_letters() {
    let lesson = replace("бегалец** е", "бегалец** сè".to_owned());
    let title = replace("m-access = Пристап", "m-access = Пристaп".to_owned());
    let greek = replace("course = Asylum", "course = Αsylum".to_owned());
    let outcome = example_with(&[
        ("locales/mk/lessons/l-who-is-a-refugee.md", &lesson),
        ("locales/mk/course.ftl", &title),
        ("locales/en/course.ftl", &greek),
    ]);
    assert_eq!(
        listed(&outcome),
        [
            "locales/en/course.ftl:1:10 mixed-script",
            "locales/mk/course.ftl:5:12 mixed-script",
            "locales/mk/lessons/l-who-is-a-refugee.md:3:74 mixed-script",
        ]
    );
    assert!(
        outcome
            .problems
            .iter()
            .all(|p| p.severity == Severity::Error)
    );
    let said = |i: usize, word: &str, letter: &str| {
        let message = &outcome.problems[i].message;
        assert!(
            message.contains(word) && message.contains(letter),
            "{message}"
        );
    };
    said(0, "`Αsylum`", "U+0391");
    said(1, "`Пристaп`", "U+0061");
    said(2, "`сè`", "U+00E8");

    // Cyrillic look-alikes in Latin text too.
    let latin = replace("m-procedure = The", "m-procedure = Thе".to_owned());
    let outcome = example_with(&[("locales/en/course.ftl", &latin)]);
    assert_eq!(
        listed(&outcome),
        ["locales/en/course.ftl:11:15 mixed-script"]
    );
    assert!(outcome.problems[0].message.contains("U+0435"));
}

#[test]
fn whole_words_in_the_other_script_code_links_and_placeables_are_not_mixed() {
    let lesson = |text: String| {
        format!(
            "{text}\nЕУ, EU и UNHCR; COVID-19; 2-ри; сѐ уште. `сè` [врска](https://example.org/сè) \
             ![слика](assets/сè.png)\n\n```\nсè\n```\n\n<span title=\"сè\">ок</span>\n"
        )
    };
    let ftl = replace(
        "lo-refer = Да се упати",
        "lo-refer = Да се { $name } упати (UNHCR, ЕУ)".to_owned(),
    );
    let outcome = example_with(&[
        ("locales/mk/lessons/l-who-is-a-refugee.md", &lesson),
        ("locales/mk/course.ftl", &ftl),
    ]);
    let codes: Vec<String> = listed(&outcome)
        .into_iter()
        .filter(|p| p.ends_with("mixed-script"))
        .collect();
    assert!(codes.is_empty(), "{codes:?}");
}

#[test]
fn the_shipped_courses_have_no_problems() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let courses = load_folder(&content);
    assert_eq!(courses.len(), 3);
    for (path, outcome) in courses {
        let problems: Vec<String> = outcome.problems.iter().map(ToString::to_string).collect();
        assert!(problems.is_empty(), "{}: {problems:#?}", path.display());
    }
}
