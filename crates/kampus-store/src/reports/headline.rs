//! Headline figures for a period, the numbers a newsletter or a donor report quotes: learners
//! trained (who completed at least one course), courses completed, certificates issued (and
//! not revoked), in total, by course and by country. The period applies to the completion
//! date, and to the issue date for certificates.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text};
use serde::Serialize;

use super::sql::conditions;
use super::{Filter, SMALL_GROUP, Scope};
use crate::connection::DbConnection;
use crate::error::StoreError;

/// The figures of one group (or of all).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Headline {
    /// Distinct learners who completed a course.
    pub learners_trained: i64,
    pub courses_completed: i64,
    pub certificates_issued: i64,
    /// Fewer than [`SMALL_GROUP`] learners trained.
    pub small_group: bool,
}

/// A course's or a country's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HeadlineGroup {
    /// The course id or country code; `None` for learners without an institution.
    pub key: Option<String>,
    #[serde(flatten)]
    pub figures: Headline,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HeadlineReport {
    pub totals: Headline,
    pub by_course: Vec<HeadlineGroup>,
    pub by_country: Vec<HeadlineGroup>,
}

#[derive(QueryableByName)]
struct Counted {
    #[diesel(sql_type = Nullable<Text>)]
    key: Option<String>,
    #[diesel(sql_type = BigInt)]
    learners: i64,
    #[diesel(sql_type = BigInt)]
    completions: i64,
}

#[derive(QueryableByName)]
struct Issued {
    #[diesel(sql_type = Nullable<Text>)]
    key: Option<String>,
    #[diesel(sql_type = BigInt)]
    certificates: i64,
}

pub fn report(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
) -> Result<HeadlineReport, StoreError> {
    let totals = groups(conn, scope, filter, None)?
        .pop()
        .map_or_else(|| figures(0, 0, 0), |g| g.figures);
    Ok(HeadlineReport {
        totals,
        by_course: groups(conn, scope, filter, Some("e.course_id"))?,
        by_country: groups(conn, scope, filter, Some("i.country_code"))?,
    })
}

fn groups(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    key: Option<&str>,
) -> Result<Vec<HeadlineGroup>, StoreError> {
    let (select_key, group) = match key {
        Some(column) => (column.to_owned(), format!("GROUP BY {column}")),
        None => ("CAST(NULL AS TEXT)".to_owned(), String::new()),
    };
    let joins =
        "JOIN users u ON u.id = e.user_id LEFT JOIN institutions i ON i.id = u.institution_id";
    let completed = format!(
        "SELECT {select_key} AS key, COUNT(DISTINCT e.user_id) AS learners, COUNT(*) AS completions \
         FROM enrollments e {joins} WHERE e.completed_at IS NOT NULL AND {} {group}",
        conditions(scope, filter, "e.completed_at").join(" AND ")
    );
    let issued = format!(
        "SELECT {select_key} AS key, COUNT(*) AS certificates \
         FROM certificates c JOIN enrollments e ON e.id = c.enrollment_id {joins} \
         WHERE c.revoked_at IS NULL AND {} {group}",
        conditions(scope, filter, "c.issued_at").join(" AND ")
    );
    let completed: Vec<Counted> = diesel::sql_query(completed).load(conn)?;
    let issued: Vec<Issued> = diesel::sql_query(issued).load(conn)?;
    let mut keys: Vec<Option<String>> = completed
        .iter()
        .map(|c| c.key.clone())
        .chain(issued.iter().map(|i| i.key.clone()))
        .collect();
    keys.sort();
    keys.dedup();
    Ok(keys
        .into_iter()
        .map(|key| {
            let counted = completed.iter().find(|c| c.key == key);
            let certificates = issued
                .iter()
                .find(|i| i.key == key)
                .map_or(0, |i| i.certificates);
            HeadlineGroup {
                figures: figures(
                    counted.map_or(0, |c| c.learners),
                    counted.map_or(0, |c| c.completions),
                    certificates,
                ),
                key,
            }
        })
        .collect())
}

fn figures(learners_trained: i64, courses_completed: i64, certificates_issued: i64) -> Headline {
    Headline {
        learners_trained,
        courses_completed,
        certificates_issued,
        small_group: learners_trained < SMALL_GROUP,
    }
}
