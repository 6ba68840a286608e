//! Negotiation, fallback chains, transliteration and Fluent plurals on the example course.

use std::sync::OnceLock;

use fluent_bundle::FluentArgs;
use kampus_content::bundle::SourceTree;
use kampus_content::{LoadedCourse, Locale, NegotiationSource, load_path, load_tree, negotiate};

use crate::fixture;

fn example() -> &'static LoadedCourse {
    static COURSE: OnceLock<LoadedCourse> = OnceLock::new();
    COURSE.get_or_init(|| {
        load_path(&fixture("example-course"))
            .course
            .expect("loaded")
    })
}

#[test]
fn accept_language_cnr_then_serbian_follows_the_montenegrin_chain() {
    let negotiated = negotiate(None, None, Some("cnr, sr;q=0.8"));
    assert_eq!(
        (negotiated.locale, negotiated.source),
        (Locale::Cnr, NegotiationSource::AcceptLanguage)
    );
    let course = example();
    // cnr has its own course title...
    let title = course
        .text(negotiated.locale, "course", None)
        .expect("title");
    assert_eq!(title.value, "Osnove postupka azila");
    assert_eq!(
        (title.origin.locale, title.origin.fallback),
        (Locale::Cnr, false)
    );
    // ...and no lessons: the first link of its chain, sr-Latn, has this one,
    let lesson = course
        .lesson(Locale::Cnr, "l-who-is-a-refugee")
        .expect("lesson");
    assert_eq!(
        (
            lesson.origin.locale,
            lesson.origin.fallback,
            lesson.origin.transliterated_from
        ),
        (Locale::SrLatn, true, None)
    );
    // ...and this one only in Cyrillic, so it is transliterated to Latin for cnr readers.
    let lesson = course
        .lesson(Locale::Cnr, "l-first-contact")
        .expect("lesson");
    assert_eq!(lesson.origin.locale, Locale::SrLatn);
    assert_eq!(lesson.origin.transliterated_from, Some(Locale::SrCyrl));
    assert!(
        lesson
            .value
            .html
            .contains("<h1 id=\"prvi-kontakt\">Prvi kontakt</h1>"),
        "{}",
        lesson.value.html
    );
}

#[test]
fn sr_latn_is_served_from_sr_cyrl_by_transliteration() {
    let course = example();
    let lesson = course.lesson(Locale::SrLatn, "l-steps").expect("lesson");
    assert_eq!(lesson.origin.requested, Locale::SrLatn);
    assert_eq!(lesson.origin.locale, Locale::SrLatn);
    assert_eq!(lesson.origin.transliterated_from, Some(Locale::SrCyrl));
    assert!(!lesson.origin.fallback);
    assert!(
        lesson
            .value
            .html
            .contains("Kancelarija za azil saslušava podnosioca zahteva"),
        "{}",
        lesson.value.html
    );
    assert_eq!(lesson.value.toc[0].id, "koraci-postupka");

    let text = course
        .text(Locale::SrLatn, "q-roles_asylum-office", None)
        .expect("text");
    assert_eq!(text.value, "Kancelarija za azil");
    assert_eq!(text.origin.transliterated_from, Some(Locale::SrCyrl));
    // A text sr-Latn has itself is not transliterated.
    let own = course.text(Locale::SrLatn, "m-access", None).expect("text");
    assert_eq!(
        (own.value.as_ref(), own.origin.transliterated_from),
        ("Pristup postupku", None)
    );
}

#[test]
fn sr_cyrl_is_derived_from_latin_only_where_unambiguous() {
    let mut tree = SourceTree::read_path(&fixture("example-course"));
    // Drop two Cyrillic texts; provide Latin ones, one with the ambiguous digraph "nj".
    let cyr = String::from_utf8(
        tree.get("locales/sr-Cyrl/course.ftl")
            .expect("file")
            .to_vec(),
    )
    .expect("utf8");
    let cyr = cyr
        .lines()
        .filter(|l| !l.starts_with("l-steps") && !l.starts_with("m-procedure"))
        .collect::<Vec<_>>()
        .join("\n");
    tree.insert("locales/sr-Cyrl/course.ftl", cyr.into_bytes());
    let mut lat = String::from_utf8(
        tree.get("locales/sr-Latn/course.ftl")
            .expect("file")
            .to_vec(),
    )
    .expect("utf8");
    lat.push_str("l-steps = Koraci postupka\nm-procedure = Postupak korak po korak, injekcija\n");
    tree.insert("locales/sr-Latn/course.ftl", lat.into_bytes());
    let course = load_tree(&tree).course.expect("loaded");

    let derived = course.text(Locale::SrCyrl, "l-steps", None).expect("text");
    assert_eq!(derived.value, "Кораци поступка");
    assert_eq!(
        (derived.origin.locale, derived.origin.transliterated_from),
        (Locale::SrCyrl, Some(Locale::SrLatn))
    );
    // "injekcija" could be инјекција or ињекција: not converted, the Latin text is shown.
    let ambiguous = course
        .text(Locale::SrCyrl, "m-procedure", None)
        .expect("text");
    assert_eq!(ambiguous.value, "Postupak korak po korak, injekcija");
    assert_eq!(
        (ambiguous.origin.locale, ambiguous.origin.fallback),
        (Locale::SrLatn, true)
    );
}

