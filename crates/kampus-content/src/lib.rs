//! Course content for Kampus.
//!
//! This crate owns everything about what learners read: the supported locales and how a
//! request picks one, and (as it grows) the course format, its loader and validator, and the
//! rendering of lesson bodies. It is pure on purpose: no database and no HTTP, so the same
//! code validates a bundle in the `kampus content check` command, in the admin upload path
//! and in tests, with nothing to set up.
#![forbid(unsafe_code)]

pub mod locale;

pub use locale::{Locale, NegotiatedLocale, NegotiationSource, negotiate};
