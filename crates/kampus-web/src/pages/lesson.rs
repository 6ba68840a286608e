//! `/courses/{slug}/lessons/{lesson}`: the lesson reader — the lesson's text (rendered and
//! sanitized once when the course was loaded), its table of contents and reading time, the
//! previous and next lessons — and "mark as completed", a form that records the same
//! lesson-completed event as the API (which may complete the course and issue its
//! certificate, in the same transaction).
//!
//! The most read page: it is rendered once per lesson, locale and completion state, and kept
//! with the published content as a stencil ([`crate::stencil`]); a request only fills in the
//! reader's name and form token (bench/run.sh: 35 % more pages a second than rendering each).

use actix_web::{HttpResponse, web};
use askama::Template;
use kampus_content::{LoadedCourse, Locale, TocEntry};
use kampus_store::progress::{EventKind, LessonEvent};
use kampus_usecases::learning::enrollment::{self, EnrollmentProgress};
use kampus_usecases::learning::lessons;
use kampus_usecases::publishing::page_slots::Stencil;
use serde::Deserialize;

use super::page;
use super::view::{Text, lesson_order, text};
use crate::error::PageError;
use crate::forms::Posted;
use crate::respond::{self, Chrome};
use crate::session::SignedIn;
use crate::state::WebState;
use crate::stencil;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page("/courses/{slug}/lessons/{lesson}").route(web::get().to(lesson_page)))
        .service(
            page("/courses/{slug}/lessons/{lesson}/completion").route(web::post().to(complete)),
        );
}

#[derive(Debug)]
pub struct Neighbour {
    pub id: String,
    pub title: Text,
}

#[derive(Debug, Template)]
#[template(path = "lesson.html")]
pub struct LessonPage<'a> {
    pub chrome: Chrome,
    pub slug: String,
    pub course_title: Text,
    pub module_title: Option<Text>,
    pub id: String,
    pub title: Text,
    /// Sanitized HTML of the lesson (kampus-content renders and cleans it once).
    pub html: &'a str,
    /// The locale the body is in, and whether that is a fallback.
    pub body_lang: &'static str,
    pub body_fallback: bool,
    pub toc: &'a [TocEntry],
    pub reading_minutes: u32,
    pub position: usize,
    pub count: usize,
    pub previous: Option<Neighbour>,
    pub next: Option<Neighbour>,
    pub done: bool,
}

/// The learner's active enrollment in the course with its progress (`None`: enroll first),
/// from the node's access cache when it remembers it.
pub async fn active_enrollment(
    state: &WebState,
    signed_in: &SignedIn,
    course_id: &str,
) -> Result<Option<std::sync::Arc<EnrollmentProgress>>, PageError> {
    let user = signed_in.user.id;
    if let Some(progress) = state.access.progress(user, course_id) {
        return Ok(Some(progress));
    }
    let found = enrollment::progress_in(&state.cases, user, course_id.to_owned())
        .await?
        .filter(|p| p.enrollment.is_active())
        .map(std::sync::Arc::new);
    if let Some(progress) = &found {
        // Only an active enrollment is remembered: enrolling on another node is never refused.
        state
            .access
            .remember_progress(user, course_id, progress.clone());
    }
    Ok(found)
}

async fn lesson_page(
    req: actix_web::HttpRequest,
    state: web::Data<WebState>,
    signed_in: SignedIn,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, lesson_id) = path.into_inner();
    let content = state.content();
    let course = content.course(&slug).ok_or(PageError::NotFound)?;
    let order = lesson_order(course);
    let position = order
        .iter()
        .position(|(_, l)| *l == lesson_id)
        .ok_or(PageError::NotFound)?;
    let visitor = &signed_in.visitor;
    let Some(progress) = active_enrollment(&state, &signed_in, &course.course().id).await? else {
        return Ok(respond::see_other(visitor, &format!("/courses/{slug}")));
    };
    if progress.enrollment.last_lesson_id.as_deref() != Some(lesson_id.as_str()) {
        // A convenience ("continue where you left off"): the lesson is served even when it
        // cannot be written.
        let moved = lessons::bookmark(
            &state.cases,
            progress.enrollment.id.clone(),
            lesson_id.clone(),
        )
        .await;
        match moved {
            Ok(()) => {
                let course_id = &course.course().id;
                let mut moved = (*progress).clone();
                moved.enrollment.last_lesson_id = Some(lesson_id.clone());
                let moved = std::sync::Arc::new(moved);
                state.access.forget_standing(signed_in.user.id, course_id);
                state
                    .access
                    .remember_progress(signed_in.user.id, course_id, moved);
            }
            Err(error) => {
                tracing::warn!(%error, "the last lesson opened was not recorded; the lesson is served");
            }
        }
    }
    let locale = visitor.locale;
    let done = progress.completed.contains(&lesson_id);
    if signed_in.user.role != kampus_store::users::Role::Learner {
        // Staff see their dashboard link in the header: a page of their own, not the kept one.
        let chrome = Chrome::new(&req, visitor, &state);
        let page = reader_page(course, &order, position, locale, done, chrome)
            .ok_or(PageError::NotFound)?;
        return respond::page(visitor, respond::html(&page));
    }
    let slots = content
        .lesson_readers
        .of(&slug, &lesson_id)
        .ok_or(PageError::NotFound)?;
    let stencil = slots[usize::from(done)][locale.index()]
        .get_or_init(|| {
            let chrome = Chrome::stencil(&state, locale, reader_path(&slug, &lesson_id));
            let page = reader_page(course, &order, position, locale, done, chrome)?;
            respond::html(&page)
                .inspect_err(|error| tracing::error!(%error, "the lesson page did not render"))
                .ok()
                .map(|html| Stencil::cut(&html, &[stencil::NAME, stencil::CSRF]))
        })
        .as_ref()
        .ok_or(PageError::NotFound)?;
    let name = stencil::escaped(&signed_in.user.display_name);
    let csrf = crate::csrf::token(&state.settings.csrf_key, &visitor.anchor);
    respond::page(visitor, Ok(stencil.fill(&[&name, &csrf])))
}

