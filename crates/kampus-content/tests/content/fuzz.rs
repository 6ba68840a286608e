//! Property tests: no input makes the loader, the parsers or the renderer panic.
//!
//! Cases per property: `PROPTEST_CASES` (default 24, a few seconds in CI). For a long run:
//! `PROPTEST_CASES=200000 cargo test -p kampus-content --release --test content fuzz`.

use std::sync::OnceLock;

use kampus_content::bundle::SourceTree;
use kampus_content::{load_bundle, load_tree, render, texts};
use proptest::prelude::*;
use proptest::test_runner::Config;

use crate::fixture;

fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(24);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

fn example() -> &'static SourceTree {
    static TREE: OnceLock<SourceTree> = OnceLock::new();
    TREE.get_or_init(|| SourceTree::read_path(&fixture("example-course")))
}

/// Text files of the example that mutations target.
fn text_paths() -> Vec<String> {
    example()
        .paths()
        .filter(|p| !p.starts_with("assets/"))
        .map(str::to_owned)
        .collect()
}

/// One edit of a byte string.
#[derive(Debug, Clone)]
enum Edit {
    Flip(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Truncate(usize),
    Duplicate(usize, usize),
    /// A run of one byte: deep nesting (`{{{{`, `> > >`) is where recursive parsers break.
    Repeat(usize, u8, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    // Bytes that matter to TOML, Fluent and Markdown, plus any byte.
    let syntax = prop::sample::select(b"[]{}<>=\"'#.-_*`!()\n\t $:/\\|".to_vec());
    let byte = prop_oneof![syntax, any::<u8>()];
    prop_oneof![
        (any::<usize>(), byte.clone()).prop_map(|(at, b)| Edit::Flip(at, b)),
        (any::<usize>(), prop::collection::vec(byte, 1..8))
            .prop_map(|(at, bytes)| Edit::Insert(at, bytes)),
        (any::<usize>(), 1..64usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        any::<usize>().prop_map(Edit::Truncate),
        (any::<usize>(), 1..64usize).prop_map(|(at, n)| Edit::Duplicate(at, n)),
        (
            any::<usize>(),
            prop::sample::select(b"{[<>*-_`#(\"".to_vec()),
            1..3000usize
        )
            .prop_map(|(at, b, n)| Edit::Repeat(at, b, n)),
    ]
}

fn apply(bytes: &mut Vec<u8>, edit: &Edit) {
    let len = bytes.len();
    let at = |i: usize| if len == 0 { 0 } else { i % (len + 1) };
    match edit {
        Edit::Flip(i, b) if len > 0 => bytes[i % len] = *b,
        Edit::Flip(..) => {}
        Edit::Insert(i, new) => {
            let at = at(*i);
            bytes.splice(at..at, new.iter().copied());
        }
        Edit::Delete(i, n) => {
            let start = at(*i);
            let end = (start + n).min(len);
            bytes.drain(start..end);
        }
        Edit::Truncate(i) => bytes.truncate(at(*i)),
        Edit::Repeat(i, b, n) => {
            let at = at(*i);
            bytes.splice(at..at, std::iter::repeat_n(*b, *n));
        }
        Edit::Duplicate(i, n) => {
            let start = at(*i);
            let end = (start + n).min(len);
            let copy = bytes[start..end].to_vec();
            bytes.splice(end..end, copy);
        }
    }
}

/// Deeply nested input neither overflows the stack (recursive parsers) nor takes quadratic
/// time (the HTML sanitizer): found by probing, kept as a regression test.
#[test]
fn deep_nesting_neither_overflows_nor_stalls() {
    let depth = 50_000;
    let started = std::time::Instant::now();
    for (path, text) in [
        (
            "locales/en/deep.ftl",
            format!("m = {}\n", "{".repeat(depth)),
        ),
        (
            "locales/en/deep.ftl",
            format!("m = {}x{}\n", "{ ".repeat(depth), "}".repeat(depth)),
        ),
        (
            "locales/en/lessons/l-steps.md",
            format!("{}x\n", "> ".repeat(depth)),
        ),
        (
            "locales/en/lessons/l-steps.md",
            format!("{}x\n", "[".repeat(depth)),
        ),
        (
            "locales/en/lessons/l-steps.md",
            format!("{}x{}\n", "*".repeat(depth), "*".repeat(depth)),
        ),
        (
            "locales/en/lessons/l-steps.md",
            format!("{}x{}\n", "<div>".repeat(depth), "</div>".repeat(depth)),
        ),
        (
            "course.toml",
            format!("x = {}1{}\n", "[".repeat(depth), "]".repeat(depth)),
        ),
        ("course.toml", format!("x = {}\n", "{a=".repeat(depth))),
    ] {
        let mut tree = example().clone();
        tree.insert(path, text.into_bytes());
        let _ = load_tree(&tree);
    }
    assert!(
        started.elapsed().as_secs() < 60,
        "took {:?}",
        started.elapsed()
    );
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn mutated_course_files_never_panic(file in any::<prop::sample::Index>(), edits in prop::collection::vec(edit(), 1..6)) {
        let paths = text_paths();
        let path = &paths[file.index(paths.len())];
        let mut tree = example().clone();
        let mut bytes = tree.get(path).unwrap_or_default().to_vec();
        for e in &edits {
            apply(&mut bytes, e);
        }
        tree.insert(path, bytes);
        let outcome = load_tree(&tree);
        // Whatever the input, a loaded course answers every lookup without panicking.
        if let Some(course) = &outcome.course {
            for locale in kampus_content::Locale::ALL {
                for id in course.course().lesson_ids() {
                    let _ = course.lesson(locale, id);
                }
                let _ = course.text(locale, "course", None);
            }
        }
    }

    #[test]
    fn random_manifests_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let mut tree = example().clone();
        tree.insert("course.toml", bytes);
        let _ = load_tree(&tree);
    }

    #[test]
    fn random_text_never_panics(text in "[\\[\\]{}<>=\"#.*_`!()|\\n\\t a-zA-Z0-9čćžšđЉЊЏа-шł:/-]{0,300}") {
        let mut problems = Vec::new();
        let _ = texts::parse_texts("x.ftl", &text, &mut problems);
        let _ = render::render(&text, Some(kampus_content::translit::fluent_to_latin));
        let _ = render::render(&text, Some(kampus_content::translit::fluent_to_cyrillic));
        render::inspect("x.md", &text, &|_| false, &mut problems);
        for p in &problems {
            prop_assert!(p.line as usize <= text.lines().count() + 1);
        }
    }

    #[test]
    fn random_bundles_never_panic(zip in any::<bool>(), body in prop::collection::vec(any::<u8>(), 0..2048)) {
        let mut bytes = if zip { b"PK\x03\x04".to_vec() } else { vec![0x1f, 0x8b, 8, 0] };
        bytes.extend(body);
        let _ = load_bundle("random", &bytes);
    }
}

proptest! {
    #![proptest_config(config())]

    /// Every piece of a unit is a slice of its text: put back together, nothing is lost or
    /// changed, whatever a translator (or a broken file) wrote.
    #[test]
    fn unit_pieces_give_the_text_back(text in "\\PC{0,200}|[{}\\[\\]*.=\\n $a-z\"-]{0,80}") {
        use kampus_content::exchange::inline::{flatten, fluent, markdown};
        prop_assert_eq!(flatten(&fluent(&text)), text.clone());
        prop_assert_eq!(flatten(&markdown(&text)), text.clone());
        for entry in kampus_content::exchange::ftl_units::entries(&text) {
            prop_assert!(entry.text.start <= entry.text.end && entry.range.end <= text.len());
        }
        for block in kampus_content::lesson_blocks::blocks(&text) {
            prop_assert!(text.get(block.range.clone()).is_some());
        }
    }

    /// Neither reader panics on any input.
    #[test]
    fn exchange_readers_never_panic(text in "\\PC{0,300}|[<>/=\"a-z# \\n\\\\]{0,200}") {
        let _ = kampus_content::exchange::po::read("x.po", &text);
        let _ = kampus_content::exchange::xliff::read("x.xlf", &text);
    }
}
