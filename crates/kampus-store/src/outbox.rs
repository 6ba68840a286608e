//! The mail outbox: emails queued in the same transaction as the change that causes them,
//! then claimed, sent and settled by a worker.
//!
//! Delivery is at least once. A worker claims a message by moving it to `sending` with a
//! lease (its `next_attempt_at`); a worker that dies mid-send leaves the lease to expire and
//! the message is claimed again. Several nodes can run workers: a claim is a conditional
//! update that only one of them wins. A message that was handed to the SMTP server just
//! before a crash can therefore be sent twice; it keeps the same `Message-ID` (derived from
//! the outbox id), which lets mail systems recognize the duplicate.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use kampus_content::Locale;
use serde::Serialize;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::outbox;

/// How long a claimed message is reserved for the worker that claimed it.
pub const CLAIM_LEASE: TimeDelta = TimeDelta::minutes(5);

/// A message to queue.
#[derive(Debug, Clone)]
pub struct NewMail {
    pub recipient: String,
    pub locale: Locale,
    /// Which template produced it (`verify-email`, `password-reset`, …), for admins.
    pub template: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
}

/// A queued message as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct Mail {
    pub id: String,
    pub recipient: String,
    pub locale: String,
    pub template: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
}

/// Queues a message. Call it inside the transaction of the change that causes the mail.
pub fn enqueue(
    conn: &mut DbConnection,
    mail: &NewMail,
    now: NaiveDateTime,
) -> Result<String, StoreError> {
    let id = Uuid::now_v7().to_string();
    diesel::insert_into(outbox::table)
        .values((
            outbox::id.eq(&id),
            outbox::recipient.eq(&mail.recipient),
            outbox::locale.eq(mail.locale.tag()),
            outbox::template.eq(&mail.template),
            outbox::subject.eq(&mail.subject),
            outbox::body_text.eq(&mail.body_text),
            outbox::body_html.eq(&mail.body_html),
            outbox::status.eq("pending"),
            outbox::attempts.eq(0),
            outbox::next_attempt_at.eq(now),
            outbox::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Claims up to `limit` due messages for this worker (pending ones whose time has come, and
/// `sending` ones whose lease expired) and returns them.
pub fn claim_due(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    limit: i64,
) -> Result<Vec<Mail>, StoreError> {
    let due: Vec<String> = outbox::table
        .filter(outbox::status.eq_any(["pending", "sending"]))
        .filter(outbox::next_attempt_at.le(now))
        .order(outbox::next_attempt_at)
        .limit(limit)
        .select(outbox::id)
        .load(conn)?;
    let mut claimed = Vec::with_capacity(due.len());
    for id in due {
        // Only one worker's update matches: the others see the new lease and skip it.
        let won = diesel::update(
            outbox::table
                .filter(outbox::id.eq(&id))
                .filter(outbox::status.eq_any(["pending", "sending"]))
                .filter(outbox::next_attempt_at.le(now)),
        )
        .set((
            outbox::status.eq("sending"),
            outbox::next_attempt_at.eq(now + CLAIM_LEASE),
            outbox::attempts.eq(outbox::attempts + 1),
        ))
        .execute(conn)?;
        if won == 1 {
            claimed.push(find(conn, &id)?);
        }
    }
    Ok(claimed)
}

/// Records a successful send.
pub fn mark_sent(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> Result<(), StoreError> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::status.eq("sent"),
            outbox::sent_at.eq(now),
            outbox::last_error.eq(None::<String>),
        ))
        .execute(conn)?;
    Ok(())
}

/// Records a failed attempt: retried after an exponential back-off, or given up (`failed`)
/// once `max_attempts` have been made.
pub fn mark_attempt_failed(
    conn: &mut DbConnection,
    id: &str,
    error: &str,
    now: NaiveDateTime,
    max_attempts: i32,
) -> Result<(), StoreError> {
    let mail = find(conn, id)?;
    let (status, next) = if mail.attempts >= max_attempts {
        ("failed", now)
    } else {
        ("pending", now + backoff(mail.attempts))
    };
    diesel::update(outbox::table.find(id))
        .set((
            outbox::status.eq(status),
            outbox::next_attempt_at.eq(next),
            outbox::last_error.eq(error),
        ))
        .execute(conn)?;
    Ok(())
}

/// Waiting time after the `attempts`-th failure: 30 s, 1 min, 2 min, … capped at 1 hour.
pub fn backoff(attempts: i32) -> TimeDelta {
    let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 10)).unwrap_or(0);
    let seconds = 30_i64.saturating_mul(1_i64 << exponent);
    TimeDelta::seconds(seconds.min(3_600))
}

/// Puts a failed message back in the queue, due now, with a fresh attempt count.
pub fn retry(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> Result<(), StoreError> {
    let updated = diesel::update(outbox::table.find(id).filter(outbox::status.eq("failed")))
        .set((
            outbox::status.eq("pending"),
            outbox::attempts.eq(0),
            outbox::next_attempt_at.eq(now),
        ))
        .execute(conn)?;
    if updated == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

pub fn find(conn: &mut DbConnection, id: &str) -> Result<Mail, StoreError> {
    Ok(outbox::table
        .find(id)
        .select(Mail::as_select())
        .first(conn)?)
}

/// Messages in a status, oldest first.
pub fn list_by_status(
    conn: &mut DbConnection,
    status: &str,
    limit: i64,
) -> Result<Vec<Mail>, StoreError> {
    Ok(outbox::table
        .filter(outbox::status.eq(status))
        .order(outbox::created_at)
        .limit(limit)
        .select(Mail::as_select())
        .load(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(1), TimeDelta::seconds(30));
        assert_eq!(backoff(2), TimeDelta::seconds(60));
        assert_eq!(backoff(4), TimeDelta::seconds(240));
        assert_eq!(backoff(20), TimeDelta::hours(1));
        assert_eq!(backoff(0), TimeDelta::seconds(30));
    }
}
