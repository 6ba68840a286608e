//! Emailed single-use links (address verification, password reset): creating them, and the
//! shared shape of the endpoints that send one to an address.

use actix_web::{HttpRequest, web};
use kampus_store::user_tokens::{self, Purpose};
use kampus_store::users::{self, User};
use kampus_store::{DbConnection, StoreError, outbox};

use super::client_ip;
use crate::auth::account_fields;
use crate::error::ApiError;
use crate::mail::{MailTemplate, compose};
use crate::state::AppState;

/// Queues an email with a fresh link of `purpose` for `user`; earlier unused links of that
/// purpose stop working. Call it inside the transaction of the change that causes it.
pub fn queue_link_mail(
    tx: &mut DbConnection,
    state: &AppState,
    user: &User,
    purpose: Purpose,
) -> Result<(), StoreError> {
    let now = state.clock.now();
    user_tokens::invalidate(tx, user.id, purpose, now)?;
    let token = user_tokens::create(tx, user.id, purpose, now)?;
    let base = &state.config.public_url;
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
        &state.catalog,
        &template,
        user.email.as_str(),
        user.preferred_locale,
    );
    outbox::enqueue(tx, &mail, now)?;
    Ok(())
}

/// The body of `verify-email/resend` and `password-reset`: throttle the caller, and if the
/// address has an account that `wants_link`, mail it a link. The answer never says which.
pub async fn send_link_to_address(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    raw_email: &str,
    purpose: Purpose,
    wants_link: fn(&User) -> bool,
) -> Result<(), ApiError> {
    state.ip_throttle.check(
        purpose.as_str(),
        client_ip(req),
        state.throttle.ip_attempts_per_minute,
    )?;
    let email =
        account_fields::email("email", raw_email).map_err(|e| ApiError::Validation(vec![e]))?;
    let db_state = state.clone();
    state
        .db
        .run(move |conn| {
            conn.write_transaction(|tx| match users::find_by_email(tx, &email)? {
                Some(user) if user.deactivated_at.is_none() && wants_link(&user) => {
                    queue_link_mail(tx, &db_state, &user, purpose)
                }
                _ => Ok(()),
            })
        })
        .await
}
