//! `/courses/{slug}`: a course's page — what it is, its outline with the learner's progress,
//! its assessments and survey, who may enroll — and enrolling or withdrawing by form.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_content::LoadedCourse;
use kampus_content::model::AssessmentKind;
use kampus_usecases::learning::enrollment::{self, Change, EnrollmentProgress};
use serde::Deserialize;

use super::catalog::{Place, audience_note, complete_locales, place};
use super::page;
use super::view::{Text, course_facts, text};
use crate::error::PageError;
use crate::forms::Posted;
use crate::respond::{self, Chrome};
use crate::session::{SignedIn, Visitor};
use crate::state::WebState;
use crate::tr::Tr;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page("/courses/{slug}").route(web::get().to(course_page)))
        .service(page("/courses/{slug}/enrollment").route(web::post().to(change_enrollment)));
}

#[derive(Debug)]
pub struct LessonLine {
    pub id: String,
    pub title: Text,
    pub minutes: Option<u32>,
    pub done: bool,
}

#[derive(Debug)]
pub struct ModuleBlock {
    pub title: Text,
    pub summary: Option<Text>,
    pub lessons: Vec<LessonLine>,
}

#[derive(Debug)]
pub struct AssessmentLine {
    pub id: String,
    pub title: Text,
    pub kind: String,
    pub facts: Vec<String>,
    pub required: bool,
}

#[derive(Debug, Template)]
#[template(path = "course.html")]
pub struct CoursePage {
    /// Whether the learner may open the lessons, assessments and survey: enrolled, or
    /// completed (to read again and see their attempts).
    pub can_open: bool,
    pub chrome: Chrome,
    pub slug: String,
    pub title: Text,
    pub summary: Option<Text>,
    pub facts: Vec<String>,
    pub outcomes: Vec<Text>,
    /// (tag, the language's name in itself): each is marked with its language.
    pub languages: Vec<(&'static str, String)>,
    pub audience: Option<String>,
    pub modules: Vec<ModuleBlock>,
    pub assessments: Vec<AssessmentLine>,
    pub has_survey: bool,
    /// `None` for an anonymous visitor.
    pub place: Option<Place>,
    pub lessons_done: usize,
    pub lessons_total: usize,
    /// The first lesson not completed yet (or the last opened), to go on with.
    pub next_lesson: Option<String>,
}

async fn course_page(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let content = state.content();
    let course = content.course(&slug).ok_or(PageError::NotFound)?;
    let structure = course.course();
    let (place, progress) = match visitor.user() {
        Some(user) => {
            let restricted = structure.audience.is_some();
            let standing = enrollment::standing(&state.cases, user.clone(), restricted).await?;
            let progress = standing.enrollments.get(&structure.id).cloned();
            (Some(place(course, &standing)), progress)
        }
        None => (None, None),
    };
    let chrome = Chrome::new(&req, &visitor, &state);
    let page = build(chrome, course, place, progress.as_ref())?;
    respond::page(&visitor, respond::html(&page))
}

fn build(
    chrome: Chrome,
    course: &LoadedCourse,
    place: Option<Place>,
    progress: Option<&EnrollmentProgress>,
) -> Result<CoursePage, PageError> {
    let tr = &chrome.tr;
    let locale = tr.locale;
    let structure = course.course();
    let done = |lesson: &str| progress.is_some_and(|p| p.completed.iter().any(|l| l == lesson));
    let modules: Vec<ModuleBlock> = structure
        .modules
        .iter()
        .filter_map(|module| {
            Some(ModuleBlock {
                title: text(course, locale, &module.id)?,
                summary: text(course, locale, &format!("{}.summary", module.id)),
                lessons: module
                    .lessons
                    .iter()
                    .filter_map(|lesson| {
                        Some(LessonLine {
                            id: lesson.clone(),
                            title: text(course, locale, lesson)?,
                            minutes: course
                                .lesson(locale, lesson)
                                .map(|l| l.value.reading_minutes),
                            done: done(lesson),
                        })
                    })
                    .collect(),
            })
        })
        .collect();
    let lessons: Vec<&String> = structure.modules.iter().flat_map(|m| &m.lessons).collect();
    let lessons_done = lessons.iter().filter(|l| done(l)).count();
    let next_lesson = lessons
        .iter()
        .find(|l| !done(l))
        .or(lessons.first())
        .map(|l| (*l).clone());
    let facts = course_facts(course, tr);
    Ok(CoursePage {
        can_open: matches!(place, Some(Place::Enrolled { .. } | Place::Completed)),
        slug: structure.slug.clone(),
        title: text(course, locale, "course").ok_or(PageError::NotFound)?,
        summary: text(course, locale, "course.summary"),
        facts,
        outcomes: structure
            .outcomes
            .iter()
            .filter_map(|o| text(course, locale, o))
            .collect(),
        languages: complete_locales(course)
            .into_iter()
            .map(|l| (l.tag(), tr.language_name(l).to_owned()))
            .collect(),
        audience: structure.audience.as_ref().map(|a| audience_note(tr, a)),
        modules,
        assessments: assessments(course, tr),
        has_survey: !structure.survey.is_empty(),
        place,
        lessons_done,
        lessons_total: lessons.len(),
        next_lesson,
        chrome,
    })
}

fn assessments(course: &LoadedCourse, tr: &Tr) -> Vec<AssessmentLine> {
    let structure = course.course();
    structure
        .assessments
        .iter()
        .filter_map(|a| {
            let mut facts = vec![tr.tn("assessment-pass-mark", "percent", a.settings.pass_mark)];
            if let Some(minutes) = a.settings.time_limit_minutes {
                facts.push(tr.tn("assessment-time-limit", "minutes", minutes));
            }
            if let Some(attempts) = a.settings.attempts {
                facts.push(tr.tn("assessment-attempts", "attempts", attempts));
            }
            Some(AssessmentLine {
                id: a.id.clone(),
                title: text(course, tr.locale, &a.id)?,
                kind: tr
                    .t(match a.kind {
                        AssessmentKind::PreTest => "assessment-kind-pre-test",
                        AssessmentKind::ModuleQuiz => "assessment-kind-module-quiz",
                        AssessmentKind::Final => "assessment-kind-final",
                    })
                    .into_owned(),
                facts,
                required: structure.completion.pass.contains(&a.id),
            })
        })
        .collect()
}

#[derive(Debug, Deserialize)]
struct EnrollmentForm {
    /// "enroll" or "withdraw".
    action: String,
}

async fn change_enrollment(
    state: web::Data<WebState>,
    signed_in: SignedIn,
    slug: web::Path<String>,
    Posted(form): Posted<EnrollmentForm>,
) -> Result<HttpResponse, PageError> {
    let content = state.content();
    let course = content.shared_course(&slug).ok_or(PageError::NotFound)?;
    let change = match form.action.as_str() {
        "enroll" => Change::Enroll,
        "withdraw" => Change::Withdraw,
        _ => return Err(PageError::BadForm),
    };
    let changed = enrollment::change(
        &state.cases,
        (*signed_in.user).clone(),
        course.clone(),
        change,
    )
    .await;
    state
        .access
        .forget_enrollment(signed_in.user.id, &course.course().id);
    match changed {
        Ok(_) => {}
        Err(kampus_usecases::UseCaseError::CourseRestricted) => return Err(PageError::Forbidden),
        Err(other) => return Err(other.into()),
    }
    Ok(respond::see_other(
        &signed_in.visitor,
        &format!("/courses/{}", course.course().slug),
    ))
}
