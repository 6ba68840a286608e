//! Which script a letter is written in, and words whose letters come from more than one.
//!
//! A **word** is a run of letters (alphabetic characters and the combining marks after them);
//! digits, spaces, punctuation and symbols end it, so `COVID-19`, `e-mail` and `2-ри` are words
//! of one script each. A word is **mixed** when it has letters of two or more of Latin,
//! Cyrillic and Greek: the scripts whose look-alike letters (a/а, e/е, o/о, p/р, c/с, x/х,
//! A/А/Α, è/ѐ) end up in each other's words when a text is typed with the wrong keyboard
//! layout or pasted together. No word of the languages Kampus serves mixes them; a Latin
//! abbreviation in Cyrillic text (`EU`, `UNHCR`) is a whole word of its own and is not mixed.
//!
//! The table below lists the Unicode blocks of each script's letters as texts use them
//! (Latin: Basic Latin to Latin Extended-B, IPA, Latin Extended Additional, -C, -D, -E,
//! ligatures and full-width forms; Cyrillic: Cyrillic and its supplement and extensions;
//! Greek: Greek and Coptic, Greek Extended). Letters Unicode gives to no particular script
//! (the modifier letter apostrophe `ʼ`, the micro sign `µ`) and letters of other scripts
//! neither make nor break a word's script; neither do the phonetic extensions
//! (U+1D00–U+1DBF), which mix the three scripts by design.

use std::fmt;

/// A script whose letters can be confused with those of the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Script {
    Latin,
    Cyrillic,
    Greek,
}

impl Script {
    const ALL: [Script; 3] = [Script::Latin, Script::Cyrillic, Script::Greek];

    /// The English name: `Latin`, `Cyrillic`, `Greek`.
    pub fn name(self) -> &'static str {
        match self {
            Script::Latin => "Latin",
            Script::Cyrillic => "Cyrillic",
            Script::Greek => "Greek",
        }
    }
}

impl fmt::Display for Script {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The script of a letter; `None` for anything else (digits, marks, letters of no or of
/// another script).
pub fn script_of(c: char) -> Option<Script> {
    match letter(c) {
        Char::Letter(script) => script,
        Char::Other => None,
    }
}

/// What a character is to a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Char {
    /// A letter, of one of the three scripts or (`None`) of another or no particular script.
    Letter(Option<Script>),
    /// Anything else.
    Other,
}

/// Whether `c` is a letter, and of which script.
///
/// `char::is_alphabetic` searches a table, about 50 ns a character outside ASCII (measured:
/// it made checking the Macedonian lessons cost more than parsing them), so the ranges of
/// Latin and Cyrillic where every code point is a letter are answered without it. A test
/// checks the shortcut against `is_alphabetic`.
fn letter(c: char) -> Char {
    match u32::from(c) {
        0x41..=0x5A | 0x61..=0x7A | 0xAA | 0xBA | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x2AF => {
            Char::Letter(Some(Script::Latin))
        }
        0x400..=0x481 | 0x48A..=0x52F => Char::Letter(Some(Script::Cyrillic)),
        0..=0x7F => Char::Other,
        _ if c.is_alphabetic() => Char::Letter(script_of_block(c)),
        _ => Char::Other,
    }
}

/// The script whose Unicode blocks `c` is in (letter or not); see the module documentation.
pub(crate) fn script_of_block(c: char) -> Option<Script> {
    match u32::from(c) {
        0x41..=0x5A
        | 0x61..=0x7A
        | 0xAA
        | 0xBA
        | 0xC0..=0xD6
        | 0xD8..=0xF6
        | 0xF8..=0x2AF
        | 0x1E00..=0x1EFF
        | 0x2C60..=0x2C7F
        | 0xA722..=0xA7FF
        | 0xAB30..=0xAB64
        | 0xFB00..=0xFB06
        | 0xFF21..=0xFF3A
        | 0xFF41..=0xFF5A => Some(Script::Latin),
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => {
            Some(Script::Cyrillic)
        }
        // U+0374 GREEK NUMERAL SIGN is a modifier letter of no particular script.
        0x370..=0x373 | 0x375..=0x3FF | 0x1F00..=0x1FFF => Some(Script::Greek),
        _ => None,
    }
}

/// Combining marks: they belong to the letter before them (`е` + U+0300 is `ѐ`).
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// The words of `text` (see the module documentation): byte offset, word, and the scripts of
/// its letters as bits (`1 << Script as u8`). One pass, since every character is looked at.
fn words(text: &str) -> impl Iterator<Item = (usize, &str, u8)> {
    let mut chars = text.char_indices();
    let mut start = None;
    let mut scripts = 0u8;
    std::iter::from_fn(move || {
        loop {
            let Some((i, c)) = chars.next() else {
                let at = start.take()?;
                return Some((at, &text[at..], std::mem::take(&mut scripts)));
            };
            match letter(c) {
                Char::Letter(script) => {
                    start.get_or_insert(i);
                    scripts |= script.map_or(0, |s| 1 << s as u8);
                }
                Char::Other if is_combining_mark(c) => {
                    start.get_or_insert(i);
                }
                Char::Other => {
                    if let Some(at) = start.take() {
                        return Some((at, &text[at..i], std::mem::take(&mut scripts)));
                    }
                }
            }
        }
    })
}

/// How many letters of each script a word has, indexed like [`Script::ALL`].
fn letter_counts(word: &str) -> [usize; 3] {
    let mut counts = [0; 3];
    for script in word.chars().filter_map(script_of) {
        counts[script as usize] += 1;
    }
    counts
}

/// The words of `text` that mix Latin, Cyrillic and Greek letters: the byte offset and the
/// word.
///
/// ```
/// use kampus_content::text_safety::mixed_script_words;
/// // A Latin `è` (U+00E8) in the Macedonian `сè`; `EU` and `UNHCR` are whole Latin words.
/// let found: Vec<_> = mixed_script_words("сè уште: ЕУ, EU и UNHCR").collect();
/// assert_eq!(found, [(0, "сè")]);
/// ```
pub fn mixed_script_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    words(text)
        .filter(|(_, _, scripts)| scripts.count_ones() > 1)
        .map(|(at, word, _)| (at, word))
}

