//! Serbian transliteration between Cyrillic and Latin script.
//!
//! Serbian has two official scripts with a one-to-one correspondence of letters, so text in
//! Cyrillic converts to Latin exactly: `Ђ`→`Đ`, `Ћ`→`Ć`, `Ч`→`Č`, `Џ`→`Dž`, `Ж`→`Ž`, `Љ`→`Lj`,
//! `Њ`→`Nj`, `Ш`→`Š`, and the rest letter by letter. The three digraphs are written `LJ`, `NJ`,
//! `DŽ` in a word in capitals (`ЉУБАВ`→`LJUBAV`) and `Lj`, `Nj`, `Dž` otherwise.
//!
//! The reverse is exact only where the Latin text has no digraph: `lj`, `nj` and `dž` are
//! usually one letter (`ljudi` → `људи`) but sometimes two (`injekcija` → `инјекција`,
//! `nadživeti` → `надживети`), and only a dictionary can tell. Kampus does not guess: a Latin
//! text containing any of these sequences is *not* transliterated to Cyrillic (the reader gets
//! the Latin text, marked as a fallback). The single-code-point ligatures `ǈ`, `ǋ`, `ǅ` (and
//! their case forms) are unambiguous and are converted. Words containing `q`, `w`, `x` or `y`,
//! which Serbian does not use, are foreign names (`Frontex`) and stay in Latin.

use std::borrow::Cow;

/// Serbian Cyrillic → Latin for one character; `None` for characters that are not Serbian
/// Cyrillic letters. Digraph letters return their mixed-case form (`Lj`).
fn cyr_to_lat(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'ђ' => "đ",
        'е' => "e",
        'ж' => "ž",
        'з' => "z",
        'и' => "i",
        'ј' => "j",
        'к' => "k",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ћ' => "ć",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "c",
        'ч' => "č",
        'џ' => "dž",
        'ш' => "š",
        'А' => "A",
        'Б' => "B",
        'В' => "V",
        'Г' => "G",
        'Д' => "D",
        'Ђ' => "Đ",
        'Е' => "E",
        'Ж' => "Ž",
        'З' => "Z",
        'И' => "I",
        'Ј' => "J",
        'К' => "K",
        'Л' => "L",
        'Љ' => "Lj",
        'М' => "M",
        'Н' => "N",
        'Њ' => "Nj",
        'О' => "O",
        'П' => "P",
        'Р' => "R",
        'С' => "S",
        'Т' => "T",
        'Ћ' => "Ć",
        'У' => "U",
        'Ф' => "F",
        'Х' => "H",
        'Ц' => "C",
        'Ч' => "Č",
        'Џ' => "Dž",
        'Ш' => "Š",
        _ => return None,
    })
}

/// Serbian Latin → Cyrillic for one character (digraph ligatures included).
fn lat_to_cyr(c: char) -> Option<char> {
    Some(match c {
        'a' => 'а',
        'b' => 'б',
        'v' => 'в',
        'g' => 'г',
        'd' => 'д',
        'đ' => 'ђ',
        'e' => 'е',
        'ž' => 'ж',
        'z' => 'з',
        'i' => 'и',
        'j' => 'ј',
        'k' => 'к',
        'l' => 'л',
        'ǉ' => 'љ',
        'm' => 'м',
        'n' => 'н',
        'ǌ' => 'њ',
        'o' => 'о',
        'p' => 'п',
        'r' => 'р',
        's' => 'с',
        't' => 'т',
        'ć' => 'ћ',
        'u' => 'у',
        'f' => 'ф',
        'h' => 'х',
        'c' => 'ц',
        'č' => 'ч',
        'ǆ' => 'џ',
        'š' => 'ш',
        'A' => 'А',
        'B' => 'Б',
        'V' => 'В',
        'G' => 'Г',
        'D' => 'Д',
        'Đ' => 'Ђ',
        'E' => 'Е',
        'Ž' => 'Ж',
        'Z' => 'З',
        'I' => 'И',
        'J' => 'Ј',
        'K' => 'К',
        'L' => 'Л',
        'Ǉ' | 'ǈ' => 'Љ',
        'M' => 'М',
        'N' => 'Н',
        'Ǌ' | 'ǋ' => 'Њ',
        'O' => 'О',
        'P' => 'П',
        'R' => 'Р',
        'S' => 'С',
        'T' => 'Т',
        'Ć' => 'Ћ',
        'U' => 'У',
        'F' => 'Ф',
        'H' => 'Х',
        'C' => 'Ц',
        'Č' => 'Ч',
        'Ǆ' | 'ǅ' => 'Џ',
        'Š' => 'Ш',
        _ => return None,
    })
}

