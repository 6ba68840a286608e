//! Texts an admin types that certificates and the public verification page print: an
//! institution's name (the holder's institution) and the reason a certificate was revoked.
//!
//! The rule (issue 18, item 3): at most so many characters, not blank, and neither control
//! characters (a name is one line) nor the invisible text-direction controls of
//! [`kampus_content::text_safety`], which would make a printed name read differently from the
//! stored one. Spaces around the text are removed before it is stored. It is the rule of a
//! person's display name ([`crate::accounts::fields::DisplayName`]) with other lengths; white
//! space is ECMA-262's, as there. The JSON API states it as a pattern in its document; the web
//! pages apply it through the same function.

use kampus_content::text_safety::is_unprintable;

use crate::accounts::fields::is_ecma_space;
use crate::error::FieldError;

/// The longest institution name.
pub const MAX_NAME_CHARS: usize = 300;

/// The longest reason for revoking or re-issuing a certificate.
pub const MAX_REASON_CHARS: usize = 500;

/// `raw` checked against the rule for `field`, with at most `max` characters; trimmed.
pub fn checked(field: &str, raw: &str, max: usize) -> Result<String, FieldError> {
    let fits = raw.chars().count() <= max
        && !raw.chars().any(is_unprintable)
        && raw.chars().any(|c| !is_ecma_space(c));
    if fits {
        Ok(raw.trim_matches(is_ecma_space).to_owned())
    } else {
        Err(FieldError::new(field, "field-text-invalid").with_arg("max", max_arg(max)))
    }
}

fn max_arg(max: usize) -> i64 {
    i64::try_from(max).unwrap_or(i64::MAX)
}
