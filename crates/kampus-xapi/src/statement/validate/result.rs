//! The result of a statement (2.0.0 §4.2.2.4 "Result", 1.0.3 Data §2.4.5).
//!
//! `success` and `completion` are booleans, `response` a string, `duration` an ISO 8601
//! duration, `extensions` an extensions object, `score` an object whose `scaled` lies in
//! [-1, 1], whose `min` is less than `max` and whose `raw` lies between them (1.0.3 Data
//! §2.4.5.1, kept in 2.0.0 §4.2.2.4: "raw: Decimal number between min and max (if present,
//! otherwise unrestricted), inclusive"; "max: Decimal number greater than min (if present)").

use serde_json::{Map, Value};

use super::path::Path;
use super::time::is_duration;
use super::{Check, as_object, extensions, invalid, known_keys, opt_bool, opt_str, opt_with};

const RESULT_KEYS: [&str; 6] = [
    "score",
    "success",
    "completion",
    "response",
    "duration",
    "extensions",
];
const SCORE_KEYS: [&str; 4] = ["scaled", "raw", "min", "max"];

/// A Result object.
pub(super) fn result(value: &Value, path: &Path<'_>) -> Check {
    let map = as_object(value, path)?;
    known_keys(map, &RESULT_KEYS, path)?;
    opt_with(map, "score", path, score)?;
    opt_bool(map, "success", path)?;
    opt_bool(map, "completion", path)?;
    opt_str(map, "response", path)?;
    if let Some(duration) = opt_str(map, "duration", path)?
        && !is_duration(duration)
    {
        return Err(invalid(
            &path.key("duration"),
            "must be an ISO 8601 duration",
        ));
    }
    opt_with(map, "extensions", path, extensions)
}

/// A Score object.
fn score(value: &Value, path: &Path<'_>) -> Check {
    let map = as_object(value, path)?;
    known_keys(map, &SCORE_KEYS, path)?;
    let [scaled, raw, min, max] = SCORE_KEYS.map(|key| number(map, key, path));
    let (scaled, raw, min, max) = (scaled?, raw?, min?, max?);
    if scaled.is_some_and(|s| !(-1.0..=1.0).contains(&s)) {
        return Err(invalid(&path.key("scaled"), "must be between -1 and 1"));
    }
    if let (Some(min), Some(max)) = (min, max)
        && min >= max
    {
        return Err(invalid(&path.key("max"), "must be greater than \"min\""));
    }
    if let Some(raw) = raw {
        if min.is_some_and(|min| raw < min) {
            return Err(invalid(&path.key("raw"), "must not be less than \"min\""));
        }
        if max.is_some_and(|max| raw > max) {
            return Err(invalid(
                &path.key("raw"),
                "must not be greater than \"max\"",
            ));
        }
    }
    Ok(())
}

/// A number property, if present.
fn number(
    map: &Map<String, Value>,
    key: &str,
    path: &Path<'_>,
) -> Result<Option<f64>, super::Invalid> {
    match map.get(key) {
        None => Ok(None),
        Some(Value::Number(n)) => n
            .as_f64()
            .map(Some)
            .ok_or_else(|| invalid(&path.key(key), "must be a number")),
        Some(_) => Err(invalid(&path.key(key), "must be a number")),
    }
}
