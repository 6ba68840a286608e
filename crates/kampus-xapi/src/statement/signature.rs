//! Signed statements: the JWS attached to a statement must be well formed and sign that statement.
//!
//! A signed statement carries "a JSON web signature (JWS) as defined here:
//! <http://tools.ietf.org/html/rfc7515>, as an Attachment with a usageType of
//! `http://adlnet.gov/expapi/attachments/signature` and a contentType of
//! `application/octet-stream`"
//! (1.0.3 Data §2.6.s4.b1, 2.0.0 §4.2.7). "The LRS MUST reject requests to store Statements that
//! contain malformed signatures, with 400 Bad Request" (§2.6.s5.b1); to know, it MUST decode the
//! JWS, load the statement from its payload, check it is logically equivalent to the statement
//! received ([`equivalence`]) and, if the JWS header has an X.509 certificate, verify the
//! signature against it (§2.6.s5.b3). What is refused, each a [`SignatureProblem`]:
//! - a signature attachment whose `contentType` is not `application/octet-stream`
//!   (XAPI-00115 "bad content type": `text/plain; charset=ascii`);
//! - a signature attachment without its data: "The LRS must reject with 400 a statement which
//!   has usageType of .../signature ... but does not have a signature attached" (XAPI-00115),
//!   so in an `application/json` request, even with a `fileUrl`;
//! - data that is not a JWS Compact Serialization (the JSON serialization "is strongly
//!   discouraged" in 1.0.3 §2.6.s4.b2 and not allowed in 2.0.0);
//! - an `alg` other than RS256, RS384, RS512 (§2.6.s4.b4; XAPI-00117 sends HS256);
//! - a payload that is not a JSON object (XAPI-00116 "bad JWS": `{'id":...`);
//! - a payload that is not the statement received;
//! - with `x5c`: a certificate that is not an RSA certificate, or a signature that does not
//!   verify with its key. Without `x5c` the signature itself is not verified: the LRS has no key,
//!   and the suite signs without `x5c`.

pub mod der;
pub mod equivalence;

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use jsonwebtoken::{Algorithm, DecodingKey};
use serde_json::{Map, Value};

use self::der::CertificateError;
use crate::statement::attachments::{part_for, statements_of};
use crate::version::XapiVersion;
use crate::wire::{AttachmentPart, is_media_type};

/// The `usageType` of a signature attachment.
pub const SIGNATURE_USAGE_TYPE: &str = "http://adlnet.gov/expapi/attachments/signature";

/// A statement whose signature is refused, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the signature of statement {statement} is refused: {problem}")]
pub struct SignatureError {
    /// The statement's position in the request, from 1.
    pub statement: usize,
    /// What is wrong with its signature.
    pub problem: SignatureProblem,
}

/// What is wrong with a signature.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureProblem {
    /// The signature attachment's `contentType` is not `application/octet-stream`.
    #[error("a signature attachment must have contentType application/octet-stream, not {0:?}")]
    NotOctetStream(String),
    /// No part of the request is the signature attachment's data.
    #[error(
        "no part of the request has the signature attachment's sha2 {0}: the JWS must be sent \
         as a part of a multipart/mixed request"
    )]
    MissingSignature(String),
    /// The data is not a JWS Compact Serialization.
    #[error(
        "the signature is not a JWS Compact Serialization (three base64url parts separated \
         by dots)"
    )]
    NotCompactJws,
    /// The JWS header is not a base64url JSON object.
    #[error("the JWS header is not a base64url-encoded JSON object")]
    MalformedHeader,
    /// The JWS `alg` is not RS256, RS384 or RS512.
    #[error("the JWS algorithm must be RS256, RS384 or RS512, not {}", .0.as_deref().unwrap_or("missing"))]
    UnsupportedAlgorithm(Option<String>),
    /// The JWS payload is not a JSON object.
    #[error("the JWS payload is not a JSON serialization of a statement")]
    PayloadNotJson,
    /// The JWS payload is not the statement received.
    #[error("the signed statement (the JWS payload) differs from the statement received at {0}")]
    PayloadMismatch(String),
    /// The `x5c` header is not usable.
    #[error("the JWS x5c header must be an array of base64 DER certificates")]
    MalformedCertificateChain,
    /// The first `x5c` certificate has no usable RSA key.
    #[error(transparent)]
    Certificate(#[from] CertificateError),
    /// The signature does not verify with the `x5c` certificate's key.
    #[error("the JWS signature does not verify with the key of its x5c certificate")]
    InvalidSignature,
}

