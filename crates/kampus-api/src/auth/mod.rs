//! Authentication's parts: access tokens and the rules of
//! account fields. The extractors that turn a request into its caller are in
//! [`crate::caller`]; passwords and sessions are workflows (`kampus_usecases::accounts`).

pub mod account_fields;
mod tokens;

pub use tokens::{ACCESS_TOKEN_TTL, AccessClaims, AccessTokens, IssuedToken, TokenError};
