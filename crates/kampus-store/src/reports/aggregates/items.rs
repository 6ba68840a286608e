//! The item cells (`report_item_cells`): the learners' graded attempts (`report_attempts`)
//! summed per course, assessment, locale and institution, with per question the sums item
//! analysis needs: responses, unanswered, Σx, Σx², Σy, Σy², Σxy of the score fraction `x`
//! and the rest-score `y` (the attempt's points without the question's), and the times each
//! choice was chosen. Facility, discrimination and mastery follow from these sums exactly;
//! country is the institution's (joined when read), so a country change moves nothing.
//!
//! A learner's attempts at an assessment all sit in one cell (their current locale and
//! institution), so a cell's distinct learners add up across cells.
//!
//! How they stay right: every change to `report_attempts` passes here. New rows (an attempt
//! graded, a catch-up batch) add their sums and, for a learner's first attempt at the
//! assessment, one learner; a user's regrouping takes their rows' sums out of the cells they
//! were in and adds them where they are now. In the writer's batches the sums of new rows
//! are held and written once at the end of the transaction ([`holding_cells`]).
//! [`differences`] compares the cells with sums of the rows (within floating-point
//! rounding, since the sums are of fractions).

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};

use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::attempts::Summary;
use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::prepared::Prepared;
use crate::schema::{report_attempts, report_item_cells as cells};

/// One question's sums in a group of attempts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ItemSums {
    /// Attempts whose paper had the question (with points to win).
    #[serde(rename = "n")]
    pub responses: u64,
    /// … and left it unanswered.
    #[serde(rename = "u")]
    pub unanswered: u64,
    /// Σx: score fractions (awarded / possible).
    #[serde(rename = "x")]
    pub score: f64,
    /// Σx².
    #[serde(rename = "xx")]
    pub score_squares: f64,
    /// Σy: rest-scores.
    #[serde(rename = "y")]
    pub rest: f64,
    /// Σy².
    #[serde(rename = "yy")]
    pub rest_squares: f64,
    /// Σxy.
    #[serde(rename = "xy")]
    pub products: f64,
    /// Choice id (or `true`/`false`) → times chosen, for choice answers; in the order first
    /// chosen.
    #[serde(rename = "c", default, skip_serializing_if = "Vec::is_empty")]
    pub chosen: Vec<(String, u64)>,
}

impl ItemSums {
    fn merge(&mut self, other: &ItemSums, sign: i8) {
        let f = f64::from(sign);
        self.responses = shift(self.responses, other.responses, sign);
        self.unanswered = shift(self.unanswered, other.unanswered, sign);
        self.score += f * other.score;
        self.score_squares += f * other.score_squares;
        self.rest += f * other.rest;
        self.rest_squares += f * other.rest_squares;
        self.products += f * other.products;
        for (choice, times) in &other.chosen {
            match self.chosen.iter_mut().find(|(c, _)| c == choice) {
                Some((_, n)) => *n = shift(*n, *times, sign),
                None if sign > 0 => self.chosen.push((choice.clone(), *times)),
                None => {}
            }
        }
        self.chosen.retain(|(_, n)| *n > 0);
    }

    /// Equal but for floating-point rounding.
    fn close_to(&self, other: &ItemSums) -> bool {
        let mut mine = self.chosen.clone();
        let mut theirs = other.chosen.clone();
        mine.sort();
        theirs.sort();
        self.responses == other.responses
            && self.unanswered == other.unanswered
            && mine == theirs
            && [
                (self.score, other.score),
                (self.score_squares, other.score_squares),
                (self.rest, other.rest),
                (self.rest_squares, other.rest_squares),
                (self.products, other.products),
            ]
            .into_iter()
            .all(|(a, b)| close(a, b))
    }
}

