//! Enrollments: who takes which course. Keyed by the course's stable id, never by a version.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::ids::UserId;
use crate::schema::enrollments;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Queryable, Selectable)]
#[diesel(table_name = enrollments)]
pub struct Enrollment {
    pub id: String,
    #[diesel(deserialize_as = String)]
    pub user_id: UserId,
    pub course_id: String,
    pub status: String,
    pub enrolled_at: NaiveDateTime,
    pub withdrawn_at: Option<NaiveDateTime>,
    pub completed_at: Option<NaiveDateTime>,
    pub last_lesson_id: Option<String>,
    pub updated_at: NaiveDateTime,
}

impl Enrollment {
    pub fn is_active(&self) -> bool {
        self.status == "active"
    }
}

/// Enrolls the user, or resumes a withdrawn enrollment with its history. Idempotent.
/// Run it in a write transaction.
pub fn enroll(
    conn: &mut DbConnection,
    user: UserId,
    course_id: &str,
    now: NaiveDateTime,
) -> Result<Enrollment, StoreError> {
    if let Some(existing) = find(conn, user, course_id)? {
        if !existing.is_active() {
            diesel::update(enrollments::table.find(&existing.id))
                .set((
                    enrollments::status.eq("active"),
                    enrollments::withdrawn_at.eq(None::<NaiveDateTime>),
                    enrollments::updated_at.eq(now),
                ))
                .execute(conn)?;
            crate::reports::aggregates::refresh_enrollment(conn, &existing.id)?;
        }
        return find(conn, user, course_id)?.ok_or(StoreError::NotFound);
    }
    diesel::insert_into(enrollments::table)
        .values((
            enrollments::id.eq(uuid::Uuid::now_v7().to_string()),
            enrollments::user_id.eq(user.to_string()),
            enrollments::course_id.eq(course_id),
            enrollments::status.eq("active"),
            enrollments::enrolled_at.eq(now),
            enrollments::updated_at.eq(now),
        ))
        .execute(conn)?;
    let enrollment = find(conn, user, course_id)?.ok_or(StoreError::NotFound)?;
    crate::reports::aggregates::refresh_enrollment(conn, &enrollment.id)?;
    Ok(enrollment)
}

/// Withdraws from a course, keeping the record (and later the progress) for a return.
pub fn withdraw(
    conn: &mut DbConnection,
    user: UserId,
    course_id: &str,
    now: NaiveDateTime,
) -> Result<Enrollment, StoreError> {
    let updated = diesel::update(
        enrollments::table
            .filter(enrollments::user_id.eq(user.to_string()))
            .filter(enrollments::course_id.eq(course_id)),
    )
    .set((
        enrollments::status.eq("withdrawn"),
        enrollments::withdrawn_at.eq(now),
        enrollments::updated_at.eq(now),
    ))
    .execute(conn)?;
    if updated == 0 {
        return Err(StoreError::NotFound);
    }
    let enrollment = find(conn, user, course_id)?.ok_or(StoreError::NotFound)?;
    crate::reports::aggregates::refresh_enrollment(conn, &enrollment.id)?;
    Ok(enrollment)
}

pub fn find(
    conn: &mut DbConnection,
    user: UserId,
    course_id: &str,
) -> Result<Option<Enrollment>, StoreError> {
    Ok(enrollments::table
        .filter(enrollments::user_id.eq(user.to_string()))
        .filter(enrollments::course_id.eq(course_id))
        .select(Enrollment::as_select())
        .first(conn)
        .optional()?)
}

pub fn find_by_id(conn: &mut DbConnection, id: &str) -> Result<Enrollment, StoreError> {
    Ok(enrollments::table
        .find(id)
        .select(Enrollment::as_select())
        .first(conn)?)
}

/// All of a user's enrollments (for the catalog's status column).
pub fn for_user(conn: &mut DbConnection, user: UserId) -> Result<Vec<Enrollment>, StoreError> {
    Ok(enrollments::table
        .filter(enrollments::user_id.eq(user.to_string()))
        .select(Enrollment::as_select())
        .load(conn)?)
}

/// Active, not yet completed enrollments in a course, `limit` of them after the id `after`
/// (by id), for evaluating completion again when a new version asks less of learners.
pub fn open_in_course(
    conn: &mut DbConnection,
    course_id: &str,
    after: Option<&str>,
    limit: i64,
) -> Result<Vec<Enrollment>, StoreError> {
    let mut query = enrollments::table
        .filter(enrollments::course_id.eq(course_id))
        .filter(enrollments::status.eq("active"))
        .filter(enrollments::completed_at.is_null())
        .order(enrollments::id)
        .limit(limit)
        .select(Enrollment::as_select())
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(enrollments::id.gt(after.to_owned()));
    }
    Ok(query.load(conn)?)
}

/// Remembers the lesson the learner opened last ("continue where I left off").
pub fn touch_lesson(
    conn: &mut DbConnection,
    enrollment_id: &str,
    lesson_id: &str,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    diesel::update(enrollments::table.find(enrollment_id))
        .set((
            enrollments::last_lesson_id.eq(lesson_id),
            enrollments::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}
