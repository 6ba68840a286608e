//! `GET /api/v1/admin/content/translation-status`: for each published course and locale,
//! whether its texts are complete, partial (learners see the missing ones in the fallback
//! language) or outdated (translated from an older English text). Learners see the same
//! facts reduced to the languages a course is fully available in (`locales` in the catalog
//! and the outline).

use actix_web::web;
use kampus_content::CoverageReport;
use serde::Serialize;
use utoipa::ToSchema;

use crate::caller::AdminUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

/// One published course's translation status.
#[derive(Debug, Serialize, ToSchema)]
pub struct CourseTranslations {
    pub course_id: String,
    pub slug: String,
    /// The published version it describes.
    pub version_id: Option<String>,
    /// The locales learners see the course fully available in.
    pub complete: Vec<String>,
    pub locales: Vec<LocaleStatus>,
}

/// Translation status of every published course, per locale.
#[utoipa::path(
    get,
    path = "/api/v1/admin/content/translation-status",
    tag = "publishing",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Per course and locale", body = [CourseTranslations]),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn translation_status_of_courses(
    state: web::Data<AppState>,
    _admin: AdminUser,
) -> Result<web::Json<Vec<CourseTranslations>>, ApiError> {
    let content = state.content();
    Ok(web::Json(
        content
            .courses()
            .map(|loaded| {
                let course = loaded.course();
                CourseTranslations {
                    course_id: course.id.clone(),
                    slug: course.slug.clone(),
                    version_id: content.version_of(&course.id).map(|id| id.to_string()),
                    complete: crate::routes::courses::complete_locales(loaded),
                    locales: translation_status(loaded.coverage()),
                }
            })
            .collect(),
    ))
}

/// Each locale's translation status, from a course's coverage.
pub fn translation_status(coverage: &CoverageReport) -> Vec<LocaleStatus> {
    coverage
        .locales
        .iter()
        .map(|row| {
            let missing = row.missing.len();
            let status = if missing > 0 {
                TranslationStatus::Partial
            } else if row.outdated > 0 {
                TranslationStatus::Outdated
            } else {
                TranslationStatus::Complete
            };
            LocaleStatus {
                locale: row.locale.tag().to_owned(),
                status,
                percent: row.percent(),
                total: row.total,
                own: row.present,
                derived: row.derived,
                missing: row.missing.clone(),
                outdated: row.outdated_keys.clone(),
            }
        })
        .collect()
}

/// How far a locale's texts are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationStatus {
    /// Every text is there and confirmed against the current English.
    Complete,
    /// Some texts are missing: learners see them in the fallback language.
    Partial,
    /// Every text is there, but some were translated from an older English text.
    Outdated,
}

/// One locale of a course.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LocaleStatus {
    pub locale: String,
    pub status: TranslationStatus,
    /// Texts present or derived by transliteration, in percent.
    pub percent: u32,
    pub total: usize,
    /// Texts in the locale's own files.
    pub own: usize,
    /// Texts served by transliteration from the other Serbian script.
    pub derived: usize,
    /// Keys of missing texts (served in the fallback language).
    pub missing: Vec<String>,
    /// Keys of texts whose English changed since they were translated.
    pub outdated: Vec<String>,
}
