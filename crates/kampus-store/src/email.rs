//! Email addresses, parsed once at the edge.
//!
//! Addresses are normalized to Unicode lower case: mail systems treat them case-insensitively
//! in practice, and storing one form makes the database's unique constraint case-insensitive
//! on both backends (SQLite's `lower()` only folds ASCII, so it cannot be left to SQL).

use std::fmt;

use serde::{Serialize, Serializer};

/// A syntactically plausible, normalized email address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a valid email address")]
pub struct InvalidEmail(pub String);

impl Email {
    /// RFC 5321 limits a path to 256 octets, so an address to 254.
    const MAX_LEN: usize = 254;

    pub fn parse(raw: &str) -> Result<Self, InvalidEmail> {
        let invalid = || InvalidEmail(raw.to_owned());
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.len() > Self::MAX_LEN {
            return Err(invalid());
        }
        let (local, domain) = trimmed.rsplit_once('@').ok_or_else(invalid)?;
        let well_formed = !local.is_empty()
            && local.len() <= 64
            && !domain.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !local.contains('@')
            && !trimmed.chars().any(|c| c.is_whitespace() || c.is_control());
        if !well_formed {
            return Err(invalid());
        }
        Ok(Email(trimmed.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
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
    fn normalizes_case_including_non_ascii() {
        let email = Email::parse("  Ana.Đurić@MUP.gov.ME ").expect("valid");
        assert_eq!(email.as_str(), "ana.đurić@mup.gov.me");
    }

    #[test]
    fn refuses_malformed_addresses() {
        for raw in [
            "",
            "no-at-sign",
            "@mup.gov.rs",
            "a@b",
            "a@.rs",
            "a@b..rs",
            "a b@c.rs",
            "a@b.rs.",
        ] {
            assert!(Email::parse(raw).is_err(), "{raw}");
        }
    }
}
