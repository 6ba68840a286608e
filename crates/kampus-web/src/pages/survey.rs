//! `/courses/{slug}/survey`: the end-of-course evaluation — statements rated on a scale (a
//! row of radio buttons with the scale's words) and open questions — saved and changed until
//! the course is completed. Submitting may complete the course.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_content::LoadedCourse;
use kampus_content::model::SurveyItemType;
use kampus_usecases::UseCaseError;
use kampus_usecases::learning::survey::{self, Answer, MAX_TEXT_CHARS, SurveyAnswers};

use super::lesson::active_enrollment;
use super::page;
use super::view::{Text, text};
use crate::error::PageError;
use crate::forms::Posted;
use crate::respond::{self, Chrome};
use crate::session::SignedIn;
use crate::state::WebState;
use crate::tr::{FieldMessages, Tr};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        page("/courses/{slug}/survey")
            .route(web::get().to(survey_page))
            .route(web::post().to(submit)),
    );
}

#[derive(Debug)]
pub struct Item {
    pub id: String,
    pub text: Text,
    pub likert: bool,
    /// 1 to the scale's top, for a rated statement.
    pub scale: Vec<u8>,
    pub low: Option<Text>,
    pub high: Option<Text>,
    pub required: bool,
    /// The rating or text given.
    pub value: String,
}

#[derive(Debug, Template)]
#[template(path = "survey.html")]
pub struct SurveyPage {
    pub chrome: Chrome,
    pub slug: String,
    pub course_title: Text,
    pub items: Vec<Item>,
    pub errors: FieldMessages,
    pub saved: bool,
    pub max_text: usize,
}

fn items(course: &LoadedCourse, tr: &Tr, given: &HashMap<String, String>) -> Vec<Item> {
    let locale = tr.locale;
    course
        .course()
        .survey
        .iter()
        .filter_map(|item| {
            let likert = item.item_type == SurveyItemType::Likert;
            Some(Item {
                id: item.id.clone(),
                text: text(course, locale, &item.id)?,
                likert,
                scale: if likert {
                    (1..=item.scale.unwrap_or(5)).collect()
                } else {
                    Vec::new()
                },
                low: text(course, locale, &format!("{}.low", item.id)),
                high: text(course, locale, &format!("{}.high", item.id)),
                required: item.required,
                value: given.get(&item.id).cloned().unwrap_or_default(),
            })
        })
        .collect()
}

async fn survey_page(
    req: HttpRequest,
    state: web::Data<WebState>,
    signed_in: SignedIn,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let content = state.content();
    let course = content.course(&slug).ok_or(PageError::NotFound)?;
    let visitor = &signed_in.visitor;
    let Some(progress) = active_enrollment(&state, &signed_in, &course.course().id).await? else {
        return Ok(respond::see_other(visitor, &format!("/courses/{slug}")));
    };
    let saved = survey::saved(&state.cases, progress.enrollment.id.clone()).await?;
    let given: HashMap<String, String> = saved
        .and_then(|json| serde_json::from_str::<HashMap<String, serde_json::Value>>(&json).ok())
        .unwrap_or_default()
        .into_iter()
        .map(|(id, value)| match value {
            serde_json::Value::String(text) => (id, text),
            other => (id, other.to_string()),
        })
        .collect();
    let chrome = Chrome::new(&req, visitor, &state);
    let page = SurveyPage {
        slug: slug.clone(),
        course_title: text(course, chrome.tr.locale, "course").ok_or(PageError::NotFound)?,
        saved: !given.is_empty(),
        items: items(course, &chrome.tr, &given),
        errors: FieldMessages::default(),
        max_text: MAX_TEXT_CHARS,
        chrome,
    };
    respond::page(visitor, respond::html(&page))
}

async fn submit(
    req: HttpRequest,
    state: web::Data<WebState>,
    signed_in: SignedIn,
    slug: web::Path<String>,
    Posted(fields): Posted<HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let content = state.content();
    let course = content.shared_course(&slug).ok_or(PageError::NotFound)?;
    let visitor = &signed_in.visitor;
    let Some(progress) = active_enrollment(&state, &signed_in, &course.course().id).await? else {
        return Ok(respond::see_other(visitor, &format!("/courses/{slug}")));
    };
    let mut answers = SurveyAnswers::new();
    let mut given = HashMap::new();
    for item in &course.course().survey {
        let Some(value) = fields
            .get(&format!("s/{}", item.id))
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
        else {
            continue;
        };
        given.insert(item.id.clone(), value.to_owned());
        let answer = match item.item_type {
            // A rating that is not a number is sent on as 0, which the workflow refuses with
            // its own message for the field.
            SurveyItemType::Likert => Answer::Rating(value.parse().unwrap_or(0)),
            SurveyItemType::FreeText => Answer::Text(value.to_owned()),
        };
        answers.insert(item.id.clone(), answer);
    }
    let submitted = survey::submit(
        &state.cases,
        course.clone(),
        progress.enrollment.clone(),
        answers,
    )
    .await;
    state
        .access
        .forget_standing(signed_in.user.id, &course.course().id);
    match submitted {
        Ok(found) if found.enrollment.completed_at.is_some() => Ok(respond::see_other(
            visitor,
            &format!("/courses/{slug}/completed"),
        )),
        Ok(_) => Ok(respond::see_other(visitor, &format!("/courses/{slug}"))),
        Err(UseCaseError::Invalid(errors) | UseCaseError::UnknownReference(errors)) => {
            let chrome = Chrome::new(&req, visitor, &state);
            // The workflow names fields `answers.<item>`; the form's are `s-<item>`.
            let errors: Vec<_> = errors
                .into_iter()
                .map(|mut e| {
                    e.field = format!("s-{}", e.field.trim_start_matches("answers."));
                    e
                })
                .collect();
            let page = SurveyPage {
                slug: slug.clone(),
                course_title: text(&course, chrome.tr.locale, "course")
                    .ok_or(PageError::NotFound)?,
                items: items(&course, &chrome.tr, &given),
                errors: FieldMessages::of(&chrome.tr, &errors),
                saved: false,
                max_text: MAX_TEXT_CHARS,
                chrome,
            };
            respond::page_with_status(
                visitor,
                StatusCode::UNPROCESSABLE_ENTITY,
                respond::html(&page),
            )
        }
        // The course is completed: the survey was part of it already.
        Err(UseCaseError::Conflict(_)) => Ok(respond::see_other(
            visitor,
            &format!("/courses/{slug}/completed"),
        )),
        Err(other) => Err(other.into()),
    }
}
