//! Checks of the pages' strings, run as tests: every message id the templates and the Rust
//! sources name exists in English, and every locale has every English message of `web.ftl`
//! with the same variables. A missing message fails here, never shows as a raw id.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use kampus_content::Locale;
use kampus_usecases::i18n::Catalog;

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Every literal id passed to `t`, `ts`, `tn`, `tnn` or `with` in templates and sources, and
/// every string literal that looks like a message id of a known family.
fn named_ids() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("templates"), &mut paths);
    files(&root.join("src"), &mut paths);
    let mut ids = BTreeSet::new();
    for path in paths {
        let source = std::fs::read_to_string(&path).expect("source");
        for call in [".t(\"", ".ts(\"", ".tn(\"", ".tnn(\"", ".with(\""] {
            for chunk in source.split(call).skip(1) {
                if let Some((id, _)) = chunk.split_once('"') {
                    ids.insert(id.to_owned());
                }
            }
        }
        // Ids chosen in Rust and passed to a template (`problem`, `notice`, `done`, ...).
        for chunk in source.split('"').skip(1).step_by(2) {
            let families = [
                "sign-in-",
                "register-",
                "verify-",
                "link-",
                "reset-",
                "quiz-",
                "review-",
                "assessment-",
                "profile-",
                "error-",
                "catalog-",
                "course-",
                "level-",
                "country-",
                "gender-",
                "audience-",
                "certificate-",
                "completed-",
                "survey-",
            ];
            let looks_like_id = families.iter().any(|f| chunk.starts_with(f))
                && chunk.chars().all(|c| {
                    c.is_ascii_lowercase()
                        || c.is_ascii_digit()
                        || c == '-'
                        || c.is_ascii_uppercase()
                });
            if looks_like_id && !chunk.ends_with('-') {
                ids.insert(chunk.to_owned());
            }
        }
    }
    ids
}

#[test]
fn every_named_message_exists_in_english() {
    let catalog = Catalog::embedded().expect("catalog");
    let english = catalog.message_ids(Locale::En);
    let missing: Vec<String> = named_ids()
        .into_iter()
        .filter(|id| !english.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "messages named but not in locales/en: {missing:?}"
    );
}

/// The variables each message of a `web.ftl` uses.
fn variables(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    fn walk(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_vars(expression, out);
            }
        }
    }
    fn inline_vars(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => expression_vars(expression, out),
            _ => {}
        }
    }
    fn expression_vars(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            Expression::Inline(inline) => inline_vars(inline, out),
            Expression::Select { selector, variants } => {
                inline_vars(selector, out);
                for variant in variants {
                    walk(&variant.value, out);
                }
            }
        }
    }
    let resource = fluent_syntax::parser::parse(source).expect("valid Fluent");
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    walk(value, &mut vars);
                }
                Some((message.id.name.to_owned(), vars))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn every_locale_has_every_web_message_with_the_english_variables() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let read =
        |tag: &str| std::fs::read_to_string(locales.join(tag).join("web.ftl")).expect("web.ftl");
    let english = variables(&read("en"));
    let mut problems = Vec::new();
    for locale in Locale::ALL {
        let own = variables(&read(locale.tag()));
        for (id, vars) in &english {
            match own.get(id) {
                None => problems.push(format!("{}: {id} missing", locale.tag())),
                Some(found) if found != vars => problems.push(format!(
                    "{}: {id} uses {found:?}, English {vars:?}",
                    locale.tag()
                )),
                Some(_) => {}
            }
        }
        for id in own.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{}: {id} is not an English message", locale.tag()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_template_has_inline_script_or_style() {
    let mut paths = Vec::new();
    files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"),
        &mut paths,
    );
    for path in paths {
        let source = std::fs::read_to_string(&path)
            .expect("template")
            .to_lowercase();
        let name = path.display();
        assert!(!source.contains("<style"), "{name}: a <style> element");
        assert!(!source.contains(" style="), "{name}: a style attribute");
        for chunk in source.split("<script").skip(1) {
            let tag = chunk.split('>').next().unwrap_or_default();
            assert!(tag.contains("src="), "{name}: an inline <script>");
        }
        for handler in [
            " onclick=",
            " onload=",
            " onsubmit=",
            " onchange=",
            " oninput=",
            "javascript:",
        ] {
            assert!(!source.contains(handler), "{name}: {handler}");
        }
    }
}
