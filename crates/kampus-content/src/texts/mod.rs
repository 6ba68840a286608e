//! The texts of one locale: Fluent messages from `locales/<tag>/*.ftl` and lesson bodies from
//! `locales/<tag>/lessons/<lesson-id>.md`.
//!
//! This module reads and checks the files of a locale independently of the manifest (so
//! syntax errors are reported even when `course.toml` is broken) and keeps what the rest of
//! the loader needs: each text's position and fingerprint, the parsed resources for the Fluent
//! bundle, and the Markdown sources. Words that mix scripts are reported here, as the files
//! are read; direction controls in lessons and terms too, while those in messages wait for the
//! manifest, which says which texts a certificate prints ([`crate::certificate_texts`]).

mod ftl;
pub mod keys;
mod placeables;
mod references;
mod shown;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use fluent_bundle::FluentResource;

pub use crate::fingerprint::fingerprint;
pub use ftl::{ParsedFile, ParsedText, lesson_fingerprint, parse_file, parse_texts};
pub use placeables::{Placeables, Reference};
pub use shown::Findings;
pub(crate) use shown::bidi_problem;

use crate::Locale;
use crate::bundle::SourceTree;
use crate::problem::{Problem, ProblemCode, line_column};

/// The lock file's name inside a locale folder.
pub const LOCK_FILE: &str = "translations.lock";

/// Where a text is defined and what it says (by fingerprint).
#[derive(Debug, Clone)]
pub struct TextEntry {
    pub file: String,
    pub offset: usize,
    pub fingerprint: String,
    pub latin_unambiguous: bool,
    /// Direction controls in what the text shows (byte offset in `file`, character).
    pub bidi: Vec<(usize, char)>,
    /// Its variables, references to messages and terms, and literal text.
    pub placeables: Placeables,
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
    /// Terms defined (`-name`), for references to them.
    pub terms: HashSet<String>,
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
            let findings = shown::in_markdown(text);
            report_shown(path, text, locale, &findings, "the lesson body", problems);
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
            let ParsedFile { texts, terms } = parse_file(path, text, problems);
            for (term, findings) in &terms {
                if !term.contains('.') {
                    out.terms.insert(term.clone());
                }
                let what = format!("the term `{term}`");
                report_shown(path, text, locale, findings, &what, problems);
            }
            for parsed in texts {
                report_mixed(path, text, locale, &parsed.findings, problems);
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
                        bidi: parsed.findings.bidi,
                        placeables: parsed.placeables,
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
        } else if rest != LOCK_FILE {
            out.stray_files.push(path.to_owned());
        }
    }
    references::report_unknown(&out, problems);
    out
}

/// Reports the mixed-script words of a text (errors in every locale: each has one script).
fn report_mixed(
    file: &str,
    source: &str,
    locale: Locale,
    findings: &Findings,
    problems: &mut Vec<Problem>,
) {
    for (offset, word) in &findings.mixed {
        problems.push(shown::mixed_script_problem(
            file, source, *offset, word, locale,
        ));
    }
}

/// Reports the mixed-script words and, as warnings, the direction controls of a text that no
/// certificate prints (`what` names it in the message).
fn report_shown(
    file: &str,
    source: &str,
    locale: Locale,
    findings: &Findings,
    what: &str,
    problems: &mut Vec<Problem>,
) {
    report_mixed(file, source, locale, findings, problems);
    for &control in &findings.bidi {
        problems.push(bidi_problem(
            ProblemCode::BidiControl,
            file,
            source,
            control,
            what,
        ));
    }
}

/// Checks one `.ftl` file outside a course (the interface strings under `locales/<tag>/`):
/// Fluent syntax, words that mix scripts, and direction controls in any message or term.
pub fn check_fluent_file(locale: Locale, file: &str, source: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let ParsedFile { texts, terms } = parse_file(file, source, &mut problems);
    let messages = texts.iter().map(|t| (format!("`{}`", t.key), &t.findings));
    let terms = terms
        .iter()
        .map(|(key, f)| (format!("the term `{key}`"), f));
    for (what, findings) in messages.chain(terms) {
        report_shown(file, source, locale, findings, &what, &mut problems);
    }
    crate::problem::sort(&mut problems);
    problems
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
