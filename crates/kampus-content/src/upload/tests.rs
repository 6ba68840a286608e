//! Splitting uploads and applying additions, on small trees and on the seed course.

use std::path::Path;

use super::*;
use crate::{Locale, load_tree};

const COURSE_ID: &str = "migration-and-gender";

fn tree(files: &[(&str, &str)]) -> SourceTree {
    let mut tree = SourceTree::new();
    for (path, text) in files {
        assert!(tree.insert(path, text.as_bytes().to_vec()), "{path}");
    }
    tree
}

fn seed_course() -> SourceTree {
    SourceTree::read_path(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/migration-and-gender"),
    )
}

fn only_partial(files: &[(&str, &str)]) -> Partial {
    let mut parts = split_upload(&tree(files)).expect("parts");
    assert_eq!(parts.len(), 1);
    match parts.remove(0) {
        UploadPart::Partial(partial) => partial,
        UploadPart::Course { .. } => panic!("a course, not additions"),
    }
}

fn problems(files: &[(&str, &str)]) -> Vec<Problem> {
    split_upload(&tree(files)).expect_err("problems")
}

/// (file, line, column, code) of each problem.
fn places(problems: &[Problem]) -> Vec<(&str, u32, u32, ProblemCode)> {
    problems
        .iter()
        .map(|p| (p.file.as_str(), p.line, p.column, p.code))
        .collect()
}

fn assert_loads_cleanly(tree: &SourceTree) -> crate::LoadOutcome {
    let outcome = load_tree(tree);
    let errors: Vec<_> = outcome.problems.iter().filter(|p| p.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(outcome.course.is_some());
    outcome
}

#[test]
fn a_course_at_the_root_is_one_part() {
    let upload = tree(&[("course.toml", "id = \"x\"\n"), ("locales/en/a.ftl", "")]);
    let parts = split_upload(&upload).expect("parts");
    assert_eq!(parts.len(), 1);
    let UploadPart::Course { folder, tree } = &parts[0] else {
        panic!("a course");
    };
    assert_eq!(folder, "");
    assert_eq!(
        tree.paths().collect::<Vec<_>>(),
        ["course.toml", "locales/en/a.ftl"]
    );
}

#[test]
fn top_level_folders_are_parts_in_order_with_relative_paths() {
    let upload = tree(&[
        ("sq-texts/bundle.toml", "course = \"b\"\n"),
        ("sq-texts/locales/sq/course.ftl", "b = B\n"),
        ("a-course/course.toml", "id = \"a\"\n"),
        ("a-course/locales/en/course.ftl", "course = A\n"),
    ]);
    let parts = split_upload(&upload).expect("parts");
    let folders: Vec<_> = parts.iter().map(UploadPart::folder).collect();
    assert_eq!(folders, ["a-course", "sq-texts"]);
    let UploadPart::Course { tree, .. } = &parts[0] else {
        panic!("a course first");
    };
    assert_eq!(tree.get("course.toml"), Some(&b"id = \"a\"\n"[..]));
    let UploadPart::Partial(partial) = &parts[1] else {
        panic!("additions second");
    };
    assert_eq!(partial.course_id, "b");
    assert_eq!(partial.kind, PartialKind::Locale);
    assert!(partial.tree().contains("locales/sq/course.ftl"));
}

#[test]
fn files_beside_the_parts_and_uploads_without_parts_are_problems() {
    let found = problems(&[
        ("README.md", "read me"),
        ("a/course.toml", "id = \"a\"\n"),
        ("notes/x.md", "x"),
    ]);
    assert_eq!(
        places(&found),
        [
            ("README.md", 0, 0, ProblemCode::ManifestMissing),
            ("notes/", 0, 0, ProblemCode::ManifestMissing),
        ]
    );
    // A course without its course.toml: no part, and a folder that is not one.
    let found = problems(&[("locales/en/course.ftl", "course = X\n")]);
    assert_eq!(
        places(&found),
        [
            ("course.toml", 0, 0, ProblemCode::ManifestMissing),
            ("locales/", 0, 0, ProblemCode::ManifestMissing)
        ]
    );
    let found = split_upload(&SourceTree::new()).expect_err("empty");
    assert_eq!(
        places(&found),
        [("course.toml", 0, 0, ProblemCode::ManifestMissing)]
    );
    assert!(found[0].message.contains("bundle.toml"), "{}", found[0]);
}

#[test]
fn bundle_toml_problems_have_their_place() {
    let syntax = ProblemCode::ManifestSyntax;
    let found = problems(&[("bundle.toml", "locales = [\"sq\"]\n")]);
    assert_eq!(places(&found), [("bundle.toml", 1, 1, syntax)]);
    assert!(found[0].message.contains("course"), "{}", found[0]);

    let found = problems(&[("bundle.toml", "course = \"x\"\n\n[[modules]\nid = \"m\"\n")]);
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].file.as_str(), found[0].line), ("bundle.toml", 3));

    let found = problems(&[("bundle.toml", "course = \"x\"\nsurvey = []\n")]);
    assert_eq!(places(&found), [("bundle.toml", 2, 1, syntax)]);
    assert!(found[0].message.contains("survey"), "{}", found[0]);

    let found = problems(&[("bundle.toml", "course = 3\n")]);
    assert_eq!(places(&found), [("bundle.toml", 1, 10, syntax)]);
    let found = problems(&[
        ("bundle.toml", "course = \"Not An Id\"\n"),
        ("locales/sq/course.ftl", ""),
    ]);
    assert_eq!(places(&found), [("bundle.toml", 1, 10, syntax)]);

    // In a folder, the file is named with it.
    let found = problems(&[("sq/bundle.toml", "course = \"x\"\nlesson = []\n")]);
    assert_eq!(places(&found), [("sq/bundle.toml", 2, 1, syntax)]);
}

