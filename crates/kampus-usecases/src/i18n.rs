//! Interface strings (API messages now; emails and certificates later), localized with Fluent.
//!
//! The `.ftl` files under `locales/<tag>/` are embedded in the binary, so a deployment is one
//! file and a broken translation is caught when the catalog is built at start, not when the
//! message is first needed. A lookup walks the locale's fallback chain and ends in English;
//! a test checks that every locale has every English message, so the chain is a safety net.

use std::collections::{BTreeSet, HashMap};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use kampus_content::Locale;
use unic_langid::LanguageIdentifier;

/// One embedded Fluent file: its locale, its path under `locales/` and its text.
struct EmbeddedFile {
    locale: Locale,
    path: &'static str,
    source: &'static str,
}

/// Every file of every locale: `api.ftl` (problem titles and details), `emails.ftl` and
/// `certificate.ftl` (the labels of certificate PDFs), `reports.ftl` (CSV headers) and `web.ftl`
/// (the web pages).
macro_rules! embed {
    ($($locale:ident => $dir:literal),* $(,)?) => {
        &[$(
            EmbeddedFile {
                locale: Locale::$locale,
                path: concat!($dir, "/api.ftl"),
                source: include_str!(concat!("../../../locales/", $dir, "/api.ftl")),
            },
            EmbeddedFile {
                locale: Locale::$locale,
                path: concat!($dir, "/emails.ftl"),
                source: include_str!(concat!("../../../locales/", $dir, "/emails.ftl")),
            },
            EmbeddedFile {
                locale: Locale::$locale,
                path: concat!($dir, "/certificate.ftl"),
                source: include_str!(concat!("../../../locales/", $dir, "/certificate.ftl")),
            },
            EmbeddedFile {
                locale: Locale::$locale,
                path: concat!($dir, "/reports.ftl"),
                source: include_str!(concat!("../../../locales/", $dir, "/reports.ftl")),
            },
            EmbeddedFile {
                locale: Locale::$locale,
                path: concat!($dir, "/web.ftl"),
                source: include_str!(concat!("../../../locales/", $dir, "/web.ftl")),
            },
        )*]
    };
}

const EMBEDDED: &[EmbeddedFile] = embed![
    En => "en",
    SrLatn => "sr-Latn",
    SrCyrl => "sr-Cyrl",
    Bs => "bs",
    Hr => "hr",
    Cnr => "cnr",
    Mk => "mk",
    Sq => "sq",
];

#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("locales/{path}: Fluent syntax error: {errors}")]
    Syntax { path: &'static str, errors: String },
    #[error("locales/{path}: {errors}")]
    Bundle { path: &'static str, errors: String },
}

/// All interface strings in all locales.
pub struct Catalog {
    bundles: HashMap<Locale, FluentBundle<FluentResource>>,
    ids: HashMap<Locale, BTreeSet<String>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locales", &self.ids.keys())
            .finish_non_exhaustive()
    }
}

impl Catalog {
    /// Builds the catalog from the files embedded at compile time.
    pub fn embedded() -> Result<Self, CatalogError> {
        let mut bundles = HashMap::new();
        let mut ids: HashMap<Locale, BTreeSet<String>> = HashMap::new();
        for file in EMBEDDED {
            let resource =
                FluentResource::try_new(file.source.to_owned()).map_err(|(_, errors)| {
                    CatalogError::Syntax {
                        path: file.path,
                        errors: format!("{errors:?}"),
                    }
                })?;
            ids.entry(file.locale)
                .or_default()
                .extend(message_ids(&resource));
            let bundle = bundles
                .entry(file.locale)
                .or_insert_with(|| new_bundle(file.locale));
            bundle
                .add_resource(resource)
                .map_err(|errors| CatalogError::Bundle {
                    path: file.path,
                    errors: format!("{errors:?}"),
                })?;
        }
        Ok(Self { bundles, ids })
    }

    /// The message `id` in `locale`, or in the first locale of its fallback chain that has it;
    /// the id itself if none has it (visible, so a missing string is noticed, never a panic).
    pub fn message(&self, locale: Locale, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        std::iter::once(locale)
            .chain(locale.fallback_chain().iter().copied())
            .find_map(|candidate| self.format_in(candidate, id, args))
            .unwrap_or_else(|| id.to_owned())
    }

    fn format_in(&self, locale: Locale, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let bundle = self.bundles.get(&locale)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if !errors.is_empty() {
            tracing::warn!(%locale, id, ?errors, "interface string formatted with errors");
        }
        Some(text)
    }

    /// The message ids present in `locale` (for coverage checks).
    pub fn message_ids(&self, locale: Locale) -> BTreeSet<String> {
        self.ids.get(&locale).cloned().unwrap_or_default()
    }
}

fn new_bundle(locale: Locale) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![plural_language(locale)]);
    // Unicode isolation marks around arguments would end up inside JSON strings and emails.
    bundle.set_use_isolating(false);
    if locale != Locale::En {
        // Every language served but English writes a decimal comma: "0,5 ECTS".
        bundle.set_formatter(Some(decimal_comma));
    }
    bundle
}

