//! People, as admins manage them: role, institution, deactivation, and the institutions a
//! trainer follows. Role and institution changes are audited.

use kampus_store::users::{self, Role, User};
use kampus_store::{InstitutionId, StoreError, UserId, audit, institutions};
use serde_json::json;

use crate::context::Context;
use crate::error::{FieldError, UseCaseError};
use crate::retry::Rollback;

/// What to change of a user; `None`: unchanged.
#[derive(Debug, Clone, Default)]
pub struct PersonChanges {
    pub role: Option<Role>,
    /// `Some(None)`: no institution.
    pub institution: Option<Option<InstitutionId>>,
    pub deactivated: Option<bool>,
}

/// The user as admins see them: the account and, for a trainer, the institutions followed.
#[derive(Debug, Clone)]
pub struct Person {
    pub user: User,
    pub trainer_of: Vec<InstitutionId>,
}

/// A refusal inside a transaction, as the workflow's error.
fn refused(error: UseCaseError) -> Rollback<UseCaseError> {
    Rollback::Refused(error)
}

/// Changes `id`'s role, institution or status as `actor`. An admin cannot demote or
/// deactivate their own account (another admin must: the last admin cannot leave the
/// installation without one).
pub async fn update(
    ctx: &Context,
    actor: UserId,
    id: UserId,
    changes: PersonChanges,
) -> Result<Person, UseCaseError> {
    let PersonChanges {
        role,
        institution,
        deactivated,
    } = changes;
    if id == actor && (role.is_some_and(|r| r != Role::Admin) || deactivated == Some(true)) {
        return Err(UseCaseError::Conflict(
            "an admin cannot demote or deactivate their own account".into(),
        ));
    }
    let now = ctx.now();
    let actor = actor.to_string();
    ctx.write(move |tx| {
        let mut user = users::find(tx, id)?;
        if let Some(institution) = institution {
            if let Some(i) = institution
                && matches!(institutions::find(tx, i), Err(StoreError::NotFound))
            {
                return Err(refused(UseCaseError::UnknownReference(vec![
                    FieldError::new("institution_id", "field-institution-invalid"),
                ])));
            }
            user = users::set_institution(tx, id, institution, now)?;
        }
        if let Some(role) = role.filter(|r| *r != user.role) {
            let from = user.role;
            user = users::set_role(tx, id, role, now)?;
            let entry = audit::Entry {
                actor_id: Some(&actor),
                action: "user.role",
                subject: &id.to_string(),
                details: json!({ "from": from, "to": role }),
            };
            audit::record(tx, &entry, now)?;
        }
        if let Some(deactivated) = deactivated.filter(|d| *d != user.deactivated_at.is_some()) {
            user = users::set_deactivated(tx, id, deactivated, now)?;
        }
        Ok(person(tx, user)?)
    })
    .await
}

/// Sets the institutions trainer `id` follows (`institutions` with the index each had in
/// the request, to name the unknown ones).
pub async fn assign(
    ctx: &Context,
    actor: UserId,
    id: UserId,
    institutions: Vec<(usize, InstitutionId)>,
) -> Result<Person, UseCaseError> {
    let now = ctx.now();
    let actor = actor.to_string();
    ctx.write(move |tx| {
        let user = users::find(tx, id)?;
        if user.role != Role::Trainer {
            return Err(refused(UseCaseError::NotATrainer(user.role)));
        }
        let unknown: Vec<FieldError> = institutions
            .iter()
            .filter(|(_, i)| matches!(institutions::find(tx, *i), Err(StoreError::NotFound)))
            .map(|(index, _)| {
                FieldError::new(
                    format!("institution_ids.{index}"),
                    "field-institution-invalid",
                )
            })
            .collect();
        if !unknown.is_empty() {
            return Err(refused(UseCaseError::UnknownReference(unknown)));
        }
        let ids: Vec<InstitutionId> = institutions.iter().map(|(_, i)| *i).collect();
        let from = users::trainer_institutions(tx, id)?;
        users::assign_trainer_institutions(tx, id, &ids, now)?;
        let to = users::trainer_institutions(tx, id)?;
        if to != from {
            let entry = audit::Entry {
                actor_id: Some(&actor),
                action: "user.institutions",
                subject: &id.to_string(),
                details: json!({ "from": from, "to": to }),
            };
            audit::record(tx, &entry, now)?;
        }
        Ok(person(tx, user)?)
    })
    .await
}

/// People as `filter` narrows them, by email: a page of `limit` from `offset` (the list the
/// API and the admins' pages show).
pub fn list(
    conn: &mut kampus_store::DbConnection,
    filter: &users::ListFilter<'_>,
    limit: i64,
    offset: i64,
) -> Result<Vec<Person>, StoreError> {
    users::list(conn, filter, limit, offset)?
        .into_iter()
        .map(|u| person(conn, u))
        .collect()
}

/// The user with the institutions they follow, if a trainer.
pub fn person(conn: &mut kampus_store::DbConnection, user: User) -> Result<Person, StoreError> {
    let trainer_of = if user.role == Role::Trainer {
        users::trainer_institutions(conn, user.id)?
    } else {
        Vec::new()
    };
    Ok(Person { user, trainer_of })
}
