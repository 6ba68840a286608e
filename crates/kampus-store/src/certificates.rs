//! Certificates: issued once per enrollment, in the transaction that records its completion,
//! with a serial number for people to quote and a verification code for anyone to check.

use chrono::{Datelike, NaiveDateTime};
use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::ids::{CertificateId, UserId};
use crate::schema::{certificate_events, certificates};

/// An issued certificate as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = certificates)]
pub struct Certificate {
    #[diesel(deserialize_as = String)]
    pub id: CertificateId,
    pub enrollment_id: String,
    /// Its holder.
    #[diesel(deserialize_as = String)]
    pub user_id: UserId,
    pub course_id: String,
    /// `KMP-2026-000123`.
    pub serial: String,
    pub year: i32,
    pub sequence: i32,
    /// `7K3M-Q9XD-T2WA-B4RN`: 80 random bits.
    pub verification_code: String,
    /// JSON of the facts printed on it, as they were at issuance.
    pub snapshot: String,
    pub issued_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
    pub revocation_reason: Option<String>,
    /// The certificate that replaced this one (re-issue); a replaced certificate is revoked.
    pub replaced_by: Option<String>,
    /// Its bit in the revocation status list (see [`revoked_status_indices`]).
    pub status_index: i32,
    /// The signed Open Badges credential (JSON), kept from its first download.
    pub credential: Option<String>,
}

/// What [`issue`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issuance {
    /// Issued now, by this transaction.
    New(Certificate),
    /// The enrollment had its certificate already.
    Existing(Certificate),
}

impl Issuance {
    pub fn certificate(&self) -> &Certificate {
        match self {
            Issuance::New(c) | Issuance::Existing(c) => c,
        }
    }

    pub fn into_certificate(self) -> Certificate {
        match self {
            Issuance::New(c) | Issuance::Existing(c) => c,
        }
    }
}

/// What issuing needs to know.
#[derive(Debug, Clone, Copy)]
pub struct NewCertificate<'a> {
    pub enrollment_id: &'a str,
    pub user_id: UserId,
    pub course_id: &'a str,
    pub snapshot: &'a str,
    pub issued_at: NaiveDateTime,
}

/// Crockford's base32 alphabet: no I, L, O, U, so a code read aloud or typed is not misread.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A new verification code: 80 bits from the operating system's CSPRNG, as 16 Crockford base32
/// characters in four groups of four.
pub fn new_verification_code() -> Result<String, StoreError> {
    let mut bytes = [0u8; 10];
    getrandom::getrandom(&mut bytes)
        .map_err(|e| StoreError::Corrupt(format!("no randomness for a verification code: {e}")))?;
    let bits = bytes
        .iter()
        .fold(0u128, |acc, b| (acc << 8) | u128::from(*b));
    let chars: Vec<u8> = (0..16)
        .rev()
        .map(|i| CROCKFORD[usize::try_from((bits >> (i * 5)) & 0x1f).unwrap_or(0)])
        .collect();
    Ok(chars
        .chunks(4)
        .map(|group| String::from_utf8_lossy(group).into_owned())
        .collect::<Vec<_>>()
        .join("-"))
}

/// Serials tried before giving up when other transactions keep taking the next one.
const SERIAL_TRIES: usize = 8;

/// Issues the certificate of an enrollment, or returns the one it already has: every caller
/// gets the same certificate. Run it in the transaction that records the completion.
pub fn issue(conn: &mut DbConnection, new: &NewCertificate<'_>) -> Result<Issuance, StoreError> {
    if let Some(existing) = find_by_enrollment(conn, new.enrollment_id)? {
        return Ok(Issuance::Existing(existing));
    }
    let id = CertificateId::new();
    insert_with_next_numbers(conn, new, id)?;
    crate::reports::aggregates::refresh_enrollment(conn, new.enrollment_id)?;
    Ok(Issuance::New(find(conn, id)?))
}

/// Inserts a certificate with the year's next serial and the next status-list bit.
///
/// Two transactions taking the same numbers meet on a unique constraint (on PostgreSQL the
/// second waits for the first to commit): the loser reads the last numbers again and takes
/// the ones after, in a savepoint. A conflict on the enrollment is not retried: that
/// enrollment has its certificate.
fn insert_with_next_numbers(
    conn: &mut DbConnection,
    new: &NewCertificate<'_>,
    id: CertificateId,
) -> Result<(), StoreError> {
    let mut tries = 0;
    loop {
        tries += 1;
        match conn.savepoint(|tx| insert_next(tx, new, id)) {
            Ok(()) => return Ok(()),
            Err(StoreError::Conflict(constraint))
                if tries < SERIAL_TRIES && !constraint.contains("enrollment") =>
            {
                tracing::debug!(%constraint, "serial taken meanwhile; taking the next");
            }
            Err(e) => return Err(e),
        }
    }
}

