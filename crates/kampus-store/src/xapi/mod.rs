//! Storage of the xAPI Learning Record Store (issue 22): statements with their lookup rows,
//! attachments, activity definitions, documents (state and profiles) and LRS credentials.
//!
//! This layer stores and finds; the rules of xAPI (validation, which statement may void which,
//! what counts as the same statement) live in `kampus-xapi`.

pub mod activities;
pub mod attachments;
pub mod credentials;
pub mod documents;
pub mod statements;
