//! Headline figures for a period, the numbers a newsletter or a donor report quotes: learners
//! trained (who completed at least one course), courses completed, certificates issued (and
//! not revoked), in total, by course and by country. The period applies to the completion
//! date, and to the issue date for certificates. A learner counts in their current country
//! (their institution's), as in the other reports.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text};
use serde::Serialize;

use std::collections::BTreeMap;

use super::sql::{Columns, conditions_on};
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

/// Completions of one course in one country.
#[derive(QueryableByName)]
struct CourseCountry {
    #[diesel(sql_type = Text)]
    course: String,
    #[diesel(sql_type = Nullable<Text>)]
    country: Option<String>,
    /// Distinct learners (a learner is in one country: these add up over countries).
    #[diesel(sql_type = BigInt)]
    learners: i64,
    /// Completions, or certificates.
    #[diesel(sql_type = BigInt)]
    count: i64,
}

/// Distinct learners of one country over all courses.
#[derive(QueryableByName)]
struct CountryLearners {
    #[diesel(sql_type = Nullable<Text>)]
    country: Option<String>,
    #[diesel(sql_type = BigInt)]
    learners: i64,
}

/// The figures in three passes over the completion report's per-enrollment rows
/// (`report_enrollments`, which carry each learner's current groups: no joins): completions
/// and learners per course and country, learners per country, certificates per course and
/// country. Everything else is a sum of these, because a learner is in one country only.
pub fn report(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
) -> Result<HeadlineReport, StoreError> {
    let completed = conditions_on(&Columns::enrollment_rows("r.completed_at"), scope, filter);
    let issued = conditions_on(&Columns::enrollment_rows("c.issued_at"), scope, filter);
    let completions: Vec<CourseCountry> = diesel::sql_query(format!(
        "SELECT r.course_id AS course, r.country_code AS country, \
         COUNT(DISTINCT r.user_id) AS learners, COUNT(*) AS count FROM report_enrollments r \
         WHERE r.completed_at IS NOT NULL AND {} GROUP BY r.course_id, r.country_code",
        completed.join(" AND ")
    ))
    .load(conn)?;
    let learners: Vec<CountryLearners> = diesel::sql_query(format!(
        "SELECT r.country_code AS country, COUNT(DISTINCT r.user_id) AS learners \
         FROM report_enrollments r WHERE r.completed_at IS NOT NULL AND {} \
         GROUP BY r.country_code",
        completed.join(" AND ")
    ))
    .load(conn)?;
    let certificates: Vec<CourseCountry> = diesel::sql_query(format!(
        "SELECT r.course_id AS course, r.country_code AS country, CAST(0 AS BIGINT) AS learners, \
         COUNT(*) AS count FROM certificates c \
         JOIN report_enrollments r ON r.enrollment_id = c.enrollment_id \
         WHERE c.revoked_at IS NULL AND {} GROUP BY r.course_id, r.country_code",
        issued.join(" AND ")
    ))
    .load(conn)?;

    let mut by_course: BTreeMap<Option<String>, [i64; 3]> = BTreeMap::new();
    let mut by_country: BTreeMap<Option<String>, [i64; 3]> = BTreeMap::new();
    for row in &completions {
        let course = by_course.entry(Some(row.course.clone())).or_default();
        course[0] += row.learners;
        course[1] += row.count;
        by_country.entry(row.country.clone()).or_default()[1] += row.count;
    }
    for row in &learners {
        by_country.entry(row.country.clone()).or_default()[0] += row.learners;
    }
    for row in &certificates {
        by_course.entry(Some(row.course.clone())).or_default()[2] += row.count;
        by_country.entry(row.country.clone()).or_default()[2] += row.count;
    }
    let mut totals = [0; 3];
    for counts in by_country.values() {
        for (total, count) in totals.iter_mut().zip(counts) {
            *total += count;
        }
    }
    let groups = |map: BTreeMap<Option<String>, [i64; 3]>| {
        map.into_iter()
            .map(
                |(key, [learners, completions, certificates])| HeadlineGroup {
                    key,
                    figures: figures(learners, completions, certificates),
                },
            )
            .collect()
    };
    Ok(HeadlineReport {
        totals: figures(totals[0], totals[1], totals[2]),
        by_course: groups(by_course),
        by_country: groups(by_country),
    })
}

fn figures(learners_trained: i64, courses_completed: i64, certificates_issued: i64) -> Headline {
    Headline {
        learners_trained,
        courses_completed,
        certificates_issued,
        small_group: learners_trained < SMALL_GROUP,
    }
}
