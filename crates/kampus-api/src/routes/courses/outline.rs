//! `GET /api/v1/courses/{slug}`: a course's outline.
//!
//! Served from memory, like lessons: the course's part of the answer is the same for everyone
//! and is serialized once per locale ((`kampus_usecases::publishing::page_slots`)); a signed-in caller's part (their
//! enrollment and progress, whether they may enroll) is kept in the node's access cache, as
//! serialized members, and written in front of it. Whatever changes that part through this
//! node (a lesson event, a heartbeat, an attempt, the survey, enrolling) forgets it; another
//! node's change shows within the cache's time to live.

use actix_web::http::header::ContentType;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use kampus_content::Locale;
use kampus_content::model::AssessmentKind;
use kampus_store::enrollments;
use serde::Serialize;
use utoipa::ToSchema;

use kampus_usecases::learning::enrollment::{applicant, enrollable, with_progress};

use super::audience::CourseAudience;
use super::catalog::EnrollmentStatus;
use super::{LocalizedText, complete_locales, instructions, text};
use crate::caller::locale::negotiate_request;
use crate::caller::{IfSignedIn, Learner};
use crate::error::ApiError;
use crate::problem::Problem;
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
}

/// What the outline says of a signed-in caller.
#[derive(Debug, Serialize)]
struct CallersPart {
    enrollable: bool,
    enrollment: EnrollmentStatus,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AssessmentOutline {
    pub id: String,
    /// pre-test, module-quiz or final.
    pub kind: &'static str,
    pub module: Option<String>,
    pub title: LocalizedText,
    /// What the course tells learners before they start, with the settings below filled in.
    pub instructions: Option<LocalizedText>,
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
/// signed-in caller also sees their enrollment (with their time on each lesson) and whether they
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
    caller: IfSignedIn<Learner>,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let content = state.content();
    let loaded = content.course(&slug).ok_or(ApiError::NotFound)?;
    let locale = negotiate_request(&req, &state).locale;
    let course_part = content
        .outline_pages
        .of(&slug)
        .and_then(|pages| {
            pages[locale.index()]
                .get_or_init(|| serialized_outline(loaded, locale))
                .clone()
        })
        .ok_or_else(|| ApiError::Internal(format!("no outline of {slug}")))?;
    let Some(Learner(user)) = caller.0 else {
        return Ok(HttpResponse::Ok()
            .content_type(ContentType::json())
            .body(course_part));
    };
    let course_id = loaded.course().id.clone();
    let callers_part =
        if let Some(part) = state.access.standing(user.id, &course_id, content.revision) {
            part
        } else {
            let part = callers_part(&state, &user, loaded).await?;
            state
                .access
                .remember_standing(user.id, &course_id, content.revision, part.clone());
            part
        };
    // `{` + the caller's members + `,` + the course's members: one JSON object.
    let mut body = Vec::with_capacity(callers_part.len() + course_part.len() + 1);
    body.extend_from_slice(&callers_part[..callers_part.len() - 1]);
    body.push(b',');
    body.extend_from_slice(&course_part[1..]);
    Ok(HttpResponse::Ok()
        .content_type(ContentType::json())
        .body(body))
}

/// The caller's enrollment with its progress and whether they may enroll, as the members of a
/// JSON object (`{"enrollable":…,"enrollment":…}`).
async fn callers_part(
    state: &AppState,
    user: &std::sync::Arc<kampus_store::users::User>,
    loaded: &kampus_content::LoadedCourse,
) -> Result<Bytes, ApiError> {
    let course = loaded.course();
    let (reader, course_id) = ((**user).clone(), course.id.clone());
    let restricted = course.audience.is_some();
    let (found, who) = state
        .db
        .run(move |conn| {
            let found = enrollments::find(conn, reader.id, &course_id)?
                .map(|e| with_progress(conn, e))
                .transpose()?;
            Ok((found, applicant(conn, &reader, restricted)?))
        })
        .await?;
    let part = CallersPart {
        enrollable: enrollable(course.audience.as_ref(), &who, found.is_some()),
        enrollment: EnrollmentStatus::of(loaded, found.as_ref()),
    };
    serde_json::to_vec(&part)
        .map(Bytes::from)
        .map_err(|e| ApiError::Internal(e.to_string()))
}

/// The course's part of the outline in `locale`, serialized.
fn serialized_outline(loaded: &kampus_content::LoadedCourse, locale: Locale) -> Option<Bytes> {
    let outline = outline_of(loaded, locale)
        .map_err(|e| tracing::error!(error = %e, "outline not rendered"))
        .ok()?;
    serde_json::to_vec(&outline).ok().map(Bytes::from)
}

/// A course's outline in `locale`, the same for every caller (an admin's preview shows a
/// draft this way too).
pub(crate) fn outline_of(
    loaded: &kampus_content::LoadedCourse,
    locale: Locale,
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
                instructions: instructions(loaded, locale, a),
                questions: a.questions_per_attempt(),
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
