//! Checks of what a reviewer reads for, across the manifest and the texts: a short-text
//! question whose answer is written where the learner sees it ([`answer_shown`]), settings
//! written into instructions as numbers instead of variables ([`setting_numbers`]), and Fluent
//! variables that a translation does not share with English or that nothing passes
//! ([`variables`]). They run once the manifest is validated and the locales read, like the
//! check for missing English texts; the checks that need only one of the two are with it (the
//! position of correct choices in [`crate::validate`], undefined references in
//! [`crate::texts`]).

mod answer_shown;
mod number_words;
mod setting_numbers;
mod variables;

use crate::Locale;
use crate::assemble::TextsByLocale;
use crate::manifest::Manifest;
use crate::problem::Problem;
use crate::texts::{LocaleTexts, TextEntry};
use crate::validate::{MANIFEST_FILE, Validated};

/// `course.toml` as written: its text (for positions) and what it declares, including the
/// settings the validator refused (a variable of a setting written out of range is the
/// setting's problem, `invalid-setting`, not the text's).
pub(crate) struct Written<'a> {
    pub manifest: &'a Manifest,
    pub text: &'a str,
}

/// Runs every check of this module over an offered course.
pub(crate) fn review(
    validated: &Validated,
    written: &Written<'_>,
    texts: &TextsByLocale,
    problems: &mut Vec<Problem>,
) {
    answer_shown::check(validated, texts, written.text, problems);
    setting_numbers::check(&validated.course, texts, problems);
    variables::check(written.manifest, texts, problems);
}

/// Each offered locale's own entry of `key`, with the locale and its texts.
fn own_entries<'a>(
    texts: &'a TextsByLocale,
    key: &'a str,
) -> impl Iterator<Item = (Locale, &'a LocaleTexts, &'a TextEntry)> + 'a {
    Locale::ALL.into_iter().filter_map(move |locale| {
        let locale_texts = texts[locale.index()].as_ref()?;
        let entry = locale_texts.texts.get(key)?;
        Some((locale, locale_texts, entry))
    })
}

/// A problem at byte `offset` of the file of `entry`.
fn at_entry(
    code: crate::problem::ProblemCode,
    texts: &LocaleTexts,
    entry: &TextEntry,
    offset: usize,
    message: String,
) -> Problem {
    let source = texts.sources.get(&entry.file).map_or("", String::as_str);
    Problem::at(code, &entry.file, source, offset, message)
}

/// A problem at byte `offset` of `course.toml`.
fn in_manifest(
    code: crate::problem::ProblemCode,
    manifest: &str,
    offset: usize,
    message: String,
) -> Problem {
    Problem::at(code, MANIFEST_FILE, manifest, offset, message)
}
