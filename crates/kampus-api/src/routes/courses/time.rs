//! `POST /api/v1/courses/{slug}/time`: time-on-task heartbeats.
//!
//! The client does not report time; it reports presence ("this lesson is in view") and the
//! server measures with its own clock (`kampus_progress::time_on_task`), so that time cannot
//! be inflated by sending heartbeats faster, in parallel, or with large numbers in them.

use actix_web::web;
use kampus_progress::time_on_task::{CAP_SECONDS, INTERVAL_SECONDS};
use kampus_store::time_on_task::LessonTime;
use kampus_usecases::learning::time;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::caller::Learner;
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::state::AppState;

/// Most seconds a heartbeat may claim; more is refused as malformed (the cap is lower and
/// applies anyway, but a day-long claim is a broken client, not a long visit).
const MAX_CLAIMED_SECONDS: i64 = 3600;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Heartbeat {
    /// The lesson in view since the previous heartbeat.
    #[schema(min_length = 1)]
    pub lesson_id: String,
    /// Seconds the client saw the learner active since its previous heartbeat (0 to 3600),
    /// e.g. leaving out time the tab was hidden. Optional: without it the server counts the
    /// whole interval. Either way at most the time since the previous heartbeat, and at most
    /// 60 seconds, is credited.
    #[schema(minimum = 0, maximum = 3600)]
    #[serde(default, deserialize_with = "crate::body::whole_number::optional")]
    pub seconds: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TimeOnTask {
    /// Seconds this heartbeat added: 0 for the first heartbeat (it starts the count).
    pub credited_seconds: u32,
    pub lesson_id: String,
    /// Seconds credited to this lesson in all.
    pub lesson_seconds: u64,
    /// Seconds credited to the enrollment in all (every lesson).
    pub time_spent_seconds: u64,
    /// The most one heartbeat credits.
    pub cap_seconds: u32,
    /// How often to send a heartbeat while a lesson is in view.
    pub interval_seconds: u32,
}

/// Records a heartbeat for the caller's enrollment: the lesson named has been in view since
/// the previous heartbeat. Send one when a lesson opens (it starts the count), then every 30
/// seconds while it is in view, and one when it is left. A heartbeat credits the time since
/// the enrollment's previous heartbeat (whatever lesson that named), at most 60 seconds and
/// at most the `seconds` claimed.
#[utoipa::path(
    post,
    path = "/api/v1/courses/{slug}/time",
    tag = "courses",
    security(("bearer" = [])),
    params(("slug" = String, Path)),
    request_body = Heartbeat,
    responses(
        (status = 200, description = "Recorded; what it credited and the totals", body = TimeOnTask),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not enrolled in the course", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such course, or no such lesson in it (`unknown-reference`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Seconds out of range", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn heartbeat(
    state: web::Data<AppState>,
    user: Learner,
    slug: web::Path<String>,
    body: crate::body::Json<Heartbeat>,
) -> Result<web::Json<TimeOnTask>, ApiError> {
    let content = state.content();
    let loaded = content.course(&slug).ok_or(ApiError::NotFound)?;
    let body = body.into_inner();
    let mut invalid = Vec::new();
    let claimed = match body.seconds {
        None => None,
        Some(s) => match u32::try_from(s) {
            Ok(s) if i64::from(s) <= MAX_CLAIMED_SECONDS => Some(s),
            _ => {
                invalid.push(
                    FieldError::new("seconds", "field-seconds-invalid")
                        .with_arg("max", MAX_CLAIMED_SECONDS),
                );
                None
            }
        },
    };
    if !invalid.is_empty() {
        return Err(ApiError::Validation(invalid));
    }
    let lesson_id = body.lesson_id;
    let credited =
        time::heartbeat(&state.cases, loaded, user.0.id, lesson_id.clone(), claimed).await?;
    if credited.seconds > 0 {
        state.access.forget_standing(user.0.id, &loaded.course().id);
    }
    let seconds = |t: &LessonTime| u64::try_from(t.seconds).unwrap_or(0);
    Ok(web::Json(TimeOnTask {
        credited_seconds: credited.seconds,
        lesson_seconds: credited
            .times
            .iter()
            .filter(|t| t.lesson_id == lesson_id)
            .map(seconds)
            .sum(),
        time_spent_seconds: credited.times.iter().map(seconds).sum(),
        lesson_id,
        cap_seconds: CAP_SECONDS,
        interval_seconds: INTERVAL_SECONDS,
    }))
}
