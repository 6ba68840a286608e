//! Assessment attempts: started, answered as the learner goes, submitted once.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::ids::AttemptId;
use crate::schema::{attempts, enrollments};

#[derive(Debug, Clone, PartialEq, Serialize, Queryable, Selectable)]
#[diesel(table_name = attempts)]
pub struct Attempt {
    #[diesel(deserialize_as = String)]
    pub id: AttemptId,
    pub enrollment_id: String,
    pub assessment_id: String,
    pub number: i32,
    /// JSON of the drawn paper, answer keys included: never send it to a client.
    #[serde(skip)]
    pub paper: String,
    /// JSON object: question id to response.
    pub answers: String,
    pub started_at: NaiveDateTime,
    pub deadline_at: Option<NaiveDateTime>,
    pub submitted_at: Option<NaiveDateTime>,
    pub percent: Option<f64>,
    pub passed: Option<bool>,
    /// JSON of the graded paper.
    pub result: Option<String>,
}

/// What starting a new attempt needs to know: how many attempts the enrollment has made at
/// the assessment, and the one not submitted yet, if any. (Two indexed reads, however many
/// attempts there were: the papers of old attempts are not loaded.)
pub fn tally(
    conn: &mut DbConnection,
    enrollment_id: &str,
    assessment_id: &str,
) -> Result<(i64, Option<Attempt>), StoreError> {
    let of_this = attempts::table
        .filter(attempts::enrollment_id.eq(enrollment_id))
        .filter(attempts::assessment_id.eq(assessment_id));
    let made = of_this.count().get_result(conn)?;
    // No ORDER BY: there is at most one (starting checks in the same transaction, and the
    // unique number refuses a concurrent second), and ordering by number made SQLite walk
    // every attempt by the unique index instead of the partial index of open attempts.
    let open = of_this
        .filter(attempts::submitted_at.is_null())
        .select(Attempt::as_select())
        .first(conn)
        .optional()?;
    Ok((made, open))
}

/// An attempt as a list of them shows it (without its paper or answers).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = attempts)]
pub struct AttemptSummary {
    #[diesel(deserialize_as = String)]
    pub id: AttemptId,
    pub number: i32,
    pub started_at: NaiveDateTime,
    pub deadline_at: Option<NaiveDateTime>,
    pub submitted_at: Option<NaiveDateTime>,
    pub percent: Option<f64>,
    pub passed: Option<bool>,
}

/// The enrollment's attempts at an assessment, first to last.
pub fn history(
    conn: &mut DbConnection,
    enrollment_id: &str,
    assessment_id: &str,
) -> Result<Vec<AttemptSummary>, StoreError> {
    Ok(attempts::table
        .filter(attempts::enrollment_id.eq(enrollment_id))
        .filter(attempts::assessment_id.eq(assessment_id))
        .order(attempts::number.asc())
        .select(AttemptSummary::as_select())
        .load(conn)?)
}

