//! Language tags (RFC 5646), the keys of every language map and `context.language` (2.0.0
//! §4.2.7 "Language Maps"; 1.0.3 Data §2.2.s4.b2: "The LRS MUST at least validate that the
//! sequence of token lengths for language map keys matches the RFC 5646 standard").
//!
//! The check is RFC 5646 §2.1's grammar (well-formedness) plus the two rules of §2.2.5 and
//! §2.2.6 that make a tag invalid whatever the registry says: a variant or an extension
//! singleton may not appear twice. Subtags are not looked up in the IANA registry: an LRS that
//! did would refuse tags registered after it was built. Matching is case-insensitive.

use serde_json::Value;

use super::path::Path;
use super::{Check, invalid};

/// A Language Map (2.0.0 §4.2.7 "Language Maps"): an object whose keys are language tags and
/// whose values are strings (never `null`).
pub(super) fn language_map(value: &Value, path: &Path<'_>) -> Check {
    let Value::Object(map) = value else {
        return Err(invalid(
            path,
            "must be a language map (an object of language tags)",
        ));
    };
    for (tag, text) in map {
        if !is_language_tag(tag) {
            return Err(invalid(&path.key(tag), "is not an RFC 5646 language tag"));
        }
        if !text.is_string() {
            return Err(invalid(&path.key(tag), "must be a string"));
        }
    }
    Ok(())
}

/// The grandfathered tags that the grammar does not produce (RFC 5646 §2.1 "irregular"); the
/// "regular" ones (`art-lojban`, `zh-min-nan`…) are well-formed anyway.
const IRREGULAR: [&str; 17] = [
    "en-gb-oed",
    "i-ami",
    "i-bnn",
    "i-default",
    "i-enochian",
    "i-hak",
    "i-klingon",
    "i-lux",
    "i-mingo",
    "i-navajo",
    "i-pwn",
    "i-tao",
    "i-tay",
    "i-tsu",
    "sgn-be-fr",
    "sgn-be-nl",
    "sgn-ch-de",
];

/// Whether `tag` is a well-formed RFC 5646 language tag without repeated variants or singletons.
pub fn is_language_tag(tag: &str) -> bool {
    if IRREGULAR
        .iter()
        .any(|irregular| irregular.eq_ignore_ascii_case(tag))
    {
        return true;
    }
    if tag
        .split('-')
        .any(|s| s.is_empty() || s.len() > 8 || !s.bytes().all(|b| b.is_ascii_alphanumeric()))
    {
        return false;
    }
    let alpha = |s: &str| s.bytes().all(|b| b.is_ascii_alphabetic());
    let digit = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mut subtags = tag.split('-').peekable();

    // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA; or a tag that is all private use.
    let Some(language) = subtags.next() else {
        return false;
    };
    if language.eq_ignore_ascii_case("x") {
        return subtags.next().is_some();
    }
    if !alpha(language) || language.len() < 2 {
        return false;
    }
    if language.len() <= 3 {
        // extlang = 3ALPHA *2("-" 3ALPHA)
        for _ in 0..3 {
            if subtags.next_if(|s| s.len() == 3 && alpha(s)).is_none() {
                break;
            }
        }
    }
    // script = 4ALPHA
    subtags.next_if(|s| s.len() == 4 && alpha(s));
    // region = 2ALPHA / 3DIGIT
    subtags.next_if(|s| (s.len() == 2 && alpha(s)) || (s.len() == 3 && digit(s)));
    // variant = 5*8alphanum / (DIGIT 3alphanum), none repeated
    let mut variants: Vec<&str> = Vec::new();
    while let Some(variant) = subtags.next_if(|s| {
        s.len() >= 5 || (s.len() == 4 && s.as_bytes().first().is_some_and(u8::is_ascii_digit))
    }) {
        if variants.iter().any(|v| v.eq_ignore_ascii_case(variant)) {
            return false;
        }
        variants.push(variant);
    }
    // extension = singleton 1*("-" (2*8alphanum)), no singleton repeated
    let mut singletons: Vec<u8> = Vec::new();
    while let Some(singleton) = subtags.next_if(|s| s.len() == 1 && !s.eq_ignore_ascii_case("x")) {
        let singleton = singleton.as_bytes()[0].to_ascii_lowercase();
        if singletons.contains(&singleton) {
            return false;
        }
        singletons.push(singleton);
        if subtags.next_if(|s| s.len() >= 2).is_none() {
            return false;
        }
        while subtags.next_if(|s| s.len() >= 2).is_some() {}
    }
    // privateuse = "x" 1*("-" (1*8alphanum))
    match subtags.next() {
        None => true,
        Some(x) if x.eq_ignore_ascii_case("x") => subtags.next().is_some(),
        Some(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_language_tag;

    #[test]
    fn tags_the_suite_sends_as_valid_are_accepted() {
        for tag in [
            "en",
            "en-US",
            "en-GB",
            "de",
            "de-DE",
            "zh-Hant",
            "zh-Hans-CN",
            "sr-Latn-RS",
            "sr-Cyrl",
            "cmn",
            "ase",
            "ja",
            "es-MX",
            "es-419",
            "fr-CA",
            "ja-JP",
            "ko-KR",
        ] {
            assert!(is_language_tag(tag), "{tag}");
        }
    }

    #[test]
    fn well_formed_tags_of_every_shape_are_accepted() {
        for tag in [
            "zh-yue-HK",
            "sl-rozaj-biske",
            "de-CH-1901",
            "en-a-bbb-x-a-ccc",
            "x-whatever",
            "i-klingon",
            "en-GB-oed",
            "art-lojban",
            "zh-min-nan",
            "EN-us",
            "qaa-Qaaa-QM-x-southern",
        ] {
            assert!(is_language_tag(tag), "{tag}");
        }
    }

    #[test]
    fn ill_formed_tags_are_refused() {
        for tag in [
            "",
            "something",
            "a12345",
            "a12345678",
            "s-something",
            "zh-something-ccc",
            "en-something-AU",
            "zh-z-aaa-z-bbb-c-ccc",
            "de-DE-1901-1901",
            "en-",
            "-en",
            "en--US",
            "en-US-x",
            "e",
            "en_US",
            "en-a",
            "en-US-a-b",
        ] {
            assert!(!is_language_tag(tag), "{tag}");
        }
    }
}
