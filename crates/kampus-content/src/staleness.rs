//! Staleness of translations: which English text each translation was confirmed against.
//!
//! Every locale other than English has a `locales/<tag>/translations.lock`, written only by
//! tooling ([`confirm_translations`], `kampus content confirm`). It maps each text key to the
//! fingerprint of the English text the translator confirmed the translation against:
//!
//! ```toml
//! [confirmed]
//! "m-legal" = "3f1c0a9e5b7d2c44"
//! "lessons/l-sources.md" = "91aa03c2e8f1b7d0"
//! ```
//!
//! Lessons also have one entry per block (`"lessons/l-sources.md#p3"`, see
//! [`crate::exchange::units`]), so that a changed English paragraph marks that block of the
//! translation outdated for a translator's tool, not the whole lesson.
//!
//! A translation is *outdated* when the English text's current fingerprint differs from the
//! recorded one, or when no fingerprint is recorded (never confirmed). Keeping the fingerprints
//! out of the `.ftl` and `.md` files keeps those files clean for translators and their tools;
//! the lock file is one small diff per confirmation in code review.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::Locale;
use crate::bundle::SourceTree;
use crate::problem::{Problem, ProblemCode};
use crate::texts::{LocaleTexts, read_locale};

pub use crate::texts::LOCK_FILE;

/// Text key → fingerprint of the English text it was confirmed against.
pub type Confirmed = HashMap<String, String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LockFile {
    #[serde(default)]
    confirmed: HashMap<String, String>,
}

/// The path of a locale's lock file inside a bundle.
pub fn lock_path(locale: Locale) -> String {
    format!("locales/{}/{LOCK_FILE}", locale.tag())
}

/// Reads a locale's lock file; a missing file is an empty one, a broken one is reported.
pub fn read_lock(tree: &SourceTree, locale: Locale, problems: &mut Vec<Problem>) -> Confirmed {
    let path = lock_path(locale);
    let Some(bytes) = tree.get(&path) else {
        return Confirmed::new();
    };
    let parsed = std::str::from_utf8(bytes)
        .map_err(|e| e.to_string())
        .and_then(|text| toml::from_str::<LockFile>(text).map_err(|e| e.message().to_owned()));
    match parsed {
        Ok(lock) => lock.confirmed,
        Err(err) => {
            problems.push(Problem::in_file(
                ProblemCode::InvalidLockFile,
                &path,
                format!(
                    "cannot read the lock file ({err}); run `kampus content confirm` to rewrite it"
                ),
            ));
            Confirmed::new()
        }
    }
}

/// The content of a lock file for `confirmed` (sorted, so diffs are small).
pub fn write_lock(confirmed: &BTreeMap<String, String>) -> String {
    let mut out = String::from(
        "# Written by `kampus content confirm`: the English text each translation was confirmed against.\n\
         # Do not edit by hand.\n[confirmed]\n",
    );
    for (key, fingerprint) in confirmed {
        let _ = writeln!(out, "{} = {}", quote(key), quote(fingerprint));
    }
    out
}

fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Fingerprints of every text and lesson body a locale has, by text key.
pub fn fingerprints(texts: &LocaleTexts) -> HashMap<String, &str> {
    let mut out: HashMap<String, &str> = texts
        .texts
        .iter()
        .map(|(k, e)| (k.clone(), e.fingerprint.as_str()))
        .collect();
    for (id, lesson) in &texts.lessons {
        out.insert(
            crate::texts::keys::lesson_key(id),
            lesson.fingerprint.as_str(),
        );
    }
    out
}

/// Why translations could not be confirmed.
#[derive(Debug, thiserror::Error)]
pub enum ConfirmError {
    #[error("English is the source language; there is nothing to confirm")]
    SourceLocale,
    #[error("`{0}` is not a course folder (no course.toml)")]
    NotACourse(PathBuf),
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: io::Error },
}

