//! `did:key` identifiers for Ed25519 keys: encoding, offline resolution, DID documents.
//!
//! A `did:key` DID is the public key itself (multicodec `ed25519-pub`, 0xed01, in base58btc
//! multibase: `did:key:z6Mk…`), so any verifier resolves it without a network request and
//! without trusting our domain or TLS certificate. The verification method is
//! `did:key:z6Mk…#z6Mk…` (the `did:key` method specification, Multikey form).

use ed25519_dalek::VerifyingKey;
use serde_json::json;

use crate::BadgeError;

/// Multicodec prefix of an Ed25519 public key (0xed, varint-encoded).
const ED25519_PUB: [u8; 2] = [0xed, 0x01];
/// Multicodec prefix of an Ed25519 secret key (0x1300, varint-encoded).
const ED25519_PRIV: [u8; 2] = [0x80, 0x26];

/// The `publicKeyMultibase` of an Ed25519 key: `z6Mk…`.
pub fn public_key_multibase(key: &VerifyingKey) -> String {
    multibase(ED25519_PUB, key.as_bytes())
}

/// The DID of an Ed25519 key: `did:key:z6Mk…`.
pub fn did_for(key: &VerifyingKey) -> String {
    format!("did:key:{}", public_key_multibase(key))
}

/// The verification method of an Ed25519 key: `did:key:z6Mk…#z6Mk…`.
pub fn verification_method_for(key: &VerifyingKey) -> String {
    let multibase = public_key_multibase(key);
    format!("did:key:{multibase}#{multibase}")
}

/// The DID document a `did:key` resolver produces for the key (Multikey form), for serving or
/// inspection. Verifiers derive it from the DID itself and need not fetch it.
pub fn did_document(key: &VerifyingKey) -> serde_json::Value {
    let did = did_for(key);
    let method = verification_method_for(key);
    json!({
        "@context": [
            "https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/multikey/v1"
        ],
        "id": did,
        "verificationMethod": [{
            "id": method,
            "type": "Multikey",
            "controller": did,
            "publicKeyMultibase": public_key_multibase(key)
        }],
        "authentication": [method],
        "assertionMethod": [method],
        "capabilityDelegation": [method],
        "capabilityInvocation": [method]
    })
}

/// Resolves a `did:key:z6Mk…#z6Mk…` verification method offline to its DID and public key.
pub(crate) fn resolve(verification_method: &str) -> Result<(String, VerifyingKey), BadgeError> {
    let unsupported = || {
        BadgeError::UnsupportedProof(format!(
            "verification method `{verification_method}` is not an Ed25519 did:key"
        ))
    };
    let (did, fragment) = verification_method
        .split_once('#')
        .ok_or_else(unsupported)?;
    let encoded = did.strip_prefix("did:key:").ok_or_else(unsupported)?;
    if fragment != encoded {
        return Err(unsupported());
    }
    let bytes = decode_multibase(encoded, ED25519_PUB).ok_or_else(unsupported)?;
    let key = VerifyingKey::from_bytes(&bytes).map_err(|_| unsupported())?;
    Ok((did.to_owned(), key))
}

/// An Ed25519 secret key (the 32-byte seed) as `secretKeyMultibase`: `z3u2…`.
pub(crate) fn secret_key_multibase(seed: &[u8; 32]) -> String {
    multibase(ED25519_PRIV, seed)
}

/// The 32-byte seed of a `secretKeyMultibase`.
pub(crate) fn decode_secret_key_multibase(encoded: &str) -> Option<[u8; 32]> {
    decode_multibase(encoded, ED25519_PRIV)
}

fn multibase(codec: [u8; 2], key: &[u8; 32]) -> String {
    let mut bytes = Vec::with_capacity(34);
    bytes.extend_from_slice(&codec);
    bytes.extend_from_slice(key);
    format!("z{}", bs58::encode(bytes).into_string())
}

fn decode_multibase(encoded: &str, codec: [u8; 2]) -> Option<[u8; 32]> {
    let bytes = bs58::decode(encoded.strip_prefix('z')?).into_vec().ok()?;
    bytes.strip_prefix(&codec)?.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    // The key pair of the W3C vc-di-eddsa specification's test vectors.
    const SPEC_PUBLIC: &str = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    const SPEC_SECRET: &str = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";

    #[test]
    fn spec_secret_key_gives_spec_public_key() {
        let seed = decode_secret_key_multibase(SPEC_SECRET).expect("spec secret key decodes");
        let key = ed25519_dalek::SigningKey::from_bytes(&seed);
        assert_eq!(public_key_multibase(&key.verifying_key()), SPEC_PUBLIC);
        assert_eq!(secret_key_multibase(&seed), SPEC_SECRET);
    }

    #[test]
    fn resolves_its_own_verification_methods_only() {
        let method = format!("did:key:{SPEC_PUBLIC}#{SPEC_PUBLIC}");
        let (did, key) = resolve(&method).expect("resolves");
        assert_eq!(did, format!("did:key:{SPEC_PUBLIC}"));
        assert_eq!(verification_method_for(&key), method);
        assert!(resolve(&format!("did:key:{SPEC_PUBLIC}#other")).is_err());
        assert!(resolve(&format!("did:web:example.org#{SPEC_PUBLIC}")).is_err());
        assert!(resolve("did:key:z6Mk#z6Mk").is_err());
    }

    #[test]
    fn did_document_lists_the_key_for_assertions() {
        let seed = decode_secret_key_multibase(SPEC_SECRET).expect("spec secret key decodes");
        let key = ed25519_dalek::SigningKey::from_bytes(&seed).verifying_key();
        let document = did_document(&key);
        let method = format!("did:key:{SPEC_PUBLIC}#{SPEC_PUBLIC}");
        assert_eq!(document["assertionMethod"][0], method);
        assert_eq!(
            document["verificationMethod"][0]["publicKeyMultibase"],
            SPEC_PUBLIC
        );
    }
}
