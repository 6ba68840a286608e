//! Reading `bundle.toml`, the manifest of additions to a course.
//!
//! Only what merging needs is checked here: the course it names, that no key is unknown (a
//! typo such as `lesson` would otherwise add nothing, silently) and that every declared table
//! has an `id` to merge by. Everything else about the tables (their ids' form, their fields,
//! what they refer to) is checked when the merged course is loaded, with the same rules and
//! messages as a whole course.

use std::collections::HashSet;

use serde::Deserialize;

use super::PARTIAL_MANIFEST_FILE;
use super::merge::STRUCTURE_KEYS;
use crate::bundle::SourceTree;
use crate::manifest::Located;
use crate::problem::{Problem, ProblemCode};
use crate::validate::{MANIFEST_FILE, is_valid_id};

/// `bundle.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PartialDecl {
    course: Located<String>,
    locales: Option<Vec<String>>,
    #[serde(default)]
    outcomes: Vec<Located<toml::Table>>,
    #[serde(default)]
    modules: Vec<Located<toml::Table>>,
    #[serde(default)]
    lessons: Vec<Located<toml::Table>>,
    #[serde(default)]
    assessments: Vec<Located<toml::Table>>,
}

/// The course id and the tables to merge (see [`super::Partial`]) of the partial `tree`, or
/// every problem of its `bundle.toml` and of a `course.toml` it should not have. Problems name
/// files relative to the partial.
pub(super) fn read(tree: &SourceTree) -> Result<(String, toml::Table), Vec<Problem>> {
    let mut problems: Vec<Problem> = tree
        .paths()
        .filter(|p| *p == MANIFEST_FILE || p.ends_with("/course.toml"))
        .map(|p| {
            Problem::in_file(
                ProblemCode::ManifestSyntax,
                p,
                "additions to a course (with bundle.toml) cannot bring a course.toml: declare \
                 the new outcomes, modules, lessons and assessments in bundle.toml, or upload \
                 the whole course without bundle.toml"
                    .to_owned(),
            )
        })
        .collect();
    let Some(Ok(text)) = tree.get(PARTIAL_MANIFEST_FILE).map(std::str::from_utf8) else {
        problems.push(Problem::in_file(
            ProblemCode::UnreadableFile,
            PARTIAL_MANIFEST_FILE,
            "bundle.toml is not UTF-8 text".to_owned(),
        ));
        return Err(problems);
    };
    let decl = match toml::from_str::<PartialDecl>(text) {
        Ok(decl) => decl,
        Err(err) => {
            let offset = err.span().map_or(0, |s| s.start);
            let message = err.message().trim().replace('\n', " ");
            problems.push(syntax(text, offset, message));
            return Err(problems);
        }
    };
    let manifest = check(&decl, text, tree, &mut problems);
    if problems.is_empty() {
        Ok((decl.course.value, manifest))
    } else {
        Err(problems)
    }
}

/// Checks what parsing cannot and gathers the tables to merge.
fn check(
    decl: &PartialDecl,
    text: &str,
    tree: &SourceTree,
    problems: &mut Vec<Problem>,
) -> toml::Table {
    if !is_valid_id(&decl.course.value) {
        problems.push(syntax(
            text,
            decl.course.start(),
            format!(
                "`course` must be the id of a course (lowercase letters, digits and single \
                 hyphens), not `{}`",
                decl.course.value
            ),
        ));
    }
    let mut manifest = toml::Table::new();
    if let Some(locales) = &decl.locales {
        let locales = locales.iter().cloned().map(toml::Value::String).collect();
        manifest.insert("locales".to_owned(), toml::Value::Array(locales));
    }
    let arrays = [
        &decl.outcomes,
        &decl.modules,
        &decl.lessons,
        &decl.assessments,
    ];
    for (key, tables) in STRUCTURE_KEYS.iter().zip(arrays) {
        let mut seen = HashSet::new();
        for table in tables {
            match table.value.get("id").and_then(toml::Value::as_str) {
                None => problems.push(syntax(
                    text,
                    table.start(),
                    format!("every table of [[{key}]] needs an `id` (a string)"),
                )),
                Some(id) if !seen.insert(id) => problems.push(Problem::at(
                    ProblemCode::DuplicateId,
                    PARTIAL_MANIFEST_FILE,
                    text,
                    table.start(),
                    format!("[[{key}]] declares `{id}` twice"),
                )),
                Some(_) => {}
            }
        }
        if !tables.is_empty() {
            let values = tables
                .iter()
                .map(|t| toml::Value::Table(t.value.clone()))
                .collect();
            manifest.insert((*key).to_owned(), toml::Value::Array(values));
        }
    }
    if manifest.is_empty() && tree.paths().all(|p| p == PARTIAL_MANIFEST_FILE) {
        problems.push(Problem::in_file(
            ProblemCode::ManifestSyntax,
            PARTIAL_MANIFEST_FILE,
            "these additions add nothing: bundle.toml declares no outcomes, modules, lessons, \
             assessments or locales, and there are no files beside it"
                .to_owned(),
        ));
    }
    manifest
}

fn syntax(text: &str, offset: usize, message: String) -> Problem {
    Problem::at(
        ProblemCode::ManifestSyntax,
        PARTIAL_MANIFEST_FILE,
        text,
        offset,
        message,
    )
}
