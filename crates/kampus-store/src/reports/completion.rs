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
//!
//! The figures are read from the aggregates kept in step with the events
//! ([`super::aggregates`]): from the monthly cells when the date range is whole months (or
//! absent), else from the per-enrollment rows. The medians are taken here from the days to
//! complete themselves, which the cells keep as a list each.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Double, Nullable, Text};
use serde::Serialize;

use std::collections::HashMap;

use super::aggregates;
use super::source::Source;
use super::sql::conditions_on;
use super::{Filter, SMALL_GROUP, Scope};
use crate::connection::DbConnection;
use crate::error::StoreError;

pub use super::Dimension;

/// What the completion report may group by: every dimension.
pub const DIMENSIONS: [Dimension; 6] = Dimension::ALL;

/// enrolled, started, completed, withdrawn, final takers, final passers.
fn sums(source: Source) -> &'static str {
    match source {
        Source::Cells => {
            "CAST(COALESCE(SUM(c.enrolled), 0) AS BIGINT) AS enrolled, CAST(COALESCE(SUM(c.started), 0) AS BIGINT) AS started, \
             CAST(COALESCE(SUM(c.completed), 0) AS BIGINT) AS completed, \
             CAST(COALESCE(SUM(c.withdrawn), 0) AS BIGINT) AS withdrawn, \
             CAST(COALESCE(SUM(c.final_takers), 0) AS BIGINT) AS final_takers, \
             CAST(COALESCE(SUM(c.final_passers), 0) AS BIGINT) AS final_passers"
        }
        Source::Rows => {
            "COUNT(*) AS enrolled, \
             COALESCE(SUM(CASE WHEN r.started THEN 1 ELSE 0 END), 0) AS started, \
             COALESCE(SUM(CASE WHEN r.completed_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS completed, \
             COALESCE(SUM(CASE WHEN r.withdrawn THEN 1 ELSE 0 END), 0) AS withdrawn, \
             COALESCE(SUM(CASE WHEN r.final_taken THEN 1 ELSE 0 END), 0) AS final_takers, \
             COALESCE(SUM(CASE WHEN r.final_passed THEN 1 ELSE 0 END), 0) AS final_passers"
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
    #[diesel(embed)]
    dims: Dims,
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

/// The grouped-by values, `d0` to `d5`.
#[derive(QueryableByName)]
struct Dims {
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
}

impl Dims {
    fn key(self) -> Key {
        [self.d0, self.d1, self.d2, self.d3, self.d4, self.d5]
    }
}

/// One completed enrollment's days to complete.
#[derive(QueryableByName)]
struct CompletionDays {
    #[diesel(embed)]
    dims: Dims,
    #[diesel(sql_type = Double)]
    days: f64,
}

/// One cell's days to complete (its `completion_days` list).
#[derive(QueryableByName)]
struct CellDays {
    #[diesel(embed)]
    dims: Dims,
    #[diesel(sql_type = Text)]
    days: String,
}

type Key = [Option<String>; 6];

/// The completion report of the enrollments in `scope` and `filter`, grouped by `group_by`
/// (at most one of each dimension; none gives just the totals).
pub fn report(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    group_by: &[Dimension],
) -> Result<CompletionReport, StoreError> {
    let source = Source::for_filter(filter);
    let counts: Vec<GroupCounts> =
        diesel::sql_query(source.grouped_sql(conn, scope, filter, group_by, sums(source), None))
            .load(conn)?;
    let days = days_by_group(conn, source, scope, filter, group_by)?;
    let (medians, overall) = medians(days);
    Ok(assemble(group_by, counts, &medians, overall))
}

/// The days to complete of each group's completed enrollments, read in one pass and grouped
/// here: from the cells' lists, or the rows. (Tried and measured slower at 100,000
/// learners: ranking in the database with window functions, 0.9 s on SQLite; one list per
/// group with `group_concat`, which sorts every row by group first, 0.35 s against 0.17 s
/// for reading the 83,000 rows; the cells' lists take a fifth of that.)
fn days_by_group(
    conn: &mut DbConnection,
    source: Source,
    scope: &Scope,
    filter: &Filter,
    group_by: &[Dimension],
) -> Result<HashMap<Key, Vec<f64>>, StoreError> {
    let dims = source.selected_dimensions(conn, group_by);
    let conditions = conditions_on(&source.columns(), scope, filter).join(" AND ");
    let mut by_group: HashMap<Key, Vec<f64>> = HashMap::new();
    match source {
        Source::Cells => {
            let sql = format!(
                "SELECT {dims}, c.completion_days AS days FROM report_completion_cells c \
                 WHERE {conditions} AND c.completion_days <> ''"
            );
            for row in diesel::sql_query(sql).load::<CellDays>(conn)? {
                let values = aggregates::completion_days(&row.days)?;
                by_group.entry(row.dims.key()).or_default().extend(values);
            }
        }
        Source::Rows => {
            let sql = format!(
                "SELECT {dims}, r.days_to_complete AS days FROM report_enrollments r \
                 WHERE {conditions} AND r.completed_at IS NOT NULL"
            );
            for row in diesel::sql_query(sql).load::<CompletionDays>(conn)? {
                by_group.entry(row.dims.key()).or_default().push(row.days);
            }
        }
    }
    Ok(by_group)
}

/// Each group's median, and the overall one.
fn medians(by_group: HashMap<Key, Vec<f64>>) -> (HashMap<Key, f64>, Option<f64>) {
    let mut all: Vec<f64> = by_group.values().flatten().copied().collect();
    let medians = by_group
        .into_iter()
        .filter_map(|(key, mut days)| Some((key, median(&mut days)?)))
        .collect();
    (medians, median(&mut all))
}

/// The median of some values (the mean of the middle two for an even count).
fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    // A selection, not a sort: linear, and the groups hold up to 83,000 values.
    let middle = values.len() / 2;
    let even = values.len().is_multiple_of(2);
    let (lower, &mut upper, _) = values.select_nth_unstable_by(middle, f64::total_cmp);
    Some(if even {
        // The largest value below the middle one.
        let below = lower.iter().copied().max_by(f64::total_cmp)?;
        f64::midpoint(below, upper)
    } else {
        upper
    })
}

fn assemble(
    group_by: &[Dimension],
    counts: Vec<GroupCounts>,
    median_of: &HashMap<Key, f64>,
    overall_median: Option<f64>,
) -> CompletionReport {
    let mut totals = Figures::default();
    let mut rows: Vec<CompletionRow> = counts
        .into_iter()
        // Without grouping, SQL answers one row even for no enrollments at all.
        .filter(|row| row.enrolled > 0)
        .map(|row| {
            let key = row.dims.key();
            let figures = Figures {
                enrolled: row.enrolled,
                started: row.started,
                completed: row.completed,
                withdrawn: row.withdrawn,
                final_takers: row.final_takers,
                final_passers: row.final_passers,
            };
            totals.add(&figures);
            let median_days = median_of.get(&key).copied();
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
        totals: totals.row(Vec::new(), None, overall_median),
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

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn the_median_of_an_odd_and_an_even_count() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [7.0]), Some(7.0));
        assert_eq!(median(&mut [9.0, 1.0, 4.0]), Some(4.0));
        assert_eq!(median(&mut [9.0, 1.0, 4.0, 2.0]), Some(3.0));
        assert_eq!(median(&mut [5.0, 5.0, 1.0, 5.0]), Some(5.0));
    }
}
