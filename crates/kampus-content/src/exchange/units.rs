//! A course's translatable text in one locale, split into units, each with its English
//! source, its translation (when there is one), the fingerprint of its English and whether the
//! translation is outdated.
//!
//! Unit ids are `<file>#<id>` with the file relative to the locale folder: one unit per
//! Fluent message or term (`course.ftl#m-legal`, `course.ftl#-agency`; its attributes and
//! variants stay together, since a translator needs them together) and one per lesson block
//! (`lessons/l-sources.md#p3`, see [`crate::lesson_blocks`]).
//!
//! Staleness stays what `translations.lock` records ([`crate::staleness`]): a message unit is
//! outdated when any of its text keys (`id`, `id.attribute`) is. A lesson is one text key, so
//! the lock also holds one entry per block (`lessons/l-sources.md#p3`), written by
//! `kampus content confirm` and by an import: with the lesson's own entry alone, one changed
//! English paragraph would make every block of the lesson outdated. A block is current when
//! its lesson's entry is, or else when its own entry is; a lock without block entries (older
//! locks) makes all blocks of a changed lesson outdated, never too few.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use super::ftl_units::{self, FtlEntry};
use crate::bundle::SourceTree;
use crate::fingerprint::fingerprint;
use crate::lesson_blocks::{self, BlockKind};
use crate::staleness::{Confirmed, read_lock};
use crate::texts::keys::lesson_key;
use crate::texts::{LocaleTexts, read_locale};
use crate::{Locale, load_path};

/// What a unit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    Message,
    Term,
    Block(BlockKind),
}

/// Where a unit's translation is (or goes) in the locale's files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Relative to the locale folder.
    pub file: String,
    /// The translated text in that file.
    pub range: std::ops::Range<usize>,
}

/// One unit of translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// `course.ftl#m-legal`, `lessons/l-sources.md#p3`.
    pub id: String,
    /// The English file, relative to the locale folder.
    pub file: String,
    /// The message, term or block id inside the file.
    pub local: String,
    pub kind: UnitKind,
    /// The English text (for a message, what follows `id = `, attributes included).
    pub source: String,
    /// The translation, if the locale has one.
    pub target: Option<String>,
    /// Fingerprint of `source`: what a translation made from this export was made against.
    pub fingerprint: String,
    /// Whether `target` translates an older English text (or was never confirmed).
    pub outdated: bool,
    /// For a translator's note: where the text is shown.
    pub context: String,
    /// Where the translation is in the locale's files, when it has one.
    pub place: Option<Place>,
    /// Where the English text is in its file.
    pub source_range: Option<std::ops::Range<usize>>,
    /// Lock entries that record this unit's confirmation, with the current English
    /// fingerprint each is to hold.
    pub lock: Vec<(String, String)>,
}

/// A course's units in one locale and what an import needs to put translations back.
#[derive(Debug)]
pub struct CourseUnits {
    pub course: String,
    pub locale: Locale,
    pub units: Vec<Unit>,
    /// The locale's text files, relative to its folder.
    pub files: BTreeMap<String, String>,
    /// The English text files, relative to the locale folder.
    pub english_files: BTreeMap<String, String>,
    /// The locale's lock, as read.
    pub lock: Confirmed,
    /// Text key → current English fingerprint (messages and lesson files).
    pub english: HashMap<String, String>,
}

/// Why a course's units could not be read.
#[derive(Debug, thiserror::Error)]
pub enum UnitsError {
    #[error("`{0}` is not a course folder (no course.toml)")]
    NotACourse(std::path::PathBuf),
    #[error("English is the source language: export or import a translation")]
    SourceLocale,
}

