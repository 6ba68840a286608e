//! Institutions: created and changed by admins.

use kampus_store::InstitutionId;
use kampus_store::institutions::{
    self, CountryCode, Institution, InstitutionChanges, InstitutionKind, NewInstitution,
};

use crate::context::Context;
use crate::error::{FieldError, UseCaseError};

/// Every kind, as requests and forms spell them.
pub const KINDS: [&str; 8] = [
    "ministry",
    "police",
    "border-police",
    "asylum-agency",
    "refugee-agency",
    "training-centre",
    "international-organisation",
    "other",
];

/// A kind given in a request, or "Choose one of: …".
pub fn checked_kind(raw: &str) -> Result<InstitutionKind, FieldError> {
    raw.parse().map_err(|_| FieldError::choice("kind", &KINDS))
}

/// A country code given in a request: two ASCII letters, either case.
pub fn checked_country(raw: &str) -> Result<CountryCode, FieldError> {
    CountryCode::parse(raw).map_err(|_| FieldError::new("country_code", "field-country-invalid"))
}

/// Creates an institution (its fields passed their rules).
pub async fn create(ctx: &Context, new: NewInstitution) -> Result<Institution, UseCaseError> {
    let now = ctx.now();
    ctx.write(move |tx| institutions::insert(tx, &new, now))
        .await
}

/// Renames or reclassifies an institution.
pub async fn update(
    ctx: &Context,
    id: InstitutionId,
    changes: InstitutionChanges,
) -> Result<Institution, UseCaseError> {
    let now = ctx.now();
    ctx.write(move |tx| institutions::update(tx, id, &changes, now))
        .await
}
