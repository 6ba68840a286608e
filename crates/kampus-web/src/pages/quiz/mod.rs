//! Assessments: an assessment's page (what it asks, the learner's attempts, start or go on),
//! an attempt's answer sheet (saved as often as the learner likes, graded on the server when
//! submitted), and its result with the review the assessment's policy allows.
//!
//! The time limit is the server's: the sheet shows when it ends, answers saved or submitted
//! after it (and a short grace) are refused, and an attempt whose time ran out is graded with
//! what was saved in time.

mod review;
mod sheet;

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;
use kampus_content::LoadedCourse;
use kampus_content::model::{Assessment, AssessmentKind};
use kampus_progress::GradedPaper;
use kampus_store::AttemptId;
use kampus_store::attempts::{Attempt, AttemptSummary};
use kampus_usecases::UseCaseError;
use kampus_usecases::learning::attempts::{self, Started, answers_of, is_closed, paper_of};
use serde::Deserialize;

use super::lesson::active_enrollment;
use super::page;
use super::view::{Text, decimal, instructions, text};
use crate::error::PageError;
use crate::forms::Posted;
use crate::respond::{self, Chrome};
use crate::session::SignedIn;
use crate::state::WebState;
use crate::tr::Tr;
use review::ReviewedQuestion;
use sheet::{Input, SheetQuestion};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        page("/courses/{slug}/assessments/{assessment}").route(web::get().to(assessment_page)),
    )
    .service(page("/courses/{slug}/assessments/{assessment}/attempts").route(web::post().to(start)))
    .service(
        page("/attempts/{id}")
            .route(web::get().to(attempt_page))
            .route(web::post().to(answer)),
    );
}

/// An attempt in the list on the assessment's page.
#[derive(Debug)]
pub struct PastAttempt {
    pub id: String,
    pub number: i32,
    pub open: bool,
    pub result: Option<String>,
    pub passed: Option<bool>,
}

#[derive(Debug, Template)]
#[template(path = "assessment.html")]
pub struct AssessmentPage {
    pub chrome: Chrome,
    pub slug: String,
    pub course_title: Text,
    pub id: String,
    pub title: Text,
    pub kind: String,
    /// The course's instructions for the assessment, with its settings filled in.
    pub instructions: Option<Text>,
    pub facts: Vec<String>,
    pub attempts: Vec<PastAttempt>,
    /// The attempt still open, to go on with.
    pub open: Option<String>,
    pub may_start: bool,
    pub notice: Option<&'static str>,
}

pub fn kind_label(tr: &Tr, kind: AssessmentKind) -> String {
    tr.t(match kind {
        AssessmentKind::PreTest => "assessment-kind-pre-test",
        AssessmentKind::ModuleQuiz => "assessment-kind-module-quiz",
        AssessmentKind::Final => "assessment-kind-final",
    })
    .into_owned()
}

pub fn find_assessment<'a>(
    course: &'a LoadedCourse,
    id: &str,
) -> Result<&'a Assessment, PageError> {
    course
        .course()
        .assessments
        .iter()
        .find(|a| a.id == id)
        .ok_or(PageError::NotFound)
}

fn percent(value: f64, tr: &Tr) -> String {
    tr.ts("quiz-percent", "percent", &decimal(value, tr.locale))
}

async fn assessment_page(
    req: HttpRequest,
    state: web::Data<WebState>,
    signed_in: SignedIn,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, assessment_id) = path.into_inner();
    render_assessment(&req, &state, &signed_in, &slug, &assessment_id, None).await
}

async fn render_assessment(
    req: &HttpRequest,
    state: &WebState,
    signed_in: &SignedIn,
    slug: &str,
    assessment_id: &str,
    notice: Option<&'static str>,
) -> Result<HttpResponse, PageError> {
    let content = state.content();
    let course = content.course(slug).ok_or(PageError::NotFound)?;
    let assessment = find_assessment(course, assessment_id)?;
    let visitor = &signed_in.visitor;
    if active_enrollment(state, signed_in, &course.course().id)
        .await?
        .is_none()
    {
        return Ok(respond::see_other(visitor, &format!("/courses/{slug}")));
    }
    let history: Vec<AttemptSummary> = attempts::history(
        &state.cases,
        signed_in.user.id,
        course.course().id.clone(),
        assessment.id.clone(),
    )
    .await?;
    let chrome = Chrome::new(req, visitor, state);
    let tr = &chrome.tr;
    let now = state.cases.now();
    let summary_open = |a: &AttemptSummary| {
        a.submitted_at.is_none() && a.deadline_at.is_none_or(|d| now <= d + attempts::GRACE)
    };
    let open = history
        .iter()
        .find(|a| summary_open(a))
        .map(|a| a.id.to_string());
    let used = history.len();
    let may_start = open.is_none()
        && assessment
            .settings
            .attempts
            .is_none_or(|limit| used < limit as usize);
    let mut facts = vec![
        tr.tn("assessment-questions", "count", question_count(assessment)),
        tr.tn(
            "assessment-pass-mark",
            "percent",
            assessment.settings.pass_mark,
        ),
    ];
    if let Some(minutes) = assessment.settings.time_limit_minutes {
        facts.push(tr.tn("assessment-time-limit", "minutes", minutes));
    }
    facts.push(match assessment.settings.attempts {
        Some(limit) => tr.tnn("assessment-attempts-used", "used", used, "allowed", limit),
        None => tr.t("assessment-attempts-unlimited").into_owned(),
    });
    let attempts = history
        .iter()
        .map(|a| PastAttempt {
            id: a.id.to_string(),
            number: a.number,
            open: summary_open(a),
            result: a.percent.map(|p| percent(p, tr)),
            passed: a.passed,
        })
        .collect();
    let page = AssessmentPage {
        slug: slug.to_owned(),
        course_title: text(course, tr.locale, "course").ok_or(PageError::NotFound)?,
        id: assessment.id.clone(),
        title: text(course, tr.locale, &assessment.id).ok_or(PageError::NotFound)?,
        kind: kind_label(tr, assessment.kind),
        instructions: instructions(course, tr.locale, assessment),
        facts,
        attempts,
        open,
        may_start,
        notice,
        chrome,
    };
    let status = if notice.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    respond::page_with_status(visitor, status, respond::html(&page))
}

