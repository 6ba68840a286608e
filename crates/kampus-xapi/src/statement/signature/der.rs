//! The RSA public key of an X.509 certificate, by a small DER walk.
//!
//! A signed statement's JWS header may carry the signer's certificate chain in `x5c` (RFC 7515
//! §4.1.6: base64 DER certificates, the signer's first), and then the LRS MUST "validate the
//! signature against that certificate as defined in JWS" (1.0.3 Data §2.6.s5.b3.b3, 2.0.0
//! §4.2.7). Verifying needs the certificate's public key as a PKCS#1 `RSAPublicKey`, which is
//! the content of the `subjectPublicKey` BIT STRING (RFC 5280 §4.1, RFC 8017 A.1.1):
//!
//! ```text
//! Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }
//! TBSCertificate ::= SEQUENCE { [0] version OPTIONAL, serialNumber, signature, issuer,
//!                               validity, subject, subjectPublicKeyInfo, ... }
//! SubjectPublicKeyInfo ::= SEQUENCE { algorithm AlgorithmIdentifier, subjectPublicKey BIT STRING }
//! ```
//!
//! Nothing else of the certificate is checked (validity dates, issuer, chain): "The step of
//! validating against the included X.509 certificate is intended as a way to catch mistakes in
//! the signature, not as a security measure" (Data §2.6, note).

/// Why no RSA public key could be taken from a certificate.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CertificateError {
    /// The bytes are not a DER X.509 certificate as far as the walk goes.
    #[error("the x5c certificate is not a DER X.509 certificate ({0})")]
    Malformed(&'static str),
    /// The certificate's key is not an RSA key.
    #[error("the x5c certificate's key is not an RSA key (RS256, RS384 and RS512 need one)")]
    NotRsa,
}

const SEQUENCE: u8 = 0x30;
const INTEGER: u8 = 0x02;
const BIT_STRING: u8 = 0x03;
const OBJECT_IDENTIFIER: u8 = 0x06;
const VERSION: u8 = 0xa0;
/// The DER content of OID 1.2.840.113549.1.1.1 (rsaEncryption).
const RSA_ENCRYPTION: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

/// One DER element: its tag and content, and what follows it.
struct Element<'a> {
    tag: u8,
    content: &'a [u8],
    rest: &'a [u8],
}

/// Reads one DER element (low tag numbers, definite lengths up to 4 bytes).
fn element(input: &[u8]) -> Result<Element<'_>, CertificateError> {
    let truncated = CertificateError::Malformed("truncated element");
    let (&tag, after_tag) = input.split_first().ok_or(truncated.clone())?;
    if tag & 0x1f == 0x1f {
        return Err(CertificateError::Malformed("high tag number"));
    }
    let (&first, after_length) = after_tag.split_first().ok_or(truncated.clone())?;
    let (length, body) = if first < 0x80 {
        (usize::from(first), after_length)
    } else {
        let count = usize::from(first & 0x7f);
        if count == 0 || count > 4 {
            return Err(CertificateError::Malformed("unsupported length"));
        }
        let bytes = after_length.get(..count).ok_or(truncated.clone())?;
        let length = bytes.iter().fold(0usize, |n, b| (n << 8) | usize::from(*b));
        (length, &after_length[count..])
    };
    if body.len() < length {
        return Err(truncated);
    }
    let (content, rest) = body.split_at(length);
    Ok(Element { tag, content, rest })
}

/// Reads one element that must have `tag`.
fn expect<'a>(
    input: &'a [u8],
    tag: u8,
    what: &'static str,
) -> Result<Element<'a>, CertificateError> {
    let found = element(input)?;
    if found.tag == tag {
        Ok(found)
    } else {
        Err(CertificateError::Malformed(what))
    }
}

/// The PKCS#1 `RSAPublicKey` DER of a DER X.509 certificate's subject public key, as
/// `jsonwebtoken::DecodingKey::from_rsa_der` takes it.
pub fn rsa_public_key_from_certificate(certificate: &[u8]) -> Result<&[u8], CertificateError> {
    let certificate = expect(certificate, SEQUENCE, "no Certificate SEQUENCE")?;
    let tbs = expect(certificate.content, SEQUENCE, "no TBSCertificate SEQUENCE")?;
    let mut fields = tbs.content;
    if element(fields)?.tag == VERSION {
        fields = element(fields)?.rest;
    }
    fields = expect(fields, INTEGER, "no serialNumber")?.rest;
    for what in [
        "no signature algorithm",
        "no issuer",
        "no validity",
        "no subject",
    ] {
        fields = expect(fields, SEQUENCE, what)?.rest;
    }
    let spki = expect(fields, SEQUENCE, "no SubjectPublicKeyInfo")?;
    let algorithm = expect(spki.content, SEQUENCE, "no key AlgorithmIdentifier")?;
    let oid = expect(algorithm.content, OBJECT_IDENTIFIER, "no key algorithm OID")?;
    if oid.content != RSA_ENCRYPTION {
        return Err(CertificateError::NotRsa);
    }
    let key = expect(algorithm.rest, BIT_STRING, "no subjectPublicKey BIT STRING")?;
    match key.content.split_first() {
        Some((0, rsa_public_key)) if rsa_public_key.first() == Some(&SEQUENCE) => {
            Ok(rsa_public_key)
        }
        _ => Err(CertificateError::Malformed(
            "subjectPublicKey is not an RSAPublicKey",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SUITE_CERT: &[u8] = include_bytes!("../../../tests/fixtures/suite-cert.der");
    const SUITE_PUBLIC_KEY: &[u8] = include_bytes!("../../../tests/fixtures/suite-pub.pkcs1.der");
    const EC_CERT: &[u8] = include_bytes!("../../../tests/fixtures/ec-cert.der");

    #[test]
    fn takes_the_rsa_public_key_of_a_certificate() {
        assert_eq!(
            rsa_public_key_from_certificate(SUITE_CERT),
            Ok(SUITE_PUBLIC_KEY)
        );
    }

    #[test]
    fn refuses_a_certificate_whose_key_is_not_rsa() {
        assert_eq!(
            rsa_public_key_from_certificate(EC_CERT),
            Err(CertificateError::NotRsa)
        );
    }

    #[test]
    fn refuses_truncated_or_foreign_bytes() {
        for cut in [0, 1, 2, 10, 100, SUITE_CERT.len() / 2] {
            assert!(
                matches!(
                    rsa_public_key_from_certificate(&SUITE_CERT[..cut]),
                    Err(CertificateError::Malformed(_))
                ),
                "cut at {cut}"
            );
        }
        assert!(rsa_public_key_from_certificate(b"not a certificate").is_err());
        assert!(rsa_public_key_from_certificate(SUITE_PUBLIC_KEY).is_err());
    }

    proptest::proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..64)) {
            let _ = rsa_public_key_from_certificate(&bytes);
        }
    }
}
