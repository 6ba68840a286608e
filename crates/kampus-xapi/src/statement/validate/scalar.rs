//! Small scalar types: UUIDs, SHA-1 and SHA-2 hex digests, the statement `version`.

use crate::version::XapiVersion;

/// Whether `s` is a UUID in the standard hyphenated string form, any case, any variant
/// (1.0.3 Data §2.4.1: "all versions of variant 2 in RFC 4122 are valid, and the UUID MUST be in
/// standard string form" — the variant bits are not checked, so no UUID a client generated is
/// refused for them; the suite refuses a 13-digit
/// last group and a non-hex letter).
pub fn is_uuid(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// Whether `s` is `len` hexadecimal digits (`mbox_sha1sum` is 40).
pub(super) fn is_hex(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether `s` holds only hexadecimal digits (an attachment's `sha2`, 2.0.0 §4.2.2.6). Its
/// length is not checked here: the multipart layer compares it with the part it names, and the
/// suite builds statements whose `sha2` is filled in only once the part is known.
pub(super) fn is_hex_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether a statement may carry `version`: in 1.0.3, "1.0" or "1.0.x" (Data §2.4.10.s3: "An
/// LRS MUST reject all Statements with a version specified that does not start with `1.0.`";
/// the suite posts "1.0" and expects it stored); in 2.0.0, "1.0.x" or "2.0.x" (the 2.0.0 suite
/// posts "1.0", "1.0.9" and "2.0.0" and expects them stored, "0.9.9" and "1.1.0" refused).
pub(super) fn is_statement_version(s: &str, version: XapiVersion) -> bool {
    let mut parts = s.split('.');
    let (major, minor, patch) = (parts.next(), parts.next(), parts.next());
    let numeric = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || minor != Some("0") || patch.is_some_and(|p| !numeric(p)) {
        return false;
    }
    matches!(
        (major, version),
        (Some("1"), _) | (Some("2"), XapiVersion::V2_0_0)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_of_any_case_and_variant_are_accepted() {
        assert!(is_uuid("8f87ccde-bb56-4c2e-ab83-44982ef22df0"));
        assert!(is_uuid("AA97B177-9383-4934-8543-0F91A7A02836"));
        assert!(is_uuid("00000000-0000-0000-0000-000000000000"));
    }

    #[test]
    fn malformed_uuids_are_refused() {
        assert!(!is_uuid("AA97B177-9383-4934-8543-0F91A7A028368"));
        assert!(!is_uuid("MA97B177-9383-4934-8543-0F91A7A02836"));
        assert!(!is_uuid("8f87ccdebb564c2eab8344982ef22df0"));
        assert!(!is_uuid("{8f87ccde-bb56-4c2e-ab83-44982ef22df0}"));
        assert!(!is_uuid(""));
    }

    #[test]
    fn statement_versions_follow_the_request_version() {
        for v in ["1.0", "1.0.0", "1.0.3", "1.0.9"] {
            assert!(is_statement_version(v, XapiVersion::V1_0_3), "{v}");
            assert!(is_statement_version(v, XapiVersion::V2_0_0), "{v}");
        }
        assert!(is_statement_version("2.0.0", XapiVersion::V2_0_0));
        assert!(is_statement_version("2.0", XapiVersion::V2_0_0));
        assert!(!is_statement_version("2.0.0", XapiVersion::V1_0_3));
        for v in [
            "should fail",
            "0.9.9",
            "1.1.0",
            "1",
            "1.0.",
            "1.0.x",
            "1.0.3.1",
            "3.0.0",
        ] {
            assert!(!is_statement_version(v, XapiVersion::V2_0_0), "{v}");
        }
    }

    #[test]
    fn sha2_digests_are_hex_digits() {
        assert!(is_hex_digits(
            "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a"
        ));
        assert!(!is_hex_digits("zz5395e777"));
        assert!(is_hex("cd9b00a5611f94eaa7b1661edab976068e364975", 40));
        assert!(!is_hex("cd9b00a5611f94eaa7b1661edab976068e36497", 40));
    }
}
