//! The completion report: per group of enrollments, how many were enrolled, started, completed
//! and withdrawn, the completion rate, the final-assessment pass rate and the median days from
//! enrollment to completion, with a totals row.
//!
//! Definitions (the exact-count test holds the queries to them):
//! - an enrollment counts once, whatever its status, in the group of its learner's current
//!   locale, institution, country and gender, its course, and the month it began;
//! - *started*: it has a lesson viewed or an attempt;
//! - *completed*: the course's rule was met (`completed_at` is set);
//! - *final takers / passers*: it has a submitted / passed attempt at its course's final (a
//!   final has a pass mark, so "submitted" is "has a verdict": `passed` is set when graded,
//!   which lets the index `attempts_passed` answer without reading the attempts themselves);
//! - the date filter applies to the enrollment date.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Double, Nullable, Text};
use serde::Serialize;

use super::sql::{conditions, days_between, median, month_of, quoted};
use super::{Filter, FinalAssessment, SMALL_GROUP, Scope};
use crate::connection::DbConnection;
use crate::error::StoreError;

/// What a report may group by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    Course,
    Locale,
    Institution,
    Country,
    Gender,
    Month,
}

impl Dimension {
    pub const ALL: [Dimension; 6] = [
        Dimension::Course,
        Dimension::Locale,
        Dimension::Institution,
        Dimension::Country,
        Dimension::Gender,
        Dimension::Month,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Dimension::Course => "course",
            Dimension::Locale => "locale",
            Dimension::Institution => "institution",
            Dimension::Country => "country",
            Dimension::Gender => "gender",
            Dimension::Month => "month",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.name() == name)
    }

    fn expression(self, conn: &DbConnection) -> String {
        match self {
            Dimension::Course => "e.course_id".to_owned(),
            Dimension::Locale => "u.preferred_locale".to_owned(),
            Dimension::Institution => "u.institution_id".to_owned(),
            Dimension::Country => "i.country_code".to_owned(),
            Dimension::Gender => "u.gender".to_owned(),
            Dimension::Month => month_of(conn, "e.enrolled_at"),
        }
    }
}

/// One group's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompletionRow {
    /// The group's value for each dimension grouped by, in the order asked; `None` for
    /// learners without one (no institution, no gender given).
    pub group: Vec<(Dimension, Option<String>)>,
    /// The institution's name, when grouped by institution.
    pub institution_name: Option<String>,
    pub enrolled: i64,
    pub started: i64,
    pub completed: i64,
    pub withdrawn: i64,
    pub final_takers: i64,
    pub final_passers: i64,
    /// Completed / enrolled.
    pub completion_rate: Option<f64>,
    /// Passers / takers of the final assessment.
    pub final_pass_rate: Option<f64>,
    pub median_days_to_complete: Option<f64>,
    /// Fewer than [`SMALL_GROUP`] enrollments: not significant.
    pub small_group: bool,
}

/// The report: its groups, ordered by their values, and the totals over all of them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompletionReport {
    pub rows: Vec<CompletionRow>,
    pub totals: CompletionRow,
}

#[derive(QueryableByName)]
struct GroupCounts {
    #[diesel(sql_type = Nullable<Text>)]
    d0: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    d1: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    d2: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    d3: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    d4: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    d5: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    institution_name: Option<String>,
    #[diesel(sql_type = BigInt)]
    enrolled: i64,
    #[diesel(sql_type = BigInt)]
    started: i64,
    #[diesel(sql_type = BigInt)]
    completed: i64,
    #[diesel(sql_type = BigInt)]
    withdrawn: i64,
    #[diesel(sql_type = BigInt)]
    final_takers: i64,
    #[diesel(sql_type = BigInt)]
    final_passers: i64,
}

#[derive(QueryableByName)]
struct CompletionDays {
    #[diesel(sql_type = Nullable<Text>)]
    d0: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    d1: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    d2: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    d3: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    d4: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    d5: Option<String>,
    #[diesel(sql_type = Double)]
    days: f64,
}

type Key = [Option<String>; 6];

