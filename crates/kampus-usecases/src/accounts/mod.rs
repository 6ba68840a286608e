//! Accounts: registering with an invitation, confirming the address, signing in and out,
//! renewing a session, resetting and changing the password, editing and deleting one's own
//! account. Access tokens are the HTTP face's business: these workflows start, rotate and
//! end the sessions that access tokens are minted for.

pub mod fields;
pub mod links;
pub mod password;
pub mod profile;
pub mod registration;
pub mod sessions;
pub mod throttle;
