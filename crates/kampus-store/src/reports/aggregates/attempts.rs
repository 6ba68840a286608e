//! One row per graded attempt (`report_attempts`): its answers and graded paper reduced to
//! what item analysis reads, so that the assessment statistics read a narrow table instead of
//! the attempts (mostly papers) and parse a tenth of the JSON.
//!
//! The reduced JSON keeps the stored shapes: of the graded paper `awarded` and the `grades`
//! as `[question id, {awarded, possible}]`; of the answers each question id with its `value`
//! when that is ids or a boolean (a string, a list of strings, true/false), else `null`. A
//! stored value that cannot be read is kept whole, for the analysis to count as unreadable.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::{Map, Value, json};

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::{attempts, enrollments, report_attempts};

/// A graded attempt's row.
#[derive(Debug, Clone, PartialEq, Queryable, Insertable)]
#[diesel(table_name = report_attempts)]
pub(super) struct Summary {
    pub attempt_id: String,
    pub user_id: String,
    pub course_id: String,
    pub assessment_id: String,
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
        .filter(attempts::submitted_at.is_not_null())
        .filter(attempts::result.is_not_null())
        .select((
            attempts::id,
            enrollments::user_id,
            enrollments::course_id,
            attempts::assessment_id,
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
        submitted_at,
        percent,
        passed,
        answers,
        result,
    ) = row;
    let result = result.unwrap_or_default();
    Summary {
        attempt_id,
        user_id,
        course_id,
        assessment_id,
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
            let value = match answer.get("value") {
                Some(v @ (Value::String(_) | Value::Bool(_))) => v.clone(),
                Some(Value::Array(items)) if items.iter().all(Value::is_string) => {
                    Value::Array(items.clone())
                }
                _ => Value::Null,
            };
            (id, json!({ "value": value }))
        })
        .collect();
    serde_json::to_string(&reduced).ok()
}

fn reduced_result(stored: &str) -> Option<String> {
    let graded: Value = serde_json::from_str(stored).ok()?;
    let grades: Vec<Value> = graded
        .get("grades")?
        .as_array()?
        .iter()
        .map(|grade| {
            let [id, points] = grade.as_array()?.as_slice() else {
                return None;
            };
            Some(json!([id, { "awarded": points.get("awarded")?, "possible": points.get("possible")? }]))
        })
        .collect::<Option<_>>()?;
    serde_json::to_string(&json!({ "awarded": graded.get("awarded")?, "grades": grades })).ok()
}

/// Adds the row of an attempt just graded.
pub(super) fn record(conn: &mut DbConnection, attempt_id: &str) -> Result<(), StoreError> {
    let row: Graded = graded_attempts()
        .filter(attempts::id.eq(attempt_id))
        .first(conn)?;
    diesel::insert_into(report_attempts::table)
        .values(&summarize(row))
        .execute(conn)?;
    Ok(())
}

/// Adds the rows of up to `limit` graded attempts that have none (graded before the table
/// existed, or written by a bulk load); returns how many.
pub(super) fn catch_up(conn: &mut DbConnection, limit: i64) -> Result<usize, StoreError> {
    let missing: Vec<Graded> = graded_attempts()
        .filter(diesel::dsl::not(diesel::dsl::exists(
            report_attempts::table.filter(report_attempts::attempt_id.eq(attempts::id)),
        )))
        .order(attempts::id)
        .limit(limit)
        .load(conn)?;
    let count = missing.len();
    for row in missing {
        diesel::insert_into(report_attempts::table)
            .values(&summarize(row))
            .execute(conn)?;
    }
    Ok(count)
}

/// Forgets every row (before a rebuild).
pub(super) fn clear(conn: &mut DbConnection) -> Result<(), StoreError> {
    diesel::delete(report_attempts::table).execute(conn)?;
    Ok(())
}

/// Where the rows differ from the graded attempts (descriptions).
pub(super) fn differences(conn: &mut DbConnection) -> Result<Vec<String>, StoreError> {
    let expected: Vec<Summary> = graded_attempts()
        .order(attempts::id)
        .load::<Graded>(conn)?
        .into_iter()
        .map(summarize)
        .collect();
    let kept: std::collections::HashMap<String, Summary> = report_attempts::table
        .load::<Summary>(conn)?
        .into_iter()
        .map(|s| (s.attempt_id.clone(), s))
        .collect();
    let mut found: Vec<String> = expected
        .iter()
        .filter(|e| kept.get(&e.attempt_id) != Some(*e))
        .map(|e| {
            format!(
                "attempt {} summarized as {e:?} is not kept so",
                e.attempt_id
            )
        })
        .collect();
    if kept.len() != expected.len() {
        found.push(format!(
            "{} graded attempts, {} summaries",
            expected.len(),
            kept.len()
        ));
    }
    Ok(found)
}