/// Formats fractional numbers with a decimal comma; anything else as Fluent would.
fn decimal_comma(
    value: &fluent_bundle::FluentValue<'_>,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match value {
        fluent_bundle::FluentValue::Number(number) if number.value.fract() != 0.0 => {
            Some(number.as_string().replace('.', ","))
        }
        _ => None,
    }
}

/// The language whose CLDR plural rules apply. Montenegrin has no rules of its own in the
/// plural-rules data and would fall back to English (one/other); it inflects like Serbian.
fn plural_language(locale: Locale) -> LanguageIdentifier {
    let tag = match locale {
        Locale::Cnr => "sr-Latn",
        other => other.tag(),
    };
    tag.parse().unwrap_or_default()
}

fn message_ids(resource: &FluentResource) -> impl Iterator<Item = String> + '_ {
    resource.entries().filter_map(|entry| match entry {
        fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::embedded().expect("embedded catalog is valid")
    }

    #[test]
    fn fractions_have_a_decimal_comma_except_in_english() {
        let catalog = catalog();
        let credits = |locale, value: f64| {
            let mut args = FluentArgs::new();
            args.set("credits", value);
            catalog.message(locale, "certificate-credits", Some(&args))
        };
        assert_eq!(credits(Locale::En, 0.5), "0.5 ECTS credits");
        assert!(
            credits(Locale::Mk, 0.5).starts_with("0,5 "),
            "{}",
            credits(Locale::Mk, 0.5)
        );
        assert!(credits(Locale::Sq, 12.5).starts_with("12,5 "));
        assert!(
            credits(Locale::SrCyrl, 2.0).starts_with("2 "),
            "whole numbers unchanged"
        );
    }

    /// `include_str!` needs each folder's name written out; `Locale::ALL` stays the one list:
    /// the embedded files are exactly its locales', five each, and `locales/` holds no other.
    #[test]
    fn the_embedded_locales_are_locale_all() {
        for locale in Locale::ALL {
            let files: Vec<&str> = EMBEDDED
                .iter()
                .filter(|f| f.locale == locale)
                .map(|f| f.path)
                .collect();
            assert_eq!(files.len(), 5, "{locale}: {files:?}");
            assert!(
                files
                    .iter()
                    .all(|p| p.starts_with(&format!("{}/", locale.tag()))),
                "{locale}: {files:?}"
            );
        }
        assert_eq!(EMBEDDED.len(), Locale::ALL.len() * 5);
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .expect("locales/")
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut tags: Vec<String> = Locale::ALL.iter().map(|l| l.tag().to_owned()).collect();
        tags.sort();
        assert_eq!(on_disk, tags);
    }

    #[test]
    fn every_locale_has_every_english_message() {
        let catalog = catalog();
        let english = catalog.message_ids(Locale::En);
        assert!(!english.is_empty());
        for locale in Locale::ALL {
            let ids = catalog.message_ids(locale);
            let missing: Vec<_> = english.difference(&ids).collect();
            assert!(missing.is_empty(), "{locale} lacks {missing:?}");
            let extra: Vec<_> = ids.difference(&english).collect();
            assert!(
                extra.is_empty(),
                "{locale} has messages English lacks: {extra:?}"
            );
        }
    }

    #[test]
    fn interface_strings_have_no_direction_controls_or_words_mixing_scripts() {
        // The same check as course texts get (`kampus content check`): a Latin `è` in the
        // Macedonian `сѐ` looks right and is another word; a direction control reorders text.
        let problems: Vec<String> = EMBEDDED
            .iter()
            .flat_map(|file| {
                let path = format!("locales/{}", file.path);
                kampus_content::texts::check_fluent_file(file.locale, &path, file.source)
            })
            .map(|problem| problem.to_string())
            .collect();
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn plurals_follow_each_language() {
        let catalog = catalog();
        let detail = |locale, count: i64| {
            let mut args = FluentArgs::new();
            args.set("count", count);
            catalog.message(locale, "problem-validation-failed-detail", Some(&args))
        };
        assert_eq!(detail(Locale::En, 1), "One field is not valid.");
        assert_eq!(detail(Locale::En, 3), "3 fields are not valid.");
        assert_eq!(detail(Locale::Hr, 3), "3 polja nisu ispravna.");
        assert_eq!(detail(Locale::Hr, 5), "5 polja nije ispravno.");
        assert_eq!(detail(Locale::Cnr, 3), "3 polja nijesu ispravna.");
        // CLDR "one" in South Slavic languages covers 21, 31, … too.
        assert_eq!(detail(Locale::SrCyrl, 21), "21 поље није исправно.");
        assert_eq!(detail(Locale::Mk, 21), "21 поле не е исправно.");
    }

    #[test]
    fn arguments_are_not_wrapped_in_isolation_marks() {
        let mut args = FluentArgs::new();
        args.set("path", "/api/v1/nope");
        let text = catalog().message(Locale::Mk, "problem-not-found-detail", Some(&args));
        assert_eq!(text, "На адресата /api/v1/nope нема ништо.");
    }

    #[test]
    fn unknown_ids_come_back_as_the_id() {
        assert_eq!(
            catalog().message(Locale::Sq, "no-such-message", None),
            "no-such-message"
        );
    }
}
