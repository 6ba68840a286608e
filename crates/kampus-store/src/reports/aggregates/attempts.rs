//! One row per graded attempt (`report_attempts`): its answers and graded paper reduced to
//! what item analysis reads, so that the assessment statistics read a narrow table instead of
//! the attempts (mostly papers) and parse a tenth of the JSON.
//!
//! The learner's current groups are copied in (kept by `refresh_user` and
//! `refresh_institution` as for the enrollments), so the statistics read no other table.
//!
//! The reduced JSON is what item analysis reads, in serde's array form of the same structs
//! (so the same readers take it): the graded paper as `[awarded, [[question id, [awarded,
//! possible]], …]]`; the answers as `{question id: [value]}` with the value kept for choice
//! answers (a choice id, a list of them, true/false), else `null`. A stored value that cannot
//! be read is kept whole, for the analysis to count as unreadable.
//!
//! Each row is also counted into its item cell ([`super::items`]) when it is written or
//! regrouped.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::{Map, Value, json};

use super::items;
use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::{attempts, enrollments, institutions, report_attempts, users};

/// A graded attempt's row.
#[derive(Debug, Clone, PartialEq, Queryable, Insertable)]
#[diesel(table_name = report_attempts)]
pub(super) struct Summary {
    pub course_id: String,
    pub assessment_id: String,
    pub attempt_id: String,
    pub user_id: String,
    pub learner: bool,
    pub locale: String,
    pub institution_id: Option<String>,
    pub country_code: Option<String>,
    pub gender: Option<String>,
    pub submitted_at: NaiveDateTime,
    pub percent: Option<f64>,
    pub passed: Option<bool>,
    pub answers: String,
    pub result: String,
}

/// What a graded attempt is read as.
type Graded = (
    String,
    String,
    String,
    String,
    (
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
    ),
    Option<NaiveDateTime>,
    Option<f64>,
    Option<bool>,
    String,
    Option<String>,
);

#[diesel::dsl::auto_type(no_type_alias)]
fn graded_attempts() -> _ {
    attempts::table
        .inner_join(enrollments::table)
        .inner_join(users::table.on(users::id.eq(enrollments::user_id)))
        .left_join(institutions::table.on(users::institution_id.eq(institutions::id.nullable())))
        .filter(attempts::submitted_at.is_not_null())
        .filter(attempts::result.is_not_null())
        .select((
            attempts::id,
            enrollments::user_id,
            enrollments::course_id,
            attempts::assessment_id,
            (
                users::role,
                users::preferred_locale,
                users::institution_id,
                institutions::country_code.nullable(),
                users::gender,
            ),
            attempts::submitted_at,
            attempts::percent,
            attempts::passed,
            attempts::answers,
            attempts::result,
        ))
}

fn summarize(row: Graded) -> Summary {
    let (
        attempt_id,
        user_id,
        course_id,
        assessment_id,
        groups,
        submitted_at,
        percent,
        passed,
        answers,
        result,
    ) = row;
    let (role, locale, institution_id, country_code, gender) = groups;
    let result = result.unwrap_or_default();
    Summary {
        course_id,
        assessment_id,
        attempt_id,
        user_id,
        learner: role == "learner",
        locale,
        institution_id,
        country_code,
        gender,
        submitted_at: submitted_at.unwrap_or_default(),
        percent,
        passed,
        answers: reduced_answers(&answers).unwrap_or(answers),
        result: reduced_result(&result).unwrap_or(result),
    }
}

fn reduced_answers(stored: &str) -> Option<String> {
    let Value::Object(answers) = serde_json::from_str(stored).ok()? else {
        return None;
    };
    let reduced: Map<String, Value> = answers
        .into_iter()
        .map(|(id, answer)| {
            // Only choices are counted: typed texts, numbers, orderings and pairs are not
            // kept (the reports never show them, and a typed text could say anything).
            let value = match (
                answer.get("type").and_then(Value::as_str),
                answer.get("value"),
            ) {
                (Some("choice"), Some(v @ Value::String(_)))
                | (Some("bool"), Some(v @ Value::Bool(_))) => v.clone(),
                (Some("choices"), Some(Value::Array(items)))
                    if items.iter().all(Value::is_string) =>
                {
                    Value::Array(items.clone())
                }
                _ => Value::Null,
            };
            (id, json!([value]))
        })
        .collect();
    serde_json::to_string(&reduced).ok()
}

fn reduced_result(stored: &str) -> Option<String> {
    let paper: Value = serde_json::from_str(stored).ok()?;
    let grades: Vec<Value> = paper
        .get("grades")?
        .as_array()?
        .iter()
        .map(|grade| {
            let [id, points] = grade.as_array()?.as_slice() else {
                return None;
            };
            Some(json!([
                id,
                [points.get("awarded")?, points.get("possible")?]
            ]))
        })
        .collect::<Option<_>>()?;
    serde_json::to_string(&json!([paper.get("awarded")?, grades])).ok()
}

/// Adds the row of an attempt just graded, and its sums to its item cell.
pub(super) fn record(conn: &mut DbConnection, attempt_id: &str) -> Result<(), StoreError> {
    let row: Graded = graded_attempts()
        .filter(attempts::id.eq(attempt_id))
        .first(conn)?;
    let summary = [summarize(row)];
    diesel::insert_into(report_attempts::table)
        .values(&summary[0])
        .execute(conn)?;
    count_in_cells(conn, &summary)
}

