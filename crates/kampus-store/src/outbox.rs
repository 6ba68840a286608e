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
use crate::ids::CertificateId;
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
    /// The certificate whose PDF goes with the message (rendered when it is sent, from the
    /// certificate's snapshot, so the queue holds no documents).
    pub certificate_id: Option<String>,
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
    pub certificate_id: Option<String>,
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
            outbox::certificate_id.eq(&mail.certificate_id),
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

/// When to try again after a failure, and when to give up.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Attempts before a message is `failed`.
    pub max_attempts: i32,
    /// Wait after the first failure; each further failure doubles it.
    pub base: TimeDelta,
    /// Longest wait.
    pub cap: TimeDelta,
}

impl Default for RetryPolicy {
    /// 8 attempts over about an hour: 30 s, 1, 2, 4, 8, 16, 32 min.
    fn default() -> Self {
        Self {
            max_attempts: 8,
            base: TimeDelta::seconds(30),
            cap: TimeDelta::hours(1),
        }
    }
}

impl RetryPolicy {
    /// Wait after the `attempts`-th failure.
    pub fn backoff(&self, attempts: i32) -> TimeDelta {
        let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(0);
        let factor = i32::try_from(1_u32 << exponent).unwrap_or(i32::MAX);
        self.base
            .checked_mul(factor)
            .map_or(self.cap, |wait| wait.min(self.cap))
    }
}

/// Records a failed attempt: retried after an exponential back-off, or given up (`failed`)
/// once the policy's attempts are spent.
pub fn mark_attempt_failed(
    conn: &mut DbConnection,
    id: &str,
    error: &str,
    now: NaiveDateTime,
    policy: &RetryPolicy,
) -> Result<(), StoreError> {
    let mail = find(conn, id)?;
    let (status, next) = if mail.attempts >= policy.max_attempts {
        ("failed", now)
    } else {
        ("pending", now + policy.backoff(mail.attempts))
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

/// Messages that carry this certificate, oldest first.
pub fn for_certificate(
    conn: &mut DbConnection,
    certificate_id: CertificateId,
) -> Result<Vec<Mail>, StoreError> {
    Ok(outbox::table
        .filter(outbox::certificate_id.eq(certificate_id.to_string()))
        .order(outbox::created_at)
        .select(Mail::as_select())
        .load(conn)?)
}

/// Every message to one address, oldest first (tests and support).
pub fn for_recipient(conn: &mut DbConnection, recipient: &str) -> Result<Vec<Mail>, StoreError> {
    Ok(outbox::table
        .filter(outbox::recipient.eq(recipient))
        .order(outbox::created_at)
        .select(Mail::as_select())
        .load(conn)?)
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
        let policy = RetryPolicy::default();
        assert_eq!(policy.backoff(1), TimeDelta::seconds(30));
        assert_eq!(policy.backoff(2), TimeDelta::seconds(60));
        assert_eq!(policy.backoff(4), TimeDelta::seconds(240));
        assert_eq!(policy.backoff(20), TimeDelta::hours(1));
        assert_eq!(policy.backoff(0), TimeDelta::seconds(30));
        assert_eq!(policy.backoff(i32::MAX), TimeDelta::hours(1));
    }
}
