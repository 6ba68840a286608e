//! The hostile-bundle corpus in `tests/fixtures/bundles/` (written by its `make.py`): each
//! archive is a valid course plus one hostile part, and an upload of it is refused for that
//! part alone, with the code the corpus's README.md names.

use kampus_content::bundle::SourceTree;
use kampus_content::{ProblemCode, Severity, load_tree};

use crate::fixture;

/// Refused when read: (fixture, refusal code, entry named).
const REFUSED: [(&str, &str, Option<&str>); 8] = [
    ("zip-slip.zip", "path-escapes", Some("../../evil.md")),
    ("absolute-path.tar.gz", "path-escapes", Some("/etc/evil.md")),
    ("symlink.tar.gz", "link", Some("locales/en/lessons/l-x.md")),
    ("hardlink.tar.gz", "link", Some("locales/en/lessons/l-x.md")),
    ("zip-bomb.zip", "too-large", None),
    (
        "wrong-type.zip",
        "file-type",
        Some("locales/en/lessons/payload.exe"),
    ),
    (
        "duplicate-entry.zip",
        "duplicate",
        Some("locales/en/lessons/l-welcome.md"),
    ),
    ("not-an-archive.zip", "not-an-archive", None),
];

/// The problems the loader reports, in order: their codes and severities.
type Expected = &'static [(ProblemCode, Severity)];

/// Read, then caught by the loader: (fixture, file, problems).
const CONTENT: [(&str, &str, Expected); 2] = [
    (
        "broken-fluent.zip",
        "locales/en/course.ftl",
        &[(ProblemCode::FluentSyntax, Severity::Error)],
    ),
    (
        "script-injection.zip",
        "locales/en/lessons/l-welcome.md",
        &[
            (ProblemCode::RawHtml, Severity::Warning),
            (ProblemCode::UnsafeLink, Severity::Warning),
        ],
    ),
];

fn bundle(name: &str) -> Vec<u8> {
    let path = fixture("bundles").join(name);
    std::fs::read(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

#[test]
fn each_hostile_archive_is_refused_for_its_hostile_part() {
    for (name, code, path) in REFUSED {
        let refusals = SourceTree::read_upload(&bundle(name)).expect_err(name);
        let got: Vec<_> = refusals.iter().map(|r| (r.code(), r.path())).collect();
        assert_eq!(got, [(code, path)], "{name}: {refusals:?}");
    }
}

#[test]
fn the_zip_bomb_is_small_and_refused_before_it_is_inflated() {
    let bytes = bundle("zip-bomb.zip");
    assert!(bytes.len() < 1024 * 1024, "{} bytes", bytes.len());
    // Refused from the sizes the central directory declares, before anything is inflated
    // (`bundle::upload_tests` shows it with a zip that lies about its sizes).
    let refusals = SourceTree::read_upload(&bytes).expect_err("refused");
    assert_eq!(refusals, [kampus_content::bundle::Refusal::TooLarge]);
}

#[test]
fn without_the_hostile_part_each_fixture_is_a_valid_course() {
    // Read leniently, less the hostile entry (either copy of a duplicate is a valid lesson),
    // what remains loads without a problem: the hostile part is the only reason for refusal.
    for (name, code, path) in REFUSED {
        if matches!(name, "not-an-archive.zip" | "zip-bomb.zip") {
            continue;
        }
        let read = SourceTree::read_bundle(name, &bundle(name));
        let hostile = path.filter(|_| code != "duplicate");
        let mut rest = SourceTree::new();
        for path in read.paths().filter(|p| Some(*p) != hostile) {
            rest.insert(path, read.get(path).expect("file").to_vec());
        }
        let outcome = load_tree(&rest);
        assert!(
            outcome.problems.is_empty(),
            "{name}: {:#?}",
            outcome.problems
        );
    }
}

#[test]
fn content_attacks_are_read_and_caught_by_the_loader() {
    for (name, file, expected) in CONTENT {
        let tree = SourceTree::read_upload(&bundle(name)).expect(name);
        let outcome = load_tree(&tree);
        let got: Vec<_> = outcome
            .problems
            .iter()
            .map(|p| (p.file.as_str(), p.code, p.severity))
            .collect();
        let want: Vec<_> = expected.iter().map(|(c, s)| (file, *c, *s)).collect();
        assert_eq!(got, want, "{name}: {:#?}", outcome.problems);
    }
}

#[test]
fn the_readme_lists_every_fixture() {
    let readme = std::fs::read_to_string(fixture("bundles").join("README.md")).expect("README");
    let listed: Vec<&str> = REFUSED
        .iter()
        .map(|(name, ..)| *name)
        .chain(CONTENT.iter().map(|(name, ..)| *name))
        .collect();
    for name in &listed {
        assert!(readme.contains(&format!("| `{name}` |")), "{name}");
    }
    for entry in std::fs::read_dir(fixture("bundles")).expect("folder") {
        let name = entry
            .expect("entry")
            .file_name()
            .into_string()
            .expect("name");
        assert!(
            ["make.py", "README.md"].contains(&name.as_str()) || listed.contains(&name.as_str()),
            "{name} is not in the corpus's tests"
        );
    }
}
