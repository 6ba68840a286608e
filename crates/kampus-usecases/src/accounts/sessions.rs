//! Signing in, renewing a session with its refresh token, signing out.
//!
//! Each account's failed sign-ins are counted; past the limit the account is locked for the
//! rest of the window, whoever tries (the HTTP face throttles by address as well).

use chrono::TimeDelta;
use kampus_store::browser_sessions::{self, BrowserSession};
use kampus_store::sessions::{self, EndedSession, IssuedRefreshToken, Rotation};
use kampus_store::users::{self, User};
use kampus_store::{DbConnection, Email, StoreError, UserId, rate_limits};

use super::password;
use crate::context::Context;
use crate::error::UseCaseError;
use crate::retry;

/// How many failed sign-ins lock an account, and for how long they are counted.
#[derive(Debug, Clone, Copy)]
pub struct Lockout {
    pub failures: i32,
    pub window: TimeDelta,
}

/// The outcome of a sign-in.
#[derive(Debug)]
pub enum SignIn {
    /// A new session: its first refresh token.
    SignedIn(Box<User>, IssuedRefreshToken),
    /// No such account, a wrong password or a deactivated account (the same answer for all).
    WrongCredentials,
    /// The right password, but the address is not confirmed yet.
    NotVerified,
    /// Too many failures for this account; try again after this many seconds.
    Locked { retry_after_secs: u64 },
}

/// Signs `email` in with `given` password.
pub async fn sign_in(
    ctx: &Context,
    email: Email,
    given: String,
    lockout: Lockout,
) -> Result<SignIn, UseCaseError> {
    let now = ctx.now();
    let signed_in = check_and_start(ctx, email, given, lockout, move |tx, user| {
        sessions::start(tx, user.id, now)
    })
    .await?;
    Ok(match signed_in {
        Checked::Started(user, refresh) => SignIn::SignedIn(user, refresh),
        Checked::WrongCredentials => SignIn::WrongCredentials,
        Checked::NotVerified => SignIn::NotVerified,
        Checked::Locked { retry_after_secs } => SignIn::Locked { retry_after_secs },
    })
}

/// The outcome of a sign-in on the web pages.
#[derive(Debug)]
pub enum BrowserSignIn {
    /// A new session: the token for the browser's cookie.
    SignedIn(Box<User>, String),
    WrongCredentials,
    NotVerified,
    Locked {
        retry_after_secs: u64,
    },
}

/// Signs `email` in with `given` password for the web pages: a new family of refresh tokens
/// (so everything that ends sessions ends this one) and a browser session in it, together.
pub async fn sign_in_browser(
    ctx: &Context,
    email: Email,
    given: String,
    lockout: Lockout,
) -> Result<BrowserSignIn, UseCaseError> {
    let now = ctx.now();
    let signed_in = check_and_start(ctx, email, given, lockout, move |tx, user| {
        let family = sessions::start(tx, user.id, now)?;
        browser_sessions::open(tx, user.id, &family.family_id, now)
    })
    .await?;
    Ok(match signed_in {
        Checked::Started(user, token) => BrowserSignIn::SignedIn(user, token),
        Checked::WrongCredentials => BrowserSignIn::WrongCredentials,
        Checked::NotVerified => BrowserSignIn::NotVerified,
        Checked::Locked { retry_after_secs } => BrowserSignIn::Locked { retry_after_secs },
    })
}

/// What checking a password led to; `Started` carries what `start` made.
enum Checked<T> {
    Started(Box<User>, T),
    WrongCredentials,
    NotVerified,
    Locked { retry_after_secs: u64 },
}

