//! The knowledge-gain report: how much learners' scores rose from the pre-test to the final
//! assessment, per group and in total.
//!
//! Definitions:
//! - a learner (an enrollment) counts when it has a submitted pre-test attempt *and* a
//!   submitted final attempt of its course;
//! - *pre* is the percent of its **first** submitted pre-test attempt (the knowledge brought
//!   in; a retake would measure the test, not the learner); *post* is its **best** final
//!   percent (what the course let it reach);
//! - *mean gain* is the mean of post − pre, in percentage points;
//! - Hake's normalized gain is reported two ways, as the literature does (Hake 1998; Bao
//!   2006 on the difference): the **class-average** g = (mean post − mean pre) / (100 − mean
//!   pre), the share of the possible improvement the group made (`None` when the group's mean
//!   pre is 100), and the **mean of individual** g = (post − pre) / (100 − pre) over the learners
//!   whose pre was below 100. Learners who scored 100 on the pre-test have no room to gain: they
//!   are left out of the individual g and counted in `at_ceiling` (they stay in every other
//!   figure). Individual g can be negative (a learner did worse on the final);
//! - groups of fewer than [`SMALL_GROUP`] learners are marked;
//! - scope and filters are those of the completion report, the dates bounding the enrollment
//!   date; a learner counts in their current groups;
//! - the course's pre-test and final are the ones its published content names (recorded at
//!   start in `report_finals`).
//!
//! The database sums per group; the means are divided out here, so the totals row is exact
//! over all learners (not a mean of group means). The sums come from the completion cells
//! when the period is whole months, else from the per-enrollment rows ([`Source`]); both sum
//! percents and gains in fixed point (10⁻¹⁰), so both give the same figures.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text};
use serde::Serialize;

use super::source::Source;
use super::sql::fixed_point;
use super::{Filter, SMALL_GROUP, Scope};
use crate::connection::DbConnection;
use crate::error::StoreError;

pub use super::Dimension;

/// What the knowledge-gain report may group by.
pub const DIMENSIONS: [Dimension; 3] = [
    Dimension::Course,
    Dimension::Institution,
    Dimension::Country,
];

/// One group's figures (percentages 0–100, gains in points, g as a fraction).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GainRow {
    /// The group's value for each dimension grouped by, in the order asked; `None` for
    /// learners without one (no institution).
    pub group: Vec<(Dimension, Option<String>)>,
    /// The institution's name, when grouped by institution.
    pub institution_name: Option<String>,
    /// Learners with both a pre-test and a final.
    pub learners: i64,
    pub mean_pre: Option<f64>,
    pub mean_post: Option<f64>,
    /// Mean of post − pre.
    pub mean_gain: Option<f64>,
    /// (mean post − mean pre) / (100 − mean pre).
    pub class_normalized_gain: Option<f64>,
    /// Mean of (post − pre) / (100 − pre) over the learners with pre < 100.
    pub mean_individual_normalized_gain: Option<f64>,
    /// Learners who scored 100 on the pre-test (left out of the individual g).
    pub at_ceiling: i64,
    /// Fewer than [`SMALL_GROUP`] learners: not significant.
    pub small_group: bool,
}

/// The report: its groups, ordered by their values, and the totals over all learners.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GainReport {
    pub rows: Vec<GainRow>,
    pub totals: GainRow,
}

#[derive(QueryableByName)]
struct GroupSums {
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
    learners: i64,
    /// Sums in fixed point (10¹⁰ to 1).
    #[diesel(sql_type = BigInt)]
    sum_pre: i64,
    #[diesel(sql_type = BigInt)]
    sum_post: i64,
    #[diesel(sql_type = BigInt)]
    sum_individual_g: i64,
    #[diesel(sql_type = BigInt)]
    at_ceiling: i64,
}

/// The knowledge-gain report of the learners in `scope` and `filter`, grouped by `group_by`
/// (at most one of each dimension; none gives just the totals). Each enrollment's pre and
/// post are kept in its completion row (`report_enrollments`, see [`super::aggregates`]).
pub fn report(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    group_by: &[Dimension],
) -> Result<GainReport, StoreError> {
    if let Some(other) = group_by.iter().find(|d| !DIMENSIONS.contains(d)) {
        return Err(StoreError::Constraint(format!(
            "the knowledge-gain report does not group by {}",
            other.name()
        )));
    }
    let source = Source::for_filter(filter);
    let sums: Vec<GroupSums> =
        diesel::sql_query(grouped_sql(conn, source, scope, filter, group_by)).load(conn)?;
    Ok(assemble(group_by, sums))
}

