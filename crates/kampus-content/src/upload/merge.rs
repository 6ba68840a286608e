//! Merging the tables of `bundle.toml` into a course's `course.toml`.
//!
//! Both files are handled as plain TOML tables rather than as the typed manifest, so that a
//! merge never drops a field this crate does not model yet and every check stays in one place:
//! the loader, which validates the merged file as it would any `course.toml`. Tables are
//! matched by `id`: a declared id replaces the course's table in place (a lesson keeps its
//! place in its module), a new id is appended. `locales` only ever grows, and a course without
//! `locales` already offers every locale, so it is left without.
//!
//! A locale's `translations.lock` is merged too, key by key (the partial's confirmations
//! win): a translator who sends the lock for the texts they translated does not undo the
//! confirmations of the texts they did not touch.

use toml::{Table, Value};

use super::PARTIAL_MANIFEST_FILE;
use crate::problem::{Problem, ProblemCode};
use crate::validate::MANIFEST_FILE;

/// The arrays of tables a partial may add to, in the order of `course.toml`.
pub(super) const STRUCTURE_KEYS: [&str; 4] = ["outcomes", "modules", "lessons", "assessments"];

/// `course.toml` (`base`) with `additions` merged, written out again (comments are lost).
/// A problem when `base` does not parse or is not the course `course_id`.
pub(super) fn merged_manifest(
    base: &str,
    additions: &Table,
    course_id: &str,
) -> Result<String, Problem> {
    let mut course = toml::from_str::<Table>(base).map_err(|err| {
        let offset = err.span().map_or(0, |s| s.start);
        Problem::at(
            ProblemCode::ManifestSyntax,
            MANIFEST_FILE,
            base,
            offset,
            format!(
                "the course's course.toml does not parse, so nothing can be added to it: {}",
                err.message().trim().replace('\n', " ")
            ),
        )
    })?;
    let base_id = course.get("id").and_then(Value::as_str);
    if base_id != Some(course_id) {
        return Err(Problem::in_file(
            ProblemCode::UnknownId,
            PARTIAL_MANIFEST_FILE,
            format!(
                "these additions are for the course `{course_id}`, not `{}`",
                base_id.unwrap_or("(without an id)")
            ),
        ));
    }
    for key in STRUCTURE_KEYS {
        let Some(Value::Array(added)) = additions.get(key) else {
            continue;
        };
        let entry = course
            .entry(key)
            .or_insert_with(|| Value::Array(Vec::new()));
        let Value::Array(tables) = entry else {
            return Err(Problem::in_file(
                ProblemCode::ManifestSyntax,
                MANIFEST_FILE,
                format!("`{key}` of the course's course.toml is not an array of tables"),
            ));
        };
        for table in added {
            let id = table.get("id").and_then(Value::as_str);
            match tables
                .iter_mut()
                .find(|t| id.is_some() && t.get("id").and_then(Value::as_str) == id)
            {
                Some(existing) => existing.clone_from(table),
                None => tables.push(table.clone()),
            }
        }
    }
    if let (Some(Value::Array(added)), Some(Value::Array(locales))) =
        (additions.get("locales"), course.get_mut("locales"))
    {
        for locale in added {
            if !locales.contains(locale) {
                locales.push(locale.clone());
            }
        }
    }
    toml::to_string(&course).map_err(|err| {
        Problem::in_file(
            ProblemCode::ManifestSyntax,
            MANIFEST_FILE,
            format!("the merged course.toml cannot be written: {err}"),
        )
    })
}

/// The base's `translations.lock` with the confirmations of `added` laid over it, written
/// out again; `None` when either does not parse (the added file is then taken as it is,
/// and the loader reports it).
pub(super) fn merged_lock(base: &str, added: &str) -> Option<String> {
    let confirmed = |text: &str| -> Option<Table> {
        match toml::from_str::<Table>(text).ok()?.remove("confirmed") {
            Some(Value::Table(table)) => Some(table),
            None => Some(Table::new()),
            Some(_) => None,
        }
    };
    let mut merged = confirmed(base)?;
    merged.extend(confirmed(added)?);
    let merged = merged
        .into_iter()
        .map(|(key, value)| Some((key, value.as_str()?.to_owned())))
        .collect::<Option<std::collections::BTreeMap<String, String>>>()?;
    Some(crate::staleness::write_lock(&merged))
}
