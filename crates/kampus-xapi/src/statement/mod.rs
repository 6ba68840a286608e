//! Statements: the rules a statement must follow before it is stored, what the LRS adds to it,
//! what it is about (for queries), when two are the same, and the shapes it takes when it is
//! read back.

pub mod about;
pub mod attachments;
pub mod format;
pub mod same;
pub mod signature;
pub mod stamp;
pub mod validate;
