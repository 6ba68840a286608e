//! Loading a course bundle: read, parse, validate, resolve and render, collecting every
//! problem on the way.
//!
//! The stages are independent where they can be: the locale files are read and checked even
//! when `course.toml` is broken, so one run reports the Fluent syntax errors and the manifest
//! error together. A [`LoadedCourse`] is built whenever the manifest could be read; whether it
//! may be published is [`LoadOutcome::has_errors`].

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::Locale;
use crate::assemble::{TextsByLocale, assemble};
use crate::bundle::SourceTree;
use crate::certificate_texts;
use crate::loaded::LoadedCourse;
use crate::problem::{self, Problem, ProblemCode};
use crate::render::inspect;
use crate::staleness::{Confirmed, read_lock};
use crate::texts::keys::{lesson_key, text_keys};
use crate::texts::{LocaleTexts, read_locale, utf8};
use crate::validate::{self, MANIFEST_FILE, Validated, check_locale_tag};

/// The result of loading a bundle.
#[derive(Debug)]
pub struct LoadOutcome {
    /// The course, when its manifest could be read (even with errors elsewhere).
    pub course: Option<LoadedCourse>,
    /// Every problem found, sorted by file and position.
    pub problems: Vec<Problem>,
}

impl LoadOutcome {
    /// Whether any problem blocks publishing.
    pub fn has_errors(&self) -> bool {
        self.course.is_none() || self.problems.iter().any(Problem::is_error)
    }
}

/// Loads a course folder, `.zip` or `.tar.gz` from disk.
pub fn load_path(path: &Path) -> LoadOutcome {
    load_tree(&SourceTree::read_path(path))
}

/// Loads every course at `path`: one course folder or archive, or a folder of them (as
/// `content/` at server start). Sorted by path.
pub fn load_folder(path: &Path) -> Vec<(PathBuf, LoadOutcome)> {
    course_sources(path)
        .into_iter()
        .map(|source| {
            let outcome = load_path(&source);
            (source, outcome)
        })
        .collect()
}

/// Loads an uploaded bundle (`.zip` or `.tar.gz` bytes); `name` is used in messages.
pub fn load_bundle(name: &str, bytes: &[u8]) -> LoadOutcome {
    load_tree(&SourceTree::read_bundle(name, bytes))
}

/// Loads a course from files already in memory.
pub fn load_tree(tree: &SourceTree) -> LoadOutcome {
    let mut problems = tree.problems.clone();
    let texts = read_locales(tree, &mut problems);
    for locale_texts in texts.iter().flatten() {
        for lesson in locale_texts.lessons.values() {
            inspect(
                &lesson.file,
                &lesson.markdown,
                &|p| tree.contains(p),
                &mut problems,
            );
        }
    }
    let validated = match tree.get(MANIFEST_FILE) {
        None => {
            if !problems
                .iter()
                .any(|p| p.code == ProblemCode::ManifestMissing)
            {
                problems.push(Problem::in_file(
                    ProblemCode::ManifestMissing,
                    MANIFEST_FILE,
                    "the bundle has no course.toml".to_owned(),
                ));
            }
            None
        }
        Some(_) => utf8(tree, MANIFEST_FILE, &mut problems).and_then(|text| {
            let manifest = validate::parse_manifest(text, &mut problems)?;
            let validated = validate::validate(&manifest, text, &mut problems);
            Some((validated, manifest, text))
        }),
    };
    let course = if let Some((validated, manifest, manifest_text)) = validated {
        let offered = offered(texts, &validated, &mut problems);
        check_texts(&validated, &offered, manifest_text, &mut problems);
        let written = crate::review::Written {
            manifest: &manifest,
            text: manifest_text,
        };
        crate::review::review(&validated, &written, &offered, &mut problems);
        certificate_texts::report_direction_controls(
            &offered,
            Some(&validated.course),
            &mut problems,
        );
        let locks: [Confirmed; Locale::ALL.len()] = Locale::ALL.map(|l| {
            if l == Locale::En || offered[l.index()].is_none() {
                Confirmed::new()
            } else {
                read_lock(tree, l, &mut problems)
            }
        });
        let loaded = assemble(validated, &offered, &locks);
        certificate_texts::check_formatted(&loaded, &offered, &mut problems);
        Some(loaded)
    } else {
        certificate_texts::report_direction_controls(&texts, None, &mut problems);
        None
    };
    problem::sort(&mut problems);
    LoadOutcome { course, problems }
}

