//! The pages the emailed links open, and the forms that send those links.
//!
//! A link's GET only shows a page; the token is used by the form it holds (POST). Mail
//! scanners that open every link in a message would otherwise use up the single-use token
//! before the person clicks.
//!
//! - `/verify-email?token=…` → confirm the address;
//! - `/verify-email/resend` → send the confirmation link again;
//! - `/forgot-password` → send a password-reset link;
//! - `/reset-password?token=…` → choose a new password.
//!
//! The forms that send a link answer the same whether or not the address has an account.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_store::user_tokens::Purpose;
use kampus_store::users::User;
use kampus_usecases::accounts::fields::{self, keep};
use kampus_usecases::accounts::{links, password};
use serde::Deserialize;

use crate::error::PageError;
use crate::forms::Posted;
use crate::pages::page;
use crate::respond::{self, Chrome};
use crate::session::Visitor;
use crate::state::WebState;
use crate::tr::FieldMessages;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        page("/verify-email")
            .route(web::get().to(verify_form))
            .route(web::post().to(verify)),
    )
    .service(
        page("/verify-email/resend")
            .route(web::get().to(resend_form))
            .route(web::post().to(resend)),
    )
    .service(
        page("/forgot-password")
            .route(web::get().to(forgot_form))
            .route(web::post().to(forgot)),
    )
    .service(
        page("/reset-password")
            .route(web::get().to(reset_form))
            .route(web::post().to(reset)),
    );
}

/// What a link page shows: its form, or the outcome.
#[derive(Debug, Template)]
#[template(path = "link_page.html")]
struct LinkPage {
    chrome: Chrome,
    /// Which page: verify, resend, forgot or reset.
    kind: &'static str,
    title: &'static str,
    /// The token of the link, carried by the form.
    token: String,
    email: String,
    errors: FieldMessages,
    /// The outcome's message id and whether it went well.
    outcome: Option<(&'static str, bool)>,
}

impl LinkPage {
    fn is(&self, kind: &str) -> bool {
        self.kind == kind
    }