/// The sums per group, from the cells or the rows.
fn grouped_sql(
    conn: &DbConnection,
    source: Source,
    scope: &Scope,
    filter: &Filter,
    group_by: &[Dimension],
) -> String {
    let sums = match source {
        Source::Cells => "CAST(COALESCE(SUM(c.gain_learners), 0) AS BIGINT) AS learners, \
             CAST(COALESCE(SUM(c.pre_sum), 0) AS BIGINT) AS sum_pre, \
             CAST(COALESCE(SUM(c.post_sum), 0) AS BIGINT) AS sum_post, \
             CAST(COALESCE(SUM(c.gain_g_sum), 0) AS BIGINT) AS sum_individual_g, \
             CAST(COALESCE(SUM(c.gain_at_ceiling), 0) AS BIGINT) AS at_ceiling"
            .to_owned(),
        Source::Rows => format!(
            "COUNT(*) AS learners, \
             CAST(COALESCE(SUM({pre}), 0) AS BIGINT) AS sum_pre, \
             CAST(COALESCE(SUM({post}), 0) AS BIGINT) AS sum_post, \
             CAST(COALESCE(SUM(CASE WHEN r.pre_percent < 100.0 THEN {g} END), 0) AS BIGINT) \
                 AS sum_individual_g, \
             CAST(COALESCE(SUM(CASE WHEN r.pre_percent < 100.0 THEN 0 ELSE 1 END), 0) AS BIGINT) \
                 AS at_ceiling",
            pre = fixed_point(conn, "r.pre_percent"),
            post = fixed_point(conn, "r.post_percent"),
            g = fixed_point(
                conn,
                "(r.post_percent - r.pre_percent) / (100.0 - r.pre_percent)"
            ),
        ),
    };
    let with_both = match source {
        Source::Cells => "c.gain_learners > 0",
        Source::Rows => "r.pre_percent IS NOT NULL AND r.post_percent IS NOT NULL",
    };
    source.grouped_sql(conn, scope, filter, group_by, &sums, Some(with_both))
}

fn assemble(group_by: &[Dimension], sums: Vec<GroupSums>) -> GainReport {
    let mut totals = Sums::default();
    let mut rows: Vec<GainRow> = sums
        .into_iter()
        .map(|row| {
            let sums = Sums {
                learners: row.learners,
                pre: from_fixed_point(row.sum_pre),
                post: from_fixed_point(row.sum_post),
                individual_g: from_fixed_point(row.sum_individual_g),
                at_ceiling: row.at_ceiling,
            };
            totals.add(&sums);
            let group = group_by
                .iter()
                .copied()
                .zip([row.d0, row.d1, row.d2, row.d3, row.d4, row.d5])
                .collect();
            sums.row(group, row.institution_name)
        })
        .collect();
    rows.sort_by(|a, b| a.group.cmp(&b.group));
    if group_by.is_empty() {
        // The one group is everything: the totals say it.
        rows.clear();
    }
    GainReport {
        rows,
        totals: totals.row(Vec::new(), None),
    }
}

#[allow(clippy::cast_precision_loss)] // a sum's last digits are below what is shown
fn from_fixed_point(sum: i64) -> f64 {
    sum as f64 / 1e10
}

#[derive(Debug, Default)]
struct Sums {
    learners: i64,
    pre: f64,
    post: f64,
    individual_g: f64,
    at_ceiling: i64,
}

impl Sums {
    fn add(&mut self, other: &Sums) {
        self.learners += other.learners;
        self.pre += other.pre;
        self.post += other.post;
        self.individual_g += other.individual_g;
        self.at_ceiling += other.at_ceiling;
    }

    #[allow(clippy::cast_precision_loss)] // counts of people are far below 2^52
    fn row(
        self,
        group: Vec<(Dimension, Option<String>)>,
        institution_name: Option<String>,
    ) -> GainRow {
        let mean = |sum: f64, n: i64| (n > 0).then(|| sum / n as f64);
        let mean_pre = mean(self.pre, self.learners);
        let mean_post = mean(self.post, self.learners);
        let mean_gain = mean_pre.zip(mean_post).map(|(pre, post)| post - pre);
        let class_normalized_gain = mean_pre
            .zip(mean_gain)
            .filter(|(pre, _)| *pre < 100.0)
            .map(|(pre, gain)| gain / (100.0 - pre));
        GainRow {
            group,
            institution_name,
            learners: self.learners,
            mean_pre,
            mean_post,
            mean_gain,
            class_normalized_gain,
            mean_individual_normalized_gain: mean(
                self.individual_g,
                self.learners - self.at_ceiling,
            ),
            at_ceiling: self.at_ceiling,
            small_group: self.learners < SMALL_GROUP,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalized_gains_both_ways() {
        // Learners (pre, post): (40, 80), (60, 90), (100, 100).
        let row = Sums {
            learners: 3,
            pre: 200.0,
            post: 270.0,
            individual_g: 40.0 / 60.0 + 30.0 / 40.0,
            at_ceiling: 1,
        }
        .row(Vec::new(), None);
        let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-9);
        assert!(close(row.mean_gain, 70.0 / 3.0));
        assert!(close(
            row.class_normalized_gain,
            (90.0 - 200.0 / 3.0) / (100.0 - 200.0 / 3.0)
        ));
        assert!(close(
            row.mean_individual_normalized_gain,
            f64::midpoint(2.0 / 3.0, 0.75)
        ));
        assert!(row.small_group);
        let ceiling = Sums {
            learners: 1,
            pre: 100.0,
            post: 100.0,
            individual_g: 0.0,
            at_ceiling: 1,
        }
        .row(Vec::new(), None);
        assert_eq!(ceiling.class_normalized_gain, None);
        assert_eq!(ceiling.mean_individual_normalized_gain, None);
        let none = Sums::default().row(Vec::new(), None);
        assert_eq!((none.mean_pre, none.mean_gain), (None, None));
    }
}
