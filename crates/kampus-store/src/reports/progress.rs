//! Learner progress in one course: a page of enrollments (sortable, searchable by name or
//! email) with per-module status, pre-test and final scores, completion date and certificate.
//!
//! - *pre-test*: the percent of the first submitted pre-test attempt; *final*: the best
//!   submitted final percent;
//! - a module is `completed` when every lesson of it is, `in-progress` when some are, else
//!   `not-started`;
//! - the search matches a part of the name or the email (letter case is ignored for ASCII
//!   only on SQLite).

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Double, Nullable, Text, Timestamp};
use serde::Serialize;

use super::sql::{conditions, quoted};
use super::{Filter, Scope};
use crate::connection::DbConnection;
use crate::error::StoreError;

/// What the report needs to know of the course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseOutline {
    pub course_id: String,
    /// Each module's id and lesson ids, in order.
    pub modules: Vec<(String, Vec<String>)>,
    pub pre_test: Option<String>,
    pub final_assessment: Option<String>,
}

impl CourseOutline {
    /// The outline of a published course.
    pub fn of(course: &kampus_content::model::Course) -> Self {
        use kampus_content::model::AssessmentKind;
        let first_of = |kind| course.first_assessment(kind).map(|a| a.id.clone());
        Self {
            course_id: course.id.clone(),
            modules: course
                .modules
                .iter()
                .map(|m| (m.id.clone(), m.lessons.clone()))
                .collect(),
            pre_test: first_of(AssessmentKind::PreTest),
            final_assessment: first_of(AssessmentKind::Final),
        }
    }
}

/// The order of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Name,
    Enrolled,
    Completed,
    Lessons,
    Final,
}

impl Sort {
    pub fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "name" => Sort::Name,
            "enrolled_at" => Sort::Enrolled,
            "completed_at" => Sort::Completed,
            "lessons_completed" => Sort::Lessons,
            "final_score" => Sort::Final,
            _ => return None,
        })
    }

    fn column(self) -> &'static str {
        match self {
            Sort::Name => "display_name",
            Sort::Enrolled => "enrolled_at",
            Sort::Completed => "completed_at",
            Sort::Lessons => "lessons_completed",
            Sort::Final => "final_score",
        }
    }
}

/// Which page, in which order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub search: Option<String>,
    pub sort: Sort,
    pub descending: bool,
    pub offset: i64,
    pub limit: i64,
}

/// One module's status for a learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModuleStatus {
    pub module: String,
    /// not-started, in-progress or completed.
    pub status: &'static str,
    pub lessons_completed: usize,
    pub lessons: usize,
}

/// One learner's row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LearnerProgress {
    pub enrollment_id: String,
    pub user_id: String,
    pub display_name: String,
    pub email: String,
    pub institution: Option<String>,
    pub locale: String,
    /// enrolled, completed or withdrawn (the words of the learner's own enrollment status).
    pub status: String,
    pub enrolled_at: NaiveDateTime,
    pub completed_at: Option<NaiveDateTime>,
    pub lessons_completed: i64,
    pub modules: Vec<ModuleStatus>,
    pub pre_test: Option<f64>,
    pub final_score: Option<f64>,
    /// The current certificate's id.
    pub certificate_id: Option<String>,
}

