//! Language tags (RFC 5646), the keys of every language map and `context.language` (2.0.0
//! §4.2.7 "Language Maps", 1.0.3 Data §4.2: "A Language Map follows RFC 5646").
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
    let subtags: Vec<&str> = tag.split('-').collect();
    if subtags
        .iter()
        .any(|s| s.is_empty() || s.len() > 8 || !s.bytes().all(|b| b.is_ascii_alphanumeric()))
    {
        return false;
    }
    let alpha = |s: &str| s.bytes().all(|b| b.is_ascii_alphabetic());
    let digit = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mut i = 0;
    let at = |i: usize| subtags.get(i).copied();

    // A tag that is all private use: "x-whatever".
    if at(0).is_some_and(|s| s.eq_ignore_ascii_case("x")) {
        return private_use_rest(&subtags[1..]);
    }
    // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
    let Some(language) = at(0) else { return false };
    if !alpha(language) || language.len() < 2 {
        return false;
    }
    i += 1;
    if language.len() <= 3 {
        // extlang = 3ALPHA *2("-" 3ALPHA)
        let mut extlangs = 0;
        while extlangs < 3 && at(i).is_some_and(|s| s.len() == 3 && alpha(s)) {
            extlangs += 1;
            i += 1;
        }
    }
    // script = 4ALPHA
    if at(i).is_some_and(|s| s.len() == 4 && alpha(s)) {
        i += 1;
    }
    // region = 2ALPHA / 3DIGIT
    if at(i).is_some_and(|s| (s.len() == 2 && alpha(s)) || (s.len() == 3 && digit(s))) {
        i += 1;
    }
    // variant = 5*8alphanum / (DIGIT 3alphanum)
    let mut variants: Vec<&str> = Vec::new();
    while let Some(s) = at(i) {
        let is_variant =
            s.len() >= 5 || (s.len() == 4 && s.as_bytes().first().is_some_and(u8::is_ascii_digit));
        if !is_variant {
            break;
        }
        if variants.iter().any(|v| v.eq_ignore_ascii_case(s)) {
            return false;
        }
        variants.push(s);
        i += 1;
    }
    // extension = singleton 1*("-" (2*8alphanum))
    let mut singletons: Vec<u8> = Vec::new();
    while let Some(s) = at(i) {
        if s.len() != 1 || s.eq_ignore_ascii_case("x") {
            break;
        }
        let singleton = s.as_bytes()[0].to_ascii_lowercase();
        if singletons.contains(&singleton) {
            return false;
        }
        singletons.push(singleton);
        i += 1;
        let start = i;
        while at(i).is_some_and(|s| s.len() >= 2) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    // privateuse = "x" 1*("-" (1*8alphanum))
    match at(i) {
        None => true,
        Some(s) if s.eq_ignore_ascii_case("x") => private_use_rest(&subtags[i + 1..]),
        Some(_) => false,
    }
}

/// The subtags after an "x": at least one, each 1 to 8 alphanumerics (already checked).
fn private_use_rest(rest: &[&str]) -> bool {
    !rest.is_empty()
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
