//! From the manifest as written to the validated [`Course`]: every rule that does not need
//! the locale files.
//!
//! The validator walks the whole manifest once and reports every problem it meets with the
//! position of the offending value; a part that is wrong (a question without an answer key, a
//! lesson in an unknown module) is left out of the model but does not stop the walk. Besides
//! the course it returns [`Anchors`]: where each id was declared, so that later stages (a text
//! missing in English, for example) can point at the manifest line that asks for it.

mod audience;
mod choice_positions;
mod questions;
mod structure;

use std::collections::HashMap;

use unic_langid::LanguageIdentifier;

use crate::Locale;
use crate::manifest::{Located, Manifest};
use crate::model::Course;
use crate::problem::{Problem, ProblemCode};

pub use structure::validate;

/// The manifest's file name inside a bundle.
pub const MANIFEST_FILE: &str = "course.toml";

/// Ids that name the course's own texts and so cannot be declared.
pub const RESERVED_IDS: &[&str] = &["course"];

/// Where each text key was declared in `course.toml` (byte offsets).
pub type Anchors = HashMap<String, usize>;

/// The outcome of validating a manifest.
#[derive(Debug, Clone)]
pub struct Validated {
    pub course: Course,
    /// Locales the course is offered in (English first).
    pub locales: Vec<Locale>,
    pub anchors: Anchors,
}

/// Whether `id` is a valid stable id: lowercase ASCII letters and digits in hyphen-separated
/// groups, starting with a letter, at most 64 characters. `_` is excluded on purpose: it joins
/// a question id and a choice id into a text key (`q-capital_belgrade`).
pub fn is_valid_id(id: &str) -> bool {
    id.len() <= 64
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.split('-').all(|group| {
            !group.is_empty()
                && group
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Parses a locale tag as BCP 47, reporting malformed and unsupported tags.
pub fn check_locale_tag(tag: &str, report: impl FnOnce(ProblemCode, String)) -> Option<Locale> {
    if tag.parse::<LanguageIdentifier>().is_err() || tag.contains('_') {
        report(
            ProblemCode::InvalidLocaleTag,
            format!("`{tag}` is not a well-formed BCP 47 language tag"),
        );
        return None;
    }
    match tag.parse::<Locale>() {
        Ok(locale) if locale.tag() == tag => Some(locale),
        Ok(locale) => {
            report(
                ProblemCode::InvalidLocaleTag,
                format!(
                    "`{tag}` must be written in its canonical form `{}`",
                    locale.tag()
                ),
            );
            None
        }
        Err(_) => {
            report(
                ProblemCode::UnsupportedLocale,
                format!(
                    "`{tag}` is not a locale Kampus serves ({}); ignored",
                    Locale::ALL.map(Locale::tag).join(", ")
                ),
            );
            None
        }
    }
}

/// Collects problems against `course.toml` and the ids declared so far.
struct Checker<'a> {
    text: &'a str,
    problems: &'a mut Vec<Problem>,
    anchors: Anchors,
}

impl Checker<'_> {
    fn report(&mut self, code: ProblemCode, offset: usize, message: String) {
        self.problems
            .push(Problem::at(code, MANIFEST_FILE, self.text, offset, message));
    }

    /// Checks an id's spelling (without declaring it).
    fn valid_id(&mut self, id: &Located<String>, what: &str) -> bool {
        if is_valid_id(&id.value) {
            return true;
        }
        self.report(
            ProblemCode::InvalidId,
            id.start(),
            format!("{what} id `{}` must be lowercase letters, digits and single hyphens, starting with a letter", id.value),
        );
        false
    }

    /// Declares an id in the course-wide namespace (its text key); false if invalid or taken.
    fn declare(&mut self, id: &Located<String>, what: &str) -> bool {
        if !self.valid_id(id, what) {
            return false;
        }
        if RESERVED_IDS.contains(&id.value.as_str()) {
            self.report(
                ProblemCode::InvalidId,
                id.start(),
                format!("`{}` is reserved for the course's own texts", id.value),
            );
            return false;
        }
        if let Some(&first) = self.anchors.get(&id.value) {
            let (line, _) = crate::problem::line_column(self.text, first);
            self.report(
                ProblemCode::DuplicateId,
                id.start(),
                format!(
                    "{what} id `{}` is already declared on line {line}",
                    id.value
                ),
            );
            return false;
        }
        self.anchors.insert(id.value.clone(), id.start());
        true
    }

    /// Reports a reference to an id that `known` does not contain.
    fn reference(
        &mut self,
        id: &Located<String>,
        what: &str,
        known: impl FnOnce(&str) -> bool,
    ) -> bool {
        if known(&id.value) {
            return true;
        }
        self.report(
            ProblemCode::UnknownId,
            id.start(),
            format!("no {what} has the id `{}`", id.value),
        );
        false
    }
}

/// How a question type reports the problems of its declaration.
impl crate::questions::Check for Checker<'_> {
    fn report(&mut self, code: ProblemCode, at: usize, message: String) {
        Checker::report(self, code, at, message);
    }

    fn valid_id(&mut self, id: &Located<String>, what: &str) -> bool {
        Checker::valid_id(self, id, what)
    }

    fn anchor(&mut self, key: String, at: usize) {
        self.anchors.insert(key, at);
    }
}

/// Parses a manifest, reporting a TOML or shape error at its position.
pub fn parse_manifest(text: &str, problems: &mut Vec<Problem>) -> Option<Manifest> {
    match toml::from_str::<Manifest>(text) {
        Ok(manifest) => Some(manifest),
        Err(err) => {
            let offset = err.span().map_or(0, |s| s.start);
            let message = err.message().trim().replace('\n', " ");
            problems.push(Problem::at(
                ProblemCode::ManifestSyntax,
                MANIFEST_FILE,
                text,
                offset,
                message,
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        for ok in ["a", "m1", "border-police-2", "q-1-a"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in ["", "1a", "A", "a--b", "a-", "-a", "a_b", "č", "a b"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn locale_tags() {
        use ProblemCode::{InvalidLocaleTag, UnsupportedLocale};
        let mut codes = Vec::new();
        for tag in ["sr-Latn", "sr-latn", "de", "sr_Latn", "12-xx-%"] {
            let got = check_locale_tag(tag, |code, _| codes.push(code));
            assert_eq!(got.is_some(), tag == "sr-Latn");
        }
        assert_eq!(
            codes,
            [
                InvalidLocaleTag,
                UnsupportedLocale,
                InvalidLocaleTag,
                InvalidLocaleTag
            ]
        );
    }
}
