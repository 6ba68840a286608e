//! Access tokens: short-lived JWTs (RFC 7519) signed with HS256.
//!
//! Verification follows RFC 8725: the algorithm is pinned (a token naming `none` or any other
//! algorithm is refused before its signature is looked at), `iss`, `aud`, `exp`, `nbf`, `iat`,
//! `jti` and `sub` must all be present and right, and tokens are explicitly typed twice — the
//! header's `typ` is `at+jwt` (RFC 9068) and the claim `typ` is `access` — so a token minted
//! for another purpose (password reset, email verification) can never act as an access token.
//! Expiry is checked against the injectable clock, with a small leeway for clock skew between
//! nodes.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use chrono::{NaiveDateTime, TimeDelta};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use kampus_content::Locale;
use kampus_store::users::{Role, User};
use kampus_store::{Clock, UserId};
use serde::{Deserialize, Serialize};

/// How long an access token is valid.
pub const ACCESS_TOKEN_TTL: TimeDelta = TimeDelta::minutes(15);
/// Clock skew tolerated between the node that issued a token and the one checking it.
const LEEWAY: TimeDelta = TimeDelta::seconds(30);
const ISSUER: &str = "kampus";
const AUDIENCE: &str = "kampus-api";
const HEADER_TYP: &str = "at+jwt";
const TOKEN_USE: &str = "access";
/// Tokens whose signature and claims were checked, remembered; beyond it, forgotten at once.
const VERIFIED_TOKENS_KEPT: usize = 4096;

/// The claims of an access token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessClaims {
    pub iss: String,
    pub aud: String,
    /// The user id.
    pub sub: String,
    pub exp: i64,
    pub nbf: i64,
    pub iat: i64,
    /// `iat` in milliseconds, to compare with a session cut-off precisely.
    pub iat_ms: i64,
    /// Unique token id (UUID v7), for revocation lists and logs.
    pub jti: String,
    /// The session (sign-in) the token belongs to: signing out of it ends the token at once.
    /// Absent only in tokens issued before sessions were carried (they expire within
    /// [`ACCESS_TOKEN_TTL`] of an upgrade); such a token ends with "sign out everywhere".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
    /// Always `access`.
    pub typ: String,
    pub role: Role,
    /// The user's preferred locale when the token was issued (for responses that are produced
    /// before the user record is loaded, such as a 404).
    pub locale: Locale,
}

impl AccessClaims {
    pub fn user_id(&self) -> Result<UserId, TokenError> {
        self.sub
            .parse()
            .map_err(|_| TokenError::Invalid("sub is not a user id".into()))
    }
}

/// A freshly issued token.
#[derive(Debug, Clone)]
pub struct IssuedToken {
    pub token: String,
    pub expires_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("invalid token: {0}")]
    Invalid(String),
    #[error("token expired")]
    Expired,
    #[error("token not yet valid")]
    NotYetValid,
    #[error("could not sign token: {0}")]
    Signing(String),
}

/// Issues and verifies access tokens with one key.
pub struct AccessTokens {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    clock: Arc<dyn Clock>,
    /// Token → its claims, for tokens already verified: a client sends the same token with
    /// every request for 15 minutes, and checking the signature and parsing the claims again
    /// is a tenth of the work of reading a lesson. Keyed by the whole token, so only the very
    /// bytes that were verified hit it; the time checks still run on every request.
    verified: RwLock<HashMap<String, AccessClaims>>,
}

impl std::fmt::Debug for AccessTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AccessTokens { key: [redacted] }")
    }
}

