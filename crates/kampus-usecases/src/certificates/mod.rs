//! Certificates: the facts they print (kept with them when issued), their email, and what
//! holders and admins do with them.

pub mod credentials;
pub mod facts;
pub mod holding;
pub mod lookup;
pub mod mail;
pub mod pdf;
pub mod resend;
pub mod revocation;
pub mod verification;