fn shift(value: u64, by: u64, sign: i8) -> u64 {
    if sign > 0 {
        value + by
    } else {
        value.saturating_sub(by)
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// One cell's sums (or one attempt's, or one user's contribution).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CellSums {
    pub attempts: i64,
    pub learners: i64,
    /// Attempts with a percent.
    pub percents: i64,
    pub percent_sum: f64,
    /// Attempts with a pass or fail.
    pub judged: i64,
    pub passed: i64,
    /// Attempts whose stored answers or grades could not be read (in `attempts`, not in the
    /// questions).
    pub unreadable: i64,
    /// By question id.
    pub questions: BTreeMap<String, ItemSums>,
}

impl CellSums {
    /// Adds (`sign` 1) or takes away (-1) another's sums.
    pub fn merge(&mut self, other: &CellSums, sign: i8) {
        let s = i64::from(sign);
        self.attempts += s * other.attempts;
        self.learners += s * other.learners;
        self.percents += s * other.percents;
        self.percent_sum += f64::from(sign) * other.percent_sum;
        self.judged += s * other.judged;
        self.passed += s * other.passed;
        self.unreadable += s * other.unreadable;
        for (id, sums) in &other.questions {
            self.questions
                .entry(id.clone())
                .or_default()
                .merge(sums, sign);
        }
        self.questions.retain(|_, sums| sums.responses > 0);
    }

    fn is_empty(&self) -> bool {
        self.attempts == 0 && self.learners == 0
    }

    fn close_to(&self, other: &CellSums) -> bool {
        self.attempts == other.attempts
            && self.learners == other.learners
            && self.percents == other.percents
            && close(self.percent_sum, other.percent_sum)
            && self.judged == other.judged
            && self.passed == other.passed
            && self.unreadable == other.unreadable
            && self.questions.len() == other.questions.len()
            && self
                .questions
                .iter()
                .all(|(id, sums)| other.questions.get(id).is_some_and(|o| sums.close_to(o)))
    }
}

/// The sums one graded attempt adds (learners not counted: see [`Deltas`]).
fn attempt_sums(row: &Summary) -> CellSums {
    let mut sums = CellSums {
        attempts: 1,
        percents: i64::from(row.percent.is_some()),
        percent_sum: row.percent.unwrap_or(0.0),
        judged: i64::from(row.passed.is_some()),
        passed: i64::from(row.passed == Some(true)),
        ..CellSums::default()
    };
    // The compact forms `attempts` writes: `[awarded, [[id, [awarded, possible]], …]]` and
    // `{id: [value]}`.
    let paper = serde_json::from_str::<(f64, Vec<(String, (f64, f64))>)>(&row.result);
    let answers = serde_json::from_str::<HashMap<String, (Value,)>>(&row.answers);
    let (Ok((total, grades)), Ok(answers)) = (paper, answers) else {
        sums.unreadable = 1;
        return sums;
    };
    for (id, (awarded, possible)) in grades {
        if possible <= 0.0 {
            continue;
        }
        let (x, y) = (awarded / possible, total - awarded);
        let answer = answers.get(&id);
        let question = sums.questions.entry(id).or_default();
        question.responses += 1;
        question.unanswered += u64::from(answer.is_none());
        question.score += x;
        question.score_squares += x * x;
        question.rest += y;
        question.rest_squares += y * y;
        question.products += x * y;
        let mut count = |choice: &str| match question.chosen.iter_mut().find(|(c, _)| c == choice) {
            Some((_, n)) => *n += 1,
            None => question.chosen.push((choice.to_owned(), 1)),
        };
        match answer.map(|(value,)| value) {
            Some(Value::String(choice)) => count(choice),
            Some(Value::Array(choices)) => choices.iter().filter_map(Value::as_str).for_each(count),
            Some(Value::Bool(value)) => count(if *value { "true" } else { "false" }),
            _ => {}
        }
    }
    sums
}

/// A cell's key: course, assessment, locale, institution (`""` for none).
pub(super) type Key = (String, String, String, String);

fn key_of(row: &Summary) -> Key {
    (
        row.course_id.clone(),
        row.assessment_id.clone(),
        row.locale.clone(),
        row.institution_id.clone().unwrap_or_default(),
    )
}

/// What each cell gains or loses, in key order (cells are locked in that order, so two
/// transactions cannot deadlock on them).
#[derive(Debug, Default)]
pub(super) struct Deltas(BTreeMap<Key, CellSums>);

impl Deltas {
    /// Adds (`sign` 1) or takes away (-1) the rows' sums; each learner with rows at an
    /// assessment is one learner of the cell they are in.
    pub fn rows(&mut self, rows: &[Summary], sign: i8) {
        let mut learners = HashSet::new();
        for row in rows.iter().filter(|r| r.learner) {
            let key = key_of(row);
            let cell = self.0.entry(key.clone()).or_default();
            cell.merge(&attempt_sums(row), sign);
            if learners.insert((key, row.user_id.clone())) {
                cell.learners += i64::from(sign);
            }
        }
    }

    /// Adds new rows whose users may have had rows before: only a user's first rows at an
    /// assessment add them as a learner (`earlier`: users with rows before these).
    pub fn new_rows(&mut self, rows: &[Summary], earlier: &HashSet<(String, String, String)>) {
        let mut counted = HashSet::new();
        for row in rows.iter().filter(|r| r.learner) {
            let key = key_of(row);
            let cell = self.0.entry(key).or_default();
            cell.merge(&attempt_sums(row), 1);
            let who = (
                row.user_id.clone(),
                row.course_id.clone(),
                row.assessment_id.clone(),
            );
            if !earlier.contains(&who) && counted.insert(who) {
                cell.learners += 1;
            }
        }
    }

    /// Writes the changes: each cell read (locked on PostgreSQL), added to and written back,
    /// and removed when nothing is left in it.
    pub fn apply(self, conn: &mut DbConnection) -> Result<(), StoreError> {
        for (key, change) in self.0 {
            if change.is_empty() && change.questions.is_empty() {
                continue;
            }
            let mut sums = lock(conn, &key)?;
            sums.merge(&change, 1);
            if sums.attempts <= 0 {
                diesel::delete(cell(&key)).execute(conn)?;
            } else {
                write(conn, &key, &sums)?;
            }
        }
        Ok(())
    }
}

impl Deltas {
    /// Adds another's changes to these.
    fn absorb(&mut self, other: Deltas) {
        for (key, change) in other.0 {
            self.0.entry(key).or_default().merge(&change, 1);
        }
    }
}

thread_local! {
    /// Item-cell changes held back until the end of the write transaction that made them
    /// (see [`holding_cells`]); `None` when nothing holds them.
    static HELD: RefCell<Option<Deltas>> = const { RefCell::new(None) };
}

/// Forgets what is held when dropped, however the work of [`holding_cells`] ends (a panic
/// included), so that nothing held outlives its transaction.
struct Release;

impl Drop for Release {
    fn drop(&mut self) {
        HELD.with(|held| held.borrow_mut().take());
    }
}

/// Runs `work`, a write transaction's statements, holding back the item-cell changes of
/// the attempts it grades, and writes them at its end: under a load of submissions the
/// writer's transaction holds dozens, and each cell is then read, summed and written back
/// once per transaction instead of once per attempt (it was 16 % of the writer's time).
/// The rows and the first-attempt checks are written as they come; only the sums wait.
///
/// `Ok(Err(e))`: `work` failed, and nothing held is written. `Err`: `work` succeeded but
/// writing the cells failed; either way the caller rolls the transaction back. Nested
/// calls leave the holding to the outermost.
pub(crate) fn holding_cells<T, E>(
    conn: &mut DbConnection,
    work: impl FnOnce(&mut DbConnection) -> Result<T, E>,
) -> Result<Result<T, E>, StoreError> {
    if HELD.with(|held| held.borrow().is_some()) {
        return Ok(work(conn));
    }
    HELD.with(|held| *held.borrow_mut() = Some(Deltas::default()));
    let release = Release;
    let outcome = work(conn);
    let held = HELD
        .with(|held| held.borrow_mut().take())
        .unwrap_or_default();
    drop(release);
    match outcome {
        Ok(value) => held.apply(conn).map(|()| Ok(value)),
        Err(error) => Ok(Err(error)),
    }
}

/// Writes the changes now, or adds them to those held by [`holding_cells`].
pub(super) fn apply_or_hold(conn: &mut DbConnection, deltas: Deltas) -> Result<(), StoreError> {
    let unheld = HELD.with(|held| match held.borrow_mut().as_mut() {
        Some(held) => {
            held.absorb(deltas);
            None
        }
        None => Some(deltas),
    });
    match unheld {
        Some(deltas) => deltas.apply(conn),
        None => Ok(()),
    }
}

/// The cell of `key`, as a query.
#[diesel::dsl::auto_type(no_type_alias)]
fn cell<'a>(key: &'a Key) -> _ {
    let course: &'a str = &key.0;
    let assessment: &'a str = &key.1;
    let locale: &'a str = &key.2;
    let institution: &'a str = &key.3;
    cells::table
        .filter(cells::course_id.eq(course))
        .filter(cells::assessment_id.eq(assessment))
        .filter(cells::locale.eq(locale))
        .filter(cells::institution_id.eq(institution))
}

