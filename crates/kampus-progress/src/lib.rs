//! Progress tracking for Kampus: who may enroll, lesson completions, time on task, quiz
//! attempts and grading, completion rules, certificates and trainer reports.
//!
//! It sits between the HTTP face (`kampus-api`) and storage (`kampus-store`) and holds the
//! rules of learning, so that they are tested without HTTP.
#![forbid(unsafe_code)]

pub mod audience;
pub mod completion;
pub mod item_analysis;
pub mod paper;
pub mod time_on_task;

pub use audience::{Applicant, may_enroll};
pub use completion::{Achievements, rule_met};
pub use paper::{GradedPaper, OsRandom, Paper, PaperQuestion, RandomSource};
