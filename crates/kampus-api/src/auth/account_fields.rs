//! The members of account requests — email address, password, display name, emailed token,
//! invitation code, locale, gender — and their rules, stated once for the server and for the
//! OpenAPI document.
//!
//! Each rule is a schema the document states (the zero-sized types below, used as a field's
//! `value_type`) and a check the server runs, built from the same constants, so the two do
//! not drift: schemathesis sends what the document allows and expects it accepted, and what
//! it forbids and expects it refused (issue 18.5). The one rule no schema can state is the
//! list of common passwords; [`NewPassword`] says so in its description.
//!
//! A display name is set at registration, by `PATCH /api/v1/me` and by `kampus user create`;
//! all three go through [`DisplayName::parse`].

use std::borrow::Cow;

use kampus_content::Locale;
use kampus_content::text_safety::{bidi_control_name, is_bidi_control};
use kampus_store::Email;
use serde::Deserialize;
use serde::de::IntoDeserializer;
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
use utoipa::openapi::{RefOr, Schema};
use utoipa::{PartialSchema, ToSchema};

use crate::error::FieldError;
use kampus_usecases::accounts::password::{MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS};

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
const NAME_FORBIDDEN: [(char, char); 6] = [
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
const NAME_SPACES: [(char, char); 9] = [
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

/// The tags of the locales Kampus serves, as a request names them.
pub fn locale_tags() -> [&'static str; Locale::ALL.len()] {
    Locale::ALL.map(Locale::tag)
}

/// The genders, as a request names them.
pub const GENDERS: [&str; 4] = ["female", "male", "other", "prefer-not-to-say"];

/// Reads a member whose value is one of a closed list (an enum of `crate::vocabulary`), or
/// says "Choose one of: …".
pub fn choice<T: for<'de> Deserialize<'de>>(
    field: &str,
    raw: &str,
    choices: &[&str],
) -> Result<T, FieldError> {
    let deserializer: serde::de::value::StrDeserializer<'_, serde::de::value::Error> =
        raw.into_deserializer();
    T::deserialize(deserializer).map_err(|_| FieldError::choice(field, choices))
}

fn string_schema() -> ObjectBuilder {
    ObjectBuilder::new().schema_type(Type::String)
}

macro_rules! schema_type {
    ($(#[$doc:meta])* $name:ident as $title:literal => $schema:expr) => {
        $(#[$doc])*
        #[derive(Debug)]
        pub struct $name;

        impl PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                RefOr::T(Schema::Object($schema.build()))
            }
        }

        impl ToSchema for $name {
            fn name() -> Cow<'static, str> {
                Cow::Borrowed($title)
            }
        }
    };
}

schema_type! {
    /// The schema of an email address member.
    EmailAddress as "EmailAddress" => string_schema()
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Email)))
        .max_length(Some(Email::MAX_CHARS))
        .pattern(Some(Email::PATTERN))
        .description(Some(
            "An email address of ASCII characters as written, without spaces around it: a \
             dot-atom local part of at most 64 characters (letters, digits and \
             !#$%&'*+-/=?^_`{|}~, dots between them; no quoted local parts), `@`, and a host \
             name of at least two labels, each 1–63 letters, digits and hyphens, not starting \
             or ending with a hyphen and without `--` in its third and fourth places (no \
             address literals, no internationalized `xn--` labels). Compared ignoring case.",
        ))
        .examples(["ana.kovac@msb.gov.ba"])
}

schema_type! {
    /// The schema of a new password.
    NewPassword as "NewPassword" => string_schema()
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Password)))
        .min_length(Some(MIN_PASSWORD_CHARS))
        .max_length(Some(MAX_PASSWORD_CHARS))
        .description(Some(
            "A new password: 12 to 256 characters (Unicode code points) of any kind, no \
             composition rules. One rule this schema cannot state: a password on Kampus's list \
             of common passwords (compared ignoring case) is refused with `422 \
             validation-failed`.",
        ))
        .examples(["granica i azil 2026"])
}

schema_type! {
    /// The schema of a password given to sign in or to confirm a change.
    GivenPassword as "GivenPassword" => string_schema()
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Password)))
        .min_length(Some(1))
        .max_length(Some(MAX_PASSWORD_CHARS))
        .description(Some(
            "The account's password (no account has one longer than 256 characters).",
        ))
}

schema_type! {
    /// The schema of an opaque token: an emailed link's or a refresh token.
    OpaqueToken as "OpaqueToken" => string_schema()
        .min_length(Some(1))
        .max_length(Some(MAX_TOKEN_CHARS))
        .description(Some("An opaque token as Kampus issued it."))
}

