//! Fluent variables that a text cannot get.
//!
//! A course text is formatted with variables only where Kampus passes them: an assessment's
//! instructions get its settings ([`crate::assessment_texts`]); every other text gets none. A
//! variable nothing passes shows as `{$name}`, and a translation whose variables differ from
//! English shows another number than English or none (a translator who wrote "three attempts"
//! where English has `{ $attempts }`). English is checked against what is passed, each other
//! locale against English; a text English does not have is checked against what is passed.
//! What is passed follows the settings `course.toml` writes, valid or not: a time limit out of
//! range is reported as such, and the text that shows it is not wrong for using `$minutes`.

use std::collections::{BTreeSet, HashMap};

use super::{at_entry, own_entries};
use crate::Locale;
use crate::assemble::TextsByLocale;
use crate::assessment_texts::{instructions_key, variable_names};
use crate::manifest::Manifest;
use crate::problem::{Problem, ProblemCode};

/// Reports texts whose variables are not passed to them or differ from English.
pub(super) fn check(manifest: &Manifest, texts: &TextsByLocale, problems: &mut Vec<Problem>) {
    let passed: HashMap<String, BTreeSet<String>> = manifest
        .assessments
        .iter()
        .map(|a| {
            let names = variable_names(a.attempts.is_some(), a.time_limit_minutes.is_some())
                .into_iter()
                .map(str::to_owned)
                .collect();
            (instructions_key(&a.id.value), names)
        })
        .collect();
    let nothing = BTreeSet::new();
    let english = texts[Locale::En.index()].as_ref();
    let keys: BTreeSet<&String> = texts
        .iter()
        .flatten()
        .flat_map(|t| t.texts.keys())
        .collect();
    for key in keys {
        let allowed = passed.get(key.as_str()).unwrap_or(&nothing);
        let english_variables = english
            .and_then(|t| t.texts.get(key.as_str()))
            .map(|e| &e.placeables.variables);
        for (locale, locale_texts, entry) in own_entries(texts, key) {
            let used = &entry.placeables.variables;
            let message = match english_variables {
                Some(expected) if locale != Locale::En => (used != expected).then(|| {
                    format!(
                        "`{key}` ({locale}) uses {}, but the English text uses {}",
                        list(used),
                        list(expected)
                    )
                }),
                _ => {
                    let unknown: BTreeSet<String> = used.difference(allowed).cloned().collect();
                    (!unknown.is_empty()).then(|| {
                        format!(
                            "`{key}` ({locale}) uses {}, which {} never passed to it (it gets {})",
                            list(&unknown),
                            if unknown.len() == 1 { "is" } else { "are" },
                            list(allowed)
                        )
                    })
                }
            };
            if let Some(message) = message {
                problems.push(at_entry(
                    ProblemCode::VariableMismatch,
                    locale_texts,
                    entry,
                    entry.offset,
                    message,
                ));
            }
        }
    }
}

/// `$a, $b`, or "no variables".
fn list(names: &BTreeSet<String>) -> String {
    if names.is_empty() {
        return "no variables".to_owned();
    }
    names
        .iter()
        .map(|n| format!("`${n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