    fn new(chrome: Chrome, kind: &'static str, title: &'static str) -> Self {
        Self {
            chrome,
            kind,
            title,
            token: String::new(),
            email: String::new(),
            errors: FieldMessages::default(),
            outcome: None,
        }
    }
}

#[derive(Debug, Deserialize)]
struct TokenQuery {
    token: Option<String>,
}

fn token_of(req: &HttpRequest) -> String {
    serde_urlencoded::from_str::<TokenQuery>(req.query_string())
        .ok()
        .and_then(|q| q.token)
        .unwrap_or_default()
}

async fn verify_form(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
) -> Result<HttpResponse, PageError> {
    let mut page = LinkPage::new(
        Chrome::new(&req, &visitor, &state),
        "verify",
        "verify-title",
    );
    page.token = token_of(&req);
    respond::page(&visitor, respond::html(&page))
}

#[derive(Debug, Deserialize)]
struct TokenForm {
    #[serde(default)]
    token: String,
}

async fn verify(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
    Posted(form): Posted<TokenForm>,
) -> Result<HttpResponse, PageError> {
    state.throttle(&req, Purpose::VerifyEmail.as_str())?;
    let verified = fields::token("token", &form.token).is_ok()
        && links::verify_email(&state.cases, form.token).await?;
    let mut page = LinkPage::new(
        Chrome::new(&req, &visitor, &state),
        "verify",
        "verify-title",
    );
    page.outcome = Some(if verified {
        ("verify-done", true)
    } else {
        ("link-invalid", false)
    });
    let status = if verified {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    respond::page_with_status(&visitor, status, respond::html(&page))
}

async fn resend_form(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
) -> Result<HttpResponse, PageError> {
    email_form(&req, &state, &visitor, "resend", "resend-title")
}

async fn forgot_form(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
) -> Result<HttpResponse, PageError> {
    email_form(&req, &state, &visitor, "forgot", "forgot-title")
}

/// The page that asks for an email address to send a link to (`kind` and its title).
fn email_form(
    req: &HttpRequest,
    state: &WebState,
    visitor: &Visitor,
    kind: &'static str,
    title: &'static str,
) -> Result<HttpResponse, PageError> {
    let page = LinkPage::new(Chrome::new(req, visitor, state), kind, title);
    respond::page(visitor, respond::html(&page))
}

#[derive(Debug, Deserialize)]
struct EmailForm {
    #[serde(default)]
    email: String,
}

async fn resend(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
    Posted(form): Posted<EmailForm>,
) -> Result<HttpResponse, PageError> {
    let unverified = |user: &User| user.email_verified_at.is_none();
    send_link(
        req,
        state,
        visitor,
        form,
        ("resend", "resend-title"),
        Purpose::VerifyEmail,
        unverified,
    )
    .await
}

async fn forgot(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
    Posted(form): Posted<EmailForm>,
) -> Result<HttpResponse, PageError> {
    send_link(
        req,
        state,
        visitor,
        form,
        ("forgot", "forgot-title"),
        Purpose::PasswordReset,
        |_| true,
    )
    .await
}

/// Throttles, checks the address, and mails the link if the address has an account that
/// `wants_link`; the page says the same either way.
async fn send_link(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
    form: EmailForm,
    (kind, title): (&'static str, &'static str),
    purpose: Purpose,
    wants_link: fn(&User) -> bool,
) -> Result<HttpResponse, PageError> {
    state.throttle(&req, purpose.as_str())?;
    let mut page = LinkPage::new(Chrome::new(&req, &visitor, &state), kind, title);
    match fields::email("email", form.email.trim()) {
        Ok(email) => {
            links::send_to_address(&state.cases, email, purpose, wants_link).await?;
            page.outcome = Some(("link-sent", true));
            respond::page(&visitor, respond::html(&page))
        }
        Err(error) => {
            page.errors = FieldMessages::of(&page.chrome.tr, &[error]);
            page.email = form.email;
            respond::page_with_status(
                &visitor,
                StatusCode::UNPROCESSABLE_ENTITY,
                respond::html(&page),
            )
        }
    }
}

async fn reset_form(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
) -> Result<HttpResponse, PageError> {
    let mut page = LinkPage::new(Chrome::new(&req, &visitor, &state), "reset", "reset-title");
    page.token = token_of(&req);
    respond::page(&visitor, respond::html(&page))
}

#[derive(Debug, Deserialize)]
struct ResetForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
}

async fn reset(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
    Posted(form): Posted<ResetForm>,
) -> Result<HttpResponse, PageError> {
    state.throttle(&req, Purpose::PasswordReset.as_str())?;
    let mut page = LinkPage::new(Chrome::new(&req, &visitor, &state), "reset", "reset-title");
    let mut invalid = Vec::new();
    let checked = (
        keep(&mut invalid, fields::token("token", &form.token)),
        keep(
            &mut invalid,
            password::check_policy("password", &form.password),
        ),
    );
    if checked != (Some(()), Some(())) {
        page.errors = FieldMessages::of(&page.chrome.tr, &invalid);
        page.token = form.token;
        return respond::page_with_status(
            &visitor,
            StatusCode::UNPROCESSABLE_ENTITY,
            respond::html(&page),
        );
    }
    let changed = links::reset_password(&state.cases, form.token, form.password).await?;
    if let Some(user) = changed {
        // Every session of the account ended: this node must not remember it signed in.
        state.access.forget_user(user);
    }
    let (outcome, status) = if changed.is_some() {
        (("reset-done", true), StatusCode::OK)
    } else {
        (("link-invalid", false), StatusCode::NOT_FOUND)
    };
    page.outcome = Some(outcome);
    respond::page_with_status(&visitor, status, respond::html(&page))
}
