//! Statements: the rules a statement must follow before it is stored, and the shapes it takes
//! when it is read back.

pub mod format;
pub mod validate;
