//! `PUT` and `DELETE /api/v1/courses/{slug}/enrollment`: enrolling and withdrawing.

use actix_web::web;
use kampus_usecases::learning::enrollment::{self, Change};

use super::catalog::EnrollmentStatus;
use crate::caller::AuthenticatedUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

/// Applies `change` to the caller's enrollment in the course `slug` and answers with the
/// resulting status.
async fn change(
    state: &web::Data<AppState>,
    user: AuthenticatedUser,
    slug: &str,
    change: Change,
) -> Result<web::Json<EnrollmentStatus>, ApiError> {
    let content = state.content();
    let loaded = content.shared_course(slug).ok_or(ApiError::NotFound)?;
    // The lesson and progress paths may remember the old state of this enrollment.
    state
        .access
        .forget_enrollment(user.0.id, &loaded.course().id);
    let enrollment = enrollment::change(&state.cases, user.0, loaded.clone(), change).await?;
    Ok(web::Json(EnrollmentStatus::of(&loaded, Some(&enrollment))))
}

/// Enrolls the caller in a published course. Idempotent; enrolling again after withdrawing
/// resumes with the earlier history. A course with an audience admits learners of the
/// institutions and countries it names (admins and trainers always); the audience is checked
/// only when an enrollment is first created.
#[utoipa::path(
    put,
    path = "/api/v1/courses/{slug}/enrollment",
    tag = "courses",
    security(("bearer" = [])),
    params(("slug" = String, Path)),
    responses(
        (status = 200, description = "Enrolled", body = EnrollmentStatus),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The course is restricted to other institutions or countries (`/problems/course-restricted`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No published course with this slug", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn enroll(
    state: web::Data<AppState>,
    user: AuthenticatedUser,
    slug: web::Path<String>,
) -> Result<web::Json<EnrollmentStatus>, ApiError> {
    change(&state, user, &slug, Change::Enroll).await
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
    change(&state, user, &slug, Change::Withdraw).await
}
