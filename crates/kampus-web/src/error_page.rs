//! The localized page for an error: handlers and extractors return a [`PageError`]; the
//! [`render_errors`] middleware, wrapped around every page, turns it (or any other error
//! actix raises before a handler runs) into a page in the visitor's language.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, HttpResponse};
use askama::Template;

use crate::error::PageError;
use crate::locale::negotiate_page;
use crate::respond::{Chrome, with_page_headers};
use crate::session::{PageLocale, web_state};
use crate::state::WebState;

#[derive(Debug, Template)]
#[template(path = "error.html")]
struct ErrorPage {
    chrome: Chrome,
    heading: String,
    explanation: String,
}

/// Renders errors of the pages it wraps as localized pages.
pub async fn render_errors(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let res = next.call(req).await?.map_into_boxed_body();
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error() || status == StatusCode::SEE_OTHER) {
        return Ok(res);
    }
    let page_error = res
        .response()
        .error()
        .and_then(|e| e.as_error::<PageError>())
        .cloned();
    let (req, response) = res.into_parts();
    if let Some(PageError::SignInRequired { next }) = &page_error {
        let location = format!(
            "/sign-in?{}",
            serde_urlencoded::to_string([("next", next.as_str())]).unwrap_or_default()
        );
        let redirect = HttpResponse::SeeOther()
            .insert_header((header::LOCATION, location))
            .finish();
        return Ok(ServiceResponse::new(req, redirect));
    }
    if status == StatusCode::SEE_OTHER || response.error().is_none() {
        // A handler's own answer (a redirect, or a page with a status of its own).
        return Ok(ServiceResponse::new(req, response));
    }
    if let Some(PageError::Internal(cause) | PageError::Unavailable(cause)) = &page_error {
        tracing::error!(%cause, path = %req.path(), "page failed");
    }
    let Ok(state) = web_state(&req) else {
        return Ok(ServiceResponse::new(req, response));
    };
    let page = error_page(&req, state, status, page_error.as_ref());
    Ok(ServiceResponse::new(req, page))
}

/// The localized page for an error status.
fn error_page(
    req: &HttpRequest,
    state: &WebState,
    status: StatusCode,
    page_error: Option<&PageError>,
) -> HttpResponse {
    // Copied out first: reading cookies borrows the extensions again.
    let known = req.extensions().get::<PageLocale>().copied();
    let locale = known.map_or_else(|| negotiate_page(req, None), |l| l.0);
    let chrome = Chrome::bare(req, state, locale);
    let (heading, explanation) = match status {
        StatusCode::NOT_FOUND => ("error-not-found", "error-not-found-explanation"),
        StatusCode::FORBIDDEN => ("error-forbidden", "error-forbidden-explanation"),
        StatusCode::BAD_REQUEST | StatusCode::PAYLOAD_TOO_LARGE => {
            ("error-bad-request", "error-bad-request-explanation")
        }
        StatusCode::TOO_MANY_REQUESTS => ("error-too-many", "error-too-many-explanation"),
        StatusCode::SERVICE_UNAVAILABLE => ("error-unavailable", "error-unavailable-explanation"),
        _ => ("error-internal", "error-internal-explanation"),
    };
    let page = ErrorPage {
        heading: chrome.tr.t(heading).into_owned(),
        explanation: chrome.tr.t(explanation).into_owned(),
        chrome,
    };
    let mut builder = HttpResponse::build(status);
    with_page_headers(&mut builder, locale);
    if let Some(PageError::TooManyRequests { retry_after_secs }) = page_error {
        builder.insert_header((header::RETRY_AFTER, *retry_after_secs));
    }
    builder.body(crate::respond::html(&page).unwrap_or_default())
}

/// The "page not found" page, for a path nothing serves (the composition root answers a
/// browser's unknown path with it, and an API client's with a problem document).
pub async fn not_found_page(req: HttpRequest) -> HttpResponse {
    match web_state(&req) {
        Ok(state) => error_page(&req, state, StatusCode::NOT_FOUND, None),
        Err(_) => HttpResponse::NotFound().finish(),
    }
}
