//! `GET /api/v1/courses/{slug}`: a course's outline.

use actix_web::{HttpRequest, web};
use kampus_content::model::AssessmentKind;
use kampus_store::enrollments;
use serde::Serialize;
use utoipa::ToSchema;

use super::audience::{CourseAudience, applicant, enrollable};
use super::catalog::{EnrollmentProgress, EnrollmentStatus, with_progress};
use super::{LocalizedText, complete_locales, text};
use crate::auth::MaybeUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::request_locale::negotiate_request;
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct Outline {
    pub slug: String,
    pub title: LocalizedText,
    pub summary: Option<LocalizedText>,
    pub hours: f64,
    pub credits: Option<f64>,
    pub locales: Vec<String>,
    pub learning_outcomes: Vec<LocalizedText>,
    pub modules: Vec<ModuleOutline>,
    /// The pre-test, module quizzes and final assessment, in course order.
    pub assessments: Vec<AssessmentOutline>,
    /// Whether the course ends with an evaluation survey.
    pub has_survey: bool,
    /// Who may enroll, for a course restricted to some countries or institutions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audience: Option<CourseAudience>,
    /// Whether the caller may enroll (or resume an enrollment), for a signed-in caller.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrollable: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrollment: Option<EnrollmentStatus>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ModuleOutline {
    pub id: String,
    pub title: LocalizedText,
    pub summary: Option<LocalizedText>,
    pub lessons: Vec<LessonOutline>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LessonOutline {
    pub id: String,
    pub title: LocalizedText,
    pub reading_minutes: Option<u32>,
    /// Time on task credited to the caller on this lesson, in seconds, when they have an
    /// enrollment in the course.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_spent_seconds: Option<u64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AssessmentOutline {
    pub id: String,
    /// pre-test, module-quiz or final.
    pub kind: &'static str,
    pub module: Option<String>,
    pub title: LocalizedText,
    /// Questions each attempt shows.
    pub questions: usize,
    /// Percent needed to pass.
    pub pass_mark: f64,
    pub attempts: Option<u32>,
    pub time_limit_minutes: Option<u32>,
}

fn kind_name(kind: AssessmentKind) -> &'static str {
    match kind {
        AssessmentKind::PreTest => "pre-test",
        AssessmentKind::ModuleQuiz => "module-quiz",
        AssessmentKind::Final => "final",
    }
}

/// A course's modules, lessons and assessments in the negotiated locale. Public; a
/// signed-in caller also sees their enrollment, their time on each lesson and whether they
/// may enroll. A restricted course shows its `audience` to everyone.
#[utoipa::path(
    get,
    path = "/api/v1/courses/{slug}",
    operation_id = "get_course",
    tag = "courses",
    params(("slug" = String, Path), ("lang" = Option<String>, Query)),
    responses(
        (status = 200, description = "The outline", body = Outline),
        (status = 401, description = "An access token was sent but is not valid", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No published course with this slug", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn outline(
    req: HttpRequest,
    state: web::Data<AppState>,
    caller: MaybeUser,
    slug: web::Path<String>,
) -> Result<web::Json<Outline>, ApiError> {
    let content = state.content();
    let loaded = content.course(&slug).ok_or(ApiError::NotFound)?;
    let course = loaded.course();
    let locale = negotiate_request(&req, &state).locale;
    // The caller's enrollment with its progress, and whether they may enroll.
    let (found, enrollable_now) = match &caller.0 {
        Some(user) => {
            let (user, course_id) = (user.clone(), course.id.clone());
            let restricted = course.audience.is_some();
            let (found, who) = state
                .db
                .run(move |conn| {
                    let found = enrollments::find(conn, user.id, &course_id)?
                        .map(|e| with_progress(conn, e))
                        .transpose()?;
                    Ok((found, applicant(conn, &user, restricted)?))
                })
                .await?;
            let may = enrollable(course.audience.as_ref(), &who, found.is_some());
            (found, Some(may))
        }
        None => (None, None),
    };
    let mut outline = outline_of(loaded, locale, found.as_ref())?;
    outline.enrollable = enrollable_now;
    outline.enrollment = caller
        .0
        .as_ref()
        .map(|_| EnrollmentStatus::of(loaded, found.as_ref()));
    Ok(web::Json(outline))
}

/// A course's outline in `locale`, with the time the caller spent on each lesson when
/// `found` is their enrollment (an admin's preview shows a draft this way too).
pub(crate) fn outline_of(
    loaded: &kampus_content::LoadedCourse,
    locale: kampus_content::Locale,
    found: Option<&EnrollmentProgress>,
) -> Result<Outline, ApiError> {
    let course = loaded.course();
    let title = |key: &str| {
        text(loaded, locale, key)
            .ok_or_else(|| ApiError::Internal(format!("course {} has no text {key}", course.id)))
    };
    let modules = course
        .modules
        .iter()
        .map(|m| {
            Ok(ModuleOutline {
                id: m.id.clone(),
                title: title(&m.id)?,
                summary: text(loaded, locale, &format!("{}.summary", m.id)),
                lessons: m
                    .lessons
                    .iter()
                    .map(|l| {
                        Ok(LessonOutline {
                            id: l.clone(),
                            title: title(l)?,
                            reading_minutes: loaded
                                .lesson(locale, l)
                                .map(|r| r.value.reading_minutes),
                            time_spent_seconds: found.map(|f| f.lesson_seconds(l)),
                        })
                    })
                    .collect::<Result<_, ApiError>>()?,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    let assessments = course
        .assessments
        .iter()
        .map(|a| {
            Ok(AssessmentOutline {
                id: a.id.clone(),
                kind: kind_name(a.kind),
                module: a.module.clone(),
                title: title(&a.id)?,
                // Each attempt shows the unpooled questions and `draw` from each pool.
                questions: a.questions.iter().filter(|q| q.pool.is_none()).count()
                    + a.pools.iter().map(|p| p.draw as usize).sum::<usize>(),
                pass_mark: a.settings.pass_mark,
                attempts: a.settings.attempts,
                time_limit_minutes: a.settings.time_limit_minutes,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(Outline {
        slug: course.slug.clone(),
        title: title("course")?,
        summary: text(loaded, locale, "course.summary"),
        hours: course.accreditation.hours,
        credits: course.accreditation.ects,
        locales: complete_locales(loaded),
        learning_outcomes: course
            .outcomes
            .iter()
            .filter_map(|o| text(loaded, locale, o))
            .collect(),
        modules,
        assessments,
        has_survey: !course.survey.is_empty(),
        audience: CourseAudience::of(course.audience.as_ref()),
        enrollable: None,
        enrollment: None,
    })
}
