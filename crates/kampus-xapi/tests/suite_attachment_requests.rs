//! The conformance suite's multipart statement requests (4.1.3 Content Types, 1.0.3
//! Communication 1.5, the attachments set-up of 4.1.6.1), body by body as the suite builds them
//! (`tests/fixtures/make-suite-attachments.js`), through the pure pipeline: wire → JSON →
//! attachments → signature. Each must end with the status the suite expects.

use std::path::Path;

use kampus_xapi::statement::attachments::check_multipart_request;
use kampus_xapi::statement::signature::check_signed_statements;
use kampus_xapi::version::XapiVersion;
use kampus_xapi::wire::statement_request;
use serde_json::Value;

/// 200, or 400 with the refusal's message.
fn status(version: XapiVersion, content_type: &str, body: &[u8]) -> Result<u16, String> {
    let request = statement_request(content_type, body).map_err(|e| e.to_string())?;
    let statements: Value =
        serde_json::from_slice(request.statements).map_err(|e| format!("not JSON: {e}"))?;
    check_multipart_request(&statements, &request.attachments).map_err(|e| e.to_string())?;
    check_signed_statements(version, &statements, &request.attachments)
        .map_err(|e| e.to_string())?;
    Ok(200)
}

#[test]
fn every_suite_request_gets_the_status_the_suite_expects() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/suite-attachments");
    let cases: Value =
        serde_json::from_slice(&std::fs::read(dir.join("cases.json")).expect("cases"))
            .expect("cases.json");
    let boundary = cases["boundary"].as_str().expect("boundary");
    let content_type = format!("multipart/mixed; boundary={boundary}");
    let expected = cases["expect"].as_object().expect("expect");
    assert_eq!(expected.len(), 14);
    for (name, expect) in expected {
        let body = std::fs::read(dir.join(format!("{name}.body"))).expect("body");
        for version in XapiVersion::ALL {
            let outcome = status(version, &content_type, &body);
            let got = outcome.clone().unwrap_or(400);
            assert_eq!(
                Some(u64::from(got)),
                expect.as_u64(),
                "{name} ({version}): {outcome:?}"
            );
        }
    }
}

#[test]
fn the_boundary_must_be_in_the_content_type() {
    // 4.1.3 "should fail if boundary not provided in header".
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/suite-attachments");
    let body = std::fs::read(dir.join("XAPI-00167-two-attachments.body")).expect("body");
    assert!(status(XapiVersion::V2_0_0, "multipart/mixed;", &body).is_err());
    assert!(
        status(
            XapiVersion::V2_0_0,
            "multipart/form-data; boundary=-------314159265358979323846",
            &body
        )
        .is_err()
    );
}
