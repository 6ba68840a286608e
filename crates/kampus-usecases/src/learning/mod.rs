//! What a learner does in a course: enroll, read lessons, spend time, take assessments,
//! answer the survey. Any of these that may complete the course evaluates the completion
//! ([`crate::completion`]) in its own transaction.

pub mod attempts;
pub mod enrollment;
pub mod lessons;
pub mod survey;
pub mod time;