#[test]
fn tables_need_an_id_once() {
    let found = problems(&[(
        "bundle.toml",
        "course = \"x\"\n[[modules]]\nid = \"m\"\n[[modules]]\nid = \"m\"\n[[lessons]]\nmodule = \"m\"\n",
    )]);
    let codes: Vec<_> = found.iter().map(|p| (p.line, p.code)).collect();
    assert_eq!(
        codes,
        [
            (4, ProblemCode::DuplicateId),
            (6, ProblemCode::ManifestSyntax)
        ]
    );
}

#[test]
fn additions_cannot_bring_a_course_toml_or_nothing() {
    let found = problems(&[
        ("bundle.toml", "course = \"x\"\n"),
        ("course.toml", "id = \"x\"\n"),
        ("locales/en/course.toml", "id = \"x\"\n"),
    ]);
    assert_eq!(
        places(&found),
        [
            ("course.toml", 0, 0, ProblemCode::ManifestSyntax),
            ("locales/en/course.toml", 0, 0, ProblemCode::ManifestSyntax),
        ]
    );
    let found = problems(&[("bundle.toml", "course = \"x\"\n")]);
    assert_eq!(
        places(&found),
        [("bundle.toml", 0, 0, ProblemCode::ManifestSyntax)]
    );
}

#[test]
fn tables_replace_in_place_or_are_appended_and_locales_grow() {
    let base = tree(&[
        (
            "course.toml",
            "# a comment\nid = \"c\"\nlocales = [\"en\", \"hr\"]\n\n[[lessons]]\nid = \"l-a\"\nmodule = \"m\"\n\n[[lessons]]\nid = \"l-b\"\nmodule = \"m\"\n",
        ),
        ("locales/en/lessons/l-a.md", "old"),
    ]);
    let partial = only_partial(&[
        (
            "bundle.toml",
            "course = \"c\"\nlocales = [\"hr\", \"sq\"]\n[[lessons]]\nid = \"l-a\"\nmodule = \"m2\"\n[[lessons]]\nid = \"l-c\"\nmodule = \"m\"\n",
        ),
        ("locales/en/lessons/l-a.md", "new"),
    ]);
    assert_eq!(partial.kind, PartialKind::Module);
    let merged = partial.apply_to(&base).expect("applied");
    assert_eq!(merged.get("locales/en/lessons/l-a.md"), Some(&b"new"[..]));
    assert!(!merged.contains("bundle.toml"));
    let text = std::str::from_utf8(merged.get("course.toml").expect("manifest")).expect("utf-8");
    let course: toml::Table = toml::from_str(text).expect("parses");
    assert_eq!(
        course["locales"],
        toml::Value::Array(["en", "hr", "sq"].map(toml::Value::from).to_vec())
    );
    let lessons: Vec<_> = course["lessons"]
        .as_array()
        .expect("lessons")
        .iter()
        .map(|l| (l["id"].as_str(), l["module"].as_str()))
        .collect();
    assert_eq!(
        lessons,
        [
            (Some("l-a"), Some("m2")),
            (Some("l-b"), Some("m")),
            (Some("l-c"), Some("m"))
        ]
    );
    assert!(!text.contains("# a comment"), "comments are lost");

    // A course without `locales` offers all of them: it stays without.
    let all = tree(&[("course.toml", "id = \"c\"\n")]);
    let merged = partial.apply_to(&all).expect("applied");
    let text = std::str::from_utf8(merged.get("course.toml").expect("manifest")).expect("utf-8");
    assert!(!text.contains("locales"), "{text}");
}

