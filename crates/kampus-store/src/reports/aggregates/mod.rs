//! Aggregates for the completion report, kept up to date in the transactions that record the
//! events, so that the report adds up a few thousand cells instead of recounting every
//! enrollment and its attempts (at 100,000 learners: about 2 s, see docs/benchmarks.md).
//!
//! Three tables:
//! - `report_enrollments`, one row per enrollment: started, completed (and the days it
//!   took), withdrawn, final taken and passed, and its learner's current locale,
//!   institution, country and gender;
//! - `report_completion_cells`, those rows summed per course, locale, institution, country,
//!   gender and month of enrollment (learners only), with the list of their days to
//!   complete (for medians);
//! - `report_attempts`, one row per graded attempt with its answers and grades reduced to
//!   what item analysis reads and its learner's current groups (the assessment statistics);
//! - `report_item_cells`, the learners' rows summed per course, assessment, locale and
//!   institution, per question ([`items`]).
//!
//! How they stay right: every store function that changes what the report counts (enroll,
//! withdraw, a lesson event, an attempt begun or graded, a completion, a learner's locale,
//! gender, role or institution, an institution's country, the course's final) ends by
//! *refreshing* the enrollments it touched: their row is recounted from the event tables by
//! the same query a full rebuild uses ([`facts::recount_sql`]), compared with the stored
//! row, and when it differs the row is rewritten and the difference moved between cells.
//! So a maintained row is a recount by construction, and the cells are sums of the rows;
//! [`differences`] checks both against a full recount (the API's tests run it after every
//! test, on both backends).
//!
//! Concurrency: on PostgreSQL the stored row is locked (`FOR UPDATE`) before the recount,
//! so the second of two transactions changing one enrollment recounts after the first
//! committed and moves only its own difference; cells are updated in key order. One case
//! is left: the write batcher runs several lesson events in one transaction, and two
//! batches whose first-activity events move learners into the same two cells in opposite
//! order can deadlock; PostgreSQL then fails one event after a second (`deadlock_detected`),
//! its savepoint is rolled back whole and the client's retry of the event (same event id)
//! records it.

mod attempts;
mod cells;
mod facts;
pub mod items;

use std::collections::{BTreeMap, HashMap, HashSet};

use diesel::prelude::*;

use self::facts::{Fact, Selection};
use super::FinalAssessment;
use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::ids::{InstitutionId, UserId};
use crate::prepared::Prepared;
use crate::schema::{report_finals, report_markers};

/// A completion cell's `completion_days` as numbers (for the completion report).
pub(crate) fn completion_days(stored: &str) -> Result<Vec<f64>, StoreError> {
    cells::days::read(stored)
}

/// Brings the selected enrollments' rows and the cells up to date.
fn refresh(conn: &mut DbConnection, selection: Selection<'_>) -> Result<(), StoreError> {
    let stored: HashMap<String, Fact> = facts::stored_for_update(conn, selection)?
        .into_iter()
        .map(|fact| (fact.enrollment_id.clone(), fact))
        .collect();
    let mut deltas = cells::Deltas::default();
    let mut seen = HashSet::new();
    for fact in facts::recount(conn, selection)? {
        let old = stored.get(&fact.enrollment_id);
        seen.insert(fact.enrollment_id.clone());
        if old == Some(&fact) {
            continue;
        }
        if let Some(old) = old {
            deltas.add(old, -1);
        }
        deltas.add(&fact, 1);
        facts::store(conn, &fact, old.is_some())?;
    }
    for (id, old) in &stored {
        if !seen.contains(id) {
            deltas.add(old, -1);
            facts::remove(conn, id)?;
        }
    }
    deltas.apply(conn)
}

/// After an enrollment changed (enrolled, withdrew, completed, an attempt was graded, its
/// certificate was issued, revoked or replaced).
pub fn refresh_enrollment(conn: &mut DbConnection, enrollment_id: &str) -> Result<(), StoreError> {
    refresh(conn, Selection::Enrollment(enrollment_id))
}

/// After an attempt was graded: its summary for the assessment statistics, and its
/// enrollment (it may be the first graded final).
pub fn attempt_graded(
    conn: &mut DbConnection,
    attempt_id: &str,
    enrollment_id: &str,
) -> Result<(), StoreError> {
    attempts::record(conn, attempt_id)?;
    refresh_enrollment(conn, enrollment_id)
}

/// Summarizes every graded attempt that has no summary yet (graded before the summaries
/// existed, or bulk-loaded), in write transactions of `batch` attempts each (not inside a
/// transaction: readers and writers get their turn in between); returns how many. Then
/// marks the summaries complete (see [`summarize_attempts_once`]).
pub fn summarize_attempts(conn: &mut DbConnection, batch: i64) -> Result<usize, StoreError> {
    let mut after = String::new();
    let mut summarized = 0;
    loop {
        let (count, last) = conn.write_transaction(|tx| attempts::catch_up(tx, &after, batch))?;
        summarized += count;
        match last {
            Some(last) => after = last,
            None => break,
        }
    }
    diesel::sql_query(format!(
        "INSERT INTO report_markers (name) VALUES ('{ATTEMPTS_SUMMARIZED}') ON CONFLICT DO NOTHING"
    ))
    .execute(conn)?;
    Ok(summarized)
}

/// The marker of a completed [`summarize_attempts`]; removed when the summaries are cleared.
const ATTEMPTS_SUMMARIZED: &str = "attempts-summarized";