#[derive(QueryableByName)]
struct Row {
    #[diesel(sql_type = Text)]
    enrollment_id: String,
    #[diesel(sql_type = Text)]
    user_id: String,
    #[diesel(sql_type = Text)]
    display_name: String,
    #[diesel(sql_type = Text)]
    email: String,
    #[diesel(sql_type = Nullable<Text>)]
    institution: Option<String>,
    #[diesel(sql_type = Text)]
    locale: String,
    #[diesel(sql_type = Text)]
    status: String,
    #[diesel(sql_type = Timestamp)]
    enrolled_at: NaiveDateTime,
    #[diesel(sql_type = Nullable<Timestamp>)]
    completed_at: Option<NaiveDateTime>,
    #[diesel(sql_type = BigInt)]
    lessons_completed: i64,
    #[diesel(sql_type = Nullable<Double>)]
    pre_test: Option<f64>,
    #[diesel(sql_type = Nullable<Double>)]
    final_score: Option<f64>,
    #[diesel(sql_type = Nullable<Text>)]
    certificate_id: Option<String>,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

#[derive(QueryableByName)]
struct Completed {
    #[diesel(sql_type = Text)]
    enrollment_id: String,
    #[diesel(sql_type = Text)]
    lesson_id: String,
}

/// How many learners match, and the page asked for.
pub fn page(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    course: &CourseOutline,
    page: &Page,
) -> Result<(i64, Vec<LearnerProgress>), StoreError> {
    let from_where = matching(scope, filter, course, page);
    let total = diesel::sql_query(format!("SELECT COUNT(*) AS n {from_where}"))
        .get_result::<Count>(conn)?
        .n;
    let sql = format!(
        "SELECT * FROM ({}) AS learners {} LIMIT {limit} OFFSET {offset}",
        rows_sql(course, &from_where),
        order_by(page),
        limit = page.limit.max(0),
        offset = page.offset.max(0),
    );
    let rows: Vec<Row> = diesel::sql_query(sql).load(conn)?;
    Ok((total, with_lessons(conn, course, rows)?))
}

/// Every matching enrollment's id, in the page's order (its offset and limit are ignored):
/// an export then reads the rows a slice of ids at a time ([`rows`]), where paging with an
/// offset would sort and skip everything before each page again.
pub fn ordered_ids(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    course: &CourseOutline,
    page: &Page,
) -> Result<Vec<String>, StoreError> {
    #[derive(QueryableByName)]
    struct Id {
        #[diesel(sql_type = Text)]
        enrollment_id: String,
    }
    let sql = format!(
        "SELECT enrollment_id FROM ({}) AS learners {}",
        rows_sql(course, &matching(scope, filter, course, page)),
        order_by(page),
    );
    let ids: Vec<Id> = diesel::sql_query(sql).load(conn)?;
    Ok(ids.into_iter().map(|id| id.enrollment_id).collect())
}

/// The rows of these enrollments of the course (ids from [`ordered_ids`]), in their order.
pub fn rows(
    conn: &mut DbConnection,
    course: &CourseOutline,
    ids: &[String],
) -> Result<Vec<LearnerProgress>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let listed: Vec<String> = ids.iter().map(|id| quoted(id)).collect();
    let from_where = format!(
        "FROM enrollments e JOIN users u ON u.id = e.user_id \
         LEFT JOIN institutions i ON i.id = u.institution_id \
         WHERE e.course_id = {} AND e.id IN ({})",
        quoted(&course.course_id),
        listed.join(", ")
    );
    let mut found: HashMap<String, Row> = diesel::sql_query(rows_sql(course, &from_where))
        .load::<Row>(conn)?
        .into_iter()
        .map(|row| (row.enrollment_id.clone(), row))
        .collect();
    let in_order = ids.iter().filter_map(|id| found.remove(id)).collect();
    with_lessons(conn, course, in_order)
}

/// `FROM … WHERE …` of the course's enrollments in scope, filter and search.
fn matching(scope: &Scope, filter: &Filter, course: &CourseOutline, page: &Page) -> String {
    let mut conds = conditions(scope, filter, "e.enrolled_at");
    conds.push(format!("e.course_id = {}", quoted(&course.course_id)));
    if let Some(search) = page.search.as_deref().filter(|s| !s.trim().is_empty()) {
        let pattern = format!(
            "%{}%",
            search.trim().to_lowercase().replace(['%', '_', '\\'], "")
        );
        conds.push(format!(
            "(LOWER(u.display_name) LIKE {p} OR LOWER(u.email) LIKE {p})",
            p = quoted(&pattern)
        ));
    }
    format!(
        "FROM enrollments e JOIN users u ON u.id = e.user_id \
         LEFT JOIN institutions i ON i.id = u.institution_id WHERE {}",
        conds.join(" AND ")
    )
}

fn order_by(page: &Page) -> String {
    format!(
        "ORDER BY {} {}, enrollment_id",
        page.sort.column(),
        if page.descending { "DESC" } else { "ASC" }
    )
}