type Stored = (i64, i64, i64, f64, i64, i64, i64, String);

/// The columns of a cell's sums, read as [`Stored`].
#[diesel::dsl::auto_type(no_type_alias)]
fn sums_columns() -> _ {
    (
        cells::attempts,
        cells::learners,
        cells::percents,
        cells::percent_sum,
        cells::judged,
        cells::passed,
        cells::unreadable,
        cells::questions,
    )
}

fn read(stored: Stored) -> Result<CellSums, StoreError> {
    let (attempts, learners, percents, percent_sum, judged, passed, unreadable, questions) = stored;
    Ok(CellSums {
        attempts,
        learners,
        percents,
        percent_sum,
        judged,
        passed,
        unreadable,
        questions: serde_json::from_str(&questions)
            .map_err(|e| StoreError::Corrupt(format!("report_item_cells.questions: {e}")))?,
    })
}

/// A cell's sums, its row created first when there is none and locked on PostgreSQL until
/// the transaction ends.
fn lock(conn: &mut DbConnection, key: &Key) -> Result<CellSums, StoreError> {
    let (course, assessment, locale, institution) = key;
    // Both backends speak `ON CONFLICT DO NOTHING`; two transactions may create one cell.
    Prepared::new(
        "INSERT INTO report_item_cells (course_id, assessment_id, locale, institution_id, \
         attempts, learners, percents, percent_sum, judged, passed, unreadable, questions) \
         VALUES (",
    )
    .bind_all([course, assessment, locale, institution])
    .sql(", 0, 0, 0, 0, 0, 0, 0, '{}') ON CONFLICT DO NOTHING")
    .execute(conn)?;
    let query = cell(key).select(sums_columns());
    let stored: Stored = match conn {
        DbConnection::Postgres(pg) => query.for_update().first(pg)?,
        DbConnection::Sqlite(sqlite) => query.first(sqlite)?,
    };
    read(stored)
}

