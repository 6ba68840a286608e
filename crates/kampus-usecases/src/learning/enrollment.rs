//! Enrolling, withdrawing, and who may enroll.
//!
//! A course with an audience admits learners of the institutions and countries it names
//! (admins and trainers always); the audience is checked only when an enrollment is first
//! created, so a later change of the audience takes nobody's place away.

use std::sync::Arc;

use chrono::NaiveDateTime;
use kampus_content::LoadedCourse;
use kampus_content::model::Audience;
use kampus_progress::{Applicant, may_enroll};
use kampus_store::enrollments::{self, Enrollment};
use kampus_store::institutions;
use kampus_store::time_on_task::{self, LessonTime};
use kampus_store::users::{Role, User};
use kampus_store::{DbConnection, StoreError};

use kampus_xapi::kampus_events;

use crate::context::Context;
use crate::error::UseCaseError;
use crate::retry;
use crate::statements::{self, Learner, What};

/// What a learner asks of their enrollment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Enroll, or resume after withdrawing (with the earlier history).
    Enroll,
    /// Withdraw; the history is kept for a return.
    Withdraw,
}

/// Applies `change` to `user`'s enrollment in `course`, in one write transaction; the
/// enrollment as it now is. Refused with [`UseCaseError::CourseRestricted`] when the course's
/// audience does not admit a first enrollment, and [`UseCaseError::NotFound`] when
/// withdrawing from a course the user never enrolled in. Enrolling writes the statement
/// `registered` (once per enrollment: its id is the enrollment's).
pub async fn change(
    ctx: &Context,
    user: User,
    course: Arc<LoadedCourse>,
    change: Change,
) -> Result<EnrollmentProgress, UseCaseError> {
    let course_id = course.course().id.clone();
    let audience = course.course().audience.clone();
    let now = ctx.now();
    let job_ctx = ctx.clone();
    ctx.blocking(move |conn| {
        retry::write(conn, |tx| {
            let changed = match change {
                Change::Enroll => {
                    let enrolled =
                        enroll_if_admitted(tx, &user, &course_id, audience.as_ref(), now)?;
                    if let Some(enrollment) = &enrolled {
                        statements::record(
                            tx,
                            &job_ctx,
                            &course,
                            Learner::from(&user),
                            &enrollment.id,
                            &kampus_events::statement_id("enrollment", &enrollment.id),
                            What::Enrolled,
                            enrollment.enrolled_at,
                        )?;
                    }
                    enrolled
                }
                Change::Withdraw => Some(enrollments::withdraw(tx, user.id, &course_id, now)?),
            };
            let changed = changed.ok_or(UseCaseError::CourseRestricted)?;
            Ok(with_progress(tx, changed)?)
        })
    })
    .await
}

/// The user as an applicant for an enrollment. Reads their institution's country only when
/// it can matter: for a `restricted` course (or a list with one) and a learner with an
/// institution (staff may always enroll, and a learner without one is in no audience).
pub fn applicant(
    conn: &mut DbConnection,
    user: &User,
    restricted: bool,
) -> Result<Applicant, StoreError> {
    let institution = match (restricted, user.role, user.institution_id) {
        (true, Role::Learner, Some(id)) => {
            let country = institutions::find(conn, id)?.country_code;
            Some((id, country))
        }
        _ => None,
    };
    Ok(Applicant {
        role: user.role,
        institution,
    })
}

/// Whether the caller may enroll: `PUT …/enrollment` would succeed. Someone who enrolled
/// before (even if withdrawn since) always may: the audience is checked only when an
/// enrollment is created, so a later change of the audience takes nobody's place away.
pub fn enrollable(
    audience: Option<&Audience>,
    applicant: &Applicant,
    enrolled_before: bool,
) -> bool {
    enrolled_before || may_enroll(audience, applicant)
}

/// Enrolls `user` (or resumes their enrollment), unless the course's audience excludes them:
/// then `None`, with nothing written. Run it in a write transaction, so that the check and
/// the enrollment see the same data.
pub fn enroll_if_admitted(
    conn: &mut DbConnection,
    user: &User,
    course_id: &str,
    audience: Option<&Audience>,
    now: NaiveDateTime,
) -> Result<Option<Enrollment>, StoreError> {
    // Only a first enrollment is checked; resuming one (after a withdrawal) never is.
    let first = audience.is_some() && enrollments::find(conn, user.id, course_id)?.is_none();
    if first && !may_enroll(audience, &applicant(conn, user, true)?) {
        return Ok(None);
    }
    enrollments::enroll(conn, user.id, course_id, now).map(Some)
}

/// An enrollment with the lessons it has completed and the time credited to each lesson.
#[derive(Debug, Clone)]
pub struct EnrollmentProgress {
    pub enrollment: Enrollment,
    pub completed: Vec<String>,
    pub time: Vec<LessonTime>,
}

impl EnrollmentProgress {
    /// Seconds credited to a lesson.
    pub fn lesson_seconds(&self, lesson_id: &str) -> u64 {
        self.time
            .iter()
            .find(|t| t.lesson_id == lesson_id)
            .map_or(0, |t| u64::try_from(t.seconds).unwrap_or(0))
    }

    /// Seconds credited in all.
    pub fn total_seconds(&self) -> u64 {
        self.time
            .iter()
            .map(|t| u64::try_from(t.seconds).unwrap_or(0))
            .sum()
    }
}

/// Loads an enrollment's completed lessons and time on task.
pub fn with_progress(
    conn: &mut DbConnection,
    enrollment: Enrollment,
) -> Result<EnrollmentProgress, StoreError> {
    let completed = kampus_store::progress::completed_lessons(conn, &enrollment.id)?;
    let time = time_on_task::for_enrollment(conn, &enrollment.id)?;
    Ok(EnrollmentProgress {
        enrollment,
        completed,
        time,
    })
}

/// A learner's place in every course they ever enrolled in, and who they are as an
/// applicant (for the courses they might enroll in).
#[derive(Debug, Clone)]
pub struct Standing {
    /// By course id.
    pub enrollments: std::collections::HashMap<String, EnrollmentProgress>,
    pub applicant: Applicant,
}

/// Reads `user`'s standing; `restricted` says whether any course they look at has an
/// audience (only then is their institution's country read).
pub async fn standing(
    ctx: &Context,
    user: User,
    restricted: bool,
) -> Result<Standing, UseCaseError> {
    ctx.blocking(move |conn| {
        let enrollments = enrollments::for_user(conn, user.id)?
            .into_iter()
            .map(|e| Ok((e.course_id.clone(), with_progress(conn, e)?)))
            .collect::<Result<_, StoreError>>()?;
        Ok::<_, UseCaseError>(Standing {
            enrollments,
            applicant: applicant(conn, &user, restricted)?,
        })
    })
    .await
}

/// `user`'s enrollment in one course with its progress, if they ever enrolled.
pub async fn progress_in(
    ctx: &Context,
    user: kampus_store::UserId,
    course_id: String,
) -> Result<Option<EnrollmentProgress>, UseCaseError> {
    ctx.blocking(move |conn| {
        let found = enrollments::find(conn, user, &course_id)?;
        Ok::<_, UseCaseError>(found.map(|e| with_progress(conn, e)).transpose()?)
    })
    .await
}
