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
use kampus_store::Email;
use serde::Deserialize;
use serde::de::IntoDeserializer;
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
use utoipa::openapi::{RefOr, Schema};
use utoipa::{PartialSchema, ToSchema};

use crate::error::FieldError;
pub use kampus_usecases::accounts::fields::{
    DisplayName, InvalidDisplayName, MAX_CODE_CHARS, MAX_NAME_CHARS, MAX_TOKEN_CHARS, display_name,
    email, given_password, invitation_code, is_ecma_space, keep, token,
};
use kampus_usecases::accounts::password::{MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS};

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
    use kampus_content::text_safety::is_bidi_control;
    use kampus_usecases::accounts::fields::{NAME_FORBIDDEN, NAME_SPACES};

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
