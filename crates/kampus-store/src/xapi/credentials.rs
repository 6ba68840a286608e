//! LRS credentials: key and secret for HTTP basic auth, their scopes and authority, and the
//! institutions a credential is bound to. Only the secret's SHA-256 is stored
//! ([`crate::secrets::hash`]); revoked credentials are kept (statements name them).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::{xapi_credential_institutions as bound, xapi_credentials as credentials};

/// A credential to create.
#[derive(Debug, Clone)]
pub struct NewCredential<'a> {
    pub key: &'a str,
    pub secret_hash: &'a str,
    pub name: &'a str,
    /// Space-separated xAPI scope names.
    pub scopes: &'a str,
    /// The authority Agent, JSON.
    pub authority: &'a str,
    pub created_by: Option<&'a str>,
    pub institutions: &'a [String],
}

/// A stored credential (without its secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credential {
    pub key: String,
    pub name: String,
    pub scopes: String,
    pub authority: String,
    pub created_at: NaiveDateTime,
    pub created_by: Option<String>,
    pub revoked_at: Option<NaiveDateTime>,
    /// Empty: not bound to institutions.
    pub institutions: Vec<String>,
}

type Row = (
    String,
    String,
    String,
    String,
    NaiveDateTime,
    Option<String>,
    Option<NaiveDateTime>,
);

const COLUMNS: (
    credentials::key,
    credentials::name,
    credentials::scopes,
    credentials::authority,
    credentials::created_at,
    credentials::created_by,
    credentials::revoked_at,
) = (
    credentials::key,
    credentials::name,
    credentials::scopes,
    credentials::authority,
    credentials::created_at,
    credentials::created_by,
    credentials::revoked_at,
);

fn with_institutions(conn: &mut DbConnection, row: Row) -> Result<Credential, StoreError> {
    let institutions = bound::table
        .filter(bound::credential_key.eq(&row.0))
        .select(bound::institution_id)
        .order(bound::institution_id)
        .load(conn)?;
    let (key, name, scopes, authority, created_at, created_by, revoked_at) = row;
    Ok(Credential {
        key,
        name,
        scopes,
        authority,
        created_at,
        created_by,
        revoked_at,
        institutions,
    })
}

/// Creates a credential. Call inside a write transaction.
pub fn create(
    conn: &mut DbConnection,
    new: &NewCredential<'_>,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    diesel::insert_into(credentials::table)
        .values((
            credentials::key.eq(new.key),
            credentials::secret_hash.eq(new.secret_hash),
            credentials::name.eq(new.name),
            credentials::scopes.eq(new.scopes),
            credentials::authority.eq(new.authority),
            credentials::created_at.eq(now),
            credentials::created_by.eq(new.created_by),
        ))
        .execute(conn)?;
    for institution in new.institutions {
        diesel::insert_into(bound::table)
            .values((
                bound::credential_key.eq(new.key),
                bound::institution_id.eq(institution),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The credential with this key and secret hash, unless revoked.
pub fn authenticate(
    conn: &mut DbConnection,
    key: &str,
    secret_hash: &str,
) -> Result<Option<Credential>, StoreError> {
    let row = credentials::table
        .filter(credentials::key.eq(key))
        .filter(credentials::secret_hash.eq(secret_hash))
        .filter(credentials::revoked_at.is_null())
        .select(COLUMNS)
        .first::<Row>(conn)
        .optional()?;
    row.map(|row| with_institutions(conn, row)).transpose()
}

/// Every credential, newest first.
pub fn list(conn: &mut DbConnection) -> Result<Vec<Credential>, StoreError> {
    let rows = credentials::table
        .select(COLUMNS)
        .order((credentials::created_at.desc(), credentials::key))
        .load::<Row>(conn)?;
    rows.into_iter()
        .map(|row| with_institutions(conn, row))
        .collect()
}

/// The credential with this key, revoked or not.
pub fn find(conn: &mut DbConnection, key: &str) -> Result<Option<Credential>, StoreError> {
    let row = credentials::table
        .filter(credentials::key.eq(key))
        .select(COLUMNS)
        .first::<Row>(conn)
        .optional()?;
    row.map(|row| with_institutions(conn, row)).transpose()
}

/// Revokes a credential; whether it was active.
pub fn revoke(conn: &mut DbConnection, key: &str, now: NaiveDateTime) -> Result<bool, StoreError> {
    let revoked = diesel::update(
        credentials::table
            .filter(credentials::key.eq(key))
            .filter(credentials::revoked_at.is_null()),
    )
    .set(credentials::revoked_at.eq(now))
    .execute(conn)?;
    Ok(revoked > 0)
}
