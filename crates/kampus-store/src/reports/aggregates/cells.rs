//! The completion cells (`report_completion_cells`): the learners' enrollment facts summed per
//! course, locale, institution, country, gender and month of enrollment. A change to one
//! enrollment moves its contribution: out of the cell it was in, into the one it is in now.

use std::collections::BTreeMap;

use diesel::prelude::*;

use super::facts::Fact;
use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::reports::sql::quoted;
use crate::schema::report_completion_cells as cells;

/// A cell's key; `""` stands for no institution, country or gender.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Queryable)]
pub(super) struct Key {
    pub course_id: String,
    pub locale: String,
    pub institution_id: String,
    pub country_code: String,
    pub gender: String,
    pub month: String,
}

/// Enrolled, started, completed, withdrawn, final takers, final passers.
pub(super) type Counts = [i64; 6];

/// The cell an enrollment counts in and what it adds there; nothing for staff.
pub(super) fn contribution(fact: &Fact) -> Option<(Key, Counts)> {
    fact.learner.then(|| {
        let key = Key {
            course_id: fact.course_id.clone(),
            locale: fact.locale.clone(),
            institution_id: fact.institution_id.clone().unwrap_or_default(),
            country_code: fact.country_code.clone().unwrap_or_default(),
            gender: fact.gender.clone().unwrap_or_default(),
            month: fact.enrolled_at.format("%Y-%m").to_string(),
        };
        let counts = [
            true,
            fact.started,
            fact.completed_at.is_some(),
            fact.withdrawn,
            fact.final_taken,
            fact.final_passed,
        ]
        .map(i64::from);
        (key, counts)
    })
}

/// Changes to cells, kept in key order: transactions that change several cells then lock
/// them in the same order and cannot deadlock one another.
#[derive(Debug, Default)]
pub(super) struct Deltas(BTreeMap<Key, Counts>);

impl Deltas {
    /// Adds `fact`'s contribution (`sign` 1) or takes it away (-1).
    pub fn add(&mut self, fact: &Fact, sign: i64) {
        if let Some((key, counts)) = contribution(fact) {
            let cell = self.0.entry(key).or_default();
            for (total, count) in cell.iter_mut().zip(counts) {
                *total += sign * count;
            }
        }
    }

    /// Writes the changes: each cell is upserted, and removed when nothing is left in it.
    pub fn apply(self, conn: &mut DbConnection) -> Result<(), StoreError> {
        for (key, counts) in self.0 {
            if counts == [0; 6] {
                continue;
            }
            let key_values = [
                &key.course_id,
                &key.locale,
                &key.institution_id,
                &key.country_code,
                &key.gender,
                &key.month,
            ]
            .map(|v| quoted(v))
            .join(", ");
            let [enrolled, started, completed, withdrawn, takers, passers] = counts;
            // Both backends speak `ON CONFLICT … DO UPDATE`; diesel's MultiConnection does
            // not build it, and two new enrollments may create the same cell at once.
            diesel::sql_query(format!(
                "INSERT INTO report_completion_cells (course_id, locale, institution_id, \
                 country_code, gender, month, enrolled, started, completed, withdrawn, \
                 final_takers, final_passers) \
                 VALUES ({key_values}, {enrolled}, {started}, {completed}, {withdrawn}, \
                 {takers}, {passers}) \
                 ON CONFLICT (course_id, locale, institution_id, country_code, gender, month) \
                 DO UPDATE SET enrolled = report_completion_cells.enrolled + excluded.enrolled, \
                 started = report_completion_cells.started + excluded.started, \
                 completed = report_completion_cells.completed + excluded.completed, \
                 withdrawn = report_completion_cells.withdrawn + excluded.withdrawn, \
                 final_takers = report_completion_cells.final_takers + excluded.final_takers, \
                 final_passers = report_completion_cells.final_passers + excluded.final_passers"
            ))
            .execute(conn)?;
            if enrolled < 0 {
                diesel::delete(
                    cells::table
                        .filter(cells::course_id.eq(&key.course_id))
                        .filter(cells::locale.eq(&key.locale))
                        .filter(cells::institution_id.eq(&key.institution_id))
                        .filter(cells::country_code.eq(&key.country_code))
                        .filter(cells::gender.eq(&key.gender))
                        .filter(cells::month.eq(&key.month))
                        .filter(cells::enrolled.eq(0)),
                )
                .execute(conn)?;
            }
        }
        Ok(())
    }
}

/// The cells as stored.
pub(super) fn stored(conn: &mut DbConnection) -> Result<BTreeMap<Key, Counts>, StoreError> {
    let rows: Vec<(Key, i64, i64, i64, i64, i64, i64)> = cells::table
        .select((
            (
                cells::course_id,
                cells::locale,
                cells::institution_id,
                cells::country_code,
                cells::gender,
                cells::month,
            ),
            cells::enrolled,
            cells::started,
            cells::completed,
            cells::withdrawn,
            cells::final_takers,
            cells::final_passers,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(key, a, b, c, d, e, f)| (key, [a, b, c, d, e, f]))
        .collect())
}

/// The cells the facts add up to.
pub(super) fn sum(facts: &[Fact]) -> BTreeMap<Key, Counts> {
    let mut deltas = Deltas::default();
    for fact in facts {
        deltas.add(fact, 1);
    }
    deltas.0
}

/// Forgets every cell (before a rebuild).
pub(super) fn clear(conn: &mut DbConnection) -> Result<(), StoreError> {
    diesel::delete(cells::table).execute(conn)?;
    Ok(())
}