/// The completion report of the enrollments in `scope` and `filter`, grouped by `group_by`
/// (at most one of each dimension; none gives just the totals).
pub fn report(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    group_by: &[Dimension],
    finals: &[FinalAssessment],
) -> Result<CompletionReport, StoreError> {
    let dims: Vec<String> = (0..6)
        .map(|n| match group_by.get(n) {
            Some(d) => format!("{} AS d{n}", d.expression(conn)),
            None => format!("CAST(NULL AS TEXT) AS d{n}"),
        })
        .collect();
    let grouped: Vec<String> = group_by.iter().map(|d| d.expression(conn)).collect();
    let by_institution = group_by.contains(&Dimension::Institution);
    let from_where = format!(
        "FROM enrollments e JOIN users u ON u.id = e.user_id \
         LEFT JOIN institutions i ON i.id = u.institution_id WHERE {}",
        conditions(scope, filter, "e.enrolled_at").join(" AND ")
    );
    let group_clause = if grouped.is_empty() {
        String::new()
    } else {
        format!(
            "GROUP BY {}{}",
            grouped.join(", "),
            if by_institution { ", i.name" } else { "" }
        )
    };
    let final_attempt = final_attempt_condition(finals);
    let counts_sql = format!(
        "SELECT {dims}, {name} AS institution_name, COUNT(*) AS enrolled, \
         COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM lesson_progress lp WHERE lp.enrollment_id = e.id) \
              OR EXISTS (SELECT 1 FROM attempts a WHERE a.enrollment_id = e.id) THEN 1 ELSE 0 END), 0) AS started, \
         COALESCE(SUM(CASE WHEN e.completed_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS completed, \
         COALESCE(SUM(CASE WHEN e.status = 'withdrawn' THEN 1 ELSE 0 END), 0) AS withdrawn, \
         COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM attempts a WHERE a.enrollment_id = e.id \
              AND a.passed IS NOT NULL AND {final_attempt}) THEN 1 ELSE 0 END), 0) AS final_takers, \
         COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM attempts a WHERE a.enrollment_id = e.id \
              AND a.passed = TRUE AND {final_attempt}) THEN 1 ELSE 0 END), 0) AS final_passers \
         {from_where} {group_clause}",
        dims = dims.join(", "),
        name = if by_institution {
            "i.name"
        } else {
            "CAST(NULL AS TEXT)"
        },
    );
    let counts: Vec<GroupCounts> = diesel::sql_query(counts_sql).load(conn)?;
    let days_sql = format!(
        "SELECT {dims}, {days} AS days {from_where} AND e.completed_at IS NOT NULL",
        dims = dims.join(", "),
        days = days_between(conn, "e.enrolled_at", "e.completed_at"),
    );
    let days: Vec<CompletionDays> = diesel::sql_query(days_sql).load(conn)?;
    Ok(assemble(group_by, counts, days))
}

/// `a` (an attempt of enrollment `e`) is at `e`'s course's final assessment.
fn final_attempt_condition(finals: &[FinalAssessment]) -> String {
    if finals.is_empty() {
        return "1 = 0".to_owned();
    }
    let each: Vec<String> = finals
        .iter()
        .map(|f| {
            format!(
                "(e.course_id = {} AND a.assessment_id = {})",
                quoted(&f.course_id),
                quoted(&f.assessment_id)
            )
        })
        .collect();
    format!("({})", each.join(" OR "))
}

fn assemble(
    group_by: &[Dimension],
    counts: Vec<GroupCounts>,
    days: Vec<CompletionDays>,
) -> CompletionReport {
    let mut days_by_group: std::collections::HashMap<Key, Vec<f64>> =
        std::collections::HashMap::new();
    let mut all_days = Vec::with_capacity(days.len());
    for row in days {
        all_days.push(row.days);
        days_by_group
            .entry([row.d0, row.d1, row.d2, row.d3, row.d4, row.d5])
            .or_default()
            .push(row.days);
    }
    let mut totals = Figures::default();
    let mut rows: Vec<CompletionRow> = counts
        .into_iter()
        // Without grouping, SQL answers one row even for no enrollments at all.
        .filter(|row| row.enrolled > 0)
        .map(|row| {
            let key: Key = [row.d0, row.d1, row.d2, row.d3, row.d4, row.d5];
            let figures = Figures {
                enrolled: row.enrolled,
                started: row.started,
                completed: row.completed,
                withdrawn: row.withdrawn,
                final_takers: row.final_takers,
                final_passers: row.final_passers,
            };
            totals.add(&figures);
            let median_days = days_by_group.get_mut(&key).and_then(|d| median(d));
            let group = group_by.iter().copied().zip(key).collect();
            figures.row(group, row.institution_name, median_days)
        })
        .collect();
    rows.sort_by(|a, b| a.group.cmp(&b.group));
    if group_by.is_empty() {
        // The one group is everything: the totals say it.
        rows.clear();
    }
    CompletionReport {
        rows,
        totals: totals.row(Vec::new(), None, median(&mut all_days)),
    }
}

#[derive(Debug, Default)]
struct Figures {
    enrolled: i64,
    started: i64,
    completed: i64,
    withdrawn: i64,
    final_takers: i64,
    final_passers: i64,
}

impl Figures {
    fn add(&mut self, other: &Figures) {
        self.enrolled += other.enrolled;
        self.started += other.started;
        self.completed += other.completed;
        self.withdrawn += other.withdrawn;
        self.final_takers += other.final_takers;
        self.final_passers += other.final_passers;
    }

    fn row(
        self,
        group: Vec<(Dimension, Option<String>)>,
        institution_name: Option<String>,
        median_days_to_complete: Option<f64>,
    ) -> CompletionRow {
        CompletionRow {
            group,
            institution_name,
            completion_rate: ratio(self.completed, self.enrolled),
            final_pass_rate: ratio(self.final_passers, self.final_takers),
            median_days_to_complete,
            small_group: self.enrolled < SMALL_GROUP,
            enrolled: self.enrolled,
            started: self.started,
            completed: self.completed,
            withdrawn: self.withdrawn,
            final_takers: self.final_takers,
            final_passers: self.final_passers,
        }
    }
}

#[allow(clippy::cast_precision_loss)] // counts of people are far below 2^52
fn ratio(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}
