//! Validation rules one by one: the example manifest with one change gives exactly the
//! expected error (warnings that follow from a dropped part are not asserted here).

use kampus_content::bundle::SourceTree;
use kampus_content::{ProblemCode, load_tree};

use crate::fixture;

/// The error codes (with line) of the example course after `change` is applied to a file.
fn errors_after(path: &str, change: impl FnOnce(String) -> String) -> Vec<(ProblemCode, u32)> {
    let mut tree = SourceTree::read_path(&fixture("example-course"));
    let text =
        String::from_utf8(tree.get(path).map(<[u8]>::to_vec).unwrap_or_default()).expect("utf8");
    let changed = change(text.clone());
    assert_ne!(changed, text, "the change did not apply");
    tree.insert(path, changed.into_bytes());
    load_tree(&tree)
        .problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| (p.code, p.line))
        .collect()
}

fn manifest(from: &str, to: &str) -> Vec<(ProblemCode, u32)> {
    errors_after("course.toml", |m| m.replacen(from, to, 1))
}

/// The line of the example manifest where `needle` first appears.
fn at(needle: &str) -> u32 {
    let text =
        std::fs::read_to_string(fixture("example-course").join("course.toml")).expect("manifest");
    let offset = text.find(needle).expect("needle in manifest");
    u32::try_from(
        text[..offset].lines().count() + usize::from(text[..offset].ends_with('\n') || offset == 0),
    )
    .expect("line")
}

#[test]
fn structure_rules() {
    use ProblemCode::{InvalidSetting, ManifestSyntax, UnknownId};
    assert_eq!(
        manifest("format = 1", "format = 2"),
        [(InvalidSetting, at("format = 1"))]
    );
    assert_eq!(
        manifest("pass_mark = 60", "pass_marks = 60"),
        [(ManifestSyntax, at("pass_mark = 60"))]
    );
    assert_eq!(
        manifest("kind = \"pre-test\"", "kind = \"final\""),
        [(InvalidSetting, at("kind = \"final\""))]
    );
    assert_eq!(
        manifest("draw = 1", "draw = 3"),
        [(InvalidSetting, at("draw = 1"))]
    );
    assert_eq!(
        manifest("scale = 5", "scale = 9"),
        [(InvalidSetting, at("scale = 5"))]
    );
    assert_eq!(
        manifest("attempts = 3", "attempts = -1"),
        [(InvalidSetting, at("attempts = 3"))]
    );
    assert_eq!(
        manifest("time_limit_minutes = 15", "time_limit_minutes = 100000"),
        [(InvalidSetting, at("time_limit_minutes = 15"))]
    );
    assert_eq!(
        manifest("hours = 4", "hours = 0"),
        [(InvalidSetting, at("hours = 4"))]
    );
    assert_eq!(
        manifest("eqf_level = 5", "eqf_level = 9"),
        [(InvalidSetting, at("eqf_level = 5"))]
    );
    assert_eq!(
        manifest(
            "outcomes = [\"lo-identify\"]\nvalue",
            "outcomes = [\"lo-unknown\"]\nvalue"
        ),
        [(UnknownId, at("outcomes = [\"lo-identify\"]\nvalue"))]
    );
    assert_eq!(
        manifest(
            "module = \"m-procedure\"\n\n# Pre-test",
            "module = \"m-nowhere\"\n\n# Pre-test"
        ),
        [
            // The lesson is left out, so its module is left without lessons.
            (InvalidSetting, at("id = \"m-procedure\"")),
            (UnknownId, at("module = \"m-procedure\"\n\n# Pre-test")),
        ]
    );
    // A module without lessons.
    let errors = manifest(
        "[[modules]]\nid = \"m-procedure\"",
        "[[modules]]\nid = \"m-procedure\"\n\n[[modules]]\nid = \"m-empty\"",
    );
    assert_eq!(
        errors,
        [
            (InvalidSetting, at("id = \"m-procedure\"") + 3),
            (ProblemCode::MissingText, at("id = \"m-procedure\"") + 3)
        ]
    );
}

#[test]
fn question_rules() {
    use ProblemCode::{ChoiceMismatch, DuplicateId, InvalidSetting, MissingCorrectAnswer};
    assert_eq!(
        manifest(
            "correct = [\"persecution\"]",
            "correct = [\"persecution\", \"poverty\"]"
        ),
        [(InvalidSetting, at("correct = [\"persecution\"]"))]
    );
    assert_eq!(
        manifest(
            "correct = [\"minors\", \"torture-survivors\", \"pregnant-women\"]",
            "correct = []"
        ),
        [(MissingCorrectAnswer, at("id = \"q-vulnerable\""))]
    );
    assert_eq!(
        manifest("[\"reviews\", \"court\"]", "[\"reviews\", \"judge\"]"),
        [(ChoiceMismatch, at("pairs = "))]
    );
    assert_eq!(
        manifest("[\"reviews\", \"court\"]", "[\"reviews\"]"),
        [(InvalidSetting, at("pairs = "))]
    );
    assert_eq!(
        manifest(
            "items = [\"express-intent\", \"register\"",
            "items = [\"express-intent\", \"express-intent\""
        ),
        [(DuplicateId, at("items = [\"express-intent\""))]
    );
    assert_eq!(
        manifest("accepted = [\"Bogovađa\"]", "accepted = [\"  \"]"),
        [(MissingCorrectAnswer, at("id = \"q-lajkovac\""))]
    );
    assert_eq!(
        manifest("tolerance = 0", "tolerance = -1"),
        [(InvalidSetting, at("tolerance = 0"))]
    );
    assert_eq!(
        manifest("points = 2", "points = 0"),
        [(InvalidSetting, at("points = 2"))]
    );
    assert_eq!(
        manifest(
            "choices = [\"persecution\", \"poverty\", \"travel\"]",
            "choices = [\"persecution\"]"
        ),
        [(InvalidSetting, at("type = \"single-choice\""))]
    );
}

#[test]
fn locale_folder_rules() {
    let mut tree = SourceTree::read_path(&fixture("example-course"));
    tree.insert("locales/sr-latn/course.ftl", b"course = X\n".to_vec());
    tree.insert("locales/de/course.ftl", b"course = X\n".to_vec());
    let problems: Vec<_> = load_tree(&tree)
        .problems
        .iter()
        .map(|p| (p.file.clone(), p.code))
        .collect();
    assert_eq!(
        problems,
        [
            ("locales/de/".to_owned(), ProblemCode::UnsupportedLocale),
            ("locales/sr-latn/".to_owned(), ProblemCode::InvalidLocaleTag),
        ]
    );
}

#[test]
fn english_texts_are_required_and_others_are_not() {
    let errors = errors_after("locales/en/assessments.ftl", |t| {
        t.replace("q-order_interview = Interview\n", "")
    });
    assert_eq!(
        errors,
        [(ProblemCode::MissingText, at("items = [\"express-intent\""))]
    );
    let errors = errors_after("locales/hr/assessments.ftl", |t| {
        t.replace("q-order_interview = Saslušanje\n", "")
    });
    assert!(errors.is_empty(), "{errors:?}");
}
