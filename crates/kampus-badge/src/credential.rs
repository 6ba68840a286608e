//! Open Badges 3.0 `OpenBadgeCredential`s for Kampus certificates.
//!
//! The credential is a VC Data Model 2.0 credential with the contexts VC 2.0 and OB 3.0.3. Where
//! each certificate fact goes:
//! - course → `credentialSubject.achievement` (`Achievement`, `achievementType` "Course",
//!   name, description, `criteria.narrative` with the learning outcomes as a Markdown list);
//! - credits → `achievement.creditsAvailable` and `credentialSubject.creditsEarned`
//!   (`xsd:float`, fractions such as 12.5 allowed);
//! - hours → Open Badges 3.0 has no field for a workload, so the hours are stated in the
//!   criteria narrative for people, and as a `Result` (value "40") of a `ResultDescription`
//!   `<achievement id>#hours` with the extension result type `ext:Hours` for machines;
//! - EQF level → an `Alignment` to the European Qualifications Framework;
//! - holder → `credentialSubject.name` and an `IdentityObject` of type `name`, plus the email
//!   as a salted SHA-256 `IdentityObject` (`hashed: true`): never the clear address;
//! - issuer → a `Profile` whose `id` is the signing key's `did:key`.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::contexts::{OB_V3_CONTEXT, VC_V2_CONTEXT};
use crate::{BadgeError, IssuerKey, sign_credential};

/// The European Qualifications Framework page alignments point to.
const EQF_URL: &str = "https://europa.eu/europass/en/description-eight-eqf-levels";

/// Everything a certificate's badge states. Plain data: no database types.
#[derive(Debug, Clone, PartialEq)]
pub struct BadgeInput {
    /// The certificate's id; the credential's id is `urn:uuid:<id>`.
    pub credential_id: Uuid,
    /// The training centre's name.
    pub issuer_name: String,
    /// The training centre's web site.
    pub issuer_url: String,
    /// When the certificate was issued (`validFrom`).
    pub issued_at: DateTime<Utc>,
    /// The holder's name as printed on the certificate.
    pub holder_name: String,
    /// The holder's email; the credential carries only its salted SHA-256.
    pub holder_email: String,
    /// A URL that identifies the course, e.g. `<base>/api/v1/courses/<course-id>`.
    pub achievement_id: String,
    /// The course title.
    pub course_title: String,
    /// What the course is about.
    pub description: String,
    /// The learning outcomes, one sentence each.
    pub learning_outcomes: Vec<String>,
    /// The workload in hours.
    pub hours: f64,
    /// Credits (e.g. ECVET or ECTS points), fractions allowed.
    pub credits: Option<f64>,
    /// The level in the European Qualifications Framework, 1 to 8.
    pub eqf_level: Option<u8>,
    /// The field of study, e.g. "Welding".
    pub field_of_study: Option<String>,
    /// The course's language as a BCP 47 tag, e.g. "sr-Cyrl".
    pub language: Option<String>,
    /// Where the revocation status of this credential is published.
    pub status: Option<StatusEntry>,
}

/// A position in a Bitstring Status List credential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusEntry {
    /// The URL the status list credential is served at; it must be signed by the same key.
    pub list_url: String,
    /// This credential's bit in the list.
    pub index: u64,
}

/// Builds and signs the badge of a certificate with `key`; the proof's `created` is now.
pub fn issue_badge(input: &BadgeInput, key: &IssuerKey) -> Result<Value, BadgeError> {
    let salt = random_salt()?;
    let credential = build_credential(input, &key.did(), &salt)?;
    sign_credential(&credential, key, Utc::now())
}

