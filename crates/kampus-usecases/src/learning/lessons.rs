//! A lesson viewed or completed. Progress only moves forward: a late "viewed" never undoes a
//! "completed", and the same event sent again (after a lost answer, from an offline queue)
//! counts once.

use std::sync::Arc;

use kampus_content::LoadedCourse;
use kampus_store::progress::{self, EventKind, LessonEvent, Recorded};
use kampus_store::{StoreError, enrollments};
use kampus_xapi::kampus_events;

use crate::context::Context;
use crate::error::{FieldError, UseCaseError};
use crate::retry;
use crate::statements::{self, Learner, What};

/// What recording did, and the lessons of the enrollment completed now.
#[derive(Debug, Clone)]
pub struct LessonProgress {
    pub recorded: Recorded,
    /// Completed lessons, in the course's order.
    pub completed: Vec<String>,
    /// Every lesson of the course, in order.
    pub lessons: Vec<String>,
}

impl LessonProgress {
    /// Completed lessons as a whole percentage of all lessons.
    pub fn percent(&self) -> u32 {
        u32::try_from(self.completed.len() * 100 / self.lessons.len().max(1)).unwrap_or(100)
    }
}

/// Records `event` for `learner`'s active enrollment `enrollment_id` in `course`. A new event
/// writes its statement (`experienced` or `completed`, with the event's id); a lesson
/// completed for the first time may complete the course: the completion, its certificate,
/// its email and their statements are written in the same transaction as the event.
pub async fn record_event(
    ctx: &Context,
    course: Arc<LoadedCourse>,
    learner: Learner,
    enrollment_id: String,
    event: LessonEvent,
) -> Result<LessonProgress, UseCaseError> {
    let lessons: Vec<String> = course
        .course()
        .modules
        .iter()
        .flat_map(|m| m.lessons.iter().cloned())
        .collect();
    if !lessons.contains(&event.lesson_id) {
        return Err(UseCaseError::UnknownReference(vec![FieldError::new(
            "lesson_id",
            "field-lesson-unknown",
        )]));
    }
    let job_ctx = ctx.clone();
    let job = move |tx: &mut kampus_store::DbConnection| {
        let now = job_ctx.now();
        let (recorded, completed) = progress::record_and_list(tx, &enrollment_id, &event, now)?;
        if matches!(recorded, Recorded::New | Recorded::Completed) {
            statements::record(
                tx,
                &job_ctx,
                &course,
                learner,
                &enrollment_id,
                &kampus_events::statement_id("lesson-event", &event.event_id),
                What::Lesson {
                    lesson_id: &event.lesson_id,
                    completed: event.kind == EventKind::Completed,
                },
                event.occurred_at.map_or(now, |at| at.min(now)),
            )?;
        }
        // Only a lesson completed for the first time can complete the course.
        if recorded == Recorded::Completed {
            let enrollment = enrollments::find_by_id(tx, &enrollment_id)?;
            crate::completion::evaluate(tx, &course, &enrollment, now, &job_ctx)?;
        }
        Ok::<_, StoreError>((recorded, completed))
    };
    // Many events share one transaction (group commit); each is still atomic on its own.
    let (recorded, completed) = retry::again_after_conflict(|| ctx.writer.run(job.clone())).await?;
    if recorded == Recorded::Conflict {
        return Err(UseCaseError::Conflict(
            "event id reused for a different event".into(),
        ));
    }
    let completed = lessons
        .iter()
        .filter(|l| completed.contains(l))
        .cloned()
        .collect();
    Ok(LessonProgress {
        recorded,
        completed,
        lessons,
    })
}

/// Remembers `lesson_id` as the last lesson opened in the enrollment (where the outline
/// says the learner stopped). A small write: grouped with others by the writer.
pub async fn bookmark(
    ctx: &Context,
    enrollment_id: String,
    lesson_id: String,
) -> Result<(), UseCaseError> {
    let now = ctx.now();
    let job = move |conn: &mut kampus_store::DbConnection| {
        enrollments::touch_lesson(conn, &enrollment_id, &lesson_id, now)
    };
    Ok(retry::again_after_conflict(|| ctx.writer.run(job.clone())).await?)
}
