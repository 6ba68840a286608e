//! Admins look certificates up: by what people quote (a serial such as `KMP-2026-000123`, a
//! verification code in any of the ways people type it, or an id), or by a part of the
//! holder's name or email; and a certificate's record: its facts, its holder, its trail.

use kampus_store::certificates::{self, Certificate, CertificateEvent};
use kampus_store::{CertificateId, DbConnection, StoreError, users};

use super::facts::CertificateFacts;
use crate::context::Context;
use crate::error::UseCaseError;

/// The most certificates one search shows.
pub const MAX_FOUND: i64 = 50;

/// A certificate found, with its holder's account.
#[derive(Debug, Clone)]
pub struct Found {
    pub certificate: Certificate,
    /// The holder's account name and email (empty once the account is gone).
    pub holder_name: String,
    pub holder_email: String,
}

/// The certificates `query` names: the one with this serial, verification code or id, else
/// those whose holder's name or email holds it (letter case ignored), newest first.
pub async fn find(ctx: &Context, query: String) -> Result<Vec<Found>, UseCaseError> {
    ctx.blocking(move |conn| {
        let query = query.trim();
        if let Some(certificate) = exact(conn, query)? {
            let (holder_name, holder_email) = holder(conn, &certificate)?;
            return Ok(vec![Found {
                certificate,
                holder_name,
                holder_email,
            }]);
        }
        Ok(certificates::by_holder(conn, query, MAX_FOUND)?
            .into_iter()
            .map(|(certificate, holder_name, holder_email)| Found {
                certificate,
                holder_name,
                holder_email,
            })
            .collect())
    })
    .await
}

/// The certificate with this serial, verification code or id.
fn exact(conn: &mut DbConnection, query: &str) -> Result<Option<Certificate>, StoreError> {
    if let Some(found) = certificates::find_by_serial(conn, &query.to_uppercase())? {
        return Ok(Some(found));
    }
    if let Some(code) = certificates::normalize_code(query)
        && let Some(found) = certificates::find_by_code(conn, &code)?
    {
        return Ok(Some(found));
    }
    match CertificateId::parse_exact(query) {
        Some(id) => match certificates::find(conn, id) {
            Ok(found) => Ok(Some(found)),
            Err(StoreError::NotFound) => Ok(None),
            Err(other) => Err(other),
        },
        None => Ok(None),
    }
}

fn holder(
    conn: &mut DbConnection,
    certificate: &Certificate,
) -> Result<(String, String), StoreError> {
    match users::find(conn, certificate.user_id) {
        Ok(user) => Ok((user.display_name, user.email.to_string())),
        Err(StoreError::NotFound) => Ok((String::new(), String::new())),
        Err(other) => Err(other),
    }
}

/// A certificate as its admin page shows it.
#[derive(Debug, Clone)]
pub struct Record {
    pub found: Found,
    /// What it prints, as it was at issuance.
    pub facts: CertificateFacts,
    /// Its trail (revoked, replaced, replaces), oldest first.
    pub events: Vec<CertificateEvent>,
    /// The serial of the certificate that replaced it, if one did.
    pub replaced_by: Option<String>,
}

/// The record of the certificate with this id (`NotFound` when there is none).
pub async fn record(ctx: &Context, id: CertificateId) -> Result<Record, UseCaseError> {
    ctx.blocking(move |conn| {
        let certificate = certificates::find(conn, id)?;
        let (holder_name, holder_email) = holder(conn, &certificate)?;
        let facts = CertificateFacts::of(&certificate)?;
        let events = certificates::events(conn, id)?;
        let replaced_by = match certificate
            .replaced_by
            .as_deref()
            .and_then(CertificateId::parse_exact)
        {
            Some(new) => Some(certificates::find(conn, new)?.serial),
            None => None,
        };
        Ok::<_, UseCaseError>(Record {
            found: Found {
                certificate,
                holder_name,
                holder_email,
            },
            facts,
            events,
            replaced_by,
        })
    })
    .await
}
