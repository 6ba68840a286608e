//! Time on task: the seconds credited to each lesson of an enrollment from heartbeats.
//!
//! How much a heartbeat is worth is a learning rule (`kampus_progress::time_on_task`); this
//! module keeps the outcome. Each enrollment has one point up to which its time has been
//! counted (`enrollments.time_counted_until`). Crediting moves that point with a
//! compare-and-set: the write happens only if the point is still where the caller read it.
//! So a heartbeat that lost a race (two API nodes answering two heartbeats of one learner at
//! once) credits nothing instead of counting the same interval twice; on one node the group
//! writer runs heartbeats one after another and never races.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::{enrollments, time_on_task};

/// The time credited to one lesson.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = time_on_task)]
pub struct LessonTime {
    pub lesson_id: String,
    pub seconds: i64,
    pub last_heartbeat_at: NaiveDateTime,
}

/// A heartbeat's credit, as decided by the caller from [`counted_until`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit<'a> {
    pub lesson_id: &'a str,
    /// Where the enrollment's counted time was when the caller read it (`None`: never).
    pub previous: Option<NaiveDateTime>,
    /// Where it moves to.
    pub counted_until: NaiveDateTime,
    pub seconds: u32,
    /// When the heartbeat arrived (the lesson's last heartbeat).
    pub at: NaiveDateTime,
}

/// The point up to which the enrollment's time has been counted; `None` before its first
/// heartbeat. `NotFound` for an unknown enrollment.
pub fn counted_until(
    conn: &mut DbConnection,
    enrollment_id: &str,
) -> Result<Option<NaiveDateTime>, StoreError> {
    Ok(enrollments::table
        .find(enrollment_id)
        .select(enrollments::time_counted_until)
        .first(conn)?)
}

/// Adds `credit.seconds` to the lesson and moves the enrollment's counted time to
/// `credit.counted_until`, if it is still at `credit.previous`. Returns `false`, having
/// written nothing, when another heartbeat moved it first. Run it in a transaction (the
/// group writer's savepoint is one): the two writes belong together.
pub fn credit(
    conn: &mut DbConnection,
    enrollment_id: &str,
    credit: &Credit<'_>,
) -> Result<bool, StoreError> {
    let target = enrollments::table.find(enrollment_id);
    let moved = match credit.previous {
        Some(previous) => {
            diesel::update(target.filter(enrollments::time_counted_until.eq(previous)))
                .set(enrollments::time_counted_until.eq(credit.counted_until))
                .execute(conn)?
        }
        None => diesel::update(target.filter(enrollments::time_counted_until.is_null()))
            .set(enrollments::time_counted_until.eq(credit.counted_until))
            .execute(conn)?,
    };
    if moved == 0 {
        return Ok(false);
    }
    let key = time_on_task::table.find((enrollment_id, credit.lesson_id));
    let seconds = i64::from(credit.seconds);
    // The compare-and-set above holds the enrollment's row for the rest of the transaction,
    // so no other heartbeat of this enrollment can insert the lesson's row in between.
    let updated = diesel::update(key)
        .set((
            time_on_task::seconds.eq(time_on_task::seconds + seconds),
            time_on_task::last_heartbeat_at.eq(credit.at),
        ))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(time_on_task::table)
            .values((
                time_on_task::enrollment_id.eq(enrollment_id),
                time_on_task::lesson_id.eq(credit.lesson_id),
                time_on_task::seconds.eq(seconds),
                time_on_task::last_heartbeat_at.eq(credit.at),
            ))
            .execute(conn)?;
    }
    Ok(true)
}

/// The time credited to each lesson of an enrollment, by lesson id.
pub fn for_enrollment(
    conn: &mut DbConnection,
    enrollment_id: &str,
) -> Result<Vec<LessonTime>, StoreError> {
    Ok(time_on_task::table
        .filter(time_on_task::enrollment_id.eq(enrollment_id))
        .select(LessonTime::as_select())
        .order(time_on_task::lesson_id)
        .load(conn)?)
}

/// The seconds credited to an enrollment in all, whatever lessons the course has now.
pub fn total_seconds(conn: &mut DbConnection, enrollment_id: &str) -> Result<u64, StoreError> {
    // Summed here rather than with SQL SUM: PostgreSQL's SUM of BIGINT is NUMERIC.
    let seconds: Vec<i64> = time_on_task::table
        .filter(time_on_task::enrollment_id.eq(enrollment_id))
        .select(time_on_task::seconds)
        .load(conn)?;
    Ok(seconds
        .into_iter()
        .map(|s| u64::try_from(s).unwrap_or(0))
        .sum())
}
