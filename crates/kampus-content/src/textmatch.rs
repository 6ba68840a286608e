//! Comparing a typed answer with the accepted answers of a short-text question.
//!
//! Both sides are normalised the same way before comparing: surrounding white space trimmed
//! and inner runs collapsed to one space; Serbian Cyrillic transliterated to Latin (unless the
//! question sets `accept_cyrillic = false`); letter case folded (unless `match_case`); and
//! diacritics removed (unless `match_diacritics`), so "Čačak", "Cacak", "ČAČAK" and "Чачак"
//! are all the same answer by default. Diacritics are folded by a table of the Latin letters
//! of the region's languages (č ć → c, š → s, ž → z, đ → dj, ë → e, ç → c) plus the Latin-1
//! accented vowels and combining marks; `đ` becomes `dj`, its usual spelling without
//! diacritics, so "Djakovica" matches "Đakovica".
//!
//! Macedonian Cyrillic has the Serbian letters but for `ђ ћ` and adds `ѓ ќ ѕ` (and the
//! accented `ѐ ѝ`), which the Serbian transliteration leaves as they are: "Ѓорче" would then
//! match nothing written in Latin. They are transliterated first, the way the Serbian letters
//! are: to the Latin letters with diacritics (`ѓ → ǵ`, `ќ → ḱ`, `ѕ → dz`, `ѐ → è`, `ѝ → ì`), which
//! fold, without `match_diacritics`, to the usual spellings without them (`ǵ → gj`, `ḱ → kj`,
//! as in the official romanization), so "Ѓорче", "Ǵorče" and "Gjorce" are the same answer.

use serde::{Deserialize, Serialize};

use crate::translit::cyrillic_to_latin;

/// How a short-text answer is compared with the accepted answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextMatchOptions {
    pub match_case: bool,
    pub match_diacritics: bool,
    pub accept_cyrillic: bool,
}

impl Default for TextMatchOptions {
    fn default() -> Self {
        TextMatchOptions {
            match_case: false,
            match_diacritics: false,
            accept_cyrillic: true,
        }
    }
}

/// The form of `text` that answers are compared in.
pub fn normalize(text: &str, options: TextMatchOptions) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let script = if options.accept_cyrillic {
        cyrillic_to_latin(&macedonian_to_latin(&collapsed)).into_owned()
    } else {
        collapsed
    };
    let cased = if options.match_case {
        script
    } else {
        script.to_lowercase()
    };
    if options.match_diacritics {
        cased
    } else {
        fold_diacritics(&cased)
    }
}

/// Whether `answer` equals one of `accepted` under `options`.
pub fn matches(answer: &str, accepted: &[String], options: TextMatchOptions) -> bool {
    let answer = normalize(answer, options);
    !answer.is_empty() && accepted.iter().any(|a| normalize(a, options) == answer)
}

/// The letters of Macedonian Cyrillic that Serbian does not have, in Latin; the rest is left
/// to [`cyrillic_to_latin`].
fn macedonian_to_latin(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ѓ' => out.push('ǵ'),
            'Ѓ' => out.push('Ǵ'),
            'ќ' => out.push('ḱ'),
            'Ќ' => out.push('Ḱ'),
            'ѕ' => out.push_str("dz"),
            'Ѕ' => out.push_str("Dz"),
            'ѐ' => out.push('è'),
            'Ѐ' => out.push('È'),
            'ѝ' => out.push('ì'),
            'Ѝ' => out.push('Ì'),
            _ => out.push(c),
        }
    }
    out
}