/// Starts attempt number `number`. Run it in a write transaction after checking the limit;
/// the unique (enrollment, assessment, number) key refuses a concurrent duplicate.
pub fn start(
    conn: &mut DbConnection,
    enrollment_id: &str,
    assessment_id: &str,
    number: i32,
    paper: &str,
    deadline_at: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> Result<Attempt, StoreError> {
    let id = AttemptId::new();
    diesel::insert_into(attempts::table)
        .values((
            attempts::id.eq(id.to_string()),
            attempts::enrollment_id.eq(enrollment_id),
            attempts::assessment_id.eq(assessment_id),
            attempts::number.eq(number),
            attempts::paper.eq(paper),
            attempts::answers.eq("{}"),
            attempts::started_at.eq(now),
            attempts::deadline_at.eq(deadline_at),
        ))
        .execute(conn)?;
    crate::reports::aggregates::note_activity(conn, enrollment_id)?;
    find(conn, id)
}

pub fn find(conn: &mut DbConnection, id: AttemptId) -> Result<Attempt, StoreError> {
    let id = id.to_string();
    Ok(attempts::table
        .find(&id)
        .select(Attempt::as_select())
        .first(conn)?)
}

/// The attempt and its course id, if it belongs to `user_id` (through its enrollment);
/// `NotFound` otherwise, so another learner's attempt id reveals nothing.
pub fn find_owned(
    conn: &mut DbConnection,
    id: AttemptId,
    user_id: crate::UserId,
) -> Result<(Attempt, String), StoreError> {
    let id = id.to_string();
    Ok(attempts::table
        .inner_join(enrollments::table)
        .filter(attempts::id.eq(id))
        .filter(enrollments::user_id.eq(user_id.to_string()))
        .select((Attempt::as_select(), enrollments::course_id))
        .first(conn)?)
}

/// Replaces the saved answers of an open attempt; `false` when it was already submitted.
pub fn save_answers(
    conn: &mut DbConnection,
    id: AttemptId,
    answers: &str,
) -> Result<bool, StoreError> {
    let id = id.to_string();
    let updated = diesel::update(
        attempts::table
            .find(&id)
            .filter(attempts::submitted_at.is_null()),
    )
    .set(attempts::answers.eq(answers))
    .execute(conn)?;
    Ok(updated == 1)
}

/// Replaces the answers of an attempt that is still open at `now` (not submitted, and its
/// deadline, if any, not before `deadline_after`) and whose answers are still `expected`:
/// the caller merged its new answers into `expected` without holding a lock. `false` when
/// any of that no longer holds; the caller then reads the attempt again.
pub fn replace_answers(
    conn: &mut DbConnection,
    id: AttemptId,
    expected: &str,
    answers: &str,
    deadline_after: NaiveDateTime,
) -> Result<bool, StoreError> {
    let id = id.to_string();
    let updated = diesel::update(
        attempts::table
            .find(&id)
            .filter(attempts::submitted_at.is_null())
            .filter(attempts::answers.eq(expected))
            .filter(
                attempts::deadline_at
                    .is_null()
                    .or(attempts::deadline_at.ge(deadline_after)),
            ),
    )
    .set(attempts::answers.eq(answers))
    .execute(conn)?;
    Ok(updated == 1)
}

/// A grade computed without a lock, to be recorded only if the attempt has not changed.
#[derive(Debug, Clone, Copy)]
pub struct GradeToRecord<'a> {
    /// The answers the attempt had when it was read.
    pub read_answers: &'a str,
    /// The answers graded: `read_answers`, or those with the answers sent on submission
    /// merged in (then the attempt must still be open at `now` for them to count).
    pub graded_answers: &'a str,
    /// With answers sent on submission: the earliest deadline still open (deadline + grace
    /// not passed).
    pub deadline_after: Option<NaiveDateTime>,
    pub percent: f64,
    pub passed: Option<bool>,
    /// The graded paper, as JSON.
    pub result: &'a str,
}

/// Records a grade, once, and only if the attempt's answers are still the ones read (and,
/// with answers sent on submission, its deadline has not passed). `false` when another
/// submission won or the attempt changed meanwhile: the caller then reads it again.
pub fn submit_graded(
    conn: &mut DbConnection,
    id: AttemptId,
    grade: &GradeToRecord<'_>,
    now: NaiveDateTime,
) -> Result<bool, StoreError> {
    let id = id.to_string();
    let (percent, passed, result) = (grade.percent, grade.passed, grade.result);
    let target = attempts::table
        .find(&id)
        .filter(attempts::submitted_at.is_null())
        .filter(attempts::answers.eq(grade.read_answers));
    let changes = (
        attempts::answers.eq(grade.graded_answers),
        attempts::submitted_at.eq(now),
        attempts::percent.eq(percent),
        attempts::passed.eq(passed),
        attempts::result.eq(result),
    );
    let updated = match grade.deadline_after {
        Some(after) => diesel::update(
            target.filter(
                attempts::deadline_at
                    .is_null()
                    .or(attempts::deadline_at.ge(after)),
            ),
        )
        .set(changes)
        .execute(conn)?,
        None => diesel::update(target).set(changes).execute(conn)?,
    };
    if updated == 1 {
        graded(conn, &id)?;
    }
    Ok(updated == 1)
}

/// Records the grade, once: `false` when another submission won (then read the stored one).
pub fn submit(
    conn: &mut DbConnection,
    id: AttemptId,
    percent: f64,
    passed: Option<bool>,
    result: &str,
    now: NaiveDateTime,
) -> Result<bool, StoreError> {
    let id = id.to_string();
    let updated = diesel::update(
        attempts::table
            .find(&id)
            .filter(attempts::submitted_at.is_null()),
    )
    .set((
        attempts::submitted_at.eq(now),
        attempts::percent.eq(percent),
        attempts::passed.eq(passed),
        attempts::result.eq(result),
    ))
    .execute(conn)?;
    if updated == 1 {
        graded(conn, &id)?;
    }
    Ok(updated == 1)
}

/// The reports' aggregates take in a graded attempt: its summary, and its enrollment (this
/// may be its first graded final).
fn graded(conn: &mut DbConnection, id: &str) -> Result<(), StoreError> {
    let enrollment_id: String = attempts::table
        .find(id)
        .select(attempts::enrollment_id)
        .first(conn)?;
    crate::reports::aggregates::attempt_graded(conn, id, &enrollment_id)
}
