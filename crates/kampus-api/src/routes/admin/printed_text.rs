//! Texts an admin types that certificates and the public verification page print (an
//! institution's name, the reason a certificate was revoked): the rule is the use cases'
//! ([`kampus_usecases::admin::printed_text`]), shared with the admin pages; the request
//! schemas write its [`PATTERN`] out.

pub use kampus_usecases::admin::printed_text::{
    MAX_NAME_CHARS, MAX_REASON_CHARS, PATTERN, checked,
};