/// Checks the lockout and the password; for a verified, active account runs `start` in the
/// transaction that clears the failures.
async fn check_and_start<T: Send + 'static>(
    ctx: &Context,
    email: Email,
    given: String,
    lockout: Lockout,
    start: impl Fn(&mut DbConnection, &User) -> Result<T, StoreError> + Send + 'static,
) -> Result<Checked<T>, UseCaseError> {
    let now = ctx.now();
    ctx.blocking(move |conn| {
        let bucket = format!("login-failures:{email}");
        let (failures, window_end) = rate_limits::current(conn, &bucket, lockout.window, now)?;
        if failures >= lockout.failures {
            let wait = (window_end - now).num_seconds().max(1);
            return Ok(Checked::Locked {
                retry_after_secs: u64::try_from(wait).unwrap_or(1),
            });
        }
        let user = users::find_by_email(conn, &email)?;
        // argon2 is CPU-bound: it runs here, on the blocking pool, not on an async worker.
        let matches = if let Some(stored) = user.as_ref().and_then(|u| u.password_hash.as_deref()) {
            password::verify(&given, stored)
        } else {
            password::verify_against_dummy(&given);
            false
        };
        let user = user.filter(|u| matches && u.deactivated_at.is_none());
        Ok(retry::write(conn, |tx| match &user {
            None => {
                rate_limits::hit(tx, &bucket, lockout.window, now)?;
                Ok::<_, StoreError>(Checked::WrongCredentials)
            }
            Some(user) => {
                rate_limits::clear(tx, &bucket)?;
                if user.email_verified_at.is_none() {
                    return Ok(Checked::NotVerified);
                }
                let started = start(tx, user)?;
                Ok(Checked::Started(Box::new(user.clone()), started))
            }
        })?)
    })
    .await
}

/// Exchanges a refresh token for the next one of its session; `None` when it is unknown,
/// expired or revoked, when it was used before (then its whole session is revoked: someone
/// else holds a copy), or when the account is deactivated.
pub async fn refresh(
    ctx: &Context,
    presented: String,
) -> Result<Option<(User, IssuedRefreshToken)>, UseCaseError> {
    let now = ctx.now();
    let rotated = ctx
        .blocking(move |conn| {
            Ok::<_, UseCaseError>(retry::write(conn, |tx| {
                match sessions::rotate(tx, &presented, now)? {
                    Rotation::Rotated { user_id, next } => {
                        let user = users::find(tx, user_id)?;
                        Ok::<_, StoreError>(Some((user, next)))
                    }
                    Rotation::Reused { user_id } => {
                        tracing::warn!(%user_id, "refresh token reused: session revoked");
                        Ok(None)
                    }
                    Rotation::Invalid => Ok(None),
                }
            })?)
        })
        .await?;
    Ok(rotated.filter(|(user, _)| user.deactivated_at.is_none()))
}

/// Ends the session a refresh token belongs to; what ended, if anything (signing out twice
/// is fine).
pub async fn sign_out(
    ctx: &Context,
    presented: String,
) -> Result<Option<EndedSession>, UseCaseError> {
    let now = ctx.now();
    ctx.write(move |tx| sessions::revoke_family_of(tx, &presented, now))
        .await
}

/// Ends every session of `user`, on every device.
pub async fn sign_out_everywhere(ctx: &Context, user: UserId) -> Result<(), UseCaseError> {
    let now = ctx.now();
    ctx.write(move |tx| users::revoke_sessions(tx, user, now))
        .await
}

/// The live browser session a cookie's token names, if any.
pub async fn browser_session(
    ctx: &Context,
    token: String,
) -> Result<Option<BrowserSession>, UseCaseError> {
    let now = ctx.now();
    ctx.blocking(move |conn| Ok(browser_sessions::find(conn, &token, now)?))
        .await
}

/// Ends the browser session a cookie's token names, and its family; what ended, if anything.
pub async fn sign_out_browser(
    ctx: &Context,
    token: String,
) -> Result<Option<EndedSession>, UseCaseError> {
    let now = ctx.now();
    ctx.write(move |tx| browser_sessions::end(tx, &token, now))
        .await
}

/// A browser session in an existing family (after a password change started a new one for
/// the caller); the token for the cookie.
pub async fn continue_in_browser(
    ctx: &Context,
    user: UserId,
    family_id: String,
) -> Result<String, UseCaseError> {
    let now = ctx.now();
    ctx.write(move |tx| browser_sessions::open(tx, user, &family_id, now))
        .await
}