schema_type! {
    /// The schema of an invitation code as typed.
    InvitationCode as "InvitationCode" => string_schema()
        .min_length(Some(1))
        .max_length(Some(MAX_CODE_CHARS))
        .description(Some(
            "The code an admin or trainer gave you, e.g. `K7QM2-XHD9T-WAB4R`; case, spaces \
             and dashes do not matter.",
        ))
        .examples(["K7QM2-XHD9T-WAB4R"])
}

schema_type! {
    /// The schema of a display name.
    DisplayNameSchema as "DisplayName" => string_schema()
        .min_length(Some(1))
        .max_length(Some(MAX_NAME_CHARS))
        .pattern(Some(DisplayName::pattern()))
        .description(Some(
            "Your name as it should appear on certificates, in any script: 1–200 characters \
             (Unicode code points, counted as sent), at least one of them not white space; no \
             control characters (U+0000–U+001F, U+007F–U+009F: line breaks, tabs) and no \
             invisible text-direction controls (U+061C, U+200E, U+200F, U+202A–U+202E, \
             U+2066–U+2069). White space around the name is removed.",
        ))
        .examples(["Amra Hodžić"])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_ranges(ranges: &[(char, char)], c: char) -> bool {
        ranges.iter().any(|&(from, to)| (from..=to).contains(&c))
    }

    #[test]
    fn the_pattern_classes_are_the_servers_sets() {
        for c in '\0'..=char::MAX {
            assert_eq!(
                in_ranges(&NAME_FORBIDDEN, c),
                c.is_control() || is_bidi_control(c),
                "{c:?} forbidden"
            );
            assert_eq!(
                in_ranges(&NAME_SPACES, c) || (c.is_control() && is_ecma_space(c)),
                is_ecma_space(c),
                "{c:?} space"
            );
        }
        // ECMA-262's set: White_Space minus U+0085 (NEL, a control), plus U+FEFF.
        for c in '\0'..=char::MAX {
            let expected = (c.is_whitespace() && c != '\u{85}') || c == '\u{FEFF}';
            assert_eq!(is_ecma_space(c), expected, "{c:?}");
        }
        assert_eq!(
            DisplayName::pattern(),
            "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E-\\u200F\\u202A-\\u202E\\u2066-\\u2069]*\
             [^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E-\\u200F\\u202A-\\u202E\\u2066-\\u2069\
             \\u0020\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000\\uFEFF]\
             [^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E-\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"
        );
    }

    #[test]
    fn names_are_checked_as_sent_and_stored_trimmed() {
        let ok = |raw: &str| DisplayName::parse(raw).map(DisplayName::into_string);
        assert_eq!(ok("  Amra Hodžić\u{3000}").as_deref(), Ok("Amra Hodžić"));
        assert_eq!(ok("\u{FEFF}Ана\u{A0}").as_deref(), Ok("Ана"));
        assert_eq!(ok("x").as_deref(), Ok("x"));
        assert!(
            ok(&"ш".repeat(MAX_NAME_CHARS)).is_ok(),
            "characters, not bytes"
        );
        let too_long = format!("{} ", "a".repeat(MAX_NAME_CHARS));
        assert_eq!(
            ok(&too_long),
            Err(InvalidDisplayName::Length),
            "counted as sent"
        );
        assert_eq!(ok(""), Err(InvalidDisplayName::Length));
        assert_eq!(ok(" \u{2003}\u{FEFF}"), Err(InvalidDisplayName::Blank));
        assert_eq!(ok("Ana\nKovač"), Err(InvalidDisplayName::Control('\n')));
        assert_eq!(ok("Ana\u{85}"), Err(InvalidDisplayName::Control('\u{85}')));
        for control in ['\u{202E}', '\u{2066}', '\u{200F}', '\u{61C}'] {
            assert_eq!(
                ok(&format!("Ana {control}Kovač")),
                Err(InvalidDisplayName::DirectionControl(control))
            );
        }
        // Invisible but not a direction control: allowed (the pattern allows it too).
        assert!(ok("Ana\u{200B}Kovač").is_ok());
    }

    #[test]
    fn closed_lists_answer_with_their_choices() {
        let tag: crate::vocabulary::LocaleTag =
            choice("preferred_locale", "sr-Cyrl", &locale_tags()).expect("listed");
        assert_eq!(Locale::from(tag), Locale::SrCyrl);
        let refused =
            choice::<crate::vocabulary::LocaleTag>("preferred_locale", "bs-BA", &locale_tags())
                .expect_err("not listed");
        assert_eq!(refused.message_id, "field-choice-invalid");
        assert!(choice::<crate::vocabulary::GenderName>("gender", "Female", &GENDERS).is_err());
    }
}
