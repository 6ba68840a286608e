//! Course content for Kampus.
//!
//! This crate owns everything about what learners read and how it is assessed: the supported
//! locales and how a request picks one ([`locale`]); the course format — a language-neutral
//! manifest ([`manifest`], validated into [`model`]) and per-locale Fluent texts and Markdown
//! lessons ([`texts`]); its question types, one module each with key, rules, scoring and
//! learner's view ([`questions`]), and grading ([`grading`]); loading and validating a folder
//! or archive with every problem reported ([`load`], [`problem`]); resolving texts along the
//! fallback chains with Serbian transliteration ([`loaded`], [`translit`]); rendering
//! ([`render`]); staleness and coverage of translations ([`staleness`], [`coverage`]); the
//! one-call check behind `kampus content check` ([`mod@check`]), scaffolding ([`scaffold`]),
//! the manifest's JSON Schema ([`schema`]) and what an admin's upload may hold: whole courses
//! or additions to one ([`upload`]). Text that is not what it looks like (invisible direction
//! controls, words mixing scripts) is found by [`text_safety`], and refused in the texts
//! certificates print ([`certificate_texts`]). The [`termbase`] holds each key term's approved
//! translation, checked in every translated text.
//!
//! It is pure on purpose: no database and no HTTP, so the same code validates a bundle in the
//! command line, in the admin upload path and in tests, with nothing to set up. The format is
//! documented in `docs/content-format.md`.
#![forbid(unsafe_code)]

pub mod answer_key;
mod assemble;
pub mod assessment_texts;
pub mod bundle;
pub mod certificate_texts;
pub mod check;
pub mod coverage;
pub mod exchange;
mod fingerprint;
pub mod grading;
pub mod lesson_blocks;
pub mod load;
pub mod loaded;
pub mod locale;
pub mod manifest;
pub mod model;
pub mod problem;
pub mod questions;
pub mod render;
mod review;
pub mod scaffold;
pub mod schema;
pub mod staleness;
pub mod termbase;
pub mod text_safety;
pub mod textmatch;
pub mod texts;
pub mod translit;
pub mod upload;
pub mod validate;

pub use answer_key::AnswerKey;
pub use check::{CheckReport, CourseCheck, check};
pub use coverage::{CoverageReport, LocaleCoverage};
pub use grading::{Correctness, Grade, Response, grade};
pub use load::{LoadOutcome, load_bundle, load_folder, load_path, load_tree};
pub use loaded::{LoadedCourse, Resolved, TextOrigin};
pub use locale::{Locale, LocaleRequest, NegotiatedLocale, NegotiationSource, negotiate};
pub use problem::{Problem, ProblemCode, Severity};
pub use questions::QuestionView;
pub use render::{RenderedLesson, TocEntry};
pub use scaffold::{new_course, new_lesson};
pub use staleness::confirm_translations;
