//! `/register`: creating an account with an invitation code. The same rules as the API's
//! registration (`kampus_usecases::accounts::fields` and the password policy); every field
//! is checked and every problem shown at once, next to its field and in a summary.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_content::Locale;
use kampus_store::users::Gender;
use kampus_usecases::UseCaseError;
use kampus_usecases::accounts::fields::{self, keep};
use kampus_usecases::accounts::password;
use kampus_usecases::accounts::registration::{self, Registered, Registration};
use serde::Deserialize;

use crate::error::PageError;
use crate::forms::Posted;
use crate::pages::catalog::Choice;
use crate::pages::page;
use crate::respond::{self, Chrome};
use crate::session::Visitor;
use crate::state::WebState;
use crate::tr::{FieldMessages, Tr};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        page("/register")
            .route(web::get().to(form))
            .route(web::post().to(register)),
    );
}

/// The genders a learner may state (optional; reports count them, certificates never show
/// them), with their labels.
pub const GENDERS: [(Gender, &str, &str); 4] = [
    (Gender::Female, "female", "gender-female"),
    (Gender::Male, "male", "gender-male"),
    (Gender::Other, "other", "gender-other"),
    (
        Gender::PreferNotToSay,
        "prefer-not-to-say",
        "gender-prefer-not-to-say",
    ),
];

#[derive(Debug, Default, Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    invitation_code: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    preferred_locale: String,
    #[serde(default)]
    gender: String,
}

#[derive(Debug, Template)]
#[template(path = "register.html")]
struct RegisterPage {
    chrome: Chrome,
    form: RegisterForm,
    errors: FieldMessages,
    languages: Vec<Choice>,
    genders: Vec<Choice>,
    /// After registering: the message id of what happens next.
    done: Option<&'static str>,
}

impl RegisterPage {
    fn new(chrome: Chrome, form: RegisterForm, errors: FieldMessages) -> Self {
        let tr = &chrome.tr;
        let chosen_locale = if form.preferred_locale.is_empty() {
            tr.locale.tag()
        } else {
            form.preferred_locale.as_str()
        };
        let languages = Locale::ALL
            .iter()
            .map(|l| Choice {
                value: l.tag().to_owned(),
                label: tr.language_name(*l).to_owned(),
                selected: l.tag() == chosen_locale,
            })
            .collect();
        let genders = gender_choices(tr, &form.gender);
        Self {
            chrome,
            form,
            errors,
            languages,
            genders,
            done: None,
        }
    }
}

/// The gender options, `current` selected.
pub fn gender_choices(tr: &Tr, current: &str) -> Vec<Choice> {
    GENDERS
        .iter()
        .map(|(_, value, label)| Choice {
            value: (*value).to_owned(),
            label: tr.t(label).into_owned(),
            selected: *value == current,
        })
        .collect()
}

async fn form(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
) -> Result<HttpResponse, PageError> {
    #[derive(Deserialize)]
    struct Code {
        code: Option<String>,
    }
    // An invitation may come as a link with its code.
    let code = serde_urlencoded::from_str::<Code>(req.query_string())
        .ok()
        .and_then(|c| c.code)
        .unwrap_or_default();
    let form = RegisterForm {
        invitation_code: code,
        ..RegisterForm::default()
    };
    let page = RegisterPage::new(
        Chrome::new(&req, &visitor, &state),
        form,
        FieldMessages::default(),
    );
    respond::page(&visitor, respond::html(&page))
}

/// The form's values that passed their rules.
struct Valid {
    email: kampus_store::Email,
    name: String,
    locale: Locale,
    gender: Option<Gender>,
}

fn validate(
    form: &RegisterForm,
    page_locale: Locale,
) -> Result<Valid, Vec<kampus_usecases::FieldError>> {
    let mut invalid = Vec::new();
    let code = keep(
        &mut invalid,
        fields::invitation_code("invitation_code", form.invitation_code.trim()),
    );
    let email = keep(&mut invalid, fields::email("email", form.email.trim()));
    let name = keep(
        &mut invalid,
        fields::display_name("display_name", &form.display_name),
    );
    let password = keep(
        &mut invalid,
        password::check_policy("password", &form.password),
    );
    let locale = form
        .preferred_locale
        .parse::<Locale>()
        .unwrap_or(page_locale);
    let gender = GENDERS
        .iter()
        .find(|(_, value, _)| *value == form.gender)
        .map(|(gender, _, _)| *gender);
    match (code, email, name, password) {
        (Some(()), Some(email), Some(name), Some(())) => Ok(Valid {
            email,
            name: name.into_string(),
            locale,
            gender,
        }),
        _ => Err(invalid),
    }
}

async fn register(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
    Posted(form): Posted<RegisterForm>,
) -> Result<HttpResponse, PageError> {
    state.throttle(&req, "register")?;
    let chrome = Chrome::new(&req, &visitor, &state);
    let again = |form: RegisterForm, errors: &[kampus_usecases::FieldError], chrome: Chrome| {
        let messages = FieldMessages::of(&chrome.tr, errors);
        let mut page = RegisterPage::new(chrome, form, messages);
        page.form.password.clear();
        respond::page_with_status(
            &visitor,
            StatusCode::UNPROCESSABLE_ENTITY,
            respond::html(&page),
        )
    };
    let valid = match validate(&form, visitor.locale) {
        Ok(valid) => valid,
        Err(errors) => return again(form, &errors, chrome),
    };
    let registration = Registration {
        invitation_code: form.invitation_code.trim().to_owned(),
        email: valid.email,
        display_name: valid.name,
        preferred_locale: valid.locale,
        gender: valid.gender,
        password: form.password.clone(),
    };
    let done = match registration::register(&state.cases, registration).await {
        Ok(Registered::Created(user)) if user.email_verified_at.is_some() => {
            "register-done-verified"
        }
        Ok(Registered::Created(_) | Registered::Exists) => "register-done-check-mail",
        Err(UseCaseError::UnknownReference(errors) | UseCaseError::Invalid(errors)) => {
            return again(form, &errors, chrome);
        }
        Err(other) => return Err(other.into()),
    };
    let mut page = RegisterPage::new(chrome, RegisterForm::default(), FieldMessages::default());
    page.done = Some(done);
    respond::page(&visitor, respond::html(&page))
}
