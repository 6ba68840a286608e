//! `pdftotext` gets back exactly the text that was put in, in every script: this is what
//! the `ToUnicode` maps of the embedded subsets are for (copy and paste, search, screen
//! readers).

use kampus_pdf::CertificateText;

use crate::{poppler, samples};

/// Every printed string of a certificate.
pub fn printed(text: &CertificateText) -> Vec<String> {
    let mut all = vec![
        text.issuer.clone(),
        text.title.clone(),
        text.certifies.clone(),
        text.holder_name.clone(),
        text.completed.clone(),
        text.course_title.clone(),
        text.outcomes_heading.clone(),
        text.serial.clone(),
        text.code.clone(),
        text.verify_hint.clone(),
        text.verify_url.clone(),
    ];
    all.extend(text.institution.clone());
    all.extend(text.details.iter().cloned());
    all.extend(text.outcomes.iter().cloned());
    all.extend(text.english.clone());
    all.extend(text.revoked.clone());
    all
}

fn check(sample: &CertificateText, name: &str) {
    let pdf = kampus_pdf::render(sample).expect("renders");
    let text = poppler::text(&pdf, name);
    poppler::assert_contains_all(&text, &printed(sample), &sample.lang);
}

#[test]
fn macedonian_text_is_extracted_exactly() {
    check(&samples::macedonian(), "mk.pdf");
}

#[test]
fn serbian_cyrillic_text_is_extracted_exactly() {
    check(&samples::serbian_cyrillic(), "sr-Cyrl.pdf");
}

#[test]
fn albanian_text_is_extracted_exactly() {
    check(&samples::albanian(), "sq.pdf");
}

#[test]
fn very_long_text_wraps_and_is_extracted() {
    let sample = samples::very_long();
    let pdf = kampus_pdf::render(&sample).expect("renders");
    let text = poppler::text(&pdf, "cnr-long.pdf");
    // The URL is broken between characters where it is printed; every word of the rest
    // comes back whole.
    let mut expected = printed(&sample);
    expected.retain(|s| *s != sample.verify_url);
    poppler::assert_contains_all(&text, &expected, "very long");
}

#[test]
fn page_is_a4_landscape_with_embedded_subset_fonts() {
    let pdf = kampus_pdf::render(&samples::macedonian()).expect("renders");
    let info = poppler::run("pdfinfo", &[], &pdf, "mk-info.pdf");
    assert!(info.contains("Pages:           1"), "{info}");
    assert!(
        info.contains("Page size:       842 x 595 pts (A4)"),
        "{info}"
    );
    assert!(
        info.contains("Title:           Сертификат KMP-2026-000123"),
        "{info}"
    );

    let fonts = poppler::run("pdffonts", &[], &pdf, "mk-fonts.pdf");
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 3, "three faces: {fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        // name, type (2 words), encoding, emb, sub, uni, object, generation
        assert!(
            columns[0].len() > 7 && columns[0].as_bytes()[6] == b'+',
            "subset tag: {row}"
        );
        assert_eq!(&columns[1..=3], ["CID", "TrueType", "Identity-H"], "{row}");
        assert_eq!(
            &columns[4..=6],
            ["yes", "yes", "yes"],
            "embedded, subset, unicode: {row}"
        );
    }
}
