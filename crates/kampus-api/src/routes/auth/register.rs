//! `POST /api/v1/auth/register`: self-registration with an invitation code.

use actix_web::{HttpRequest, HttpResponse, web};
use kampus_content::Locale;
use kampus_store::user_tokens::Purpose;
use kampus_store::users::{self, Gender, NewUser};
use kampus_store::{Email, StoreError, invitations};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::client_ip;
use super::links::queue_link_mail;
use crate::auth::password;
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    /// The code an admin or trainer gave you, e.g. `K7QM2-XHD9T-WAB4R` (case and dashes do not matter).
    pub invitation_code: String,
    pub email: String,
    #[schema(format = Password)]
    pub password: String,
    /// Your name as it should appear on certificates, in any script.
    pub display_name: String,
    /// en, sr-Latn, sr-Cyrl, bs, hr, cnr, mk or sq (default: the request's language).
    pub preferred_locale: Option<String>,
    /// female, male, other or prefer-not-to-say; optional.
    pub gender: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Accepted {
    /// What happens next, e.g. `verification-email-sent`.
    pub status: &'static str,
}

/// The longest display name accepted.
pub const MAX_NAME_CHARS: usize = 200;

enum Refused {
    Store(StoreError),
    InvalidCode,
    /// The address has an account already; the transaction is rolled back (the invitation
    /// keeps its place) and the caller gets the same answer as a new account.
    Exists,
}

impl From<kampus_store::QueryError> for Refused {
    fn from(e: kampus_store::QueryError) -> Self {
        Refused::Store(e.into())
    }
}

impl From<StoreError> for Refused {
    fn from(e: StoreError) -> Self {
        Refused::Store(e)
    }
}

/// The checked fields of a registration.
struct Valid {
    email: Email,
    name: String,
    locale: Locale,
    gender: Option<Gender>,
}

fn validate(body: &RegisterRequest, request_locale: Locale) -> Result<Valid, ApiError> {
    let mut invalid = Vec::new();
    let email = Email::parse(&body.email)
        .map_err(|_| invalid.push(FieldError::new("email", "field-invalid-email")));
    if let Err(problem) = password::check_policy("password", &body.password) {
        invalid.push(problem);
    }
    let name = body.display_name.trim().to_owned();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        invalid.push(FieldError::new(
            "display_name",
            "field-display-name-invalid",
        ));
    }
    let locale = match body.preferred_locale.as_deref() {
        None => Some(request_locale),
        Some(tag) => tag.parse::<Locale>().ok(),
    };
    if locale.is_none() {
        invalid.push(FieldError::new("preferred_locale", "field-locale-invalid"));
    }
    let gender = body.gender.as_deref().map(str::parse::<Gender>).transpose();
    if gender.is_err() {
        invalid.push(FieldError::new("gender", "field-gender-invalid"));
    }
    match (email, locale, gender, invalid.is_empty()) {
        (Ok(email), Some(locale), Ok(gender), true) => Ok(Valid {
            email,
            name,
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
        (status = 202, description = "Check your mailbox for the verification link", body = Accepted),
        (status = 422, description = "Invalid fields (including an invalid invitation code)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts from this address", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn register(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Json<RegisterRequest>,
) -> Result<HttpResponse, ApiError> {
    state.ip_throttle.check(
        "register",
        client_ip(&req),
        state.throttle.ip_attempts_per_minute,
    )?;
    let request_locale = crate::request_locale::negotiate_request(&req, &state).locale;
    let body = body.into_inner();
    let Valid {
        email,
        name,
        locale,
        gender,
    } = validate(&body, request_locale)?;
    let db_state = state.clone();
    let code = body.invitation_code;
    let hash = super::hash_password(body.password).await?;
    let outcome = state
        .db
        .run(move |conn| {
            let now = db_state.clock.now();
            let created = conn.write_transaction(|tx| {
                // The code is checked first, so an invalid code gets the same answer whether
                // or not the address has an account.
                let invitation =
                    invitations::redeem(tx, &code, &email, now)?.ok_or(Refused::InvalidCode)?;
                if users::find_by_email(tx, &email)?.is_some() {
                    return Err(Refused::Exists);
                }
                let user = users::insert(
                    tx,
                    &NewUser {
                        email: email.clone(),
                        display_name: name.clone(),
                        preferred_locale: locale,
                        role: invitation.role,
                        institution_id: invitation.institution_id,
                        password_hash: Some(hash),
                        gender,
                        // An invitation sent to this very address proves it.
                        email_verified_at: invitation.email.is_some().then_some(now),
                    },
                    now,
                )?;
                if user.email_verified_at.is_none() {
                    queue_link_mail(tx, &db_state, &user, Purpose::VerifyEmail)?;
                }
                Ok(user)
            });
            Ok(created)
        })
        .await?;
    match outcome {
        Ok(user) => {
            tracing::info!(user_id = %user.id, "registered");
            let status = if user.email_verified_at.is_some() {
                "registered"
            } else {
                "verification-email-sent"
            };
            Ok(HttpResponse::Accepted().json(Accepted { status }))
        }
        Err(Refused::Exists) => Ok(HttpResponse::Accepted().json(Accepted {
            status: "verification-email-sent",
        })),
        Err(Refused::InvalidCode) => Err(ApiError::Validation(vec![FieldError::new(
            "invitation_code",
            "field-invitation-invalid",
        )])),
        Err(Refused::Store(e)) => Err(e.into()),
    }
}