/// The unsigned credential for `input`, issued by `issuer_did`, with the email hashed with
/// `salt`.
pub fn build_credential(
    input: &BadgeInput,
    issuer_did: &str,
    salt: &str,
) -> Result<Value, BadgeError> {
    check_input(input)?;
    let mut achievement = json!({
        "id": input.achievement_id,
        "type": ["Achievement"],
        "achievementType": "Course",
        "name": input.course_title,
        "description": input.description,
        "criteria": { "narrative": criteria_narrative(input) },
        "resultDescription": [{
            "id": hours_result_id(input),
            "type": ["ResultDescription"],
            "name": "Workload (hours)",
            "resultType": "ext:Hours"
        }]
    });
    let mut subject = json!({
        "type": ["AchievementSubject"],
        "name": input.holder_name,
        "identifier": [
            {
                "type": "IdentityObject",
                "identityType": "emailAddress",
                "hashed": true,
                "identityHash": email_hash(&input.holder_email, salt),
                "salt": salt
            },
            {
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": false,
                "identityHash": input.holder_name
            }
        ],
        "result": [{
            "type": ["Result"],
            "resultDescription": hours_result_id(input),
            "value": format_number(input.hours)
        }]
    });
    if let Some(credits) = input.credits {
        achievement["creditsAvailable"] = json_number(credits)?;
        subject["creditsEarned"] = json_number(credits)?;
    }
    if let Some(level) = input.eqf_level {
        achievement["alignment"] = json!([{
            "type": ["Alignment"],
            "targetName": format!("EQF level {level}"),
            "targetUrl": EQF_URL,
            "targetFramework": "European Qualifications Framework",
            "targetCode": level.to_string(),
            "targetType": "ext:EQFLevel"
        }]);
    }
    if let Some(field) = &input.field_of_study {
        achievement["fieldOfStudy"] = json!(field);
    }
    if let Some(language) = &input.language {
        achievement["inLanguage"] = json!(language);
    }
    subject["achievement"] = achievement;
    let mut credential = json!({
        "@context": [VC_V2_CONTEXT, OB_V3_CONTEXT],
        "id": format!("urn:uuid:{}", input.credential_id),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": input.course_title,
        "issuer": {
            "id": issuer_did,
            "type": ["Profile"],
            "name": input.issuer_name,
            "url": input.issuer_url
        },
        "validFrom": input.issued_at.to_rfc3339_opts(SecondsFormat::Secs, true),
        "credentialSubject": subject
    });
    if let Some(status) = &input.status {
        credential["credentialStatus"] = json!({
            "id": format!("{}#{}", status.list_url, status.index),
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": status.index.to_string(),
            "statusListCredential": status.list_url
        });
    }
    Ok(credential)
}

/// `sha256$<hex>` of the trimmed, lower-cased email followed by the salt, the Open Badges
/// `identityHash` form.
pub fn email_hash(email: &str, salt: &str) -> String {
    let normalized = email.trim().to_lowercase();
    let digest = Sha256::digest(format!("{normalized}{salt}").as_bytes());
    format!("sha256${}", lower_hex(&digest))
}

fn check_input(input: &BadgeInput) -> Result<(), BadgeError> {
    let bad = |what: &str| Err(BadgeError::InvalidInput(what.to_owned()));
    for (name, value) in [
        ("issuer_name", &input.issuer_name),
        ("holder_name", &input.holder_name),
        ("holder_email", &input.holder_email),
        ("course_title", &input.course_title),
    ] {
        if value.trim().is_empty() {
            return bad(&format!("{name} is empty"));
        }
    }
    for (name, value) in [
        ("issuer_url", &input.issuer_url),
        ("achievement_id", &input.achievement_id),
    ] {
        if url::Url::parse(value).is_err() {
            return bad(&format!("{name} is not an absolute URL: {value}"));
        }
    }
    if !(input.hours.is_finite() && input.hours >= 0.0) {
        return bad("hours must be a non-negative number");
    }
    if input
        .credits
        .is_some_and(|credits| !(credits.is_finite() && credits >= 0.0))
    {
        return bad("credits must be a non-negative number");
    }
    if input
        .eqf_level
        .is_some_and(|level| !(1..=8).contains(&level))
    {
        return bad("the EQF level must be 1 to 8");
    }
    if let Some(status) = &input.status
        && url::Url::parse(&status.list_url).is_err()
    {
        return bad("the status list URL is not an absolute URL");
    }
    Ok(())
}

fn criteria_narrative(input: &BadgeInput) -> String {
    let hours = format_number(input.hours);
    let mut narrative = format!(
        "Completed the course \u{201c}{}\u{201d} ({hours} hours).",
        input.course_title
    );
    if !input.learning_outcomes.is_empty() {
        narrative.push_str("\n\nLearning outcomes:\n");
        for outcome in &input.learning_outcomes {
            narrative.push_str("\n- ");
            narrative.push_str(outcome.trim());
        }
    }
    narrative
}

fn hours_result_id(input: &BadgeInput) -> String {
    format!("{}#hours", input.achievement_id)
}

/// A number as JSON: integral values as integers (as JavaScript writes them).
fn json_number(value: f64) -> Result<Value, BadgeError> {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        #[allow(clippy::cast_possible_truncation)] // integral and below 2^53: exact
        return Ok(json!(value as i64));
    }
    serde_json::Number::from_f64(value)
        .map(Value::Number)
        .ok_or_else(|| BadgeError::InvalidInput(format!("{value} is not a JSON number")))
}

fn format_number(value: f64) -> String {
    match json_number(value) {
        Ok(number) => number.to_string(),
        Err(_) => value.to_string(),
    }
}

fn random_salt() -> Result<String, BadgeError> {
    let mut bytes = [0_u8; 16];
    getrandom::getrandom(&mut bytes).map_err(BadgeError::Random)?;
    Ok(lower_hex(&bytes))
}

/// Bytes as lower-case hexadecimal.
pub(crate) fn lower_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut text, byte| {
            let _ = write!(text, "{byte:02x}");
            text
        })
}
