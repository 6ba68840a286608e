//! The holder asks for the certificate's email (with its PDF) again: a few times an hour per
//! certificate, so the address cannot be flooded.

use chrono::TimeDelta;
use kampus_store::certificates::Certificate;
use kampus_store::{StoreError, rate_limits};

use crate::context::Context;
use crate::error::UseCaseError;
use crate::retry;

/// Resends per certificate per window.
pub const RESENDS_PER_WINDOW: i32 = 3;
const WINDOW: TimeDelta = TimeDelta::hours(1);

/// What a resend did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resent {
    /// Queued; the outbox id of the email.
    Queued(String),
    /// Asked too often; try again after this many seconds.
    Throttled { retry_after_secs: u64 },
}

/// Queues `certificate`'s email to its holder again (the caller has checked that they are
/// its holder).
pub async fn resend(ctx: &Context, certificate: Certificate) -> Result<Resent, UseCaseError> {
    let job_ctx = ctx.clone();
    ctx.blocking(move |conn| {
        let bucket = format!("certificate-resend:{}", certificate.id);
        let now = job_ctx.now();
        retry::write(conn, |tx| {
            let (hits, window_ends) = rate_limits::current(tx, &bucket, WINDOW, now)?;
            if hits >= RESENDS_PER_WINDOW {
                let wait = (window_ends - now).num_seconds().max(1);
                return Ok(Resent::Throttled {
                    retry_after_secs: u64::try_from(wait).unwrap_or(1),
                });
            }
            rate_limits::hit(tx, &bucket, WINDOW, now)?;
            let mail_id = super::mail::queue(tx, &job_ctx, &certificate, now)?;
            Ok::<_, StoreError>(Resent::Queued(mail_id))
        })
        .map_err(UseCaseError::from)
    })
    .await
}