fn fold_diacritics(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'č' | 'ć' | 'ç' => out.push('c'),
            'Č' | 'Ć' | 'Ç' => out.push('C'),
            'š' => out.push('s'),
            'Š' => out.push('S'),
            'ž' => out.push('z'),
            'Ž' => out.push('Z'),
            'đ' => out.push_str("dj"),
            'Đ' => out.push_str("Dj"),
            'ǵ' => out.push_str("gj"),
            'Ǵ' => out.push_str("Gj"),
            'ḱ' => out.push_str("kj"),
            'Ḱ' => out.push_str("Kj"),
            'à'..='å' | 'ā' | 'ă' | 'ą' => out.push('a'),
            'À'..='Å' | 'Ā' | 'Ă' | 'Ą' => out.push('A'),
            'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => out.push('e'),
            'È'..='Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => out.push('E'),
            'ì'..='ï' => out.push('i'),
            'Ì'..='Ï' => out.push('I'),
            'ò'..='ö' | 'ø' | 'ő' => out.push('o'),
            'Ò'..='Ö' | 'Ø' | 'Ő' => out.push('O'),
            'ù'..='ü' | 'ű' | 'ů' => out.push('u'),
            'Ù'..='Ü' | 'Ű' | 'Ů' => out.push('U'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'Ñ' | 'Ń' | 'Ň' => out.push('N'),
            'ý' | 'ÿ' => out.push('y'),
            'Ý' => out.push('Y'),
            'ł' => out.push('l'),
            'Ł' => out.push('L'),
            'ß' => out.push_str("ss"),
            // Combining diacritical marks (text typed in decomposed form).
            '\u{0300}'..='\u{036f}' => {}
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFAULT: TextMatchOptions = TextMatchOptions {
        match_case: false,
        match_diacritics: false,
        accept_cyrillic: true,
    };

    #[test]
    fn default_options_are_lenient() {
        let key = vec!["Čačak".to_owned()];
        for answer in [
            "Čačak",
            "cacak",
            "  ČAČAK ",
            "Чачак",
            "чачак",
            "Cac\u{030c}ak",
        ] {
            assert!(matches(answer, &key, DEFAULT), "{answer}");
        }
        assert!(!matches("Kraljevo", &key, DEFAULT));
        assert!(!matches("", &[String::new()], DEFAULT));
        assert!(matches("Djakovica", &["Đakovica".to_owned()], DEFAULT));
        assert!(matches("ЂАКОВИЦА", &["Đakovica".to_owned()], DEFAULT));
    }

    #[test]
    fn macedonian_letters_match_like_the_serbian_ones() {
        let key = vec!["Gjorče Petrov".to_owned()];
        for answer in [
            "Ѓорче Петров",
            "ЃОРЧЕ ПЕТРОВ",
            "Ǵorče Petrov",
            "gjorce petrov",
        ] {
            assert!(matches(answer, &key, DEFAULT), "{answer}");
        }
        assert!(matches("Ќичево", &["Kjičevo".to_owned()], DEFAULT));
        assert!(matches("Ѕвезда", &["Dzvezda".to_owned()], DEFAULT));
        assert!(matches("сѐ", &["se".to_owned()], DEFAULT));
        // Without the transliteration these stayed Cyrillic and matched nothing in Latin.
        assert!(!matches("Ѓорче", &["Gorče".to_owned()], DEFAULT));
        let strict = TextMatchOptions {
            match_case: true,
            match_diacritics: true,
            accept_cyrillic: true,
        };
        assert!(matches("Ѓорче", &["Ǵorče".to_owned()], strict));
        assert!(!matches("Ѓорче", &["Gjorče".to_owned()], strict));
        let no_cyrillic = TextMatchOptions {
            accept_cyrillic: false,
            ..DEFAULT
        };
        assert!(!matches("Ѓорче", &["Gjorče".to_owned()], no_cyrillic));
    }

    #[test]
    fn strict_options() {
        let key = vec!["Čačak".to_owned()];
        let strict = TextMatchOptions {
            match_case: true,
            match_diacritics: true,
            accept_cyrillic: false,
        };
        assert!(matches("Čačak", &key, strict));
        assert!(!matches("čačak", &key, strict));
        assert!(!matches("Cacak", &key, strict));
        assert!(!matches("Чачак", &key, strict));
        let cyrillic_ok = TextMatchOptions {
            accept_cyrillic: true,
            ..strict
        };
        assert!(matches("Чачак", &key, cyrillic_ok));
    }
}
