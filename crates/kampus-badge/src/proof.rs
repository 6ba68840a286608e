//! `eddsa-rdfc-2022` Data Integrity proofs (W3C "Data Integrity EdDSA Cryptosuites v1.0").
//!
//! Signing: the proof configuration (the proof options without `proofValue`, with the
//! document's `@context`) and the document (without `proof`) are each canonicalized with
//! RDFC-1.0 and hashed with SHA-256; the Ed25519 signature over `hash(proof configuration) ‖
//! hash(document)` is the `proofValue`, in base58btc multibase (`z…`).
//!
//! Verification resolves the `did:key` verification method offline and checks the issuer is
//! that DID, the proof purpose is `assertionMethod`, and the signature.

use chrono::{DateTime, SecondsFormat, Utc};
use ed25519_dalek::Signature;
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use crate::canon::{TermPolicy, canonical_nquads};
use crate::contexts::ContextLoader;
use crate::{BadgeError, IssuerKey, did_key};

/// The cryptosuite of every proof this crate makes.
pub const CRYPTOSUITE: &str = "eddsa-rdfc-2022";

/// What a successful verification established.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The issuer DID, which is the signing key (`did:key:z6Mk…`).
    pub issuer: String,
    /// The verification method that signed: `did:key:z6Mk…#z6Mk…`.
    pub verification_method: String,
    /// The proof's `created` timestamp as written.
    pub created: String,
    /// The credential's `id`, if it has one (`urn:uuid:…`).
    pub credential_id: Option<String>,
}

/// Signs a credential: adds an `eddsa-rdfc-2022` proof by `key`, then checks the result
/// verifies. Refuses documents that use terms their contexts do not define, and documents
/// whose issuer is not the key's DID.
pub fn sign_credential(
    credential: &Value,
    key: &IssuerKey,
    created: DateTime<Utc>,
) -> Result<Value, BadgeError> {
    let loader = ContextLoader::shipped();
    let Value::Object(document) = credential else {
        return Err(BadgeError::InvalidCredential(
            "not a JSON object".to_owned(),
        ));
    };
    if document.contains_key("proof") {
        return Err(BadgeError::InvalidCredential(
            "already has a proof".to_owned(),
        ));
    }
    if issuer_id(credential)? != key.did() {
        return Err(BadgeError::InvalidCredential(format!(
            "the issuer must be the signing key's DID {}",
            key.did()
        )));
    }
    let mut proof = json!({
        "type": "DataIntegrityProof",
        "cryptosuite": CRYPTOSUITE,
        "created": created.to_rfc3339_opts(SecondsFormat::Secs, true),
        "verificationMethod": key.verification_method(),
        "proofPurpose": "assertionMethod",
    });
    let hash_data = hash_data(credential, &proof, &loader, TermPolicy::Issue)?;
    let signature = key.sign(&hash_data);
    proof["proofValue"] = Value::String(format!("z{}", bs58::encode(signature).into_string()));
    let mut signed = document.clone();
    signed.insert("proof".to_owned(), proof);
    let signed = Value::Object(signed);
    verify(&signed)?;
    Ok(signed)
}

/// Verifies the `eddsa-rdfc-2022` proof of a credential signed by a `did:key` Ed25519 key,
/// offline, with the shipped contexts only.
pub fn verify(credential: &Value) -> Result<Verified, BadgeError> {
    verify_with(credential, &ContextLoader::shipped())
}

pub(crate) fn verify_with(
    credential: &Value,
    loader: &ContextLoader,
) -> Result<Verified, BadgeError> {
    let verified = check_signature(credential, loader)?;
    if issuer_id(credential)? != verified.issuer {
        return Err(BadgeError::UnsupportedProof(format!(
            "the issuer is not the signing key's DID {}",
            verified.issuer
        )));
    }
    Ok(verified)
}

