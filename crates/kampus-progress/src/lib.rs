//! The rules of learning, pure: who may enroll in a course ([`audience`]), drawing and
//! grading an attempt's paper ([`paper`]), when a course is completed ([`completion`]), how
//! much time a heartbeat credits ([`time_on_task`]) and the statistics of assessment items
//! ([`item_analysis`]).
//!
//! Nothing here reads or writes the database or knows HTTP (it borrows a few of the store's
//! value types): the workflows of `kampus-usecases` apply these rules inside their
//! transactions, and tests check them without either.
#![forbid(unsafe_code)]

pub mod audience;
pub mod completion;
pub mod item_analysis;
pub mod paper;
pub mod time_on_task;

pub use audience::{Applicant, may_enroll};
pub use completion::{Achievements, rule_met};
pub use paper::{GradedPaper, OsRandom, Paper, PaperQuestion, RandomSource};
