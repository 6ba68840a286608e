//! What course completion is decided from, and the completion record itself.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::enrollments::Enrollment;
use crate::error::StoreError;
use crate::schema::{attempts, completions, enrollments, survey_responses};

/// Assessments the enrollment has passed (any attempt with `passed = true`).
pub fn passed_assessments(
    conn: &mut DbConnection,
    enrollment_id: &str,
) -> Result<Vec<String>, StoreError> {
    Ok(attempts::table
        .filter(attempts::enrollment_id.eq(enrollment_id))
        .filter(attempts::passed.eq(true))
        .select(attempts::assessment_id)
        .distinct()
        .load(conn)?)
}

/// Saves (or replaces) the survey response of an enrollment.
pub fn save_survey(
    conn: &mut DbConnection,
    enrollment_id: &str,
    answers: &str,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    let updated = diesel::update(survey_responses::table.find(enrollment_id))
        .set((
            survey_responses::answers.eq(answers),
            survey_responses::updated_at.eq(now),
        ))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(survey_responses::table)
            .values((
                survey_responses::enrollment_id.eq(enrollment_id),
                survey_responses::answers.eq(answers),
                survey_responses::submitted_at.eq(now),
                survey_responses::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The survey response of an enrollment, if any (JSON).
pub fn survey(conn: &mut DbConnection, enrollment_id: &str) -> Result<Option<String>, StoreError> {
    Ok(survey_responses::table
        .find(enrollment_id)
        .select(survey_responses::answers)
        .first(conn)
        .optional()?)
}

/// Records the completion of an enrollment, exactly once: `true` when this call completed it.
/// Run it in the transaction of the event that satisfied the course's rule.
pub fn record(
    conn: &mut DbConnection,
    enrollment: &Enrollment,
    now: NaiveDateTime,
) -> Result<bool, StoreError> {
    let won = diesel::update(
        enrollments::table
            .find(&enrollment.id)
            .filter(enrollments::completed_at.is_null()),
    )
    .set((
        enrollments::completed_at.eq(now),
        enrollments::updated_at.eq(now),
    ))
    .execute(conn)?;
    if won == 0 {
        return Ok(false);
    }
    diesel::insert_into(completions::table)
        .values((
            completions::enrollment_id.eq(&enrollment.id),
            completions::user_id.eq(enrollment.user_id.to_string()),
            completions::course_id.eq(&enrollment.course_id),
            completions::completed_at.eq(now),
        ))
        .execute(conn)?;
    crate::reports::aggregates::refresh_enrollment(conn, &enrollment.id)?;
    Ok(true)
}

/// Completions recorded for a course (the certificates issue reads these).
pub fn count_for_course(conn: &mut DbConnection, course_id: &str) -> Result<i64, StoreError> {
    Ok(completions::table
        .filter(completions::course_id.eq(course_id))
        .count()
        .get_result(conn)?)
}

/// The best percentage of the enrollment's passing attempts at an assessment, if any passed.
pub fn best_passing_percent(
    conn: &mut DbConnection,
    enrollment_id: &str,
    assessment_id: &str,
) -> Result<Option<f64>, StoreError> {
    Ok(attempts::table
        .filter(attempts::enrollment_id.eq(enrollment_id))
        .filter(attempts::assessment_id.eq(assessment_id))
        .filter(attempts::passed.eq(true))
        .select(diesel::dsl::max(attempts::percent))
        .first::<Option<f64>>(conn)?)
}
