//! The course texts that certificates print, and the direction controls refused in them.
//!
//! An issued certificate keeps the course title and the learning outcomes, in the holder's
//! language and in English (`kampus-api`'s `certificate_facts`), prints them in its PDF and
//! shows the title on the public verification page; its signed Open Badges credential adds the
//! English course summary. A text is served along a fallback chain, so any locale's title may
//! be the one printed: these texts are certificate texts in every locale. An invisible
//! direction control in one of them ([`crate::text_safety::bidi_controls`]) is an error
//! (`bidi-control-on-certificate`), since a certificate must read as it is stored; in any
//! other text it is a warning (`bidi-control`).
//!
//! A certificate text can also show a control it does not contain: through a term or another
//! message it refers to (`course = { -name }`). So each certificate text is also formatted as
//! the certificate formats it, and a control in the result is refused at the text.

use crate::Locale;
use crate::assemble::TextsByLocale;
use crate::loaded::LoadedCourse;
use crate::model::Course;
use crate::problem::{Problem, ProblemCode};
use crate::text_safety::{bidi_control_name, bidi_controls};
use crate::texts::bidi_problem;

/// The keys of the texts a certificate prints: `course`, `course.summary` and every learning
/// outcome (only the first two when the manifest could not be read).
pub fn certificate_keys(course: Option<&Course>) -> Vec<String> {
    let mut keys = vec!["course".to_owned(), "course.summary".to_owned()];
    keys.extend(course.iter().flat_map(|c| c.outcomes.iter().cloned()));
    keys
}

/// How a message names a text.
fn describe(key: &str) -> String {
    match key {
        "course" => "the course title".to_owned(),
        "course.summary" => "the course summary".to_owned(),
        _ if key.contains('.') => format!("`{key}`"),
        outcome => format!("the learning outcome `{outcome}`"),
    }
}

/// Reports the direction controls written in the Fluent texts of `texts`: errors in
/// certificate texts, warnings elsewhere.
pub(crate) fn report_direction_controls(
    texts: &TextsByLocale,
    course: Option<&Course>,
    problems: &mut Vec<Problem>,
) {
    let certificate = certificate_keys(course);
    for locale_texts in texts.iter().flatten() {
        for (key, entry) in locale_texts
            .texts
            .iter()
            .filter(|(_, e)| !e.bidi.is_empty())
        {
            let source = locale_texts
                .sources
                .get(&entry.file)
                .map_or("", String::as_str);
            let (code, what) = if certificate.contains(key) {
                (ProblemCode::BidiControlOnCertificate, describe(key))
            } else {
                (ProblemCode::BidiControl, format!("`{key}`"))
            };
            for &control in &entry.bidi {
                problems.push(bidi_problem(code, &entry.file, source, control, &what));
            }
        }
    }
}

/// Refuses certificate texts that show a direction control they do not contain (see the
/// module documentation). Texts with a control of their own are already refused.
pub(crate) fn check_formatted(
    loaded: &LoadedCourse,
    texts: &TextsByLocale,
    problems: &mut Vec<Problem>,
) {
    let keys = certificate_keys(Some(loaded.course()));
    for locale in Locale::ALL {
        let Some(locale_texts) = &texts[locale.index()] else {
            continue;
        };
        for key in &keys {
            let Some(entry) = locale_texts.texts.get(key) else {
                continue;
            };
            let Some(shown) = loaded.text(locale, key, None) else {
                continue;
            };
            if !entry.bidi.is_empty() || shown.origin.locale != locale {
                continue;
            }
            let Some((_, control)) = bidi_controls(&shown.value).next() else {
                continue;
            };
            let source = locale_texts
                .sources
                .get(&entry.file)
                .map_or("", String::as_str);
            problems.push(Problem::at(
                ProblemCode::BidiControlOnCertificate,
                &entry.file,
                source,
                entry.offset,
                format!(
                    "{} shows the invisible text-direction control {} through a term or message it refers to; certificates and the public verification page show it: remove it there",
                    describe(key),
                    bidi_control_name(control).unwrap_or_default(),
                ),
            ));
        }
    }
}
