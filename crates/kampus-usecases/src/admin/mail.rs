//! The outbox, as admins tend it (through the JSON API's `/api/v1/admin/mail` and the admin
//! pages' `/admin/mail`): the messages in a status, and a message that failed for good queued
//! again.

use kampus_store::outbox::{self, Mail};

use crate::context::Context;
use crate::error::UseCaseError;

/// The most messages one list holds.
pub const MAX_LISTED: i64 = 500;

/// The messages in `status` (`pending`, `sending`, `sent`, `failed`), oldest first, at most
/// [`MAX_LISTED`].
pub async fn list(ctx: &Context, status: &'static str) -> Result<Vec<Mail>, UseCaseError> {
    ctx.blocking(move |conn| {
        Ok::<_, UseCaseError>(outbox::list_by_status(conn, status, MAX_LISTED)?)
    })
    .await
}

/// Queues the failed message `id` again; the message as it now is.
pub async fn retry(ctx: &Context, id: String) -> Result<Mail, UseCaseError> {
    let now = ctx.now();
    ctx.write(move |tx| {
        outbox::retry(tx, &id, now)?;
        outbox::find(tx, &id)
    })
    .await
}
