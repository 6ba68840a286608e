//! `/profile`: one's own account — name, language and gender; the password; a copy of one's
//! data; deleting the account. The same rules and workflows as `/api/v1/me`.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_content::Locale;
use kampus_store::users::{ProfileChanges, User};
use kampus_usecases::UseCaseError;
use kampus_usecases::accounts::fields::{self, keep};
use kampus_usecases::accounts::{password, profile, sessions};
use serde::Deserialize;

use super::register::{GENDERS, gender_choices};
use crate::error::PageError;
use crate::forms::Posted;
use crate::pages::catalog::Choice;
use crate::pages::page;
use crate::respond::{self, Chrome};
use crate::session::{SignedIn, cookie, session_cookie};
use crate::state::WebState;
use crate::tr::FieldMessages;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        page("/profile")
            .route(web::get().to(show))
            .route(web::post().to(update)),
    )
    .service(page("/profile/password").route(web::post().to(change_password)))
    .service(page("/profile/export").route(web::get().to(export)))
    .service(page("/profile/delete").route(web::post().to(delete)));
}

#[derive(Debug, Template)]
#[template(path = "profile.html")]
struct ProfilePage {
    chrome: Chrome,
    email: String,
    display_name: String,
    languages: Vec<Choice>,
    genders: Vec<Choice>,
    errors: FieldMessages,
    /// The message id of what was just done.
    done: Option<&'static str>,
}

impl ProfilePage {
    fn new(chrome: Chrome, user: &User, errors: FieldMessages, done: Option<&'static str>) -> Self {
        let tr = &chrome.tr;
        let languages = Locale::ALL
            .iter()
            .map(|l| Choice {
                value: l.tag().to_owned(),
                label: tr.language_name(*l).to_owned(),
                selected: *l == user.preferred_locale,
            })
            .collect();
        let genders = gender_choices(tr, user.gender.map_or("", |g| g.as_str()));
        Self {
            email: user.email.to_string(),
            display_name: user.display_name.clone(),
            languages,
            genders,
            errors,
            done,
            chrome,
        }
    }
}

/// The profile again, with what was wrong in a form (422).
fn again(
    req: &HttpRequest,
    state: &WebState,
    signed_in: &SignedIn,
    shown: &User,
    errors: &[kampus_usecases::FieldError],
) -> Result<HttpResponse, PageError> {
    let chrome = Chrome::new(req, &signed_in.visitor, state);
    let errors = FieldMessages::of(&chrome.tr, errors);
    let page = ProfilePage::new(chrome, shown, errors, None);
    respond::page_with_status(
        &signed_in.visitor,
        StatusCode::UNPROCESSABLE_ENTITY,
        respond::html(&page),
    )
}

/// The outcomes a redirect back to the profile may announce.
const OUTCOMES: [&str; 2] = ["profile-saved", "profile-password-changed"];

async fn show(
    req: HttpRequest,
    state: web::Data<WebState>,
    signed_in: SignedIn,
) -> Result<HttpResponse, PageError> {
    let done = crate::pages::done_of(&req, &OUTCOMES);
    let chrome = Chrome::new(&req, &signed_in.visitor, &state);
    let page = ProfilePage::new(chrome, &signed_in.user, FieldMessages::default(), done);
    respond::page(&signed_in.visitor, respond::html(&page))
}

#[derive(Debug, Deserialize)]
struct ProfileForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    preferred_locale: String,
    #[serde(default)]
    gender: String,
}

async fn update(
    req: HttpRequest,
    state: web::Data<WebState>,
    signed_in: SignedIn,
    Posted(form): Posted<ProfileForm>,
) -> Result<HttpResponse, PageError> {
    let mut invalid = Vec::new();
    let name = keep(
        &mut invalid,
        fields::display_name("display_name", &form.display_name),
    );
    let locale = form.preferred_locale.parse::<Locale>().ok();
    let Some(name) = name else {
        let mut shown = (*signed_in.user).clone();
        shown.display_name = form.display_name;
        return again(&req, &state, &signed_in, &shown, &invalid);
    };
    let gender = GENDERS
        .iter()
        .find(|(_, value, _)| *value == form.gender)
        .map(|(gender, _, _)| *gender);
    let changes = ProfileChanges {
        display_name: Some(name.into_string()),
        preferred_locale: locale,
        gender: Some(gender),
    };
    profile::update(&state.cases, signed_in.user.id, changes).await?;
    state.access.forget_user(signed_in.user.id);
    Ok(respond::see_other(
        &signed_in.visitor,
        "/profile?done=profile-saved",
    ))
}