/// The letters of a mixed word that are odd ones out: those of the script with the fewest
/// letters in the word, a tie going against the script the text should be in (`expected`).
/// The script and its distinct letters, in order.
pub(crate) fn odd_letters(word: &str, expected: Script) -> (Script, Vec<char>) {
    let counts = letter_counts(word);
    let odd = Script::ALL
        .into_iter()
        .filter(|s| counts[*s as usize] > 0)
        .min_by_key(|s| (counts[*s as usize], *s == expected))
        .unwrap_or(expected);
    let mut letters: Vec<char> = Vec::new();
    for c in word.chars().filter(|c| script_of(*c) == Some(odd)) {
        if !letters.contains(&c) {
            letters.push(c);
        }
    }
    (odd, letters)
}

/// The scripts a word has letters of, in [`Script::ALL`] order.
pub(crate) fn scripts_in(word: &str) -> Vec<Script> {
    let counts = letter_counts(word);
    Script::ALL
        .into_iter()
        .filter(|s| counts[*s as usize] > 0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_of_each_script() {
        for c in ['a', 'Z', 'è', 'ë', 'ç', 'đ', 'ǅ', 'ß', 'ﬁ', 'ơ', 'ʒ'] {
            assert_eq!(script_of(c), Some(Script::Latin), "{c}");
        }
        for c in ['а', 'ѐ', 'ѝ', 'ќ', 'ѓ', 'ђ', 'џ', 'Ꙗ', 'ԑ'] {
            assert_eq!(script_of(c), Some(Script::Cyrillic), "{c}");
        }
        for c in ['Α', 'λ', 'ώ', 'ἀ'] {
            assert_eq!(script_of(c), Some(Script::Greek), "{c}");
        }
        for c in [
            '1', ' ', '-', '\u{0300}', 'ʼ', 'µ', 'ʹ', '×', ';', 'ا', '中',
        ] {
            assert_eq!(script_of(c), None, "{c}");
        }
    }

    #[test]
    fn the_shortcut_agrees_with_is_alphabetic() {
        for c in ('\0'..='\u{0600}').chain(['\u{2013}', '\u{201E}', '\u{1E9E}', '\u{A656}']) {
            let slow = if c.is_alphabetic() {
                Char::Letter(script_of_block(c))
            } else {
                Char::Other
            };
            assert_eq!(letter(c), slow, "{c:?}");
        }
    }

    #[test]
    fn words_are_runs_of_letters_with_their_marks() {
        let found: Vec<_> = words("COVID-19, се\u{300} e-mailΑ").collect();
        assert_eq!(
            found,
            [
                (0, "COVID", 1),
                (10, "се\u{300}", 2),
                (17, "e", 1),
                (19, "mailΑ", 5)
            ]
        );
    }

    #[test]
    fn mixed_words_and_their_odd_letters() {
        let text = "сè Пристaп Frontеx Αsylum EU ЕУ UNHCR-от 2-ри iPhone ŠĐČĆŽ ΑΒΓ сѐ се\u{300}";
        let mixed: Vec<&str> = mixed_script_words(text).map(|(_, w)| w).collect();
        assert_eq!(mixed, ["сè", "Пристaп", "Frontеx", "Αsylum"]);
        assert_eq!(
            odd_letters("сè", Script::Cyrillic),
            (Script::Latin, vec!['è'])
        );
        assert_eq!(
            odd_letters("Frontеx", Script::Cyrillic),
            (Script::Cyrillic, vec!['е'])
        );
        assert_eq!(
            odd_letters("Αsylum", Script::Latin),
            (Script::Greek, vec!['Α'])
        );
        assert_eq!(scripts_in("Αsylum"), [Script::Latin, Script::Greek]);
    }
}
