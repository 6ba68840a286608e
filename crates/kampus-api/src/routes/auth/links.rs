//! The shared shape of the endpoints that send an emailed single-use link (address
//! verification, password reset) to an address: throttle, check the address, call the
//! workflow ([`kampus_usecases::accounts::links`]).

use actix_web::{HttpRequest, web};
use kampus_store::user_tokens::Purpose;
use kampus_store::users::User;
use kampus_usecases::accounts::links;

use super::client_ip;
use crate::auth::account_fields;
use crate::error::ApiError;
use crate::state::AppState;

/// The body of `verify-email/resend` and `password-reset`: throttle the caller, and if the
/// address has an account that `wants_link`, mail it a link. The answer never says which.
pub async fn send_link_to_address(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    raw_email: &str,
    purpose: Purpose,
    wants_link: fn(&User) -> bool,
) -> Result<(), ApiError> {
    state.ip_throttle.check(
        purpose.as_str(),
        client_ip(req),
        state.throttle.ip_attempts_per_minute,
    )?;
    let email =
        account_fields::email("email", raw_email).map_err(|e| ApiError::Validation(vec![e]))?;
    Ok(links::send_to_address(&state.cases, email, purpose, wants_link).await?)
}
