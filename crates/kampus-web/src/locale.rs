//! The locale of a page: `?lang=`, then the signed-in user's preference, then the language
//! cookie (set when an anonymous visitor picks a language), then `Accept-Language`, then
//! English — the API's order (`kampus_content::negotiate`) with the cookie in its place.

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::header;
use kampus_content::{Locale, negotiate};

/// The cookie that remembers an anonymous visitor's language.
pub const LANG_COOKIE: &str = "kampus_lang";

/// The locale for this request, given the signed-in user's preference.
pub fn negotiate_page(req: &HttpRequest, profile: Option<Locale>) -> Locale {
    let explicit = explicit_lang(req);
    let cookie = req
        .cookie(LANG_COOKIE)
        .and_then(|c| c.value().parse::<Locale>().ok());
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    negotiate(explicit.as_deref(), profile.or(cookie), accept).locale
}

/// A supported `lang` query parameter, if the request has one.
pub fn explicit_lang(req: &HttpRequest) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct LangQuery {
        lang: Option<String>,
    }
    let lang = serde_urlencoded::from_str::<LangQuery>(req.query_string())
        .ok()?
        .lang?;
    lang.parse::<Locale>().is_ok().then_some(lang)
}

/// The cookie remembering `locale` for a year.
pub fn lang_cookie(locale: Locale, secure: bool) -> Cookie<'static> {
    Cookie::build(LANG_COOKIE, locale.tag())
        .path("/")
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(secure)
        .max_age(actix_web::cookie::time::Duration::days(365))
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn the_query_wins_then_the_profile_then_the_cookie_then_the_header() {
        let req = TestRequest::get()
            .uri("/?lang=mk")
            .cookie(Cookie::new(LANG_COOKIE, "sq"))
            .insert_header((header::ACCEPT_LANGUAGE, "hr"))
            .to_http_request();
        assert_eq!(negotiate_page(&req, Some(Locale::Bs)), Locale::Mk);
        let req = TestRequest::get()
            .uri("/")
            .cookie(Cookie::new(LANG_COOKIE, "sq"))
            .insert_header((header::ACCEPT_LANGUAGE, "hr"))
            .to_http_request();
        assert_eq!(negotiate_page(&req, Some(Locale::Bs)), Locale::Bs);
        assert_eq!(negotiate_page(&req, None), Locale::Sq);
        let req = TestRequest::get()
            .uri("/?lang=xx")
            .insert_header((header::ACCEPT_LANGUAGE, "hr"))
            .to_http_request();
        assert_eq!(negotiate_page(&req, None), Locale::Hr);
        let req = TestRequest::get().uri("/").to_http_request();
        assert_eq!(negotiate_page(&req, None), Locale::En);
    }
}
