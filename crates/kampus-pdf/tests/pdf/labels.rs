//! The certificate labels in `locales/<tag>/certificate.ftl`: every file parses, has the
//! same messages as English, formats every message with the documented arguments without
//! errors, follows each language's plurals, and the result renders in every locale.

use std::collections::BTreeSet;
use std::path::PathBuf;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use kampus_pdf::CertificateText;
use unic_langid::LanguageIdentifier;

use crate::poppler;

/// Every locale with interface strings: the folders of `locales/` (kampus-pdf knows no
/// list of locales of its own).
fn locales() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut tags: Vec<String> = std::fs::read_dir(dir)
        .expect("locales/")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    assert!(tags.len() >= 8, "{tags:?}");
    tags
}

fn source(tag: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../locales")
        .join(tag)
        .join("certificate.ftl");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn resource(tag: &str) -> FluentResource {
    FluentResource::try_new(source(tag))
        .unwrap_or_else(|(_, errors)| panic!("{tag}/certificate.ftl does not parse: {errors:?}"))
}

fn ids(tag: &str) -> BTreeSet<String> {
    let ast = fluent_syntax::parser::parse(source(tag))
        .unwrap_or_else(|(_, errors)| panic!("{tag}/certificate.ftl does not parse: {errors:?}"));
    ast.body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.clone()),
            _ => None,
        })
        .collect()
}

/// A bundle as the API builds it: Montenegrin uses Serbian plural rules (CLDR has none
/// of its own), no isolation marks.
fn bundle(tag: &str) -> FluentBundle<FluentResource> {
    let plural_tag = if tag == "cnr" { "sr-Latn" } else { tag };
    let language: LanguageIdentifier = plural_tag.parse().expect("valid tag");
    let mut bundle = FluentBundle::new(vec![language]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource(tag))
        .unwrap_or_else(|errors| panic!("{tag}: duplicate messages {errors:?}"));
    bundle
}

fn args(number: i64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for name in ["hours", "credits", "level", "score", "day"] {
        args.set(name, FluentValue::from(number));
    }
    args.set("year", 2026);
    args.set("serial", "KMP-2026-000123");
    args.set("code", "7K3M-Q9XD-T2WA-B4RN");
    args.set("date", "25. 11. 2026.");
    args.set("month", "11");
    args.set("reason", "izdat greškom");
    args.set("holder", "Ljubiša Đorđević");
    args.set("course", "Protection of children on the move");
    args.set("issuer", "Regional Migration Training Centre, Plandište");
    args
}

fn format(bundle: &FluentBundle<FluentResource>, id: &str, args: &FluentArgs<'_>) -> String {
    let message = bundle
        .get_message(id)
        .unwrap_or_else(|| panic!("no message {id}"));
    let pattern = message
        .value()
        .unwrap_or_else(|| panic!("{id} has no value"));
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(args), &mut errors)
        .into_owned();
    assert!(errors.is_empty(), "{id}: {errors:?}");
    assert!(
        !text.contains('{') && !text.trim().is_empty(),
        "{id} gives {text:?}"
    );
    text
}

#[test]
fn every_locale_has_the_english_messages_and_formats_them() {
    let english = ids("en");
    assert_eq!(english.len(), 28, "{english:?}");
    for id in (1..=12).map(|m| format!("certificate-month-{m}")) {
        assert!(english.contains(&id), "en lacks {id}");
    }
    for tag in &locales() {
        let ids = ids(tag);
        assert_eq!(ids, english, "{tag} differs from en");
        let bundle = bundle(tag);
        for number in [1, 2, 5, 21, 40] {
            for id in &ids {
                format(&bundle, id, &args(number));
            }
        }
    }
}

