//! Progress tracking for Kampus: enrollments, lesson completions, quiz attempts and grading,
//! completion rules, certificates and trainer reports.
//!
//! It sits between the HTTP face (`kampus-api`) and storage (`kampus-store`) and holds the
//! rules of learning, so that they are tested without HTTP. The learning issue fills it; until
//! then it is an empty layer kept in the workspace so that dependencies already point the
//! right way.
#![forbid(unsafe_code)]
