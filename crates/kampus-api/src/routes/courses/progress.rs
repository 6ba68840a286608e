//! `POST /api/v1/courses/{slug}/progress`: lesson viewed and completed events.

use actix_web::{HttpResponse, web};
use chrono::{DateTime, SubsecRound, Utc};
use kampus_store::progress::{EventKind, LessonEvent, Recorded};
use kampus_usecases::learning::lessons;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::caller::{Learner, active_enrollment};
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgressEvent {
    /// Unique per event, chosen by the client (a UUID): sending the same event again (after a
    /// lost answer, from an offline queue) counts once.
    #[schema(format = Uuid)]
    pub event_id: String,
    #[schema(inline)]
    pub kind: EventKindName,
    /// A lesson of the course.
    #[schema(min_length = 1)]
    pub lesson_id: String,
    /// When it happened on the client; default now, and never later than now. A retry of the
    /// same event sends the same body: with no time, or the same time.
    #[schema(value_type = Option<String>, format = DateTime)]
    pub occurred_at: Option<DateTime<Utc>>,
}

/// What happened to the lesson.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EventKindName {
    LessonViewed,
    LessonCompleted,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProgressState {
    /// new, or duplicate when this event was recorded before.
    pub recorded: &'static str,
    pub completed_lessons: Vec<String>,
    pub total_lessons: usize,
    /// Completed lessons as a whole percentage of all lessons.
    pub percent: u32,
}

/// `8-4-4-4-12` hex digits, as `format: uuid` means (JSON Schema's and RFC 4122's form).
fn is_hyphenated_uuid(raw: &str) -> bool {
    raw.len() == 36 && uuid::Uuid::try_parse(raw).is_ok()
}

/// Records a lesson event for the caller's enrollment. Progress only moves forward: a late
/// "viewed" never undoes a "completed".
#[utoipa::path(
    post,
    path = "/api/v1/courses/{slug}/progress",
    tag = "courses",
    security(("bearer" = [])),
    params(("slug" = String, Path)),
    request_body = ProgressEvent,
    responses(
        (status = 200, description = "Recorded (or recognized as already recorded)", body = ProgressState),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not enrolled in the course", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such course, or no such lesson in it (`unknown-reference`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "This event id was used for a different event", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An unknown kind, or a malformed event id", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn record(
    state: web::Data<AppState>,
    user: Learner,
    slug: web::Path<String>,
    body: crate::body::Json<ProgressEvent>,
) -> Result<HttpResponse, ApiError> {
    let course = state
        .content()
        .shared_course(&slug)
        .ok_or(ApiError::NotFound)?;
    let body = body.into_inner();
    // The only rule the schema states and serde does not check: the id's form.
    if !is_hyphenated_uuid(&body.event_id) {
        return Err(ApiError::Validation(vec![FieldError::new(
            "event_id",
            "field-uuid-invalid",
        )]));
    }
    let kind = match body.kind {
        EventKindName::LessonViewed => EventKind::Viewed,
        EventKindName::LessonCompleted => EventKind::Completed,
    };
    let event = LessonEvent {
        event_id: body.event_id,
        kind,
        lesson_id: body.lesson_id,
        // Microseconds, as PostgreSQL keeps them: a retry compares equal to what was stored.
        occurred_at: body.occurred_at.map(|t| t.naive_utc().trunc_subsecs(6)),
    };
    let course_id = course.course().id.clone();
    // The enrollment as the lesson path knows it (the access cache): active, and its id.
    let enrollment_id = active_enrollment(&state, user.0.id, &course_id)
        .await?
        .ok_or(ApiError::NotEnrolled)?
        .id;
    let progress = lessons::record_event(
        &state.cases,
        course,
        kampus_usecases::statements::Learner::from(&*user.0),
        enrollment_id,
        event,
    )
    .await?;
    if progress.recorded != Recorded::Duplicate {
        state.access.forget_standing(user.0.id, &course_id);
    }
    Ok(HttpResponse::Ok().json(ProgressState {
        recorded: if progress.recorded == Recorded::Duplicate {
            "duplicate"
        } else {
            "new"
        },
        total_lessons: progress.lessons.len(),
        percent: progress.percent(),
        completed_lessons: progress.completed,
    }))
}
