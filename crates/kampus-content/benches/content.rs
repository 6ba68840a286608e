//! `cargo bench -p kampus-content`: loading a folder of courses (read, parse, validate, render
//! every lesson in every locale, coverage) and resolving a lesson or a text from a loaded
//! course. Targets: a folder of three courses in < 200 ms, a lesson lookup in < 1 µs.
//!
//! The folder is the example fixture copied three times; `content/` at the repository root is
//! benchmarked too when it holds courses.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use fluent_bundle::FluentArgs;
use kampus_content::check::course_sources;
use kampus_content::{Locale, load_path};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn load_folder(dir: &Path) -> usize {
    course_sources(dir)
        .iter()
        .map(|source| {
            let outcome = load_path(source);
            assert!(
                !outcome.has_errors(),
                "{}: {:?}",
                source.display(),
                outcome.problems
            );
            outcome.course.map_or(0, |c| c.course().modules.len())
        })
        .sum()
}

fn loading(c: &mut Criterion) {
    let tmp = tempfile::tempdir().expect("tempdir");
    for name in ["course-a", "course-b", "course-c"] {
        copy_dir(
            &repo().join("tests/fixtures/example-course"),
            &tmp.path().join(name),
        );
    }
    c.bench_function(
        "load+validate+render folder of 3 example courses (8 locales)",
        |b| {
            b.iter(|| black_box(load_folder(tmp.path())));
        },
    );
    let content = repo().join("content");
    if content.join("course.toml").is_file() || has_courses(&content) {
        c.bench_function("load+validate+render content/", |b| {
            b.iter(|| black_box(load_folder(&content)));
        });
    }
}

fn has_courses(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries
            .filter_map(Result::ok)
            .any(|e| e.path().join("course.toml").is_file())
    })
}

fn resolving(c: &mut Criterion) {
    let course = load_path(&repo().join("tests/fixtures/example-course"))
        .course
        .expect("example loads");
    c.bench_function("resolve lesson (hr, own text)", |b| {
        b.iter(|| {
            black_box(course.lesson(black_box(Locale::Hr), black_box("l-steps"))).map(|l| l.origin)
        });
    });
    c.bench_function(
        "resolve lesson (cnr, chain + transliterated sr-Latn)",
        |b| {
            b.iter(|| {
                black_box(course.lesson(black_box(Locale::Cnr), black_box("l-first-contact")))
                    .map(|l| l.origin)
            });
        },
    );
    c.bench_function("resolve lesson by tag (de-AT, unsupported -> en)", |b| {
        b.iter(|| {
            black_box(course.lesson_for_tag(black_box("de-AT"), black_box("l-steps")))
                .map(|l| l.origin)
        });
    });
    let mut args = FluentArgs::new();
    args.set("attempts", 3);
    args.set("minutes", 15);
    c.bench_function("format text with plural (sr-Latn from sr-Cyrl)", |b| {
        b.iter(|| {
            black_box(course.text(Locale::SrLatn, "quiz-access.instructions", Some(&args)))
                .map(|t| t.value.len())
        });
    });
}

criterion_group!(benches, loading, resolving);
criterion_main!(benches);
