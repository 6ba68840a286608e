//! The generated rows, buffered per table and written with multi-row INSERTs.
//!
//! Column values are written exactly as the application's own functions write them (ids as
//! hyphenated UUID text, statuses and kinds as their `as_str`, JSON as text).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use kampus_store::connection::DbConnection;
use kampus_store::error::StoreError;
use kampus_store::schema::{
    attempts, certificates, completions, enrollments, institutions, lesson_progress,
    progress_events, survey_responses, time_on_task, trainer_institutions, users,
};

#[derive(Insertable)]
#[diesel(table_name = institutions)]
pub(crate) struct InstitutionRow {
    pub id: String,
    pub name: String,
    pub country_code: &'static str,
    pub kind: &'static str,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = users, treat_none_as_default_value = false)]
pub(crate) struct UserRow {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub preferred_locale: &'static str,
    pub role: &'static str,
    pub institution_id: Option<String>,
    pub password_hash: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub gender: Option<String>,
    pub email_verified_at: Option<NaiveDateTime>,
    pub deactivated_at: Option<NaiveDateTime>,
    pub sessions_valid_after: Option<NaiveDateTime>,
}

#[derive(Insertable)]
#[diesel(table_name = trainer_institutions)]
pub(crate) struct TrainerRow {
    pub trainer_id: String,
    pub institution_id: String,
    pub created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = enrollments, treat_none_as_default_value = false)]
pub(crate) struct EnrollmentRow {
    pub id: String,
    pub user_id: String,
    pub course_id: String,
    pub status: &'static str,
    pub enrolled_at: NaiveDateTime,
    pub withdrawn_at: Option<NaiveDateTime>,
    pub completed_at: Option<NaiveDateTime>,
    pub last_lesson_id: Option<String>,
    pub updated_at: NaiveDateTime,
    pub time_counted_until: Option<NaiveDateTime>,
}

#[derive(Insertable)]
#[diesel(table_name = progress_events)]
pub(crate) struct EventRow {
    pub event_id: String,
    pub enrollment_id: String,
    pub kind: &'static str,
    pub lesson_id: String,
    pub occurred_at: NaiveDateTime,
    pub recorded_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = lesson_progress, treat_none_as_default_value = false)]
pub(crate) struct LessonRow {
    pub enrollment_id: String,
    pub lesson_id: String,
    pub first_viewed_at: NaiveDateTime,
    pub completed_at: Option<NaiveDateTime>,
}

#[derive(Insertable)]
#[diesel(table_name = attempts, treat_none_as_default_value = false)]
pub(crate) struct AttemptRow {
    pub id: String,
    pub enrollment_id: String,
    pub assessment_id: String,
    pub number: i32,
    pub paper: String,
    pub answers: String,
    pub started_at: NaiveDateTime,
    pub deadline_at: Option<NaiveDateTime>,
    pub submitted_at: Option<NaiveDateTime>,
    pub percent: Option<f64>,
    pub passed: Option<bool>,
    pub result: Option<String>,
}

#[derive(Insertable)]
#[diesel(table_name = survey_responses)]
pub(crate) struct SurveyRow {
    pub enrollment_id: String,
    pub answers: String,
    pub submitted_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = completions)]
pub(crate) struct CompletionRow {
    pub enrollment_id: String,
    pub user_id: String,
    pub course_id: String,
    pub completed_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = time_on_task)]
pub(crate) struct TimeRow {
    pub enrollment_id: String,
    pub lesson_id: String,
    pub seconds: i64,
    pub last_heartbeat_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = certificates, treat_none_as_default_value = false)]
pub(crate) struct CertificateRow {
    pub id: String,
    pub enrollment_id: String,
    pub user_id: String,
    pub course_id: String,
    pub serial: String,
    pub year: i32,
    pub sequence: i32,
    pub verification_code: String,
    pub snapshot: String,
    pub issued_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
    pub revocation_reason: Option<String>,
    pub replaced_by: Option<String>,
    pub status_index: i32,
    pub credential: Option<String>,
}

/// Inserts `rows` into `table`, `chunk` rows per statement; the number inserted.
///
/// BACKEND-SPECIFIC in form only: the statement is the same on both, but it runs on the
/// backend's own connection (as `kampus_store::progress::record` does for its upsert), where
/// diesel's multi-row INSERT is known to be supported.
macro_rules! insert_chunks {
    ($conn:expr, $table:expr, $rows:expr, $chunk:expr) => {{
        let mut inserted = 0usize;
        for part in $rows.chunks($chunk.max(1)) {
            let statement = diesel::insert_into($table).values(part);
            inserted += match &mut *$conn {
                DbConnection::Sqlite(sqlite) => statement.execute(sqlite)?,
                DbConnection::Postgres(postgres) => statement.execute(postgres)?,
            };
        }
        inserted as u64
    }};
}

