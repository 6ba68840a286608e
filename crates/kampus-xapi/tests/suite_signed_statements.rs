//! Signed statement requests exactly as the ADL conformance suite sends them (E.Data2.6, 4.2.7),
//! written by an independent signer (Node's crypto, `tests/fixtures/make-suite-signed.js`),
//! through the whole pure pipeline: wire → JSON → attachments → signature.

use kampus_xapi::statement::attachments::{AttachmentError, check_multipart_request};
use kampus_xapi::statement::signature::{SignatureProblem, check_signed_statements};
use kampus_xapi::version::XapiVersion;
use kampus_xapi::wire::statement_request;
use serde_json::Value;

const BOUNDARY: &str = include_str!("fixtures/suite-signed/boundary.txt");

/// What the pipeline answers for a body, as the LRS would: `Ok` or the refusal's message.
#[derive(Debug, PartialEq)]
enum Outcome {
    Stored,
    Attachments(AttachmentError),
    Signature(SignatureProblem),
}

fn run(version: XapiVersion, body: &[u8]) -> Outcome {
    let content_type = format!("multipart/mixed; boundary={BOUNDARY}");
    let request = statement_request(&content_type, body).expect("a well-formed request");
    let statements: Value = serde_json::from_slice(request.statements).expect("JSON statements");
    if let Err(error) = check_multipart_request(&statements, &request.attachments) {
        return Outcome::Attachments(error);
    }
    match check_signed_statements(version, &statements, &request.attachments) {
        Ok(()) => Outcome::Stored,
        Err(error) => Outcome::Signature(error.problem),
    }
}

#[test]
fn accepts_rs256_rs384_and_rs512() {
    for body in [
        include_bytes!("fixtures/suite-signed/rs256.body").as_slice(),
        include_bytes!("fixtures/suite-signed/rs384.body"),
        include_bytes!("fixtures/suite-signed/rs512.body"),
    ] {
        for version in XapiVersion::ALL {
            assert_eq!(run(version, body), Outcome::Stored, "{version}");
        }
    }
}

#[test]
fn refuses_hs256() {
    let body = include_bytes!("fixtures/suite-signed/hs256.body");
    assert_eq!(
        run(XapiVersion::V2_0_0, body),
        Outcome::Signature(SignatureProblem::UnsupportedAlgorithm(Some("HS256".into())))
    );
}

#[test]
fn refuses_a_payload_that_is_not_json() {
    let body = include_bytes!("fixtures/suite-signed/broken-json.body");
    assert_eq!(
        run(XapiVersion::V1_0_3, body),
        Outcome::Signature(SignatureProblem::PayloadNotJson)
    );
}

#[test]
fn refuses_a_signature_that_is_not_octet_stream() {
    let body = include_bytes!("fixtures/suite-signed/text-plain.body");
    assert_eq!(
        run(XapiVersion::V2_0_0, body),
        Outcome::Signature(SignatureProblem::NotOctetStream(
            "text/plain; charset=ascii".into()
        ))
    );
}

#[test]
fn compares_durations_to_hundredths_in_2_0_0_only() {
    let body = include_bytes!("fixtures/suite-signed/duration-precision.body");
    assert_eq!(run(XapiVersion::V2_0_0, body), Outcome::Stored);
    assert_eq!(
        run(XapiVersion::V1_0_3, body),
        Outcome::Signature(SignatureProblem::PayloadMismatch("/result/duration".into()))
    );
}
