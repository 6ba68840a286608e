//! Statements: the rules a statement must follow before it is stored.

pub mod attachments;
pub mod signature;
pub mod validate;
