//! Nothing leaves the frame, whatever the length of the text.

use kampus_pdf::fonts::Measure;
use kampus_pdf::layout::{self, Shape};
use kampus_pdf::{CertificateText, PAGE_HEIGHT, PAGE_WIDTH, PdfError};

use crate::samples;

/// Inner edge of the frame.
const INSET: f32 = 26.0;

fn assert_inside(sample: &CertificateText) {
    let page = layout::lay_out(sample).expect("lays out");
    let mut texts = 0;
    for shape in &page.shapes {
        let Shape::Text {
            font,
            size,
            x,
            y,
            text,
            ..
        } = shape
        else {
            continue;
        };
        texts += 1;
        let width = Measure::new(*font, *size).expect("font").width(text);
        assert!(
            *x >= INSET && x + width <= PAGE_WIDTH - INSET,
            "{text:?} runs from {x} to {} on a {PAGE_WIDTH} pt page",
            x + width
        );
        assert!(
            y - size * 0.25 >= INSET && y + size <= PAGE_HEIGHT - INSET,
            "{text:?} at baseline {y} (size {size}) leaves the page vertically"
        );
        assert!(*size >= 4.0, "{text:?} set at an unreadable {size} pt");
    }
    assert!(texts > 10);
}

fn overlaps(a: (f32, f32, f32, f32), b: (f32, f32, f32, f32)) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// No two lines of text overlap.
fn assert_no_overlap(sample: &CertificateText) {
    let page = layout::lay_out(sample).expect("lays out");
    let boxes: Vec<_> = page
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Text {
                font,
                size,
                x,
                y,
                text,
                ..
            } => {
                let width = Measure::new(*font, *size).expect("font").width(text);
                Some((
                    text.clone(),
                    (*x, y - size * 0.22, x + width, y + size * 0.72),
                ))
            }
            _ => None,
        })
        .collect();
    for (i, (text_a, a)) in boxes.iter().enumerate() {
        for (text_b, b) in &boxes[i + 1..] {
            assert!(!overlaps(*a, *b), "{text_a:?} overlaps {text_b:?}");
        }
    }
}

#[test]
fn every_sample_stays_inside_the_frame() {
    for sample in [
        samples::macedonian(),
        samples::serbian_cyrillic(),
        samples::albanian(),
        samples::very_long(),
        samples::revoked(),
    ] {
        assert_inside(&sample);
        assert_no_overlap(&sample);
    }
}

#[test]
fn very_long_revoked_certificate_stays_inside() {
    let sample = CertificateText {
        revoked: Some("OPOZVAN 3. decembra 2026: ".repeat(6)),
        ..samples::very_long()
    };
    assert_inside(&sample);
    assert_no_overlap(&sample);
}

#[test]
fn absurd_amounts_of_text_are_an_error_not_an_overflow() {
    let sample = CertificateText {
        outcomes: vec!["Ishod učenja s mnogo riječi koji se ponavlja. ".repeat(8); 40],
        ..samples::very_long()
    };
    assert!(matches!(
        kampus_pdf::render(&sample),
        Err(PdfError::TooMuchText { .. })
    ));
}

#[test]
fn empty_input_renders() {
    let pdf = kampus_pdf::render(&CertificateText::default()).expect("empty text renders");
    assert!(pdf.starts_with(b"%PDF-"));
}
