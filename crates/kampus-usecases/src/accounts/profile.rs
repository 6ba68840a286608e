//! A person's own account: their name, language and gender, their password, and deleting
//! the account (GDPR Art. 17: personal data removed, statistics and issued certificates
//! stay valid).

use kampus_store::sessions::{self, IssuedRefreshToken};
use kampus_store::users::{self, ProfileChanges, User};
use kampus_store::{StoreError, UserId, audit};

use super::password;
use crate::context::Context;
use crate::error::UseCaseError;

/// Applies `changes` (fields that passed their rules) to `user`'s profile.
pub async fn update(
    ctx: &Context,
    user: UserId,
    changes: ProfileChanges,
) -> Result<User, UseCaseError> {
    let now = ctx.now();
    ctx.write(move |tx| users::update_profile(tx, user, &changes, now))
        .await
}

/// Changes `user`'s password after checking `current` (the field named `current_field` when
/// wrong); every session ends, and a fresh one starts for the caller: the account as it now
/// is, and the new session's refresh token. `new_password` must have passed the policy.
pub async fn change_password(
    ctx: &Context,
    user: &User,
    current: String,
    current_field: &str,
    new_password: String,
) -> Result<(User, IssuedRefreshToken), UseCaseError> {
    password::confirm(user, current, current_field).await?;
    let hash = password::hash_off_runtime(new_password).await?;
    let (id, now) = (user.id, ctx.now());
    ctx.write(move |tx| {
        users::set_password(tx, id, &hash, now)?;
        let refresh = sessions::start(tx, id, now)?;
        Ok::<_, StoreError>((users::find(tx, id)?, refresh))
    })
    .await
}

/// Deletes `user`'s own account after checking `given` password (the field named `field`
/// when wrong): personal data is anonymized, the audit log records it by id only.
pub async fn delete(
    ctx: &Context,
    user: &User,
    given: String,
    field: &str,
) -> Result<(), UseCaseError> {
    password::confirm(user, given, field).await?;
    let (id, now) = (user.id, ctx.now());
    ctx.write(move |tx| {
        users::anonymize(tx, id, now)?;
        // The account is erased for privacy (GDPR Art. 17), and the audit log keeps
        // its rows for ever: the entry names the account by its id only, which the
        // anonymized row keeps anyway, and holds no email, name or other personal data.
        let id = id.to_string();
        let entry = audit::Entry {
            actor_id: Some(&id),
            action: "account.delete",
            subject: &id,
            details: serde_json::json!({ "by": "self" }),
        };
        audit::record(tx, &entry, now)
    })
    .await?;
    tracing::info!(user_id = %id, "account deleted (anonymized)");
    Ok(())
}

/// What an account's data export holds beside the account itself.
#[derive(Debug, Clone)]
pub struct Related {
    pub institution: Option<kampus_store::institutions::Institution>,
    /// Institutions the user follows as a trainer.
    pub trainer_of: Vec<kampus_store::InstitutionId>,
}

/// Reads what `user`'s data export holds beside the account.
pub async fn related(ctx: &Context, user: &User) -> Result<Related, UseCaseError> {
    let (id, institution_id) = (user.id, user.institution_id);
    ctx.blocking(move |conn| {
        let institution = institution_id
            .map(|i| kampus_store::institutions::find(conn, i))
            .transpose()?;
        Ok::<_, UseCaseError>(Related {
            institution,
            trainer_of: users::trainer_institutions(conn, id)?,
        })
    })
    .await
}