#[derive(Debug, Deserialize)]
struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

async fn change_password(
    req: HttpRequest,
    state: web::Data<WebState>,
    signed_in: SignedIn,
    Posted(form): Posted<PasswordForm>,
) -> Result<HttpResponse, PageError> {
    let mut invalid = Vec::new();
    keep(
        &mut invalid,
        fields::given_password("current_password", &form.current_password),
    );
    keep(
        &mut invalid,
        password::check_policy("new_password", &form.new_password),
    );
    let changed = if invalid.is_empty() {
        profile::change_password(
            &state.cases,
            &signed_in.user,
            form.current_password,
            "current_password",
            form.new_password,
        )
        .await
    } else {
        Err(UseCaseError::Invalid(invalid))
    };
    match changed {
        Ok((user, family)) => {
            state.access.forget_user(user.id);
            // Every session ended, this one too; this browser goes on in the new one.
            let token =
                sessions::continue_in_browser(&state.cases, user.id, family.family_id).await?;
            let mut visitor = signed_in.visitor.clone();
            visitor.cookies.push(cookie(
                &state.settings,
                session_cookie(&state.settings),
                token,
            ));
            Ok(respond::see_other(
                &visitor,
                "/profile?done=profile-password-changed",
            ))
        }
        Err(UseCaseError::Invalid(errors) | UseCaseError::WrongPassword(errors)) => {
            again(&req, &state, &signed_in, &signed_in.user, &errors)
        }
        Err(other) => Err(other.into()),
    }
}

/// A copy of one's data, as JSON (the same as `GET /api/v1/me/export`).
async fn export(
    state: web::Data<WebState>,
    signed_in: SignedIn,
) -> Result<HttpResponse, PageError> {
    let user = &signed_in.user;
    let related = profile::related(&state.cases, user).await?;
    let data = serde_json::json!({
        "account": {
            "id": user.id.to_string(),
            "email": user.email.to_string(),
            "display_name": user.display_name,
            "preferred_locale": user.preferred_locale.tag(),
            "role": user.role.as_str(),
            "institution_id": user.institution_id.map(|i| i.to_string()),
            "gender": user.gender.map(kampus_store::users::Gender::as_str),
            "email_verified": user.email_verified_at.is_some(),
        },
        "institution": related.institution,
        "created_at": user.created_at.and_utc(),
        "trainer_of": related.trainer_of,
    });
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename("kampus-my-data.json".into())],
        })
        .body(data.to_string()))
}

#[derive(Debug, Deserialize)]
struct DeleteForm {
    #[serde(default)]
    password: String,
}

async fn delete(
    req: HttpRequest,
    state: web::Data<WebState>,
    signed_in: SignedIn,
    Posted(form): Posted<DeleteForm>,
) -> Result<HttpResponse, PageError> {
    let deleted = match fields::given_password("delete_password", &form.password) {
        Ok(()) => {
            profile::delete(
                &state.cases,
                &signed_in.user,
                form.password,
                "delete_password",
            )
            .await
        }
        Err(error) => Err(UseCaseError::Invalid(vec![error])),
    };
    match deleted {
        Ok(()) => {
            state.access.forget_user(signed_in.user.id);
            let mut visitor = signed_in.visitor.clone();
            let mut gone = cookie(
                &state.settings,
                session_cookie(&state.settings),
                String::new(),
            );
            gone.make_removal();
            visitor.cookies.push(gone);
            Ok(respond::see_other(&visitor, "/"))
        }
        Err(UseCaseError::Invalid(errors) | UseCaseError::WrongPassword(errors)) => {
            again(&req, &state, &signed_in, &signed_in.user, &errors)
        }
        Err(other) => Err(other.into()),
    }
}
