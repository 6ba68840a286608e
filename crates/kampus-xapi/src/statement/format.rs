//! The output formats of GET statements (2.0.0 §4.1.6.1 `format`, 1.0.3 Communication §2.1.3):
//! `exact` is the stored statement as it is; [`ids`] keeps only what identifies each Agent,
//! Group, Activity and Verb; [`canonical`] reduces every language map to the one entry that
//! best matches the client's `Accept-Language`.

use serde_json::{Map, Value};

const IFIS: [&str; 4] = ["mbox", "mbox_sha1sum", "openid", "account"];
const CONTEXT_ACTIVITY_KEYS: [&str; 4] = ["parent", "grouping", "category", "other"];

/// `format=ids`: Agents and Groups keep only `objectType` and their IFI (an anonymous Group its
/// members, each reduced the same way: "For Anonymous Groups this means including the minimum
/// information needed to identify each member"), Activities and Verbs only `id` (the 2.0.0
/// suite, XAPI-00171, demands exactly one key in a SubStatement's Activity and in each Verb); in the actor, the object (recursively in a SubStatement), the context and the
/// authority. Every other property is kept as stored.
pub fn ids(statement: &Value) -> Value {
    let Value::Object(map) = statement else {
        return statement.clone();
    };
    let mut out = Map::with_capacity(map.len());
    for (key, value) in map {
        let reduced = match key.as_str() {
            "actor" | "authority" => ids_actor(value),
            "verb" => ids_verb(value),
            "object" => ids_object(value),
            "context" => ids_context(value),
            _ => value.clone(),
        };
        out.insert(key.clone(), reduced);
    }
    Value::Object(out)
}

/// An Agent or Group reduced to `objectType`, its IFI and (anonymous Groups) its members.
fn ids_actor(actor: &Value) -> Value {
    let Value::Object(map) = actor else {
        return actor.clone();
    };
    let mut out = Map::new();
    if let Some(object_type) = map.get("objectType") {
        out.insert("objectType".to_owned(), object_type.clone());
    }
    let mut identified = false;
    for ifi in IFIS {
        if let Some(value) = map.get(ifi) {
            out.insert(ifi.to_owned(), value.clone());
            identified = true;
        }
    }
    if !identified && let Some(Value::Array(members)) = map.get("member") {
        out.insert(
            "member".to_owned(),
            Value::Array(members.iter().map(ids_actor).collect()),
        );
    }
    Value::Object(out)
}

/// A Verb reduced to its `id`.
fn ids_verb(verb: &Value) -> Value {
    keep(verb, &["id"])
}

/// An Activity reduced to its `id`.
fn ids_activity(activity: &Value) -> Value {
    keep(activity, &["id"])
}

/// The object, reduced according to its `objectType`.
fn ids_object(object: &Value) -> Value {
    match object.get("objectType").and_then(Value::as_str) {
        None | Some("Activity") => ids_activity(object),
        Some("Agent" | "Group") => ids_actor(object),
        Some("SubStatement") => ids(object),
        Some(_) => object.clone(),
    }
}

/// A context whose instructor, team, context activities, contextAgents and contextGroups are
/// reduced.
fn ids_context(context: &Value) -> Value {
    let Value::Object(map) = context else {
        return context.clone();
    };
    let mut out = Map::with_capacity(map.len());
    for (key, value) in map {
        let reduced = match key.as_str() {
            "instructor" | "team" => ids_actor(value),
            "contextActivities" => map_values(value, |key, list| {
                if !CONTEXT_ACTIVITY_KEYS.contains(&key) {
                    return list.clone();
                }
                match list {
                    Value::Array(items) => Value::Array(items.iter().map(ids_activity).collect()),
                    single => ids_activity(single),
                }
            }),
            "contextAgents" => map_items(value, |item| {
                map_values(item, |key, v| {
                    if key == "agent" {
                        ids_actor(v)
                    } else {
                        v.clone()
                    }
                })
            }),
            "contextGroups" => map_items(value, |item| {
                map_values(item, |key, v| {
                    if key == "group" {
                        ids_actor(v)
                    } else {
                        v.clone()
                    }
                })
            }),
            _ => value.clone(),
        };
        out.insert(key.clone(), reduced);
    }
    Value::Object(out)
}

