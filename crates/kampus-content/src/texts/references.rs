//! References from a text to messages and terms its locale does not define.
//!
//! Fluent resolves `{ other }` and `{ -term }` in the bundle of the text's own locale only (a
//! locale's texts are never mixed with its fallback's), so a reference to something only
//! English defines, or to a misspelt id, is shown to the learner as `{other}` or `{-term}`.
//! Nothing else reports it: the message itself exists and parses.

use super::LocaleTexts;
use crate::problem::{Problem, ProblemCode};

/// Reports each reference of `texts` to a message, attribute or term it does not define.
pub(super) fn report_unknown(texts: &LocaleTexts, problems: &mut Vec<Problem>) {
    for (key, entry) in &texts.texts {
        let source = texts.sources.get(&entry.file).map_or("", String::as_str);
        for reference in &entry.placeables.references {
            let defined = if reference.key.starts_with('-') {
                texts.terms.contains(&reference.key)
            } else {
                texts.texts.contains_key(&reference.key)
            };
            if defined {
                continue;
            }
            let what = if reference.key.starts_with('-') {
                "term"
            } else {
                "message"
            };
            problems.push(Problem::at(
                ProblemCode::UnknownReference,
                &entry.file,
                source,
                reference.offset,
                format!(
                    "`{key}` refers to the {what} `{}`, which no .ftl file of this locale defines; it would show as {{{}}}",
                    reference.key, reference.key
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Locale;
    use crate::bundle::SourceTree;
    use crate::problem::ProblemCode;
    use crate::texts::read_locale;

    fn problems(files: &[(&str, &str)]) -> Vec<(String, u32, u32, ProblemCode)> {
        let mut tree = SourceTree::new();
        for (path, text) in files {
            tree.insert(path, text.as_bytes().to_vec());
        }
        let mut problems = Vec::new();
        read_locale(&tree, Locale::Hr, &mut problems);
        crate::problem::sort(&mut problems);
        problems
            .into_iter()
            .map(|p| (p.file, p.line, p.column, p.code))
            .collect()
    }

    #[test]
    fn undefined_messages_and_terms_are_reported_where_they_are_named() {
        let found = problems(&[(
            "locales/hr/a.ftl",
            "m = Vidi { other } i { -centar }\nn = { m.hint }\n",
        )]);
        assert_eq!(
            found,
            [
                (
                    "locales/hr/a.ftl".to_owned(),
                    1,
                    12,
                    ProblemCode::UnknownReference
                ),
                (
                    "locales/hr/a.ftl".to_owned(),
                    1,
                    24,
                    ProblemCode::UnknownReference
                ),
                (
                    "locales/hr/a.ftl".to_owned(),
                    2,
                    7,
                    ProblemCode::UnknownReference
                ),
            ]
        );
    }

    #[test]
    fn references_defined_in_any_file_of_the_locale_are_fine() {
        let found = problems(&[
            ("locales/hr/a.ftl", "m = Vidi { other } u { -centar }\n"),
            (
                "locales/hr/b.ftl",
                "-centar = Centar\nother = drugo\n    .hint = savjet\nn = { other.hint }\n",
            ),
        ]);
        assert_eq!(found, []);
    }
}
