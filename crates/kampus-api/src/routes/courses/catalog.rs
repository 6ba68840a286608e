//! `GET /api/v1/courses`: the published courses, in the caller's language.

use std::collections::{BTreeMap, HashMap};

use actix_web::{HttpRequest, web};
use kampus_content::model::AccreditationLevel;
use kampus_store::enrollments;
use serde::Serialize;
use utoipa::ToSchema;

use kampus_usecases::learning::enrollment::{
    EnrollmentProgress, applicant, enrollable, with_progress,
};

use super::audience::CourseAudience;
use super::{LocalizedText, complete_locales, text};
use crate::caller::locale::negotiate_request;
use crate::caller::{AuthenticatedUser, IfSignedIn};
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

/// A course in the catalog.
#[derive(Debug, Serialize, ToSchema)]
pub struct CatalogItem {
    pub slug: String,
    pub title: LocalizedText,
    pub summary: Option<LocalizedText>,
    pub hours: f64,
    /// ECTS credits.
    pub credits: Option<f64>,
    /// introductory, intermediate or advanced.
    #[schema(value_type = String)]
    pub level: AccreditationLevel,
    pub eqf_level: Option<u8>,
    pub learning_outcomes: Vec<LocalizedText>,
    /// Locales the course is fully available in.
    pub locales: Vec<String>,
    /// Who may enroll, for a course restricted to some countries or institutions; absent for
    /// a course open to every learner.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audience: Option<CourseAudience>,
    /// Whether the caller may enroll (or resume an enrollment), for a signed-in caller.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrollable: Option<bool>,
    /// The caller's enrollment, for a signed-in caller.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrollment: Option<EnrollmentStatus>,
}

/// The caller's place in a course.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EnrollmentStatus {
    /// not-enrolled, enrolled, withdrawn or completed.
    pub status: &'static str,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub enrolled_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The lesson the caller opened last ("continue where I left off").
    pub last_lesson_id: Option<String>,
    pub completed_lessons: Vec<String>,
    /// Completed lessons as a whole percentage of the course's lessons.
    pub percent: u32,
    /// Time on task credited from heartbeats, in seconds, in all (lessons of earlier versions
    /// of the course included: the time was spent all the same).
    pub time_spent_seconds: u64,
    /// Seconds credited to each lesson of the course that has some.
    pub lesson_seconds: BTreeMap<String, u64>,
}

impl EnrollmentStatus {
    pub fn of(loaded: &kampus_content::LoadedCourse, found: Option<&EnrollmentProgress>) -> Self {
        let enrollment = found.map(|f| &f.enrollment);
        let status = match enrollment {
            None => "not-enrolled",
            Some(e) if e.completed_at.is_some() => "completed",
            Some(e) if e.is_active() => "enrolled",
            Some(_) => "withdrawn",
        };
        let lessons: Vec<&String> = loaded
            .course()
            .modules
            .iter()
            .flat_map(|m| &m.lessons)
            .collect();
        // Only lessons of the published version count (a removed lesson's progress is kept
        // but no longer counted).
        let completed: Vec<String> = found
            .map(|f| {
                f.completed
                    .iter()
                    .filter(|l| lessons.contains(l))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        let percent = u32::try_from(completed.len() * 100 / lessons.len().max(1)).unwrap_or(100);
        Self {
            status,
            enrolled_at: enrollment.map(|e| e.enrolled_at.and_utc()),
            last_lesson_id: enrollment.and_then(|e| e.last_lesson_id.clone()),
            completed_lessons: completed,
            percent,
            time_spent_seconds: found.map_or(0, EnrollmentProgress::total_seconds),
            lesson_seconds: found
                .map(|f| {
                    lessons
                        .iter()
                        .map(|l| ((*l).clone(), f.lesson_seconds(l)))
                        .filter(|(_, seconds)| *seconds > 0)
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}

/// Published courses in the negotiated locale. Public: anonymous visitors may browse; a
/// signed-in caller also sees their enrollment in each and whether they may enroll. Courses
/// restricted to some countries or institutions are listed too, with their `audience`.
#[utoipa::path(
    get,
    path = "/api/v1/courses",
    tag = "courses",
    params(("lang" = Option<String>, Query, description = "Locale to show, e.g. sr-Cyrl (else the user's preference, then Accept-Language)")),
    responses(
        (status = 200, description = "The catalog", body = [CatalogItem]),
        (status = 401, description = "An access token was sent but is not valid", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn catalog(
    req: HttpRequest,
    state: web::Data<AppState>,
    caller: IfSignedIn<AuthenticatedUser>,
) -> Result<web::Json<Vec<CatalogItem>>, ApiError> {
    // The caller's preference is known here: the extractor stored it for negotiation.
    let locale = negotiate_request(&req, &state).locale;
    let content = state.content();
    let restricted = content.courses().any(|c| c.course().audience.is_some());
    let (enrolled, who) = match &caller.0 {
        Some(AuthenticatedUser(user)) => {
            let user = user.clone();
            let (found, who) = state
                .db
                .run(move |conn| {
                    let found = enrollments::for_user(conn, user.id)?
                        .into_iter()
                        .map(|e| with_progress(conn, e))
                        .collect::<Result<Vec<_>, _>>()?;
                    Ok((found, applicant(conn, &user, restricted)?))
                })
                .await?;
            let found: HashMap<String, EnrollmentProgress> = found
                .into_iter()
                .map(|f| (f.enrollment.course_id.clone(), f))
                .collect();
            (found, Some(who))
        }
        None => (HashMap::new(), None),
    };
    let items = content
        .courses()
        .filter_map(|loaded| {
            let course = loaded.course();
            Some(CatalogItem {
                slug: course.slug.clone(),
                title: text(loaded, locale, "course")?,
                summary: text(loaded, locale, "course.summary"),
                hours: course.accreditation.hours,
                credits: course.accreditation.ects,
                level: course.accreditation.level,
                eqf_level: course.accreditation.eqf_level,
                learning_outcomes: course
                    .outcomes
                    .iter()
                    .filter_map(|o| text(loaded, locale, o))
                    .collect(),
                locales: complete_locales(loaded),
                audience: CourseAudience::of(course.audience.as_ref()),
                enrollable: who.as_ref().map(|a| {
                    enrollable(
                        course.audience.as_ref(),
                        a,
                        enrolled.contains_key(&course.id),
                    )
                }),
                enrollment: who
                    .as_ref()
                    .map(|_| EnrollmentStatus::of(loaded, enrolled.get(&course.id))),
            })
        })
        .collect();
    Ok(web::Json(items))
}
