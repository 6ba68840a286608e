//! `/api/v1/admin/content`: admins upload, preview, publish, unpublish and roll back course
//! versions, and see each course's translation status (issue 9). The rules are in
//! [`kampus_usecases::publishing`]; these handlers authorize, call it off the async workers and shape
//! the answers. Trainers and learners are refused (403) before a body is read.

pub mod bundles;
pub mod preview;
pub mod status;
pub mod translations;
pub mod versions;

use kampus_store::content_versions::Version;
use serde::Serialize;
use utoipa::ToSchema;

use kampus_usecases::publishing::Report;

/// A course version, as admins see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct VersionView {
    pub id: String,
    pub course_id: String,
    /// 1, 2, 3… per course.
    pub number: i32,
    /// SHA-256 of the version's files.
    pub content_hash: String,
    /// `content-folder` (loaded at start) or `upload`.
    pub source: String,
    pub created_by: Option<String>,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Whether learners see this version now.
    pub published: bool,
}

impl VersionView {
    pub fn of(version: &Version, published: bool) -> Self {
        Self {
            id: version.id.to_string(),
            course_id: version.course_id.clone(),
            number: version.number,
            content_hash: version.content_hash.clone(),
            source: version.source.clone(),
            created_by: version.created_by.clone(),
            created_at: version.created_at.and_utc(),
            published,
        }
    }
}

/// A version's validation report: what the upload added (`course`, `module` or `locale`),
/// the version it was laid over, its warnings with file and line, and each locale's coverage.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportView {
    pub kind: String,
    pub based_on: Option<String>,
    #[schema(value_type = Vec<Object>)]
    pub problems: Vec<serde_json::Value>,
    /// Each locale's coverage: `{"course", "locales": [{"locale", "total", "present",
    /// "derived", "outdated", "missing", "outdated_keys"}]}`. Always an object: for a version
    /// whose files this release can no longer read as a course, `locales` is empty.
    #[schema(value_type = Object)]
    pub coverage: serde_json::Value,
}

impl From<Report> for ReportView {
    fn from(report: Report) -> Self {
        Self {
            kind: serde_json::to_value(report.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            based_on: report.based_on.map(|id| id.to_string()),
            problems: report.problems,
            coverage: report.coverage,
        }
    }
}
