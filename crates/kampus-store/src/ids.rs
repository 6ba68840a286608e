//! Typed ids. Each is a UUID v7 (time-ordered, so new rows append to indexes) stored as TEXT,
//! the one UUID representation both backends share.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A new, time-ordered id.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }

            pub fn as_uuid(&self) -> Uuid {
                self.0
            }

            /// The id only when spelled exactly as it is stored and shown (lower-case
            /// hyphenated): for paths that name a row by its id as text, where another
            /// spelling names nothing.
            pub fn parse_exact(text: &str) -> Option<Self> {
                text.parse::<Self>().ok().filter(|id| id.to_string() == text)
            }

            /// Reads the TEXT column value; a malformed id in the database is a query error.
            // Row structs read their ids with `TryFrom<String>`; not every type needs this.
            #[allow(dead_code)]
            pub(crate) fn from_db(text: &str) -> Result<Self, diesel::result::Error> {
                text.parse().map_err(|e: uuid::Error| {
                    diesel::result::Error::DeserializationError(Box::new(e))
                })
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        /// A TEXT column as read by a row struct (`#[diesel(deserialize_as = String)]`).
        impl TryFrom<String> for $name {
            type Error = uuid::Error;
            fn try_from(text: String) -> Result<Self, Self::Error> {
                text.parse()
            }
        }

        impl From<Uuid> for $name {
            fn from(uuid: Uuid) -> Self {
                Self(uuid)
            }
        }

        /// Only the hyphenated form (`8-4-4-4-12` hex digits, either case), the one the API
        /// documents as `format: uuid`: the simple, braced and URN forms the uuid crate also
        /// reads are refused, so that an id is spelled one way everywhere.
        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                // Every other form is longer or shorter; parsing "" yields the crate's error.
                Uuid::parse_str(if s.len() == 36 { s } else { "" }).map(Self)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // Hyphenated lower case: the form stored in the database.
                self.0.hyphenated().fmt(f)
            }
        }
    };
}

id_type!(
    /// An institution (ministry, police, agency) whose staff learn on Kampus.
    InstitutionId
);
id_type!(
    /// A person with an account.
    UserId
);

id_type!(
    /// An attempt at an assessment.
    AttemptId
);
id_type!(
    /// A certificate as issued (a reissue is a new certificate).
    CertificateId
);
id_type!(
    /// A stored version of a course's content.
    VersionId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_read_in_the_hyphenated_form_only() {
        let id = UserId::new();
        let hyphenated = id.to_string();
        assert_eq!(hyphenated.parse::<UserId>(), Ok(id));
        assert_eq!(hyphenated.to_uppercase().parse::<UserId>(), Ok(id));
        let simple = id.as_uuid().simple().to_string();
        let braced = id.as_uuid().braced().to_string();
        let urn = id.as_uuid().urn().to_string();
        for other in [simple, braced, urn, String::new(), "not-an-id".into()] {
            assert!(other.parse::<UserId>().is_err(), "{other}");
        }
    }
}
