//! Courses as learners see them: the catalog, a course's outline, its lessons, enrollment
//! (with the course's audience) and time on task. Texts come from the in-memory copies of the
//! published courses, rendered once at start; the database is touched only for what is the
//! caller's own (their enrollment).

mod answer_schema;
pub mod attempts;
pub mod audience;
pub mod catalog;
pub mod enrollment;
pub mod lesson;
pub mod outline;
pub mod progress;
pub mod survey;
pub mod time;

use kampus_content::{LoadedCourse, Locale, TextOrigin};
use serde::Serialize;
use utoipa::ToSchema;

/// A text and the locale it was actually served in.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LocalizedText {
    pub text: String,
    /// The locale of `text`: the requested one, or one of its fallbacks.
    pub locale: String,
    /// True when the text is not in the requested locale (not translated yet).
    pub fallback: bool,
    /// Set when the text was transliterated from the other script of Serbian.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transliterated_from: Option<String>,
}

impl LocalizedText {
    fn from_origin(text: String, origin: TextOrigin) -> Self {
        Self {
            text,
            locale: origin.locale.tag().to_owned(),
            fallback: origin.fallback,
            transliterated_from: origin.transliterated_from.map(|l| l.tag().to_owned()),
        }
    }
}

/// The text `key` of `course` in `locale` (following the fallback chain), if it has one.
pub fn text(course: &LoadedCourse, locale: Locale, key: &str) -> Option<LocalizedText> {
    course
        .text(locale, key, None)
        .map(|r| LocalizedText::from_origin(r.value.into_owned(), r.origin))
}

/// The instructions of `assessment` in `locale`, formatted with its settings (questions, pass
/// mark, attempts, time limit), if the course has them.
pub fn instructions(
    course: &LoadedCourse,
    locale: Locale,
    assessment: &kampus_content::model::Assessment,
) -> Option<LocalizedText> {
    course
        .instructions(locale, assessment)
        .map(|r| LocalizedText::from_origin(r.value, r.origin))
}

/// The locales a course is fully available in: every text present (or derived by
/// transliteration), none missing.
pub fn complete_locales(course: &LoadedCourse) -> Vec<String> {
    course
        .coverage()
        .locales
        .iter()
        .filter(|c| c.missing.is_empty())
        .map(|c| c.locale.tag().to_owned())
        .collect()
}
