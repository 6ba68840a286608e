//! People with an account: learners, trainers and admins.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use kampus_content::Locale;
use serde::{Deserialize, Serialize};

use crate::connection::DbConnection;
use crate::email::Email;
use crate::error::StoreError;
use crate::ids::{InstitutionId, UserId};
use crate::schema::users;

/// What a user may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Takes courses.
    Learner,
    /// Follows the learners of the institutions assigned to them.
    Trainer,
    /// Publishes content and manages people and institutions.
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Learner => "learner",
            Role::Trainer => "trainer",
            Role::Admin => "admin",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a role (learner, trainer, admin)")]
pub struct InvalidRole(pub String);

impl FromStr for Role {
    type Err = InvalidRole;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "learner" => Ok(Role::Learner),
            "trainer" => Ok(Role::Trainer),
            "admin" => Ok(Role::Admin),
            other => Err(InvalidRole(other.to_owned())),
        }
    }
}

pub use crate::demographics::{Gender, InvalidGender};

/// A user as read from the database.
#[derive(Clone, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub email: Email,
    /// The name as printed on certificates, in any script.
    pub display_name: String,
    pub preferred_locale: Locale,
    pub role: Role,
    pub institution_id: Option<InstitutionId>,
    /// Argon2id PHC string; `None` until a password is set.
    pub password_hash: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub gender: Option<Gender>,
    pub email_verified_at: Option<NaiveDateTime>,
    /// Set when an admin deactivated the account: it can no longer sign in or use a token.
    pub deactivated_at: Option<NaiveDateTime>,
    /// Access tokens issued before this moment are refused.
    pub sessions_valid_after: Option<NaiveDateTime>,
}

impl User {
    /// Whether an access token issued at `issued_at_ms` (Unix milliseconds) may still act for
    /// this user. Milliseconds, not the seconds of `iat`: a token issued in the same second
    /// as a "sign out everywhere", but before it, must stop working.
    pub fn accepts_token_issued_at(&self, issued_at_ms: i64) -> bool {
        self.deactivated_at.is_none()
            && self
                .sessions_valid_after
                .is_none_or(|after| issued_at_ms >= after.and_utc().timestamp_millis())
    }
}

/// Keeps the password hash out of logs.
impl fmt::Debug for User {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("User")
            .field("id", &self.id)
            .field("email", &self.email)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

/// What it takes to create a user.
#[derive(Clone)]
pub struct NewUser {
    pub email: Email,
    pub display_name: String,
    pub preferred_locale: Locale,
    pub role: Role,
    pub institution_id: Option<InstitutionId>,
    pub password_hash: Option<String>,
    pub gender: Option<Gender>,
    /// `Some(now)` for accounts whose address is known good (an admin created them).
    pub email_verified_at: Option<NaiveDateTime>,
}

impl fmt::Debug for NewUser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NewUser")
            .field("email", &self.email)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = users)]
struct UserRow {
    id: String,
    email: String,
    display_name: String,
    preferred_locale: String,
    role: String,
    institution_id: Option<String>,
    password_hash: Option<String>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    gender: Option<String>,
    email_verified_at: Option<NaiveDateTime>,
    deactivated_at: Option<NaiveDateTime>,
    sessions_valid_after: Option<NaiveDateTime>,
}

fn corrupt(e: impl std::error::Error + Send + Sync + 'static) -> StoreError {
    StoreError::Query(diesel::result::Error::DeserializationError(Box::new(e)))
}

impl TryFrom<UserRow> for User {
    type Error = StoreError;

