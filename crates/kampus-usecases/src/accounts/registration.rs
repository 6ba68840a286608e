//! Registering with an invitation code. An address that already has an account gets the
//! same outcome as a new one (and no second account), so registering does not reveal who is
//! registered.

use kampus_content::Locale;
use kampus_store::user_tokens::Purpose;
use kampus_store::users::{self, Gender, NewUser, User};
use kampus_store::{Email, invitations};

use super::links::queue_link_mail;
use super::password;
use crate::context::Context;
use crate::error::{FieldError, UseCaseError};
use crate::retry::{self, Rollback};

/// A registration whose fields passed their rules (the password its policy).
#[derive(Debug)]
pub struct Registration {
    pub invitation_code: String,
    pub email: Email,
    pub display_name: String,
    pub preferred_locale: Locale,
    pub gender: Option<Gender>,
    pub password: String,
}

/// What registering did.
#[derive(Debug)]
pub enum Registered {
    /// A new account: verified already when the invitation was sent to this very address,
    /// otherwise its verification link is queued.
    Created(Box<User>),
    /// The address has an account; nothing changed (the invitation keeps its place).
    Exists,
}

/// Why registering refused inside its transaction (nothing written).
#[derive(Debug)]
enum Refused {
    InvalidCode,
    Exists,
}

/// Creates an account with an invitation code. An unknown, used up, revoked, expired or
/// other address's code is an unknown reference (`invitation_code`).
pub async fn register(
    ctx: &Context,
    registration: Registration,
) -> Result<Registered, UseCaseError> {
    let Registration {
        invitation_code: code,
        email,
        display_name: name,
        preferred_locale: locale,
        gender,
        password,
    } = registration;
    let hash = password::hash_off_runtime(password).await?;
    let job_ctx = ctx.clone();
    let created = ctx
        .blocking(move |conn| {
            let now = job_ctx.now();
            Ok::<_, UseCaseError>(retry::write(conn, |tx| {
                // The code is checked first, so an invalid code gets the same answer whether
                // or not the address has an account.
                let invitation = invitations::redeem(tx, &code, &email, now)?
                    .ok_or(Rollback::Refused(Refused::InvalidCode))?;
                if users::find_by_email(tx, &email)?.is_some() {
                    return Err(Rollback::Refused(Refused::Exists));
                }
                let user = users::insert(
                    tx,
                    &NewUser {
                        email: email.clone(),
                        display_name: name.clone(),
                        preferred_locale: locale,
                        role: invitation.role,
                        institution_id: invitation.institution_id,
                        password_hash: Some(hash.clone()),
                        gender,
                        // An invitation sent to this very address proves it.
                        email_verified_at: invitation.email.is_some().then_some(now),
                    },
                    now,
                )?;
                if user.email_verified_at.is_none() {
                    queue_link_mail(tx, &job_ctx, &user, Purpose::VerifyEmail)?;
                }
                Ok(user)
            }))
        })
        .await?;
    match created {
        Ok(user) => Ok(Registered::Created(Box::new(user))),
        Err(Rollback::Refused(Refused::Exists)) => Ok(Registered::Exists),
        Err(Rollback::Refused(Refused::InvalidCode)) => {
            Err(UseCaseError::UnknownReference(vec![FieldError::new(
                "invitation_code",
                "field-invitation-invalid",
            )]))
        }
        Err(Rollback::Store(e)) => Err(e.into()),
    }
}
