//! The statement itself, its verb and its object (2.0.0 §4.2.1 and §4.2.2.2–3, 1.0.3 Data §2.4).
//!
//! A statement has `actor`, `verb` and `object` (required), `id` (a UUID), `result`,
//! `context`, `timestamp`, `stored` (timestamps), `authority`, `version` and `attachments`.
//! The object is told apart by `objectType` (case-sensitive; absent means Activity): Activity,
//! Agent, Group, StatementRef or SubStatement. A SubStatement is a statement without `id`,
//! `stored`, `version` and `authority` that cannot itself contain a SubStatement (§4.2.2.3
//! "When the Object is a Statement"). A voiding statement (verb
//! `http://adlnet.gov/expapi/verbs/voided`) must have a StatementRef as object (§4.2.5).

use serde_json::{Map, Value};

use super::activity::activity;
use super::agent::{actor, authority};
use super::attachment::attachments;
use super::context::context;
use super::language::language_map;
use super::path::Path;
use super::result::result;
use super::scalar::is_statement_version;
use super::time::parse_timestamp;
use super::{Check, as_object, invalid, known_keys, opt_str, opt_with, req_iri, uuid_value};
use crate::version::XapiVersion;

/// The verb that voids the statement its object references.
const VOIDED: &str = "http://adlnet.gov/expapi/verbs/voided";

const STATEMENT_KEYS: [&str; 11] = [
    "id",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "stored",
    "authority",
    "version",
    "attachments",
];
const SUBSTATEMENT_KEYS: [&str; 8] = [
    "objectType",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "attachments",
];

/// A whole statement.
pub(super) fn statement(value: &Value, path: &Path<'_>, version: XapiVersion) -> Check {
    let map = as_object(value, path)?;
    known_keys(map, &STATEMENT_KEYS, path)?;
    opt_with(map, "id", path, uuid_value)?;
    body(map, path, version, false)?;
    opt_with(map, "stored", path, timestamp)?;
    opt_with(map, "authority", path, authority)?;
    if let Some(declared) = opt_str(map, "version", path)?
        && !is_statement_version(declared, version)
    {
        let allowed = match version {
            XapiVersion::V1_0_3 => "must be \"1.0\" or \"1.0.x\"",
            XapiVersion::V2_0_0 => "must be \"1.0.x\" or \"2.0.x\"",
        };
        return Err(invalid(&path.key("version"), allowed));
    }
    let voiding = map
        .get("verb")
        .and_then(|verb| verb.get("id"))
        .and_then(Value::as_str)
        .is_some_and(|id| id == VOIDED);
    if voiding && object_type(map) != Some("StatementRef") {
        return Err(invalid(
            &path.key("object"),
            "a voiding statement's object must be a StatementRef",
        ));
    }
    Ok(())
}

/// A Statement Reference: `objectType` "StatementRef" and a UUID `id`.
pub(super) fn statement_ref(value: &Value, path: &Path<'_>) -> Check {
    let map = as_object(value, path)?;
    known_keys(map, &["objectType", "id"], path)?;
    if opt_str(map, "objectType", path)? != Some("StatementRef") {
        return Err(invalid(&path.key("objectType"), "must be \"StatementRef\""));
    }
    match map.get("id") {
        Some(id) => uuid_value(id, &path.key("id")),
        None => Err(invalid(&path.key("id"), "is required")),
    }
}

/// What statements and SubStatements share: actor, verb, object, result, context, timestamp,
/// attachments.
fn body(
    map: &Map<String, Value>,
    path: &Path<'_>,
    version: XapiVersion,
    in_substatement: bool,
) -> Check {
    for key in ["actor", "verb", "object"] {
        if !map.contains_key(key) {
            return Err(invalid(&path.key(key), "is required"));
        }
    }
    opt_with(map, "actor", path, actor)?;
    opt_with(map, "verb", path, verb)?;
    opt_with(map, "object", path, |value, object_path| {
        object(value, object_path, version, in_substatement)
    })?;
    opt_with(map, "result", path, result)?;
    let object_is_activity = matches!(object_type(map), None | Some("Activity"));
    opt_with(map, "context", path, |value, context_path| {
        context(value, context_path, version, object_is_activity)
    })?;
    opt_with(map, "timestamp", path, timestamp)?;
    opt_with(map, "attachments", path, attachments)
}

/// The `objectType` of the statement's object, when it is a string.
fn object_type(map: &Map<String, Value>) -> Option<&str> {
    map.get("object")
        .and_then(|object| object.get("objectType"))
        .and_then(Value::as_str)
}

/// A Verb: an `id` IRI and an optional `display` language map.
fn verb(value: &Value, path: &Path<'_>) -> Check {
    let map = as_object(value, path)?;
    known_keys(map, &["id", "display"], path)?;
    req_iri(map, "id", path)?;
    opt_with(map, "display", path, language_map)
}

/// The object of a statement or SubStatement.
fn object(value: &Value, path: &Path<'_>, version: XapiVersion, in_substatement: bool) -> Check {
    let map = as_object(value, path)?;
    match opt_str(map, "objectType", path)? {
        None | Some("Activity") => activity(value, path),
        Some("Agent" | "Group") => actor(value, path),
        Some("StatementRef") => statement_ref(value, path),
        Some("SubStatement") if in_substatement => Err(invalid(
            &path.key("objectType"),
            "a SubStatement cannot contain a SubStatement",
        )),
        Some("SubStatement") => {
            known_keys(map, &SUBSTATEMENT_KEYS, path)?;
            body(map, path, version, true)
        }
        Some(_) => Err(invalid(
            &path.key("objectType"),
            "must be \"Activity\", \"Agent\", \"Group\", \"StatementRef\" or \"SubStatement\"",
        )),
    }
}

/// A timestamp string.
fn timestamp(value: &Value, path: &Path<'_>) -> Check {
    match value {
        Value::String(s) if parse_timestamp(s).is_some() => Ok(()),
        _ => Err(invalid(
            path,
            "must be an ISO 8601 timestamp with a valid offset",
        )),
    }
}