    fn try_from(row: UserRow) -> Result<Self, StoreError> {
        Ok(User {
            id: UserId::from_db(&row.id)?,
            email: Email::from_stored(row.email),
            display_name: row.display_name,
            preferred_locale: row.preferred_locale.parse().map_err(corrupt)?,
            role: row.role.parse().map_err(corrupt)?,
            institution_id: row
                .institution_id
                .as_deref()
                .map(InstitutionId::from_db)
                .transpose()?,
            password_hash: row.password_hash,
            created_at: row.created_at,
            updated_at: row.updated_at,
            gender: row
                .gender
                .as_deref()
                .map(str::parse)
                .transpose()
                .map_err(corrupt)?,
            email_verified_at: row.email_verified_at,
            deactivated_at: row.deactivated_at,
            sessions_valid_after: row.sessions_valid_after,
        })
    }
}

/// Creates a user. An address already in use (in any letter case) is `StoreError::Conflict`.
pub fn insert(
    conn: &mut DbConnection,
    new: &NewUser,
    now: NaiveDateTime,
) -> Result<User, StoreError> {
    let id = UserId::new();
    diesel::insert_into(users::table)
        .values((
            users::id.eq(id.to_string()),
            users::email.eq(new.email.as_str()),
            users::display_name.eq(new.display_name.trim()),
            users::preferred_locale.eq(new.preferred_locale.tag()),
            users::role.eq(new.role.as_str()),
            users::institution_id.eq(new.institution_id.map(|i| i.to_string())),
            users::password_hash.eq(new.password_hash.as_deref()),
            users::gender.eq(new.gender.map(Gender::as_str)),
            users::email_verified_at.eq(new.email_verified_at),
            users::created_at.eq(now),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    find(conn, id)
}

pub fn find(conn: &mut DbConnection, id: UserId) -> Result<User, StoreError> {
    users::table
        .find(id.to_string())
        .select(UserRow::as_select())
        .first(conn)?
        .try_into()
}

/// The institution of the user with this id (as text, the way statements name users); `None`
/// when the user has none or there is no such user.
pub fn institution_of(conn: &mut DbConnection, id: &str) -> Result<Option<String>, StoreError> {
    Ok(users::table
        .find(id)
        .select(users::institution_id)
        .first::<Option<String>>(conn)
        .optional()?
        .flatten())
}

/// The user, and whether the session `session_id` (a sign-in's family of refresh tokens) has
/// ended — by signing out, by a reused refresh token, or by signing out everywhere — in one
/// query: it runs on every authenticated request, and an access token of an ended session
/// must stop working at once, not when it expires.
pub fn find_in_session(
    conn: &mut DbConnection,
    id: UserId,
    session_id: &str,
) -> Result<(User, SessionEnded), StoreError> {
    use crate::schema::refresh_tokens;
    let ended = diesel::dsl::exists(
        refresh_tokens::table
            .filter(refresh_tokens::family_id.eq(session_id))
            .filter(refresh_tokens::revoked_at.is_not_null()),
    );
    let (row, ended) = users::table
        .find(id.to_string())
        .select((UserRow::as_select(), ended))
        .first::<(UserRow, bool)>(conn)?;
    Ok((row.try_into()?, SessionEnded(ended)))
}

/// Whether a session has ended (see [`find_in_session`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionEnded(pub bool);

/// The user with this address (compared case-insensitively), if any.
pub fn find_by_email(conn: &mut DbConnection, email: &Email) -> Result<Option<User>, StoreError> {
    users::table
        .filter(users::email.eq(email.as_str()))
        .select(UserRow::as_select())
        .first(conn)
        .optional()?
        .map(User::try_from)
        .transpose()
}

pub fn count(conn: &mut DbConnection) -> Result<i64, StoreError> {
    Ok(users::table.count().get_result(conn)?)
}

/// Changes to one's own profile; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct ProfileChanges {
    pub display_name: Option<String>,
    pub preferred_locale: Option<Locale>,
    /// `Some(None)` clears the gender.
    pub gender: Option<Option<Gender>>,
}

pub fn update_profile(
    conn: &mut DbConnection,
    id: UserId,
    changes: &ProfileChanges,
    now: NaiveDateTime,
) -> Result<User, StoreError> {
    if let Some(name) = &changes.display_name {
        diesel::update(users::table.find(id.to_string()))
            .set(users::display_name.eq(name.trim()))
            .execute(conn)?;
    }
    if let Some(locale) = changes.preferred_locale {
        diesel::update(users::table.find(id.to_string()))
            .set(users::preferred_locale.eq(locale.tag()))
            .execute(conn)?;
    }
    if let Some(gender) = changes.gender {
        diesel::update(users::table.find(id.to_string()))
            .set(users::gender.eq(gender.map(Gender::as_str)))
            .execute(conn)?;
    }
    diesel::update(users::table.find(id.to_string()))
        .set(users::updated_at.eq(now))
        .execute(conn)?;
    if changes.preferred_locale.is_some() || changes.gender.is_some() {
        crate::reports::aggregates::refresh_user(conn, id)?;
    }
    find(conn, id)
}

pub fn mark_email_verified(
    conn: &mut DbConnection,
    id: UserId,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    diesel::update(
        users::table
            .find(id.to_string())
            .filter(users::email_verified_at.is_null()),
    )
    .set((users::email_verified_at.eq(now), users::updated_at.eq(now)))
    .execute(conn)?;
    Ok(())
}

/// Sets a new password hash and ends every session that existed before.
pub fn set_password(
    conn: &mut DbConnection,
    id: UserId,
    hash: &str,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    let updated = diesel::update(users::table.find(id.to_string()))
        .set((
            users::password_hash.eq(hash),
            users::sessions_valid_after.eq(now),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    if updated == 0 {
        return Err(StoreError::NotFound);
    }
    crate::sessions::revoke_all_for_user(conn, id, now)
}

/// Ends every session of the user: access tokens issued before now stop working at once.
pub fn revoke_sessions(
    conn: &mut DbConnection,
    id: UserId,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    diesel::update(users::table.find(id.to_string()))
        .set(users::sessions_valid_after.eq(now))
        .execute(conn)?;
    crate::sessions::revoke_all_for_user(conn, id, now)
}

/// Changes the role (and ends the user's sessions, so no token carries the old role).
pub fn set_role(
    conn: &mut DbConnection,
    id: UserId,
    role: Role,
    now: NaiveDateTime,
) -> Result<User, StoreError> {
    let updated = diesel::update(users::table.find(id.to_string()))
        .set((users::role.eq(role.as_str()), users::updated_at.eq(now)))
        .execute(conn)?;
    if updated == 0 {
        return Err(StoreError::NotFound);
    }
    revoke_sessions(conn, id, now)?;
    crate::reports::aggregates::refresh_user(conn, id)?;
    find(conn, id)
}

/// Deactivates (or reactivates) an account. Deactivation ends its sessions.
pub fn set_deactivated(
    conn: &mut DbConnection,
    id: UserId,
    deactivated: bool,
    now: NaiveDateTime,
) -> Result<User, StoreError> {
    let updated = diesel::update(users::table.find(id.to_string()))
        .set((
            users::deactivated_at.eq(deactivated.then_some(now)),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    if updated == 0 {
        return Err(StoreError::NotFound);
    }
    if deactivated {
        revoke_sessions(conn, id, now)?;
    }
    find(conn, id)
}

pub fn set_institution(
    conn: &mut DbConnection,
    id: UserId,
    institution: Option<InstitutionId>,
    now: NaiveDateTime,
) -> Result<User, StoreError> {
    diesel::update(users::table.find(id.to_string()))
        .set((
            users::institution_id.eq(institution.map(|i| i.to_string())),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    crate::reports::aggregates::refresh_user(conn, id)?;
    find(conn, id)
}

/// Users, by email, as `filter` narrows them; a page of `limit` from `offset`.
pub fn list(
    conn: &mut DbConnection,
    filter: &ListFilter<'_>,
    limit: i64,
    offset: i64,
) -> Result<Vec<User>, StoreError> {
    let mut query = users::table
        .select(UserRow::as_select())
        .order(users::email)
        .limit(limit)
        .offset(offset)
        .into_boxed();
    if let Some(ids) = filter.within {
        query = query.filter(
            users::institution_id.eq_any(ids.iter().map(ToString::to_string).collect::<Vec<_>>()),
        );
    }
    if let Some(institution) = filter.institution {
        query = query.filter(users::institution_id.eq(institution.to_string()));
    }
    if let Some(role) = filter.role {
        query = query.filter(users::role.eq(role.as_str()));
    }
    if let Some(text) = filter.text.map(str::trim).filter(|t| !t.is_empty()) {
        // A part of the name or address, its LIKE wildcards taken literally. `lower` folds
        // every script on PostgreSQL, only ASCII on SQLite (addresses are stored lower-case).
        let pattern = format!(
            "%{}%",
            text.to_lowercase()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        query = query.filter(
            users::email
                .like(pattern.clone())
                .escape('\\')
                .or(lower(users::display_name).like(pattern).escape('\\')),
        );
    }
    query.load(conn)?.into_iter().map(User::try_from).collect()
}

/// Which users [`list`] returns; every part narrows the list.
#[derive(Debug, Clone, Copy, Default)]
pub struct ListFilter<'a> {
    /// Only members of these institutions (a trainer's scope); `None`: everyone.
    pub within: Option<&'a [InstitutionId]>,
    /// Only members of this institution.
    pub institution: Option<InstitutionId>,
    pub role: Option<Role>,
    /// Only people whose name or address contains this (any case).
    pub text: Option<&'a str>,
}

diesel::define_sql_function! {
    /// SQL's `lower`, on both backends (it folds every script on PostgreSQL, ASCII only on
    /// SQLite).
    fn lower(text: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

/// Replaces the institutions a trainer follows.
pub fn assign_trainer_institutions(
    conn: &mut DbConnection,
    trainer: UserId,
    institutions: &[InstitutionId],
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    use crate::schema::trainer_institutions as ti;
    diesel::delete(ti::table.filter(ti::trainer_id.eq(trainer.to_string()))).execute(conn)?;
    for institution in institutions {
        diesel::insert_into(ti::table)
            .values((
                ti::trainer_id.eq(trainer.to_string()),
                ti::institution_id.eq(institution.to_string()),
                ti::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The institutions a trainer follows: the scope of everything they may see.
pub fn trainer_institutions(
    conn: &mut DbConnection,
    trainer: UserId,
) -> Result<Vec<InstitutionId>, StoreError> {
    use crate::schema::trainer_institutions as ti;
    ti::table
        .filter(ti::trainer_id.eq(trainer.to_string()))
        .select(ti::institution_id)
        .order(ti::institution_id)
        .load::<String>(conn)?
        .iter()
        .map(|id| Ok(InstitutionId::from_db(id)?))
        .collect()
}

/// Removes personal data while keeping the row (and so aggregate statistics, progress and
/// issued certificates, whose printed name is a snapshot taken at issue). What remains: the
/// id, role, institution, gender (for disaggregated totals), locale and timestamps. The email
/// becomes `deleted-<id>@deleted.invalid` (unique, undeliverable), the name "—", the password and
/// sessions are removed and the account is deactivated.
pub fn anonymize(
    conn: &mut DbConnection,
    id: UserId,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    let updated = diesel::update(users::table.find(id.to_string()))
        .set((
            users::email.eq(format!("deleted-{id}@deleted.invalid")),
            users::display_name.eq("—"),
            users::password_hash.eq(None::<String>),
            users::deactivated_at.eq(now),
            users::sessions_valid_after.eq(now),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    if updated == 0 {
        return Err(StoreError::NotFound);
    }
    crate::sessions::revoke_all_for_user(conn, id, now)?;
    diesel::delete(
        crate::schema::user_tokens::table
            .filter(crate::schema::user_tokens::user_id.eq(id.to_string())),
    )
    .execute(conn)?;
    Ok(())
}
