//! Invitations: codes shared with an institution (many uses) or sent to one address.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::connection::DbConnection;
use crate::email::Email;
use crate::error::StoreError;
use crate::ids::{InstitutionId, UserId};
use crate::schema::invitations;
use crate::secrets;
use crate::users::Role;

#[derive(Debug, Clone)]
pub struct NewInvitation {
    pub institution_id: Option<InstitutionId>,
    /// Only this address may use it (an admin's invitation by email).
    pub email: Option<Email>,
    pub role: Role,
    pub created_by: Option<UserId>,
    pub expires_at: NaiveDateTime,
    pub max_uses: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Invitation {
    pub id: String,
    pub institution_id: Option<InstitutionId>,
    pub email: Option<String>,
    pub role: Role,
    pub created_by: Option<UserId>,
    pub expires_at: NaiveDateTime,
    pub max_uses: i32,
    pub uses: i32,
    pub revoked_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = invitations)]
struct InvitationRow {
    id: String,
    institution_id: Option<String>,
    email: Option<String>,
    role: String,
    created_by: Option<String>,
    expires_at: NaiveDateTime,
    max_uses: i32,
    uses: i32,
    revoked_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
}

impl TryFrom<InvitationRow> for Invitation {
    type Error = StoreError;
    fn try_from(row: InvitationRow) -> Result<Self, StoreError> {
        Ok(Invitation {
            id: row.id,
            institution_id: row
                .institution_id
                .as_deref()
                .map(InstitutionId::from_db)
                .transpose()?,
            email: row.email,
            role: row.role.parse().map_err(|e: crate::users::InvalidRole| {
                StoreError::Query(diesel::result::Error::DeserializationError(Box::new(e)))
            })?,
            created_by: row.created_by.as_deref().map(UserId::from_db).transpose()?,
            expires_at: row.expires_at,
            max_uses: row.max_uses,
            uses: row.uses,
            revoked_at: row.revoked_at,
            created_at: row.created_at,
        })
    }
}

/// Creates an invitation; returns it with its code in clear (shown once, stored hashed).
pub fn create(
    conn: &mut DbConnection,
    new: &NewInvitation,
    now: NaiveDateTime,
) -> Result<(Invitation, String), StoreError> {
    let code = secrets::new_code().map_err(|e| {
        StoreError::Query(diesel::result::Error::QueryBuilderError(
            e.to_string().into(),
        ))
    })?;
    let id = uuid::Uuid::now_v7().to_string();
    diesel::insert_into(invitations::table)
        .values((
            invitations::id.eq(&id),
            invitations::code_hash.eq(secrets::hash(&secrets::normalize_code(&code))),
            invitations::institution_id.eq(new.institution_id.map(|i| i.to_string())),
            invitations::email.eq(new.email.as_ref().map(Email::as_str)),
            invitations::role.eq(new.role.as_str()),
            invitations::created_by.eq(new.created_by.map(|u| u.to_string())),
            invitations::expires_at.eq(new.expires_at),
            invitations::max_uses.eq(new.max_uses),
            invitations::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok((find(conn, &id)?, code))
}

pub fn find(conn: &mut DbConnection, id: &str) -> Result<Invitation, StoreError> {
    invitations::table
        .find(id)
        .select(InvitationRow::as_select())
        .first(conn)?
        .try_into()
}

/// Uses one place of the invitation with this code, if it is valid for `email`. Returns the
/// invitation, or `None` for an unknown, expired, revoked, used-up or someone else's code.
/// A conditional update: the last place cannot be taken twice.
pub fn redeem(
    conn: &mut DbConnection,
    code: &str,
    email: &Email,
    now: NaiveDateTime,
) -> Result<Option<Invitation>, StoreError> {
    let hash = secrets::hash(&secrets::normalize_code(code));
    let Some(id) = invitations::table
        .filter(invitations::code_hash.eq(&hash))
        .select(invitations::id)
        .first::<String>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let taken = diesel::update(
        invitations::table
            .find(&id)
            .filter(invitations::revoked_at.is_null())
            .filter(invitations::expires_at.gt(now))
            .filter(invitations::uses.lt(invitations::max_uses))
            .filter(
                invitations::email
                    .is_null()
                    .or(invitations::email.eq(email.as_str())),
            ),
    )
    .set(invitations::uses.eq(invitations::uses + 1))
    .execute(conn)?;
    if taken == 0 {
        return Ok(None);
    }
    find(conn, &id).map(Some)
}

/// Invitations, newest first; only those of `institutions` when given (a trainer's view).
pub fn list(
    conn: &mut DbConnection,
    institutions: Option<&[InstitutionId]>,
) -> Result<Vec<Invitation>, StoreError> {
    let mut query = invitations::table
        .select(InvitationRow::as_select())
        .order(invitations::created_at.desc())
        .into_boxed();
    if let Some(ids) = institutions {
        query = query.filter(
            invitations::institution_id
                .eq_any(ids.iter().map(ToString::to_string).collect::<Vec<_>>()),
        );
    }
    query
        .load(conn)?
        .into_iter()
        .map(Invitation::try_from)
        .collect()
}

pub fn revoke(
    conn: &mut DbConnection,
    id: &str,
    now: NaiveDateTime,
) -> Result<Invitation, StoreError> {
    let updated = diesel::update(
        invitations::table
            .find(id)
            .filter(invitations::revoked_at.is_null()),
    )
    .set(invitations::revoked_at.eq(now))
    .execute(conn)?;
    if updated == 0 {
        // Unknown, or revoked already (then this is a no-op that still answers with it).
        return find(conn, id);
    }
    find(conn, id)
}
