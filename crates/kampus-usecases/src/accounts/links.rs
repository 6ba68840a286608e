//! Emailed single-use links (address verification, password reset): creating them, and
//! sending one to an address on request.

use kampus_store::user_tokens::{self, Purpose};
use kampus_store::users::{self, User};
use kampus_store::{DbConnection, Email, StoreError, UserId, outbox};

use super::password;
use crate::context::Context;
use crate::error::UseCaseError;
use crate::mail::{MailTemplate, compose};

/// Queues an email with a fresh link of `purpose` for `user`; earlier unused links of that
/// purpose stop working. Call it inside the transaction of the change that causes it.
pub fn queue_link_mail(
    tx: &mut DbConnection,
    ctx: &Context,
    user: &User,
    purpose: Purpose,
) -> Result<(), StoreError> {
    let now = ctx.now();
    user_tokens::invalidate(tx, user.id, purpose, now)?;
    let token = user_tokens::create(tx, user.id, purpose, now)?;
    let base = &ctx.issuer.public_url;
    let template = match purpose {
        Purpose::VerifyEmail => MailTemplate::VerifyEmail {
            name: user.display_name.clone(),
            link: format!("{base}/verify-email?token={token}"),
            hours: purpose.ttl().num_hours(),
        },
        Purpose::PasswordReset => MailTemplate::PasswordReset {
            name: user.display_name.clone(),
            link: format!("{base}/reset-password?token={token}"),
        },
    };
    let mail = compose(
        &ctx.strings,
        &template,
        user.email.as_str(),
        user.preferred_locale,
    );
    outbox::enqueue(tx, &mail, now)?;
    Ok(())
}

/// If `email` has an active account that `wants_link`, mails it a link of `purpose`. The
/// outcome is the same either way, so callers cannot tell who has an account.
pub async fn send_to_address(
    ctx: &Context,
    email: Email,
    purpose: Purpose,
    wants_link: fn(&User) -> bool,
) -> Result<(), UseCaseError> {
    let job_ctx = ctx.clone();
    ctx.write(move |tx| match users::find_by_email(tx, &email)? {
        Some(user) if user.deactivated_at.is_none() && wants_link(&user) => {
            queue_link_mail(tx, &job_ctx, &user, purpose)
        }
        _ => Ok(()),
    })
    .await
}

/// Confirms an address with the token of its link; false when the token is unknown, used or
/// expired.
pub async fn verify_email(ctx: &Context, token: String) -> Result<bool, UseCaseError> {
    let now = ctx.now();
    ctx.write(move |tx| {
        let Some(user) = user_tokens::consume(tx, &token, Purpose::VerifyEmail, now)? else {
            return Ok(false);
        };
        users::mark_email_verified(tx, user, now)?;
        Ok::<_, StoreError>(true)
    })
    .await
}

/// Sets a new password with the token of a reset link (which proves the address too); the
/// account whose password changed, or `None` when the token is unknown, used or expired.
/// `new_password` must have passed [`password::check_policy`].
pub async fn reset_password(
    ctx: &Context,
    token: String,
    new_password: String,
) -> Result<Option<UserId>, UseCaseError> {
    let hash = password::hash_off_runtime(new_password).await?;
    let now = ctx.now();
    ctx.write(move |tx| {
        let Some(user) = user_tokens::consume(tx, &token, Purpose::PasswordReset, now)? else {
            return Ok(None);
        };
        users::set_password(tx, user, &hash, now)?;
        // Following the emailed link also proves the address.
        users::mark_email_verified(tx, user, now)?;
        Ok::<_, StoreError>(Some(user))
    })
    .await
}
