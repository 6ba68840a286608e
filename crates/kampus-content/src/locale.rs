//! The locales Kampus serves ([`Locale::ALL`], the one list) and how a request chooses one.
//!
//! Learners work in their own language: English, Serbian in Latin and Cyrillic script,
//! Bosnian, Croatian, Montenegrin, Macedonian and Albanian. Each is a BCP 47 tag; the script
//! subtag matters for Serbian only, so `sr-Latn` and `sr-Cyrl` are separate locales while the
//! others are matched by language alone (a region such as `bs-BA` is accepted and ignored).
//!
//! Negotiation follows one order everywhere: an explicit request (`?lang=`), then the user's
//! stored preference, then the `Accept-Language` header, then English. The result says which
//! of these decided, so a response can tell the learner why it is in the language it is.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// One of the locales Kampus has interface texts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Locale {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "sr-Latn")]
    SrLatn,
    #[serde(rename = "sr-Cyrl")]
    SrCyrl,
    #[serde(rename = "bs")]
    Bs,
    #[serde(rename = "hr")]
    Hr,
    #[serde(rename = "cnr")]
    Cnr,
    #[serde(rename = "mk")]
    Mk,
    #[serde(rename = "sq")]
    Sq,
}

/// A string that is not the tag of a supported locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsupportedLocale {
    pub tag: String,
}

impl fmt::Display for UnsupportedLocale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let supported: Vec<&str> = Locale::ALL.map(Locale::tag).into();
        write!(
            f,
            "`{}` is not a supported locale (supported: {})",
            self.tag,
            supported.join(", ")
        )
    }
}

impl std::error::Error for UnsupportedLocale {}

impl Locale {
    /// Every supported locale, English first (it is the source language of all texts).
    pub const ALL: [Locale; 8] = [
        Locale::En,
        Locale::SrLatn,
        Locale::SrCyrl,
        Locale::Bs,
        Locale::Hr,
        Locale::Cnr,
        Locale::Mk,
        Locale::Sq,
    ];

    /// Whether its texts are written in Cyrillic (the others Kampus serves are Latin).
    pub fn writes_cyrillic(self) -> bool {
        matches!(self, Locale::Mk | Locale::SrCyrl)
    }

    /// The canonical BCP 47 tag, as used in folder names and API fields.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::SrLatn => "sr-Latn",
            Locale::SrCyrl => "sr-Cyrl",
            Locale::Bs => "bs",
            Locale::Hr => "hr",
            Locale::Cnr => "cnr",
            Locale::Mk => "mk",
            Locale::Sq => "sq",
        }
    }

    /// The locales to try, in order, when a text is missing in `self` (`self` excluded).
    ///
    /// The South Slavic locales fall back to each other before English because their readers
    /// understand them (Montenegrin and Serbian Latin are closest, then Bosnian and Croatian).
    /// Serbian Latin and Cyrillic are first in each other's chains: the text is the same, only
    /// the script differs, and the content layer can transliterate between them. Macedonian
    /// and Albanian readers are served English, the working language of their institutions'
    /// international cooperation, rather than a neighbour's language.
    pub fn fallback_chain(self) -> &'static [Locale] {
        use Locale::{Bs, Cnr, En, Hr, SrCyrl, SrLatn};
        match self {
            Locale::En => &[],
            Locale::SrLatn => &[SrCyrl, Cnr, Bs, Hr, En],
            Locale::SrCyrl => &[SrLatn, Cnr, Bs, Hr, En],
            Locale::Bs => &[Hr, SrLatn, Cnr, En],
            Locale::Hr => &[Bs, SrLatn, Cnr, En],
            Locale::Cnr => &[SrLatn, Bs, Hr, En],
            Locale::Mk | Locale::Sq => &[En],
        }
    }

    /// The position of `self` in [`Locale::ALL`] (for tables indexed by locale).
    pub fn index(self) -> usize {
        match self {
            Locale::En => 0,
            Locale::SrLatn => 1,
            Locale::SrCyrl => 2,
            Locale::Bs => 3,
            Locale::Hr => 4,
            Locale::Cnr => 5,
            Locale::Mk => 6,
            Locale::Sq => 7,
        }
    }

    /// Maps any well-formed language tag to the supported locale a reader of it wants.
    ///
    /// `sr` without a script is Cyrillic (the official script in Serbia, and CLDR's likely
    /// script for `sr`), except `sr-ME` which is Latin; `sh` (Serbo-Croatian) is Serbian Latin.
    pub fn for_language(id: &LanguageIdentifier) -> Option<Locale> {
        let script = id.script.as_ref().map(|s| s.as_str().to_ascii_lowercase());
        let region = id.region.as_ref().map(|r| r.as_str().to_ascii_uppercase());
        match id.language.as_str() {
            "en" => Some(Locale::En),
            "sr" => Some(match (script.as_deref(), region.as_deref()) {
                (Some("latn"), _) | (None, Some("ME")) => Locale::SrLatn,
                (Some("cyrl") | None, _) => Locale::SrCyrl,
                _ => return None,
            }),
            "sh" => Some(Locale::SrLatn),
            "bs" => Some(Locale::Bs),
            "hr" => Some(Locale::Hr),
            "cnr" => Some(Locale::Cnr),
            "mk" => Some(Locale::Mk),
            "sq" => Some(Locale::Sq),
            _ => None,
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for Locale {
    type Err = UnsupportedLocale;

    /// Parses a BCP 47 tag (case-insensitive, `_` accepted for `-`) into a supported locale.
    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        let unsupported = || UnsupportedLocale {
            tag: tag.to_owned(),
        };
        let id: LanguageIdentifier = tag.replace('_', "-").parse().map_err(|_| unsupported())?;
        Locale::for_language(&id).ok_or_else(unsupported)
    }
}

/// A locale asked for by tag, with a marker when the tag was not one Kampus serves.
///
/// Content lookups take a [`Locale`]; when a caller only has a tag (an old link, a client
/// sending `de`), this maps it to English and says so, so the response can tell the learner
/// "shown in English: German is not available".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LocaleRequest {
    /// The locale to serve.
    pub locale: Locale,
    /// True when the tag was not a supported locale and English was chosen instead.
    pub unsupported: bool,
}