/// What [`confirm_translations`] recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfirmSummary {
    pub locale: Locale,
    /// Texts whose recorded fingerprint changed (newly confirmed or re-confirmed).
    pub updated: usize,
    /// Texts of the locale now recorded in total.
    pub confirmed: usize,
    pub lock_file: PathBuf,
}

/// Records that every text present in `locale` translates the current English text: rewrites
/// `locales/<tag>/translations.lock` of the course folder with the English fingerprints.
/// Texts that English no longer has are dropped from the lock.
pub fn confirm_translations(
    course_dir: &Path,
    locale: Locale,
) -> Result<ConfirmSummary, ConfirmError> {
    if locale == Locale::En {
        return Err(ConfirmError::SourceLocale);
    }
    if !course_dir.join("course.toml").is_file() {
        return Err(ConfirmError::NotACourse(course_dir.to_owned()));
    }
    let tree = SourceTree::read_path(course_dir);
    let mut ignored = Vec::new();
    let english = read_locale(&tree, Locale::En, &mut ignored);
    let translated = read_locale(&tree, locale, &mut ignored);
    let before = read_lock(&tree, locale, &mut ignored);
    let source = fingerprints(&english);
    let mut confirmed = BTreeMap::new();
    for key in fingerprints(&translated).into_keys() {
        if let Some(fingerprint) = source.get(&key) {
            confirmed.insert(key, (*fingerprint).to_owned());
        }
    }
    let updated = confirmed
        .iter()
        .filter(|(k, v)| before.get(*k) != Some(*v))
        .count();
    let texts = confirmed.len();
    confirmed.extend(block_entries(&english, &translated));
    let lock_file = course_dir
        .join("locales")
        .join(locale.tag())
        .join(LOCK_FILE);
    fs::write(&lock_file, write_lock(&confirmed)).map_err(|source| ConfirmError::Write {
        path: lock_file.clone(),
        source,
    })?;
    Ok(ConfirmSummary {
        locale,
        updated,
        confirmed: texts,
        lock_file,
    })
}

/// One entry per block of each translated lesson (`lessons/l-steps.md#p3`): the English
/// block it translates. With them, a changed English paragraph makes that block outdated
/// rather than the whole lesson ([`crate::exchange::units`]). Blocks are matched by id, so a
/// translation whose structure differs from the English records only the ids both have.
fn block_entries(english: &LocaleTexts, translated: &LocaleTexts) -> Vec<(String, String)> {
    use crate::lesson_blocks::blocks;
    let mut out = Vec::new();
    for (id, lesson) in &translated.lessons {
        let Some(source) = english.lessons.get(id) else {
            continue;
        };
        let ids: Vec<String> = blocks(&lesson.markdown).into_iter().map(|b| b.id).collect();
        for block in blocks(&source.markdown) {
            if ids.contains(&block.id) {
                let text = &source.markdown[block.range];
                out.push((
                    format!("{}#{}", crate::texts::keys::lesson_key(id), block.id),
                    crate::fingerprint::fingerprint(text.as_bytes()),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_round_trips() {
        let mut entries = BTreeMap::new();
        entries.insert("q1.feedback".to_owned(), "0123456789abcdef".to_owned());
        entries.insert("lessons/l1.md".to_owned(), "fedcba9876543210".to_owned());
        let mut tree = SourceTree::new();
        tree.insert(&lock_path(Locale::Hr), write_lock(&entries).into_bytes());
        let mut problems = Vec::new();
        let read = read_lock(&tree, Locale::Hr, &mut problems);
        assert!(problems.is_empty());
        assert_eq!(read.len(), 2);
        assert_eq!(read["q1.feedback"], "0123456789abcdef");
        tree.insert(&lock_path(Locale::Hr), b"[confirmed\n".to_vec());
        assert!(read_lock(&tree, Locale::Hr, &mut problems).is_empty());
        assert_eq!(problems[0].code, ProblemCode::InvalidLockFile);
    }
}
