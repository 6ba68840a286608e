//! LRS credentials: created and revoked by admins (the API, the pages or `kampus xapi
//! credential`), used by LRS clients with HTTP basic auth (key as user name, secret as password).
//!
//! The secret is shown once, when made, and only its SHA-256 is kept: it is a 256-bit random
//! string, so a plain hash is as safe as a slow one and costs nothing per request (every xAPI
//! request authenticates).

use kampus_store::secrets;
use kampus_store::xapi::credentials as store;
use serde_json::{Value, json};

use super::access::{Caller, Scope};
use super::{Lrs, LrsError};

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

impl Lrs {
    /// The Agent that vouches for what a credential writes: an account on this site's LRS.
    pub fn authority_of(&self, key: &str, name: &str) -> Value {
        json!({
            "objectType": "Agent",
            "name": name,
            "account": {"homePage": format!("{}/xapi/credentials", self.settings().public_url), "name": key}
        })
    }

    /// Makes a credential.
    pub async fn create_credential(&self, new: NewCredential) -> Result<Issued, LrsError> {
        let name = new.name.trim().to_owned();
        if name.is_empty() || name.chars().count() > 200 || name.chars().any(char::is_control) {
            return Err(LrsError::Invalid(
                "a credential needs a name of 1 to 200 printable characters".into(),
            ));
        }
        if new.scopes.is_empty() {
            return Err(LrsError::Invalid(
                "a credential needs at least one scope".into(),
            ));
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
        self.write(move |conn| {
            Ok(store::create(
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
            )?)
        })
        .await?;
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

    /// Revokes a credential: it stops working at once. `NotFound` for an unknown key.
    pub async fn revoke_credential(&self, key: String) -> Result<(), LrsError> {
        let now = self.clock().now();
        self.write(move |conn| {
            if store::find(conn, &key)?.is_none() {
                return Err(LrsError::NotFound);
            }
            store::revoke(conn, &key, now)?;
            Ok(())
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
