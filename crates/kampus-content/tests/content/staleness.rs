//! A changed English text marks its translations outdated until they are confirmed.

use kampus_content::staleness::ConfirmError;
use kampus_content::{Locale, confirm_translations, load_path};

use crate::{copy_dir, fixture};

fn outdated(dir: &std::path::Path, locale: Locale) -> Vec<String> {
    let course = load_path(dir).course.expect("loaded");
    course
        .coverage()
        .locales
        .iter()
        .find(|c| c.locale == locale)
        .expect("row")
        .outdated_keys
        .clone()
}

#[test]
fn changed_english_text_is_outdated_until_confirmed() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("course");
    copy_dir(&fixture("example-course"), &dir);
    assert!(outdated(&dir, Locale::Hr).is_empty());

    let ftl = dir.join("locales/en/course.ftl");
    let text = std::fs::read_to_string(&ftl).expect("read");
    std::fs::write(
        &ftl,
        text.replace(
            "m-procedure = The procedure step by step",
            "m-procedure = The asylum procedure, step by step",
        ),
    )
    .expect("write");
    let lesson = dir.join("locales/en/lessons/l-steps.md");
    let body = std::fs::read_to_string(&lesson).expect("read");
    std::fs::write(
        &lesson,
        body.replace("take fingerprints", "take the fingerprints"),
    )
    .expect("write");

    for locale in [Locale::Hr, Locale::SrCyrl, Locale::Mk] {
        let keys = outdated(&dir, locale);
        assert!(
            keys.contains(&"m-procedure".to_owned()),
            "{locale}: {keys:?}"
        );
    }
    assert_eq!(
        outdated(&dir, Locale::Hr),
        ["m-procedure", "lessons/l-steps.md"]
    );
    // Only re-wrapping a text does not make it outdated.
    let text = std::fs::read_to_string(&ftl).expect("read");
    std::fs::write(
        &ftl,
        text.replace(
            "l-steps = Steps of the procedure",
            "l-steps =\n    Steps of the procedure",
        ),
    )
    .expect("write");
    assert_eq!(
        outdated(&dir, Locale::Hr),
        ["m-procedure", "lessons/l-steps.md"]
    );

    let summary = confirm_translations(&dir, Locale::Hr).expect("confirm");
    assert_eq!((summary.updated, summary.confirmed), (2, 54));
    assert!(outdated(&dir, Locale::Hr).is_empty());
    assert_eq!(
        outdated(&dir, Locale::SrCyrl),
        ["m-procedure", "lessons/l-steps.md"]
    );
    assert!(matches!(
        confirm_translations(&dir, Locale::En),
        Err(ConfirmError::SourceLocale)
    ));
    assert!(matches!(
        confirm_translations(tmp.path(), Locale::Hr),
        Err(ConfirmError::NotACourse(_))
    ));
}
