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

            /// Reads the TEXT column value; a malformed id in the database is a query error.
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

        impl From<Uuid> for $name {
            fn from(uuid: Uuid) -> Self {
                Self(uuid)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
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
