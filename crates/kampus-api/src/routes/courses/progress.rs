//! `POST /api/v1/courses/{slug}/progress`: lesson viewed and completed events.

use actix_web::{HttpResponse, web};
use chrono::{DateTime, Utc};
use kampus_store::progress::{self, EventKind, LessonEvent, Recorded};
use kampus_store::{StoreError, enrollments};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::Learner;
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgressEvent {
    /// Unique per event, chosen by the client (a UUID): sending the same event again (after a
    /// lost answer, from an offline queue) counts once.
    pub event_id: String,
    /// lesson-viewed or lesson-completed.
    pub kind: String,
    pub lesson_id: String,
    /// When it happened on the client; default now, and never later than now.
    #[schema(value_type = Option<String>, format = DateTime)]
    pub occurred_at: Option<DateTime<Utc>>,
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
        (status = 404, description = "No such course", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "This event id was used for a different event", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown lesson or kind, or a malformed event id", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn record(
    state: web::Data<AppState>,
    user: Learner,
    slug: web::Path<String>,
    body: web::Json<ProgressEvent>,
) -> Result<HttpResponse, ApiError> {
    let loaded = state.course(&slug).ok_or(ApiError::NotFound)?;
    let course = loaded.course();
    let lessons: Vec<String> = course
        .modules
        .iter()
        .flat_map(|m| m.lessons.iter().cloned())
        .collect();
    let body = body.into_inner();
    let mut invalid = Vec::new();
    if uuid::Uuid::parse_str(&body.event_id).is_err() {
        invalid.push(FieldError::new("event_id", "field-required"));
    }
    let kind = match body.kind.as_str() {
        "lesson-viewed" => Some(EventKind::Viewed),
        "lesson-completed" => Some(EventKind::Completed),
        _ => {
            invalid.push(FieldError::new("kind", "field-required"));
            None
        }
    };
    if !lessons.contains(&body.lesson_id) {
        invalid.push(FieldError::new("lesson_id", "field-required"));
    }
    let (Some(kind), true) = (kind, invalid.is_empty()) else {
        return Err(ApiError::Validation(invalid));
    };
    let now = state.clock.now();
    let occurred_at = body.occurred_at.map_or(now, |t| t.naive_utc().min(now));
    let event = LessonEvent {
        event_id: body.event_id,
        kind,
        lesson_id: body.lesson_id,
        occurred_at,
    };
    let (user_id, course_id, db_state, slug) = (
        user.0.id,
        course.id.clone(),
        state.clone(),
        slug.into_inner(),
    );
    // Many events share one transaction (group commit); each is still atomic on its own.
    let outcome = state
        .writer
        .run(move |conn| {
            let now = db_state.clock.now();
            let attempt = |tx: &mut kampus_store::DbConnection| {
                let Some(enrollment) = enrollments::find(tx, user_id, &course_id)?
                    .filter(enrollments::Enrollment::is_active)
                else {
                    return Ok(None);
                };
                let recorded = progress::record(tx, &enrollment.id, &event, now)?;
                if recorded == Recorded::New {
                    if let Some(loaded) = db_state.course(&slug) {
                        super::completion::evaluate(tx, loaded, &enrollment, now)?;
                    }
                }
                let completed = progress::completed_lessons(tx, &enrollment.id)?;
                Ok::<_, StoreError>(Some((recorded, completed)))
            };
            // Two copies of one event racing on PostgreSQL (two nodes): both see no event,
            // one insert wins, the other fails on the key. Once more, in a fresh savepoint,
            // it finds the winner's event.
            match conn.savepoint(attempt) {
                Err(StoreError::Conflict(_)) => conn.savepoint(attempt),
                other => other,
            }
        })
        .await?;
    let (recorded, completed) = outcome.ok_or(ApiError::NotEnrolled)?;
    let recorded = match recorded {
        Recorded::New => "new",
        Recorded::Duplicate => "duplicate",
        Recorded::Conflict => {
            return Err(ApiError::Conflict(
                "event id reused for a different event".into(),
            ));
        }
    };
    let completed: Vec<String> = lessons
        .iter()
        .filter(|l| completed.contains(l))
        .cloned()
        .collect();
    let percent = u32::try_from(completed.len() * 100 / lessons.len().max(1)).unwrap_or(100);
    Ok(HttpResponse::Ok().json(ProgressState {
        recorded,
        total_lessons: lessons.len(),
        completed_lessons: completed,
        percent,
    }))
}