fn write(conn: &mut DbConnection, key: &Key, sums: &CellSums) -> Result<(), StoreError> {
    let questions = serde_json::to_string(&sums.questions)
        .map_err(|e| StoreError::Corrupt(format!("report_item_cells.questions: {e}")))?;
    diesel::update(cell(key))
        .set((
            cells::attempts.eq(sums.attempts),
            cells::learners.eq(sums.learners),
            cells::percents.eq(sums.percents),
            cells::percent_sum.eq(sums.percent_sum),
            cells::judged.eq(sums.judged),
            cells::passed.eq(sums.passed),
            cells::unreadable.eq(sums.unreadable),
            cells::questions.eq(questions),
        ))
        .execute(conn)?;
    Ok(())
}

/// The users among `rows` who had rows at the rows' assessments before them: (user,
/// course, assessment). Run after the rows were inserted.
///
/// A user with `k` new rows at an assessment had earlier ones when it has more than `k`:
/// at most `k + 1` entries of the index on (user, course, assessment) are read, however
/// many attempts the user has made (a count of them all grew with every attempt at a
/// practice quiz).
pub(super) fn earlier_takers(
    conn: &mut DbConnection,
    rows: &[Summary],
) -> Result<HashSet<(String, String, String)>, StoreError> {
    let mut in_rows: HashMap<(String, String, String), i64> = HashMap::new();
    for row in rows.iter().filter(|r| r.learner) {
        *in_rows
            .entry((
                row.user_id.clone(),
                row.course_id.clone(),
                row.assessment_id.clone(),
            ))
            .or_default() += 1;
    }
    let mut earlier = HashSet::new();
    for (who, new) in in_rows {
        let found: Vec<String> = report_attempts::table
            .filter(report_attempts::user_id.eq(&who.0))
            .filter(report_attempts::course_id.eq(&who.1))
            .filter(report_attempts::assessment_id.eq(&who.2))
            .select(report_attempts::user_id)
            .limit(new + 1)
            .load(conn)?;
        if i64::try_from(found.len()).unwrap_or(i64::MAX) > new {
            earlier.insert(who);
        }
    }
    Ok(earlier)
}

