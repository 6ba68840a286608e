//! Whether a statement sent again is the one stored (xAPI 2.0.0 §4.2.6 / 1.0.3 §2.3
//! "Statement Comparison Requirements"): a client that retries must not be refused, a client
//! that reuses an id for something else gets 409 Conflict.
//!
//! Ignored, because the LRS sets them: `stored`, `authority`, `version`, and `timestamp` when
//! the sent statement had none. Context activities are compared in array form (a single object
//! and a one-element array are the same). Property order never matters (JSON objects compare
//! as maps).

use serde_json::{Map, Value};

/// Whether `sent` (as the client sent it, with its id) is the same statement as `stored`.
pub fn is_same(sent: &Value, stored: &Value) -> bool {
    let (Some(sent), Some(stored)) = (sent.as_object(), stored.as_object()) else {
        return false;
    };
    comparable(sent, !sent.contains_key("timestamp"))
        == comparable(stored, !sent.contains_key("timestamp"))
}

fn comparable(statement: &Map<String, Value>, without_timestamp: bool) -> Value {
    let mut copy = statement.clone();
    for set_by_lrs in ["stored", "authority", "version"] {
        copy.remove(set_by_lrs);
    }
    if without_timestamp {
        copy.remove("timestamp");
    }
    if let Some(id) = copy.get_mut("id")
        && let Some(text) = id.as_str()
    {
        *id = Value::String(text.to_ascii_lowercase());
    }
    let mut copy = Value::Object(copy);
    normalize_context(&mut copy);
    if let Some(sub) = copy.get_mut("object") {
        normalize_context(sub);
    }
    copy
}

fn normalize_context(statement: &mut Value) {
    let Some(Value::Object(activities)) = statement
        .get_mut("context")
        .and_then(|c| c.get_mut("contextActivities"))
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
    use serde_json::json;

    use super::*;

    #[test]
    fn what_the_lrs_added_does_not_count() {
        let sent = json!({"id": "A1", "actor": {"mbox": "mailto:a@example.org"}, "context": {"contextActivities": {"parent": {"id": "https://p"}}}});
        let stored = json!({"id": "a1", "actor": {"mbox": "mailto:a@example.org"}, "stored": "x", "timestamp": "y", "authority": {}, "version": "2.0.0",
            "context": {"contextActivities": {"parent": [{"id": "https://p"}]}}});
        assert!(is_same(&sent, &stored));
    }

    #[test]
    fn any_other_difference_counts() {
        let sent = json!({"id": "a1", "actor": {"mbox": "mailto:b@example.org"}});
        let stored = json!({"id": "a1", "actor": {"mbox": "mailto:a@example.org"}, "stored": "x"});
        assert!(!is_same(&sent, &stored));
        let sent = json!({"id": "a1", "timestamp": "2020-01-01T00:00:00Z"});
        let stored = json!({"id": "a1", "timestamp": "2021-01-01T00:00:00Z"});
        assert!(!is_same(&sent, &stored));
    }
}
