//! Texts an admin types that certificates and the public verification page print: an
//! institution's name (the holder's institution) and the reason a certificate was revoked.
//!
//! The rule (issue 18, item 3): at most so many characters, not blank, and neither control
//! characters (a name is one line) nor the invisible text-direction controls of
//! [`kampus_content::text_safety`], which would make a printed name read differently from the
//! stored one. Spaces around the text are removed before it is stored. It is the rule of a
//! person's display name ([`crate::auth::account_fields::DisplayName`]) with other lengths;
//! white space is ECMA-262's, as there. The rule itself is
//! [`kampus_usecases::admin::printed_text`], which the web pages apply too.
//!
//! The OpenAPI document states the same rule as a `pattern` ([`PATTERN`], written out in the
//! request schemas, where utoipa takes only a literal): a test derives it from the very
//! predicates the server applies, so the two cannot drift apart.

pub use kampus_usecases::admin::printed_text::{MAX_NAME_CHARS, MAX_REASON_CHARS, checked};

/// The rule as an ECMA-262 pattern: no unprintable character anywhere, and one character that
/// is neither unprintable nor white space. Only `\uXXXX` escapes, so ECMA-262, Python's `re`
/// and Rust's `regex` read it alike.
pub const PATTERN: &str = r"^[^\u0000-\u001F\u007F-\u009F\u061C\u200E-\u200F\u202A-\u202E\u2066-\u2069]*[^\u0000-\u0020\u007F-\u00A0\u061C\u1680\u2000-\u200A\u200E-\u200F\u2028-\u202F\u205F\u2066-\u2069\u3000\uFEFF][^\u0000-\u001F\u007F-\u009F\u061C\u200E-\u200F\u202A-\u202E\u2066-\u2069]*$";

#[cfg(test)]
mod tests {
    use kampus_content::text_safety::is_unprintable;

    use super::*;
    use crate::auth::account_fields::is_ecma_space;

    /// The characters for which `test` holds, as the ranges of a regex class.
    fn class(test: impl Fn(char) -> bool) -> String {
        let mut ranges: Vec<(char, char)> = Vec::new();
        for c in ('\0'..=char::MAX).filter(|c| test(*c)) {
            match ranges.last_mut() {
                Some((_, end)) if u32::from(*end) + 1 == u32::from(c) => *end = c,
                _ => ranges.push((c, c)),
            }
        }
        ranges
            .iter()
            .map(|(start, end)| {
                let (start, end) = (u32::from(*start), u32::from(*end));
                assert!(end <= 0xFFFF, "\\uXXXX reaches the BMP only");
                if start == end {
                    format!("\\u{start:04X}")
                } else {
                    format!("\\u{start:04X}-\\u{end:04X}")
                }
            })
            .collect()
    }

    #[test]
    fn the_documented_pattern_is_the_servers_rule() {
        let anywhere = class(is_unprintable);
        let one_visible = class(|c| is_unprintable(c) || is_ecma_space(c));
        assert_eq!(
            PATTERN,
            format!("^[^{anywhere}]*[^{one_visible}][^{anywhere}]*$")
        );
    }

    #[test]
    fn names_are_trimmed_and_refused_when_blank_long_or_with_controls() {
        assert_eq!(
            checked("name", "  Ministarstvo sigurnosti BiH ", 300).as_deref(),
            Ok("Ministarstvo sigurnosti BiH")
        );
        assert_eq!(checked("name", "МВР", 3).as_deref(), Ok("МВР"));
        for refused in [
            "",
            " \u{3000}\u{a0}\u{feff}",
            "MUP\u{202E}SRB",
            "Uprava\u{2066}",
            "\u{200F}",
            "a\nb",
            "nul\0",
            "ab\u{85}",
        ] {
            let error = checked("name", refused, 300).expect_err(refused);
            assert_eq!(error.field, "name");
            assert_eq!(error.message_id, "field-text-invalid");
        }
        assert!(checked("name", "abcd", 3).is_err());
        // Zero-width space and joiner are not direction controls: scripts need the joiner.
        assert!(checked("name", "a\u{200D}b", 3).is_ok());
    }
}
