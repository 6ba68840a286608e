//! The context of a statement (2.0.0 §4.2.2.5 "Context", 1.0.3 Data §2.4.6).
//!
//! `registration` is a UUID, `instructor` an Agent or Group, `team` a Group, `language` a
//! language tag, `statement` a Statement Reference, `extensions` an extensions object;
//! `contextActivities` maps `parent`, `grouping`, `category` and `other` to an Activity or an
//! array of Activities. `revision` and `platform` are strings allowed only when the statement's
//! object is an Activity ("The revision property MUST only be used if the Statement's Object is
//! an Activity"). 2.0.0 adds `contextAgents` and `contextGroups` (§4.2.2.5.2): arrays of
//! `{"objectType": "contextAgent", "agent", "relevantTypes"}` and `{"objectType":
//! "contextGroup", "group", "relevantTypes"}`, `relevantTypes` a non-empty array of IRIs.

use serde_json::Value;

use super::activity::activity;
use super::agent::{actor, agent, group};
use super::language::is_language_tag;
use super::object::statement_ref;
use super::path::Path;
use super::{Check, as_object, extensions, invalid, known_keys, opt_str, opt_with, uuid_value};
use crate::version::XapiVersion;

const KEYS_1_0: [&str; 9] = [
    "registration",
    "instructor",
    "team",
    "contextActivities",
    "revision",
    "platform",
    "language",
    "statement",
    "extensions",
];
const KEYS_2_0: [&str; 11] = [
    "registration",
    "instructor",
    "team",
    "contextActivities",
    "revision",
    "platform",
    "language",
    "statement",
    "extensions",
    "contextAgents",
    "contextGroups",
];
const CONTEXT_ACTIVITY_KEYS: [&str; 4] = ["parent", "grouping", "category", "other"];

/// A Context object; `object_is_activity` says whether the statement's object is an Activity.
pub(super) fn context(
    value: &Value,
    path: &Path<'_>,
    version: XapiVersion,
    object_is_activity: bool,
) -> Check {
    let map = as_object(value, path)?;
    match version {
        XapiVersion::V1_0_3 => known_keys(map, &KEYS_1_0, path)?,
        XapiVersion::V2_0_0 => known_keys(map, &KEYS_2_0, path)?,
    }
    opt_with(map, "registration", path, uuid_value)?;
    opt_with(map, "instructor", path, actor)?;
    opt_with(map, "team", path, group)?;
    opt_with(map, "contextActivities", path, context_activities)?;
    for key in ["revision", "platform"] {
        if opt_str(map, key, path)?.is_some() && !object_is_activity {
            return Err(invalid(
                &path.key(key),
                "may only be used when the statement's object is an Activity",
            ));
        }
    }
    if let Some(language) = opt_str(map, "language", path)?
        && !is_language_tag(language)
    {
        return Err(invalid(
            &path.key("language"),
            "must be an RFC 5646 language tag",
        ));
    }
    opt_with(map, "statement", path, statement_ref)?;
    opt_with(map, "extensions", path, extensions)?;
    opt_with(map, "contextAgents", path, |v, p| {
        context_members(v, p, Member::Agent)
    })?;
    opt_with(map, "contextGroups", path, |v, p| {
        context_members(v, p, Member::Group)
    })
}

/// `contextActivities`: each key an Activity or an array of Activities.
fn context_activities(value: &Value, path: &Path<'_>) -> Check {
    let map = as_object(value, path)?;
    known_keys(map, &CONTEXT_ACTIVITY_KEYS, path)?;
    for (key, activities) in map {
        let key_path = path.key(key);
        match activities {
            Value::Array(list) => {
                for (i, item) in list.iter().enumerate() {
                    activity(item, &key_path.index(i))?;
                }
            }
            single => activity(single, &key_path)?,
        }
    }
    Ok(())
}

/// Which of the two 2.0.0 lists is checked.
#[derive(Debug, Clone, Copy)]
enum Member {
    Agent,
    Group,
}

/// `contextAgents` or `contextGroups`: an array of contextAgent / contextGroup objects.
fn context_members(value: &Value, path: &Path<'_>, member: Member) -> Check {
    let (object_type, key) = match member {
        Member::Agent => ("contextAgent", "agent"),
        Member::Group => ("contextGroup", "group"),
    };
    let Value::Array(items) = value else {
        return Err(invalid(
            path,
            format!("must be an array of {object_type} objects"),
        ));
    };
    for (i, item) in items.iter().enumerate() {
        let item_path = path.index(i);
        let map = as_object(item, &item_path)?;
        known_keys(map, &["objectType", key, "relevantTypes"], &item_path)?;
        if opt_str(map, "objectType", &item_path)? != Some(object_type) {
            return Err(invalid(
                &item_path.key("objectType"),
                format!("must be \"{object_type}\""),
            ));
        }
        let Some(who) = map.get(key) else {
            return Err(invalid(&item_path.key(key), "is required"));
        };
        match member {
            Member::Agent => agent(who, &item_path.key(key))?,
            Member::Group => group(who, &item_path.key(key))?,
        }
        opt_with(map, "relevantTypes", &item_path, relevant_types)?;
    }
    Ok(())
}

/// `relevantTypes`: a non-empty array of IRIs.
fn relevant_types(value: &Value, path: &Path<'_>) -> Check {
    match value {
        Value::Array(types) if !types.is_empty() => {
            for (i, kind) in types.iter().enumerate() {
                match kind {
                    Value::String(iri) if super::is_iri(iri) => {}
                    _ => return Err(invalid(&path.index(i), "must be an IRI")),
                }
            }
            Ok(())
        }
        Value::Array(_) => Err(invalid(path, "must not be empty")),
        _ => Err(invalid(path, "must be an array of IRIs")),
    }
}
