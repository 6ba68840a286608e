//! Lesson progress: idempotent events and the forward-only state they add up to.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::prepared::{Prepared, Value};
use crate::schema::{lesson_progress, progress_events};

/// What happened to a lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Viewed,
    Completed,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Viewed => "lesson-viewed",
            EventKind::Completed => "lesson-completed",
        }
    }
}

/// An event as the client sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonEvent {
    /// Client-supplied, unique per event (a UUID): the idempotency key.
    pub event_id: String,
    pub kind: EventKind,
    pub lesson_id: String,
    /// When it happened, as the client said; `None` when it did not say (the server's time of
    /// recording is used then). Never later than the time of recording: a later time is
    /// recorded as that time.
    pub occurred_at: Option<NaiveDateTime>,
}

impl LessonEvent {
    /// When it happened, given the time it is recorded.
    fn occurred_at(&self, recorded_at: NaiveDateTime) -> NaiveDateTime {
        self.occurred_at.map_or(recorded_at, |t| t.min(recorded_at))
    }

    /// Whether a recorded event is this one sent again. A retry carries the client's body
    /// unchanged, so the time is compared as the client gave it: not at all when it gave none
    /// (the first copy was stamped with its own time of recording), and clamped to the first
    /// copy's time of recording when it gave one.
    fn is_recorded_as(&self, enrollment_id: &str, recorded: &RecordedEvent) -> bool {
        recorded.enrollment_id == enrollment_id
            && recorded.kind == self.kind.as_str()
            && recorded.lesson_id == self.lesson_id
            && self
                .occurred_at
                .is_none_or(|_| self.occurred_at(recorded.recorded_at) == recorded.occurred_at)
    }
}

/// An event as it was stored, for comparing a retry with it.
#[derive(Debug, Queryable)]
struct RecordedEvent {
    enrollment_id: String,
    kind: String,
    lesson_id: String,
    occurred_at: NaiveDateTime,
    recorded_at: NaiveDateTime,
}

/// The outcome of recording an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// First time, and the lesson was not completed before it: now it is. The course may be
    /// complete now.
    Completed,
    /// First time: progress updated (or nothing left to move forward).
    New,
    /// The same event again: nothing changed.
    Duplicate,
    /// The id was used for a different event: refused.
    Conflict,
}

/// Records an event for an enrollment and moves the lesson's state forward. Run it in a
/// write transaction.
pub fn record(
    conn: &mut DbConnection,
    enrollment_id: &str,
    event: &LessonEvent,
    now: NaiveDateTime,
) -> Result<Recorded, StoreError> {
    // The insert itself tells whether the id is new (one statement, not a read and a write:
    // on PostgreSQL each is a round trip); a concurrent copy of the event waits for this one
    // and then inserts nothing.
    let occurred_at = event.occurred_at(now);
    let insert = diesel::insert_into(progress_events::table)
        .values((
            progress_events::event_id.eq(&event.event_id),
            progress_events::enrollment_id.eq(enrollment_id),
            progress_events::kind.eq(event.kind.as_str()),
            progress_events::lesson_id.eq(&event.lesson_id),
            progress_events::occurred_at.eq(occurred_at),
            progress_events::recorded_at.eq(now),
        ))
        .on_conflict_do_nothing();
    // BACKEND-SPECIFIC: both speak `ON CONFLICT DO NOTHING`, diesel's MultiConnection does not.
    let inserted = match conn {
        DbConnection::Sqlite(sqlite) => insert.execute(sqlite)?,
        DbConnection::Postgres(postgres) => insert.execute(postgres)?,
    };
    if inserted == 0 {
        let recorded = progress_events::table
            .find(&event.event_id)
            .select((
                progress_events::enrollment_id,
                progress_events::kind,
                progress_events::lesson_id,
                progress_events::occurred_at,
                progress_events::recorded_at,
            ))
            .first::<RecordedEvent>(conn)?;
        return Ok(if event.is_recorded_as(enrollment_id, &recorded) {
            Recorded::Duplicate
        } else {
            Recorded::Conflict
        });
    }
    let key = lesson_progress::table.find((enrollment_id, &event.lesson_id));
    let current = key
        .select((
            lesson_progress::first_viewed_at,
            lesson_progress::completed_at,
        ))
        .first::<(NaiveDateTime, Option<NaiveDateTime>)>(conn)
        .optional()?;
    let completed = (event.kind == EventKind::Completed).then_some(occurred_at);
    let was_completed = match current {
        None => {
            diesel::insert_into(lesson_progress::table)
                .values((
                    lesson_progress::enrollment_id.eq(enrollment_id),
                    lesson_progress::lesson_id.eq(&event.lesson_id),
                    lesson_progress::first_viewed_at.eq(occurred_at),
                    lesson_progress::completed_at.eq(completed),
                ))
                .execute(conn)?;
            // A first view of a lesson may be the enrollment's first activity.
            crate::reports::aggregates::note_activity(conn, enrollment_id)?;
            false
        }
        Some((viewed, done)) => {
            // Only forward: the earliest view, the earliest completion, never un-completed.
            let new_viewed = viewed.min(occurred_at);
            let new_done = match (done, completed) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            if (new_viewed, new_done) != (viewed, done) {
                diesel::update(key)
                    .set((
                        lesson_progress::first_viewed_at.eq(new_viewed),
                        lesson_progress::completed_at.eq(new_done),
                    ))
                    .execute(conn)?;
            }
            done.is_some()
        }
    };
    Ok(if completed.is_some() && !was_completed {
        Recorded::Completed
    } else {
        Recorded::New
    })
}