/// Every cell's sums, as stored.
pub(super) fn stored(conn: &mut DbConnection) -> Result<BTreeMap<Key, CellSums>, StoreError> {
    let rows: Vec<(Key, Stored)> = cells::table
        .select((
            (
                cells::course_id,
                cells::assessment_id,
                cells::locale,
                cells::institution_id,
            ),
            sums_columns(),
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(key, stored)| Ok((key, read(stored)?)))
        .collect()
}

/// Where the cells differ from sums of the rows (descriptions).
pub(super) fn differences(
    conn: &mut DbConnection,
    rows: &[Summary],
) -> Result<Vec<String>, StoreError> {
    let mut expected = Deltas::default();
    expected.rows(rows, 1);
    let kept = stored(conn)?;
    let mut found = Vec::new();
    for (key, sums) in &expected.0 {
        if !kept.get(key).is_some_and(|k| k.close_to(sums)) {
            found.push(format!(
                "item cell {key:?}: kept {:?}, summed {sums:?}",
                kept.get(key)
            ));
        }
    }
    for key in kept.keys().filter(|key| !expected.0.contains_key(*key)) {
        found.push(format!("item cell {key:?} kept but no rows sum to it"));
    }
    Ok(found)
}

/// Forgets every cell (before a rebuild).
pub(super) fn clear(conn: &mut DbConnection) -> Result<(), StoreError> {
    diesel::delete(cells::table).execute(conn)?;
    Ok(())
}

/// The cells of one assessment whose condition `conditions` holds on `c` (the cell) and `i`
/// (its institution), summed per locale (for the assessment statistics).
pub(crate) fn by_locale(
    conn: &mut DbConnection,
    conditions: &str,
) -> Result<BTreeMap<String, CellSums>, StoreError> {
    #[derive(QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        locale: String,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        attempts: i64,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        learners: i64,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        percents: i64,
        #[diesel(sql_type = diesel::sql_types::Double)]
        percent_sum: f64,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        judged: i64,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        passed: i64,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        unreadable: i64,
        #[diesel(sql_type = diesel::sql_types::Text)]
        questions: String,
    }
    let sql = format!(
        "SELECT c.locale, c.attempts, c.learners, c.percents, c.percent_sum, c.judged, \
         c.passed, c.unreadable, c.questions FROM report_item_cells c \
         LEFT JOIN institutions i ON i.id = c.institution_id WHERE {conditions}"
    );
    let mut locales: BTreeMap<String, CellSums> = BTreeMap::new();
    for row in diesel::sql_query(sql).load::<Row>(conn)? {
        let sums = read((
            row.attempts,
            row.learners,
            row.percents,
            row.percent_sum,
            row.judged,
            row.passed,
            row.unreadable,
            row.questions,
        ))?;
        locales.entry(row.locale).or_default().merge(&sums, 1);
    }
    Ok(locales)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TestDatabase;

    fn key() -> Key {
        (
            "migration-and-gender".to_owned(),
            "final".to_owned(),
            "bs".to_owned(),
            String::new(),
        )
    }

    fn change(attempts: i64) -> Deltas {
        let sums = CellSums {
            attempts,
            learners: 1,
            ..CellSums::default()
        };
        Deltas(BTreeMap::from([(key(), sums)]))
    }

    fn attempts_in_cell(conn: &mut DbConnection) -> Option<i64> {
        stored(conn).expect("cells").get(&key()).map(|c| c.attempts)
    }

    #[test]
    fn held_changes_are_written_once_at_the_end_and_dropped_when_the_work_fails() {
        let db = TestDatabase::new();
        let pool = db.migrated_pool();
        let mut conn = pool.get().expect("connection");
        conn.write_transaction(|tx| {
            holding_cells(tx, |tx| {
                apply_or_hold(tx, change(1))?;
                apply_or_hold(tx, change(2))?;
                assert_eq!(attempts_in_cell(tx), None, "held back until the end");
                Ok::<_, StoreError>(())
            })?
        })
        .expect("transaction");
        assert_eq!(attempts_in_cell(&mut conn), Some(3));

        let failed = holding_cells(&mut conn, |tx| {
            apply_or_hold(tx, change(5))?;
            Err::<(), _>(StoreError::Corrupt("the work failed".to_owned()))
        });
        assert!(matches!(failed, Ok(Err(StoreError::Corrupt(_)))));
        assert_eq!(
            attempts_in_cell(&mut conn),
            Some(3),
            "nothing held is written"
        );

        // Nothing stays held once the work is over: the next change is written at once.
        apply_or_hold(&mut conn, change(1)).expect("apply");
        assert_eq!(attempts_in_cell(&mut conn), Some(4));
    }
}
