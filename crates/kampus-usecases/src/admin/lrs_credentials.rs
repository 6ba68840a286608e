//! The rules of an admin's request for an LRS credential, shared by the admin API and the
//! admin pages: a printed name, at least one known scope, institution ids that are UUIDs.
//! Every problem is reported at once, under the API's field names (`scopes.2`,
//! `institutions.0`); repeated scopes and institutions count once.

use kampus_store::InstitutionId;
use kampus_xapi::lrs::Scope;
use kampus_xapi::lrs::credentials::{MAX_NAME_CHARS, NewCredential};

use super::printed_text;
use crate::FieldError;

/// A request that follows the rules.
#[derive(Debug, Clone)]
pub struct Checked {
    pub credential: NewCredential,
    /// For each institution kept, its place in the request (to name a field when it turns
    /// out not to exist).
    pub places: Vec<usize>,
}

/// Checks a request made by `admin` (a user id).
pub fn checked(
    name: &str,
    scopes: &[String],
    institutions: &[String],
    admin: String,
) -> Result<Checked, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = printed_text::checked("name", name, MAX_NAME_CHARS)
        .map_err(|e| errors.push(e))
        .ok();
    let mut kept_scopes: Vec<Scope> = Vec::new();
    if scopes.is_empty() {
        errors.push(FieldError::new("scopes", "field-scope-required"));
    }
    for (at, raw) in scopes.iter().enumerate() {
        match Scope::parse(raw) {
            Some(scope) if kept_scopes.contains(&scope) => {}
            Some(scope) => kept_scopes.push(scope),
            None => errors.push(FieldError::choice(
                format!("scopes.{at}"),
                &Scope::ALL.map(Scope::name),
            )),
        }
    }
    let mut kept_institutions: Vec<(usize, InstitutionId)> = Vec::new();
    for (at, raw) in institutions.iter().enumerate() {
        match raw.parse::<InstitutionId>() {
            Ok(id) if kept_institutions.iter().any(|(_, known)| *known == id) => {}
            Ok(id) => kept_institutions.push((at, id)),
            Err(_) => errors.push(FieldError::new(
                format!("institutions.{at}"),
                "field-uuid-invalid",
            )),
        }
    }
    match name {
        Some(name) if errors.is_empty() => Ok(Checked {
            credential: NewCredential {
                name,
                scopes: kept_scopes,
                institutions: kept_institutions
                    .iter()
                    .map(|(_, id)| id.to_string())
                    .collect(),
                created_by: Some(admin),
            },
            places: kept_institutions.iter().map(|(at, _)| *at).collect(),
        }),
        _ => Err(errors),
    }
}
