//! Attachments (2.0.0 §4.2.2.6 "Attachments", 1.0.3 Data §2.4.11): an array of objects with
//! `usageType` (IRI), `display` (language map), `contentType` (string), `length` (integer) and
//! `sha2` (string) required, `description` (language map) and `fileUrl` (IRL) optional.
//!
//! Whether the raw data travels in the request (a multipart part whose hash is `sha2`) is the
//! statement resource's business, not this module's.

use serde_json::Value;

use super::language::language_map;
use super::path::Path;
use super::scalar::is_hex_digits;
use super::{Check, as_object, invalid, known_keys, opt_iri, opt_with, req_iri, req_str};

const ATTACHMENT_KEYS: [&str; 7] = [
    "usageType",
    "display",
    "description",
    "contentType",
    "length",
    "sha2",
    "fileUrl",
];

/// The `attachments` array.
pub(super) fn attachments(value: &Value, path: &Path<'_>) -> Check {
    let Value::Array(items) = value else {
        return Err(invalid(path, "must be an array of attachments"));
    };
    for (i, item) in items.iter().enumerate() {
        attachment(item, &path.index(i))?;
    }
    Ok(())
}

/// One Attachment object.
fn attachment(value: &Value, path: &Path<'_>) -> Check {
    let map = as_object(value, path)?;
    known_keys(map, &ATTACHMENT_KEYS, path)?;
    req_iri(map, "usageType", path)?;
    match map.get("display") {
        Some(display) => language_map(display, &path.key("display"))?,
        None => return Err(invalid(&path.key("display"), "is required")),
    }
    opt_with(map, "description", path, language_map)?;
    req_str(map, "contentType", path)?;
    match map.get("length") {
        Some(Value::Number(n)) if n.is_u64() => {}
        Some(_) => {
            return Err(invalid(
                &path.key("length"),
                "must be a non-negative integer",
            ));
        }
        None => return Err(invalid(&path.key("length"), "is required")),
    }
    if !is_hex_digits(req_str(map, "sha2", path)?) {
        return Err(invalid(
            &path.key("sha2"),
            "must be a SHA-2 hash in hex digits",
        ));
    }
    opt_iri(map, "fileUrl", path)
}
