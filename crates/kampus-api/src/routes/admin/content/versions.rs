//! Versions of the courses: listing them with their reports, publishing one (an earlier one
//! is a rollback) and unpublishing a course. Each change is one transaction, written to the
//! audit log, and this node serves it before answering; other nodes within their polling
//! interval (`KAMPUS_CONTENT_POLL_INTERVAL_MS`).

use actix_web::{HttpResponse, web};
use kampus_store::VersionId;
use kampus_store::content_versions::{self, Version};

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{ReportView, VersionView};
use crate::caller::AdminUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;
use kampus_usecases::publishing;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct VersionFilter {
    /// Only this course's versions: its id. A course without versions is a `404
    /// course-not-found` (a misspelt id must not look like a course with none).
    pub course: Option<String>,
}

/// Every version (of one course with `course`), by course and newest first.
#[utoipa::path(
    get,
    path = "/api/v1/admin/content/versions",
    operation_id = "list_content_versions",
    tag = "publishing",
    security(("bearer" = [])),
    params(VersionFilter),
    responses(
        (status = 200, description = "Versions", body = [VersionView]),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`course-not-found`: no version has the course given", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn list(
    state: web::Data<AppState>,
    _admin: AdminUser,
    filter: crate::query::Query<VersionFilter>,
) -> Result<web::Json<Vec<VersionView>>, ApiError> {
    let course = filter.into_inner().course;
    let asked = course.clone();
    let (versions, published) = state
        .db
        .run(move |conn| {
            let versions = match &course {
                Some(course) => content_versions::of_course(conn, course)?,
                None => content_versions::all(conn)?,
            };
            let published: Vec<VersionId> = content_versions::published(conn)?
                .into_iter()
                .map(|p| p.version.id)
                .collect();
            Ok((versions, published))
        })
        .await?;
    if let Some(course) = asked
        && versions.is_empty()
    {
        return Err(ApiError::CourseNotFound(course));
    }
    Ok(web::Json(
        versions
            .iter()
            .map(|v| VersionView::of(v, published.contains(&v.id)))
            .collect(),
    ))
}

/// A version and its validation report.
#[derive(Debug, Serialize, ToSchema)]
pub struct VersionDetail {
    pub version: VersionView,
    pub report: ReportView,
}

/// One version with its report (warnings with file and line, coverage per locale).
#[utoipa::path(
    get,
    path = "/api/v1/admin/content/versions/{id}",
    operation_id = "get_content_version",
    tag = "publishing",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "The version", body = VersionDetail),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such version", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn get(
    state: web::Data<AppState>,
    _admin: AdminUser,
    id: web::Path<String>,
) -> Result<web::Json<VersionDetail>, ApiError> {
    let id = VersionId::parse_exact(&id).ok_or(ApiError::NotFound)?;
    let db_state = state.clone();
    let (version, report, published) = state
        .db
        .run(move |conn| {
            let version = content_versions::find(conn, id)?;
            let (bundle, stored) = content_versions::bundle(conn, id)?;
            let mut report = publishing::report_of(&stored);
            if report.coverage.is_null() {
                report.coverage = coverage_of(&db_state, &version, &bundle);
            }
            let published = content_versions::published_version(conn, &version.course_id)?;
            Ok((version, report, published))
        })
        .await?;
    let published = published == Some(version.id);
    Ok(web::Json(VersionDetail {
        version: VersionView::of(&version, published),
        report: report.into(),
    }))
}

/// Each locale's coverage, for a report stored without it (a content-folder version recorded
/// before reports kept it): computed from the version's files, or an empty list of locales
/// when they no longer hold a course this release can read (there is nothing to count).
fn coverage_of(state: &AppState, version: &Version, bundle: &[u8]) -> serde_json::Value {
    let coverage = if let Some(course) = state.publisher.drafts().get(version.id) {
        serde_json::to_value(course.coverage()).ok()
    } else {
        let name = format!("{} version {}", version.course_id, version.number);
        kampus_content::load_bundle(&name, bundle)
            .course
            .and_then(|course| serde_json::to_value(course.coverage()).ok())
    };
    coverage.unwrap_or_else(|| serde_json::json!({ "course": version.course_id, "locales": [] }))
}

/// The outcome of publishing or unpublishing.
#[derive(Debug, Serialize, ToSchema)]
pub struct Published {
    /// The version learners see now (none after unpublishing).
    pub version: Option<VersionView>,
    /// False when nothing changed (it was published, or not published, already).
    pub changed: bool,
}

/// Publishes a version: learners see it from now on (on this node at once, on the others
/// within seconds). Publishing an earlier version rolls back to it. Progress, attempts and
/// certificates are kept: they are keyed by the course's stable ids, attempts are graded
/// against the questions they were started with, and certificates keep their own facts.
#[utoipa::path(
    post,
    path = "/api/v1/admin/content/versions/{id}/publish",
    operation_id = "publish_content_version",
    tag = "publishing",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "Published (or already published)", body = Published),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such version", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The version no longer loads without errors", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn publish(
    state: web::Data<AppState>,
    admin: AdminUser,
    id: web::Path<String>,
) -> Result<web::Json<Published>, ApiError> {
    let id = VersionId::parse_exact(&id).ok_or(ApiError::NotFound)?;
    let publication = state.publisher.publish(id, admin.0.id.to_string()).await?;
    Ok(web::Json(Published {
        version: Some(VersionView::of(&publication.version, true)),
        changed: publication.changed,
    }))
}

/// Withdraws a course from learners: it leaves the catalog, and its lessons and assessments
/// answer 404, until a version is published again. Enrollments, progress and certificates
/// stay.
#[utoipa::path(
    post,
    path = "/api/v1/admin/content/courses/{course_id}/unpublish",
    operation_id = "unpublish_course",
    tag = "publishing",
    security(("bearer" = [])),
    params(("course_id" = String, Path)),
    responses(
        (status = 200, description = "Unpublished (or not published)", body = Published),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No course with this id has versions", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn unpublish(
    state: web::Data<AppState>,
    admin: AdminUser,
    course_id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let changed = state
        .publisher
        .unpublish(course_id.into_inner(), admin.0.id.to_string())
        .await?;
    Ok(HttpResponse::Ok().json(Published {
        version: None,
        changed,
    }))
}
