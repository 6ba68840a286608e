//! Institutions: created and changed by admins.

use kampus_store::InstitutionId;
use kampus_store::institutions::{self, Institution, InstitutionChanges, NewInstitution};

use crate::context::Context;
use crate::error::UseCaseError;

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
