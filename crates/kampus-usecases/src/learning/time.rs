//! Time on task: the client reports presence ("this lesson is in view"), the server measures
//! with its own clock ([`kampus_progress::time_on_task`]), so time cannot be inflated by
//! sending heartbeats faster, in parallel, or with large numbers in them.

use kampus_content::LoadedCourse;
use kampus_progress::time_on_task as rule;
use kampus_store::time_on_task::{self, Credit, LessonTime};
use kampus_store::{DbConnection, StoreError, UserId, enrollments};

use crate::context::Context;
use crate::error::{FieldError, UseCaseError};
use crate::retry;

/// What a heartbeat credited, and the enrollment's time per lesson after it.
#[derive(Debug, Clone)]
pub struct Credited {
    /// Seconds this heartbeat added: 0 for the first (it starts the count).
    pub seconds: u32,
    pub times: Vec<LessonTime>,
}

/// Records a heartbeat of `user_id`'s active enrollment in `course`: `lesson_id` has been
/// in view since the previous heartbeat, `claimed` seconds of it active (when the client
/// says).
pub async fn heartbeat(
    ctx: &Context,
    course: &LoadedCourse,
    user_id: UserId,
    lesson_id: String,
    claimed: Option<u32>,
) -> Result<Credited, UseCaseError> {
    if !course.course().lesson_ids().any(|l| l == lesson_id) {
        return Err(UseCaseError::UnknownReference(vec![FieldError::new(
            "lesson_id",
            "field-lesson-unknown",
        )]));
    }
    let (course_id, clock) = (course.course().id.clone(), ctx.clock.clone());
    // Heartbeats are small and frequent: group commit. The clock is read inside the job, so
    // heartbeats of one node see time move forward in the order they are written.
    let job = move |conn: &mut DbConnection| {
        let Some(enrollment) = enrollments::find(conn, user_id, &course_id)?
            .filter(enrollments::Enrollment::is_active)
        else {
            return Ok(None);
        };
        let now = clock.now();
        let previous = time_on_task::counted_until(conn, &enrollment.id)?;
        let decided = rule::credit(previous, now, claimed);
        let credit = Credit {
            lesson_id: &lesson_id,
            previous,
            counted_until: decided.counted_until,
            seconds: decided.seconds,
            at: now,
        };
        // A heartbeat that lost a race with another node's credits nothing.
        let seconds = if time_on_task::credit(conn, &enrollment.id, &credit)? {
            decided.seconds
        } else {
            0
        };
        let times = time_on_task::for_enrollment(conn, &enrollment.id)?;
        Ok::<_, StoreError>(Some(Credited { seconds, times }))
    };
    retry::again_after_conflict(|| ctx.writer.run(job.clone()))
        .await?
        .ok_or(UseCaseError::NotEnrolled)
}
