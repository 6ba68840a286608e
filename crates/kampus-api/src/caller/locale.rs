//! The locale of a response, negotiated from the request.
//!
//! Order: `?lang=`, then the signed-in user's preference, then `Accept-Language`, then English
//! (see `kampus_content::negotiate`). The user's preference comes from the user record when an
//! extractor has loaded it for this request, else from the access token's `locale` claim, so
//! even an error raised before any handler runs (an unknown path) speaks the user's language.

use actix_web::http::header;
use actix_web::{HttpMessage, HttpRequest, web};
use kampus_content::{Locale, NegotiatedLocale, negotiate};

use crate::state::AppState;

/// The signed-in user's preferred locale, set by the authentication extractor.
#[derive(Debug, Clone, Copy)]
pub struct UserLocale(pub Locale);

/// Negotiates the locale for this request.
pub fn negotiate_request(req: &HttpRequest, state: &AppState) -> NegotiatedLocale {
    let explicit = lang_query(req.query_string());
    let profile = req
        .extensions()
        .get::<UserLocale>()
        .map(|l| l.0)
        .or_else(|| crate::caller::bearer_token(req).and_then(|t| state.tokens.locale_hint(t)));
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    negotiate(explicit.as_deref(), profile, accept)
}

/// The value of the `lang` query parameter, if any.
fn lang_query(query: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct LangQuery {
        lang: Option<String>,
    }
    web::Query::<LangQuery>::from_query(query)
        .ok()?
        .into_inner()
        .lang
}

#[cfg(test)]
mod tests {
    use super::lang_query;

    #[test]
    fn reads_lang_from_the_query() {
        assert_eq!(lang_query("a=1&lang=sr-Cyrl").as_deref(), Some("sr-Cyrl"));
        assert_eq!(lang_query("lang=mk").as_deref(), Some("mk"));
        assert_eq!(lang_query("lang=sr%2DLatn").as_deref(), Some("sr-Latn"));
        assert_eq!(lang_query("language=mk"), None);
        assert_eq!(lang_query(""), None);
    }
}