#[test]
fn applying_needs_the_right_readable_course() {
    let partial = only_partial(&[
        ("bundle.toml", "course = \"c\"\n"),
        ("locales/sq/course.ftl", "c = C\n"),
    ]);
    let found = partial
        .apply_to(&SourceTree::new())
        .expect_err("no manifest");
    assert_eq!(
        places(&found),
        [("course.toml", 0, 0, ProblemCode::ManifestMissing)]
    );
    let broken = tree(&[("course.toml", "id = \"c\"\n[[lessons]\n")]);
    let found = partial.apply_to(&broken).expect_err("broken manifest");
    assert_eq!(
        (found[0].file.as_str(), found[0].line, found[0].code),
        ("course.toml", 2, ProblemCode::ManifestSyntax)
    );
    let other = tree(&[("course.toml", "id = \"other\"\n")]);
    let found = partial.apply_to(&other).expect_err("another course");
    assert_eq!(
        places(&found),
        [("bundle.toml", 0, 0, ProblemCode::UnknownId)]
    );
}

#[test]
fn a_new_module_joins_the_seed_course() {
    let base = seed_course();
    assert_loads_cleanly(&base);
    let partial = only_partial(&[
        (
            "bundle.toml",
            &format!(
                "course = \"{COURSE_ID}\"\n\n[[modules]]\nid = \"m-practice\"\n\n\
                 [[lessons]]\nid = \"l-case-study\"\nmodule = \"m-practice\"\n"
            ),
        ),
        (
            "locales/en/practice.ftl",
            "m-practice = Practice\n    .summary = A case to work through.\n\
             l-case-study = A case study\n",
        ),
        (
            "locales/en/lessons/l-case-study.md",
            "# A case study\n\nAn officer meets a claimant at the border.\n",
        ),
    ]);
    assert_eq!(partial.kind, PartialKind::Module);
    let merged = partial.apply_to(&base).expect("applied");
    let outcome = assert_loads_cleanly(&merged);
    let course = outcome.course.expect("course");
    let module = course.course().modules.last().expect("modules");
    assert_eq!(module.id, "m-practice");
    assert_eq!(module.lessons, ["l-case-study"]);
    assert_eq!(course.course().modules.len(), 4, "the others are kept");
    let lesson = course.lesson(Locale::En, "l-case-study").expect("lesson");
    assert!(
        lesson.value.html.contains("claimant"),
        "{}",
        lesson.value.html
    );
    let title = course
        .text(Locale::En, "l-case-study", None)
        .expect("title");
    assert_eq!(title.value, "A case study");
}

#[test]
fn a_translation_replaces_a_lesson_text() {
    let base = seed_course();
    let before = load_tree(&base).course.expect("course");
    let old = before.lesson(Locale::Sq, "l-cedaw").expect("sq lesson");
    assert!(!old.value.html.contains("rishikuar"));
    let partial = only_partial(&[
        (
            "bundle.toml",
            &format!("course = \"{COURSE_ID}\"\nlocales = [\"sq\"]\n"),
        ),
        (
            "locales/sq/lessons/l-cedaw.md",
            "# CEDAW\n\nTeksti i rishikuar i mësimit.\n",
        ),
    ]);
    assert_eq!(partial.kind, PartialKind::Locale);
    let merged = partial.apply_to(&base).expect("applied");
    let course = assert_loads_cleanly(&merged).course.expect("course");
    let new = course.lesson(Locale::Sq, "l-cedaw").expect("sq lesson");
    assert_eq!(new.origin.locale, Locale::Sq);
    assert!(new.value.html.contains("rishikuar"), "{}", new.value.html);
    assert_eq!(
        course.course(),
        before.course(),
        "the structure is unchanged"
    );
}

#[test]
fn a_translation_lock_is_merged_key_by_key() {
    let base = seed_course();
    let lock = "locales/sq/translations.lock";
    let before = std::str::from_utf8(base.get(lock).expect("the seed's lock")).expect("utf-8");
    let partial = only_partial(&[
        ("bundle.toml", "course = \"migration-and-gender\"\n"),
        (
            lock,
            "[confirmed]\n\"l-cedaw\" = \"0000000000000000\"\n\"new-key\" = \"1111111111111111\"\n",
        ),
    ]);
    let merged = partial.apply_to(&base).expect("applied");
    let after = std::str::from_utf8(merged.get(lock).expect("lock")).expect("utf-8");
    assert!(
        after.contains("\"l-cedaw\" = \"0000000000000000\""),
        "{after}"
    );
    assert!(
        after.contains("\"new-key\" = \"1111111111111111\""),
        "{after}"
    );
    // Every other confirmation of the seed is kept.
    let kept = before
        .lines()
        .filter(|l| l.starts_with('"') && !l.starts_with("\"l-cedaw\""));
    for line in kept {
        assert!(after.contains(line), "{line} lost");
    }
    // An unreadable lock is taken as sent (the loader reports it).
    let partial = only_partial(&[
        ("bundle.toml", "course = \"migration-and-gender\"\n"),
        (lock, "not toml ["),
    ]);
    let merged = partial.apply_to(&base).expect("applied");
    assert_eq!(merged.get(lock), Some(&b"not toml ["[..]));
}
