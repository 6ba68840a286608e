//! The body of a page's POST, read only after its CSRF token and origin are checked.
//!
//! Every form handler takes a [`Posted`]; none reads a body any other way, so no POST can
//! skip the check (a test posts to every form without a token and expects 403). The one
//! exception, a bundle's upload, is [`crate::upload::Uploaded`]: the same two checks, first.

use std::future::Future;
use std::pin::Pin;

use actix_web::web::Bytes;
use actix_web::{FromRequest, HttpRequest, dev::Payload};
use serde::de::DeserializeOwned;

use crate::csrf;
use crate::error::PageError;
use crate::session::{csrf_cookie, session_cookie, web_state};

/// The most a form may send (a profile, an answer sheet); uploads are not forms of this kind.
const FORM_LIMIT: usize = 256 * 1024;

/// A checked form: `T` from `application/x-www-form-urlencoded`, its `csrf` field ignored.
#[derive(Debug)]
pub struct Posted<T>(pub T);

#[derive(serde::Deserialize)]
struct Token {
    csrf: Option<String>,
}

impl<T: DeserializeOwned + 'static> FromRequest for Posted<T> {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, PageError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let body = Bytes::from_request(&req, payload);
        Box::pin(async move {
            from_this_site(&req)?;
            let body = body.await.map_err(|_| PageError::BadForm)?;
            if body.len() > FORM_LIMIT {
                return Err(PageError::BadForm);
            }
            let presented = serde_urlencoded::from_bytes::<Token>(&body)
                .ok()
                .and_then(|t| t.csrf);
            token_is_the_visitors(&req, presented.as_deref())?;
            serde_urlencoded::from_bytes::<T>(&body)
                .map(Posted)
                .map_err(|_| PageError::BadForm)
        })
    }
}

/// Refuses a POST sent from another site: checked before anything of its body is read.
pub(crate) fn from_this_site(req: &HttpRequest) -> Result<(), PageError> {
    let state = web_state(req)?;
    if csrf::same_site_request(req, &state.settings) {
        Ok(())
    } else {
        Err(PageError::Forbidden)
    }
}

/// Refuses a form whose CSRF token is missing or not this visitor's.
pub(crate) fn token_is_the_visitors(
    req: &HttpRequest,
    presented: Option<&str>,
) -> Result<(), PageError> {
    let state = web_state(req)?;
    let settings = &state.settings;
    let presented = presented.ok_or(PageError::Forbidden)?;
    // The anchor as the page that holds the form saw it: the session cookie when there is
    // one, else the anonymous CSRF cookie.
    let anchors = [session_cookie(settings), csrf_cookie(settings)];
    let matched = anchors
        .iter()
        .filter_map(|name| req.cookie(name))
        .any(|c| csrf::token_matches(&settings.csrf_key, c.value(), presented));
    if matched {
        Ok(())
    } else {
        Err(PageError::Forbidden)
    }
}