/// Reads every locale folder, reporting malformed and unsupported tags.
fn read_locales(tree: &SourceTree, problems: &mut Vec<Problem>) -> TextsByLocale {
    let mut texts: TextsByLocale = Default::default();
    let mut seen = HashSet::new();
    for path in tree.paths_under("locales/") {
        let Some((tag, _)) = path["locales/".len()..].split_once('/') else {
            continue;
        };
        if !seen.insert(tag) {
            continue;
        }
        let folder = format!("locales/{tag}/");
        let found = check_locale_tag(tag, |code, message| {
            problems.push(Problem::in_file(code, &folder, message));
        });
        if let Some(locale) = found {
            texts[locale.index()] = Some(read_locale(tree, locale, problems));
        }
    }
    texts
}

/// Keeps the texts of the locales the course offers (English always).
fn offered(
    mut texts: TextsByLocale,
    validated: &Validated,
    problems: &mut Vec<Problem>,
) -> TextsByLocale {
    for locale in Locale::ALL {
        if texts[locale.index()].is_some() && !validated.locales.contains(&locale) {
            problems.push(Problem::in_file(
                ProblemCode::UnsupportedLocale,
                &format!("locales/{}/", locale.tag()),
                format!("`{locale}` is not in the course's `locales`; its texts are ignored"),
            ));
            texts[locale.index()] = None;
        }
    }
    if texts[Locale::En.index()].is_none() {
        texts[Locale::En.index()] = Some(LocaleTexts::default());
    }
    texts
}

/// Texts missing in English and texts no id asks for.
fn check_texts(
    validated: &Validated,
    texts: &TextsByLocale,
    manifest: &str,
    problems: &mut Vec<Problem>,
) {
    let keys = text_keys(&validated.course);
    let known: HashSet<&str> = keys.iter().map(|k| k.key.as_str()).collect();
    let english = texts[Locale::En.index()].as_ref();
    for key in keys.iter().filter(|k| k.required) {
        let present = english.is_some_and(|t| match key.key.strip_prefix("lessons/") {
            Some(file) => t.lessons.contains_key(file.trim_end_matches(".md")),
            None => t.texts.contains_key(&key.key),
        });
        if !present {
            let offset = validated.anchors.get(&key.anchor).copied().unwrap_or(0);
            let where_ = if key.key.starts_with("lessons/") {
                format!("locales/en/{}", key.key)
            } else {
                "a .ftl file in locales/en/".to_owned()
            };
            problems.push(Problem::at(
                ProblemCode::MissingText,
                MANIFEST_FILE,
                manifest,
                offset,
                format!(
                    "the English text `{}` is missing; add it to {where_}",
                    key.key
                ),
            ));
        }
    }
    for locale_texts in texts.iter().flatten() {
        for (key, entry) in &locale_texts.texts {
            if !known.contains(key.as_str()) {
                problems.push(unknown_text(&entry.file, entry.offset, key, locale_texts));
            }
        }
        for (id, lesson) in &locale_texts.lessons {
            if !known.contains(lesson_key(id).as_str()) {
                problems.push(Problem::in_file(
                    ProblemCode::UnknownText,
                    &lesson.file,
                    format!("no lesson has the id `{id}`; this file is never shown"),
                ));
            }
        }
        for file in &locale_texts.stray_files {
            problems.push(Problem::in_file(
                ProblemCode::UnknownText,
                file,
                "not a .ftl file, a lessons/<id>.md file or translations.lock; ignored".to_owned(),
            ));
        }
    }
}

fn unknown_text(file: &str, offset: usize, key: &str, texts: &LocaleTexts) -> Problem {
    let source = texts.sources.get(file).map_or("", String::as_str);
    Problem::at(
        ProblemCode::UnknownText,
        file,
        source,
        offset,
        format!("no id of the course asks for the text `{key}`; it is never shown"),
    )
}

/// The course bundles at `path`: the path itself if it is a course folder or an archive,
/// else every course folder and archive directly inside it, sorted.
pub fn course_sources(path: &Path) -> Vec<PathBuf> {
    if !path.is_dir() || path.join("course.toml").is_file() {
        return vec![path.to_owned()];
    }
    let Ok(entries) = std::fs::read_dir(path) else {
        return vec![path.to_owned()];
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            p.join("course.toml").is_file()
                || (p.is_file()
                    && [".zip", ".tar.gz", ".tgz"]
                        .iter()
                        .any(|ext| name.ends_with(ext)))
        })
        .collect();
    found.sort();
    found
}
