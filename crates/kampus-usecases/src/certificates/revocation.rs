//! An admin revokes a certificate, or replaces it by a new one (a corrected name, say), with
//! a reason recorded in the certificate's trail and in the audit log (`certificate.revoke`,
//! `certificate.reissue`) in the transaction of the change.
//!
//! The certificate is named by its id or by its serial (`KMP-2026-000123`), the number
//! people quote; the two cannot be confused (an id is a UUID).

use std::sync::Arc;

use kampus_content::LoadedCourse;
use kampus_store::certificates::{self, Certificate, Reissued, Revoked};
use kampus_store::{CertificateId, DbConnection, StoreError, UserId, audit, enrollments};
use serde_json::json;

use super::facts::{CertificateFacts, gather_again};
use crate::context::Context;
use crate::error::UseCaseError;
use crate::retry;

/// Revokes the certificate named `certificate` (id or serial) with `reason`. Revoking twice
/// changes nothing: the first reason stands ([`Revoked::Already`]).
pub async fn revoke(
    ctx: &Context,
    actor: UserId,
    certificate: String,
    reason: String,
) -> Result<Revoked, UseCaseError> {
    let now = ctx.now();
    ctx.blocking(move |conn| {
        retry::write(conn, |tx| {
            let serial = serial_of(tx, &certificate)?;
            let outcome = certificates::revoke(tx, &serial, actor, &reason, now)?;
            if let Revoked::Now(certificate) = &outcome {
                let entry = audit::Entry {
                    actor_id: Some(&actor.to_string()),
                    action: "certificate.revoke",
                    subject: &certificate.serial,
                    details: json!({ "reason": reason }),
                };
                audit::record(tx, &entry, now)?;
            }
            Ok::<_, StoreError>(outcome)
        })
        .map_err(UseCaseError::from)
    })
    .await
}

/// Replaces the certificate named `certificate` by a new one: new serial and verification
/// code, the holder's name and institution and the course texts as they are now (`published`
/// finds the course by id, if it is still published), the completion date as it was. The old
/// one is revoked with `reason` and points at its replacement, whose email is queued.
pub async fn reissue(
    ctx: &Context,
    actor: UserId,
    certificate: String,
    reason: String,
    published: impl Fn(&str) -> Option<Arc<LoadedCourse>> + Send + 'static,
) -> Result<Reissued, UseCaseError> {
    let job_ctx = ctx.clone();
    ctx.blocking(move |conn| {
        let now = job_ctx.now();
        retry::write(conn, |tx| {
            let serial = serial_of(tx, &certificate)?;
            let old = certificates::find_by_serial(tx, &serial)?.ok_or(StoreError::NotFound)?;
            let enrollment = enrollments::find_by_id(tx, &old.enrollment_id)?;
            let course = published(&old.course_id);
            let facts = gather_again(
                tx,
                course.as_deref(),
                &enrollment,
                &CertificateFacts::of(&old)?,
                &job_ctx.issuer.name,
            )?;
            let outcome =
                certificates::reissue(tx, &serial, actor, &reason, &facts.to_json()?, now)?;
            if let Reissued::Now { old, new } = &outcome {
                super::mail::queue(tx, &job_ctx, new, now)?;
                let entry = audit::Entry {
                    actor_id: Some(&actor.to_string()),
                    action: "certificate.reissue",
                    subject: &old.serial,
                    details: json!({ "reason": reason, "replaced_by": new.serial }),
                };
                audit::record(tx, &entry, now)?;
            }
            Ok::<_, StoreError>(outcome)
        })
        .map_err(UseCaseError::from)
    })
    .await
}

/// The serial of the certificate with this id or serial.
fn serial_of(conn: &mut DbConnection, certificate: &str) -> Result<String, StoreError> {
    let by_id = match CertificateId::parse_exact(certificate) {
        Some(id) => match certificates::find(conn, id) {
            Ok(found) => Some(found),
            Err(StoreError::NotFound) => None,
            Err(other) => return Err(other),
        },
        None => None,
    };
    let found: Option<Certificate> = match by_id {
        Some(found) => Some(found),
        None => certificates::find_by_serial(conn, certificate)?,
    };
    found.map(|c| c.serial).ok_or(StoreError::NotFound)
}
