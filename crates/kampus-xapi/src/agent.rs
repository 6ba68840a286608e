//! Agents by their Inverse Functional Identifier (xAPI 2.0.0 §4.2.2.1, 1.0.3 §2.4.2.3).
//!
//! Two Agents or identified Groups are the same when they carry the same IFI, whatever else they
//! say (a name, an objectType). The key made here is what the store indexes and the queries and
//! documents look up: `mbox:<mailto IRI>`, `mbox_sha1sum:<hex>`, `openid:<URI>` or
//! `account:<homePage> <name>`.

use serde_json::Value;

/// The lookup key of an Agent or identified Group; `None` for an anonymous Group (or anything
/// without an IFI).
pub fn key(agent: &Value) -> Option<String> {
    if let Some(mbox) = agent.get("mbox").and_then(Value::as_str) {
        // Email addresses are case-insensitive in practice; the scheme is not part of the match.
        return Some(format!("mbox:{}", mbox.to_ascii_lowercase()));
    }
    if let Some(sum) = agent.get("mbox_sha1sum").and_then(Value::as_str) {
        return Some(format!("mbox_sha1sum:{}", sum.to_ascii_lowercase()));
    }
    if let Some(openid) = agent.get("openid").and_then(Value::as_str) {
        return Some(format!("openid:{openid}"));
    }
    let account = agent.get("account")?;
    let home_page = account.get("homePage").and_then(Value::as_str)?;
    let name = account.get("name").and_then(Value::as_str)?;
    Some(format!("account:{home_page} {name}"))
}

/// Whether a JSON object is an Agent or Group (by objectType; an actor without one is an Agent).
pub fn is_agent_or_group(value: &Value) -> bool {
    matches!(
        value.get("objectType").and_then(Value::as_str),
        Some("Agent" | "Group")
    )
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn each_ifi_makes_its_own_key() {
        assert_eq!(
            key(&json!({"mbox": "mailto:A@Example.org"})).as_deref(),
            Some("mbox:mailto:a@example.org")
        );
        assert_eq!(
            key(&json!({"account": {"homePage": "https://kampus.example", "name": "u1"}}))
                .as_deref(),
            Some("account:https://kampus.example u1")
        );
        assert_eq!(
            key(&json!({"openid": "https://id.example/x"})).as_deref(),
            Some("openid:https://id.example/x")
        );
        assert_eq!(key(&json!({"objectType": "Group", "member": []})), None);
    }

    #[test]
    fn the_name_does_not_change_the_key() {
        assert_eq!(
            key(&json!({"name": "A", "mbox": "mailto:a@example.org"})),
            key(&json!({"name": "B", "mbox": "mailto:a@example.org", "objectType": "Agent"}))
        );
    }
}
