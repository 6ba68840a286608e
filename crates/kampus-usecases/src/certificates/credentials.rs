//! Open Badges 3.0 credentials of certificates, and the revocation lists that go with them.
//!
//! The issuer is a `did:key` (see `crates/kampus-badge`): verifiers resolve it offline. Keys
//! live in `KAMPUS_KEYS_DIR` (`<data>/keys`), made on first start; `kampus keys rotate` adds one, which signs from
//! then on, while older credentials keep naming (and verifying with) the key that signed them.
//! A certificate's credential is signed at its first download and kept, so every later download
//! is the same document. Revocation is a Bitstring Status List per key (a verifier expects the
//! list's issuer to be the credential's): the same bits, signed by each key, at
//! `/api/v1/credentials/status/<key>`, re-signed when the set of revoked certificates changes.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::Utc;
use kampus_badge::{BadgeError, BadgeInput, IssuerKey, KeyRing, StatusEntry};
use kampus_content::{LoadedCourse, Locale};
use kampus_store::certificates::{self, Certificate};
use kampus_store::{StoreError, users};

use super::facts::CertificateFacts;
use crate::context::Context;
use crate::error::UseCaseError;
use crate::retry;

/// The signed credential of `certificate` (JSON): signed by the active key at its first
/// download and kept, so every later download is the same document. `course` is the
/// certificate's course as published now, if it is (the credential links its page); `keys`
/// sign it.
pub async fn credential_of(
    ctx: &Context,
    keys: Arc<Credentials>,
    certificate: Certificate,
    course: Option<Arc<LoadedCourse>>,
) -> Result<String, UseCaseError> {
    if let Some(kept) = certificate.credential {
        return Ok(kept);
    }
    let job_ctx = ctx.clone();
    ctx.blocking(move |conn| {
        let facts = CertificateFacts::of(&certificate)?;
        let email = users::find(conn, certificate.user_id)?.email;
        let signed = keys
            .badge(
                &job_ctx.issuer.public_url,
                &certificate,
                &facts,
                email.as_str(),
                course.as_deref(),
            )
            .map_err(|e| StoreError::Corrupt(format!("signing {}: {e}", certificate.serial)))?;
        // Two first downloads at once: the first kept wins, and both answer with it.
        Ok(retry::write(conn, |tx| {
            certificates::keep_credential(tx, certificate.id, &signed)
        })?)
    })
    .await
}

/// Per key id: the revoked bits a status list was signed for, and that list (JSON).
type SignedLists = HashMap<String, (Vec<i32>, Arc<String>)>;

/// The issuer's keys, and the status lists signed so far.
#[derive(Debug)]
pub struct Credentials {
    keys: KeyRing,
    status_lists: Mutex<SignedLists>,
}

/// Where a key's status list is served.
pub fn status_list_url(public_url: &str, key: &IssuerKey) -> String {
    format!(
        "{}/api/v1/credentials/status/{}",
        public_url.trim_end_matches('/'),
        key.public_key_multibase()
    )
}

impl Credentials {
    /// Loads the keys in `dir`, making the first one if there is none.
    pub fn load(dir: &Path) -> Result<Self, BadgeError> {
        Ok(Self {
            keys: KeyRing::load_or_create(dir)?,
            status_lists: Mutex::new(HashMap::new()),
        })
    }

    pub fn keys(&self) -> &KeyRing {
        &self.keys
    }

    /// The signed credential of `certificate` (JSON), by the active key.
    pub fn badge(
        &self,
        public_url: &str,
        certificate: &Certificate,
        facts: &CertificateFacts,
        holder_email: &str,
        course: Option<&LoadedCourse>,
    ) -> Result<String, BadgeError> {
        let key = self.keys.active();
        let credential_id = certificate.id.as_uuid();
        let summary = course
            .and_then(|c| c.text(Locale::En, "course.summary", None))
            .map(|t| format!(" {}", t.value))
            .unwrap_or_default();
        let input = BadgeInput {
            credential_id,
            issuer_name: facts.issuer.clone(),
            issuer_url: public_url.to_owned(),
            issued_at: certificate.issued_at.and_utc(),
            holder_name: facts.holder_name.clone(),
            holder_email: holder_email.to_owned(),
            achievement_id: format!(
                "{}/api/v1/courses/{}",
                public_url.trim_end_matches('/'),
                facts.course_id
            ),
            course_title: facts.course_title.clone(),
            description: format!(
                "{} ({} hours, self-paced).{summary}",
                facts.course_title_en, facts.hours
            ),
            learning_outcomes: facts.outcomes.clone(),
            hours: facts.hours,
            credits: facts.credits,
            eqf_level: facts.eqf_level,
            field_of_study: None,
            language: Some(facts.locale.clone()),
            status: Some(StatusEntry {
                list_url: status_list_url(public_url, key),
                index: u64::try_from(certificate.status_index).unwrap_or_default(),
            }),
        };
        let credential = kampus_badge::issue_badge(&input, key)?;
        serde_json::to_string(&credential).map_err(|e| BadgeError::InvalidInput(e.to_string()))
    }

    /// The status list signed by the key whose multibase public key is `key_id`, with the bits
    /// of `revoked` set; `None` for a key that is not ours.
    pub fn status_list(
        &self,
        public_url: &str,
        key_id: &str,
        revoked: Vec<i32>,
    ) -> Result<Option<Arc<String>>, BadgeError> {
        let Some(key) = self.keys.find(&format!("did:key:{key_id}")) else {
            return Ok(None);
        };
        if let Some((bits, list)) = self.lists().get(key_id)
            && *bits == revoked
        {
            return Ok(Some(Arc::clone(list)));
        }
        let indices: Vec<u64> = revoked
            .iter()
            .filter_map(|i| u64::try_from(*i).ok())
            .collect();
        let url = status_list_url(public_url, key);
        let list = kampus_badge::status_list_credential(&url, key, &indices, Utc::now())?;
        let list = Arc::new(
            serde_json::to_string(&list).map_err(|e| BadgeError::InvalidInput(e.to_string()))?,
        );
        self.lists()
            .insert(key_id.to_owned(), (revoked, Arc::clone(&list)));
        Ok(Some(list))
    }

    fn lists(&self) -> std::sync::MutexGuard<'_, SignedLists> {
        // A panic while holding the lock leaves a cache, not a broken invariant.
        self.status_lists
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
