//! The termbase: the approved translation of each key term of the centre's courses, per locale
//! (`content/termbase.toml`), the check that a translation uses it ([`consistency`]) and its
//! export as TBX-Basic for CAT tools ([`tbx`]).
//!
//! One file for all courses, because the terms are the centre's, not a course's: "migration"
//! is `migracion` in every Albanian course. It is TOML, like `course.toml`, so that an author
//! edits and reviews it as plain text; TBX (ISO 30042) is what translators' tools read, so it
//! is written from the TOML rather than edited by hand (TBX has no place for the inflected
//! forms the check matches).
//!
//! Matching is by word stems: the South Slavic languages and Albanian inflect nouns by case
//! (`migracija`, `migracije`, `migracijom`; `migracion`, `migracionit`), so a listed form
//! matches any word that begins with it, case-insensitively; a form of several words matches
//! consecutive words that begin with its words in turn. English forms match whole words.

pub mod consistency;
pub mod tbx;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::Locale;

/// The file name of a termbase, beside the course folders (or inside one course's folder).
pub const FILE: &str = "termbase.toml";

/// A termbase as read.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Termbase {
    #[serde(default, rename = "term")]
    pub terms: Vec<Term>,
}

/// One concept: its English term and its approved term in each locale.
#[derive(Debug, Clone, Deserialize)]
pub struct Term {
    /// Stable id (kebab-case): it names the term in problems and in the TBX `conceptEntry`.
    pub id: String,
    /// The English term first, then other English forms that name it (a plural).
    pub en: Vec<String>,
    /// A definition or usage note for translators.
    #[serde(default)]
    pub note: Option<String>,
    /// By locale tag.
    #[serde(flatten)]
    pub locales: BTreeMap<String, LocaleTerm>,
}

/// The approved term of one locale.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleTerm {
    /// The approved term, in its dictionary form.
    pub term: String,
    /// Stems that the approved term's inflected forms (and accepted synonyms) begin with;
    /// when empty, the term itself is the only stem.
    #[serde(default)]
    pub forms: Vec<String>,
    /// Variants a translation must not use for this concept (found as stems too).
    #[serde(default)]
    pub forbidden: Vec<String>,
}

/// Why a termbase could not be used.
#[derive(Debug, thiserror::Error)]
pub enum TermbaseError {
    #[error("{0}")]
    Syntax(String),
    #[error("term `{id}`: {problem}")]
    Term { id: String, problem: String },
}

impl Termbase {
    /// Reads a termbase from its TOML text and checks it (ids unique, known locale tags,
    /// no empty term or form).
    pub fn parse(text: &str) -> Result<Self, TermbaseError> {
        let termbase: Termbase =
            toml::from_str(text).map_err(|e| TermbaseError::Syntax(e.message().to_owned()))?;
        let mut seen = std::collections::HashSet::new();
        for term in &termbase.terms {
            let problem = |problem: String| TermbaseError::Term {
                id: term.id.clone(),
                problem,
            };
            if !seen.insert(term.id.as_str()) {
                return Err(problem("declared twice".to_owned()));
            }
            if term.en.is_empty() || term.en.iter().any(|f| f.trim().is_empty()) {
                return Err(problem("`en` needs the English term".to_owned()));
            }
            for (tag, entry) in &term.locales {
                match tag.parse::<Locale>() {
                    Ok(Locale::En) | Err(_) => {
                        return Err(problem(format!(
                            "`{tag}` is not a locale a translation is made in"
                        )));
                    }
                    Ok(_) => {}
                }
                let all = std::iter::once(&entry.term)
                    .chain(&entry.forms)
                    .chain(&entry.forbidden);
                if all.into_iter().any(|f| f.trim().is_empty()) {
                    return Err(problem(format!("`{tag}` has an empty term or form")));
                }
            }
        }
        Ok(termbase)
    }

