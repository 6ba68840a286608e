//! Email addresses, parsed once at the edge.
//!
//! The rule is the one the OpenAPI document states for every `email` member (format `email`,
//! at most 254 characters, and [`Email::PATTERN`]), so a client can check an address before
//! sending it and the server takes exactly the addresses the document allows:
//!
//! - an RFC 5321 mailbox of ASCII characters, as written, without surrounding spaces;
//! - the local part a dot-atom (letters, digits and ``!#$%&'*+-/=?^_`{|}~``, dots between
//!   them), at most 64 characters; no quoted local parts (`"a b"@…`);
//! - the domain a host name of at least two labels (`mup.gov.rs`; no address literals such
//!   as `[10.0.0.1]`, no bare `localhost`), each label 1–63 letters, digits and hyphens, not
//!   beginning or ending with a hyphen and without `--` in its third and fourth places. That
//!   last rule reserves such labels for IDNA (`xn--…`), whose validity a pattern cannot
//!   state: internationalized domains are refused rather than half checked;
//! - at most 254 characters in all (RFC 5321's 256-octet path less its angle brackets).
//!
//! Addresses are normalized to lower case: mail systems treat them case-insensitively in
//! practice, and storing one form makes the database's unique constraint case-insensitive on
//! both backends. Addresses read back from the database are taken as stored
//! ([`Email::from_stored`]): a rule tightened later must not make old rows unreadable.

use std::fmt;

use serde::{Serialize, Serializer};

/// A normalized email address that keeps the documented rule.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a valid email address")]
pub struct InvalidEmail(pub String);

/// The special characters RFC 5322 allows in an atom, besides letters and digits.
const ATEXT_SPECIALS: &str = "!#$%&'*+-/=?^_`{|}~";

impl Email {
    /// RFC 5321 limits a path to 256 octets, so an address to 254.
    pub const MAX_CHARS: usize = 254;
    /// RFC 5321 §4.5.3.1.1.
    pub const MAX_LOCAL_CHARS: usize = 64;
    /// RFC 1035 §2.3.4.
    pub const MAX_LABEL_CHARS: usize = 63;

    /// The rule as an ECMA-262 regular expression, without the lengths (which the document
    /// states with `maxLength` and the `email` format). It means the same in ECMA-262, Rust's
    /// `regex` and Python's `re`: ASCII classes and literals only, and no lookaround.
    pub const PATTERN: &'static str = concat!(
        r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*",
        "@",
        r"[A-Za-z0-9](?:[A-Za-z0-9-]?[A-Za-z0-9]|[A-Za-z0-9-]{2}[A-Za-z0-9]|[A-Za-z0-9-](?:[A-Za-z0-9][A-Za-z0-9-]|-[A-Za-z0-9])[A-Za-z0-9-]*[A-Za-z0-9])?",
        r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]?[A-Za-z0-9]|[A-Za-z0-9-]{2}[A-Za-z0-9]|[A-Za-z0-9-](?:[A-Za-z0-9][A-Za-z0-9-]|-[A-Za-z0-9])[A-Za-z0-9-]*[A-Za-z0-9])?)+$",
    );

    /// Checks `raw` against the rule (see the module documentation) and lower-cases it.
    pub fn parse(raw: &str) -> Result<Self, InvalidEmail> {
        let invalid = || InvalidEmail(raw.to_owned());
        // ASCII only, so bytes and characters count alike.
        if !raw.is_ascii() || raw.len() > Self::MAX_CHARS {
            return Err(invalid());
        }
        let (local, domain) = raw.split_once('@').ok_or_else(invalid)?;
        let local_ok = local.len() <= Self::MAX_LOCAL_CHARS
            && local.split('.').all(|atom| {
                !atom.is_empty()
                    && atom
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || ATEXT_SPECIALS.contains(c))
            });
        let labels = domain.split('.').count();
        if !local_ok || labels < 2 || !domain.split('.').all(is_host_label) {
            return Err(invalid());
        }
        Ok(Email(raw.to_ascii_lowercase()))
    }

    /// An address as the database holds it, which was checked when it was stored.
    pub fn from_stored(stored: String) -> Self {
        Email(stored)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A host name label: 1–63 letters, digits and hyphens, no hyphen first or last, and no
/// `--` in the third and fourth places (IDNA's reserved form).
fn is_host_label(label: &str) -> bool {
    let bytes = label.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= Email::MAX_LABEL_CHARS
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
        && bytes.first() != Some(&b'-')
        && bytes.last() != Some(&b'-')
        && bytes.get(2..4) != Some(b"--".as_slice())
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Email {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_case() {
        let email = Email::parse("Ana.Duric@MUP.gov.ME").expect("valid");
        assert_eq!(email.as_str(), "ana.duric@mup.gov.me");
    }

    #[test]
    fn takes_every_dot_atom_and_host_name() {
        let longest_local = format!("{}@mup.gov.rs", "a".repeat(64));
        let longest_label = format!("a@{}.rs", "b".repeat(63));
        let longest = format!(
            "a@{}.{}.{}.{}",
            "b".repeat(63),
            "c".repeat(63),
            "d".repeat(63),
            "e".repeat(60)
        );
        assert_eq!(longest.len(), Email::MAX_CHARS);
        for raw in [
            "!#$%&'*+-/=?^_`{|}~@x.yz",
            "o'brien+kampus@mup.gov.rs",
            "a.b.c@1.2.3.4",
            "a@x--y.rs",
            "a@abc--d.rs",
            "a@a-b.c",
            "_@x.y",
            &longest_local,
            &longest_label,
            &longest,
        ] {
            assert!(Email::parse(raw).is_ok(), "{raw}");
        }
    }

    #[test]
    fn refuses_what_the_rule_does_not_allow() {
        let long_local = format!("{}@mup.gov.rs", "a".repeat(65));
        let long_label = format!("a@{}.rs", "b".repeat(64));
        let too_long = format!(
            "a@{}.{}.{}.{}",
            "b".repeat(63),
            "c".repeat(63),
            "d".repeat(63),
            "e".repeat(61)
        );
        for raw in [
            "",
            "no-at-sign",
            "@mup.gov.rs",
            "a@b",
            "a@.rs",
            "a@b..rs",
            "a b@c.rs",
            "a@b.rs.",
            " a@b.rs",
            "a@b.rs ",
            "a..b@x.rs",
            ".a@x.rs",
            "a.@x.rs",
            "\"a b\"@x.rs",
            "a@[10.0.0.1]",
            "a@b@x.rs",
            "ana.đurić@mup.gov.me",
            "a@đ.me",
            "a@x_y.rs",
            "a@-x.rs",
            "a@x-.rs",
            "a@ab--cd.rs",
            "a@xn--p1ai.rs",
            "a(b)@x.rs",
            "a@x.rs\n",
            &long_local,
            &long_label,
            &too_long,
        ] {
            assert!(Email::parse(raw).is_err(), "{raw:?}");
        }
    }
}