impl LocaleRequest {
    /// Maps a tag to the supported locale, or to English with `unsupported` set.
    pub fn from_tag(tag: &str) -> Self {
        match tag.parse::<Locale>() {
            Ok(locale) => LocaleRequest {
                locale,
                unsupported: false,
            },
            Err(_) => LocaleRequest {
                locale: Locale::En,
                unsupported: true,
            },
        }
    }
}

/// Which input decided the locale of a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NegotiationSource {
    /// The request named a locale (`?lang=`).
    Explicit,
    /// The signed-in user's stored preference.
    Profile,
    /// The `Accept-Language` header.
    AcceptLanguage,
    /// Nothing usable was asked for: the default, English.
    Default,
}

/// The outcome of negotiation: the locale and why it was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NegotiatedLocale {
    pub locale: Locale,
    pub source: NegotiationSource,
}

/// Picks the locale for a response: explicit request, then profile, then `Accept-Language`.
///
/// An explicit tag that is not supported is skipped rather than refused, so a stale link with
/// `?lang=de` still works; the result then says which input decided.
pub fn negotiate(
    explicit: Option<&str>,
    profile: Option<Locale>,
    accept_language: Option<&str>,
) -> NegotiatedLocale {
    if let Some(locale) = explicit.and_then(|tag| tag.parse::<Locale>().ok()) {
        return NegotiatedLocale {
            locale,
            source: NegotiationSource::Explicit,
        };
    }
    if let Some(locale) = profile {
        return NegotiatedLocale {
            locale,
            source: NegotiationSource::Profile,
        };
    }
    if let Some(locale) = accept_language.and_then(best_from_accept_language) {
        return NegotiatedLocale {
            locale,
            source: NegotiationSource::AcceptLanguage,
        };
    }
    NegotiatedLocale {
        locale: Locale::En,
        source: NegotiationSource::Default,
    }
}

/// The first supported locale in an `Accept-Language` header, in the order of its q-values.
fn best_from_accept_language(header: &str) -> Option<Locale> {
    accept_language_by_preference(header)
        .iter()
        .find_map(Locale::for_language)
}

