//! Text that looks right and is not: invisible text-direction controls ([`bidi_controls`])
//! and words that mix scripts ([`mixed_script_words`]).
//!
//! Both arrive by copy and paste and cannot be seen in an editor. A right-to-left override
//! (U+202E) shows what follows it reversed, so a course title, an issuer or a holder's name
//! can read differently on a certificate from what is stored and compared; a Latin `è` in the
//! Macedonian `сè` looks right but is a different word to search, sorting, screen readers
//! and spell checkers. The functions here are pure and work on any `&str`, so the course
//! validator and the API (for names that do not come from a course) share one definition.

mod bidi;
mod scripts;

pub use bidi::{bidi_control_name, bidi_controls, is_bidi_control};
pub use scripts::{Script, mixed_script_words, script_of};
pub(crate) use scripts::{odd_letters, script_of_block, scripts_in};

/// A character no printed name may hold (on a certificate or the verification page): a
/// control character (a name is one line) or an invisible text-direction control.
pub fn is_unprintable(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}
