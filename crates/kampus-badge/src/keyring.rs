//! The issuer's Ed25519 keys, kept as files in the data folder.
//!
//! Each key is one file `<dir>/ed25519-<unix-seconds>.json` holding the secret key in multibase
//! (`secretKeyMultibase`, multicodec `ed25519-priv`) next to its public key and DID. Files are
//! written once, atomically (a temporary file, then a hard link that never replaces an existing
//! file), with mode 0600 in a 0700 folder; a key file readable by group or others is refused on
//! load, as ssh does. The newest key signs; older keys stay in the ring because every credential
//! names its own key (`did:key:…#…`) and keeps verifying, and because a status list must be
//! signed by the same issuer (DID) as the credentials it covers.

use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, SecondsFormat, Utc};
use ed25519_dalek::{Signer, SigningKey};
use serde_json::json;

use crate::BadgeError;
use crate::did_key;

/// One Ed25519 issuer key. Its `Debug` output shows the DID only, never the secret.
#[derive(Clone)]
pub struct IssuerKey {
    signing: SigningKey,
    created: DateTime<Utc>,
}

impl fmt::Debug for IssuerKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssuerKey")
            .field("did", &self.did())
            .field("created", &self.created)
            .finish_non_exhaustive()
    }
}

impl IssuerKey {
    /// A new random key, not stored anywhere.
    pub fn generate() -> Result<Self, BadgeError> {
        let mut seed = [0_u8; 32];
        getrandom::getrandom(&mut seed).map_err(BadgeError::Random)?;
        Ok(Self {
            signing: SigningKey::from_bytes(&seed),
            created: Utc::now(),
        })
    }

    /// A key from its `secretKeyMultibase` (`z3u2…`).
    pub fn from_secret_multibase(
        encoded: &str,
        created: DateTime<Utc>,
    ) -> Result<Self, BadgeError> {
        let seed = did_key::decode_secret_key_multibase(encoded).ok_or_else(|| {
            BadgeError::InvalidInput("not an Ed25519 secretKeyMultibase".to_owned())
        })?;
        Ok(Self {
            signing: SigningKey::from_bytes(&seed),
            created,
        })
    }

    /// The issuer DID: `did:key:z6Mk…`.
    pub fn did(&self) -> String {
        did_key::did_for(&self.signing.verifying_key())
    }

    /// The verification method proofs name: `did:key:z6Mk…#z6Mk…`.
    pub fn verification_method(&self) -> String {
        did_key::verification_method_for(&self.signing.verifying_key())
    }

    /// The public key as `publicKeyMultibase`: `z6Mk…`.
    pub fn public_key_multibase(&self) -> String {
        did_key::public_key_multibase(&self.signing.verifying_key())
    }

    /// The DID document of this key, for serving or inspection.
    pub fn did_document(&self) -> serde_json::Value {
        did_key::did_document(&self.signing.verifying_key())
    }

    /// When the key was made.
    pub fn created(&self) -> DateTime<Utc> {
        self.created
    }

    pub(crate) fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.signing.sign(message).to_bytes()
    }

    fn to_file_json(&self) -> serde_json::Value {
        json!({
            "type": "Multikey",
            "id": self.verification_method(),
            "controller": self.did(),
            "publicKeyMultibase": self.public_key_multibase(),
            "secretKeyMultibase": did_key::secret_key_multibase(self.signing.as_bytes()),
            "created": self.created.to_rfc3339_opts(SecondsFormat::Secs, true),
        })
    }

    fn from_file_json(path: &Path, text: &str) -> Result<Self, BadgeError> {
        let bad = |reason: &str| BadgeError::KeyFile {
            path: path.to_owned(),
            reason: reason.to_owned(),
        };
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|error| bad(&error.to_string()))?;
        let field = |name: &str| {
            value[name]
                .as_str()
                .ok_or_else(|| bad(&format!("missing `{name}`")))
        };
        let created = DateTime::parse_from_rfc3339(field("created")?)
            .map_err(|error| bad(&format!("`created`: {error}")))?
            .with_timezone(&Utc);
        let key = Self::from_secret_multibase(field("secretKeyMultibase")?, created)
            .map_err(|_| bad("`secretKeyMultibase` is not an Ed25519 secret key"))?;
        if field("publicKeyMultibase")? != key.public_key_multibase() {
            return Err(bad(
                "`publicKeyMultibase` does not belong to `secretKeyMultibase`",
            ));
        }
        Ok(key)
    }
}

/// The issuer's keys, oldest first; the newest one signs.
#[derive(Debug, Clone)]
pub struct KeyRing {
    keys: Vec<IssuerKey>,
}