#[test]
fn plurals_follow_each_language() {
    let hours = |tag: &str, n: i64| format(&bundle(tag), "certificate-hours", &args(n));
    let credits = |tag: &str, n: i64| format(&bundle(tag), "certificate-credits", &args(n));
    assert_eq!(hours("en", 1), "1 hour");
    assert_eq!(hours("en", 40), "40 hours");
    assert_eq!(hours("sr-Cyrl", 21), "21 час");
    assert_eq!(hours("sr-Cyrl", 24), "24 часа");
    assert_eq!(hours("sr-Cyrl", 40), "40 часова");
    assert_eq!(hours("cnr", 3), "3 časa");
    assert_eq!(hours("hr", 40), "40 sati");
    assert_eq!(hours("mk", 1), "1 час");
    assert_eq!(hours("mk", 40), "40 часа");
    assert_eq!(credits("mk", 2), "2 ЕКТС-кредити");
    assert_eq!(credits("bs", 2), "2 ECTS boda");
    assert_eq!(credits("sq", 1), "1 kredit ECTS");
    assert_eq!(credits("sq", 6), "6 kredite ECTS");
    // Decimals take the "other" form where the language says so.
    let mut decimal = args(1);
    decimal.set("credits", 2.5);
    assert_eq!(
        format(&bundle("en"), "certificate-credits", &decimal),
        "2.5 ECTS credits"
    );
}

#[test]
fn english_paragraph_is_the_same_everywhere() {
    let english = format(&bundle("en"), "certificate-english", &args(1));
    assert!(english.contains("(1 hour)"), "{english}");
    for tag in &locales() {
        for n in [1, 21, 40] {
            assert_eq!(
                format(&bundle(tag), "certificate-english", &args(n)),
                format(&bundle("en"), "certificate-english", &args(n)),
                "{tag}"
            );
        }
    }
}

#[test]
fn cyrillic_locales_use_no_latin_letters() {
    for tag in ["sr-Cyrl", "mk"] {
        let bundle = bundle(tag);
        let mut plain = args(5);
        for name in [
            "serial", "code", "reason", "holder", "course", "issuer", "date", "month",
        ] {
            plain.set(name, "");
        }
        for id in ids(tag) {
            if id == "certificate-english" {
                continue;
            }
            let text = format(&bundle, &id, &plain);
            assert!(
                !text.chars().any(|c| c.is_ascii_alphabetic()),
                "{tag} {id} has Latin letters: {text}"
            );
        }
    }
}

/// The certificate text the API would build in `tag`.
fn certificate(tag: &str) -> CertificateText {
    let bundle = bundle(tag);
    let mut args = args(40);
    args.set("month", format(&bundle, "certificate-month-11", &args));
    args.set("day", 25);
    let date = format(&bundle, "certificate-date", &args);
    args.set("date", date);
    args.set("credits", 2);
    args.set("level", 6);
    args.set("score", 86);
    let message = |id: &str| format(&bundle, id, &args);
    CertificateText {
        lang: tag.to_owned(),
        document_title: message("certificate-document-title"),
        issuer: "Regional Migration Training Centre, Plandište".into(),
        title: message("certificate-title"),
        certifies: message("certificate-certifies"),
        holder_name: "Ljubiša Đorđević".into(),
        institution: None,
        completed: message("certificate-completed"),
        course_title: "Protection of children on the move".into(),
        details: ["hours", "credits", "eqf", "completed-on", "final-score"]
            .iter()
            .map(|id| message(&format!("certificate-{id}")))
            .collect(),
        outcomes_heading: message("certificate-outcomes"),
        outcomes: vec!["Identifies children at risk.".into()],
        english: (tag != "en").then(|| message("certificate-english")),
        serial: message("certificate-serial"),
        code: message("certificate-code"),
        verify_hint: message("certificate-verify-hint"),
        verify_url: "https://kampus.example.org/verify/7K3M-Q9XD-T2WA-B4RN".into(),
        revoked: Some(message("certificate-revoked")),
    }
}

#[test]
fn every_locale_renders_and_reads_back() {
    for tag in &locales() {
        let text = certificate(tag);
        let pdf = kampus_pdf::render(&text).expect("renders");
        let extracted = poppler::text(&pdf, &format!("labels-{tag}.pdf"));
        poppler::assert_contains_all(&extracted, &crate::extraction::printed(&text), tag);
    }
}
