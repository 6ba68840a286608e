//! Whether a signed statement (a JWS payload) is "logically equivalent" to the statement received.
//!
//! The LRS MUST "Validate that the original Statement is logically equivalent to the received
//! Statement", following the Statement comparison requirements (1.0.3 Data §2.6.s5.b3.b2 and
//! §2.3.1.s9; 2.0.0 §4.2.7 and §2.3.1): "Differences which could have been caused by exceptions
//! to Statement immutability MUST be ignored"; other differences, including a different
//! serialization of a property not listed as an exception, MUST NOT be ignored. The exceptions
//! (Data §2.3.1), and what this module does for each:
//! - "id", "authority", "stored", "timestamp", "version" (assigned by the LRS): `stored` and
//!   `authority` are ignored; `id`, `timestamp` and `version` are compared when both statements
//!   have them and ignored otherwise (the LRS assigns them only when missing). Ids compare
//!   without regard to case (a UUID's hex digits).
//! - Activity Definitions and a Verb's "display" are not part of the statement: `definition`
//!   (outside extensions) and `verb.display` are ignored.
//! - Serialization of timestamps: a `timestamp` compares as the point in time it names.
//! - Unordered lists: a Group's `member` compares in any order.
//! - Attachments "are not part of Statements": the signature attachments are ignored (the
//!   payload is the statement "before the signature was added"); other attachments are compared.
//! - Case: the domain of an `mbox` and the `mailto:` scheme, `mbox_sha1sum` hex digits.
//! - Durations: in 1.0.3 "the Result Duration is considered a string for purposes of Statement
//!   comparison" (§2.3.1.b8); in 2.0.0 "any precision beyond 0.01 second precision shall not be
//!   included in the comparison" (the suite's 4.2.7 test sends `0.1237S` signed as `0.12S`), so
//!   the seconds are truncated to hundredths.
//!
//! JSON itself: key order never matters, and numbers compare by value (`1.0` equals `1`).

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Map, Value};

use super::is_signature;
use crate::version::XapiVersion;

/// The JSON pointer (RFC 6901) of the first property where the two statements differ after the
/// exceptions above are set aside, or `None` when they are logically equivalent.
pub fn first_difference(version: XapiVersion, signed: &Value, received: &Value) -> Option<String> {
    let signed_form = comparable(version, signed, received);
    let received_form = comparable(version, received, signed);
    difference(&signed_form, &received_form, String::new())
}

/// The statement with what the comparison ignores removed and the rest put in one form
/// (`other` is the statement it is compared with: it decides whether `id`, `timestamp` and
/// `version` are compared).
fn comparable(version: XapiVersion, statement: &Value, other: &Value) -> Value {
    let mut statement = statement.clone();
    if let Value::Object(map) = &mut statement {
        map.remove("stored");
        map.remove("authority");
        for key in ["id", "timestamp", "version"] {
            if other.get(key).is_none() {
                map.remove(key);
            }
        }
        if let Some(Value::Array(attachments)) = map.get_mut("attachments") {
            attachments.retain(|a| !is_signature(a));
            if attachments.is_empty() {
                map.remove("attachments");
            }
        }
    }
    normalize(version, &mut statement, "");
    statement
}

/// Puts a value in the form it is compared in; `key` is the property holding it.
fn normalize(version: XapiVersion, value: &mut Value, key: &str) {
    match value {
        Value::Object(map) => normalize_object(version, map, key),
        Value::Array(items) => {
            for item in items.iter_mut() {
                normalize(version, item, key);
            }
            if key == "member" {
                items.sort_by_cached_key(Value::to_string);
            }
        }
        Value::Number(number) => {
            if let Some(integer) = integral(number) {
                *value = Value::from(integer);
            }
        }
        Value::String(text) => {
            if let Some(normal) = normalize_string(key, text) {
                *text = normal;
            }
        }
        Value::Null | Value::Bool(_) => {}
    }
}

fn normalize_object(version: XapiVersion, map: &mut Map<String, Value>, key: &str) {
    map.remove("definition");
    if key == "verb" {
        map.remove("display");
    }
    for (child_key, child) in map.iter_mut() {
        if child_key == "extensions" {
            continue;
        }
        if child_key == "duration" && key == "result" {
            if let (XapiVersion::V2_0_0, Value::String(duration)) = (version, &mut *child) {
                *duration = truncate_duration(duration);
            }
            continue;
        }
        normalize(version, child, child_key);
    }
}

/// A whole number written with a fraction (`1.0`), as an integer.
#[allow(
    clippy::cast_possible_truncation,
    reason = "only whole numbers within ±2^53, which i64 holds exactly"
)]
fn integral(number: &serde_json::Number) -> Option<i64> {
    if number.is_i64() || number.is_u64() {
        return None;
    }
    let float = number.as_f64()?;
    (float.fract() == 0.0 && float.abs() < 9_007_199_254_740_992.0).then_some(float as i64)
}

