//! Cross-site request forgery: every POST of a page carries a token, and comes from a page of
//! this site.
//!
//! The token is an HMAC, under a key every node shares, of an anchor the attacker cannot
//! read: the browser session's token when signed in, else a random value in a cookie of its
//! own (a "signed double-submit cookie", OWASP's recommendation). Signing in changes the
//! anchor, so a token from before stops working. Besides the token, the request must not be
//! cross-site by the browser's own account (`Sec-Fetch-Site`), and its `Origin`, when sent,
//! must be this site's.

use actix_web::HttpRequest;
use actix_web::http::header;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::state::WebSettings;

/// The token for forms under this anchor.
pub fn token(key: &[u8; 32], anchor: &str) -> String {
    URL_SAFE_NO_PAD.encode(mac(key, anchor).finalize().into_bytes())
}

fn mac(key: &[u8; 32], anchor: &str) -> Hmac<Sha256> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(b"csrf\0");
    mac.update(anchor.as_bytes());
    mac
}

/// Whether `presented` is the token for `anchor` (compared in constant time).
pub fn token_matches(key: &[u8; 32], anchor: &str, presented: &str) -> bool {
    let Ok(bytes) = URL_SAFE_NO_PAD.decode(presented) else {
        return false;
    };
    mac(key, anchor).verify_slice(&bytes).is_ok()
}

/// Whether the browser says the request comes from this site: `Sec-Fetch-Site` is
/// `same-origin` when sent, and `Origin`, when sent, is the public URL's origin or the origin
/// the request was addressed to (a node reached directly, as tests do).
pub fn same_site_request(req: &HttpRequest, settings: &WebSettings) -> bool {
    let fetch_site = req
        .headers()
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok());
    if fetch_site.is_some_and(|site| site != "same-origin") {
        return false;
    }
    let Some(origin) = req.headers().get(header::ORIGIN) else {
        return true;
    };
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    if origin == settings.origin() {
        return true;
    }
    let info = req.connection_info();
    origin == format!("{}://{}", info.scheme(), info.host())
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    const KEY: [u8; 32] = [7; 32];

    #[test]
    fn a_token_matches_its_anchor_only() {
        let t = token(&KEY, "session-a");
        assert!(token_matches(&KEY, "session-a", &t));
        assert!(!token_matches(&KEY, "session-b", &t));
        assert!(!token_matches(&[8; 32], "session-a", &t));
        assert!(!token_matches(&KEY, "session-a", ""));
        assert!(!token_matches(&KEY, "session-a", "not base64!"));
    }

    #[test]
    fn cross_site_requests_are_refused() {
        let settings = WebSettings::new("https://kampus.example", b"secret");
        let ok = TestRequest::post()
            .insert_header(("origin", "https://kampus.example"))
            .insert_header(("sec-fetch-site", "same-origin"))
            .to_http_request();
        assert!(same_site_request(&ok, &settings));
        let no_headers = TestRequest::post().to_http_request();
        assert!(same_site_request(&no_headers, &settings));
        let evil = TestRequest::post()
            .insert_header(("origin", "https://evil.example"))
            .to_http_request();
        assert!(!same_site_request(&evil, &settings));
        let cross = TestRequest::post()
            .insert_header(("sec-fetch-site", "cross-site"))
            .to_http_request();
        assert!(!same_site_request(&cross, &settings));
        let direct = TestRequest::post()
            .uri("http://127.0.0.1:9000/sign-in")
            .insert_header(("host", "127.0.0.1:9000"))
            .insert_header(("origin", "http://127.0.0.1:9000"))
            .to_http_request();
        assert!(same_site_request(&direct, &settings));
    }
}