/// Splits the course in `course_dir` into units for `locale`.
pub fn course_units(course_dir: &Path, locale: Locale) -> Result<CourseUnits, UnitsError> {
    if locale == Locale::En {
        return Err(UnitsError::SourceLocale);
    }
    if !course_dir.join("course.toml").is_file() {
        return Err(UnitsError::NotACourse(course_dir.to_owned()));
    }
    let tree = SourceTree::read_path(course_dir);
    let mut ignored = Vec::new();
    let english_texts = read_locale(&tree, Locale::En, &mut ignored);
    let target_texts = read_locale(&tree, locale, &mut ignored);
    let lock = read_lock(&tree, locale, &mut ignored);
    let english = key_fingerprints(&english_texts);
    let (course, contexts) = contexts(course_dir);
    let en_files = locale_files(&tree, Locale::En);
    let files = locale_files(&tree, locale);

    let mut target_entries: HashMap<String, (String, FtlEntry)> = HashMap::new();
    for (file, text) in files.iter().filter(|(f, _)| is_ftl(f)) {
        for entry in ftl_units::entries(text) {
            target_entries
                .entry(entry.id.clone())
                .or_insert_with(|| (file.clone(), entry));
        }
    }

    let sources = Sources {
        english: &english,
        target_texts: &target_texts,
        lock: &lock,
        contexts: &contexts,
        files: &files,
        target_entries: &target_entries,
    };
    let mut units = Vec::new();
    for (file, text) in &en_files {
        if is_ftl(file) {
            for entry in ftl_units::entries(text) {
                units.push(message_unit(&sources, file, text, &entry));
            }
        } else {
            lesson_units(&sources, file, text, &mut units);
        }
    }
    Ok(CourseUnits {
        course,
        locale,
        units,
        files,
        english_files: en_files,
        lock,
        english,
    })
}

/// What the units of a course are made from.
struct Sources<'a> {
    english: &'a HashMap<String, String>,
    target_texts: &'a LocaleTexts,
    lock: &'a Confirmed,
    contexts: &'a HashMap<String, String>,
    files: &'a BTreeMap<String, String>,
    /// Where each message of the translation is, whichever of its files holds it.
    target_entries: &'a HashMap<String, (String, FtlEntry)>,
}

/// The unit of one English message or term.
fn message_unit(sources: &Sources<'_>, file: &str, text: &str, entry: &FtlEntry) -> Unit {
    let Sources {
        english,
        target_texts,
        lock,
        contexts,
        files,
        target_entries,
    } = sources;
    let source = text[entry.text.clone()].to_owned();
    let is_term = entry.id.starts_with('-');
    let keys: Vec<String> = if is_term {
        vec![entry.id.clone()]
    } else {
        let prefix = format!("{}.", entry.id);
        let mut keys: Vec<String> = english
            .keys()
            .filter(|k| **k == entry.id || k.starts_with(&prefix))
            .cloned()
            .collect();
        keys.sort();
        keys
    };
    let unit_fingerprint = fingerprint(source.as_bytes());
    let place = target_entries.get(&entry.id).map(|(f, e)| Place {
        file: f.clone(),
        range: e.text.clone(),
    });
    let target = place
        .as_ref()
        .map(|p| files[&p.file][p.range.clone()].to_owned());
    let lock_entries: Vec<(String, String)> = keys
        .iter()
        .map(|k| {
            let current = if is_term {
                unit_fingerprint.clone()
            } else {
                english.get(k).cloned().unwrap_or_default()
            };
            (k.clone(), current)
        })
        .collect();
    let outdated = target.is_some()
        && lock_entries.iter().any(|(k, current)| {
            (is_term || target_texts.texts.contains_key(k)) && lock.get(k) != Some(current)
        });
    let kind = if is_term {
        UnitKind::Term
    } else {
        UnitKind::Message
    };
    let what = if is_term { "term" } else { "message" };
    let mut context = format!("{what} `{}` in {file}", entry.id);
    if let Some(more) = contexts.get(entry.id.split('_').next().unwrap_or_default()) {
        context.push_str("; ");
        context.push_str(more);
    }
    Unit {
        id: format!("{file}#{}", entry.id),
        file: file.to_owned(),
        local: entry.id.clone(),
        kind,
        source,
        target,
        fingerprint: unit_fingerprint,
        outdated,
        context,
        place,
        source_range: Some(entry.text.clone()),
        lock: lock_entries,
    }
}

