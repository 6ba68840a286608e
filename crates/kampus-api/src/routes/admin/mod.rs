//! `/api/v1/admin/…`: institutions, people, roles, trainer assignments, invitations, failed
//! mail and LRS credentials. Admins see everything; trainers see (and invite to) only the institutions
//! assigned to them, through [`crate::caller::Scope`].

pub mod audit;
pub mod certificates;
pub mod content;
pub mod institutions;
pub mod invitations;
pub mod lrs_credentials;
pub mod mail;
pub mod printed_text;
pub mod users;

use crate::error::{ApiError, FieldError};

/// Parses a path or body id, answering 404 for a malformed one (it names nothing).
pub fn parse_id<T: std::str::FromStr>(raw: &str) -> Result<T, ApiError> {
    raw.parse().map_err(|_| ApiError::NotFound)
}

/// The ids the API takes, as an ECMA-262 pattern: the hyphenated form only (written out in
/// the schemas' `pattern`, where utoipa takes only a literal; the ids' `FromStr` reads exactly
/// this form).
pub const UUID_PATTERN: &str =
    "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$";

/// Parses an id given in a request body: a malformed one is a field error.
pub fn parse_field<T: std::str::FromStr>(
    field: &str,
    raw: &str,
    message_id: &'static str,
) -> Result<T, FieldError> {
    raw.parse().map_err(|_| FieldError::new(field, message_id))
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::{UUID_PATTERN, printed_text};

    /// The patterns utoipa takes only as literals are the server's rules, character for
    /// character.
    #[test]
    fn the_documents_patterns_are_the_servers() {
        let doc: Value =
            serde_json::from_str(crate::routes::openapi::document()).expect("document");
        let schemas = &doc["components"]["schemas"];
        let member = |schema: &str, member: &str| &schemas[schema]["properties"][member];
        for (schema, name) in [
            ("NewInstitutionRequest", "name"),
            ("InstitutionUpdate", "name"),
            ("Revocation", "reason"),
            ("NewLrsCredentialRequest", "name"),
        ] {
            assert_eq!(
                member(schema, name)["pattern"],
                printed_text::PATTERN,
                "{schema}"
            );
        }
        for (schema, name) in [
            ("NewInvitationRequest", "institution_id"),
            ("UserUpdate", "institution_id"),
        ] {
            assert_eq!(member(schema, name)["pattern"], UUID_PATTERN, "{schema}");
        }
        assert_eq!(schemas["InstitutionIdText"]["pattern"], UUID_PATTERN);
        let query = |path: &str, name: &str| {
            doc["paths"][path]["get"]["parameters"]
                .as_array()
                .expect("parameters")
                .iter()
                .find(|p| p["name"] == name)
                .expect(name)["schema"]["pattern"]
                .clone()
        };
        assert_eq!(query("/api/v1/admin/users", "institution"), UUID_PATTERN);
        assert_eq!(query("/api/v1/admin/audit", "actor"), UUID_PATTERN);
        assert_eq!(query("/api/v1/admin/audit", "after"), UUID_PATTERN);
    }
}