/// [`summarize_attempts`] unless it completed before (at start: since it completed, every
/// attempt is summarized as it is graded, so the search for missing ones is skipped).
/// Rows loaded around the store need `kampus reports recount`.
pub fn summarize_attempts_once(conn: &mut DbConnection, batch: i64) -> Result<usize, StoreError> {
    let done = report_markers::table
        .find(ATTEMPTS_SUMMARIZED)
        .count()
        .get_result::<i64>(conn)?
        > 0;
    if done {
        return Ok(0);
    }
    summarize_attempts(conn, batch)
}

/// After learning activity (a lesson event, an attempt begun): only the first one changes
/// anything, and the check is one primary-key read, so the busiest path stays cheap.
pub fn note_activity(conn: &mut DbConnection, enrollment_id: &str) -> Result<(), StoreError> {
    if facts::started(conn, enrollment_id)? {
        return Ok(());
    }
    refresh_enrollment(conn, enrollment_id)
}

/// After a user's locale, gender, role or institution changed.
pub fn refresh_user(conn: &mut DbConnection, user: UserId) -> Result<(), StoreError> {
    let id = user.to_string();
    attempts::regroup_user(conn, &id)?;
    refresh(conn, Selection::User(&id))
}

/// After an institution's country changed.
pub fn refresh_institution(
    conn: &mut DbConnection,
    institution: InstitutionId,
) -> Result<(), StoreError> {
    let id = institution.to_string();
    attempts::regroup_institution(conn, &id)?;
    refresh(conn, Selection::Institution(&id))
}

/// Records each course's final assessment as the content names it, and recounts the
/// courses whose final changed (the first start after an upgrade, a republished course).
/// Returns the courses recounted. Run it in a write transaction.
pub fn set_finals(
    conn: &mut DbConnection,
    finals: &[FinalAssessment],
) -> Result<Vec<String>, StoreError> {
    let changed = record_finals(conn, finals)?;
    for course in &changed {
        refresh(conn, Selection::Course(course))?;
    }
    Ok(changed)
}

/// Writes the finals that changed; returns their courses.
fn record_finals(
    conn: &mut DbConnection,
    finals: &[FinalAssessment],
) -> Result<Vec<String>, StoreError> {
    let known: BTreeMap<String, (String, Option<String>)> = report_finals::table
        .select((
            report_finals::course_id,
            (report_finals::assessment_id, report_finals::pre_test_id),
        ))
        .load(conn)?
        .into_iter()
        .collect();
    let mut changed = Vec::new();
    for fin in finals {
        if known.get(&fin.course_id) == Some(&(fin.assessment_id.clone(), fin.pre_test_id.clone()))
        {
            continue;
        }
        diesel::delete(report_finals::table.find(&fin.course_id)).execute(conn)?;
        diesel::insert_into(report_finals::table)
            .values((
                report_finals::course_id.eq(&fin.course_id),
                report_finals::assessment_id.eq(&fin.assessment_id),
                report_finals::pre_test_id.eq(&fin.pre_test_id),
            ))
            .execute(conn)?;
        changed.push(fin.course_id.clone());
    }
    Ok(changed)
}

/// Records the finals and recounts every enrollment from the event tables (after a bulk
/// load that bypassed the store's functions, such as kampus-dev's generator behind `kampus
/// dev generate`). Run it in a write transaction; then [`summarize_attempts`].
pub fn rebuild(conn: &mut DbConnection, finals: &[FinalAssessment]) -> Result<(), StoreError> {
    record_finals(conn, finals)?;
    diesel::delete(report_markers::table.find(ATTEMPTS_SUMMARIZED)).execute(conn)?;
    attempts::clear(conn)?;
    cells::clear(conn)?;
    diesel::delete(crate::schema::report_enrollments::table).execute(conn)?;
    let insert = Prepared::new(
        "INSERT INTO report_enrollments (enrollment_id, user_id, course_id, learner, locale, \
         institution_id, country_code, gender, enrolled_at, withdrawn, started, completed_at, \
         days_to_complete, final_taken, final_passed, pre_percent, post_percent, certified_at) ",
    )
    .append(facts::recount_sql(conn, Selection::All));
    insert.execute(conn)?;
    let all = facts::stored_for_update(conn, Selection::All)?;
    let mut deltas = cells::Deltas::default();
    for fact in &all {
        deltas.add(fact, 1);
    }
    deltas.apply(conn)
}

/// Where the maintained tables differ from a full recount (at most `limit` descriptions;
/// none when they are right).
pub fn differences(conn: &mut DbConnection, limit: usize) -> Result<Vec<String>, StoreError> {
    let recounted = facts::recount(conn, Selection::All)?;
    let stored: HashMap<String, Fact> = facts::stored_for_update(conn, Selection::All)?
        .into_iter()
        .map(|fact| (fact.enrollment_id.clone(), fact))
        .collect();
    let mut found = Vec::new();
    for fact in &recounted {
        match stored.get(&fact.enrollment_id) {
            Some(kept) if kept == fact => {}
            kept => found.push(format!("enrollment: kept {kept:?}, recounted {fact:?}")),
        }
    }
    if stored.len() != recounted.len() {
        found.push(format!(
            "{} enrollment rows kept, {} recounted",
            stored.len(),
            recounted.len()
        ));
    }
    let expected = cells::sum(&recounted);
    let kept = cells::stored(conn)?;
    for (key, counts) in &expected {
        if kept.get(key) != Some(counts) {
            found.push(format!(
                "cell {key:?}: kept {:?}, recounted {counts:?}",
                kept.get(key)
            ));
        }
    }
    for key in kept.keys().filter(|key| !expected.contains_key(*key)) {
        found.push(format!("cell {key:?} kept but empty in a recount"));
    }
    found.extend(attempts::differences(conn)?);
    found.truncate(limit);
    Ok(found)
}
