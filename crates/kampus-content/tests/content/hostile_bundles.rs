//! The hostile-bundle corpus in `tests/fixtures/bundles/` (written by its `make.py`): each
//! archive is a valid course plus one hostile part, and an upload of it is refused for that
//! part alone, with the code the corpus's README.md names.

use kampus_content::bundle::SourceTree;
use kampus_content::{ProblemCode, Severity, load_tree};

use crate::fixture;

/// Refused when read: (fixture, refusal code, entry named).
const REFUSED: [(&str, &str, Option<&str>); 18] = [
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
    (
        "non-utf8-name.zip",
        "invalid-name",
        Some("locales/en/lessons/l-\u{fffd}.md"),
    ),
    (
        "non-utf8-name.tar.gz",
        "invalid-name",
        Some("locales/en/lessons/l-\u{fffd}.md"),
    ),
    (
        "windows-drive.zip",
        "windows-path",
        Some("C:\\Windows\\evil.md"),
    ),
    (
        "windows-drive-slash.zip",
        "windows-path",
        Some("C:/Windows/evil.md"),
    ),
    (
        "unc-path.zip",
        "windows-path",
        Some("\\\\server\\share\\evil.md"),
    ),
    (
        "unc-path.tar.gz",
        "windows-path",
        Some("\\\\server\\share\\evil.md"),
    ),
    (
        "name-clash-case.zip",
        "name-clash",
        Some("locales/en/lessons/L-Welcome.md"),
    ),
    (
        "name-clash-unicode.zip",
        "name-clash",
        Some("locales/en/lessons/l-\u{ff57}elcome.md"),
    ),
    (
        "header-mismatch-name.zip",
        "header-mismatch",
        Some("locales/en/lessons/l-notes.md"),
    ),
    (
        "header-mismatch-size.zip",
        "header-mismatch",
        Some("locales/en/lessons/l-notes.md"),
    ),
];

/// Refused for names over the limits, 255 bytes a name and 1,024 a path (as `make.py`
/// writes them): (fixture, the entry's name). A path over the limit is shown cut at it.
fn over_long() -> [(&'static str, String); 2] {
    [
        (
            "long-name.zip",
            format!("locales/en/lessons/l-{}.md", "x".repeat(251)),
        ),
        (
            "long-path.zip",
            format!(
                "locales/en/lessons/{}l-deep.md",
                format!("{}/", "a".repeat(200)).repeat(5)
            ),
        ),
    ]
}

/// The problems the loader reports, in order: their codes and severities.
type Expected = &'static [(ProblemCode, Severity)];

/// Read, then caught by the loader: (fixture, file, problems).
const CONTENT: [(&str, &str, Expected); 3] = [
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
    // Streamed: the sizes follow each entry's data (bit 3), the local headers hold zeros.
    ("data-descriptor.zip", "", &[]),
];

fn bundle(name: &str) -> Vec<u8> {
    let path = fixture("bundles").join(name);
    std::fs::read(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

#[test]
fn each_hostile_archive_is_refused_for_its_hostile_part() {
    for (name, code, path) in REFUSED {
        let refused = SourceTree::read_upload(&bundle(name)).expect_err(name);
        let refusals = refused.listed();
        let got: Vec<_> = refusals.iter().map(|r| (r.code(), r.path())).collect();
        assert_eq!(got, [(code, path)], "{name}: {refusals:?}");
    }
}

#[test]
fn names_over_the_limits_are_refused() {
    for (name, entry) in over_long() {
        let refused = SourceTree::read_upload(&bundle(name)).expect_err(name);
        let refusals = refused.listed();
        let shown = if entry.len() > 1024 {
            format!("{}…", &entry[..1024])
        } else {
            entry.clone()
        };
        let got: Vec<_> = refusals.iter().map(|r| (r.code(), r.path())).collect();
        assert_eq!(
            got,
            [("name-too-long", Some(shown.as_str()))],
            "{name}: {refusals:?}"
        );
    }
}

#[test]
fn a_refusal_of_twenty_thousand_entries_lists_a_hundred() {
    // Every entry a file type a course does not have: 20,000 reasons (issue 18: listing them
    // all made a 3.5 MB answer).
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..20_000 {
        writer
            .start_file(format!("payload-{i:05}.exe"), stored)
            .expect("entry");
    }
    let bytes = writer.finish().expect("zip").into_inner();
    let refused = SourceTree::read_upload(&bytes).expect_err("refused");
    assert_eq!(refused.count(), 20_000);
    assert_eq!(refused.listed().len(), 100);
    assert_eq!(refused.listed()[99].path(), Some("payload-00099.exe"));
}

#[test]
fn the_zip_bomb_is_small_and_refused_before_it_is_inflated() {
    let bytes = bundle("zip-bomb.zip");
    assert!(bytes.len() < 1024 * 1024, "{} bytes", bytes.len());
    // Refused from the sizes the central directory declares, before anything is inflated
    // (`bundle::upload_tests` shows it with a zip that lies about its sizes).
    let refused = SourceTree::read_upload(&bytes).expect_err("refused");
    assert_eq!(
        refused.listed(),
        [kampus_content::bundle::Refusal::TooLarge]
    );
}

#[test]
fn without_the_hostile_part_each_fixture_is_a_valid_course() {
    // Read leniently, less the hostile entry (either copy of a duplicate is a valid lesson),
    // what remains loads without a problem: the hostile part is the only reason for refusal.
    let long = over_long();
    let refused = REFUSED.iter().copied().chain(
        long.iter()
            .map(|(name, path)| (*name, "name-too-long", Some(path.as_str()))),
    );
    for (name, code, path) in refused {
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
        .chain(over_long().map(|(name, _)| name))
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

#[test]
fn the_docs_list_every_refusal_code() {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for doc in ["docs/api.md", "docs/content-format.md"] {
        let text = std::fs::read_to_string(repo.join(doc)).expect(doc);
        for code in kampus_content::bundle::Refusal::CODES {
            assert!(text.contains(&format!("`{code}`")), "{doc} lacks {code}");
        }
    }
}
