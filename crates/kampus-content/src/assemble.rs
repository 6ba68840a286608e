//! Assembling a [`LoadedCourse`] from a validated manifest and the texts of its locales:
//! building the Fluent bundles, rendering every lesson once, deciding the source of every text
//! for every requested locale, and computing coverage.

use std::collections::HashMap;
use std::sync::Arc;

use crate::Locale;
use crate::coverage::{self, Availability};
use crate::loaded::{LoadedCourse, Slots, Source, bundle, resolve_slot};
use crate::render::{RenderedLesson, latin_is_unambiguous_markdown, render};
use crate::staleness::{Confirmed, fingerprints};
use crate::texts::LocaleTexts;
use crate::texts::keys::{TextKey, text_keys};
use crate::translit::{fluent_to_cyrillic, fluent_to_latin};
use crate::validate::Validated;

/// A script conversion applied to the text of a pattern or lesson.
type Transform = fn(&str) -> std::borrow::Cow<'_, str>;

/// The texts of each offered locale, indexed by [`Locale::index`].
pub(crate) type TextsByLocale = [Option<LocaleTexts>; Locale::ALL.len()];

/// How each locale has each text: own, derivable by transliteration, or not at all.
struct Availabilities<'a> {
    texts: &'a TextsByLocale,
    /// Lessons of sr-Latn that convert to Cyrillic unambiguously.
    cyrillic_ready_lessons: HashMap<&'a str, bool>,
}

impl Availabilities<'_> {
    fn own(&self, locale: Locale, key: &str) -> bool {
        let Some(texts) = &self.texts[locale.index()] else {
            return false;
        };
        match lesson_id(key) {
            Some(id) => texts.lessons.contains_key(id),
            None => texts.texts.contains_key(key),
        }
    }

    fn get(&self, locale: Locale, key: &str) -> Availability {
        if self.own(locale, key) {
            return Availability::Own;
        }
        let derivable = match locale {
            // Derivable whether or not the course lists the other script: a reader of Serbian
            // Latin is better served by transliterated text than by Cyrillic.
            Locale::SrLatn => self.own(Locale::SrCyrl, key),
            Locale::SrCyrl => self.own(Locale::SrLatn, key) && self.latin_unambiguous(key),
            _ => false,
        };
        if derivable {
            Availability::Derived
        } else {
            Availability::Missing
        }
    }

    fn latin_unambiguous(&self, key: &str) -> bool {
        match lesson_id(key) {
            Some(id) => self
                .cyrillic_ready_lessons
                .get(id)
                .copied()
                .unwrap_or(false),
            None => self.texts[Locale::SrLatn.index()]
                .as_ref()
                .and_then(|t| t.texts.get(key))
                .is_some_and(|e| e.latin_unambiguous),
        }
    }
}

fn lesson_id(key: &str) -> Option<&str> {
    key.strip_prefix("lessons/")
        .and_then(|k| k.strip_suffix(".md"))
}

/// Builds the loaded course. `texts` holds only the offered locales (English always).
pub(crate) fn assemble(
    validated: Validated,
    texts: &TextsByLocale,
    locks: &[Confirmed; Locale::ALL.len()],
) -> LoadedCourse {
    let Validated {
        course, locales, ..
    } = validated;
    let keys = text_keys(&course);
    let cyrillic_ready_lessons = texts[Locale::SrLatn.index()]
        .as_ref()
        .map(|t| {
            t.lessons
                .iter()
                .map(|(id, l)| (id.as_str(), latin_is_unambiguous_markdown(&l.markdown)))
                .collect()
        })
        .unwrap_or_default();
    let avail = Availabilities {
        texts,
        cyrillic_ready_lessons,
    };

    let mut bundles = Vec::new();
    for locale in Locale::ALL {
        if let Some(t) = &texts[locale.index()] {
            bundles.push((Source::Own(locale), bundle(locale, &t.resources, None)));
        }
    }
    if let Some(cyr) = &texts[Locale::SrCyrl.index()] {
        bundles.push((
            Source::ToLatin,
            bundle(Locale::SrLatn, &cyr.resources, Some(fluent_to_latin)),
        ));
    }
    if let Some(lat) = &texts[Locale::SrLatn.index()] {
        bundles.push((
            Source::ToCyrillic,
            bundle(Locale::SrCyrl, &lat.resources, Some(fluent_to_cyrillic)),
        ));
    }

    let mut text_slots = HashMap::new();
    let mut lesson_slots = HashMap::new();
    let mut rendered: HashMap<(Source, String), Arc<RenderedLesson>> = HashMap::new();
    for TextKey { key, .. } in &keys {
        let slots: Slots<Source> =
            Locale::ALL.map(|requested| resolve_slot(requested, |l| avail.get(l, key)));
        let Some(id) = lesson_id(key) else {
            text_slots.insert(key.clone(), slots);
            continue;
        };
        let lessons: Slots<Arc<RenderedLesson>> = slots.map(|slot| {
            let (source, origin) = slot?;
            let html = rendered
                .entry((source, id.to_owned()))
                .or_insert_with(|| Arc::new(render_lesson(texts, source, id)))
                .clone();
            Some((html, origin))
        });
        lesson_slots.insert(id.to_owned(), lessons);
    }

    let english = texts[Locale::En.index()]
        .as_ref()
        .map(fingerprints)
        .unwrap_or_default();
    let coverage = coverage::compute(
        &course.id,
        &keys,
        &locales,
        |locale, key| avail.get(locale, key),
        |locale, key| {
            locks[locale.index()].get(key).map(String::as_str) != english.get(key).copied()
        },
    );
    LoadedCourse {
        course,
        locales,
        bundles,
        texts: text_slots,
        lessons: lesson_slots,
        coverage,
    }
}

fn render_lesson(texts: &TextsByLocale, source: Source, id: &str) -> RenderedLesson {
    let (from, transform): (Locale, Option<Transform>) = match source {
        Source::Own(locale) => (locale, None),
        Source::ToLatin => (Locale::SrCyrl, Some(fluent_to_latin)),
        Source::ToCyrillic => (Locale::SrLatn, Some(fluent_to_cyrillic)),
    };
    let markdown = texts[from.index()]
        .as_ref()
        .and_then(|t| t.lessons.get(id))
        .map_or("", |l| l.markdown.as_str());
    render(markdown, transform)
}
