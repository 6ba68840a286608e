//! Numbers written as words, two to twenty, in the languages Kampus serves.
//!
//! Instructions say "three attempts" more often than "3 attempts", so the words count as
//! numbers when instructions are compared with settings. One is left out on purpose: "one",
//! "jedan", "еден" and "një" are also the indefinite article or a pronoun ("one of the
//! following", "një rezultat"), and would be found everywhere; the digit 1 still counts. The
//! South Slavic forms include the feminine and ijekavian ones (`dve`, `dvije`) and `dvaju`;
//! Serbian Cyrillic is compared after transliteration, so one list serves both scripts.

use crate::Locale;
use crate::translit::cyrillic_to_latin;

const ENGLISH: &[(&str, u32)] = &[
    ("twice", 2),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
];

/// Serbian, Bosnian, Croatian and Montenegrin, in Latin script.
const SOUTH_SLAVIC: &[(&str, u32)] = &[
    ("dva", 2),
    ("dve", 2),
    ("dvije", 2),
    ("dvaju", 2),
    ("dvaput", 2),
    ("tri", 3),
    ("četiri", 4),
    ("pet", 5),
    ("šest", 6),
    ("sedam", 7),
    ("osam", 8),
    ("devet", 9),
    ("deset", 10),
    ("jedanaest", 11),
    ("dvanaest", 12),
    ("trinaest", 13),
    ("četrnaest", 14),
    ("petnaest", 15),
    ("šesnaest", 16),
    ("sedamnaest", 17),
    ("osamnaest", 18),
    ("devetnaest", 19),
    ("dvadeset", 20),
];

const MACEDONIAN: &[(&str, u32)] = &[
    ("два", 2),
    ("две", 2),
    ("три", 3),
    ("четири", 4),
    ("пет", 5),
    ("шест", 6),
    ("седум", 7),
    ("осум", 8),
    ("девет", 9),
    ("десет", 10),
    ("единаесет", 11),
    ("дванаесет", 12),
    ("тринаесет", 13),
    ("четиринаесет", 14),
    ("петнаесет", 15),
    ("шеснаесет", 16),
    ("седумнаесет", 17),
    ("осумнаесет", 18),
    ("деветнаесет", 19),
    ("дваесет", 20),
];

const ALBANIAN: &[(&str, u32)] = &[
    ("dy", 2),
    ("tre", 3),
    ("tri", 3),
    ("katër", 4),
    ("pesë", 5),
    ("gjashtë", 6),
    ("shtatë", 7),
    ("tetë", 8),
    ("nëntë", 9),
    ("dhjetë", 10),
    ("njëmbëdhjetë", 11),
    ("dymbëdhjetë", 12),
    ("trembëdhjetë", 13),
    ("katërmbëdhjetë", 14),
    ("pesëmbëdhjetë", 15),
    ("gjashtëmbëdhjetë", 16),
    ("shtatëmbëdhjetë", 17),
    ("tetëmbëdhjetë", 18),
    ("nëntëmbëdhjetë", 19),
    ("njëzet", 20),
];

/// The number a word of `locale` names, if it is one of the list.
pub(super) fn value(locale: Locale, word: &str) -> Option<u32> {
    let lower = word.to_lowercase();
    let (list, word) = match locale {
        Locale::En => (ENGLISH, lower),
        Locale::SrCyrl => (SOUTH_SLAVIC, cyrillic_to_latin(&lower).into_owned()),
        Locale::SrLatn | Locale::Bs | Locale::Hr | Locale::Cnr => (SOUTH_SLAVIC, lower),
        Locale::Mk => (MACEDONIAN, lower),
        Locale::Sq => (ALBANIAN, lower),
    };
    list.iter().find(|(w, _)| *w == word).map(|(_, n)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_each_language_and_script() {
        assert_eq!(value(Locale::En, "Three"), Some(3));
        assert_eq!(value(Locale::Hr, "dvije"), Some(2));
        assert_eq!(value(Locale::SrCyrl, "Четири"), Some(4));
        assert_eq!(value(Locale::Mk, "седум"), Some(7));
        assert_eq!(value(Locale::Sq, "Njëmbëdhjetë"), Some(11));
        assert_eq!(value(Locale::Sq, "një"), None);
        assert_eq!(value(Locale::En, "one"), None);
        assert_eq!(value(Locale::En, "module"), None);
    }
}
