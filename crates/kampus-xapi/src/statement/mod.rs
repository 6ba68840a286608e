//! Statements: the rules a statement must follow before it is stored.

pub mod validate;
