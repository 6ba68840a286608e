//! Institutions: created and changed by admins.

use kampus_store::InstitutionId;
use kampus_store::institutions::{self, Institution, InstitutionChanges, NewInstitution};

use crate::context::Context;
use crate::error::UseCaseError;
use crate::retry;

/// Creates an institution (its fields passed their rules).
pub async fn create(ctx: &Context, new: NewInstitution) -> Result<Institution, UseCaseError> {
    let now = ctx.now();
    ctx.blocking(move |conn| {
        Ok(retry::write(conn, |tx| {
            institutions::insert(tx, &new, now)
        })?)
    })
    .await
}

/// Renames or reclassifies an institution.
pub async fn update(
    ctx: &Context,
    id: InstitutionId,
    changes: InstitutionChanges,
) -> Result<Institution, UseCaseError> {
    let now = ctx.now();
    ctx.blocking(move |conn| {
        Ok(retry::write(conn, |tx| {
            institutions::update(tx, id, &changes, now)
        })?)
    })
    .await
}
