//! A loaded course version: structure, Fluent bundles and rendered lessons, with every text
//! resolvable for every locale in constant time.
//!
//! Resolution follows [`Locale::fallback_chain`]: the requested locale, then its chain, ending
//! in English. Serbian is special: when `sr-Latn` lacks a text that `sr-Cyrl` has, the Latin
//! text is derived by exact transliteration (and `sr-Cyrl` from `sr-Latn` where the Latin text
//! is unambiguous, see [`crate::translit`]). Which locale (and which derivation) serves each
//! text for each requested locale is decided once when the course is loaded and stored in a
//! table, so serving a lesson is two lookups. Every answer carries a [`TextOrigin`] so the API
//! can say "shown in English because this lesson is not translated yet".

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::Locale;
use crate::coverage::{Availability, CoverageReport};
use crate::locale::LocaleRequest;
use crate::model::Course;
use crate::render::RenderedLesson;

/// A Fluent bundle that can be shared between threads.
pub type Bundle = FluentBundle<Arc<FluentResource>>;

/// Where a resolved text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TextOrigin {
    /// The locale that was asked for.
    pub requested: Locale,
    /// The locale (language and script) the text is in.
    pub locale: Locale,
    /// Set when the text was derived by transliteration from this locale's text.
    pub transliterated_from: Option<Locale>,
    /// True when `locale` is not `requested` (the text came from the fallback chain).
    pub fallback: bool,
    /// True when the request named a tag Kampus does not serve and English was used.
    pub unsupported_request: bool,
}

/// A text (or lesson) and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Resolved<T> {
    pub value: T,
    pub origin: TextOrigin,
}

/// Which bundle serves a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Source {
    Own(Locale),
    /// sr-Latn derived from sr-Cyrl.
    ToLatin,
    /// sr-Cyrl derived from sr-Latn.
    ToCyrillic,
}

/// Per requested locale (indexed by [`Locale::index`]): the source and origin, if any.
pub(crate) type Slots<T> = [Option<(T, TextOrigin)>; Locale::ALL.len()];

/// A course version ready to serve. `Send + Sync`: share it behind an `Arc`.
pub struct LoadedCourse {
    pub(crate) course: Course,
    pub(crate) locales: Vec<Locale>,
    pub(crate) bundles: Vec<(Source, Bundle)>,
    pub(crate) texts: HashMap<String, Slots<Source>>,
    pub(crate) lessons: HashMap<String, Slots<Arc<RenderedLesson>>>,
    pub(crate) coverage: CoverageReport,
}

impl std::fmt::Debug for LoadedCourse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Fluent bundles are not `Debug`; list which ones exist instead.
        f.debug_struct("LoadedCourse")
            .field("course", &self.course.id)
            .field("locales", &self.locales)
            .field(
                "bundles",
                &self.bundles.iter().map(|(s, _)| s).collect::<Vec<_>>(),
            )
            .field("texts", &self.texts.len())
            .field("lessons", &self.lessons.len())
            .finish_non_exhaustive()
    }
}

impl LoadedCourse {
    /// The language-neutral structure (ids, order, settings, answer keys).
    pub fn course(&self) -> &Course {
        &self.course
    }

    /// The locales the course is offered in.
    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    /// Translation coverage of this version.
    pub fn coverage(&self) -> &CoverageReport {
        &self.coverage
    }

    /// A lesson body for `locale`, following the fallback chain.
    pub fn lesson(&self, locale: Locale, lesson_id: &str) -> Option<Resolved<&RenderedLesson>> {
        let (lesson, origin) = self.lessons.get(lesson_id)?[locale.index()].as_ref()?;
        Some(Resolved {
            value: lesson,
            origin: *origin,
        })
    }

    /// A lesson body for a locale tag; an unsupported tag is served in English, marked.
    pub fn lesson_for_tag(&self, tag: &str, lesson_id: &str) -> Option<Resolved<&RenderedLesson>> {
        let request = LocaleRequest::from_tag(tag);
        let mut resolved = self.lesson(request.locale, lesson_id)?;
        resolved.origin.unsupported_request = request.unsupported;
        Some(resolved)
    }

    /// Where the text `key` (`id` or `id.attribute`) comes from for `locale`, without
    /// formatting it.
    pub fn text_origin(&self, locale: Locale, key: &str) -> Option<TextOrigin> {
        self.texts.get(key)?[locale.index()]
            .as_ref()
            .map(|(_, origin)| *origin)
    }

