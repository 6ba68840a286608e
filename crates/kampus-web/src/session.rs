//! Who is asking: a browser session from its cookie, or an anonymous visitor.
//!
//! The session cookie is HttpOnly and SameSite=Lax, `__Host-` prefixed and Secure whenever
//! the public URL is https. On plain http (`cargo run` on loopback) browsers refuse both
//! the prefix and the flag, so the cookie is named without the prefix; that is only safe
//! on loopback, which is why docs/operations.md asks for https anywhere else.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use actix_web::cookie::{Cookie, SameSite};
use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};
use kampus_content::Locale;
use kampus_store::users::User;
use kampus_usecases::access_cache::BrowserSessionFacts;
use kampus_usecases::accounts::sessions;

use crate::error::PageError;
use crate::locale::{explicit_lang, negotiate_page};
use crate::state::{WebSettings, WebState};

/// The session cookie's name.
pub fn session_cookie(settings: &WebSettings) -> &'static str {
    if settings.secure_cookies {
        "__Host-kampus_session"
    } else {
        "kampus_session"
    }
}

/// The anonymous CSRF cookie's name.
pub fn csrf_cookie(settings: &WebSettings) -> &'static str {
    if settings.secure_cookies {
        "__Host-kampus_csrf"
    } else {
        "kampus_csrf"
    }
}

/// A cookie of ours with the flags every one of them has.
pub fn cookie(settings: &WebSettings, name: &'static str, value: String) -> Cookie<'static> {
    Cookie::build(name, value)
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(settings.secure_cookies)
        .finish()
}

/// The locale a page was negotiated in, kept for the error pages rendered after it.
#[derive(Debug, Clone, Copy)]
pub struct PageLocale(pub Locale);

/// Whoever sent the request: signed in or not, in which locale, with which CSRF anchor.
#[derive(Debug, Clone)]
pub struct Visitor {
    /// The signed-in account, shared with the node's access cache (never copied per request).
    pub session: Option<Arc<User>>,
    pub locale: Locale,
    /// What this visitor's CSRF tokens are made from (see [`crate::csrf`]).
    pub anchor: String,
    /// Cookies to set or remove with the response.
    pub cookies: Vec<Cookie<'static>>,
}

impl Visitor {
    pub fn user(&self) -> Option<&User> {
        self.session.as_deref()
    }
}

impl FromRequest for Visitor {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, PageError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { visitor(&req).await })
    }
}

async fn visitor(req: &HttpRequest) -> Result<Visitor, PageError> {
    let state = web_state(req)?;
    let settings = &state.settings;
    let mut cookies = Vec::new();
    let token = req
        .cookie(session_cookie(settings))
        .map(|c| c.value().to_owned());
    let session = match &token {
        Some(token) => live_session(state, token).await?,
        None => None,
    };
    let anchor = if let (Some(_), Some(token)) = (&session, &token) {
        token.clone()
    } else {
        if token.is_some() {
            // Ended or expired: forget it.
            let mut gone = cookie(settings, session_cookie(settings), String::new());
            gone.make_removal();
            cookies.push(gone);
        }
        match req.cookie(csrf_cookie(settings)) {
            Some(existing) if existing.value().len() >= 32 => existing.value().to_owned(),
            _ => {
                let fresh = kampus_store::secrets::new_token()
                    .map_err(|e| PageError::Internal(e.to_string()))?;
                cookies.push(cookie(settings, csrf_cookie(settings), fresh.clone()));
                fresh
            }
        }
    };
    let profile = session.as_ref().map(|user| user.preferred_locale);
    let locale = negotiate_page(req, profile);
    if session.is_none() && explicit_lang(req).is_some() {
        cookies.push(crate::locale::lang_cookie(locale, settings.secure_cookies));
    }
    req.extensions_mut().insert(PageLocale(locale));
    Ok(Visitor {
        session,
        locale,
        anchor,
        cookies,
    })
}

/// The live browser session of a cookie's token: from the node's access cache when it
/// remembers the session, its family open and its account (no database on the hottest
/// pages), else read and remembered. Whatever ends a session through this node forgets it.
async fn live_session(state: &WebState, token: &str) -> Result<Option<Arc<User>>, PageError> {
    let hash = kampus_store::secrets::hash(token);
    let access = &state.access;
    if let Some(facts) = access.browser_session(&hash)
        && facts.expires_at > state.cases.now()
        && access.session_open(&facts.family_id)
        && let Some(user) = access.user(facts.user_id)
        && user.accepts_token_issued_at(facts.created_at.and_utc().timestamp_millis())
    {
        return Ok(Some(user));
    }
    let found = sessions::browser_session(&state.cases, token.to_owned()).await?;
    if let Some(session) = &found {
        access.remember_browser_session(
            hash,
            BrowserSessionFacts {
                user_id: session.user.id,
                family_id: session.family_id.clone(),
                created_at: session.created_at,
                expires_at: session.expires_at,
            },
        );
        access.remember_open_session(session.family_id.clone());
    }
    let user = found.map(|session| Arc::new(session.user));
    if let Some(user) = &user {
        access.remember_user(user.clone());
    }
    Ok(user)
}

/// A visitor who must be signed in; others are sent to the sign-in page and back.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub visitor: Visitor,
    pub user: Arc<User>,
}

impl FromRequest for SignedIn {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, PageError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let visitor = visitor(&req).await?;
            let Some(user) = visitor.session.clone() else {
                return Err(PageError::SignInRequired {
                    next: back_to(&req),
                });
            };
            Ok(SignedIn { visitor, user })
        })
    }
}

/// Where to return after signing in: this page (path and query).
fn back_to(req: &HttpRequest) -> String {
    match req.uri().path_and_query() {
        Some(pq) => pq.as_str().to_owned(),
        None => "/".to_owned(),
    }
}

/// The web state the composition root registered.
pub fn web_state(req: &HttpRequest) -> Result<&WebState, PageError> {
    req.app_data::<web::Data<WebState>>()
        .map(web::Data::get_ref)
        .ok_or_else(|| PageError::Internal("the web state is not registered".into()))
}