/// The comparable form of a string property, when it has one.
fn normalize_string(key: &str, text: &str) -> Option<String> {
    match key {
        "mbox" => Some(normalize_mbox(text)),
        "mbox_sha1sum" => Some(text.to_ascii_lowercase()),
        "id" | "registration" => uuid::Uuid::try_parse(text)
            .ok()
            .map(|id| id.hyphenated().to_string()),
        "timestamp" => DateTime::parse_from_rfc3339(text).ok().map(|t| {
            t.with_timezone(&Utc)
                .to_rfc3339_opts(SecondsFormat::Nanos, true)
        }),
        _ => None,
    }
}

/// `mailto:` and the domain in lowercase, the local part as written.
fn normalize_mbox(mbox: &str) -> String {
    let Some(address) = mbox
        .get(..7)
        .filter(|scheme| scheme.eq_ignore_ascii_case("mailto:"))
        .and_then(|_| mbox.get(7..))
    else {
        return mbox.to_owned();
    };
    match address.rsplit_once('@') {
        Some((local, domain)) => format!("mailto:{local}@{}", domain.to_lowercase()),
        None => format!("mailto:{address}"),
    }
}

/// An ISO 8601 duration with its seconds truncated to hundredths (`PT0.1237S` → `PT0.12S`,
/// `PT1.00S` → `PT1S`); other durations unchanged.
pub fn truncate_duration(duration: &str) -> String {
    let Some(body) = duration.strip_suffix('S') else {
        return duration.to_owned();
    };
    let start = body
        .rfind(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map_or(0, |i| i + 1);
    let (prefix, seconds) = body.split_at(start);
    let Some((whole, fraction)) = seconds.split_once(['.', ',']) else {
        return duration.to_owned();
    };
    let mut fraction: String = fraction.chars().take(2).collect();
    while fraction.ends_with('0') {
        fraction.pop();
    }
    if fraction.is_empty() {
        format!("{prefix}{whole}S")
    } else {
        format!("{prefix}{whole}.{fraction}S")
    }
}

/// The JSON pointer of the first difference between two values.
fn difference(a: &Value, b: &Value, path: String) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            keys.into_iter().find_map(|key| {
                let child = format!("{path}/{}", key.replace('~', "~0").replace('/', "~1"));
                match (x.get(key), y.get(key)) {
                    (Some(x), Some(y)) => difference(x, y, child),
                    _ => Some(child),
                }
            })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (x, y))| difference(x, y, format!("{path}/{i}"))),
        _ if a == b => None,
        _ => Some(if path.is_empty() {
            "/".to_owned()
        } else {
            path
        }),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::SIGNATURE_USAGE_TYPE;
    use super::*;

    const V1: XapiVersion = XapiVersion::V1_0_3;
    const V2: XapiVersion = XapiVersion::V2_0_0;

    fn statement() -> Value {
        json!({
            "id": "0b7b0a32-9a8e-4b8e-9a2d-2f1d3c4b5a69",
            "actor": {"objectType": "Agent", "name": "xAPI account", "mbox": "mailto:xapi@adlnet.gov"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/attended", "display": {"en-US": "attended"}},
            "object": {"objectType": "Activity", "id": "http://www.example.com/meetings/occurances/34534"},
            "result": {"duration": "P1DT12H36M0.12S", "score": {"scaled": 0.5, "raw": 1}},
            "timestamp": "2023-05-04T12:00:00-05:00",
        })
    }

    fn with(mut statement: Value, pointer: &str, value: Value) -> Value {
        if let Some(slot) = statement.pointer_mut(pointer) {
            *slot = value;
        }
        statement
    }

    fn without(mut statement: Value, key: &str) -> Value {
        if let Some(map) = statement.as_object_mut() {
            map.remove(key);
        }
        statement
    }

    #[test]
    fn identical_statements_match() {
        assert_eq!(first_difference(V2, &statement(), &statement()), None);
    }

    #[test]
    fn lrs_assigned_properties_are_ignored() {
        let mut received = statement();
        received["stored"] = json!("2024-01-01T00:00:00Z");
        received["authority"] = json!({"mbox": "mailto:lrs@example.com"});
        received["version"] = json!("2.0.0");
        assert_eq!(first_difference(V2, &statement(), &received), None);
        let no_id = without(without(statement(), "id"), "timestamp");
        assert_eq!(first_difference(V2, &no_id, &received), None);
        assert_eq!(first_difference(V2, &received, &no_id), None);
    }

    #[test]
    fn a_different_id_timestamp_or_version_is_a_difference() {
        let other_id = with(
            statement(),
            "/id",
            json!("1b7b0a32-9a8e-4b8e-9a2d-2f1d3c4b5a69"),
        );
        assert_eq!(
            first_difference(V2, &statement(), &other_id),
            Some("/id".into())
        );
        let upper_id = with(
            statement(),
            "/id",
            json!("0B7B0A32-9A8E-4B8E-9A2D-2F1D3C4B5A69"),
        );
        assert_eq!(first_difference(V2, &statement(), &upper_id), None);
        let later = with(statement(), "/timestamp", json!("2023-05-04T17:00:01Z"));
        assert_eq!(
            first_difference(V2, &statement(), &later),
            Some("/timestamp".into())
        );
    }

    #[test]
    fn timestamps_compare_as_points_in_time() {
        let utc = with(statement(), "/timestamp", json!("2023-05-04T17:00:00.000Z"));
        assert_eq!(first_difference(V1, &statement(), &utc), None);
    }

    #[test]
    fn activity_definitions_and_verb_display_are_ignored() {
        let defined = with(
            statement(),
            "/object",
            json!({"objectType": "Activity", "id": "http://www.example.com/meetings/occurances/34534",
                   "definition": {"name": {"en-US": "A meeting"}}}),
        );
        let displayed = with(statement(), "/verb/display", json!({"fr": "a assisté"}));
        assert_eq!(first_difference(V2, &defined, &displayed), None);
    }

    #[test]
    fn other_differences_are_reported_with_their_path() {
        let other = with(statement(), "/result/score/raw", json!(2));
        assert_eq!(
            first_difference(V2, &statement(), &other),
            Some("/result/score/raw".into())
        );
        let mut extra_result = statement();
        extra_result["result"]["success"] = json!(true);
        assert_eq!(
            first_difference(V2, &statement(), &extra_result),
            Some("/result/success".into())
        );
        assert_eq!(
            first_difference(V2, &statement(), &without(statement(), "result")),
            Some("/result".into())
        );
    }

    #[test]
    fn numbers_compare_by_value() {
        let float = with(statement(), "/result/score/raw", json!(1.0));
        assert_eq!(first_difference(V2, &statement(), &float), None);
    }

    #[test]
    fn group_members_compare_in_any_order() {
        let group = |members: Value| {
            with(
                statement(),
                "/actor",
                json!({"objectType": "Group", "member": members}),
            )
        };
        let a = json!({"mbox": "mailto:a@example.com"});
        let b = json!({"mbox": "mailto:b@example.com"});
        assert_eq!(
            first_difference(V2, &group(json!([a, b])), &group(json!([b, a]))),
            None
        );
    }

    #[test]
    fn mbox_domain_and_scheme_compare_without_case() {
        let upper = with(statement(), "/actor/mbox", json!("MAILTO:xapi@ADLNET.gov"));
        assert_eq!(first_difference(V2, &statement(), &upper), None);
        let local = with(statement(), "/actor/mbox", json!("mailto:XAPI@adlnet.gov"));
        assert_eq!(
            first_difference(V2, &statement(), &local),
            Some("/actor/mbox".into())
        );
    }

    #[test]
    fn signature_attachments_are_ignored_other_attachments_compared() {
        let signature = json!({"usageType": SIGNATURE_USAGE_TYPE, "display": {"en-US": "sig"},
            "contentType": "application/octet-stream", "length": 10, "sha2": "ab"});
        let other = json!({"usageType": "http://example.com/u", "display": {"en-US": "x"},
            "contentType": "text/plain", "length": 1, "sha2": "cd"});
        let signed = statement();
        let mut received = statement();
        received["attachments"] = json!([signature.clone()]);
        assert_eq!(first_difference(V2, &signed, &received), None);
        received["attachments"] = json!([other.clone(), signature]);
        assert_eq!(
            first_difference(V2, &signed, &received),
            Some("/attachments".into())
        );
        let mut signed_with_other = statement();
        signed_with_other["attachments"] = json!([other]);
        assert_eq!(first_difference(V2, &signed_with_other, &received), None);
    }

    #[test]
    fn durations_compare_to_hundredths_in_2_0_0_only() {
        // The suite's 4.2.7 test: signed 0.12S, sent 0.1237S.
        let sent = with(statement(), "/result/duration", json!("P1DT12H36M0.1237S"));
        assert_eq!(first_difference(V2, &statement(), &sent), None);
        assert_eq!(
            first_difference(V1, &statement(), &sent),
            Some("/result/duration".into())
        );
        let rounded = with(statement(), "/result/duration", json!("P1DT12H36M0.13S"));
        assert_eq!(
            first_difference(V2, &statement(), &rounded),
            Some("/result/duration".into())
        );
    }

    #[test]
    fn truncate_duration_keeps_hundredths() {
        assert_eq!(truncate_duration("P1DT12H36M0.1237S"), "P1DT12H36M0.12S");
        assert_eq!(truncate_duration("PT1.00S"), "PT1S");
        assert_eq!(truncate_duration("PT1,5S"), "PT1.5S");
        assert_eq!(truncate_duration("PT12S"), "PT12S");
        assert_eq!(truncate_duration("P1D"), "P1D");
    }
}
