//! What the LRS adds to a statement it stores (xAPI 2.0.0 §4.2.4.2 "Statement Properties set
//! by the LRS", 1.0.3 §2.4): `id` when the client gave none, `stored`, `timestamp` when missing
//! (it is then the time stored), `authority` (always the credential's: the LRS vouches for who
//! sent it, not for what the client claims) and `version` when missing. Context activities given
//! as a single object become an array, the form the spec prefers and queries read.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Map, Value};

use crate::version::XapiVersion;

/// The LRS's part of a stored statement.
#[derive(Debug, Clone)]
pub struct Stamp<'a> {
    /// Milliseconds only: the precision the stored text carries, so `since`/`until` and the
    /// JSON agree.
    pub stored: DateTime<Utc>,
    pub authority: &'a Value,
    pub version: XapiVersion,
}

/// `stored` as written in statements (RFC 3339, milliseconds, `Z`).
pub fn format_time(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Stamps a valid statement that has an `id` already (the caller assigns one when missing).
pub fn stamp(statement: &mut Map<String, Value>, stamp: &Stamp<'_>) {
    let stored = format_time(stamp.stored);
    if !statement.contains_key("timestamp") {
        statement.insert("timestamp".into(), Value::String(stored.clone()));
    }
    statement.insert("stored".into(), Value::String(stored));
    statement.insert("authority".into(), stamp.authority.clone());
    if !statement.contains_key("version") {
        let version = match stamp.version {
            // 1.0.3 §2.4.10: "If not included, the LRS assigns 1.0.0".
            XapiVersion::V1_0_3 => "1.0.0",
            XapiVersion::V2_0_0 => "2.0.0",
        };
        statement.insert("version".into(), Value::String(version.into()));
    }
    arrays_for_context_activities(statement.get_mut("context"));
    if let Some(Value::Object(sub)) = statement.get_mut("object")
        && sub.get("objectType").and_then(Value::as_str) == Some("SubStatement")
    {
        arrays_for_context_activities(sub.get_mut("context"));
    }
}

fn arrays_for_context_activities(context: Option<&mut Value>) {
    let Some(Value::Object(activities)) = context.and_then(|c| c.get_mut("contextActivities"))
    else {
        return;
    };
    for listed in activities.values_mut() {
        if listed.is_object() {
            *listed = Value::Array(vec![listed.take()]);
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use serde_json::json;

    use super::*;

    #[test]
    fn the_lrs_sets_stored_authority_and_missing_timestamp_and_version() {
        let authority = json!({"objectType": "Agent", "account": {"homePage": "https://k.example", "name": "lrs"}});
        let mut statement = json!({"id": "x", "context": {"contextActivities": {"parent": {"id": "https://a"}}}, "authority": {"mbox": "mailto:claimed@example.org"}});
        let stored = Utc
            .with_ymd_and_hms(2026, 12, 8, 10, 0, 0)
            .single()
            .expect("a time");
        stamp(
            statement.as_object_mut().expect("an object"),
            &Stamp {
                stored,
                authority: &authority,
                version: XapiVersion::V2_0_0,
            },
        );
        assert_eq!(statement["stored"], "2026-12-08T10:00:00.000Z");
        assert_eq!(statement["timestamp"], "2026-12-08T10:00:00.000Z");
        assert_eq!(statement["authority"], authority);
        assert_eq!(statement["version"], "2.0.0");
        assert_eq!(
            statement["context"]["contextActivities"]["parent"],
            json!([{"id": "https://a"}])
        );
    }

    #[test]
    fn a_given_timestamp_and_version_are_kept() {
        let mut statement = json!({"timestamp": "2020-01-01T00:00:00Z", "version": "1.0.3"});
        stamp(
            statement.as_object_mut().expect("an object"),
            &Stamp {
                stored: Utc::now(),
                authority: &json!({}),
                version: XapiVersion::V1_0_3,
            },
        );
        assert_eq!(statement["timestamp"], "2020-01-01T00:00:00Z");
        assert_eq!(statement["version"], "1.0.3");
    }
}