/// How many questions a paper of the assessment has: those outside pools and each pool's draw.
fn question_count(assessment: &Assessment) -> usize {
    let loose = assessment
        .questions
        .iter()
        .filter(|q| q.pool.is_none())
        .count();
    loose
        + assessment
            .pools
            .iter()
            .map(|p| p.draw as usize)
            .sum::<usize>()
}

#[derive(Debug, Deserialize)]
struct Empty {}

async fn start(
    req: HttpRequest,
    state: web::Data<WebState>,
    signed_in: SignedIn,
    path: web::Path<(String, String)>,
    Posted(_): Posted<Empty>,
) -> Result<HttpResponse, PageError> {
    let (slug, assessment_id) = path.into_inner();
    let content = state.content();
    let shared = content.shared_course(&slug).ok_or(PageError::NotFound)?;
    let course: &kampus_content::LoadedCourse = &shared;
    find_assessment(course, &assessment_id)?;
    match attempts::start(
        &state.cases,
        shared.clone(),
        signed_in.user.id,
        &assessment_id,
    )
    .await
    {
        Ok(Started::New { attempt, .. } | Started::Open(attempt)) => Ok(respond::see_other(
            &signed_in.visitor,
            &format!("/attempts/{}", attempt.id),
        )),
        Err(UseCaseError::AttemptLimitReached) => {
            render_assessment(
                &req,
                &state,
                &signed_in,
                &slug,
                &assessment_id,
                Some("assessment-no-attempts-left"),
            )
            .await
        }
        Err(UseCaseError::NotEnrolled) => Ok(respond::see_other(
            &signed_in.visitor,
            &format!("/courses/{slug}"),
        )),
        Err(other) => Err(other.into()),
    }
}

#[derive(Debug, Template)]
#[template(path = "attempt.html")]
pub struct AttemptPage {
    pub chrome: Chrome,
    pub id: String,
    pub slug: String,
    pub assessment_id: String,
    pub title: Text,
    pub number: i32,
    /// Open: the sheet.
    pub questions: Vec<SheetQuestion>,
    /// When the time is up (UTC), and the minutes left, for a timed attempt.
    pub deadline: Option<String>,
    pub minutes_left: Option<i64>,
    pub notice: Option<&'static str>,
    /// Submitted: the result and the review.
    pub result: Option<ResultView>,
}

#[derive(Debug)]
pub struct ResultView {
    pub percent: String,
    /// `None` for a pre-test (it never passes or fails).
    pub passed: Option<bool>,
    pub pass_mark: String,
    pub questions: Vec<ReviewedQuestion>,
}

/// The caller's attempt and its course; 404 for anyone else's.
async fn owned(
    state: &WebState,
    signed_in: &SignedIn,
    id: &str,
) -> Result<(Attempt, std::sync::Arc<LoadedCourse>), PageError> {
    let id = AttemptId::parse_exact(id).ok_or(PageError::NotFound)?;
    let (attempt, course_id) = attempts::owned(&state.cases, id, signed_in.user.id).await?;
    let course = state
        .content()
        .shared_course_by_id(&course_id)
        .ok_or(PageError::NotFound)?;
    Ok((attempt, course))
}

async fn attempt_page(
    req: HttpRequest,
    state: web::Data<WebState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    #[derive(Deserialize)]
    struct Saved {
        saved: Option<String>,
    }
    let (attempt, course) = owned(&state, &signed_in, &id).await?;
    let saved = serde_urlencoded::from_str::<Saved>(req.query_string())
        .ok()
        .and_then(|s| s.saved)
        .is_some();
    let answers = answers_of(&attempt)?;
    let page = attempt_view(
        &req,
        &state,
        &signed_in,
        &course,
        &attempt,
        sheet_filled(&course, &signed_in, &attempt, &answers)?,
        saved.then_some("quiz-saved"),
    )?;
    respond::page(&signed_in.visitor, respond::html(&page))
}

