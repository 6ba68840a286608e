//! What admins (and, for invitations, trainers) do to people and institutions: each change in
//! one transaction, with its audit entry where the audit log keeps one.

pub mod audit;
pub mod institutions;
pub mod invitations;
pub mod lrs_credentials;
pub mod mail;
pub mod people;
pub mod printed_text;
