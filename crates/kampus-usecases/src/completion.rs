//! Course completion: evaluated inside the transaction of every event that may satisfy the
//! course's rule (a lesson completed, an assessment passed, the survey submitted), so the
//! completion and the event that caused it are written together or not at all.

use chrono::NaiveDateTime;
use kampus_content::LoadedCourse;
use kampus_progress::{Achievements, rule_met};
use kampus_store::enrollments::Enrollment;
use kampus_store::{DbConnection, StoreError, completion, progress};

use crate::context::Context;

/// Records the enrollment's completion if the rule is now met, and issues its certificate in
/// the same transaction (the completion hook of the certificates); `true` when this call did.
pub fn evaluate(
    tx: &mut DbConnection,
    loaded: &LoadedCourse,
    enrollment: &Enrollment,
    now: NaiveDateTime,
    ctx: &Context,
) -> Result<bool, StoreError> {
    if enrollment.completed_at.is_some() {
        return Ok(false);
    }
    let completed_lessons = progress::completed_lessons(tx, &enrollment.id)?;
    let passed_assessments = completion::passed_assessments(tx, &enrollment.id)?;
    let survey_submitted = completion::survey(tx, &enrollment.id)?.is_some();
    let done = Achievements {
        completed_lessons: &completed_lessons,
        passed_assessments: &passed_assessments,
        survey_submitted,
    };
    if !rule_met(loaded.course(), &done) {
        return Ok(false);
    }
    let completed = completion::record(tx, enrollment, now)?;
    if completed {
        let issuance = crate::certificates::facts::issue(tx, loaded, enrollment, now, ctx)?;
        tracing::info!(
            enrollment_id = %enrollment.id,
            course_id = %enrollment.course_id,
            serial = %issuance.certificate().serial,
            "course completed, certificate issued"
        );
    }
    Ok(completed)
}
