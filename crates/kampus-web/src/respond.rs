//! How a page goes out: its HTML with the headers every page carries, the parts every page
//! shares (the header with the language switcher and the account links, "the chrome"), and
//! the redirect after a form.

use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder};
use kampus_content::Locale;

use crate::error::PageError;
use crate::session::Visitor;
use crate::state::WebState;
use crate::tr::Tr;

/// Only this site's own scripts, styles, images and fonts; no inline script or style, no
/// framing, forms post only here. `img-src data:` is not needed: the QR code is an image
/// of its own.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; \
frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// The headers every page carries, checked once at compile time rather than per response.
const PAGE_HEADERS: [(HeaderName, HeaderValue); 9] = [
    (
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    ),
    (
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    ),
    (
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    ),
    (
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    ),
    (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
    (
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    ),
    (
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    ),
    // Pages hold personal data and CSRF tokens: never stored by shared caches, and
    // revalidated by the browser.
    (
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    ),
    (
        header::VARY,
        HeaderValue::from_static("Cookie, Accept-Language"),
    ),
];

/// The headers every page carries.
pub fn with_page_headers(builder: &mut HttpResponseBuilder, locale: Locale) {
    for header in PAGE_HEADERS {
        builder.insert_header(header);
    }
    builder.insert_header((
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(locale.tag()),
    ));
}

/// A language the switcher offers.
#[derive(Debug, Clone, Copy)]
pub struct LanguageChoice<'a> {
    pub tag: &'static str,
    /// The language's name in itself.
    pub name: &'a str,
    pub current: bool,
}

/// What every page shows around its content.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub tr: Tr,
    /// The signed-in user's name, if any.
    pub user_name: Option<String>,
    /// Whether the signed-in user is a trainer or an admin (the header links the dashboard).
    pub staff: bool,
    /// Whether the signed-in user is an admin (the header links the publishing console).
    pub admin: bool,
    /// The CSRF token for this page's forms.
    pub csrf: String,
    /// This page's path, to come back to after switching the language (an anonymous
    /// visitor's switcher links to it with `?lang=`).
    pub path: String,
}

impl Chrome {
    pub fn new(req: &HttpRequest, visitor: &Visitor, state: &WebState) -> Self {
        let tr = Tr::new(state.strings.clone(), visitor.locale);
        let path = req.path().to_owned();
        Self {
            csrf: crate::csrf::token(&state.settings.csrf_key, &visitor.anchor),
            user_name: visitor.user().map(|u| u.display_name.clone()),
            staff: visitor
                .user()
                .is_some_and(|u| u.role != kampus_store::users::Role::Learner),
            admin: visitor
                .user()
                .is_some_and(|u| u.role == kampus_store::users::Role::Admin),
            tr,
            path,
        }
    }

    /// The chrome of a page kept as a stencil: markers for the signed-in visitor's name and
    /// the form token ([`crate::stencil`]), and the page's canonical `path`.
    pub fn stencil(state: &WebState, locale: Locale, path: String) -> Self {
        Self {
            tr: Tr::new(state.strings.clone(), locale),
            user_name: Some(crate::stencil::NAME.to_owned()),
            // Kept pages are for learners; staff get theirs rendered anew.
            staff: false,
            admin: false,
            csrf: crate::stencil::CSRF.to_owned(),
            path,
        }
    }

    /// The chrome of an error page, where the visitor may not be known.
    pub fn bare(req: &HttpRequest, state: &WebState, locale: Locale) -> Self {
        let tr = Tr::new(state.strings.clone(), locale);
        let path = req.path().to_owned();
        Self {
            tr,
            user_name: None,
            staff: false,
            admin: false,
            csrf: String::new(),
            path,
        }
    }

    pub fn signed_in(&self) -> bool {
        self.user_name.is_some()
    }

    /// The languages of the switcher, in `Locale::ALL`'s order.
    pub fn languages(&self) -> impl Iterator<Item = LanguageChoice<'_>> {
        Locale::ALL.iter().map(|&locale| LanguageChoice {
            tag: locale.tag(),
            name: self.tr.language_name(locale),
            current: locale == self.tr.locale,
        })
    }
}

/// A template rendered into a buffer large enough for a whole page at once (a lesson is
/// several kilobytes; growing the buffer as it fills copied it again and again, a tenth of the
/// lesson page's own work).
pub fn html(template: &impl askama::Template) -> Result<String, askama::Error> {
    let mut buffer = String::with_capacity(PAGE_BUFFER);
    template.render_into(&mut buffer)?;
    Ok(buffer)
}

/// Bytes reserved for a page: the largest pages (a lesson, an answer sheet) fit.
const PAGE_BUFFER: usize = 24 * 1024;

/// A rendered page, with the visitor's cookies.
pub fn page(
    visitor: &Visitor,
    html: Result<String, askama::Error>,
) -> Result<HttpResponse, PageError> {
    page_with_status(visitor, StatusCode::OK, html)
}

/// A rendered page with another status (a form shown again with its errors: 422).
pub fn page_with_status(
    visitor: &Visitor,
    status: StatusCode,
    html: Result<String, askama::Error>,
) -> Result<HttpResponse, PageError> {
    let html = html.map_err(|e| PageError::Internal(format!("template: {e}")))?;
    let mut builder = HttpResponse::build(status);
    with_page_headers(&mut builder, visitor.locale);
    for cookie in &visitor.cookies {
        builder.cookie(cookie.clone());
    }
    Ok(builder.body(html))
}

/// A PDF to download as `file_name`: never kept by a cache (it holds personal data).
pub fn pdf_download(bytes: Vec<u8>, file_name: String) -> HttpResponse {
    use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
    HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(file_name)],
        })
        .body(bytes)
}

/// After a form: go to `location` (303, so a reload does not post again).
pub fn see_other(visitor: &Visitor, location: &str) -> HttpResponse {
    let mut builder = HttpResponse::SeeOther();
    builder.insert_header((header::LOCATION, location));
    for cookie in &visitor.cookies {
        builder.cookie(cookie.clone());
    }
    builder.finish()
}

/// Whether `next` is a path of this site (a sign-in's return address must not lead away).
pub fn local_path(next: &str) -> bool {
    next.starts_with('/') && !next.starts_with("//") && !next.contains('\\')
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_local_paths_are_return_addresses() {
        assert!(local_path("/courses/x?lang=mk"));
        assert!(!local_path("//evil.example/"));
        assert!(!local_path("https://evil.example/"));
        assert!(!local_path("/\\evil.example"));
        assert!(!local_path(""));
    }
}
