//! The same input gives the same bytes; any change in the input changes them.

use crate::samples;

#[test]
fn same_input_gives_identical_bytes() {
    for sample in [
        samples::macedonian(),
        samples::serbian_cyrillic(),
        samples::very_long(),
    ] {
        let first = kampus_pdf::render(&sample).expect("renders");
        let second = kampus_pdf::render(&sample.clone()).expect("renders");
        assert!(first.starts_with(b"%PDF-"));
        assert!(first == second, "two renders of {} differ", sample.lang);
    }
}

#[test]
fn different_input_gives_different_bytes() {
    let base = samples::macedonian();
    let rendered = kampus_pdf::render(&base).expect("renders");
    let mut other_serial = base.clone();
    other_serial.serial = "Сериски број: KMP-2026-000124".into();
    let mut no_english = base.clone();
    no_english.english = None;
    for changed in [other_serial, no_english, samples::revoked()] {
        assert_ne!(kampus_pdf::render(&changed).expect("renders"), rendered);
    }
}
