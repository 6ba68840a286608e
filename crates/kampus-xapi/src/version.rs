//! The xAPI versions this LRS speaks and the `X-Experience-API-Version` header.
//!
//! xAPI 1.0.3 §6.2 and 2.0.0 §4.1.2: every request names the version; an LRS rejects versions it
//! does not support with 400 and names the version it used in every response. Patch versions
//! (`1.0.1`, `2.0.4`) are accepted as their minor version; `1.0` and `2.0` without a patch are
//! accepted as well (the spec lets clients send `major.minor`).

use std::fmt;

/// A version of xAPI this LRS speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum XapiVersion {
    /// xAPI 1.0.3 (any 1.0.x a client names).
    V1_0_3,
    /// xAPI 2.0.0, IEEE 9274.1.1 (any 2.0.x a client names).
    V2_0_0,
}

/// A version header that names no version this LRS speaks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("xAPI version {0:?} is not supported: use 1.0.3 or 2.0.0")]
pub struct UnsupportedVersion(pub String);

impl XapiVersion {
    /// Every version, oldest first (the About resource lists them).
    pub const ALL: [XapiVersion; 2] = [XapiVersion::V1_0_3, XapiVersion::V2_0_0];

    /// Parses the value of `X-Experience-API-Version`.
    pub fn parse(header: &str) -> Result<XapiVersion, UnsupportedVersion> {
        let header = header.trim();
        let mut parts = header.split('.');
        let (major, minor, patch) = (parts.next(), parts.next(), parts.next());
        let numeric = |part: Option<&str>| {
            part.is_none_or(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        };
        if parts.next().is_some() || minor.is_none() || !numeric(patch) || !numeric(minor) {
            return Err(UnsupportedVersion(header.to_owned()));
        }
        match (major, minor) {
            (Some("1"), Some("0")) => Ok(XapiVersion::V1_0_3),
            (Some("2"), Some("0")) => Ok(XapiVersion::V2_0_0),
            _ => Err(UnsupportedVersion(header.to_owned())),
        }
    }

    /// The version as this LRS writes it in headers and in a statement's `version`.
    pub fn as_str(self) -> &'static str {
        match self {
            XapiVersion::V1_0_3 => "1.0.3",
            XapiVersion::V2_0_0 => "2.0.0",
        }
    }
}

impl fmt::Display for XapiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patch_versions_are_their_minor_version() {
        assert_eq!(XapiVersion::parse("1.0.0"), Ok(XapiVersion::V1_0_3));
        assert_eq!(XapiVersion::parse("1.0.3"), Ok(XapiVersion::V1_0_3));
        assert_eq!(XapiVersion::parse("1.0"), Ok(XapiVersion::V1_0_3));
        assert_eq!(XapiVersion::parse("2.0.0"), Ok(XapiVersion::V2_0_0));
        assert_eq!(XapiVersion::parse(" 2.0.7 "), Ok(XapiVersion::V2_0_0));
    }

    #[test]
    fn other_versions_are_refused() {
        for header in [
            "", "1", "0.9", "0.95", "1.1.0", "3.0.0", "2.0.x", "1.0.3.1", "1..3",
        ] {
            assert!(XapiVersion::parse(header).is_err(), "{header:?}");
        }
    }
}