impl KeyRing {
    /// Loads the keys in `dir`, creating the folder and a first key when there are none.
    pub fn load_or_create(dir: &Path) -> Result<Self, BadgeError> {
        create_private_dir(dir)?;
        let ring = Self::load(dir)?;
        if ring.keys.is_empty() {
            return Self::rotate(dir);
        }
        Ok(ring)
    }

    /// Adds a new key to `dir`, which becomes the signing key; older keys stay.
    pub fn rotate(dir: &Path) -> Result<Self, BadgeError> {
        create_private_dir(dir)?;
        let key = IssuerKey::generate()?;
        let path = write_key_file(dir, &key)?;
        let ring = Self::load(dir)?;
        if ring.keys.is_empty() {
            return Err(BadgeError::KeyFile {
                path,
                reason: "the key just written cannot be found again".to_owned(),
            });
        }
        Ok(ring)
    }

    /// The key that signs new credentials: the newest.
    pub fn active(&self) -> &IssuerKey {
        // `load_or_create` and `rotate` never return an empty ring.
        &self.keys[self.keys.len() - 1]
    }

    /// All keys, oldest first.
    pub fn keys(&self) -> &[IssuerKey] {
        &self.keys
    }

    /// The key with this DID or verification method, to sign the status list of credentials an
    /// older key issued.
    pub fn find(&self, did_or_method: &str) -> Option<&IssuerKey> {
        let did = did_or_method.split('#').next().unwrap_or(did_or_method);
        self.keys.iter().find(|key| key.did() == did)
    }

    fn load(dir: &Path) -> Result<Self, BadgeError> {
        let mut found = Vec::new();
        for entry in fs::read_dir(dir).map_err(|error| BadgeError::io(dir, error))? {
            let path = entry.map_err(|error| BadgeError::io(dir, error))?.path();
            let Some(seconds) = key_file_seconds(&path) else {
                continue;
            };
            check_private(&path)?;
            let text = fs::read_to_string(&path).map_err(|error| BadgeError::io(&path, error))?;
            found.push((seconds, IssuerKey::from_file_json(&path, &text)?));
        }
        found.sort_by_key(|(seconds, _)| *seconds);
        Ok(Self {
            keys: found.into_iter().map(|(_, key)| key).collect(),
        })
    }
}

/// The unix seconds in a key file name `ed25519-<seconds>.json`.
fn key_file_seconds(path: &Path) -> Option<u64> {
    path.file_name()?
        .to_str()?
        .strip_prefix("ed25519-")?
        .strip_suffix(".json")?
        .parse()
        .ok()
}

fn write_key_file(dir: &Path, key: &IssuerKey) -> Result<PathBuf, BadgeError> {
    let text = serde_json::to_string_pretty(&key.to_file_json())
        .map_err(|error| BadgeError::InvalidInput(error.to_string()))?;
    let temporary = dir.join(format!(".ed25519-{}.tmp", key.public_key_multibase()));
    let mut file = private_file_options()
        .open(&temporary)
        .map_err(|error| BadgeError::io(&temporary, error))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|error| BadgeError::io(&temporary, error))?;
    drop(file);
    // Name by creation second; a second key in the same second takes the next free second, so
    // names stay ordered by age and no file is ever replaced (hard_link fails on an existing one).
    let mut seconds = u64::try_from(key.created.timestamp()).unwrap_or(0);
    let result = loop {
        let path = dir.join(format!("ed25519-{seconds}.json"));
        match fs::hard_link(&temporary, &path) {
            Ok(()) => break Ok(path),
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => seconds += 1,
            Err(error) => break Err(BadgeError::io(&path, error)),
        }
    };
    fs::remove_file(&temporary).map_err(|error| BadgeError::io(&temporary, error))?;
    if let Ok(folder) = fs::File::open(dir) {
        // Make the new name durable; not every platform can sync a folder, so failure is fine.
        let _ = folder.sync_all();
    }
    result
}

fn private_file_options() -> fs::OpenOptions {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

fn create_private_dir(dir: &Path) -> Result<(), BadgeError> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(|error| BadgeError::io(dir, error))
}

fn check_private(path: &Path) -> Result<(), BadgeError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let metadata = fs::metadata(path).map_err(|error| BadgeError::io(path, error))?;
        if metadata.permissions().mode() & 0o077 != 0 {
            return Err(BadgeError::KeyFile {
                path: path.to_owned(),
                reason: "the secret key is readable by group or others; run `chmod 600` on it"
                    .to_owned(),
            });
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}
