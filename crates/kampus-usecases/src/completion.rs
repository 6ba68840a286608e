//! Course completion: evaluated inside the transaction of every event that may satisfy the
//! course's rule (a lesson completed, an assessment passed, the survey submitted), so the
//! completion and the event that caused it are written together or not at all.

use chrono::NaiveDateTime;
use kampus_content::LoadedCourse;
use kampus_progress::{Achievements, rule_met};
use kampus_store::enrollments::Enrollment;
use kampus_store::{DbConnection, StoreError, completion, progress};

use kampus_xapi::kampus_events;

use crate::context::Context;
use crate::statements::{self, Learner, What};

/// Records the enrollment's completion if the rule is now met, and issues its certificate in
/// the same transaction (the completion hook of the certificates), with their statements
/// (`completed` for the course, `satisfied` for the certificate); `true` when this call did.
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
        let learner = Learner::find(tx, enrollment.user_id)?;
        statements::record(
            tx,
            ctx,
            loaded,
            learner,
            &enrollment.id,
            &kampus_events::derived_id("course-completed", &enrollment.id),
            What::CourseCompleted,
            now,
        )?;
        let issuance = crate::certificates::facts::issue(tx, loaded, enrollment, now, ctx)?;
        let certificate = issuance.certificate();
        statements::record(
            tx,
            ctx,
            loaded,
            learner,
            &enrollment.id,
            &kampus_events::derived_id("certificate", &certificate.id.to_string()),
            What::CertificateEarned {
                verification_code: &certificate.verification_code,
            },
            certificate.issued_at,
        )?;
        tracing::info!(
            enrollment_id = %enrollment.id,
            course_id = %enrollment.course_id,
            serial = %issuance.certificate().serial,
            "course completed, certificate issued"
        );
    }
    Ok(completed)
}
