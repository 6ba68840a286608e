//! One row per enrollment (`report_enrollments`): what the completion report counts about it,
//! computed from the tables that record the events, and the same rows as stored.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::prepared::Prepared;
use crate::reports::sql::days_between;
use crate::schema::report_enrollments;

/// What the completion report counts about one enrollment, with its learner's groups.
#[allow(clippy::struct_excessive_bools)] // one flag per figure of the report
#[derive(Debug, Clone, PartialEq, QueryableByName, Insertable, AsChangeset)]
#[diesel(table_name = report_enrollments, treat_none_as_null = true)]
pub(super) struct Fact {
    pub enrollment_id: String,
    pub user_id: String,
    pub course_id: String,
    /// The user's role is learner (staff enrolled to look at a course are not counted).
    pub learner: bool,
    pub locale: String,
    pub institution_id: Option<String>,
    pub country_code: Option<String>,
    pub gender: Option<String>,
    pub enrolled_at: NaiveDateTime,
    pub withdrawn: bool,
    /// A lesson viewed or an attempt begun.
    pub started: bool,
    pub completed_at: Option<NaiveDateTime>,
    pub days_to_complete: Option<f64>,
    /// A graded attempt at the course's final assessment (`report_finals`).
    pub final_taken: bool,
    pub final_passed: bool,
    /// The percent of the first submitted attempt at the course's pre-test (knowledge gain).
    pub pre_percent: Option<f64>,
    /// The best submitted percent at the course's final (knowledge gain).
    pub post_percent: Option<f64>,
    /// When its certificate was issued, unless revoked (the headline figures). A re-issue
    /// revokes the one it replaces, so an enrollment has at most one valid certificate.
    pub certified_at: Option<NaiveDateTime>,
}

/// Which enrollments to look at.
#[derive(Debug, Clone, Copy)]
pub(super) enum Selection<'a> {
    Enrollment(&'a str),
    User(&'a str),
    Institution(&'a str),
    Course(&'a str),
    All,
}

impl<'a> Selection<'a> {
    /// The condition on `enrollments e` and `users u`.
    fn on_events(self) -> Prepared<'a> {
        match self {
            Selection::Enrollment(id) => Prepared::new("e.id = ").bind(id),
            Selection::User(id) => Prepared::new("e.user_id = ").bind(id),
            Selection::Institution(id) => Prepared::new("u.institution_id = ").bind(id),
            Selection::Course(id) => Prepared::new("e.course_id = ").bind(id),
            Selection::All => Prepared::new("1 = 1"),
        }
    }

    /// The condition on `report_enrollments`.
    fn on_stored(self) -> Prepared<'a> {
        match self {
            Selection::Enrollment(id) => Prepared::new("enrollment_id = ").bind(id),
            Selection::User(id) => Prepared::new("user_id = ").bind(id),
            Selection::Institution(id) => Prepared::new("institution_id = ").bind(id),
            Selection::Course(id) => Prepared::new("course_id = ").bind(id),
            Selection::All => Prepared::new("1 = 1"),
        }
    }
}

/// The `SELECT` computing the facts of the selected enrollments from the event tables (the
/// definitions of the completion report's figures live here).
pub(super) fn recount_sql<'a>(conn: &DbConnection, selection: Selection<'a>) -> Prepared<'a> {
    let final_attempt_from = "FROM report_finals f JOIN attempts a \
         ON a.assessment_id = f.assessment_id \
         WHERE f.course_id = e.course_id AND a.enrollment_id = e.id";
    let final_attempt = format!("SELECT 1 {final_attempt_from}");
    Prepared::new(format!(
        "SELECT e.id AS enrollment_id, e.user_id AS user_id, e.course_id AS course_id, \
         u.role = 'learner' AS learner, u.preferred_locale AS locale, \
         u.institution_id AS institution_id, i.country_code AS country_code, \
         u.gender AS gender, e.enrolled_at AS enrolled_at, \
         e.status = 'withdrawn' AS withdrawn, \
         (EXISTS (SELECT 1 FROM lesson_progress lp WHERE lp.enrollment_id = e.id) \
          OR EXISTS (SELECT 1 FROM attempts a WHERE a.enrollment_id = e.id)) AS started, \
         e.completed_at AS completed_at, {days} AS days_to_complete, \
         EXISTS ({final_attempt} AND a.passed IS NOT NULL) AS final_taken, \
         EXISTS ({final_attempt} AND a.passed = TRUE) AS final_passed, \
         (SELECT a.percent FROM report_finals f JOIN attempts a \
              ON a.assessment_id = f.pre_test_id \
              WHERE f.course_id = e.course_id AND a.enrollment_id = e.id \
              AND a.submitted_at IS NOT NULL \
              ORDER BY a.submitted_at, a.number LIMIT 1) AS pre_percent, \
         (SELECT MAX(a.percent) {final_attempt_from} AND a.submitted_at IS NOT NULL) \
              AS post_percent, \
         (SELECT MAX(c.issued_at) FROM certificates c \
              WHERE c.enrollment_id = e.id AND c.revoked_at IS NULL) AS certified_at \
         FROM enrollments e JOIN users u ON u.id = e.user_id \
         LEFT JOIN institutions i ON i.id = u.institution_id \
         WHERE ",
        days = days_between(conn, "e.enrolled_at", "e.completed_at"),
    ))
    .append(selection.on_events())
}

/// The selected enrollments' facts as the event tables say now, by enrollment id.
pub(super) fn recount(
    conn: &mut DbConnection,
    selection: Selection<'_>,
) -> Result<Vec<Fact>, StoreError> {
    let query = recount_sql(conn, selection).sql(" ORDER BY e.id");
    Ok(query.load(conn)?)
}

/// The selected enrollments' stored facts, by enrollment id. On PostgreSQL the rows are
/// locked until the transaction ends, so that two transactions changing one enrollment
/// apply their differences one after the other (SQLite has one writer at a time anyway).
pub(super) fn stored_for_update(
    conn: &mut DbConnection,
    selection: Selection<'_>,
) -> Result<Vec<Fact>, StoreError> {
    let lock = match conn {
        DbConnection::Postgres(_) => " FOR UPDATE",
        DbConnection::Sqlite(_) => "",
    };
    let query = Prepared::new("SELECT * FROM report_enrollments WHERE ")
        .append(selection.on_stored())
        .sql(format!(" ORDER BY enrollment_id{lock}"));
    Ok(query.load(conn)?)
}

/// Whether an enrollment's stored facts say it has started.
pub(super) fn started(conn: &mut DbConnection, enrollment_id: &str) -> Result<bool, StoreError> {
    Ok(report_enrollments::table
        .find(enrollment_id)
        .select(report_enrollments::started)
        .first::<bool>(conn)
        .optional()?
        .unwrap_or(false))
}

/// Stores an enrollment's facts (`existed`: it has a row already).
pub(super) fn store(conn: &mut DbConnection, fact: &Fact, existed: bool) -> Result<(), StoreError> {
    if existed {
        diesel::update(report_enrollments::table.find(&fact.enrollment_id))
            .set(fact)
            .execute(conn)?;
    } else {
        diesel::insert_into(report_enrollments::table)
            .values(fact)
            .execute(conn)?;
    }
    Ok(())
}

/// Forgets an enrollment's facts (its enrollment is gone).
pub(super) fn remove(conn: &mut DbConnection, enrollment_id: &str) -> Result<(), StoreError> {
    diesel::delete(report_enrollments::table.find(enrollment_id)).execute(conn)?;
    Ok(())
}
