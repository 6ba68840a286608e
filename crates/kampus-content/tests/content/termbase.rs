//! The termbase check (`term-inconsistent`, `invalid-termbase`) on copies of a shipped course
//! with the shipped termbase, and the shipped content against it.

use std::path::{Path, PathBuf};

use kampus_content::termbase::{self, Termbase};
use kampus_content::{Locale, ProblemCode, check};

use crate::copy_dir;

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// A copy of `migration-and-gender` with the shipped termbase beside it, `edit` applied to
/// one of its files.
fn copy_with(file: &str, from: &str, to: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let course = tmp.path().join("migration-and-gender");
    copy_dir(&content().join("migration-and-gender"), &course);
    std::fs::copy(
        content().join(termbase::FILE),
        tmp.path().join(termbase::FILE),
    )
    .expect("copy termbase");
    let path = course.join(file);
    let text = std::fs::read_to_string(&path).expect("read");
    assert_eq!(text.matches(from).count(), 1, "`{from}` once in {file}");
    std::fs::write(&path, text.replace(from, to)).expect("write");
    (tmp, course)
}

fn term_problems(course: &Path) -> Vec<String> {
    check(course)
        .courses
        .iter()
        .flat_map(|c| &c.problems)
        .filter(|p| {
            matches!(
                p.code,
                ProblemCode::TermInconsistent | ProblemCode::InvalidTermbase
            )
        })
        .map(|p| {
            format!(
                "{}:{}:{} {} {}",
                p.file, p.line, p.column, p.code, p.message
            )
        })
        .collect()
}

/// The codes the planted termbase problems have (for the test that every code is planted).
pub fn planted_codes() -> Vec<ProblemCode> {
    let mut codes = Vec::new();
    let (_tmp, course) = copy_with(
        "locales/sq/course.ftl",
        "Gjinia dhe migracioni:",
        "Gjinia dhe migrimi:",
    );
    codes.extend(check(&course).courses[0].problems.iter().map(|p| p.code));
    std::fs::write(course.join(termbase::FILE), "[[term]]\nid = 1\n").expect("write");
    codes.extend(check(&course).courses[0].problems.iter().map(|p| p.code));
    codes
}

#[test]
fn the_shipped_courses_use_the_termbase() {
    let report = check(&content());
    assert_eq!(report.courses.len(), 3);
    let found: Vec<String> = report
        .courses
        .iter()
        .flat_map(|c| &c.problems)
        .filter(|p| {
            matches!(
                p.code,
                ProblemCode::TermInconsistent | ProblemCode::InvalidTermbase
            )
        })
        .map(ToString::to_string)
        .collect();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_shipped_termbase_has_thirty_terms_in_every_locale() {
    let termbase = Termbase::read(&content().join(termbase::FILE)).expect("valid termbase");
    for locale in Locale::ALL.into_iter().skip(1) {
        assert!(
            termbase.in_locale(locale).count() >= 30,
            "{locale}: {}",
            termbase.in_locale(locale).count()
        );
    }
}

#[test]
fn a_forbidden_variant_is_reported_at_its_word() {
    let (_tmp, course) = copy_with(
        "locales/sq/course.ftl",
        "Gjinia dhe migracioni:",
        "Gjinia dhe migrimi:",
    );
    assert_eq!(
        term_problems(&course),
        [
            "locales/sq/course.ftl:18:32 term-inconsistent term `migration`: \"migrimi\" is the variant `migrim` the termbase forbids; use \"migracion\" (for \"migration\")"
        ]
    );
}

#[test]
fn a_missing_approved_term_is_reported_at_the_unit() {
    let (_tmp, course) = copy_with(
        "locales/sq/course.ftl",
        "Gjinia dhe migracioni:",
        "Gjinia dhe lëvizja:",
    );
    let found = term_problems(&course);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with("locales/sq/course.ftl:18:21 term-inconsistent term `migration`: "),
        "{}",
        found[0]
    );
}

#[test]
fn other_inflections_of_the_approved_term_are_not_reported() {
    // Albanian: the definite nominative `migracioni` becomes the genitive `migracionit`.
    let (_tmp, course) = copy_with(
        "locales/sq/course.ftl",
        "Gjinia dhe migracioni:",
        "Gjinia dhe migracionit:",
    );
    assert_eq!(term_problems(&course), Vec::<String>::new());
    // Serbian Cyrillic, upper case: the instrumental singular.
    let (_tmp, course) = copy_with(
        "locales/sr-Cyrl/course.ftl",
        "Род у управљању миграцијама",
        "Род у управљању МИГРАЦИЈОМ",
    );
    assert_eq!(term_problems(&course), Vec::<String>::new());
}

#[test]
fn an_unreadable_termbase_is_one_warning_and_no_term_check() {
    let (_tmp, course) = copy_with(
        "locales/sq/course.ftl",
        "Gjinia dhe migracioni:",
        "Gjinia dhe migrimi:",
    );
    std::fs::write(
        course.parent().expect("parent").join(termbase::FILE),
        "[[term]]\nid = \"migration\"\nen = [\"migration\"]\nxx = { term = \"y\" }\n",
    )
    .expect("write");
    let found = term_problems(&course);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with("../termbase.toml:0:0 invalid-termbase"),
        "{}",
        found[0]
    );
}

#[test]
fn the_tbx_export_of_the_shipped_termbase_is_well_formed() {
    let termbase = Termbase::read(&content().join(termbase::FILE)).expect("valid termbase");
    let tbx = termbase::tbx::to_tbx(&termbase, None);
    let doc = roxmltree::Document::parse(&tbx).expect("well-formed TBX");
    let concepts: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("conceptEntry"))
        .collect();
    assert_eq!(concepts.len(), termbase.terms.len());
    for concept in &concepts {
        let languages = concept
            .children()
            .filter(|n| n.has_tag_name("langSec"))
            .count();
        assert_eq!(languages, 8, "{:?}", concept.attribute("id"));
    }
    let albanian = termbase::tbx::to_tbx(&termbase, Some(Locale::Sq));
    let doc = roxmltree::Document::parse(&albanian).expect("well-formed TBX");
    let languages = doc
        .descendants()
        .filter(|n| n.has_tag_name("langSec"))
        .count();
    assert_eq!(languages, 2 * termbase.terms.len());
}
