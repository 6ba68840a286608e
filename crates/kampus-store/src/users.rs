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

/// Self-reported gender, for the gender-disaggregated figures donors ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Gender {
    Female,
    Male,
    Other,
    PreferNotToSay,
}

impl Gender {
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Other => "other",
            Gender::PreferNotToSay => "prefer-not-to-say",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a gender value (female, male, other, prefer-not-to-say)")]
pub struct InvalidGender(pub String);

impl FromStr for Gender {
    type Err = InvalidGender;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "female" => Ok(Gender::Female),
            "male" => Ok(Gender::Male),
            "other" => Ok(Gender::Other),
            "prefer-not-to-say" => Ok(Gender::PreferNotToSay),
            other => Err(InvalidGender(other.to_owned())),
        }
    }
}

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
    /// Whether an access token issued at `issued_at` (Unix seconds) may still act for this user.
    pub fn accepts_token_issued_at(&self, issued_at: i64) -> bool {
        self.deactivated_at.is_none()
            && self
                .sessions_valid_after
                .is_none_or(|after| issued_at >= after.and_utc().timestamp())
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
            email: Email::parse(&row.email).map_err(corrupt)?,
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
