//! The data rules a statement must follow before the LRS stores it (xAPI 2.0.0 §4.2, 1.0.3
//! Data §2 and §4).
//!
//! Validation is pure: a `serde_json::Value` as the client sent it (before the LRS adds `stored`
//! or `authority`) goes in, the first broken rule comes out as an [`Invalid`] that names where
//! (`statement.actor.mbox`) and what (`must be a "mailto:" IRI`). Every property is checked
//! against the spec's list for its object: unknown keys (properties are case-sensitive) and
//! `null` values are refused everywhere except inside extensions (2.0.0 §4.2.1 "Statement
//! Requirements", 1.0.3 Data §2.2).
//!
//! The rules live in one submodule per part of a statement; the scalar types (IRI, language tag,
//! timestamp, duration, UUID) have their own modules because query parameters and document
//! resources need them too.

mod activity;
mod agent;
mod attachment;
mod context;
mod iri;
mod language;
mod object;
mod path;
mod result;
mod scalar;
mod time;

use serde_json::{Map, Value};

use crate::version::XapiVersion;

pub use iri::is_iri;
pub use language::is_language_tag;
pub use scalar::is_uuid;
pub use time::{is_duration, parse_timestamp};

use path::Path;

/// A broken data rule: where in the statement (a JSON-path-like location) and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct Invalid {
    /// Where the rule is broken, e.g. `statement.context.contextActivities.parent[0].id`.
    pub path: String,
    /// What the rule demands, in English, e.g. `must be a "mailto:" IRI`.
    pub message: String,
}

/// The result of a check: nothing, or the first broken rule.
type Check = Result<(), Invalid>;

/// Checks one statement as a client sends it, for the version the client named.
pub fn statement(value: &Value, version: XapiVersion) -> Result<(), Invalid> {
    object::statement(value, &Path::root("statement"), version)
}

/// Checks an Agent as sent in the `agent` parameter of the State, Agent Profile and Agents
/// resources (2.0.0 §4.1.6.2, §4.1.6.3, §4.1.6.5): an Agent object with exactly one inverse
/// functional identifier; a Group is refused. The Agent rules are the same in 1.0.3 and 2.0.0;
/// the version is taken so that callers need not know it.
pub fn agent(value: &Value, _version: XapiVersion) -> Result<(), Invalid> {
    agent::agent(value, &Path::root("agent"))
}

/// Checks an Agent or identified Group as sent in the `agent` parameter of GET statements
/// (1.0.3 Communication §2.1.3, 2.0.0 §4.1.6.1: "Filter, only return Statements for which the
/// specified Agent or Group is the Actor or Object of the Statement"): an Agent, or a Group with
/// exactly one inverse functional identifier.
pub fn agent_or_identified_group(value: &Value, _version: XapiVersion) -> Result<(), Invalid> {
    agent::agent_or_identified_group(value, &Path::root("agent"))
}

/// The broken rule at `path`.
fn invalid(path: &Path<'_>, message: impl Into<String>) -> Invalid {
    Invalid {
        path: path.to_string(),
        message: message.into(),
    }
}

/// The value as a JSON object, or the rule that it must be one.
fn as_object<'v>(value: &'v Value, path: &Path<'_>) -> Result<&'v Map<String, Value>, Invalid> {
    match value {
        Value::Object(map) => Ok(map),
        Value::Null => Err(invalid(path, "must not be null")),
        _ => Err(invalid(path, "must be an object")),
    }
}

/// Refuses keys not in `allowed` (case-sensitive) and `null` values (1.0.3 Data §2.2.s4.b1:
/// "The LRS MUST reject Statements with any null values (except inside extensions) ... where
/// the case of a key does not match the case specified in this specification ... where a key or
/// value is not allowed by this specification"; kept in 2.0.0).
fn known_keys(map: &Map<String, Value>, allowed: &[&str], path: &Path<'_>) -> Check {
    for (key, value) in map {
        if !allowed.contains(&key.as_str()) {
            return Err(invalid(&path.key(key), "is not a property allowed here"));
        }
        if value.is_null() {
            return Err(invalid(&path.key(key), "must not be null"));
        }
    }
    Ok(())
}

/// A string property, if present.
fn opt_str<'v>(
    map: &'v Map<String, Value>,
    key: &str,
    path: &Path<'_>,
) -> Result<Option<&'v str>, Invalid> {
    match map.get(key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(invalid(&path.key(key), "must be a string")),
    }
}

/// A required string property.
fn req_str<'v>(
    map: &'v Map<String, Value>,
    key: &str,
    path: &Path<'_>,
) -> Result<&'v str, Invalid> {
    opt_str(map, key, path)?.ok_or_else(|| invalid(&path.key(key), "is required"))
}

/// An IRI property, if present.
fn opt_iri(map: &Map<String, Value>, key: &str, path: &Path<'_>) -> Check {
    match opt_str(map, key, path)? {
        Some(s) if !is_iri(s) => Err(invalid(&path.key(key), "must be an IRI with a scheme")),
        _ => Ok(()),
    }
}

/// A required IRI property.
fn req_iri(map: &Map<String, Value>, key: &str, path: &Path<'_>) -> Check {
    if is_iri(req_str(map, key, path)?) {
        Ok(())
    } else {
        Err(invalid(&path.key(key), "must be an IRI with a scheme"))
    }
}

/// A UUID string (1.0.3 Data §2.4.1: "the UUID MUST be in standard string form"; see
/// [`is_uuid`]).
fn uuid_value(value: &Value, path: &Path<'_>) -> Check {
    match value {
        Value::String(s) if is_uuid(s) => Ok(()),
        Value::String(_) => Err(invalid(
            path,
            "must be a UUID in its hyphenated string form",
        )),
        _ => Err(invalid(path, "must be a UUID string")),
    }
}

/// A boolean property, if present.
fn opt_bool(map: &Map<String, Value>, key: &str, path: &Path<'_>) -> Check {
    match map.get(key) {
        None | Some(Value::Bool(_)) => Ok(()),
        Some(_) => Err(invalid(&path.key(key), "must be a boolean")),
    }
}

/// An `extensions` object (2.0.0 §4.2.7 "Extensions"): its keys are IRIs, its values any JSON
/// at all, `null`, `""` and `{}` included (the suite stores all three).
fn extensions(value: &Value, path: &Path<'_>) -> Check {
    let map = as_object(value, path)?;
    match map.keys().find(|key| !is_iri(key)) {
        Some(key) => Err(invalid(&path.key(key), "an extension key must be an IRI")),
        None => Ok(()),
    }
}

/// An optional property checked by `check` when present.
fn opt_with(
    map: &Map<String, Value>,
    key: &str,
    path: &Path<'_>,
    check: impl FnOnce(&Value, &Path<'_>) -> Check,
) -> Check {
    match map.get(key) {
        Some(value) => check(value, &path.key(key)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests;
