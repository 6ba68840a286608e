//! Sessions of the web pages: a random token in a cookie, stored only as its hash.
//!
//! A browser session belongs to a sign-in's family of refresh tokens ([`crate::sessions`]),
//! so whatever ends that family — signing out, a reused refresh token, a password or role
//! change, deactivation — ends the browser session too, on the next request, on every node.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::ids::UserId;
use crate::schema::browser_sessions;
use crate::secrets;
use crate::sessions::EndedSession;
use crate::users::{self, SessionEnded, User};

/// How long a browser session lasts at most, used or not (a shared computer in an office).
pub const BROWSER_SESSION_TTL: TimeDelta = TimeDelta::hours(12);

/// A browser session found by its token.
#[derive(Debug, Clone)]
pub struct BrowserSession {
    pub user: User,
    /// The family of refresh tokens this session belongs to.
    pub family_id: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

/// Opens a browser session for a sign-in's family; returns the token for the cookie (the
/// only time it exists in clear).
pub fn open(
    conn: &mut DbConnection,
    user_id: UserId,
    family_id: &str,
    now: NaiveDateTime,
) -> Result<String, StoreError> {
    let token = secrets::new_stored_token()?;
    diesel::insert_into(browser_sessions::table)
        .values((
            browser_sessions::token_hash.eq(secrets::hash(&token)),
            browser_sessions::family_id.eq(family_id),
            browser_sessions::user_id.eq(user_id.to_string()),
            browser_sessions::created_at.eq(now),
            browser_sessions::expires_at.eq(now + BROWSER_SESSION_TTL),
        ))
        .execute(conn)?;
    Ok(token)
}

/// The live session a cookie's token names: not expired, its family not revoked, its account
/// active and not signed out everywhere since it began. `None` otherwise.
pub fn find(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> Result<Option<BrowserSession>, StoreError> {
    let Some((family_id, user_id, created_at, expires_at)) = browser_sessions::table
        .find(secrets::hash(token))
        .select((
            browser_sessions::family_id,
            browser_sessions::user_id,
            browser_sessions::created_at,
            browser_sessions::expires_at,
        ))
        .first::<(String, String, NaiveDateTime, NaiveDateTime)>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    if expires_at <= now {
        return Ok(None);
    }
    let user_id = UserId::from_db(&user_id)?;
    match users::find_in_session(conn, user_id, &family_id) {
        Ok((user, SessionEnded(false)))
            if user.accepts_token_issued_at(created_at.and_utc().timestamp_millis()) =>
        {
            Ok(Some(BrowserSession {
                user,
                family_id,
                created_at,
                expires_at,
            }))
        }
        Ok(_) | Err(StoreError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Ends the session a cookie's token names (and its family of refresh tokens); what ended, if
/// the token was known. Ending an unknown or ended session is fine.
pub fn end(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> Result<Option<EndedSession>, StoreError> {
    let hash = secrets::hash(token);
    let Some((family_id, user_id)) = browser_sessions::table
        .find(&hash)
        .select((browser_sessions::family_id, browser_sessions::user_id))
        .first::<(String, String)>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    diesel::delete(browser_sessions::table.find(&hash)).execute(conn)?;
    crate::sessions::revoke_family(conn, &family_id, now)?;
    Ok(Some(EndedSession {
        user_id: UserId::from_db(&user_id)?,
        session_id: family_id,
    }))
}

/// Forgets sessions that expired before `now` (housekeeping; an expired one is refused anyway).
pub fn purge_expired(conn: &mut DbConnection, now: NaiveDateTime) -> Result<usize, StoreError> {
    Ok(
        diesel::delete(browser_sessions::table.filter(browser_sessions::expires_at.le(now)))
            .execute(conn)?,
    )
}
