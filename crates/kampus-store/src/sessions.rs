//! Refresh tokens: opaque, stored hashed, rotated on every use, with reuse detection.
//!
//! A sign-in starts a family. Each refresh marks the presented token rotated and issues the
//! next one of the family. A rotated token presented again means a copy exists somewhere
//! (stolen, or replayed): the whole family is revoked, signing out both holders (RFC 9700
//! §4.14.2). The rotation is a conditional update, so two concurrent refreshes with the same
//! token cannot both win: the loser is treated as reuse.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::ids::UserId;
use crate::schema::refresh_tokens;
use crate::secrets;

/// How long a refresh token stays valid if unused.
pub const REFRESH_TOKEN_TTL: TimeDelta = TimeDelta::days(30);

/// A refresh token to hand to the client (the only time it exists in clear).
#[derive(Debug, Clone)]
pub struct IssuedRefreshToken {
    pub token: String,
    pub family_id: String,
    pub expires_at: NaiveDateTime,
}

/// What presenting a refresh token led to.
#[derive(Debug)]
pub enum Rotation {
    /// Valid: here is its successor.
    Rotated {
        user_id: UserId,
        next: IssuedRefreshToken,
    },
    /// Already used: the family is now revoked.
    Reused { user_id: UserId },
    /// Unknown, expired or revoked.
    Invalid,
}

fn insert(
    conn: &mut DbConnection,
    user_id: UserId,
    family_id: &str,
    now: NaiveDateTime,
) -> Result<IssuedRefreshToken, StoreError> {
    let token = secrets::new_stored_token()?;
    let expires_at = now + REFRESH_TOKEN_TTL;
    diesel::insert_into(refresh_tokens::table)
        .values((
            refresh_tokens::token_hash.eq(secrets::hash(&token)),
            refresh_tokens::family_id.eq(family_id),
            refresh_tokens::user_id.eq(user_id.to_string()),
            refresh_tokens::expires_at.eq(expires_at),
            refresh_tokens::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(IssuedRefreshToken {
        token,
        family_id: family_id.to_owned(),
        expires_at,
    })
}

/// Starts a new family at sign-in.
pub fn start(
    conn: &mut DbConnection,
    user_id: UserId,
    now: NaiveDateTime,
) -> Result<IssuedRefreshToken, StoreError> {
    insert(conn, user_id, &uuid::Uuid::now_v7().to_string(), now)
}

/// Exchanges a presented token for its successor. Run it in a write transaction.
pub fn rotate(
    conn: &mut DbConnection,
    presented: &str,
    now: NaiveDateTime,
) -> Result<Rotation, StoreError> {
    let hash = secrets::hash(presented);
    let Some((family_id, user_id, expires_at, revoked_at)) = refresh_tokens::table
        .find(&hash)
        .select((
            refresh_tokens::family_id,
            refresh_tokens::user_id,
            refresh_tokens::expires_at,
            refresh_tokens::revoked_at,
        ))
        .first::<(String, String, NaiveDateTime, Option<NaiveDateTime>)>(conn)
        .optional()?
    else {
        return Ok(Rotation::Invalid);
    };
    if revoked_at.is_some() || expires_at <= now {
        return Ok(Rotation::Invalid);
    }
    let user_id = UserId::from_db(&user_id)?;
    let won = diesel::update(
        refresh_tokens::table
            .find(&hash)
            .filter(refresh_tokens::rotated_at.is_null())
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::rotated_at.eq(now))
    .execute(conn)?;
    if won == 0 {
        revoke_family(conn, &family_id, now)?;
        return Ok(Rotation::Reused { user_id });
    }
    let next = insert(conn, user_id, &family_id, now)?;
    Ok(Rotation::Rotated { user_id, next })
}

/// Ends one session (a family of refresh tokens) by its id.
pub fn revoke_family(
    conn: &mut DbConnection,
    family_id: &str,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::family_id.eq(family_id))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(now))
    .execute(conn)?;
    Ok(())
}

/// A session that was ended: its user, and its id (the family of its refresh tokens, which
/// its access tokens carry as `sid`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndedSession {
    pub user_id: UserId,
    pub session_id: String,
}

/// Signs out the session a token belongs to. Returns it if the token was known.
pub fn revoke_family_of(
    conn: &mut DbConnection,
    presented: &str,
    now: NaiveDateTime,
) -> Result<Option<EndedSession>, StoreError> {
    let found = refresh_tokens::table
        .find(secrets::hash(presented))
        .select((refresh_tokens::family_id, refresh_tokens::user_id))
        .first::<(String, String)>(conn)
        .optional()?;
    let Some((family_id, user_id)) = found else {
        return Ok(None);
    };
    revoke_family(conn, &family_id, now)?;
    Ok(Some(EndedSession {
        user_id: UserId::from_db(&user_id)?,
        session_id: family_id,
    }))
}

/// Signs the user out everywhere (password change, role change, deactivation).
pub fn revoke_all_for_user(
    conn: &mut DbConnection,
    user_id: UserId,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::user_id.eq(user_id.to_string()))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(now))
    .execute(conn)?;
    Ok(())
}
