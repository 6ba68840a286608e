//! `POST /api/v1/auth/register`: self-registration with an invitation code.

use actix_web::{HttpRequest, HttpResponse, web};
use kampus_content::Locale;
use kampus_store::Email;
use kampus_store::users::Gender;
use kampus_usecases::accounts::registration::{self, Registered, Registration};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::client_ip;
use crate::auth::account_fields::{
    self as fields, DisplayNameSchema, EmailAddress, InvitationCode, NewPassword, keep,
};
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;
use crate::vocabulary::{GenderName, LocaleTag};
use kampus_usecases::accounts::password;

/// A registration. The members' rules are those of their schemas; see docs/api.md.
//
// The members' schemas are inlined, not referenced: schemathesis (4.32) finds a sign-up
// operation's body only when it references nothing, and fails its whole anonymous run
// otherwise.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    #[schema(value_type = InvitationCode, inline)]
    pub invitation_code: String,
    #[schema(value_type = EmailAddress, inline)]
    pub email: String,
    #[schema(value_type = NewPassword, inline)]
    pub password: String,
    #[schema(value_type = DisplayNameSchema, inline)]
    pub display_name: String,
    /// The language of the account's mail and texts (`null` or absent: the request's
    /// language).
    #[schema(value_type = Option<LocaleTag>, inline)]
    pub preferred_locale: Option<String>,
    /// Optional; for the gender-disaggregated figures of reports (`null`: not given).
    #[schema(value_type = Option<GenderName>, inline)]
    pub gender: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Accepted {
    /// What happens next, e.g. `verification-email-sent`.
    pub status: &'static str,
}

/// The checked fields of a registration.
struct Valid {
    email: Email,
    name: String,
    locale: Locale,
    gender: Option<Gender>,
}

/// Checks every member, so that the answer names each invalid one.
fn validate(body: &RegisterRequest, request_locale: Locale) -> Result<Valid, ApiError> {
    let mut invalid = Vec::new();
    let code = fields::invitation_code("invitation_code", &body.invitation_code);
    let code = keep(&mut invalid, code);
    let email = keep(&mut invalid, fields::email("email", &body.email));
    let password = keep(
        &mut invalid,
        password::check_policy("password", &body.password),
    );
    let name = fields::display_name("display_name", &body.display_name);
    let name = keep(&mut invalid, name);
    let locale = match body.preferred_locale.as_deref() {
        None => Ok(request_locale),
        Some(tag) => fields::choice::<LocaleTag>("preferred_locale", tag, &fields::locale_tags())
            .map(Locale::from),
    };
    let locale = keep(&mut invalid, locale);
    let gender = body
        .gender
        .as_deref()
        .map(|raw| fields::choice::<GenderName>("gender", raw, &fields::GENDERS).map(Gender::from))
        .transpose();
    let gender = keep(&mut invalid, gender);
    match (code, email, password, name, locale, gender) {
        (Some(()), Some(email), Some(()), Some(name), Some(locale), Some(gender)) => Ok(Valid {
            email,
            name: name.into_string(),
            locale,
            gender,
        }),
        _ => Err(ApiError::Validation(invalid)),
    }
}

/// Creates an account with an invitation code and sends the address a verification link.
///
/// An address that already has an account gets the same `202` (and no second account), so
/// the endpoint does not reveal who is registered.
#[utoipa::path(
    post,
    path = "/api/v1/auth/register",
    tag = "auth",
    request_body = RegisterRequest,
    responses(
        (status = 202, description = "Check your mailbox for the verification link (or, invited by address, sign in)", body = Accepted),
        (status = 404, description = "No valid invitation with this code for this address: unknown, used up, revoked, expired or for another address (`unknown-reference`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The body is not of this shape (`invalid-body`), or members break their schema's rules or the password is a common one (`validation-failed`, naming each)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts from this address", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = u64, description = "Seconds to wait before trying again")))
    )
)]
pub async fn register(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: crate::body::Json<RegisterRequest>,
) -> Result<HttpResponse, ApiError> {
    state.ip_throttle.check(
        "register",
        client_ip(&req),
        state.throttle.ip_attempts_per_minute,
    )?;
    let request_locale = crate::caller::locale::negotiate_request(&req, &state).locale;
    let body = body.into_inner();
    let Valid {
        email,
        name,
        locale,
        gender,
    } = validate(&body, request_locale)?;
    let registration = Registration {
        invitation_code: body.invitation_code,
        email,
        display_name: name,
        preferred_locale: locale,
        gender,
        password: body.password,
    };
    match registration::register(&state.cases, registration).await? {
        Registered::Created(user) => {
            tracing::info!(user_id = %user.id, "registered");
            let status = if user.email_verified_at.is_some() {
                "registered"
            } else {
                "verification-email-sent"
            };
            Ok(HttpResponse::Accepted().json(Accepted { status }))
        }
        // The same answer as a new account: registering does not reveal who is registered.
        Registered::Exists => Ok(HttpResponse::Accepted().json(Accepted {
            status: "verification-email-sent",
        })),
    }
}