fn insert_next(
    conn: &mut DbConnection,
    new: &NewCertificate<'_>,
    id: CertificateId,
) -> Result<(), StoreError> {
    let year = new.issued_at.year();
    let last: Option<i32> = certificates::table
        .filter(certificates::year.eq(year))
        .select(diesel::dsl::max(certificates::sequence))
        .first(conn)?;
    let sequence = last.unwrap_or(0) + 1;
    let last_index: Option<i32> = certificates::table
        .select(diesel::dsl::max(certificates::status_index))
        .first(conn)?;
    diesel::insert_into(certificates::table)
        .values((
            certificates::id.eq(id.to_string()),
            certificates::status_index.eq(last_index.unwrap_or(0) + 1),
            certificates::enrollment_id.eq(new.enrollment_id),
            certificates::user_id.eq(new.user_id.to_string()),
            certificates::course_id.eq(new.course_id),
            certificates::serial.eq(format!("KMP-{year}-{sequence:06}")),
            certificates::year.eq(year),
            certificates::sequence.eq(sequence),
            certificates::verification_code.eq(new_verification_code()?),
            certificates::snapshot.eq(new.snapshot),
            certificates::issued_at.eq(new.issued_at),
        ))
        .execute(conn)?;
    Ok(())
}

/// The current certificate of an enrollment (not one it replaced), if issued.
pub fn find_by_enrollment(
    conn: &mut DbConnection,
    enrollment_id: &str,
) -> Result<Option<Certificate>, StoreError> {
    Ok(certificates::table
        .filter(certificates::enrollment_id.eq(enrollment_id))
        .filter(certificates::replaced_by.is_null())
        .select(Certificate::as_select())
        .first(conn)
        .optional()?)
}

/// A verification code as people type it, in the stored form (`XXXX-XXXX-XXXX-XXXX`):
/// case, dashes and spaces do not matter, and O reads as 0, I and L as 1 (Crockford). `None`
/// when it cannot be a code.
pub fn normalize_code(raw: &str) -> Option<String> {
    let chars: Vec<u8> = raw
        .bytes()
        .filter(|b| !matches!(b, b'-' | b' '))
        .map(|b| match b.to_ascii_uppercase() {
            b'O' => b'0',
            b'I' | b'L' => b'1',
            other => other,
        })
        .collect();
    (chars.len() == 16 && chars.iter().all(|c| CROCKFORD.contains(c))).then(|| {
        chars
            .chunks(4)
            .map(|group| String::from_utf8_lossy(group).into_owned())
            .collect::<Vec<_>>()
            .join("-")
    })
}

/// The certificate with this (normalized) verification code.
pub fn find_by_code(
    conn: &mut DbConnection,
    code: &str,
) -> Result<Option<Certificate>, StoreError> {
    Ok(certificates::table
        .filter(certificates::verification_code.eq(code))
        .select(Certificate::as_select())
        .first(conn)
        .optional()?)
}

/// The outcome of a revocation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Revoked {
    /// Revoked now, and recorded in the audit trail.
    Now(Certificate),
    /// It was revoked before: nothing changed (the first reason stands).
    Already(Certificate),
}

/// Revokes the certificate with this serial, recording who did it and why in the audit trail.
/// `NotFound` when no certificate has the serial. Run it in a write transaction.
pub fn revoke(
    conn: &mut DbConnection,
    serial: &str,
    actor: UserId,
    reason: &str,
    now: NaiveDateTime,
) -> Result<Revoked, StoreError> {
    let certificate = find_by_serial(conn, serial)?.ok_or(StoreError::NotFound)?;
    if certificate.revoked_at.is_some() {
        return Ok(Revoked::Already(certificate));
    }
    Ok(Revoked::Now(mark_revoked(
        conn,
        certificate,
        actor,
        reason,
        now,
    )?))
}