    /// Formats the text `key` (`id` or `id.attribute`) for `locale` with Fluent (plurals and
    /// numbers per CLDR), following the fallback chain.
    pub fn text(
        &self,
        locale: Locale,
        key: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<Resolved<Cow<'_, str>>> {
        let (source, origin) = self.texts.get(key)?[locale.index()].as_ref()?;
        let bundle = &self.bundles.iter().find(|(s, _)| s == source)?.1;
        let (id, attribute) = match key.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (key, None),
        };
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            Some(attribute) => message.get_attribute(attribute)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let value = bundle.format_pattern(pattern, args, &mut errors);
        Some(Resolved {
            value,
            origin: *origin,
        })
    }

    /// A text for a locale tag; an unsupported tag is served in English, marked.
    pub fn text_for_tag(
        &self,
        tag: &str,
        key: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<Resolved<Cow<'_, str>>> {
        let request = LocaleRequest::from_tag(tag);
        let mut resolved = self.text(request.locale, key, args)?;
        resolved.origin.unsupported_request = request.unsupported;
        Some(resolved)
    }
}

/// Makes a bundle for `locale` over `resources`, with an optional script transform.
pub(crate) fn bundle(
    locale: Locale,
    resources: &[Arc<FluentResource>],
    transform: Option<fn(&str) -> Cow<'_, str>>,
) -> Bundle {
    let id: LanguageIdentifier = locale.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: none of our scripts is right-to-left, and
    // the marks would leak into JSON and e-mails.
    bundle.set_use_isolating(false);
    bundle.set_transform(transform);
    for resource in resources {
        // Duplicates are reported by the loader; the first definition wins here.
        let _ = bundle.add_resource(Arc::clone(resource));
    }
    bundle
}

/// Decides, for `requested`, which locale serves a text, given how each locale has it.
pub(crate) fn resolve_slot(
    requested: Locale,
    available: impl Fn(Locale) -> Availability,
) -> Option<(Source, TextOrigin)> {
    let origin = |locale: Locale, from: Option<Locale>| TextOrigin {
        requested,
        locale,
        transliterated_from: from,
        fallback: locale != requested,
        unsupported_request: false,
    };
    std::iter::once(requested)
        .chain(requested.fallback_chain().iter().copied())
        .find_map(|candidate| match available(candidate) {
            Availability::Own => Some((Source::Own(candidate), origin(candidate, None))),
            Availability::Derived if candidate == Locale::SrLatn => {
                Some((Source::ToLatin, origin(candidate, Some(Locale::SrCyrl))))
            }
            Availability::Derived if candidate == Locale::SrCyrl => {
                Some((Source::ToCyrillic, origin(candidate, Some(Locale::SrLatn))))
            }
            Availability::Derived | Availability::Missing => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn a_loaded_course_is_send_and_sync() {
        assert_send_sync::<LoadedCourse>();
    }

    #[test]
    fn slots_follow_the_chain_and_transliterate_serbian() {
        use Availability::{Derived, Missing, Own};
        // Only sr-Cyrl and en have the text; sr-Latn can derive it.
        let avail = |l: Locale| match l {
            Locale::SrCyrl | Locale::En => Own,
            Locale::SrLatn => Derived,
            _ => Missing,
        };
        let (source, origin) = resolve_slot(Locale::SrLatn, avail).expect("resolves");
        assert_eq!(source, Source::ToLatin);
        assert_eq!(
            (origin.locale, origin.transliterated_from, origin.fallback),
            (Locale::SrLatn, Some(Locale::SrCyrl), false)
        );
        // Montenegrin: cnr → sr-Latn (derived) before bs, hr, en.
        let (source, origin) = resolve_slot(Locale::Cnr, avail).expect("resolves");
        assert_eq!(
            (source, origin.locale, origin.fallback),
            (Source::ToLatin, Locale::SrLatn, true)
        );
        // Macedonian goes straight to English.
        let (source, origin) = resolve_slot(Locale::Mk, avail).expect("resolves");
        assert_eq!(
            (source, origin.locale, origin.fallback),
            (Source::Own(Locale::En), Locale::En, true)
        );
        assert_eq!(resolve_slot(Locale::Mk, |_| Missing), None);
    }
}