fn sheet_filled(
    course: &LoadedCourse,
    signed_in: &SignedIn,
    attempt: &Attempt,
    answers: &attempts::Answers,
) -> Result<Vec<SheetQuestion>, PageError> {
    let paper = paper_of(attempt)?;
    Ok(sheet::sheet(
        course,
        signed_in.visitor.locale,
        &paper,
        answers,
    ))
}

fn attempt_view(
    req: &HttpRequest,
    state: &WebState,
    signed_in: &SignedIn,
    course: &LoadedCourse,
    attempt: &Attempt,
    questions: Vec<SheetQuestion>,
    notice: Option<&'static str>,
) -> Result<AttemptPage, PageError> {
    let chrome = Chrome::new(req, &signed_in.visitor, state);
    let tr = &chrome.tr;
    let now = state.cases.now();
    let paper = paper_of(attempt)?;
    let result = match &attempt.result {
        Some(raw) => {
            let graded: GradedPaper =
                serde_json::from_str(raw).map_err(|e| PageError::Internal(e.to_string()))?;
            Some(ResultView {
                percent: percent(graded.percent, tr),
                passed: graded.passed,
                pass_mark: percent(paper.pass_mark, tr),
                questions: review::review(course, tr, &paper, &graded, &answers_of(attempt)?),
            })
        }
        None => None,
    };
    let open = !is_closed(attempt, now);
    Ok(AttemptPage {
        id: attempt.id.to_string(),
        slug: course.course().slug.clone(),
        assessment_id: attempt.assessment_id.clone(),
        title: text(course, tr.locale, &attempt.assessment_id).ok_or(PageError::NotFound)?,
        number: attempt.number,
        questions: if open { questions } else { Vec::new() },
        deadline: attempt.deadline_at.map(clock_time),
        minutes_left: attempt
            .deadline_at
            .filter(|_| open)
            .map(|d| (d - now).num_minutes().max(0)),
        notice: if !open && result.is_none() {
            Some("quiz-time-up")
        } else {
            notice
        },
        result,
        chrome,
    })
}

/// A time of day in UTC, as the sheet shows a deadline.
fn clock_time(at: NaiveDateTime) -> String {
    at.format("%H:%M UTC").to_string()
}

async fn answer(
    req: HttpRequest,
    state: web::Data<WebState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    Posted(fields): Posted<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let (attempt, course) = owned(&state, &signed_in, &id).await?;
    let submit = fields.iter().any(|(k, v)| k == "action" && v == "submit");
    let paper = paper_of(&attempt)?;
    let read = sheet::read(&paper, &fields);
    let visitor = &signed_in.visitor;
    if !read.problems.is_empty() {
        // Shown again as typed, with what is wrong next to each question; nothing saved.
        let mut questions = sheet::sheet(&course, visitor.locale, &paper, &read.answers);
        keep_typed(&mut questions, &fields, &read.problems);
        let page = attempt_view(
            &req,
            &state,
            &signed_in,
            &course,
            &attempt,
            questions,
            Some("quiz-fix-answers"),
        )?;
        return respond::page_with_status(
            visitor,
            StatusCode::UNPROCESSABLE_ENTITY,
            respond::html(&page),
        );
    }
    let attempt_id = attempt.id;
    // A submission may complete the course.
    state
        .access
        .forget_standing(signed_in.user.id, &course.course().id);
    let outcome = if submit {
        attempts::submit(&state.cases, course.clone(), attempt, Some(read.answers))
            .await
            .map(|_| format!("/attempts/{attempt_id}"))
    } else {
        attempts::save(&state.cases, attempt, read.answers)
            .await
            .map(|()| format!("/attempts/{attempt_id}?saved=1#answers"))
    };
    match outcome {
        Ok(location) => Ok(respond::see_other(visitor, &location)),
        // The time ran out: what was saved in time is graded; the page says so.
        Err(UseCaseError::AttemptClosed) => {
            if submit {
                let (attempt, _) = owned(&state, &signed_in, &id).await?;
                attempts::submit(&state.cases, course, attempt, None).await?;
            }
            Ok(respond::see_other(
                visitor,
                &format!("/attempts/{attempt_id}"),
            ))
        }
        Err(other) => Err(other.into()),
    }
}

/// Puts the learner's unreadable entries back in their fields, marked.
fn keep_typed(
    questions: &mut [SheetQuestion],
    fields: &[(String, String)],
    problems: &HashMap<String, &'static str>,
) {
    for q in questions {
        let Some(problem) = problems.get(&q.id) else {
            continue;
        };
        q.problem = Some(problem);
        let typed = |name: String| {
            fields
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
        };
        match &mut q.input {
            Input::Numeric(value) | Input::ShortText(value) => {
                *value = typed(format!("a/{}", q.id)).unwrap_or_default();
            }
            Input::Ordering(items) => {
                for item in items.iter_mut() {
                    item.value = typed(format!("a/{}/{}", q.id, item.id));
                }
            }
            _ => {}
        }
    }
}