/// The lesson reader's address, as its links and language switch name it.
fn reader_path(slug: &str, lesson_id: &str) -> String {
    format!("/courses/{slug}/lessons/{lesson_id}")
}

/// The reader page of the lesson at `position` of `order`, in `locale`; `None` when the
/// course lacks one of its texts. Nothing in it depends on the reader but `done` and the
/// chrome, which is why it can be kept as a [`Stencil`].
fn reader_page<'a>(
    course: &'a LoadedCourse,
    order: &[(&str, &'a str)],
    position: usize,
    locale: Locale,
    done: bool,
    chrome: Chrome,
) -> Option<LessonPage<'a>> {
    let (module_id, lesson_id) = order[position];
    let body = course.lesson(locale, lesson_id)?;
    let neighbour = |index: Option<usize>| {
        let (_, id) = order.get(index?)?;
        Some(Neighbour {
            id: (*id).to_owned(),
            title: text(course, locale, id)?,
        })
    };
    Some(LessonPage {
        slug: course.course().slug.clone(),
        course_title: text(course, locale, "course")?,
        module_title: text(course, locale, module_id),
        id: lesson_id.to_owned(),
        title: text(course, locale, lesson_id)?,
        html: &body.value.html,
        body_lang: body.origin.locale.tag(),
        body_fallback: body.origin.fallback,
        toc: &body.value.toc,
        reading_minutes: body.value.reading_minutes,
        position: position + 1,
        count: order.len(),
        previous: neighbour(position.checked_sub(1)),
        next: neighbour(Some(position + 1)),
        done,
        chrome,
    })
}

#[derive(Debug, Deserialize)]
struct CompletionForm {}

/// The id of the event "this enrollment completed this lesson": always the same, so the form
/// sent twice (a double click, a second tab, a reload after a lost answer) records one event.
/// A UUID of version 8 (custom) from the first 16 bytes of a SHA-256 of the pair.
fn completion_event_id(enrollment_id: &str, lesson_id: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("lesson-completed\0{enrollment_id}\0{lesson_id}"));
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes)
        .into_uuid()
        .to_string()
}

async fn complete(
    state: web::Data<WebState>,
    signed_in: SignedIn,
    path: web::Path<(String, String)>,
    Posted(CompletionForm {}): Posted<CompletionForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, lesson_id) = path.into_inner();
    let content = state.content();
    let course = content.shared_course(&slug).ok_or(PageError::NotFound)?;
    let order = lesson_order(&course);
    let position = order
        .iter()
        .position(|(_, l)| *l == lesson_id)
        .ok_or(PageError::NotFound)?;
    let next = order.get(position + 1).map(|(_, l)| (*l).to_owned());
    let Some(progress) = active_enrollment(&state, &signed_in, &course.course().id).await? else {
        return Ok(respond::see_other(
            &signed_in.visitor,
            &format!("/courses/{slug}"),
        ));
    };
    let event = LessonEvent {
        event_id: completion_event_id(&progress.enrollment.id, &lesson_id),
        kind: EventKind::Completed,
        lesson_id,
        occurred_at: None,
    };
    let recorded = lessons::record_event(
        &state.cases,
        course.clone(),
        kampus_usecases::statements::Learner::from(&*signed_in.user),
        progress.enrollment.id.clone(),
        event,
    )
    .await;
    state
        .access
        .forget_standing(signed_in.user.id, &course.course().id);
    match recorded {
        Ok(_) => {}
        Err(other) => return Err(other.into()),
    }
    let after = match next {
        Some(next) => format!("/courses/{slug}/lessons/{next}"),
        None => format!("/courses/{slug}"),
    };
    Ok(respond::see_other(&signed_in.visitor, &after))
}