/// Checks the proof's form and signature; `Verified::issuer` is the signing key's DID, which
/// the caller compares with the credential's issuer.
fn check_signature(credential: &Value, loader: &ContextLoader) -> Result<Verified, BadgeError> {
    let Value::Object(secured) = credential else {
        return Err(BadgeError::InvalidCredential(
            "not a JSON object".to_owned(),
        ));
    };
    let proof = match secured.get("proof") {
        Some(Value::Object(proof)) => proof,
        Some(Value::Array(_)) => {
            return Err(BadgeError::UnsupportedProof(
                "more than one proof".to_owned(),
            ));
        }
        _ => return Err(BadgeError::InvalidCredential("no proof".to_owned())),
    };
    let text = |name: &str| {
        proof.get(name).and_then(Value::as_str).ok_or_else(|| {
            BadgeError::UnsupportedProof(format!("the proof has no `{name}` string"))
        })
    };
    if text("type")? != "DataIntegrityProof" || text("cryptosuite")? != CRYPTOSUITE {
        return Err(BadgeError::UnsupportedProof(format!(
            "not a DataIntegrityProof with cryptosuite {CRYPTOSUITE}"
        )));
    }
    if text("proofPurpose")? != "assertionMethod" {
        return Err(BadgeError::UnsupportedProof(
            "proof purpose is not assertionMethod".to_owned(),
        ));
    }
    let method = text("verificationMethod")?;
    let (did, public_key) = did_key::resolve(method)?;
    let signature = decode_proof_value(text("proofValue")?)?;
    let mut unsecured = secured.clone();
    unsecured.remove("proof");
    let mut options = proof.clone();
    options.remove("proofValue");
    let hash_data = hash_data(
        &Value::Object(unsecured),
        &Value::Object(options),
        loader,
        TermPolicy::Verify,
    )?;
    public_key
        .verify_strict(&hash_data, &signature)
        .map_err(|_| BadgeError::BadSignature)?;
    Ok(Verified {
        issuer: did,
        verification_method: method.to_owned(),
        created: text("created")?.to_owned(),
        credential_id: secured.get("id").and_then(Value::as_str).map(str::to_owned),
    })
}

/// `SHA-256(canonical proof configuration) ‖ SHA-256(canonical document)`.
fn hash_data(
    document: &Value,
    proof_options: &Value,
    loader: &ContextLoader,
    policy: TermPolicy,
) -> Result<Vec<u8>, BadgeError> {
    let config = proof_configuration(document, proof_options)?;
    let mut hash_data =
        Sha256::digest(canonical_nquads(&config, loader, policy)?.as_bytes()).to_vec();
    hash_data.extend_from_slice(&Sha256::digest(
        canonical_nquads(document, loader, policy)?.as_bytes(),
    ));
    Ok(hash_data)
}

/// The proof options with the document's `@context` (when the proof carries an `@context`
/// of its own, the document's must start with it, as the specification requires).
fn proof_configuration(document: &Value, proof_options: &Value) -> Result<Value, BadgeError> {
    let context = document
        .get("@context")
        .ok_or_else(|| BadgeError::InvalidCredential("no @context".to_owned()))?;
    let mut config: Map<String, Value> = proof_options
        .as_object()
        .cloned()
        .ok_or_else(|| BadgeError::UnsupportedProof("the proof is not an object".to_owned()))?;
    if let Some(own) = config.get("@context") {
        let as_list = |value: &Value| match value {
            Value::Array(items) => items.clone(),
            other => vec![other.clone()],
        };
        if !as_list(context).starts_with(&as_list(own)) {
            return Err(BadgeError::UnsupportedProof(
                "the proof's @context does not match the document's".to_owned(),
            ));
        }
    }
    config.insert("@context".to_owned(), context.clone());
    Ok(Value::Object(config))
}

fn decode_proof_value(encoded: &str) -> Result<Signature, BadgeError> {
    let bytes = encoded
        .strip_prefix('z')
        .and_then(|rest| bs58::decode(rest).into_vec().ok())
        .and_then(|bytes| <[u8; 64]>::try_from(bytes).ok())
        .ok_or_else(|| {
            BadgeError::UnsupportedProof(
                "proofValue is not a base58btc Ed25519 signature".to_owned(),
            )
        })?;
    Ok(Signature::from_bytes(&bytes))
}

