//! Open Badges 3.0 credentials for Kampus certificates: issued, signed and verified offline.
//!
//! - [`issue_badge`] turns a certificate's facts ([`BadgeInput`]) into an `OpenBadgeCredential`
//!   (W3C VC Data Model 2.0, Open Badges 3.0.3 context) signed with Ed25519 as an
//!   `eddsa-rdfc-2022` Data Integrity proof; [`verify`] checks one.
//! - The issuer is a `did:key`: the DID is the public key, so any verifier resolves it offline,
//!   with no dependency on our domain or TLS. Rotation adds a key (and so a new DID); old
//!   credentials name their own key and keep verifying. Keys live in a [`KeyRing`] folder.
//! - Revocation is a Bitstring Status List credential ([`status_list_credential`]) that Kampus
//!   serves and verifiers fetch.
//! - The JSON-LD contexts are shipped in the crate and never fetched ([`contexts`]).
//!
//! Before returning a signed document the issuer checks its own output: every term must be
//! defined by the contexts (JSON-LD silently drops undefined terms, verifiers reject them) and
//! the signature must verify.

#![forbid(unsafe_code)]

mod canon;
pub mod contexts;
mod credential;
pub mod did_key;
mod error;
mod keyring;
mod proof;
mod status_list;

pub use credential::{BadgeInput, StatusEntry, build_credential, email_hash, issue_badge};
pub use error::BadgeError;
pub use keyring::{IssuerKey, KeyRing};
pub use proof::{CRYPTOSUITE, Verified, sign_credential, verify};
pub use status_list::{
    MAX_STATUS_LIST_BITS, MIN_STATUS_LIST_BITS, decode_status_list, encode_status_list, is_revoked,
    status_bit, status_list_credential,
};
