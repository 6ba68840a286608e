//! Activities and their definitions (2.0.0 §4.2.2.3 "When the Object is an Activity", 1.0.3
//! Data §2.4.4.1).
//!
//! An Activity has an `id` IRI and, optionally, `objectType` "Activity" and a `definition`.
//! A definition's `interactionType` is one of the ten cmi.interaction types (case-sensitive);
//! `correctResponsesPattern` and the interaction component lists require it, and each list
//! belongs to the types that use it (§4.2.2.3 "Interaction Components": `choices` for choice and
//! sequencing, `scale` for likert, `source` and `target` for matching, `steps` for performance).

use serde_json::{Map, Value};

use super::language::language_map;
use super::path::Path;
use super::{
    Check, as_object, extensions, invalid, known_keys, opt_iri, opt_str, opt_with, req_iri,
};

const ACTIVITY_KEYS: [&str; 3] = ["objectType", "id", "definition"];
const DEFINITION_KEYS: [&str; 12] = [
    "name",
    "description",
    "type",
    "moreInfo",
    "interactionType",
    "correctResponsesPattern",
    "choices",
    "scale",
    "source",
    "target",
    "steps",
    "extensions",
];
const COMPONENT_LISTS: [&str; 5] = ["choices", "scale", "source", "target", "steps"];

/// An Activity (the statement's object, or a context activity).
pub(super) fn activity(value: &Value, path: &Path<'_>) -> Check {
    let map = as_object(value, path)?;
    known_keys(map, &ACTIVITY_KEYS, path)?;
    match opt_str(map, "objectType", path)? {
        None | Some("Activity") => {}
        Some(_) => return Err(invalid(&path.key("objectType"), "must be \"Activity\"")),
    }
    req_iri(map, "id", path)?;
    opt_with(map, "definition", path, definition)
}

/// An Activity Definition.
fn definition(value: &Value, path: &Path<'_>) -> Check {
    let map = as_object(value, path)?;
    known_keys(map, &DEFINITION_KEYS, path)?;
    opt_with(map, "name", path, language_map)?;
    opt_with(map, "description", path, language_map)?;
    opt_iri(map, "type", path)?;
    opt_iri(map, "moreInfo", path)?;
    opt_with(map, "extensions", path, extensions)?;
    let interaction = match map.get("interactionType") {
        None => None,
        Some(Value::String(kind)) => Some(interaction_lists(kind).ok_or_else(|| {
            invalid(
                &path.key("interactionType"),
                "must be one of true-false, choice, fill-in, long-fill-in, matching, performance, \
                 sequencing, likert, numeric, other",
            )
        })?),
        Some(_) => return Err(invalid(&path.key("interactionType"), "must be a string")),
    };
    if let Some(patterns) = map.get("correctResponsesPattern") {
        let pattern_path = path.key("correctResponsesPattern");
        if interaction.is_none() {
            return Err(invalid(&pattern_path, "requires \"interactionType\""));
        }
        let Value::Array(patterns) = patterns else {
            return Err(invalid(&pattern_path, "must be an array of strings"));
        };
        if let Some(i) = patterns.iter().position(|p| !p.is_string()) {
            return Err(invalid(&pattern_path.index(i), "must be a string"));
        }
    }
    for list in COMPONENT_LISTS {
        let Some(components) = map.get(list) else {
            continue;
        };
        let list_path = path.key(list);
        match interaction {
            None => return Err(invalid(&list_path, "requires \"interactionType\"")),
            Some(allowed) if !allowed.contains(&list) => {
                return Err(invalid(&list_path, "is not used by this interactionType"));
            }
            Some(_) => interaction_components(components, &list_path)?,
        }
    }
    Ok(())
}

/// The component lists an interaction type uses, or `None` for an unknown type.
fn interaction_lists(kind: &str) -> Option<&'static [&'static str]> {
    match kind {
        "true-false" | "fill-in" | "long-fill-in" | "numeric" | "other" => Some(&[]),
        "choice" | "sequencing" => Some(&["choices"]),
        "likert" => Some(&["scale"]),
        "matching" => Some(&["source", "target"]),
        "performance" => Some(&["steps"]),
        _ => None,
    }
}

/// An array of Interaction Components: each an `id` string (distinct within the list) and an
/// optional `description` language map.
fn interaction_components(value: &Value, path: &Path<'_>) -> Check {
    let Value::Array(components) = value else {
        return Err(invalid(path, "must be an array of interaction components"));
    };
    let mut ids: Vec<&str> = Vec::with_capacity(components.len());
    for (i, component) in components.iter().enumerate() {
        let component_path = path.index(i);
        let map: &Map<String, Value> = as_object(component, &component_path)?;
        known_keys(map, &["id", "description"], &component_path)?;
        let Some(id) = opt_str(map, "id", &component_path)? else {
            return Err(invalid(&component_path.key("id"), "is required"));
        };
        if ids.contains(&id) {
            return Err(invalid(
                &component_path.key("id"),
                "is not distinct within its list",
            ));
        }
        ids.push(id);
        opt_with(map, "description", &component_path, language_map)?;
    }
    Ok(())
}