#[test]
fn unknown_tags_fall_back_to_english_with_a_marker() {
    let course = example();
    let lesson = course.lesson_for_tag("de-AT", "l-steps").expect("lesson");
    assert_eq!(lesson.origin.locale, Locale::En);
    assert!(lesson.origin.unsupported_request);
    let text = course
        .text_for_tag("xx-invalid!!", "course", None)
        .expect("text");
    assert_eq!(
        (text.value.as_ref(), text.origin.unsupported_request),
        ("Asylum procedure basics", true)
    );
    let known = course.lesson_for_tag("hr-HR", "l-steps").expect("lesson");
    assert_eq!(
        (known.origin.locale, known.origin.unsupported_request),
        (Locale::Hr, false)
    );
    // Macedonian and Albanian fall back straight to English.
    let mk = course.text(Locale::Mk, "q-order", None).expect("text");
    assert_eq!((mk.origin.locale, mk.origin.fallback), (Locale::En, true));
}

#[test]
fn plurals_follow_cldr_per_locale() {
    let course = example();
    let instructions = |locale, attempts: i64| {
        let mut args = FluentArgs::new();
        args.set("attempts", attempts);
        args.set("minutes", 15);
        course
            .text(locale, "quiz-access.instructions", Some(&args))
            .expect("text")
            .value
            .into_owned()
    };
    assert_eq!(
        instructions(Locale::En, 1),
        "You have one attempt and 15 minutes."
    );
    assert_eq!(
        instructions(Locale::En, 3),
        "You have 3 attempts and 15 minutes."
    );
    assert_eq!(
        instructions(Locale::SrCyrl, 21),
        "Имате 21 покушај и 15 минута."
    );
    assert_eq!(
        instructions(Locale::SrCyrl, 3),
        "Имате 3 покушаја и 15 минута."
    );
    assert_eq!(
        instructions(Locale::SrLatn, 3),
        "Imate 3 pokušaja i 15 minuta."
    );
    assert_eq!(instructions(Locale::Hr, 5), "Imate 5 pokušaja i 15 minuta.");
    assert_eq!(
        instructions(Locale::Sq, 1),
        "Keni një përpjekje dhe 15 minuta."
    );
}

#[test]
fn sr_latn_is_derived_even_when_the_course_has_only_cyrillic() {
    let mut tree = SourceTree::new();
    let example = SourceTree::read_path(&fixture("example-course"));
    for path in example.paths() {
        let keep = path.starts_with("locales/en/")
            || path.starts_with("locales/sr-Cyrl/")
            || path.starts_with("assets/");
        if keep {
            tree.insert(path, example.get(path).expect("file").to_vec());
        }
    }
    let manifest =
        String::from_utf8(example.get("course.toml").expect("manifest").to_vec()).expect("utf8");
    let manifest = manifest.replace(
        r#"locales = ["en", "sr-Latn", "sr-Cyrl", "bs", "hr", "cnr", "mk", "sq"]"#,
        r#"locales = ["en", "sr-Cyrl"]"#,
    );
    tree.insert("course.toml", manifest.into_bytes());
    let outcome = load_tree(&tree);
    assert!(outcome.problems.is_empty(), "{:#?}", outcome.problems);
    let course = outcome.course.expect("loaded");
    assert_eq!(course.locales(), [Locale::En, Locale::SrCyrl]);
    let lesson = course.lesson(Locale::SrLatn, "l-steps").expect("lesson");
    assert_eq!(
        (lesson.origin.locale, lesson.origin.transliterated_from),
        (Locale::SrLatn, Some(Locale::SrCyrl))
    );
    let cnr = course.text(Locale::Cnr, "m-access", None).expect("text");
    assert_eq!(
        (cnr.value.as_ref(), cnr.origin.locale),
        ("Pristup postupku", Locale::SrLatn)
    );
}
