//! Statements: the rules a statement must follow before it is stored, and the shapes it takes
//! when it is read back.

pub mod attachments;
pub mod format;
pub mod signature;
pub mod validate;
