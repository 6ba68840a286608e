//! The rules of account fields — email address, password, display name, emailed token,
//! invitation code — as every face checks them (the JSON API, the web pages, the command
//! line). The API states the same rules in its OpenAPI document from these constants
//! (`kampus-api/src/auth/account_fields.rs`), so the two do not drift.

use kampus_content::text_safety::{bidi_control_name, is_bidi_control};
use kampus_store::Email;

use super::password::MAX_PASSWORD_CHARS;
use crate::error::FieldError;

/// The longest display name accepted, in characters (Unicode code points).
pub const MAX_NAME_CHARS: usize = 200;
/// The longest emailed or refresh token accepted. They are 44 characters; the limit is above
/// any token Kampus issues, access tokens (about 470) included, so that a token of the wrong
/// kind is answered as wrong (401, 404), not as malformed.
pub const MAX_TOKEN_CHARS: usize = 1024;
/// The longest invitation code accepted as typed (a code is 15 characters and two dashes;
/// spaces and dashes are ignored).
pub const MAX_CODE_CHARS: usize = 64;

/// Characters a display name may not contain: the control characters (general category Cc)
/// and the invisible text-direction controls of `kampus_content::text_safety`. Inclusive
/// ranges; a test checks them against `char::is_control` and `is_bidi_control`.
pub const NAME_FORBIDDEN: [(char, char); 6] = [
    ('\u{0}', '\u{1F}'),
    ('\u{7F}', '\u{9F}'),
    ('\u{61C}', '\u{61C}'),
    ('\u{200E}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2066}', '\u{2069}'),
];

/// ECMA-262's white space and line terminators (what `\s` matches in JSON Schema's regular
/// expressions) that are not control characters; the others (tab, line feed, vertical tab,
/// form feed, carriage return) are forbidden anyway. Spelled out rather than written `\s`,
/// which Python and Rust read as other sets.
pub const NAME_SPACES: [(char, char); 9] = [
    (' ', ' '),
    ('\u{A0}', '\u{A0}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200A}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{202F}', '\u{202F}'),
    ('\u{205F}', '\u{205F}'),
    ('\u{3000}', '\u{3000}'),
    ('\u{FEFF}', '\u{FEFF}'),
];

/// Whether `c` is white space as ECMA-262 defines it (`WhiteSpace` and `LineTerminator`).
pub fn is_ecma_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{B}' | '\u{C}' | '\r' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

/// A name as people and certificates see it: in any script, 1–200 characters counted as
/// sent, at least one of them not white space, none of them a control character or an
/// invisible text-direction control (issue 18.3: a right-to-left override would make a
/// certificate show the name reversed). Holds the name without the white space around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

/// Why a display name was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidDisplayName {
    #[error("a name must have between 1 and {MAX_NAME_CHARS} characters")]
    Length,
    #[error("a name must not contain control characters such as line breaks (U+{:04X})", u32::from(*.0))]
    Control(char),
    #[error("a name must not contain invisible text-direction controls (U+{:04X})", u32::from(*.0))]
    DirectionControl(char),
    #[error("a name must have a character that is not a space")]
    Blank,
}

impl InvalidDisplayName {
    /// The field error for `field`, in the request's language.
    pub fn field_error(self, field: &str) -> FieldError {
        match self {
            InvalidDisplayName::Length => FieldError::new(field, "field-display-name-invalid"),
            InvalidDisplayName::Control(_) => FieldError::new(field, "field-display-name-control"),
            InvalidDisplayName::DirectionControl(c) => {
                FieldError::new(field, "field-display-name-direction")
                    .with_text("character", bidi_control_name(c).unwrap_or_default())
            }
            InvalidDisplayName::Blank => FieldError::new(field, "field-display-name-blank"),
        }
    }
}

impl DisplayName {
    /// Checks `raw` against the rule and trims the white space around it.
    pub fn parse(raw: &str) -> Result<Self, InvalidDisplayName> {
        let chars = raw.chars().count();
        if chars == 0 || chars > MAX_NAME_CHARS {
            return Err(InvalidDisplayName::Length);
        }
        if let Some(c) = raw.chars().find(|c| c.is_control()) {
            return Err(InvalidDisplayName::Control(c));
        }
        if let Some(c) = raw.chars().find(|c| is_bidi_control(*c)) {
            return Err(InvalidDisplayName::DirectionControl(c));
        }
        let trimmed = raw.trim_matches(is_ecma_space);
        if trimmed.is_empty() {
            return Err(InvalidDisplayName::Blank);
        }
        Ok(DisplayName(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    /// The rule as a regular expression: `^[^C]*[^CW][^C]*$`, C the forbidden characters and
    /// W the white space. Classes of `\uXXXX` escapes only, which ECMA-262, Rust's `regex`
    /// and Python's `re` read alike.
    pub fn pattern() -> String {
        let forbidden = class(&NAME_FORBIDDEN);
        let spaces = class(&NAME_SPACES);
        format!("^[^{forbidden}]*[^{forbidden}{spaces}][^{forbidden}]*$")
    }
}

fn class(ranges: &[(char, char)]) -> String {
    ranges
        .iter()
        .map(|&(from, to)| {
            if from == to {
                format!("\\u{:04X}", u32::from(from))
            } else {
                format!("\\u{:04X}-\\u{:04X}", u32::from(from), u32::from(to))
            }
        })
        .collect()
}

/// The value of a checked member, or `None` with its error added to `invalid`: a request's
/// members are all checked, so that the answer names each invalid one.
pub fn keep<T>(invalid: &mut Vec<FieldError>, checked: Result<T, FieldError>) -> Option<T> {
    checked.map_err(|e| invalid.push(e)).ok()
}

/// Checks a display name member, for a list of field errors.
pub fn display_name(field: &str, raw: &str) -> Result<DisplayName, FieldError> {
    DisplayName::parse(raw).map_err(|e| e.field_error(field))
}

/// Checks an email address member (see `kampus_store::email` for the rule).
pub fn email(field: &str, raw: &str) -> Result<Email, FieldError> {
    Email::parse(raw).map_err(|_| FieldError::new(field, "field-invalid-email"))
}

/// Checks a password given to sign in or to confirm a change: not empty, and no longer than
/// any account's password can be.
pub fn given_password(field: &str, raw: &str) -> Result<(), FieldError> {
    if raw.chars().count() > MAX_PASSWORD_CHARS {
        return Err(FieldError::new(field, "field-password-too-long")
            .with_arg("max", as_arg(MAX_PASSWORD_CHARS)));
    }
    text(field, raw, MAX_PASSWORD_CHARS)
}

/// Checks an opaque token (emailed link, refresh token): not empty, at most
/// [`MAX_TOKEN_CHARS`]. Whether it names anything is the handler's business (404 or 401).
pub fn token(field: &str, raw: &str) -> Result<(), FieldError> {
    text(field, raw, MAX_TOKEN_CHARS)
}

/// Checks an invitation code as typed: not empty, at most [`MAX_CODE_CHARS`].
pub fn invitation_code(field: &str, raw: &str) -> Result<(), FieldError> {
    text(field, raw, MAX_CODE_CHARS)
}

/// A string of 1 to `max` characters.
fn text(field: &str, raw: &str, max: usize) -> Result<(), FieldError> {
    if raw.is_empty() {
        Err(FieldError::new(field, "field-required"))
    } else if raw.chars().count() > max {
        Err(FieldError::new(field, "field-too-long").with_arg("max", as_arg(max)))
    } else {
        Ok(())
    }
}

fn as_arg(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