/// Rows waiting to be written, in the order their foreign keys need.
#[derive(Default)]
pub(crate) struct Rows {
    pub users: Vec<UserRow>,
    pub enrollments: Vec<EnrollmentRow>,
    pub events: Vec<EventRow>,
    pub lessons: Vec<LessonRow>,
    pub attempts: Vec<AttemptRow>,
    pub surveys: Vec<SurveyRow>,
    pub completions: Vec<CompletionRow>,
    pub times: Vec<TimeRow>,
}

/// How many rows of each table were written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Written {
    pub users: u64,
    pub enrollments: u64,
    pub events: u64,
    pub lessons: u64,
    pub attempts: u64,
    pub surveys: u64,
    pub completions: u64,
    pub times: u64,
}

impl Rows {
    /// Writes everything buffered in one write transaction and empties the buffers.
    pub(crate) fn flush(
        &mut self,
        conn: &mut DbConnection,
        chunk: usize,
    ) -> Result<Written, StoreError> {
        let written = conn.write_transaction(|tx| -> Result<Written, StoreError> {
            Ok(Written {
                users: insert_chunks!(tx, users::table, self.users, chunk),
                enrollments: insert_chunks!(tx, enrollments::table, self.enrollments, chunk),
                events: insert_chunks!(tx, progress_events::table, self.events, chunk),
                lessons: insert_chunks!(tx, lesson_progress::table, self.lessons, chunk),
                attempts: insert_chunks!(tx, attempts::table, self.attempts, chunk),
                surveys: insert_chunks!(tx, survey_responses::table, self.surveys, chunk),
                completions: insert_chunks!(tx, completions::table, self.completions, chunk),
                times: insert_chunks!(tx, time_on_task::table, self.times, chunk),
            })
        })?;
        *self = Rows::default();
        Ok(written)
    }
}

pub(crate) fn insert_institutions(
    conn: &mut DbConnection,
    rows: &[InstitutionRow],
    trainers: &[UserRow],
    links: &[TrainerRow],
) -> Result<(), StoreError> {
    conn.write_transaction(|tx| -> Result<(), StoreError> {
        insert_chunks!(tx, institutions::table, rows, 500);
        insert_chunks!(tx, users::table, trainers, 500);
        insert_chunks!(tx, trainer_institutions::table, links, 500);
        Ok(())
    })
}

/// Inserts certificates, `chunk` per statement, each chunk in a write transaction.
pub(crate) fn insert_certificates(
    conn: &mut DbConnection,
    rows: &[CertificateRow],
    chunk: usize,
) -> Result<u64, StoreError> {
    let mut inserted = 0;
    for part in rows.chunks(chunk.max(1)) {
        inserted += conn.write_transaction(|tx| -> Result<u64, StoreError> {
            Ok(insert_chunks!(tx, certificates::table, part, chunk))
        })?;
    }
    Ok(inserted)
}

#[derive(QueryableByName)]
struct CacheSize {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    cache_size: i64,
}

/// Page cache while generating, in KiB (SQLite's negative `cache_size`).
const GENERATION_CACHE_KIB: i64 = 256 * 1024;

/// Runs `work` with the connection tuned for bulk writes, then restores it.
///
/// BACKEND-SPECIFIC: SQLite's page cache (2 MB by default) is raised while generating: the
/// indexes of millions of rows do not fit in it, and every page missed is read back from the
/// file, which made generation three times slower. PostgreSQL needs nothing.
pub(crate) fn tuned_for_bulk_writes<T>(
    conn: &mut DbConnection,
    work: impl FnOnce(&mut DbConnection) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    if !matches!(conn, DbConnection::Sqlite(_)) {
        return work(conn);
    }
    let before: CacheSize = diesel::sql_query("PRAGMA cache_size").get_result(conn)?;
    diesel::sql_query(format!("PRAGMA cache_size = -{GENERATION_CACHE_KIB}")).execute(conn)?;
    let outcome = work(conn);
    diesel::sql_query(format!("PRAGMA cache_size = {}", before.cache_size)).execute(conn)?;
    outcome
}