/// One row per enrollment of `from_where`, with its figures.
fn rows_sql(course: &CourseOutline, from_where: &str) -> String {
    let assessment = |id: &Option<String>| id.as_deref().map_or_else(|| "''".to_owned(), quoted);
    format!(
        "SELECT e.id AS enrollment_id, u.id AS user_id, u.display_name, u.email, \
           i.name AS institution, u.preferred_locale AS locale, \
           CASE WHEN e.completed_at IS NOT NULL THEN 'completed' \
                WHEN e.status = 'withdrawn' THEN 'withdrawn' ELSE 'enrolled' END AS status, \
           e.enrolled_at, e.completed_at, \
           (SELECT COUNT(*) FROM lesson_progress lp WHERE lp.enrollment_id = e.id \
              AND lp.completed_at IS NOT NULL) AS lessons_completed, \
           (SELECT a.percent FROM attempts a WHERE a.enrollment_id = e.id AND a.assessment_id = {pre} \
              AND a.submitted_at IS NOT NULL ORDER BY a.number LIMIT 1) AS pre_test, \
           (SELECT MAX(a.percent) FROM attempts a WHERE a.enrollment_id = e.id \
              AND a.assessment_id = {fin} AND a.submitted_at IS NOT NULL) AS final_score, \
           (SELECT c.id FROM certificates c WHERE c.enrollment_id = e.id \
              AND c.replaced_by IS NULL) AS certificate_id \
         {from_where}",
        pre = assessment(&course.pre_test),
        fin = assessment(&course.final_assessment),
    )
}

fn with_lessons(
    conn: &mut DbConnection,
    course: &CourseOutline,
    rows: Vec<Row>,
) -> Result<Vec<LearnerProgress>, StoreError> {
    let completed = completed_lessons(conn, &rows)?;
    Ok(rows
        .into_iter()
        .map(|row| with_modules(row, course, &completed))
        .collect())
}

/// The completed lessons of the page's enrollments.
fn completed_lessons(
    conn: &mut DbConnection,
    rows: &[Row],
) -> Result<HashMap<String, HashSet<String>>, StoreError> {
    if rows.is_empty() {
        return Ok(HashMap::new());
    }
    let ids: Vec<String> = rows.iter().map(|r| quoted(&r.enrollment_id)).collect();
    let sql = format!(
        "SELECT enrollment_id, lesson_id FROM lesson_progress \
         WHERE completed_at IS NOT NULL AND enrollment_id IN ({})",
        ids.join(", ")
    );
    let mut by_enrollment: HashMap<String, HashSet<String>> = HashMap::new();
    for done in diesel::sql_query(sql).load::<Completed>(conn)? {
        by_enrollment
            .entry(done.enrollment_id)
            .or_default()
            .insert(done.lesson_id);
    }
    Ok(by_enrollment)
}

fn with_modules(
    row: Row,
    course: &CourseOutline,
    completed: &HashMap<String, HashSet<String>>,
) -> LearnerProgress {
    let done = completed.get(&row.enrollment_id);
    let modules = course
        .modules
        .iter()
        .map(|(module, lessons)| {
            let finished = lessons
                .iter()
                .filter(|l| done.is_some_and(|d| d.contains(*l)))
                .count();
            ModuleStatus {
                module: module.clone(),
                status: match finished {
                    0 => "not-started",
                    n if n == lessons.len() => "completed",
                    _ => "in-progress",
                },
                lessons_completed: finished,
                lessons: lessons.len(),
            }
        })
        .collect();
    LearnerProgress {
        enrollment_id: row.enrollment_id,
        user_id: row.user_id,
        display_name: row.display_name,
        email: row.email,
        institution: row.institution,
        locale: row.locale,
        status: row.status,
        enrolled_at: row.enrolled_at,
        completed_at: row.completed_at,
        lessons_completed: row.lessons_completed,
        modules,
        pre_test: row.pre_test,
        final_score: row.final_score,
        certificate_id: row.certificate_id,
    }
}