/// The object with only the given keys.
fn keep(value: &Value, keys: &[&str]) -> Value {
    let Value::Object(map) = value else {
        return value.clone();
    };
    Value::Object(
        keys.iter()
            .filter_map(|key| map.get(*key).map(|v| ((*key).to_owned(), v.clone())))
            .collect(),
    )
}

/// Each value of an object mapped by `f(key, value)`.
fn map_values(value: &Value, f: impl Fn(&str, &Value) -> Value) -> Value {
    match value {
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), f(k, v))).collect())
        }
        other => other.clone(),
    }
}

/// Each item of an array mapped by `f`.
fn map_items(value: &Value, f: impl Fn(&Value) -> Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.iter().map(f).collect()),
        other => other.clone(),
    }
}

/// `format=canonical`: every language map (verb `display`, activity `name` and `description`,
/// interaction components' `description`, attachments' `display` and `description`) reduced to
/// the one entry that best matches `accept_language`, most preferred first (2.0.0 §4.1.6.1:
/// "return only one language in each language map, the one that best matches the
/// Accept-Language header"). An entry matches a preferred tag when the tags are equal (ignoring
/// case), when one is a prefix of the other at a subtag boundary, or when the preference is
/// `*`; when nothing matches, the map keeps one entry (its first). Extensions are left as they
/// are: their contents are not language maps.
pub fn canonical(statement: &Value, accept_language: &[&str]) -> Value {
    walk(statement, accept_language)
}

