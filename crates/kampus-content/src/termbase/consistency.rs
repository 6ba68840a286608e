//! `term-inconsistent`: a translated unit (a Fluent message or a lesson block, as
//! [`crate::exchange::units`] splits them) whose English names a termbase term and whose
//! translation does not use the locale's approved term for it, or uses a forbidden variant.
//!
//! A unit is checked only when it is translated: a unit with no translation, or one still the
//! English text (a placeholder), says nothing about terms. A missing approved term is reported
//! at the start of the unit; a forbidden variant at the word.

use std::path::Path;

use super::{Termbase, find_phrase, words};
use crate::Locale;
use crate::exchange::units::{Unit, course_units};
use crate::problem::{Problem, ProblemCode};

/// The termbase problems of the course in `course_dir`, in every locale it has a folder for.
pub fn check_course(course_dir: &Path, termbase: &Termbase) -> Vec<Problem> {
    let mut problems = Vec::new();
    for locale in Locale::ALL.into_iter().skip(1) {
        if !course_dir.join("locales").join(locale.tag()).is_dir() {
            continue;
        }
        let Ok(course) = course_units(course_dir, locale) else {
            continue;
        };
        for unit in &course.units {
            let Some(place) = &unit.place else { continue };
            let Some(file_text) = course.files.get(&place.file) else {
                continue;
            };
            let file = format!("locales/{}/{}", locale.tag(), place.file);
            for (offset, message) in unit_findings(termbase, locale, unit) {
                problems.push(Problem::at(
                    ProblemCode::TermInconsistent,
                    &file,
                    file_text,
                    place.range.start + offset,
                    message,
                ));
            }
        }
    }
    problems
}

/// What is wrong with the terms of one unit: offsets in its translation, with messages.
pub fn unit_findings(termbase: &Termbase, locale: Locale, unit: &Unit) -> Vec<(usize, String)> {
    let Some(target) = unit.target.as_deref() else {
        return Vec::new();
    };
    if target.trim() == unit.source.trim() {
        return Vec::new();
    }
    let source_words = words(&unit.source);
    let target_words = words(target);
    let mut out = Vec::new();
    for (term, approved) in termbase.in_locale(locale) {
        let Some(english) = term
            .en
            .iter()
            .find(|form| find_phrase(&source_words, form, true).is_some())
        else {
            continue;
        };
        if let Some((variant, at)) = approved
            .forbidden
            .iter()
            .find_map(|v| find_phrase(&target_words, v, false).map(|at| (v, at)))
        {
            let found = word_at(target, at);
            out.push((
                at,
                format!(
                    "term `{}`: \"{found}\" is the variant `{variant}` the termbase forbids; use \"{}\" (for \"{english}\")",
                    term.id, approved.term
                ),
            ));
        } else if !approved
            .stems()
            .iter()
            .any(|stem| find_phrase(&target_words, stem, false).is_some())
        {
            out.push((
                0,
                format!(
                    "term `{}`: the English has \"{english}\" but the translation has no form of the approved \"{}\"",
                    term.id, approved.term
                ),
            ));
        }
    }
    out
}

/// The word that begins at byte `at` of `text`.
fn word_at(text: &str, at: usize) -> &str {
    let rest = text.get(at..).unwrap_or_default();
    let end = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}
