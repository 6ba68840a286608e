//! Invisible characters that change the direction in which text is shown (Unicode
//! Bidirectional Algorithm, UAX #9).
//!
//! The set is the explicit formatting characters — embeddings and overrides (U+202A–U+202E)
//! and isolates (U+2066–U+2069), the ones of the "Trojan Source" attack (CVE-2021-42574) —
//! **and** the implicit marks LRM, RLM and ALM (U+200E, U+200F, U+061C). The marks cannot
//! open a run, but they are strong right-to-left (or left-to-right) characters of zero width,
//! so they decide the direction of the digits and punctuation next to them: in a
//! left-to-right line, `1`, RLM, `-2` is shown as `12-`. All eight languages Kampus serves
//! are written left to right, so none of these characters has a use in their texts, and a
//! verifier comparing a printed certificate with the stored one must see the same order.

/// Every direction control with its Unicode name, in code point order.
const CONTROLS: [(char, &str); 12] = [
    ('\u{061C}', "ARABIC LETTER MARK"),
    ('\u{200E}', "LEFT-TO-RIGHT MARK"),
    ('\u{200F}', "RIGHT-TO-LEFT MARK"),
    ('\u{202A}', "LEFT-TO-RIGHT EMBEDDING"),
    ('\u{202B}', "RIGHT-TO-LEFT EMBEDDING"),
    ('\u{202C}', "POP DIRECTIONAL FORMATTING"),
    ('\u{202D}', "LEFT-TO-RIGHT OVERRIDE"),
    ('\u{202E}', "RIGHT-TO-LEFT OVERRIDE"),
    ('\u{2066}', "LEFT-TO-RIGHT ISOLATE"),
    ('\u{2067}', "RIGHT-TO-LEFT ISOLATE"),
    ('\u{2068}', "FIRST STRONG ISOLATE"),
    ('\u{2069}', "POP DIRECTIONAL ISOLATE"),
];

/// Whether `c` is an invisible text-direction control (see the module documentation).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `U+202E RIGHT-TO-LEFT OVERRIDE` for a direction control, `None` for any other character.
pub fn bidi_control_name(c: char) -> Option<String> {
    CONTROLS
        .iter()
        .find(|(control, _)| *control == c)
        .map(|(_, name)| format!("U+{:04X} {name}", u32::from(c)))
}

/// The direction controls in `text`: the byte offset and the character of each.
///
/// ```
/// use kampus_content::text_safety::bidi_controls;
/// let found: Vec<_> = bidi_controls("Ana \u{202E}Kovač").collect();
/// assert_eq!(found, [(4, '\u{202E}')]);
/// assert_eq!(bidi_controls("Ана Ковач").count(), 0);
/// ```
pub fn bidi_controls(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    text.char_indices().filter(|(_, c)| is_bidi_control(*c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_set_is_the_explicit_controls_and_the_three_marks() {
        let all: Vec<char> = ('\0'..=char::MAX).filter(|c| is_bidi_control(*c)).collect();
        let named: Vec<char> = CONTROLS.iter().map(|(c, _)| *c).collect();
        assert_eq!(all, named);
        for c in ['\u{200B}', '\u{200D}', '\u{2028}', '\u{FEFF}', 'a', 'ѐ'] {
            assert!(!is_bidi_control(c), "{c:?}");
        }
    }

    #[test]
    fn names_and_offsets() {
        assert_eq!(
            bidi_control_name('\u{202E}').as_deref(),
            Some("U+202E RIGHT-TO-LEFT OVERRIDE")
        );
        assert_eq!(
            bidi_control_name('\u{61C}').as_deref(),
            Some("U+061C ARABIC LETTER MARK")
        );
        assert_eq!(bidi_control_name('x'), None);
        let found: Vec<_> = bidi_controls("č\u{2066}x\u{2069}\u{200F}").collect();
        assert_eq!(found, [(2, '\u{2066}'), (6, '\u{2069}'), (9, '\u{200F}')]);
    }
}
