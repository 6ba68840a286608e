//! The broken fixtures report exactly the planted problems, with file, line and column.

use kampus_content::bundle::SourceTree;
use kampus_content::{ProblemCode, Severity, check, load_path, load_tree};

use crate::fixture;

fn listed(problems: &[kampus_content::Problem]) -> Vec<String> {
    problems
        .iter()
        .map(|p| format!("{}:{}:{} {}", p.file, p.line, p.column, p.code))
        .collect()
}

#[test]
fn broken_course_lists_every_planted_problem() {
    let outcome = load_path(&fixture("broken-course"));
    assert_eq!(
        listed(&outcome.problems),
        [
            "course.toml:7:30 invalid-locale-tag",
            "course.toml:7:41 unsupported-locale",
            "course.toml:14:18 unknown-id",
            "course.toml:20:6 duplicate-id",
            "course.toml:30:6 missing-text",
            "course.toml:37:13 pass-mark-out-of-range",
            "course.toml:48:12 invalid-setting",
            "course.toml:51:6 invalid-id",
            "course.toml:58:13 inapplicable-field",
            "course.toml:61:6 missing-correct-answer",
            "course.toml:69:12 choice-mismatch",
            "course.toml:73:14 invalid-audience",
            "course.toml:78:6 correct-choice-position",
            "course.toml:103:6 answer-in-question",
            "locales/bs/course.ftl:0:0 unreadable-file",
            "locales/en/course.ftl:3:27 bidi-control-on-certificate",
            "locales/en/course.ftl:4:11 bidi-control",
            "locales/en/course.ftl:8:1 unknown-text",
            "locales/en/course.ftl:9:1 variable-mismatch",
            "locales/en/course.ftl:10:30 setting-as-number",
            "locales/en/course.ftl:11:19 unknown-reference",
            "locales/en/lessons/l-steps.md:5:65 nesting-too-deep",
            "locales/en/lessons/l-welcome.md:3:1 raw-html",
            "locales/en/lessons/l-welcome.md:5:9 missing-asset",
            "locales/en/lessons/l-welcome.md:5:47 unsafe-link",
            "locales/hr/course.ftl:2:11 mixed-script",
            "locales/hr/course.ftl:3:22 fluent-syntax",
            "locales/hr/translations.lock:0:0 invalid-lock-file",
        ]
    );
    assert!(outcome.has_errors());
}

#[test]
fn every_problem_class_is_planted_once() {
    let mut codes: Vec<ProblemCode> = load_path(&fixture("broken-course"))
        .problems
        .iter()
        .map(|p| p.code)
        .collect();
    codes.extend(
        load_path(&fixture("broken-manifest"))
            .problems
            .iter()
            .map(|p| p.code),
    );
    codes.extend(
        load_tree(&SourceTree::new())
            .problems
            .iter()
            .map(|p| p.code),
    );
    codes.extend(crate::termbase::planted_codes());
    codes.sort();
    let mut all = ProblemCode::ALL.to_vec();
    all.sort();
    assert_eq!(codes, all);
}

#[test]
fn a_broken_manifest_still_gets_its_locale_files_checked() {
    let outcome = load_path(&fixture("broken-manifest"));
    assert_eq!(
        listed(&outcome.problems),
        ["course.toml:5:16 manifest-syntax"]
    );
    assert!(outcome.course.is_none());
    assert!(outcome.has_errors());
}

#[test]
fn messages_say_what_is_wrong() {
    let outcome = load_path(&fixture("broken-course"));
    let message = |code| {
        outcome
            .problems
            .iter()
            .find(|p| p.code == code)
            .map(|p| p.message.clone())
            .expect("planted")
    };
    assert_eq!(
        message(ProblemCode::DuplicateId),
        "learning outcome id `lo-identify` is already declared on line 17"
    );
    assert_eq!(
        message(ProblemCode::ChoiceMismatch),
        "`d` is not one of the choices of `q-choice` (a, b, c)"
    );
    assert_eq!(
        message(ProblemCode::PassMarkOutOfRange),
        "pass mark 120 is not a percentage between 0 and 100"
    );
}

#[test]
fn check_report_has_errors_and_both_output_forms() {
    let report = check(&fixture("broken-course"));
    assert!(report.has_errors());
    let course = &report.courses[0];
    assert_eq!((course.errors, course.warnings), (18, 10));
    assert!(
        course
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
            .count()
            == 10
    );
    let text = report.to_string();
    assert!(
        text.contains("broken-course/course.toml:20:6: error[duplicate-id]"),
        "{text}"
    );
    assert!(text.contains("cannot be published"), "{text}");
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).expect("json");
    assert_eq!(
        json["courses"][0]["problems"][0]["code"],
        "invalid-locale-tag"
    );
    assert_eq!(json["courses"][0]["problems"][0]["line"], 7);
    assert_eq!(
        json["courses"][0]["coverage"]["locales"][0]["missing"][0],
        "l-steps"
    );
}

#[test]
fn a_folder_without_courses_is_an_error() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let report = check(tmp.path());
    assert!(report.has_errors());
    assert_eq!(
        report.courses[0].problems[0].code,
        ProblemCode::ManifestMissing
    );
}

#[test]
fn a_message_defined_twice_in_a_locale_is_a_duplicate() {
    let mut tree = SourceTree::read_path(&fixture("example-course"));
    tree.insert(
        "locales/hr/extra.ftl",
        "\n# Again\nm-access = Pristup\n".as_bytes().to_vec(),
    );
    let outcome = load_tree(&tree);
    assert_eq!(
        listed(&outcome.problems),
        ["locales/hr/extra.ftl:3:1 duplicate-id"]
    );
    assert!(
        outcome.problems[0]
            .message
            .starts_with("text `m-access` is already defined in locales/hr/course.ftl:")
    );
    // The first definition is the one served.
    let course = outcome.course.expect("loaded");
    assert_eq!(
        course
            .text(kampus_content::Locale::Hr, "m-access", None)
            .expect("text")
            .value,
        "Pristup postupku"
    );
}
