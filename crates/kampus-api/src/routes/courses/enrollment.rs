//! `PUT` and `DELETE /api/v1/courses/{slug}/enrollment`: enrolling and withdrawing.

use actix_web::web;
use chrono::NaiveDateTime;
use kampus_store::enrollments::{self, Enrollment};
use kampus_store::{DbConnection, StoreError, UserId};

use super::catalog::{EnrollmentStatus, with_progress};
use crate::auth::AuthenticatedUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

/// Applies `operation` (enroll or withdraw) to the caller's enrollment in the course `slug`
/// and answers with the resulting status.
async fn change(
    state: &web::Data<AppState>,
    user: &AuthenticatedUser,
    slug: &str,
    operation: fn(&mut DbConnection, UserId, &str, NaiveDateTime) -> Result<Enrollment, StoreError>,
) -> Result<web::Json<EnrollmentStatus>, ApiError> {
    let loaded = state.course(slug).ok_or(ApiError::NotFound)?;
    let course_id = loaded.course().id.clone();
    let (id, db_state) = (user.0.id, state.clone());
    // The lesson and progress paths may remember the old state of this enrollment.
    state.access.forget_enrollment(id, &course_id);
    let enrollment = state
        .db
        .run(move |conn| {
            let now = db_state.clock.now();
            conn.write_transaction(|tx| {
                let enrollment = operation(tx, id, &course_id, now)?;
                with_progress(tx, enrollment)
            })
        })
        .await?;
    Ok(web::Json(EnrollmentStatus::of(loaded, Some(&enrollment))))
}

/// Enrolls the caller in a published course. Idempotent; enrolling again after withdrawing
/// resumes with the earlier history.
#[utoipa::path(
    put,
    path = "/api/v1/courses/{slug}/enrollment",
    tag = "courses",
    security(("bearer" = [])),
    params(("slug" = String, Path)),
    responses(
        (status = 200, description = "Enrolled", body = EnrollmentStatus),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No published course with this slug", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn enroll(
    state: web::Data<AppState>,
    user: AuthenticatedUser,
    slug: web::Path<String>,
) -> Result<web::Json<EnrollmentStatus>, ApiError> {
    change(&state, &user, &slug, enrollments::enroll).await
}

/// Withdraws the caller from a course; their history is kept for a return.
#[utoipa::path(
    delete,
    path = "/api/v1/courses/{slug}/enrollment",
    tag = "courses",
    security(("bearer" = [])),
    params(("slug" = String, Path)),
    responses(
        (status = 200, description = "Withdrawn", body = EnrollmentStatus),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such course, or not enrolled", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn withdraw(
    state: web::Data<AppState>,
    user: AuthenticatedUser,
    slug: web::Path<String>,
) -> Result<web::Json<EnrollmentStatus>, ApiError> {
    change(&state, &user, &slug, enrollments::withdraw).await
}
