//! The one error type of the crate.
//!
//! Callers mostly need three distinctions: the input or credential is wrong (a caller bug or a
//! forged document: [`BadgeError::UndefinedTerm`], [`BadgeError::UnknownContext`],
//! [`BadgeError::InvalidCredential`], [`BadgeError::InvalidInput`]), the proof does not hold
//! ([`BadgeError::BadSignature`], [`BadgeError::UnsupportedProof`]), or the key store is broken
//! ([`BadgeError::KeyFile`], [`BadgeError::Io`], [`BadgeError::Random`]).

use std::path::PathBuf;

/// Everything that can go wrong while issuing or verifying a credential.
#[derive(Debug, thiserror::Error)]
pub enum BadgeError {
    /// The document names a JSON-LD context this crate does not ship. Contexts are never fetched.
    #[error("JSON-LD context `{0}` is not shipped with Kampus and is never fetched")]
    UnknownContext(String),

    /// A property or type is not defined by the document's contexts. JSON-LD would silently drop
    /// it (or map it to an issuer-dependent vocabulary) while verifiers reject it.
    #[error("the document uses a term its JSON-LD contexts do not define: {0}")]
    UndefinedTerm(String),

    /// JSON-LD processing failed for another reason (an invalid value for a typed term, …).
    #[error("JSON-LD processing failed: {0}")]
    JsonLd(String),

    /// RDF Dataset Canonicalization (RDFC-1.0) failed.
    #[error("RDF canonicalization failed: {0}")]
    Canonicalization(String),

    /// The credential does not have the shape this crate signs or verifies.
    #[error("invalid credential: {0}")]
    InvalidCredential(String),

    /// The proof is not an `eddsa-rdfc-2022` Data Integrity proof by a `did:key` Ed25519 key.
    #[error("unsupported proof: {0}")]
    UnsupportedProof(String),

    /// The signature does not match the document: it was altered or signed by another key.
    #[error(
        "the signature does not verify: the credential was altered or not signed by its issuer"
    )]
    BadSignature,

    /// The input to a builder is unusable (a negative number of hours, an empty title, …).
    #[error("invalid input: {0}")]
    InvalidInput(String),

    /// A key file is unreadable, malformed, or readable by others than its owner.
    #[error("key file {path}: {reason}")]
    KeyFile {
        /// The key file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },

    /// Reading or writing the key folder failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },

    /// The operating system's random number generator failed.
    #[error("random number generator failed: {0}")]
    Random(getrandom::Error),

    /// A status list is malformed or an index is out of its range.
    #[error("status list: {0}")]
    StatusList(String),
}

impl BadgeError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }
}