/// The issuer's id: `issuer` is either a URL string or an object with an `id`.
pub(crate) fn issuer_id(credential: &Value) -> Result<&str, BadgeError> {
    match credential.get("issuer") {
        Some(Value::String(id)) => Ok(id),
        Some(Value::Object(profile)) => profile
            .get("id")
            .and_then(Value::as_str)
            .ok_or_else(|| BadgeError::InvalidCredential("the issuer has no id".to_owned())),
        _ => Err(BadgeError::InvalidCredential("no issuer".to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The context `https://www.w3.org/ns/credentials/examples/v2` as the VC Data Model 2.0
    /// publishes it: one `@vocab`.
    const EXAMPLES_V2: &str =
        r#"{"@context": {"@vocab": "https://www.w3.org/ns/credentials/examples#"}}"#;

    /// The W3C vc-di-eddsa test vector for eddsa-rdfc-2022 (section "Representation:
    /// eddsa-rdfc-2022"): the signed credential, and (below) its published intermediate values.
    fn spec_signed_credential() -> Value {
        json!({
            "@context": [
                "https://www.w3.org/ns/credentials/v2",
                "https://www.w3.org/ns/credentials/examples/v2"
            ],
            "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
            "type": ["VerifiableCredential", "AlumniCredential"],
            "name": "Alumni Credential",
            "description": "A minimum viable example of an Alumni Credential.",
            "issuer": "https://vc.example/issuers/5678",
            "validFrom": "2023-01-01T00:00:00Z",
            "credentialSubject": {
                "id": "did:example:abcdefgh",
                "alumniOf": "The School of Examples"
            },
            "proof": {
                "type": "DataIntegrityProof",
                "cryptosuite": "eddsa-rdfc-2022",
                "created": "2023-02-24T23:36:38Z",
                "verificationMethod": "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                "proofPurpose": "assertionMethod",
                "proofValue": "z2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZme"
            }
        })
    }

    fn spec_loader() -> ContextLoader {
        ContextLoader::shipped().with("https://www.w3.org/ns/credentials/examples/v2", EXAMPLES_V2)
    }

    #[test]
    fn reproduces_the_spec_hashes_and_signature() {
        let signed = spec_signed_credential();
        let mut document = signed.clone();
        let proof = document
            .as_object_mut()
            .and_then(|map| map.remove("proof"))
            .expect("has a proof");
        let mut options = proof.clone();
        options
            .as_object_mut()
            .expect("object")
            .remove("proofValue");
        let loader = spec_loader();
        let config = proof_configuration(&document, &options).expect("config");
        let proof_canon = canonical_nquads(&config, &loader, TermPolicy::Verify).expect("canon");
        assert_eq!(
            proof_canon,
            "_:c14n0 <http://purl.org/dc/terms/created> \"2023-02-24T23:36:38Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n\
             _:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#DataIntegrityProof> .\n\
             _:c14n0 <https://w3id.org/security#cryptosuite> \"eddsa-rdfc-2022\"^^<https://w3id.org/security#cryptosuiteString> .\n\
             _:c14n0 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> .\n\
             _:c14n0 <https://w3id.org/security#verificationMethod> <did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2> .\n"
        );
        let hashes = hash_data(&document, &options, &loader, TermPolicy::Verify).expect("hash");
        assert_eq!(
            crate::credential::lower_hex(&hashes),
            "bea7b7acfbad0126b135104024a5f1733e705108f42d59668b05c0c50004c6b0\
             517744132ae165a5349155bef0bb0cf2258fff99dfe1dbd914b938d775a36017"
        );
        // Ed25519 is deterministic: the spec's key must give the spec's signature.
        let key = IssuerKey::from_secret_multibase(
            "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq",
            Utc::now(),
        )
        .expect("spec key");
        let expected = signed["proof"]["proofValue"].as_str().expect("proofValue");
        assert_eq!(
            format!("z{}", bs58::encode(key.sign(&hashes)).into_string()),
            expected
        );
    }

    #[test]
    fn verifies_the_spec_credential_and_rejects_a_changed_copy() {
        let signed = spec_signed_credential();
        let verified =
            check_signature(&signed, &spec_loader()).expect("the spec credential verifies");
        assert_eq!(
            verified.issuer,
            "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
        );
        // Its issuer is a URL, not the signing did:key: not a credential of that issuer.
        assert!(matches!(
            verify_with(&signed, &spec_loader()),
            Err(BadgeError::UnsupportedProof(_))
        ));
        let mut tampered = signed;
        tampered["credentialSubject"]["alumniOf"] = json!("Another School");
        assert!(matches!(
            check_signature(&tampered, &spec_loader()),
            Err(BadgeError::BadSignature)
        ));
    }
}
