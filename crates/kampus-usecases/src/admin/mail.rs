//! The outbox, as admins tend it: a message that failed for good is queued again.

use kampus_store::outbox::{self, Mail};

use crate::context::Context;
use crate::error::UseCaseError;

/// Queues the failed message `id` again; the message as it now is.
pub async fn retry(ctx: &Context, id: String) -> Result<Mail, UseCaseError> {
    let now = ctx.now();
    ctx.write(move |tx| {
        outbox::retry(tx, &id, now)?;
        outbox::find(tx, &id)
    })
    .await
}