/// Converts Serbian Cyrillic to Latin script, exactly. Other characters are kept.
pub fn cyrillic_to_latin(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| cyr_to_lat(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let Some(latin) = cyr_to_lat(c) else {
            out.push(c);
            continue;
        };
        if latin.chars().count() == 2 && c.is_uppercase() && in_capitals(&chars, i) {
            // Lj, Nj, Dž inside a word in capitals: LJ, NJ, DŽ.
            out.extend(latin.chars().flat_map(char::to_uppercase));
        } else {
            out.push_str(latin);
        }
    }
    Cow::Owned(out)
}

/// Whether the uppercase letter at `i` stands in a word written in capitals: the next letter
/// is uppercase, or there is no next letter and the previous one is uppercase.
fn in_capitals(chars: &[char], i: usize) -> bool {
    match chars.get(i + 1).filter(|c| c.is_alphabetic()) {
        Some(next) => next.is_uppercase(),
        None => {
            i > 0
                && chars
                    .get(i - 1)
                    .is_some_and(|p| p.is_alphabetic() && p.is_uppercase())
        }
    }
}

/// Whether a Latin text converts to Cyrillic without ambiguity (no `lj`, `nj`, `dž` digraph
/// written as two letters, in any letter case).
pub fn latin_is_unambiguous(text: &str) -> bool {
    let lower = text.to_lowercase();
    !(lower.contains("lj")
        || lower.contains("nj")
        || lower.contains("dž")
        || lower.contains("dz\u{30c}"))
}

/// Converts Serbian Latin to Cyrillic, or `None` when the text is ambiguous (see the module
/// documentation). Words containing `q`, `w`, `x` or `y` are kept in Latin.
pub fn latin_to_cyrillic(text: &str) -> Option<Cow<'_, str>> {
    if !latin_is_unambiguous(text) {
        return None;
    }
    if !text.chars().any(|c| lat_to_cyr(c).is_some()) {
        return Some(Cow::Borrowed(text));
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let foreign = word
            .chars()
            .any(|c| matches!(c.to_ascii_lowercase(), 'q' | 'w' | 'x' | 'y'));
        if foreign {
            out.push_str(word);
        } else {
            out.extend(word.chars().map(|c| lat_to_cyr(c).unwrap_or(c)));
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    Some(Cow::Owned(out))
}

/// [`cyrillic_to_latin`] as a Fluent transform (applied to the text of patterns, never to
/// arguments or ids).
pub fn fluent_to_latin(text: &str) -> Cow<'_, str> {
    cyrillic_to_latin(text)
}

/// [`latin_to_cyrillic`] as a Fluent transform. Only used on messages already checked to be
/// unambiguous; an ambiguous text is returned unchanged.
pub fn fluent_to_cyrillic(text: &str) -> Cow<'_, str> {
    latin_to_cyrillic(text).unwrap_or(Cow::Borrowed(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_to_latin_is_exact() {
        assert_eq!(cyrillic_to_latin("Чачак"), "Čačak");
        assert_eq!(
            cyrillic_to_latin("Љубав и њежност, џем"),
            "Ljubav i nježnost, džem"
        );
        assert_eq!(cyrillic_to_latin("ЉУБАВ"), "LJUBAV");
        assert_eq!(cyrillic_to_latin("ЏЕП"), "DŽEP");
        assert_eq!(cyrillic_to_latin("ВОЈНА ЏЕМ"), "VOJNA DŽEM");
        assert_eq!(cyrillic_to_latin("Љ"), "Lj");
        assert_eq!(
            cyrillic_to_latin("Ђорђе Ћирић, Шабац, Жабаљ"),
            "Đorđe Ćirić, Šabac, Žabalj"
        );
        assert_eq!(cyrillic_to_latin("Frontex 2024 {$n}"), "Frontex 2024 {$n}");
    }

    #[test]
    fn latin_to_cyrillic_refuses_digraphs() {
        assert_eq!(latin_to_cyrillic("ljudi"), None);
        assert_eq!(latin_to_cyrillic("injekcija"), None);
        assert_eq!(latin_to_cyrillic("NADŽIVETI"), None);
        assert_eq!(
            latin_to_cyrillic("Čačak i Šabac").as_deref(),
            Some("Чачак и Шабац")
        );
        assert_eq!(latin_to_cyrillic("ǈubav").as_deref(), Some("Љубав"));
        assert_eq!(
            latin_to_cyrillic("Agencija Frontex").as_deref(),
            Some("Агенција Frontex")
        );
    }

    #[test]
    fn round_trip_where_unambiguous() {
        let cyr = "Гранична полиција контролише прелаз код Суботице.";
        let lat = cyrillic_to_latin(cyr);
        assert_eq!(latin_to_cyrillic(&lat).as_deref(), Some(cyr));
    }
}
