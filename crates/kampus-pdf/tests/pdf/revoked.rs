//! A revoked certificate says so in a banner.

use crate::{poppler, samples};

#[test]
fn revoked_banner_text_is_printed() {
    let sample = samples::revoked();
    let pdf = kampus_pdf::render(&sample).expect("renders");
    let text = poppler::text(&pdf, "mk-revoked.pdf");
    let banner = sample.revoked.clone().expect("sample is revoked");
    poppler::assert_contains_all(&text, &[banner], "revoked");
    // The rest is still there.
    poppler::assert_contains_all(&text, &[sample.holder_name, sample.course_title], "revoked");
}

#[test]
fn blank_revocation_text_prints_no_banner() {
    let mut sample = samples::macedonian();
    let plain = kampus_pdf::render(&sample).expect("renders");
    sample.revoked = Some("   ".into());
    // Only the input fingerprint in the file identifier may differ.
    let blank = kampus_pdf::render(&sample).expect("renders");
    assert_eq!(plain.len(), blank.len());
}