/// The lessons an enrollment has completed.
pub fn completed_lessons(
    conn: &mut DbConnection,
    enrollment_id: &str,
) -> Result<Vec<String>, StoreError> {
    Ok(lesson_progress::table
        .filter(lesson_progress::enrollment_id.eq(enrollment_id))
        .filter(lesson_progress::completed_at.is_not_null())
        .select(lesson_progress::lesson_id)
        .order(lesson_progress::lesson_id)
        .load(conn)?)
}

/// Records an event like [`record`] and returns the lessons completed after it, like
/// [`completed_lessons`].
///
/// On PostgreSQL every statement is a round trip, and a lesson event is three to five of
/// them; there it is one call of the function `kampus_record_lesson_event` (migration 000022),
/// which runs the same statements on the server with plans it keeps; the call itself is a
/// [`Prepared`] statement. (A single CTE doing the same was tried first: not being a prepared
/// statement, it was planned on every call and halved the throughput; see
/// docs/benchmarks.md.) The store's tests run both paths on PostgreSQL: this one, and
/// [`record`] statement by statement.
pub fn record_and_list(
    conn: &mut DbConnection,
    enrollment_id: &str,
    event: &LessonEvent,
    now: NaiveDateTime,
) -> Result<(Recorded, Vec<String>), StoreError> {
    // BACKEND-SPECIFIC: PostgreSQL runs the event as one function call.
    let DbConnection::Postgres(postgres) = conn else {
        let recorded = record(conn, enrollment_id, event, now)?;
        return Ok((recorded, completed_lessons(conn, enrollment_id)?));
    };
    let row: RecordedByServer = Prepared::new(
        "SELECT outcome, first_of_lesson, completed_lessons FROM kampus_record_lesson_event(",
    )
    .bind_all([
        Value::from(event.event_id.as_str()),
        Value::from(enrollment_id),
        Value::from(event.kind.as_str()),
        Value::from(event.lesson_id.as_str()),
        Value::from(event.occurred_at),
        Value::from(now),
    ])
    .sql(")")
    .get_result(postgres)?;
    if row.first_of_lesson {
        // A first view of a lesson may be the enrollment's first activity.
        crate::reports::aggregates::note_activity(conn, enrollment_id)?;
    }
    let recorded = match row.outcome.as_str() {
        "completed" => Recorded::Completed,
        "new" => Recorded::New,
        "duplicate" => Recorded::Duplicate,
        "conflict" => Recorded::Conflict,
        other => {
            return Err(StoreError::Corrupt(format!(
                "kampus_record_lesson_event answered {other}"
            )));
        }
    };
    Ok((recorded, row.completed_lessons))
}

/// What `kampus_record_lesson_event` answers.
#[derive(Debug, QueryableByName)]
struct RecordedByServer {
    #[diesel(sql_type = diesel::sql_types::Text)]
    outcome: String,
    #[diesel(sql_type = diesel::sql_types::Bool)]
    first_of_lesson: bool,
    #[diesel(sql_type = diesel::sql_types::Array<diesel::sql_types::Text>)]
    completed_lessons: Vec<String>,
}
