//! Who people are, as far as the reports break figures down: their institution's country and
//! their self-reported gender. Kept apart from the accounts and institutions that carry
//! them, so the reports read them without depending on the modules that keep the reports'
//! aggregates up to date.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// An ISO 3166-1 alpha-2 country code in upper case (`XK`, the user-assigned code for Kosovo
/// that the centre's reports use, is accepted like any other).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an ISO 3166-1 alpha-2 country code (two letters, e.g. BA, RS, ME)")]
pub struct InvalidCountryCode(pub String);

impl CountryCode {
    /// Exactly two ASCII letters, either case (`^[A-Za-z]{2}$`, the pattern the API documents):
    /// nothing around them, not even spaces. Not checked against the list of countries.
    pub fn parse(raw: &str) -> Result<Self, InvalidCountryCode> {
        match raw.as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Ok(Self([a.to_ascii_uppercase(), b.to_ascii_uppercase()]))
            }
            _ => Err(InvalidCountryCode(raw.to_owned())),
        }
    }

    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CountryCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Self-reported gender, for the gender-disaggregated figures donors ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Gender {
    Female,
    Male,
    Other,
    PreferNotToSay,
}

impl Gender {
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Other => "other",
            Gender::PreferNotToSay => "prefer-not-to-say",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a gender value (female, male, other, prefer-not-to-say)")]
pub struct InvalidGender(pub String);

impl FromStr for Gender {
    type Err = InvalidGender;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "female" => Ok(Gender::Female),
            "male" => Ok(Gender::Male),
            "other" => Ok(Gender::Other),
            "prefer-not-to-say" => Ok(Gender::PreferNotToSay),
            other => Err(InvalidGender(other.to_owned())),
        }
    }
}