    /// Reads the termbase file at `path`.
    pub fn read(path: &Path) -> Result<Self, TermbaseError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| TermbaseError::Syntax(format!("cannot read: {e}")))?;
        Self::parse(&text)
    }

    /// The terms that have an approved term in `locale`, with it.
    pub fn in_locale(&self, locale: Locale) -> impl Iterator<Item = (&Term, &LocaleTerm)> {
        self.terms
            .iter()
            .filter_map(move |t| t.locales.get(locale.tag()).map(|l| (t, l)))
    }
}

impl LocaleTerm {
    /// The stems that count as the approved term.
    pub fn stems(&self) -> Vec<&str> {
        if self.forms.is_empty() {
            vec![self.term.as_str()]
        } else {
            self.forms.iter().map(String::as_str).collect()
        }
    }
}

/// The termbase that applies to a course folder: its own `termbase.toml`, else the one in the
/// folder that holds it (`content/termbase.toml`).
pub fn find_for_course(course_dir: &Path) -> Option<PathBuf> {
    let own = course_dir.join(FILE);
    if own.is_file() {
        return Some(own);
    }
    let shared = course_dir.parent()?.join(FILE);
    shared.is_file().then_some(shared)
}

/// The words of a text, lower-cased, each with its byte offset.
pub(crate) fn words(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, text[s..i].to_lowercase()));
        }
    }
    if let Some(s) = start {
        out.push((s, text[s..].to_lowercase()));
    }
    out
}

/// Where in `words` a phrase of stems begins (each word begins with its stem in turn; with
/// `whole`, each word is its stem exactly).
pub(crate) fn find_phrase(words: &[(usize, String)], phrase: &str, whole: bool) -> Option<usize> {
    let stems: Vec<String> = words_of(phrase);
    if stems.is_empty() || stems.len() > words.len() {
        return None;
    }
    words.windows(stems.len()).find_map(|window| {
        let hit = window.iter().zip(&stems).all(|((_, word), stem)| {
            if whole {
                word == stem
            } else {
                word.starts_with(stem.as_str())
            }
        });
        hit.then_some(window[0].0)
    })
}

fn words_of(phrase: &str) -> Vec<String> {
    words(phrase).into_iter().map(|(_, w)| w).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_match_inflections_and_english_whole_words() {
        let text = words("Upravljanje Migracijama i migrantima");
        assert_eq!(find_phrase(&text, "migracij", false), Some(12));
        assert_eq!(find_phrase(&text, "upravljanj migracij", false), Some(0));
        assert_eq!(find_phrase(&text, "migracija", true), None);
        let english = words("Irregular migrations, a migrant's route");
        assert_eq!(find_phrase(&english, "migration", true), None);
        assert_eq!(find_phrase(&english, "migrations", true), Some(10));
        assert_eq!(find_phrase(&english, "migrant", true), Some(24));
        let cyrillic = words("Управљање МИГРАЦИЈАМА");
        assert_eq!(find_phrase(&cyrillic, "миграциј", false), Some(19));
    }

    #[test]
    fn a_termbase_with_an_unknown_locale_or_a_repeated_id_is_refused() {
        let bad = "[[term]]\nid = \"a\"\nen = [\"a\"]\nxx = { term = \"b\" }\n";
        assert!(Termbase::parse(bad).is_err());
        let twice = "[[term]]\nid = \"a\"\nen = [\"a\"]\n[[term]]\nid = \"a\"\nen = [\"b\"]\n";
        assert!(Termbase::parse(twice).is_err());
        let good =
            "[[term]]\nid = \"a\"\nen = [\"a\"]\nsq = { term = \"b\", forbidden = [\"c\"] }\n";
        let termbase = Termbase::parse(good).expect("valid");
        assert_eq!(termbase.in_locale(Locale::Sq).count(), 1);
        assert_eq!(termbase.in_locale(Locale::Mk).count(), 0);
    }
}