/// The language ranges of an `Accept-Language` header (RFC 9110 §12.5.4), most wanted first.
///
/// Entries keep their header order among equal weights; `q=0` ("not acceptable"), `*` and
/// malformed entries are dropped.
pub fn accept_language_by_preference(header: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(u16, LanguageIdentifier)> = header
        .split(',')
        .filter_map(|entry| {
            let mut parts = entry.split(';');
            let tag = parts.next()?.trim();
            let weight = parts
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .or_else(|| p.trim().strip_prefix("Q="))
                })
                .map_or(Some(1000), parse_weight)?;
            if weight == 0 || tag == "*" {
                return None;
            }
            Some((weight, tag.replace('_', "-").parse().ok()?))
        })
        .collect();
    weighted.sort_by_key(|w| std::cmp::Reverse(w.0));
    weighted.into_iter().map(|(_, id)| id).collect()
}

/// A q-value (0 to 1, at most three decimals) as thousandths.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn parse_weight(raw: &str) -> Option<u16> {
    let value: f32 = raw.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&value)
        // In range 0..=1, so the product is 0..=1000 and fits a u16.
        .then(|| (value * 1000.0).round() as u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_tags_round_trip() {
        for (i, locale) in Locale::ALL.into_iter().enumerate() {
            assert_eq!(locale.index(), i);
            assert_eq!(locale.tag().parse::<Locale>(), Ok(locale));
        }
    }

    #[test]
    fn serbian_script_is_chosen_from_script_then_region() {
        assert_eq!("sr".parse(), Ok(Locale::SrCyrl));
        assert_eq!("sr-RS".parse(), Ok(Locale::SrCyrl));
        assert_eq!("sr-ME".parse(), Ok(Locale::SrLatn));
        assert_eq!("sr-latn-rs".parse(), Ok(Locale::SrLatn));
        assert_eq!("sr_Cyrl_BA".parse(), Ok(Locale::SrCyrl));
        assert_eq!("sh".parse(), Ok(Locale::SrLatn));
    }

    #[test]
    fn unknown_tags_fall_back_to_english_with_a_marker() {
        assert_eq!(
            LocaleRequest::from_tag("de-AT"),
            LocaleRequest {
                locale: Locale::En,
                unsupported: true
            }
        );
        assert_eq!(
            LocaleRequest::from_tag("sr-ME"),
            LocaleRequest {
                locale: Locale::SrLatn,
                unsupported: false
            }
        );
        assert_eq!(
            LocaleRequest::from_tag("en"),
            LocaleRequest {
                locale: Locale::En,
                unsupported: false
            }
        );
    }

    #[test]
    fn unsupported_tags_are_refused() {
        assert!("de".parse::<Locale>().is_err());
        assert!("not a tag".parse::<Locale>().is_err());
        assert!("".parse::<Locale>().is_err());
    }

    #[test]
    fn accept_language_respects_q_values() {
        let n = negotiate(None, None, Some("de;q=1.0, cnr;q=0.5, mk;q=0.9"));
        assert_eq!(n.locale, Locale::Mk);
        assert_eq!(n.source, NegotiationSource::AcceptLanguage);
        let n = negotiate(None, None, Some("cnr, sr;q=0.8"));
        assert_eq!(n.locale, Locale::Cnr);
        let n = negotiate(None, None, Some("sq;q=0, hr-HR;q=0.4, garbage;;, *"));
        assert_eq!(n.locale, Locale::Hr);
    }

    #[test]
    fn explicit_beats_profile_beats_header() {
        let n = negotiate(Some("sq"), Some(Locale::Hr), Some("mk"));
        assert_eq!(
            (n.locale, n.source),
            (Locale::Sq, NegotiationSource::Explicit)
        );
        let n = negotiate(Some("xx"), Some(Locale::Hr), Some("mk"));
        assert_eq!(
            (n.locale, n.source),
            (Locale::Hr, NegotiationSource::Profile)
        );
        let n = negotiate(None, None, Some("de, fr"));
        assert_eq!(
            (n.locale, n.source),
            (Locale::En, NegotiationSource::Default)
        );
    }

    #[test]
    fn every_chain_ends_in_english_and_never_repeats() {
        for locale in Locale::ALL {
            let chain = locale.fallback_chain();
            if locale != Locale::En {
                assert_eq!(chain.last(), Some(&Locale::En), "{locale}");
            }
            assert!(!chain.contains(&locale), "{locale} falls back to itself");
            let mut seen = chain.to_vec();
            seen.sort();
            seen.dedup();
            assert_eq!(seen.len(), chain.len(), "{locale} repeats a locale");
        }
    }
}
