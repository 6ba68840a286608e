//! Keeping the reports' aggregates right: they follow the content's final assessments, and
//! can be recounted from the recorded events; and reading them for the faces ([`staff`] whose
//! people a staff member sees, [`csv`] the same downloads through every face).

pub mod csv;
pub mod filter;
pub mod funder;
pub mod staff;

use kampus_content::LoadedCourse;
use kampus_store::DbConnection;
use kampus_store::reports::{FinalAssessment, aggregates};

use crate::error::UseCaseError;
use crate::retry;

/// How many graded attempts one transaction summarizes while catching up.
const SUMMARIZED_PER_TRANSACTION: i64 = 5_000;

/// The aggregates follow the content's `finals` (recounting a course whose final or pre-test
/// changed) and summarize attempts graded before they existed (the first start after an
/// upgrade; nothing otherwise, not even a search). The courses recounted, and how many
/// attempts were summarized. Blocking (the server runs it once at start).
pub fn bring_up_to_date(
    conn: &mut DbConnection,
    finals: &[FinalAssessment],
) -> Result<(Vec<String>, usize), UseCaseError> {
    let recounted = retry::write(conn, |tx| aggregates::set_finals(tx, finals))?;
    let summarized = aggregates::summarize_attempts_once(conn, SUMMARIZED_PER_TRANSACTION)?;
    Ok((recounted, summarized))
}

/// Recounts every aggregate from the recorded events with the finals of `published` (one
/// transaction: the reports read the old figures until it commits), then summarizes graded
/// attempts; how many were summarized. Blocking (the command line runs it).
pub fn recount<'a>(
    conn: &mut DbConnection,
    published: impl IntoIterator<Item = &'a LoadedCourse>,
) -> Result<usize, UseCaseError> {
    let finals = FinalAssessment::of_courses(published);
    retry::write(conn, |tx| aggregates::rebuild(tx, &finals))?;
    Ok(aggregates::summarize_attempts(
        conn,
        SUMMARIZED_PER_TRANSACTION,
    )?)
}