fn mark_revoked(
    conn: &mut DbConnection,
    certificate: Certificate,
    actor: UserId,
    reason: &str,
    now: NaiveDateTime,
) -> Result<Certificate, StoreError> {
    diesel::update(certificates::table.find(certificate.id.to_string()))
        .set((
            certificates::revoked_at.eq(now),
            certificates::revocation_reason.eq(reason),
        ))
        .execute(conn)?;
    record_event(conn, certificate.id, "revoked", actor, reason, now)?;
    crate::reports::aggregates::refresh_enrollment(conn, &certificate.enrollment_id)?;
    Ok(Certificate {
        revoked_at: Some(now),
        revocation_reason: Some(reason.to_owned()),
        ..certificate
    })
}

fn record_event(
    conn: &mut DbConnection,
    certificate_id: CertificateId,
    action: &str,
    actor: UserId,
    reason: &str,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    diesel::insert_into(certificate_events::table)
        .values((
            certificate_events::id.eq(uuid::Uuid::now_v7().to_string()),
            certificate_events::certificate_id.eq(certificate_id.to_string()),
            certificate_events::action.eq(action),
            certificate_events::actor_id.eq(actor.to_string()),
            certificate_events::reason.eq(reason),
            certificate_events::at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// The outcome of a re-issue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reissued {
    /// `old` (now revoked and replaced) and the `new` certificate that replaces it.
    Now {
        old: Box<Certificate>,
        new: Box<Certificate>,
    },
    /// It was replaced before, by the certificate with this serial: re-issue that one instead.
    AlreadyReplaced { by_serial: String },
}

/// Replaces the certificate with this serial by a new one (new serial, new verification code,
/// the `snapshot` given) for the same enrollment, for a reason recorded in both audit trails.
/// The old certificate is revoked, if it was not already, and points at its replacement.
/// `NotFound` when no certificate has the serial. Run it in a write transaction.
pub fn reissue(
    conn: &mut DbConnection,
    serial: &str,
    actor: UserId,
    reason: &str,
    snapshot: &str,
    now: NaiveDateTime,
) -> Result<Reissued, StoreError> {
    let old = find_by_serial(conn, serial)?.ok_or(StoreError::NotFound)?;
    if let Some(replacement) = &old.replaced_by {
        return Ok(Reissued::AlreadyReplaced {
            by_serial: find(conn, CertificateId::from_db(replacement)?)?.serial,
        });
    }
    let old = if old.revoked_at.is_some() {
        old
    } else {
        mark_revoked(conn, old, actor, reason, now)?
    };
    let new_id = CertificateId::new();
    // The old row leaves the enrollment's "current" slot first (the link is checked at commit).
    diesel::update(certificates::table.find(old.id.to_string()))
        .set(certificates::replaced_by.eq(new_id.to_string()))
        .execute(conn)?;
    let new = NewCertificate {
        enrollment_id: &old.enrollment_id,
        user_id: old.user_id,
        course_id: &old.course_id,
        snapshot,
        issued_at: now,
    };
    insert_with_next_numbers(conn, &new, new_id)?;
    record_event(conn, old.id, "replaced", actor, reason, now)?;
    record_event(conn, new_id, "replaces", actor, reason, now)?;
    crate::reports::aggregates::refresh_enrollment(conn, &old.enrollment_id)?;
    Ok(Reissued::Now {
        old: Box::new(find(conn, old.id)?),
        new: Box::new(find(conn, new_id)?),
    })
}

/// The certificate with this id.
pub fn find(conn: &mut DbConnection, id: CertificateId) -> Result<Certificate, StoreError> {
    Ok(certificates::table
        .find(id.to_string())
        .select(Certificate::as_select())
        .first(conn)?)
}

/// The certificate with this serial, if any.
pub fn find_by_serial(
    conn: &mut DbConnection,
    serial: &str,
) -> Result<Option<Certificate>, StoreError> {
    Ok(certificates::table
        .filter(certificates::serial.eq(serial))
        .select(Certificate::as_select())
        .first(conn)
        .optional()?)
}

/// Keeps the certificate's signed credential unless one was kept meanwhile (two first
/// downloads at once); returns the one kept, which every caller then serves.
pub fn keep_credential(
    conn: &mut DbConnection,
    id: CertificateId,
    credential: &str,
) -> Result<String, StoreError> {
    diesel::update(
        certificates::table
            .find(id.to_string())
            .filter(certificates::credential.is_null()),
    )
    .set(certificates::credential.eq(credential))
    .execute(conn)?;
    find(conn, id)?
        .credential
        .ok_or_else(|| StoreError::Corrupt(format!("certificate {id} lost its credential")))
}

/// The status-list bits of revoked certificates, ascending.
pub fn revoked_status_indices(conn: &mut DbConnection) -> Result<Vec<i32>, StoreError> {
    Ok(certificates::table
        .filter(certificates::revoked_at.is_not_null())
        .order(certificates::status_index)
        .select(certificates::status_index)
        .load(conn)?)
}

/// One entry of a certificate's audit trail.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = certificate_events)]
pub struct CertificateEvent {
    /// `revoked`; `replaced` (on the old certificate) and `replaces` (on the new) for a re-issue.
    pub action: String,
    /// The admin who did it (none once that account is deleted).
    pub actor_id: Option<String>,
    pub reason: String,
    pub at: NaiveDateTime,
}

/// A certificate's audit trail, oldest first.
pub fn events(
    conn: &mut DbConnection,
    certificate_id: CertificateId,
) -> Result<Vec<CertificateEvent>, StoreError> {
    Ok(certificate_events::table
        .filter(certificate_events::certificate_id.eq(certificate_id.to_string()))
        .order(certificate_events::at)
        .select(CertificateEvent::as_select())
        .load(conn)?)
}

/// The certificates of a user, newest first.
pub fn of_user(conn: &mut DbConnection, user_id: UserId) -> Result<Vec<Certificate>, StoreError> {
    Ok(certificates::table
        .filter(certificates::user_id.eq(user_id.to_string()))
        .order(certificates::issued_at.desc())
        .select(Certificate::as_select())
        .load(conn)?)
}

/// Certificates whose holder's account name or email holds `part` (letter case ignored),
/// newest first, at most `limit`; each with the holder's name and email. A blank `part`
/// finds nothing.
pub fn by_holder(
    conn: &mut DbConnection,
    part: &str,
    limit: i64,
) -> Result<Vec<(Certificate, String, String)>, StoreError> {
    use crate::schema::users;
    use crate::users::lower;
    let part = part.trim().to_lowercase().replace(['%', '_', '\\'], "");
    if part.is_empty() {
        return Ok(Vec::new());
    }
    let pattern = format!("%{part}%");
    let holders = users::table
        .filter(
            lower(users::display_name)
                .like(pattern.clone())
                .or(lower(users::email).like(pattern)),
        )
        .select(users::id);
    let found: Vec<Certificate> = certificates::table
        .filter(certificates::user_id.eq_any(holders))
        .order((certificates::issued_at.desc(), certificates::serial.desc()))
        .limit(limit)
        .select(Certificate::as_select())
        .load(conn)?;
    let ids: Vec<String> = found.iter().map(|c| c.user_id.to_string()).collect();
    let names: Vec<(String, String, String)> = users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::display_name, users::email))
        .load(conn)?;
    Ok(found
        .into_iter()
        .map(|certificate| {
            let holder = certificate.user_id.to_string();
            let (_, name, email) = names
                .iter()
                .find(|(id, _, _)| *id == holder)
                .cloned()
                .unwrap_or_default();
            (certificate, name, email)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_as_people_type_them() {
        let code = new_verification_code().expect("code");
        assert_eq!(normalize_code(&code).as_deref(), Some(code.as_str()));
        let typed = code.replace('-', " ").to_lowercase();
        assert_eq!(normalize_code(&typed).as_deref(), Some(code.as_str()));
        assert_eq!(
            normalize_code("7k3m-q9xd-t2wa-b4rO").as_deref(),
            Some("7K3M-Q9XD-T2WA-B4R0")
        );
        assert_eq!(
            normalize_code("ilIL-0000-0000-0000").as_deref(),
            Some("1111-0000-0000-0000")
        );
        assert_eq!(normalize_code("7K3M-Q9XD-T2WA"), None, "too short");
        assert_eq!(
            normalize_code("7K3M-Q9XD-T2WA-B4RU"),
            None,
            "U is not Crockford"
        );
        assert_eq!(normalize_code("7K3M/Q9XD/T2WA/B4RN"), None);
    }

    #[test]
    fn verification_codes_are_grouped_crockford_base32_and_differ() {
        let code = new_verification_code().expect("code");
        assert_eq!(code.len(), 19);
        let groups: Vec<&str> = code.split('-').collect();
        assert_eq!(groups.len(), 4);
        assert!(
            groups
                .iter()
                .all(|g| g.len() == 4 && g.bytes().all(|b| CROCKFORD.contains(&b)))
        );
        let codes: std::collections::HashSet<String> = (0..1000)
            .map(|_| new_verification_code().expect("code"))
            .collect();
        assert_eq!(codes.len(), 1000);
    }
}