impl AccessTokens {
    pub fn new(secret: &[u8], clock: Arc<dyn Clock>) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
        // Time is checked below against the injectable clock, not the system's.
        validation.validate_exp = false;
        validation.validate_nbf = false;
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            clock,
            verified: RwLock::new(HashMap::new()),
        }
    }

    /// A token for `user` in the session `session_id` (the family of its refresh tokens).
    pub fn issue(&self, user: &User, session_id: &str) -> Result<IssuedToken, TokenError> {
        let now = self.clock.now();
        let expires_at = now + ACCESS_TOKEN_TTL;
        let claims = AccessClaims {
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
            sub: user.id.to_string(),
            exp: expires_at.and_utc().timestamp(),
            nbf: now.and_utc().timestamp(),
            iat: now.and_utc().timestamp(),
            iat_ms: now.and_utc().timestamp_millis(),
            jti: uuid::Uuid::now_v7().to_string(),
            sid: Some(session_id.to_owned()),
            typ: TOKEN_USE.into(),
            role: user.role,
            locale: user.preferred_locale,
        };
        let mut header = Header::new(Algorithm::HS256);
        header.typ = Some(HEADER_TYP.into());
        let token = jsonwebtoken::encode(&header, &claims, &self.encoding)
            .map_err(|e| TokenError::Signing(e.to_string()))?;
        Ok(IssuedToken { token, expires_at })
    }

    pub fn verify(&self, token: &str) -> Result<AccessClaims, TokenError> {
        let known = self
            .verified
            .read()
            .ok()
            .and_then(|verified| verified.get(token).cloned());
        let claims = match known {
            Some(claims) => claims,
            None => self.verify_and_remember(token)?,
        };
        self.check_time(claims)
    }

    fn verify_and_remember(&self, token: &str) -> Result<AccessClaims, TokenError> {
        let claims = self.verify_signature_and_claims(token)?;
        if let Ok(mut verified) = self.verified.write() {
            if verified.len() >= VERIFIED_TOKENS_KEPT {
                verified.clear();
            }
            verified.insert(token.to_owned(), claims.clone());
        }
        Ok(claims)
    }

    /// Everything about a token but the time.
    fn verify_signature_and_claims(&self, token: &str) -> Result<AccessClaims, TokenError> {
        let data = jsonwebtoken::decode::<AccessClaims>(token, &self.decoding, &self.validation)
            .map_err(|e| TokenError::Invalid(e.to_string()))?;
        if data.header.typ.as_deref() != Some(HEADER_TYP) {
            return Err(TokenError::Invalid("header typ is not at+jwt".into()));
        }
        let claims = data.claims;
        if claims.typ != TOKEN_USE {
            return Err(TokenError::Invalid(format!(
                "token of type `{}`",
                claims.typ
            )));
        }
        Ok(claims)
    }

    fn check_time(&self, claims: AccessClaims) -> Result<AccessClaims, TokenError> {
        let now = self.clock.now().and_utc().timestamp();
        if now > claims.exp + LEEWAY.num_seconds() {
            return Err(TokenError::Expired);
        }
        if now + LEEWAY.num_seconds() < claims.nbf {
            return Err(TokenError::NotYetValid);
        }
        Ok(claims)
    }

    /// The locale a valid token carries; `None` for a missing or invalid token.
    pub fn locale_hint(&self, token: &str) -> Option<Locale> {
        self.verify(token).ok().map(|claims| claims.locale)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use kampus_store::Email;
    use kampus_store::clock::FixedClock;

    use super::*;

    const SECRET: &[u8] = b"0123456789abcdef0123456789abcdef";

    fn user() -> User {
        let at = NaiveDate::from_ymd_opt(2026, 11, 25)
            .and_then(|d| d.and_hms_opt(8, 0, 0))
            .expect("valid");
        User {
            id: UserId::new(),
            email: Email::parse("ana@mup.gov.ba").expect("valid"),
            display_name: "Ana".into(),
            preferred_locale: Locale::Bs,
            role: Role::Learner,
            institution_id: None,
            password_hash: None,
            created_at: at,
            updated_at: at,
            gender: None,
            email_verified_at: None,
            deactivated_at: None,
            sessions_valid_after: None,
        }
    }

    fn tokens() -> (AccessTokens, Arc<FixedClock>) {
        let clock = Arc::new(FixedClock::new(user().created_at));
        (AccessTokens::new(SECRET, clock.clone()), clock)
    }

    #[test]
    fn issued_tokens_verify_until_they_expire() {
        let (tokens, clock) = tokens();
        let user = user();
        let issued = tokens.issue(&user, "session-1").expect("issue");
        let claims = tokens.verify(&issued.token).expect("valid");
        assert_eq!(claims.user_id(), Ok(user.id));
        assert_eq!(claims.locale, Locale::Bs);
        assert_eq!(claims.sid.as_deref(), Some("session-1"));
        clock.advance(ACCESS_TOKEN_TTL + LEEWAY + TimeDelta::seconds(1));
        assert_eq!(tokens.verify(&issued.token), Err(TokenError::Expired));
    }

    #[test]
    fn a_remembered_token_does_not_vouch_for_an_altered_one() {
        let (tokens, _) = tokens();
        let issued = tokens.issue(&user(), "session-1").expect("issue");
        // Verified twice: the second time from memory, with the same claims.
        let first = tokens.verify(&issued.token).expect("valid");
        assert_eq!(tokens.verify(&issued.token), Ok(first));
        let (head, rest) = issued.token.split_once('.').expect("three parts");
        let (payload, signature) = rest.split_once('.').expect("three parts");
        let mut altered = payload.as_bytes().to_vec();
        altered[10] = if altered[10] == b'A' { b'B' } else { b'A' };
        let altered = format!(
            "{head}.{}.{signature}",
            String::from_utf8(altered).expect("ascii")
        );
        assert!(matches!(
            tokens.verify(&altered),
            Err(TokenError::Invalid(_))
        ));
    }

    fn forge(header: &Header, claims: &serde_json::Value, key: &[u8]) -> String {
        jsonwebtoken::encode(header, claims, &EncodingKey::from_secret(key)).expect("encode")
    }

    fn valid_claims(tokens: &AccessTokens) -> serde_json::Value {
        let issued = tokens.issue(&user(), "session-1").expect("issue");
        serde_json::to_value(tokens.verify(&issued.token).expect("valid")).expect("json")
    }

    #[test]
    fn other_keys_algorithms_and_purposes_are_refused() {
        let (tokens, _) = tokens();
        let claims = valid_claims(&tokens);
        let mut typed = Header::new(Algorithm::HS256);
        typed.typ = Some("at+jwt".into());
        assert!(
            tokens
                .verify(&forge(&typed, &claims, b"another key, 32 bytes long......"))
                .is_err()
        );

        let mut hs512 = Header::new(Algorithm::HS512);
        hs512.typ = Some("at+jwt".into());
        assert!(
            tokens.verify(&forge(&hs512, &claims, SECRET)).is_err(),
            "algorithm is pinned"
        );

        let untyped = Header::new(Algorithm::HS256);
        assert!(
            tokens.verify(&forge(&untyped, &claims, SECRET)).is_err(),
            "header typ required"
        );

        let mut reset = claims.clone();
        reset["typ"] = "password-reset".into();
        assert!(
            tokens.verify(&forge(&typed, &reset, SECRET)).is_err(),
            "claim typ checked"
        );

        let mut wrong_aud = claims.clone();
        wrong_aud["aud"] = "someone-else".into();
        assert!(tokens.verify(&forge(&typed, &wrong_aud, SECRET)).is_err());

        let mut no_jti = claims.clone();
        no_jti.as_object_mut().expect("object").remove("jti");
        assert!(
            tokens.verify(&forge(&typed, &no_jti, SECRET)).is_err(),
            "jti required"
        );
    }

    #[test]
    fn alg_none_is_refused() {
        let (tokens, _) = tokens();
        let claims = valid_claims(&tokens);
        let encode = base64_url_free::encode;
        let header = encode(br#"{"alg":"none","typ":"at+jwt"}"#);
        let body = encode(serde_json::to_string(&claims).expect("json").as_bytes());
        assert!(tokens.verify(&format!("{header}.{body}.")).is_err());
    }

    /// Minimal unpadded base64url, to build a token no library would sign.
    mod base64_url_free {
        pub fn encode(bytes: &[u8]) -> String {
            const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            let mut out = String::new();
            for chunk in bytes.chunks(3) {
                let n = chunk
                    .iter()
                    .enumerate()
                    .fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
                for i in 0..=chunk.len() {
                    out.push(char::from(A[((n >> (18 - 6 * i)) & 63) as usize]));
                }
            }
            out
        }
    }
}
