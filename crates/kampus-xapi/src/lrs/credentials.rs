//! LRS credentials: created and revoked by admins (the API, the pages or `kampus xapi
//! credential`), used by LRS clients with HTTP basic auth (key as user name, secret as password).
//!
//! The secret is shown once, when made, and only its SHA-256 is kept: it is a 256-bit random
//! string, so a plain hash is as safe as a slow one and costs nothing per request (every xAPI
//! request authenticates).
//!
//! Making and revoking a credential are recorded in the audit log (`xapi.credential.create`,
//! `xapi.credential.revoke`) in the transaction of the change, with the admin who did it (none
//! for the command line).

use kampus_store::xapi::credentials as store;
use kampus_store::{DbConnection, InstitutionId, audit, secrets};
use serde_json::{Value, json};

use super::access::{Caller, Scope};
use super::{Lrs, LrsError};

/// The longest name, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// What an admin asks for.
#[derive(Debug, Clone)]
pub struct NewCredential {
    pub name: String,
    pub scopes: Vec<Scope>,
    /// Empty: not bound to institutions.
    pub institutions: Vec<String>,
    /// The admin who made it.
    pub created_by: Option<String>,
}

/// A credential just made: the only time its secret is known.
#[derive(Debug, Clone)]
pub struct Issued {
    pub key: String,
    pub secret: String,
    pub authority: Value,
}

/// A credential as listed (no secret).
pub type Credential = store::Credential;

/// Why a credential was not made.
#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    /// Institutions (by their place in [`NewCredential::institutions`]) that do not exist:
    /// nothing was stored.
    #[error("no institution has the id {}", .0.iter().map(|(_, id)| id.as_str()).collect::<Vec<_>>().join(", "))]
    UnknownInstitutions(Vec<(usize, String)>),
    #[error(transparent)]
    Lrs(#[from] LrsError),
}

/// The institutions of `ids` that do not exist, with their places.
fn unknown_institutions(
    conn: &mut DbConnection,
    ids: &[String],
) -> Result<Vec<(usize, String)>, LrsError> {
    let mut unknown = Vec::new();
    for (at, raw) in ids.iter().enumerate() {
        let known = match raw.parse::<InstitutionId>() {
            Ok(id) => match kampus_store::institutions::find(conn, id) {
                Ok(_) => true,
                Err(kampus_store::StoreError::NotFound) => false,
                Err(other) => return Err(other.into()),
            },
            Err(_) => false,
        };
        if !known {
            unknown.push((at, raw.clone()));
        }
    }
    Ok(unknown)
}

impl Lrs {
    /// The Agent that vouches for what a credential writes: an account on this site's LRS.
    pub fn authority_of(&self, key: &str, name: &str) -> Value {
        json!({
            "objectType": "Agent",
            "name": name,
            "account": {"homePage": format!("{}/xapi/credentials", self.settings().public_url), "name": key}
        })
    }

    /// Makes a credential, unless it names institutions that do not exist (then nothing is
    /// stored), and records it in the audit log.
    pub async fn create_credential(&self, new: NewCredential) -> Result<Issued, CreateError> {
        let name = new.name.trim().to_owned();
        if name.is_empty()
            || name.chars().count() > MAX_NAME_CHARS
            || name.chars().any(char::is_control)
        {
            return Err(LrsError::Invalid(format!(
                "a credential needs a name of 1 to {MAX_NAME_CHARS} printable characters"
            ))
            .into());
        }
        if new.scopes.is_empty() {
            return Err(LrsError::Invalid("a credential needs at least one scope".into()).into());
        }
        let key = secrets::new_token().map_err(|e| LrsError::Internal(e.to_string()))?;
        // A key need not be secret, only unique: the first 22 characters (132 random bits).
        let key: String = key.chars().take(22).collect();
        let secret = secrets::new_token().map_err(|e| LrsError::Internal(e.to_string()))?;
        let authority = self.authority_of(&key, &name);
        let scopes = new
            .scopes
            .iter()
            .map(|s| s.name())
            .collect::<Vec<_>>()
            .join(" ");
        let now = self.clock().now();
        let (key_in, secret_hash, authority_text) =
            (key.clone(), secrets::hash(&secret), authority.to_string());
        let unknown = self
            .write(move |conn| {
                let unknown = unknown_institutions(conn, &new.institutions)?;
                if !unknown.is_empty() {
                    return Ok(unknown);
                }
                store::create(
                    conn,
                    &store::NewCredential {
                        key: &key_in,
                        secret_hash: &secret_hash,
                        name: &name,
                        scopes: &scopes,
                        authority: &authority_text,
                        created_by: new.created_by.as_deref(),
                        institutions: &new.institutions,
                    },
                    now,
                )?;
                let entry = audit::Entry {
                    actor_id: new.created_by.as_deref(),
                    action: "xapi.credential.create",
                    subject: &key_in,
                    details: json!({
                        "name": name,
                        "scopes": scopes.split(' ').collect::<Vec<_>>(),
                        "institutions": new.institutions,
                    }),
                };
                audit::record(conn, &entry, now)?;
                Ok(unknown)
            })
            .await?;
        if !unknown.is_empty() {
            return Err(CreateError::UnknownInstitutions(unknown));
        }
        Ok(Issued {
            key,
            secret,
            authority,
        })
    }

    /// The caller a key and secret stand for, unless wrong or revoked.
    pub async fn authenticate(
        &self,
        key: String,
        secret: &str,
    ) -> Result<Option<Caller>, LrsError> {
        let secret_hash = secrets::hash(secret);
        let Some(found) = self
            .blocking(move |conn| Ok(store::authenticate(conn, &key, &secret_hash)?))
            .await?
        else {
            return Ok(None);
        };
        Ok(Some(caller_of(found)?))
    }

    pub async fn credentials(&self) -> Result<Vec<Credential>, LrsError> {
        self.blocking(|conn| Ok(store::list(conn)?)).await
    }

    /// The credential with this key, revoked or not.
    pub async fn credential(&self, key: String) -> Result<Option<Credential>, LrsError> {
        self.blocking(move |conn| Ok(store::find(conn, &key)?))
            .await
    }

    /// Revokes a credential: it stops working at once. `NotFound` for an unknown key.
    /// Revoking a revoked credential changes nothing (and records nothing). `by`: the admin.
    pub async fn revoke_credential(
        &self,
        key: String,
        by: Option<String>,
    ) -> Result<Credential, LrsError> {
        let now = self.clock().now();
        self.write(move |conn| {
            if store::find(conn, &key)?.is_none() {
                return Err(LrsError::NotFound);
            }
            if store::revoke(conn, &key, now)? {
                let entry = audit::Entry {
                    actor_id: by.as_deref(),
                    action: "xapi.credential.revoke",
                    subject: &key,
                    details: json!({}),
                };
                audit::record(conn, &entry, now)?;
            }
            store::find(conn, &key)?.ok_or(LrsError::NotFound)
        })
        .await
    }
}

fn caller_of(found: store::Credential) -> Result<Caller, LrsError> {
    let authority = serde_json::from_str(&found.authority)
        .map_err(|e| LrsError::Internal(format!("a credential's authority: {e}")))?;
    Ok(Caller {
        scopes: found
            .scopes
            .split_whitespace()
            .filter_map(Scope::parse)
            .collect(),
        key: found.key,
        authority,
        institutions: found.institutions,
    })
}
