//! `/api/v1/admin/…`: institutions, people, roles, trainer assignments, invitations and
//! failed mail. Admins see everything; trainers see (and invite to) only the institutions
//! assigned to them, through [`crate::auth::Scope`].

pub mod audit;
pub mod certificates;
pub mod content;
pub mod institutions;
pub mod invitations;
pub mod mail;
pub mod users;

use crate::error::{ApiError, FieldError};

/// Parses a path or body id, answering 404 for a malformed one (it names nothing).
pub fn parse_id<T: std::str::FromStr>(raw: &str) -> Result<T, ApiError> {
    raw.parse().map_err(|_| ApiError::NotFound)
}

/// Parses an id given in a request body: a malformed one is a field error.
pub fn parse_field<T: std::str::FromStr>(
    field: &str,
    raw: &str,
    message_id: &'static str,
) -> Result<T, FieldError> {
    raw.parse().map_err(|_| FieldError::new(field, message_id))
}
