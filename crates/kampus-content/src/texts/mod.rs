//! The texts of one locale: Fluent messages from `locales/<tag>/*.ftl` and lesson bodies from
//! `locales/<tag>/lessons/<lesson-id>.md`.
//!
//! This module reads and checks the files of a locale independently of the manifest (so
//! syntax errors are reported even when `course.toml` is broken) and keeps what the rest of
//! the loader needs: each text's position and fingerprint, the parsed resources for the Fluent
//! bundle, and the Markdown sources.

mod ftl;
pub mod keys;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use fluent_bundle::FluentResource;

pub use ftl::{ParsedText, fingerprint, lesson_fingerprint, parse_texts};

use crate::Locale;
use crate::bundle::SourceTree;
use crate::problem::{Problem, ProblemCode, line_column};

/// Where a text is defined and what it says (by fingerprint).
#[derive(Debug, Clone)]
pub struct TextEntry {
    pub file: String,
    pub offset: usize,
    pub fingerprint: String,
    pub latin_unambiguous: bool,
}

/// A lesson body as written.
#[derive(Debug, Clone)]
pub struct LessonSource {
    pub file: String,
    pub markdown: String,
    pub fingerprint: String,
}

/// Everything a locale folder holds.
#[derive(Debug, Default)]
pub struct LocaleTexts {
    /// Text key (`id` or `id.attribute`) → entry.
    pub texts: HashMap<String, TextEntry>,
    /// Parsed `.ftl` files, for the Fluent bundle.
    pub resources: Vec<Arc<FluentResource>>,
    /// Lesson id → body.
    pub lessons: BTreeMap<String, LessonSource>,
    /// Content of each `.ftl` file, by path (for positions of later problems).
    pub sources: HashMap<String, String>,
    /// Other files of the folder besides `translations.lock` (reported as unknown).
    pub stray_files: Vec<String>,
}

/// Reads `locales/<tag>/` of `tree`, reporting syntax errors and duplicate messages.
pub fn read_locale(tree: &SourceTree, locale: Locale, problems: &mut Vec<Problem>) -> LocaleTexts {
    let prefix = format!("locales/{}/", locale.tag());
    let mut out = LocaleTexts::default();
    for path in tree.paths_under(&prefix) {
        let rest = &path[prefix.len()..];
        let Some(text) = utf8(tree, path, problems) else {
            continue;
        };
        if let Some(name) = rest
            .strip_prefix("lessons/")
            .and_then(|n| n.strip_suffix(".md"))
        {
            let fingerprint = lesson_fingerprint(text);
            out.lessons.insert(
                name.to_owned(),
                LessonSource {
                    file: path.to_owned(),
                    markdown: text.to_owned(),
                    fingerprint,
                },
            );
        } else if rest.rsplit_once('.').is_some_and(|(_, ext)| ext == "ftl") && !rest.contains('/')
        {
            for parsed in parse_texts(path, text, problems) {
                if let Some(first) = out.texts.get(&parsed.key) {
                    let (line, _) = line_column(tree_text(tree, &first.file), first.offset);
                    problems.push(Problem::at(
                        ProblemCode::DuplicateId,
                        path,
                        text,
                        parsed.offset,
                        format!(
                            "text `{}` is already defined in {}:{line}",
                            parsed.key, first.file
                        ),
                    ));
                    continue;
                }
                out.texts.insert(
                    parsed.key,
                    TextEntry {
                        file: path.to_owned(),
                        offset: parsed.offset,
                        fingerprint: parsed.fingerprint,
                        latin_unambiguous: parsed.latin_unambiguous,
                    },
                );
            }
            if ftl::too_deep(text).is_some() {
                continue;
            }
            let resource = match FluentResource::try_new(text.to_owned()) {
                Ok(resource) | Err((resource, _)) => resource,
            };
            out.resources.push(Arc::new(resource));
            out.sources.insert(path.to_owned(), text.to_owned());
        } else if rest != crate::staleness::LOCK_FILE {
            out.stray_files.push(path.to_owned());
        }
    }
    out
}

/// The text of a file known to be UTF-8 (empty if not: positions then fall back to 1:1).
fn tree_text<'a>(tree: &'a SourceTree, path: &str) -> &'a str {
    tree.get(path)
        .and_then(|b| std::str::from_utf8(b).ok())
        .unwrap_or_default()
}

/// The content of a text file, or a problem if it is not UTF-8.
pub fn utf8<'a>(tree: &'a SourceTree, path: &str, problems: &mut Vec<Problem>) -> Option<&'a str> {
    let bytes = tree.get(path)?;
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(err) => {
            problems.push(Problem::in_file(
                ProblemCode::UnreadableFile,
                path,
                format!("not UTF-8 text: {err}"),
            ));
            None
        }
    }
}
