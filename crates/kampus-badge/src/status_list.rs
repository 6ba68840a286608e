//! Revocation as a W3C Bitstring Status List.
//!
//! A status list credential (`BitstringStatusListCredential`) is a signed VC whose subject holds
//! `encodedList`: the multibase base64url (no padding, prefix `u`) of the GZIP of a bitstring,
//! bit 0 being the most significant bit of the first byte. A set bit means revoked. Lists have
//! at least 131,072 bits (16 KiB), the specification's minimum for herd privacy. Each credential
//! points at its bit with a `BitstringStatusListEntry`; verifiers fetch the list from Kampus.
//!
//! Verifiers (for example @digitalbazaar/vc-bitstring-status-list) require the list's issuer to
//! be the credential's issuer, so credentials signed by an older key need a list signed by that
//! key: keep one list URL per key.

use std::io::{Read, Write};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, SecondsFormat, Utc};
use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use serde_json::{Value, json};

use crate::contexts::VC_V2_CONTEXT;
use crate::{BadgeError, IssuerKey, sign_credential, verify};

/// The smallest list, in bits (the specification's minimum).
pub const MIN_STATUS_LIST_BITS: u64 = 131_072;

/// The largest list, in bits (2 MiB): a bound on what a decoder inflates.
pub const MAX_STATUS_LIST_BITS: u64 = 16 * 1024 * 1024;

/// The signed status list credential at `list_url`, issued by `key`'s DID, with the bits of
/// `revoked_indices` set.
pub fn status_list_credential(
    list_url: &str,
    key: &IssuerKey,
    revoked_indices: &[u64],
    valid_from: DateTime<Utc>,
) -> Result<Value, BadgeError> {
    let credential = json!({
        "@context": [VC_V2_CONTEXT],
        "id": list_url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": key.did(),
        "validFrom": valid_from.to_rfc3339_opts(SecondsFormat::Secs, true),
        "credentialSubject": {
            "id": format!("{list_url}#list"),
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_status_list(revoked_indices)?
        }
    });
    sign_credential(&credential, key, Utc::now())
}

/// The `encodedList` of a list with the given bits set.
pub fn encode_status_list(set_indices: &[u64]) -> Result<String, BadgeError> {
    let highest = set_indices.iter().copied().max().unwrap_or(0);
    if highest >= MAX_STATUS_LIST_BITS {
        return Err(BadgeError::StatusList(format!(
            "index {highest} is beyond the largest list ({MAX_STATUS_LIST_BITS} bits)"
        )));
    }
    let bits = MIN_STATUS_LIST_BITS.max((highest + 1).div_ceil(8) * 8);
    let mut bytes = vec![0_u8; byte_count(bits)];
    for &index in set_indices {
        bytes[byte_count(index / 8 * 8)] |= 0x80 >> (index % 8);
    }
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder
        .write_all(&bytes)
        .map_err(|error| BadgeError::StatusList(error.to_string()))?;
    let compressed = encoder
        .finish()
        .map_err(|error| BadgeError::StatusList(error.to_string()))?;
    Ok(format!("u{}", URL_SAFE_NO_PAD.encode(compressed)))
}

/// The bitstring of an `encodedList`.
pub fn decode_status_list(encoded: &str) -> Result<Vec<u8>, BadgeError> {
    let bad = |what: &str| BadgeError::StatusList(what.to_owned());
    let compressed = encoded
        .strip_prefix('u')
        .and_then(|rest| URL_SAFE_NO_PAD.decode(rest).ok())
        .ok_or_else(|| bad("encodedList is not multibase base64url"))?;
    let limit = MAX_STATUS_LIST_BITS / 8;
    let mut bytes = Vec::new();
    GzDecoder::new(compressed.as_slice())
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| bad(&format!("encodedList is not GZIP: {error}")))?;
    if bytes.len() as u64 > limit {
        return Err(bad("the list is larger than the largest list accepted"));
    }
    Ok(bytes)
}

/// Whether bit `index` of an `encodedList` is set.
pub fn status_bit(encoded: &str, index: u64) -> Result<bool, BadgeError> {
    let bytes = decode_status_list(encoded)?;
    let byte = usize::try_from(index / 8)
        .ok()
        .and_then(|position| bytes.get(position))
        .ok_or_else(|| BadgeError::StatusList(format!("index {index} is beyond the list")))?;
    Ok(byte & (0x80 >> (index % 8)) != 0)
}

/// Whether `credential` is revoked according to `status_list`: verifies the list's signature,
/// that it is the list the credential points to, by the same issuer, and reads the bit.
/// A credential without a `credentialStatus` is never revoked.
pub fn is_revoked(credential: &Value, status_list: &Value) -> Result<bool, BadgeError> {
    let Some(status) = credential.get("credentialStatus") else {
        return Ok(false);
    };
    let bad = |what: &str| BadgeError::StatusList(what.to_owned());
    let field = |name: &str| {
        status
            .get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| bad(&format!("credentialStatus has no `{name}` string")))
    };
    if field("type")? != "BitstringStatusListEntry" || field("statusPurpose")? != "revocation" {
        return Err(bad("not a revocation BitstringStatusListEntry"));
    }
    let index: u64 = field("statusListIndex")?
        .parse()
        .map_err(|_| bad("statusListIndex is not a number"))?;
    let list = verify(status_list)?;
    if list.credential_id.as_deref() != Some(field("statusListCredential")?) {
        return Err(bad(
            "the status list is not the one the credential points to",
        ));
    }
    if crate::proof::issuer_id(credential)? != list.issuer {
        return Err(bad(
            "the status list has another issuer than the credential",
        ));
    }
    let subject = &status_list["credentialSubject"];
    if subject["type"] != "BitstringStatusList" || subject["statusPurpose"] != "revocation" {
        return Err(bad("not a revocation BitstringStatusList"));
    }
    let encoded = subject["encodedList"]
        .as_str()
        .ok_or_else(|| bad("no encodedList"))?;
    status_bit(encoded, index)
}

fn byte_count(bits: u64) -> usize {
    // Bounded by MAX_STATUS_LIST_BITS, so it fits any usize of 32 bits or more.
    usize::try_from(bits / 8).unwrap_or(usize::MAX)
}
