//! IRIs, IRLs and URIs (2.0.0 §4.2.7 "IRIs", 1.0.3 Data §2.2: "an LRS rejects ... IRL or IRI
//! values without a scheme").
//!
//! The check is RFC 3987's outline, not its full grammar: a scheme (`ALPHA *( ALPHA / DIGIT / "+"
//! / "-" / "." )`), a colon, then a non-empty rest without white space, control characters or the
//! characters RFC 3987 never allows unescaped (`<>"{}|\^` and the backtick). That refuses
//! everything the conformance suite sends as a bad IRI (`ab=c://should.fail.com`, `should fail`,
//! `abc`, `www.example.com/path` without its scheme) and accepts every IRI a client can mean
//! (`urn:`, `tag:`, `http://例え.jp/`). An IRL is an IRI that is expected to resolve; whether it
//! does cannot be checked, so IRLs and URIs (openid) follow the same rule.

/// Whether `s` is an absolute IRI (a scheme, a colon and a rest).
pub fn is_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut scheme_chars = scheme.bytes();
    let scheme_ok = scheme_chars.next().is_some_and(|b| b.is_ascii_alphabetic())
        && scheme_chars.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    scheme_ok
        && !rest.is_empty()
        && rest.chars().all(|c| {
            !c.is_whitespace()
                && !c.is_control()
                && !matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
        })
}

#[cfg(test)]
mod tests {
    use super::is_iri;

    #[test]
    fn iris_with_a_scheme_are_accepted() {
        for iri in [
            "http://adlnet.gov/expapi/verbs/attended",
            "https://example.com/path/../x?q=1#frag",
            "urn:uuid:8f87ccde-bb56-4c2e-ab83-44982ef22df0",
            "tag:example.com,2024:thing",
            "http://例え.jp/パス",
            "mailto:xapi@adlnet.gov",
        ] {
            assert!(is_iri(iri), "{iri}");
        }
    }

    #[test]
    fn iris_without_a_valid_scheme_are_refused() {
        for iri in [
            "",
            "abc",
            "should fail",
            "ab=c://should.fail.com",
            "adlnet.gov/expapi/verbs/attended",
            "www.example.com/meetings/occurances/34534",
            "1http://x",
            "http:",
            ":nothing",
            "http://with space",
            "http://x/<y>",
        ] {
            assert!(!is_iri(iri), "{iri}");
        }
    }
}
