//! Secrets handed to users (session tokens, email links, invitation codes): generated from
//! the operating system's CSPRNG and stored only as SHA-256 hashes.
//!
//! A plain hash (no salt, no key stretching) is right here: the secrets are long random
//! strings, not passwords, so there is nothing to guess from a leaked hash.

use sha2::{Digest, Sha256};

/// Hex SHA-256 of a secret, as stored.
pub fn hash(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .fold(String::with_capacity(64), |mut hex, b| {
            hex.push(char::from(HEX[usize::from(b >> 4)]));
            hex.push(char::from(HEX[usize::from(b & 0xf)]));
            hex
        })
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// A 256-bit token, base64url without padding (43 characters): for links and sessions.
pub fn new_token() -> Result<String, getrandom::Error> {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bytes = [0u8; 33];
    getrandom::getrandom(&mut bytes)?;
    let mut token = String::with_capacity(44);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16) | (u32::from(chunk[1]) << 8) | u32::from(chunk[2]);
        for shift in [18, 12, 6, 0] {
            token.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
        }
    }
    Ok(token)
}

/// A new token as the stores that keep its hash need it: a failure of the system's random
/// source becomes a query error (nothing was written).
pub(crate) fn new_stored_token() -> Result<String, crate::error::StoreError> {
    new_token().map_err(|e| {
        crate::error::StoreError::Query(diesel::result::Error::QueryBuilderError(
            e.to_string().into(),
        ))
    })
}

/// An invitation code people can read aloud and type: 15 Crockford base32 characters in
/// groups of five (75 bits), e.g. `K7QM2-XHD9T-WAB4R`. Case and separators are ignored
/// when it is entered ([`normalize_code`]).
pub fn new_code() -> Result<String, getrandom::Error> {
    const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut bytes = [0u8; 15];
    getrandom::getrandom(&mut bytes)?;
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| char::from(CROCKFORD[usize::from(b & 31)]))
        .collect();
    Ok(chars
        .chunks(5)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-"))
}

/// The canonical form of an entered code: upper case, no separators, Crockford's look-alikes
/// mapped (O→0, I/L→1).
pub fn normalize_code(entered: &str) -> String {
    entered
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_distinct_and_url_safe() {
        let a = new_token().expect("random");
        assert_eq!(a.len(), 44);
        assert!(
            a.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
        assert_ne!(a, new_token().expect("random"));
        assert_eq!(hash(&a).len(), 64);
        assert_eq!(
            hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn codes_survive_retyping() {
        let code = new_code().expect("random");
        assert_eq!(code.len(), 17);
        let retyped = code.to_lowercase().replace('-', " ").replace('0', "o");
        assert_eq!(normalize_code(&retyped), normalize_code(&code));
    }
}