/// Copies `value`, reducing the language maps it finds.
fn walk(value: &Value, langs: &[&str]) -> Value {
    match value {
        Value::Object(map) => {
            let mut out = Map::with_capacity(map.len());
            for (key, v) in map {
                let copied = match key.as_str() {
                    "extensions" => v.clone(),
                    "display" | "name" | "description" if is_language_map(v) => reduce(v, langs),
                    _ => walk(v, langs),
                };
                out.insert(key.clone(), copied);
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(|v| walk(v, langs)).collect()),
        other => other.clone(),
    }
}

/// Whether `value` looks like a language map: an object of strings (an Agent's `name` is a
/// string, so it never is).
fn is_language_map(value: &Value) -> bool {
    matches!(value, Value::Object(map) if map.values().all(Value::is_string))
}

/// The language map reduced to its best entry.
fn reduce(map_value: &Value, langs: &[&str]) -> Value {
    let Value::Object(map) = map_value else {
        return map_value.clone();
    };
    let best = langs
        .iter()
        .find_map(|lang| {
            map.iter()
                .find(|(tag, _)| tag.eq_ignore_ascii_case(lang))
                .or_else(|| map.iter().find(|(tag, _)| related(tag, lang)))
        })
        .or_else(|| map.iter().next());
    Value::Object(
        best.map(|(k, v)| (k.clone(), v.clone()))
            .into_iter()
            .collect(),
    )
}

/// Whether `tag` matches the preference `lang` by prefix or wildcard.
fn related(tag: &str, lang: &str) -> bool {
    if lang == "*" {
        return true;
    }
    let prefix_of = |short: &str, long: &str| {
        long.len() > short.len()
            && long.as_bytes()[short.len()] == b'-'
            && long
                .get(..short.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(short))
    };
    prefix_of(lang, tag) || prefix_of(tag, lang)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn full() -> Value {
        json!({
            "id": "8f87ccde-bb56-4c2e-ab83-44982ef22df0",
            "actor": {"objectType": "Agent", "name": "Ann", "mbox": "mailto:ann@example.com"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/attended",
                     "display": {"en-US": "attended", "de": "besuchte", "fr-FR": "a assisté"}},
            "object": {"objectType": "Activity", "id": "http://example.com/a",
                       "definition": {"name": {"en-GB": "meeting", "de-DE": "Treffen"},
                                      "description": {"en": "a meeting"},
                                      "extensions": {"http://example.com/x": {"name": {"en": "a", "de": "b"}}}}},
            "context": {
                "instructor": {"objectType": "Group", "name": "Teachers",
                               "member": [{"name": "Bob", "account": {"homePage": "http://h", "name": "bob"}}]},
                "team": {"objectType": "Group", "name": "Team", "openid": "http://openid.example.org/t",
                         "member": [{"mbox": "mailto:x@example.com"}]},
                "contextActivities": {"parent": [{"id": "http://example.com/p", "definition": {"name": {"en": "p"}}}],
                                      "other": {"objectType": "Activity", "id": "http://example.com/o"}},
                "platform": "Kampus"
            },
            "timestamp": "2024-01-01T00:00:00Z"
        })
    }

    #[test]
    fn ids_keeps_only_identifiers() {
        let out = ids(&full());
        assert_eq!(
            out["actor"],
            json!({"objectType": "Agent", "mbox": "mailto:ann@example.com"})
        );
        assert_eq!(
            out["verb"],
            json!({"id": "http://adlnet.gov/expapi/verbs/attended"})
        );
        assert_eq!(out["object"], json!({"id": "http://example.com/a"}));
        assert_eq!(
            out["context"]["instructor"],
            json!({"objectType": "Group", "member": [{"account": {"homePage": "http://h", "name": "bob"}}]})
        );
        assert_eq!(
            out["context"]["team"],
            json!({"objectType": "Group", "openid": "http://openid.example.org/t"})
        );
        assert_eq!(
            out["context"]["contextActivities"]["parent"],
            json!([{"id": "http://example.com/p"}])
        );
        assert_eq!(out["context"]["platform"], "Kampus");
        assert_eq!(out["timestamp"], "2024-01-01T00:00:00Z");
        assert_eq!(out["id"], "8f87ccde-bb56-4c2e-ab83-44982ef22df0");
    }

    #[test]
    fn ids_recurses_into_substatements() {
        let statement = json!({
            "actor": {"mbox": "mailto:a@example.com", "name": "A"},
            "verb": {"id": "http://v", "display": {"en": "v"}},
            "object": {"objectType": "SubStatement",
                       "actor": {"objectType": "Agent", "name": "B", "mbox": "mailto:b@example.com"},
                       "verb": {"id": "http://w", "display": {"en": "w"}},
                       "object": {"objectType": "Agent", "name": "C", "mbox": "mailto:c@example.com"}}
        });
        let out = ids(&statement);
        assert_eq!(out["actor"], json!({"mbox": "mailto:a@example.com"}));
        assert_eq!(
            out["object"]["actor"],
            json!({"objectType": "Agent", "mbox": "mailto:b@example.com"})
        );
        assert_eq!(out["object"]["verb"], json!({"id": "http://w"}));
        assert_eq!(
            out["object"]["object"],
            json!({"objectType": "Agent", "mbox": "mailto:c@example.com"})
        );
    }

    #[test]
    fn canonical_keeps_the_best_matching_language() {
        let out = canonical(&full(), &["de-DE", "en"]);
        assert_eq!(out["verb"]["display"], json!({"de": "besuchte"}));
        assert_eq!(
            out["object"]["definition"]["name"],
            json!({"de-DE": "Treffen"})
        );
        assert_eq!(
            out["object"]["definition"]["description"],
            json!({"en": "a meeting"})
        );
        assert_eq!(out["actor"]["name"], "Ann");
    }

    #[test]
    fn canonical_prefers_earlier_languages_and_exact_tags() {
        let out = canonical(&full(), &["fr-FR", "de"]);
        assert_eq!(out["verb"]["display"], json!({"fr-FR": "a assisté"}));
        let out = canonical(&full(), &["en-GB"]);
        assert_eq!(
            out["object"]["definition"]["name"],
            json!({"en-GB": "meeting"})
        );
    }

    #[test]
    fn canonical_falls_back_to_one_entry() {
        let out = canonical(&full(), &["ja"]);
        assert_eq!(out["verb"]["display"].as_object().map(Map::len), Some(1));
        let out = canonical(&full(), &[]);
        assert_eq!(
            out["object"]["definition"]["name"]
                .as_object()
                .map(Map::len),
            Some(1)
        );
    }

    #[test]
    fn canonical_leaves_extensions_alone() {
        let out = canonical(&full(), &["en"]);
        assert_eq!(
            out["object"]["definition"]["extensions"]["http://example.com/x"]["name"],
            json!({"en": "a", "de": "b"})
        );
        assert_eq!(
            out["context"]["contextActivities"]["parent"][0]["definition"]["name"],
            json!({"en": "p"})
        );
    }

    #[test]
    fn canonical_matches_non_ascii_keys_without_panicking() {
        let statement = json!({"verb": {"id": "http://v", "display": {"日本": "x", "e-US": "y"}}});
        let out = canonical(&statement, &["e", "日"]);
        assert_eq!(out["verb"]["display"], json!({"e-US": "y"}));
    }

    #[test]
    fn canonical_wildcard_takes_any_entry() {
        let out = canonical(&full(), &["*"]);
        assert_eq!(out["verb"]["display"].as_object().map(Map::len), Some(1));
    }

    /// The statement of the suite's XAPI-00168..171 tests: a SubStatement whose actor is an
    /// identified Group and whose object is the unicode Activity.
    fn suite_statement() -> Value {
        json!({
            "id": "8f87ccde-bb56-4c2e-ab83-44982ef22df0",
            "actor": {"objectType": "Agent", "name": "xAPI account", "mbox": "mailto:agent@adlnet.gov"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/attended",
                     "display": {"en-GB": "attended", "en-US": "attended"}},
            "object": {
                "objectType": "SubStatement",
                "actor": {"objectType": "Group", "name": "Group Identified", "mbox": "mailto:group@adlnet.gov"},
                "verb": {"id": "http://adlnet.gov/expapi/verbs/attended",
                         "display": {"en-GB": "attended", "en-US": "attended", "ja-JP": "出席した"}},
                "object": {"objectType": "Activity", "id": "http://www.example.com/unicode/1",
                           "definition": {"name": {"en": "Other", "en-GB": "attended", "en-US": "attended"},
                                          "description": {"en-GB": "attended", "ja-JP": "出席した"},
                                          "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                                          "moreInfo": "http://virtualmeeting.example.com/345256",
                                          "interactionType": "other",
                                          "correctResponsesPattern": ["(35.937432,-86.868896)"],
                                          "extensions": {"http://example.com/x": {"name": "Thomas"}}}}
            }
        })
    }

    #[test]
    fn ids_keeps_the_keys_the_suite_counts() {
        let out = ids(&suite_statement());
        assert!((1..=2).contains(&out["actor"].as_object().map_or(0, Map::len)));
        assert_eq!(out["object"]["actor"].as_object().map(Map::len), Some(2));
        assert_eq!(
            out["object"]["object"],
            json!({"id": "http://www.example.com/unicode/1"})
        );
        assert_eq!(out["verb"].as_object().map(Map::len), Some(1));
        assert_eq!(out["object"]["verb"].as_object().map(Map::len), Some(1));
    }

    #[test]
    fn canonical_gives_what_the_suite_expects_for_en_gb() {
        let original = suite_statement();
        let out = canonical(&original, &["en-GB"]);
        assert_eq!(out["actor"], original["actor"]);
        assert_eq!(out["object"]["actor"], original["object"]["actor"]);
        assert_eq!(out["verb"]["display"], json!({"en-GB": "attended"}));
        assert_eq!(
            out["object"]["verb"]["display"],
            json!({"en-GB": "attended"})
        );
        let mut activity = original["object"]["object"].clone();
        activity["definition"]["name"] = json!({"en-GB": "attended"});
        activity["definition"]["description"] = json!({"en-GB": "attended"});
        assert_eq!(out["object"]["object"], activity);
    }
}
