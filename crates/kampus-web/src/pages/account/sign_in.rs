//! `/sign-in`, `/sign-out` and `/language`.
//!
//! Signing in starts a new session (a new family of refresh tokens and a new cookie: the
//! session id always changes at sign-in) under the same throttles as the API's login: per
//! address in this node's memory, per account in the database.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_content::Locale;
use kampus_store::Email;
use kampus_store::users::ProfileChanges;
use kampus_usecases::accounts::profile;
use kampus_usecases::accounts::sessions::{self, BrowserSignIn, Lockout};
use serde::Deserialize;

use crate::error::PageError;
use crate::forms::Posted;
use crate::pages::page;
use crate::respond::{self, Chrome, local_path};
use crate::session::{Visitor, cookie, session_cookie};
use crate::state::WebState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        page("/sign-in")
            .route(web::get().to(form))
            .route(web::post().to(sign_in)),
    )
    .service(page("/sign-out").route(web::post().to(sign_out)))
    .service(page("/language").route(web::post().to(language)));
}

#[derive(Debug, Template)]
#[template(path = "sign_in.html")]
struct SignInPage {
    chrome: Chrome,
    email: String,
    next: String,
    /// The message id of what went wrong, if anything.
    problem: Option<&'static str>,
}

#[derive(Debug, Deserialize)]
struct NextQuery {
    next: Option<String>,
}

fn next_or_home(next: Option<String>) -> String {
    next.filter(|n| local_path(n))
        .unwrap_or_else(|| "/".to_owned())
}

async fn form(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
) -> Result<HttpResponse, PageError> {
    let next = serde_urlencoded::from_str::<NextQuery>(req.query_string())
        .ok()
        .and_then(|q| q.next);
    if visitor.session.is_some() {
        return Ok(respond::see_other(&visitor, &next_or_home(next)));
    }
    let page = SignInPage {
        chrome: Chrome::new(&req, &visitor, &state),
        email: String::new(),
        next: next_or_home(next),
        problem: None,
    };
    respond::page(&visitor, respond::html(&page))
}

#[derive(Debug, Deserialize)]
struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

async fn sign_in(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
    Posted(form): Posted<SignInForm>,
) -> Result<HttpResponse, PageError> {
    state.throttle(&req, "login")?;
    let next = next_or_home(form.next);
    let again = |problem: &'static str, status: StatusCode| {
        let page = SignInPage {
            chrome: Chrome::new(&req, &visitor, &state),
            email: form.email.clone(),
            next: next.clone(),
            problem: Some(problem),
        };
        respond::page_with_status(&visitor, status, respond::html(&page))
    };
    let Ok(email) = Email::parse(&form.email) else {
        return again("sign-in-wrong", StatusCode::UNPROCESSABLE_ENTITY);
    };
    let lockout = Lockout {
        failures: state.throttle.account_failures,
        window: state.throttle.account_window,
    };
    match sessions::sign_in_browser(&state.cases, email, form.password.clone(), lockout).await? {
        BrowserSignIn::SignedIn(_, token) => {
            let mut signed_in = visitor.clone();
            signed_in.cookies.push(cookie(
                &state.settings,
                session_cookie(&state.settings),
                token,
            ));
            Ok(respond::see_other(&signed_in, &next))
        }
        BrowserSignIn::WrongCredentials => again("sign-in-wrong", StatusCode::UNPROCESSABLE_ENTITY),
        BrowserSignIn::NotVerified => {
            again("sign-in-not-verified", StatusCode::UNPROCESSABLE_ENTITY)
        }
        BrowserSignIn::Locked { retry_after_secs } => {
            Err(PageError::TooManyRequests { retry_after_secs })
        }
    }
}

#[derive(Debug, Deserialize)]
struct Empty {}

async fn sign_out(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
    Posted(_): Posted<Empty>,
) -> Result<HttpResponse, PageError> {
    let settings = &state.settings;
    if let Some(token) = req.cookie(session_cookie(settings)) {
        let token = token.value().to_owned();
        state
            .access
            .forget_browser_session(&kampus_store::secrets::hash(&token));
        if let Some(ended) = sessions::sign_out_browser(&state.cases, token).await? {
            state.access.forget_session(&ended.session_id);
        }
    }
    let mut gone = cookie(settings, session_cookie(settings), String::new());
    gone.make_removal();
    let mut signed_out = visitor;
    signed_out.cookies.push(gone);
    Ok(respond::see_other(&signed_out, "/"))
}

#[derive(Debug, Deserialize)]
struct LanguageForm {
    lang: String,
    back: Option<String>,
}

/// A signed-in user's choice in the switcher: their preference from now on, everywhere
/// (emails and certificates too). An anonymous visitor's choice is a link and a cookie.
async fn language(
    state: web::Data<WebState>,
    visitor: Visitor,
    Posted(form): Posted<LanguageForm>,
) -> Result<HttpResponse, PageError> {
    let locale = form
        .lang
        .parse::<Locale>()
        .map_err(|_| PageError::BadForm)?;
    let back = next_or_home(form.back);
    let Some(user) = visitor.user().cloned() else {
        let mut chosen = visitor;
        chosen.cookies.push(crate::locale::lang_cookie(
            locale,
            state.settings.secure_cookies,
        ));
        return Ok(respond::see_other(&chosen, &back));
    };
    let changes = ProfileChanges {
        preferred_locale: Some(locale),
        ..ProfileChanges::default()
    };
    profile::update(&state.cases, user.id, changes).await?;
    state.access.forget_user(user.id);
    Ok(respond::see_other(&visitor, &back))
}
