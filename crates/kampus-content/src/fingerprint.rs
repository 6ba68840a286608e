//! Short content fingerprints: how Kampus notices that a text changed (translation
//! staleness) and orders ids independently of how they were authored (a question's view).

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

/// SHA-256 of `bytes`, first 16 hex digits (64 bits: ample to notice a change).
pub fn fingerprint(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest
        .iter()
        .take(8)
        .fold(String::with_capacity(16), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}