/// Adds rows just inserted to the item cells.
fn count_in_cells(conn: &mut DbConnection, rows: &[Summary]) -> Result<(), StoreError> {
    let earlier = items::earlier_takers(conn, rows)?;
    let mut deltas = items::Deltas::default();
    deltas.new_rows(rows, &earlier);
    items::apply_or_hold(conn, deltas)
}

/// Adds the rows of up to `limit` graded attempts after `after` (in id order) that have
/// none (graded before the table existed, or written by a bulk load); returns how many, and
/// the last id read (`None`: nothing was left).
pub(super) fn catch_up(
    conn: &mut DbConnection,
    after: &str,
    limit: i64,
) -> Result<(usize, Option<String>), StoreError> {
    let missing: Vec<Graded> = graded_attempts()
        .filter(attempts::id.gt(after))
        .filter(diesel::dsl::not(diesel::dsl::exists(
            report_attempts::table.filter(report_attempts::attempt_id.eq(attempts::id)),
        )))
        .order(attempts::id)
        .limit(limit)
        .load(conn)?;
    let last = missing.last().map(|row| row.0.clone());
    let count = missing.len();
    let summaries: Vec<Summary> = missing.into_iter().map(summarize).collect();
    // Several rows per statement, within both backends' limits on bound values.
    // BACKEND-SPECIFIC only in form: diesel's MultiConnection does not build multi-row
    // inserts, each backend's connection does.
    for rows in summaries.chunks(500) {
        let statement = diesel::insert_into(report_attempts::table).values(rows);
        match &mut *conn {
            DbConnection::Sqlite(sqlite) => statement.execute(sqlite)?,
            DbConnection::Postgres(postgres) => statement.execute(postgres)?,
        };
    }
    count_in_cells(conn, &summaries)?;
    Ok((count, last))
}

/// Copies a user's current groups into their attempts' rows (after their locale, gender,
/// role or institution changed).
pub(super) fn regroup_user(conn: &mut DbConnection, user_id: &str) -> Result<(), StoreError> {
    let (role, locale, institution_id, gender): (String, String, Option<String>, Option<String>) =
        users::table
            .find(user_id)
            .select((
                users::role,
                users::preferred_locale,
                users::institution_id,
                users::gender,
            ))
            .first(conn)?;
    let country_code: Option<String> = match &institution_id {
        Some(id) => institutions::table
            .find(id)
            .select(institutions::country_code)
            .first(conn)
            .optional()?,
        None => None,
    };
    let mut deltas = items::Deltas::default();
    deltas.rows(&rows_of(conn, user_id)?, -1);
    diesel::update(report_attempts::table.filter(report_attempts::user_id.eq(user_id)))
        .set((
            report_attempts::learner.eq(role == "learner"),
            report_attempts::locale.eq(locale),
            report_attempts::institution_id.eq(institution_id),
            report_attempts::country_code.eq(country_code),
            report_attempts::gender.eq(gender),
        ))
        .execute(conn)?;
    deltas.rows(&rows_of(conn, user_id)?, 1);
    deltas.apply(conn)
}

/// A user's rows.
fn rows_of(conn: &mut DbConnection, user_id: &str) -> Result<Vec<Summary>, StoreError> {
    Ok(report_attempts::table
        .filter(report_attempts::user_id.eq(user_id))
        .load(conn)?)
}

/// Copies an institution's country into its learners' attempts' rows (the item cells read
/// the country from the institution: nothing to move there).
pub(super) fn regroup_institution(
    conn: &mut DbConnection,
    institution_id: &str,
) -> Result<(), StoreError> {
    let country_code: String = institutions::table
        .find(institution_id)
        .select(institutions::country_code)
        .first(conn)?;
    diesel::update(
        report_attempts::table.filter(report_attempts::institution_id.eq(institution_id)),
    )
    .set(report_attempts::country_code.eq(country_code))
    .execute(conn)?;
    Ok(())
}

/// Forgets every row and item cell (before a rebuild).
pub(super) fn clear(conn: &mut DbConnection) -> Result<(), StoreError> {
    diesel::delete(report_attempts::table).execute(conn)?;
    items::clear(conn)
}

/// Where the rows differ from the graded attempts (descriptions).
pub(super) fn differences(conn: &mut DbConnection) -> Result<Vec<String>, StoreError> {
    let expected: Vec<Summary> = graded_attempts()
        .order(attempts::id)
        .load::<Graded>(conn)?
        .into_iter()
        .map(summarize)
        .collect();
    let rows = report_attempts::table.load::<Summary>(conn)?;
    let mut found = items::differences(conn, &rows)?;
    let kept: std::collections::HashMap<String, Summary> = rows
        .into_iter()
        .map(|s| (s.attempt_id.clone(), s))
        .collect();
    found.extend(
        expected
            .iter()
            .filter(|e| kept.get(&e.attempt_id) != Some(*e))
            .map(|e| {
                format!(
                    "attempt {} summarized as {e:?} is not kept so",
                    e.attempt_id
                )
            }),
    );
    if kept.len() != expected.len() {
        found.push(format!(
            "{} graded attempts, {} summaries",
            expected.len(),
            kept.len()
        ));
    }
    Ok(found)
}
