//! The "certificate issued" email: queued in the transaction that issues the certificate (and
//! again when its holder asks), in the holder's language, with the certificate's PDF attached
//! when the outbox worker sends it.

use chrono::NaiveDateTime;
use kampus_store::{DbConnection, StoreError, certificates::Certificate, outbox, users};

use super::facts::CertificateFacts;
use crate::context::Context;
use crate::mail::{MailTemplate, compose};

/// The public page that verifies a certificate: printed on it, in its QR code and in its email.
pub fn verify_url(public_url: &str, verification_code: &str) -> String {
    format!(
        "{}/verify/{verification_code}",
        public_url.trim_end_matches('/')
    )
}

/// Queues the certificate's email to its holder; returns the outbox id.
pub fn queue(
    tx: &mut DbConnection,
    ctx: &Context,
    certificate: &Certificate,
    now: NaiveDateTime,
) -> Result<String, StoreError> {
    let facts = CertificateFacts::of(certificate)?;
    let holder = users::find(tx, certificate.user_id)?;
    let template = MailTemplate::CertificateIssued {
        name: holder.display_name,
        course: facts.course_title,
        serial: certificate.serial.clone(),
        link: verify_url(&ctx.issuer.public_url, &certificate.verification_code),
    };
    let mut mail = compose(
        &ctx.strings,
        &template,
        holder.email.as_str(),
        holder.preferred_locale,
    );
    mail.certificate_id = Some(certificate.id.to_string());
    outbox::enqueue(tx, &mail, now)
}
