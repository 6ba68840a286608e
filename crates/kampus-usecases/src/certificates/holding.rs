//! A holder's own certificates: the list, and one of them by id (no one else's).

use kampus_store::certificates::{self, Certificate};
use kampus_store::{CertificateId, StoreError, UserId};

use crate::context::Context;
use crate::error::UseCaseError;

/// `holder`'s certificates, newest first.
pub async fn mine(ctx: &Context, holder: UserId) -> Result<Vec<Certificate>, UseCaseError> {
    ctx.blocking(move |conn| Ok(certificates::of_user(conn, holder)?))
        .await
}

/// The certificate with this id if `holder` holds it; `NotFound` otherwise, as for an
/// unknown id (another spelling of an id names nothing).
pub async fn held(ctx: &Context, holder: UserId, id: &str) -> Result<Certificate, UseCaseError> {
    let id = CertificateId::parse_exact(id).ok_or(UseCaseError::NotFound)?;
    ctx.blocking(move |conn| {
        let certificate = certificates::find(conn, id)?;
        if certificate.user_id == holder {
            Ok(certificate)
        } else {
            Err(UseCaseError::Store(StoreError::NotFound))
        }
    })
    .await
}
