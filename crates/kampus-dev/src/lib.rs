//! Developer tools for Kampus: generated data at scale for tests and benchmarks.
//!
//! [`generate`] fills an empty database with institutions, learners and their progress; it
//! writes rows with the store's schema and draws and grades papers with `kampus-progress`'s
//! own types. `kampus dev generate` runs it; that command exists only in a `kampus` built with
//! `--features dev` (`cargo run --release --features dev -- dev generate …`), so the
//! production binary contains none of this.
#![forbid(unsafe_code)]

pub mod generate;
