//! Single-use tokens sent by email: address verification and password reset.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::ids::UserId;
use crate::schema::user_tokens;
use crate::secrets;

/// What a token may be used for; a token of one purpose never works for another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    VerifyEmail,
    PasswordReset,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::VerifyEmail => "verify-email",
            Purpose::PasswordReset => "password-reset",
        }
    }

    /// How long a token of this purpose is valid.
    pub fn ttl(self) -> TimeDelta {
        match self {
            Purpose::VerifyEmail => TimeDelta::hours(48),
            Purpose::PasswordReset => TimeDelta::hours(1),
        }
    }
}

/// Creates a token; returns it in clear (to put in the email) — only its hash is stored.
pub fn create(
    conn: &mut DbConnection,
    user_id: UserId,
    purpose: Purpose,
    now: NaiveDateTime,
) -> Result<String, StoreError> {
    let token = secrets::new_stored_token()?;
    diesel::insert_into(user_tokens::table)
        .values((
            user_tokens::token_hash.eq(secrets::hash(&token)),
            user_tokens::user_id.eq(user_id.to_string()),
            user_tokens::purpose.eq(purpose.as_str()),
            user_tokens::expires_at.eq(now + purpose.ttl()),
            user_tokens::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(token)
}

/// Uses a token: returns its user if it exists, has this purpose, is unexpired and unused,
/// and marks it used. A conditional update, so a token works once even under concurrency.
pub fn consume(
    conn: &mut DbConnection,
    token: &str,
    purpose: Purpose,
    now: NaiveDateTime,
) -> Result<Option<UserId>, StoreError> {
    let hash = secrets::hash(token);
    let used = diesel::update(
        user_tokens::table
            .find(&hash)
            .filter(user_tokens::purpose.eq(purpose.as_str()))
            .filter(user_tokens::used_at.is_null())
            .filter(user_tokens::expires_at.gt(now)),
    )
    .set(user_tokens::used_at.eq(now))
    .execute(conn)?;
    if used == 0 {
        return Ok(None);
    }
    let owner: String = user_tokens::table
        .find(&hash)
        .select(user_tokens::user_id)
        .first(conn)?;
    Ok(Some(UserId::from_db(&owner)?))
}

/// Invalidates a user's unused tokens of one purpose (a newer one was sent, or it was used).
pub fn invalidate(
    conn: &mut DbConnection,
    user_id: UserId,
    purpose: Purpose,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    diesel::update(
        user_tokens::table
            .filter(user_tokens::user_id.eq(user_id.to_string()))
            .filter(user_tokens::purpose.eq(purpose.as_str()))
            .filter(user_tokens::used_at.is_null()),
    )
    .set(user_tokens::used_at.eq(now))
    .execute(conn)?;
    Ok(())
}
