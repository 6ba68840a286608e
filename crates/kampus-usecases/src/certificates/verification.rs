//! Anyone checks a certificate by its verification code, without signing in (the public
//! verification page and `GET /api/v1/verify/{code}`).

use kampus_store::certificates::{self, Certificate};

use crate::context::Context;
use crate::error::UseCaseError;

/// The certificate with the code as typed (case, dashes and spaces do not matter); `None` when
/// the text cannot be a code or no certificate has it.
pub async fn find_by_code(ctx: &Context, typed: &str) -> Result<Option<Certificate>, UseCaseError> {
    let Some(code) = certificates::normalize_code(typed) else {
        return Ok(None);
    };
    ctx.blocking(move |conn| Ok(certificates::find_by_code(conn, &code)?))
        .await
}
