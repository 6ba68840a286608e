//! What the assessment statistics report reads: the submitted attempts at one assessment of
//! one course, in a scope and filter, and per locale the attempts, learners, summed percent
//! and passes. The statistics themselves (facility, discrimination, distributions, mastery)
//! are computed from the attempts by `kampus_progress::item_analysis`.
//!
//! - an attempt counts when it was submitted (its date filter is `submitted_at`);
//! - an attempt's *locale* is its learner's preferred locale now: attempts do not record the
//!   language they were taken in (the paper holds ids and keys, texts are rendered per
//!   request), so a learner who switched language counts in the new one;
//! - without a gender or date filter they are read from the item cells
//!   ([`super::aggregates::items`]): per locale and institution the sums item analysis
//!   needs, a few hundred rows for one assessment ([`from_cells`]);
//! - else from `report_attempts` (see [`super::aggregates`]): one narrow row per graded
//!   attempt with its answers and grades reduced to what item analysis reads, never the
//!   paper; they are handed over one at a time, so memory does not grow with their number.

use diesel::connection::DefaultLoadingMode;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Double, Nullable, Text};

use super::aggregates::items::{self, CellSums};
use super::sql::{Columns, Dates, conditions_on, quoted};
use super::{Filter, Scope};
use crate::connection::DbConnection;
use crate::error::StoreError;

/// Which assessment: its course's id and its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessmentRef {
    pub course_id: String,
    pub assessment_id: String,
}

/// One locale's submitted attempts.
#[derive(Debug, Clone, PartialEq, QueryableByName)]
pub struct LocaleAttempts {
    /// The learners' preferred locale tag.
    #[diesel(sql_type = Text)]
    pub locale: String,
    #[diesel(sql_type = BigInt)]
    pub attempts: i64,
    /// Distinct learners (a learner has one preferred locale, so these add up).
    #[diesel(sql_type = BigInt)]
    pub learners: i64,
    /// The sum of the attempts' percents (0 to 100 each).
    #[diesel(sql_type = Nullable<Double>)]
    pub percent_sum: Option<f64>,
    /// Attempts with a pass or fail (a pre-test has neither).
    #[diesel(sql_type = BigInt)]
    pub judged: i64,
    #[diesel(sql_type = BigInt)]
    pub passed: i64,
}

/// One submitted attempt, as the statistics need it.
#[derive(Debug, Clone, PartialEq, QueryableByName)]
pub struct SubmittedAttempt {
    #[diesel(sql_type = Text)]
    pub locale: String,
    /// JSON object: question id → response.
    #[diesel(sql_type = Text)]
    pub answers: String,
    /// JSON of the graded paper.
    #[diesel(sql_type = Text)]
    pub result: String,
}

/// `FROM … WHERE …` of the graded attempts at `assessment` in `scope` and `filter`.
fn from_where(scope: &Scope, filter: &Filter, assessment: &AssessmentRef) -> String {
    let columns = Columns {
        learner: "a.learner = TRUE",
        course: "a.course_id",
        institution: "a.institution_id",
        country: "a.country_code",
        locale: "a.locale",
        gender: "a.gender",
        no_gender: "IS NULL",
        dates: Dates::Timestamp("a.submitted_at"),
    };
    format!(
        "FROM report_attempts a WHERE {}",
        conditions(&columns, "a", scope, filter, assessment)
    )
}

/// The scope's and filter's conditions on `columns`, and the assessment's on the table
/// `alias` (its `course_id` and `assessment_id`).
fn conditions(
    columns: &Columns<'_>,
    alias: &str,
    scope: &Scope,
    filter: &Filter,
    assessment: &AssessmentRef,
) -> String {
    let mut all = conditions_on(columns, scope, filter);
    all.push(format!(
        "{alias}.course_id = {}",
        quoted(&assessment.course_id)
    ));
    all.push(format!(
        "{alias}.assessment_id = {}",
        quoted(&assessment.assessment_id)
    ));
    all.join(" AND ")
}

/// Per locale: attempts, learners, summed percent, passes; ordered by locale tag.
pub fn by_locale(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    assessment: &AssessmentRef,
) -> Result<Vec<LocaleAttempts>, StoreError> {
    let sql = format!(
        "SELECT a.locale AS locale, COUNT(*) AS attempts, \
         COUNT(DISTINCT a.user_id) AS learners, SUM(a.percent) AS percent_sum, \
         COUNT(a.passed) AS judged, \
         COALESCE(SUM(CASE WHEN a.passed = TRUE THEN 1 ELSE 0 END), 0) AS passed \
         {} GROUP BY a.locale ORDER BY a.locale",
        from_where(scope, filter, assessment)
    );
    Ok(diesel::sql_query(sql).load(conn)?)
}

/// Hands each submitted attempt to `each`, one at a time; returns how many there were.
pub fn for_each_submitted(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    assessment: &AssessmentRef,
    mut each: impl FnMut(SubmittedAttempt),
) -> Result<u64, StoreError> {
    let sql = format!(
        "SELECT a.locale AS locale, a.answers AS answers, a.result AS result {}",
        from_where(scope, filter, assessment)
    );
    let mut count = 0;
    for row in diesel::sql_query(sql).load_iter::<SubmittedAttempt, DefaultLoadingMode>(conn)? {
        each(row?);
        count += 1;
    }
    Ok(count)
}

/// The statistics' inputs from the item cells: per locale the attempts' figures and the
/// summed cells, ordered by locale tag. `None` when the filter names a gender or dates,
/// which the cells do not keep (then read the rows: [`by_locale`], [`for_each_submitted`]).
pub fn from_cells(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    assessment: &AssessmentRef,
) -> Result<Option<Vec<(LocaleAttempts, CellSums)>>, StoreError> {
    if filter.gender.is_some()
        || filter.unspecified_gender
        || filter.from.is_some()
        || filter.to.is_some()
    {
        return Ok(None);
    }
    let columns = Columns {
        learner: "1 = 1",
        course: "c.course_id",
        institution: "c.institution_id",
        country: "i.country_code",
        locale: "c.locale",
        // Not reached: the filter has neither gender nor dates.
        gender: "NULL",
        no_gender: "IS NULL",
        dates: Dates::Month("NULL"),
    };
    let locales = items::by_locale(conn, &conditions(&columns, "c", scope, filter, assessment))?;
    Ok(Some(
        locales
            .into_iter()
            .map(|(locale, sums)| {
                let figures = LocaleAttempts {
                    locale,
                    attempts: sums.attempts,
                    learners: sums.learners,
                    percent_sum: (sums.percents > 0).then_some(sums.percent_sum),
                    judged: sums.judged,
                    passed: sums.passed,
                };
                (figures, sums)
            })
            .collect(),
    ))
}