/// A decoded JWS Compact Serialization.
#[derive(Debug, Clone, PartialEq)]
pub struct Jws {
    /// The JOSE header.
    pub header: Map<String, Value>,
    /// The algorithm the header names (RS256, RS384 or RS512).
    pub algorithm: Algorithm,
    /// The payload, parsed.
    pub payload: Value,
    /// `base64url(header) "." base64url(payload)`, as signed.
    pub signing_input: String,
    /// The signature, base64url as sent.
    pub signature: String,
}

/// Whether an attachment object is a signature (its `usageType`).
pub fn is_signature(attachment: &Value) -> bool {
    attachment.get("usageType").and_then(Value::as_str) == Some(SIGNATURE_USAGE_TYPE)
}

/// Checks the signature of every signed statement of a request (one statement or an array)
/// given the attachment parts sent with it (none for an `application/json` request).
pub fn check_signed_statements(
    version: XapiVersion,
    statements: &Value,
    parts: &[AttachmentPart<'_>],
) -> Result<(), SignatureError> {
    for (index, statement) in statements_of(statements).into_iter().enumerate() {
        check_statement(version, statement, parts).map_err(|problem| SignatureError {
            statement: index + 1,
            problem,
        })?;
    }
    Ok(())
}

/// Checks every signature attachment of one statement (see the module documentation).
pub fn check_statement(
    version: XapiVersion,
    statement: &Value,
    parts: &[AttachmentPart<'_>],
) -> Result<(), SignatureProblem> {
    let signatures = statement
        .get("attachments")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|a| is_signature(a));
    for attachment in signatures {
        let content_type = attachment
            .get("contentType")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if !is_media_type(content_type, "application/octet-stream") {
            return Err(SignatureProblem::NotOctetStream(content_type.to_owned()));
        }
        let sha2 = attachment
            .get("sha2")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let part = part_for(parts, sha2)
            .ok_or_else(|| SignatureProblem::MissingSignature(sha2.to_owned()))?;
        verify_jws(version, part.data, statement)?;
    }
    Ok(())
}

/// Verifies that `jws` is a well-formed JWS whose payload is `statement` (and whose signature
/// verifies with its `x5c` certificate, when it has one).
pub fn verify_jws(
    version: XapiVersion,
    jws: &[u8],
    statement: &Value,
) -> Result<(), SignatureProblem> {
    let jws = decode_jws(jws)?;
    if let Some(path) = equivalence::first_difference(version, &jws.payload, statement) {
        return Err(SignatureProblem::PayloadMismatch(path));
    }
    if let Some(chain) = jws.header.get("x5c") {
        verify_with_certificate(&jws, chain)?;
    }
    Ok(())
}

/// Decodes a JWS Compact Serialization whose algorithm is RS256, RS384 or RS512 and whose
/// payload is a JSON object. The signature is not verified here.
pub fn decode_jws(jws: &[u8]) -> Result<Jws, SignatureProblem> {
    let text = std::str::from_utf8(jws)
        .map_err(|_| SignatureProblem::NotCompactJws)?
        .trim();
    let mut segments = text.split('.');
    let (Some(header), Some(payload), Some(signature), None) = (
        segments.next(),
        segments.next(),
        segments.next(),
        segments.next(),
    ) else {
        return Err(SignatureProblem::NotCompactJws);
    };
    if header.is_empty() || payload.is_empty() || signature.is_empty() {
        return Err(SignatureProblem::NotCompactJws);
    }
    base64url(signature).ok_or(SignatureProblem::NotCompactJws)?;
    let header_json = base64url(header)
        .and_then(|bytes| serde_json::from_slice::<Value>(&bytes).ok())
        .ok_or(SignatureProblem::MalformedHeader)?;
    let Value::Object(header_map) = header_json else {
        return Err(SignatureProblem::MalformedHeader);
    };
    let alg = header_map.get("alg").and_then(Value::as_str);
    let algorithm = match alg {
        Some("RS256") => Algorithm::RS256,
        Some("RS384") => Algorithm::RS384,
        Some("RS512") => Algorithm::RS512,
        other => {
            let named = other
                .map(str::to_owned)
                .or_else(|| header_map.get("alg").map(Value::to_string));
            return Err(SignatureProblem::UnsupportedAlgorithm(named));
        }
    };
    let payload_json = base64url(payload)
        .and_then(|bytes| serde_json::from_slice::<Value>(&bytes).ok())
        .filter(Value::is_object)
        .ok_or(SignatureProblem::PayloadNotJson)?;
    Ok(Jws {
        header: header_map,
        algorithm,
        payload: payload_json,
        signing_input: format!("{header}.{payload}"),
        signature: signature.to_owned(),
    })
}

/// base64url without padding (RFC 7515 §2), tolerating padding a client may have left.
fn base64url(segment: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(segment.trim_end_matches('=')).ok()
}

/// Verifies the signature with the key of the first certificate of an `x5c` chain (RFC 7515
/// §4.1.6: standard base64 DER, the signer's certificate first).
fn verify_with_certificate(jws: &Jws, chain: &Value) -> Result<(), SignatureProblem> {
    let first = chain
        .as_array()
        .and_then(|certificates| certificates.first())
        .and_then(Value::as_str)
        .ok_or(SignatureProblem::MalformedCertificateChain)?;
    let certificate = STANDARD
        .decode(first.trim())
        .map_err(|_| SignatureProblem::MalformedCertificateChain)?;
    let key = der::rsa_public_key_from_certificate(&certificate)?;
    let verified = jsonwebtoken::crypto::verify(
        &jws.signature,
        jws.signing_input.as_bytes(),
        &DecodingKey::from_rsa_der(key),
        jws.algorithm,
    )
    .unwrap_or(false);
    if verified {
        Ok(())
    } else {
        Err(SignatureProblem::InvalidSignature)
    }
}

#[cfg(test)]
mod tests {
    use jsonwebtoken::EncodingKey;
    use serde_json::json;

    use super::*;
    use crate::statement::attachments::{check_multipart_request, sha256_hex};
    use crate::wire::statement_request;

    /// The conformance suite's signing key (test/helper.js), PKCS#1 DER.
    const SUITE_KEY: &[u8] = include_bytes!("../../tests/fixtures/suite-key.pkcs1.der");
    const SUITE_CERT: &[u8] = include_bytes!("../../tests/fixtures/suite-cert.der");
    const OTHER_CERT: &[u8] = include_bytes!("../../tests/fixtures/other-cert.der");
    const EC_CERT: &[u8] = include_bytes!("../../tests/fixtures/ec-cert.der");
    const V2: XapiVersion = XapiVersion::V2_0_0;

    /// The suite's `statements.default` template, with an id (as its tests set one).
    fn statement() -> Value {
        json!({
            "actor": {"objectType": "Agent", "name": "xAPI account", "mbox": "mailto:xapi@adlnet.gov"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/attended", "display": {"en-GB": "attended", "en-US": "attended"}},
            "object": {"objectType": "Activity", "id": "http://www.example.com/meetings/occurances/34534"},
            "id": "6f3f5e2e-3c3a-4d5b-9a2e-6c6f7b8d9e0f",
        })
    }

    /// What the suite's `jws.sign({header, payload, privateKey})` writes: the header and
    /// payload as JSON.stringify writes them, base64url, signed with the suite's key.
    fn sign(header: &Value, payload: &str, algorithm: Algorithm) -> String {
        let input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(payload)
        );
        let key = match algorithm {
            Algorithm::HS256 => EncodingKey::from_secret(SUITE_KEY),
            _ => EncodingKey::from_rsa_der(SUITE_KEY),
        };
        let signature =
            jsonwebtoken::crypto::sign(input.as_bytes(), &key, algorithm).expect("sign");
        format!("{input}.{signature}")
    }

    fn rs256(statement: &Value) -> String {
        sign(
            &json!({"alg": "RS256"}),
            &statement.to_string(),
            Algorithm::RS256,
        )
    }

    /// The statement as the suite sends it: its signature attachment added after signing.
    fn signed(statement: &Value, jws: &str, content_type: &str) -> Value {
        let mut sent = statement.clone();
        sent["attachments"] = json!([{
            "usageType": SIGNATURE_USAGE_TYPE,
            "display": {"en-US": "Signed by the Test Suite"},
            "description": {"en-US": "Signed by the Test Suite"},
            "contentType": content_type,
            "length": jws.len(),
            "sha2": sha256_hex(jws.as_bytes()),
        }]);
        sent
    }

    fn part(jws: &str) -> AttachmentPart<'_> {
        AttachmentPart {
            number: 2,
            hash: sha256_hex(jws.as_bytes()),
            content_type: Some("application/octet-stream".into()),
            data: jws.as_bytes(),
        }
    }

    fn check(sent: &Value, jws: &str) -> Result<(), SignatureProblem> {
        check_statement(V2, sent, &[part(jws)])
    }

    #[test]
    fn accepts_rs256_rs384_and_rs512_signatures() {
        for algorithm in [Algorithm::RS256, Algorithm::RS384, Algorithm::RS512] {
            let header = json!({"alg": format!("{algorithm:?}")});
            let jws = sign(&header, &statement().to_string(), algorithm);
            assert_eq!(
                check(
                    &signed(&statement(), &jws, "application/octet-stream"),
                    &jws
                ),
                Ok(())
            );
        }
    }

    #[test]
    fn accepts_the_suites_multipart_signed_request() {
        // As helper.js signStatement writes the body, end to end through the wire rules.
        let jws = rs256(&statement());
        let sent = signed(&statement(), &jws, "application/octet-stream");
        let boundary = "-------------1234567";
        let mut body = format!(
            "\r\n--{boundary}\r\nContent-Type:application/json\r\n\r\n{sent}\r\n--{boundary}\r\nContent-Type:application/octet-stream\r\nContent-Transfer-Encoding:binary\r\nX-Experience-API-Hash:{}\r\n\r\n",
            sha256_hex(jws.as_bytes())
        )
        .into_bytes();
        body.extend_from_slice(jws.as_bytes());
        body.extend_from_slice(format!("\r\n--{boundary}--").as_bytes());
        let request = statement_request(&format!("multipart/mixed; boundary={boundary}"), &body)
            .expect("request");
        let statements: Value = serde_json::from_slice(request.statements).expect("json");
        assert_eq!(
            check_multipart_request(&statements, &request.attachments),
            Ok(())
        );
        assert_eq!(
            check_signed_statements(V2, &statements, &request.attachments),
            Ok(())
        );
        assert_eq!(
            check_signed_statements(
                XapiVersion::V1_0_3,
                &json!([statements]),
                &request.attachments
            ),
            Ok(())
        );
    }

    #[test]
    fn statements_without_signature_pass() {
        assert_eq!(
            check_signed_statements(V2, &json!([statement()]), &[]),
            Ok(())
        );
    }

    #[test]
    fn signature_must_be_application_octet_stream() {
        let jws = rs256(&statement());
        assert_eq!(
            check(
                &signed(&statement(), &jws, "text/plain; charset=ascii"),
                &jws
            ),
            Err(SignatureProblem::NotOctetStream(
                "text/plain; charset=ascii".into()
            ))
        );
    }

    #[test]
    fn signature_must_be_attached() {
        let jws = rs256(&statement());
        let sent = signed(&statement(), &jws, "application/octet-stream");
        assert_eq!(
            check_signed_statements(V2, &json!([statement(), sent]), &[]),
            Err(SignatureError {
                statement: 2,
                problem: SignatureProblem::MissingSignature(sha256_hex(jws.as_bytes())),
            })
        );
    }

    #[test]
    fn signature_must_be_a_compact_jws() {
        for bad in [
            "",
            "abc",
            "a.b",
            "a.b.c.d",
            "..",
            "a..c",
            "e30.e30.!!!",
            "{\"payload\":\"e30\"}",
        ] {
            let sent = signed(&statement(), bad, "application/octet-stream");
            assert_eq!(
                check(&sent, bad),
                Err(SignatureProblem::NotCompactJws),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn jws_header_must_be_a_json_object() {
        let jws = format!("{}.e30.c2ln", URL_SAFE_NO_PAD.encode("[1]"));
        assert_eq!(
            decode_jws(jws.as_bytes()),
            Err(SignatureProblem::MalformedHeader)
        );
        assert_eq!(
            decode_jws(b"%%%.e30.c2ln"),
            Err(SignatureProblem::MalformedHeader)
        );
    }

    #[test]
    fn jws_algorithm_must_be_rs256_rs384_or_rs512() {
        // XAPI-00117: the suite signs with HS256 (its private key as the secret).
        let jws = sign(
            &json!({"alg": "HS256"}),
            &statement().to_string(),
            Algorithm::HS256,
        );
        assert_eq!(
            check(
                &signed(&statement(), &jws, "application/octet-stream"),
                &jws
            ),
            Err(SignatureProblem::UnsupportedAlgorithm(Some("HS256".into())))
        );
        let none = format!("{}.e30.c2ln", URL_SAFE_NO_PAD.encode("{}"));
        assert_eq!(
            decode_jws(none.as_bytes()),
            Err(SignatureProblem::UnsupportedAlgorithm(None))
        );
    }

    #[test]
    fn jws_payload_must_be_json() {
        // XAPI-00116: JSON.stringify(statement).replace('"', "'").
        let broken = statement().to_string().replacen('"', "'", 1);
        let jws = sign(&json!({"alg": "RS256"}), &broken, Algorithm::RS256);
        assert_eq!(
            check(
                &signed(&statement(), &jws, "application/octet-stream"),
                &jws
            ),
            Err(SignatureProblem::PayloadNotJson)
        );
    }

    #[test]
    fn jws_payload_must_be_the_statement_received() {
        let jws = rs256(&statement());
        let mut other = statement();
        other["verb"]["id"] = json!("http://adlnet.gov/expapi/verbs/failed");
        assert_eq!(
            check(&signed(&other, &jws, "application/octet-stream"), &jws),
            Err(SignatureProblem::PayloadMismatch("/verb/id".into()))
        );
    }

    #[test]
    fn jws_payload_may_leave_out_what_the_lrs_assigns() {
        let mut payload = statement();
        payload.as_object_mut().expect("object").remove("id");
        let jws = rs256(&payload);
        let mut sent = signed(&statement(), &jws, "application/octet-stream");
        sent["stored"] = json!("2024-01-01T00:00:00Z");
        sent["authority"] = json!({"mbox": "mailto:lrs@example.com"});
        assert_eq!(check(&sent, &jws), Ok(()));
    }

    fn with_x5c(certificate: &[u8]) -> String {
        let header = json!({"alg": "RS256", "x5c": [STANDARD.encode(certificate)]});
        sign(&header, &statement().to_string(), Algorithm::RS256)
    }

    #[test]
    fn x5c_signature_must_verify_with_the_certificate() {
        let jws = with_x5c(SUITE_CERT);
        assert_eq!(
            check(
                &signed(&statement(), &jws, "application/octet-stream"),
                &jws
            ),
            Ok(())
        );
        let jws = with_x5c(OTHER_CERT);
        assert_eq!(
            check(
                &signed(&statement(), &jws, "application/octet-stream"),
                &jws
            ),
            Err(SignatureProblem::InvalidSignature)
        );
    }

    #[test]
    fn x5c_tampered_signature_is_refused() {
        let jws = with_x5c(SUITE_CERT);
        let (input, signature) = jws.rsplit_once('.').expect("three parts");
        let mut bytes = URL_SAFE_NO_PAD.decode(signature).expect("base64url");
        bytes[0] ^= 1;
        let tampered = format!("{input}.{}", URL_SAFE_NO_PAD.encode(bytes));
        assert_eq!(
            check(
                &signed(&statement(), &tampered, "application/octet-stream"),
                &tampered
            ),
            Err(SignatureProblem::InvalidSignature)
        );
    }

    #[test]
    fn x5c_must_hold_an_rsa_certificate() {
        let jws = with_x5c(EC_CERT);
        assert_eq!(
            check(
                &signed(&statement(), &jws, "application/octet-stream"),
                &jws
            ),
            Err(SignatureProblem::Certificate(CertificateError::NotRsa))
        );
        for chain in [json!("not an array"), json!([]), json!(["***"]), json!([1])] {
            let header = json!({"alg": "RS256", "x5c": chain});
            let jws = sign(&header, &statement().to_string(), Algorithm::RS256);
            assert_eq!(
                check(
                    &signed(&statement(), &jws, "application/octet-stream"),
                    &jws
                ),
                Err(SignatureProblem::MalformedCertificateChain),
                "{chain}"
            );
        }
    }

    #[test]
    fn errors_read_as_sentences() {
        let error = SignatureError {
            statement: 1,
            problem: SignatureProblem::UnsupportedAlgorithm(Some("HS256".into())),
        };
        assert_eq!(
            error.to_string(),
            "the signature of statement 1 is refused: the JWS algorithm must be RS256, RS384 or \
             RS512, not HS256"
        );
    }
}