/// The units of one English lesson: one per block.
fn lesson_units(sources: &Sources<'_>, file: &str, text: &str, units: &mut Vec<Unit>) {
    let Sources {
        english,
        lock,
        files,
        ..
    } = sources;
    let lesson = file
        .strip_prefix("lessons/")
        .and_then(|f| f.strip_suffix(".md"))
        .unwrap_or(file);
    let file_key = lesson_key(lesson);
    let lesson_current = english
        .get(&file_key)
        .is_some_and(|fp| lock.get(&file_key) == Some(fp));
    let target_md = files.get(file);
    let target_blocks: HashMap<String, std::ops::Range<usize>> = target_md
        .map(|md| {
            lesson_blocks::blocks(md)
                .into_iter()
                .map(|b| (b.id, b.range))
                .collect()
        })
        .unwrap_or_default();
    for block in lesson_blocks::blocks(text) {
        let source = text[block.range.clone()].to_owned();
        let unit_fingerprint = fingerprint(source.as_bytes());
        let block_key = format!("{file_key}#{}", block.id);
        let place = target_blocks.get(&block.id).map(|r| Place {
            file: file.to_owned(),
            range: r.clone(),
        });
        let target = match (&place, target_md) {
            (Some(p), Some(md)) => Some(md[p.range.clone()].to_owned()),
            _ => None,
        };
        let outdated =
            target.is_some() && !lesson_current && lock.get(&block_key) != Some(&unit_fingerprint);
        let mut lock_entries = vec![(block_key, unit_fingerprint.clone())];
        if let Some(fp) = english.get(&file_key) {
            lock_entries.push((file_key.clone(), fp.clone()));
        }
        units.push(Unit {
            id: format!("{file}#{}", block.id),
            file: file.to_owned(),
            local: block.id.clone(),
            kind: UnitKind::Block(block.kind),
            source,
            target,
            fingerprint: unit_fingerprint,
            outdated,
            context: format!("lesson `{lesson}`, {}", block.kind.describe()),
            place,
            source_range: Some(block.range.clone()),
            lock: lock_entries,
        });
    }
}

/// Whether a path inside a locale folder is a Fluent file (the loader's test, exactly).
pub(crate) fn is_ftl(path: &str) -> bool {
    path.rsplit_once('.').is_some_and(|(_, ext)| ext == "ftl")
}

/// Whether a path inside a locale folder is a lesson body.
pub(crate) fn is_lesson(path: &str) -> bool {
    path.strip_prefix("lessons/")
        .and_then(|p| p.rsplit_once('.'))
        .is_some_and(|(_, ext)| ext == "md")
}

/// Text key → English fingerprint, as the lock records them.
fn key_fingerprints(texts: &LocaleTexts) -> HashMap<String, String> {
    crate::staleness::fingerprints(texts)
        .into_iter()
        .map(|(k, v)| (k, v.to_owned()))
        .collect()
}

/// The `.ftl` files and lesson bodies of a locale folder, by path relative to it.
fn locale_files(tree: &SourceTree, locale: Locale) -> BTreeMap<String, String> {
    let prefix = format!("locales/{}/", locale.tag());
    tree.paths_under(&prefix)
        .filter_map(|path| {
            let rest = &path[prefix.len()..];
            let wanted = (is_ftl(rest) && !rest.contains('/')) || is_lesson(rest);
            let text = std::str::from_utf8(tree.get(path)?).ok()?;
            wanted.then(|| (rest.to_owned(), text.to_owned()))
        })
        .collect()
}

/// The course id and, by message id, where the manifest uses it (for translators' notes):
/// the question type matters most, since it says what a part is (a choice, an item to order).
fn contexts(course_dir: &Path) -> (String, HashMap<String, String>) {
    let mut out = HashMap::new();
    let outcome = load_path(course_dir);
    let Some(loaded) = outcome.course else {
        let name = course_dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        return (name, out);
    };
    let course = loaded.course();
    out.insert(
        "course".to_owned(),
        "the course title and catalogue summary".to_owned(),
    );
    for id in &course.outcomes {
        out.insert(
            id.clone(),
            "a learning outcome (printed on certificates)".to_owned(),
        );
    }
    for module in &course.modules {
        out.insert(module.id.clone(), "a module title".to_owned());
        for lesson in &module.lessons {
            out.insert(
                lesson.clone(),
                format!("the title of a lesson of module `{}`", module.id),
            );
        }
    }
    for assessment in &course.assessments {
        out.insert(
            assessment.id.clone(),
            "an assessment title and instructions".to_owned(),
        );
        for question in &assessment.questions {
            out.insert(
                question.id.clone(),
                format!(
                    "question `{}` ({}) of assessment `{}`",
                    question.id,
                    question.kind.name(),
                    assessment.id
                ),
            );
        }
    }
    for item in &course.survey {
        out.insert(item.id.clone(), "an evaluation survey item".to_owned());
    }
    (course.id.clone(), out)
}
