//! `/`: the catalog — the published courses in the visitor's language, with filters by
//! language, length, credits and level (a GET form, so a filtered view can be bookmarked),
//! and, for a signed-in learner, their place in each course ("continue where you left off").

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_content::model::AccreditationLevel;
use kampus_content::{LoadedCourse, Locale};
use kampus_usecases::learning::enrollment::{Standing, enrollable, standing};
use serde::Deserialize;

use super::page;
use super::view::{Text, course_facts, level_message, text};
use crate::error::PageError;
use crate::respond::{self, Chrome};
use crate::session::Visitor;
use crate::state::WebState;
use crate::tr::Tr;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page("/").route(web::get().to(catalog)));
}

/// The filters, from the query string; anything unknown is ignored (it is a bookmark).
#[derive(Debug, Default, Deserialize)]
pub struct Filters {
    /// A locale tag: courses fully available in it.
    #[serde(default)]
    pub language: Option<String>,
    /// introductory, intermediate, advanced or specialist.
    #[serde(default)]
    pub level: Option<String>,
    /// short (up to 10 hours), medium (up to 30) or long.
    #[serde(default)]
    pub length: Option<String>,
    /// "yes": only courses that carry ECTS credits.
    #[serde(default)]
    pub credits: Option<String>,
}

pub const LEVELS: [(AccreditationLevel, &str); 4] = [
    (AccreditationLevel::Introductory, "introductory"),
    (AccreditationLevel::Intermediate, "intermediate"),
    (AccreditationLevel::Advanced, "advanced"),
    (AccreditationLevel::Specialist, "specialist"),
];

/// Lengths: the filter's value, its label, and the hours above which and up to which.
const LENGTHS: [(&str, &str, f64, f64); 3] = [
    ("short", "catalog-length-short", 0.0, 10.0),
    ("medium", "catalog-length-medium", 10.0, 30.0),
    ("long", "catalog-length-long", 30.0, f64::INFINITY),
];

impl Filters {
    fn admits(&self, course: &LoadedCourse) -> bool {
        let accreditation = &course.course().accreditation;
        let language = self
            .language
            .as_deref()
            .is_none_or(|tag| complete_locales(course).iter().any(|l| l.tag() == tag));
        let level = self.level.as_deref().is_none_or(|wanted| {
            LEVELS
                .iter()
                .any(|(level, name)| *name == wanted && *level == accreditation.level)
        });
        let length = self.length.as_deref().is_none_or(|wanted| {
            LENGTHS.iter().any(|(name, _, above, up_to)| {
                *name == wanted && accreditation.hours > *above && accreditation.hours <= *up_to
            })
        });
        let credits = self.credits.as_deref() != Some("yes") || accreditation.ects.is_some();
        language && level && length && credits
    }

    /// Empty values (the form's "any") are no filter.
    fn tidy(mut self) -> Self {
        for value in [
            &mut self.language,
            &mut self.level,
            &mut self.length,
            &mut self.credits,
        ] {
            if value.as_deref().is_some_and(str::is_empty) {
                *value = None;
            }
        }
        self
    }
}

/// The locales a course is fully available in.
pub fn complete_locales(course: &LoadedCourse) -> Vec<Locale> {
    course
        .coverage()
        .locales
        .iter()
        .filter(|c| c.missing.is_empty())
        .map(|c| c.locale)
        .collect()
}

/// A learner's place in a course, as a card shows it.
#[derive(Debug, Clone)]
pub enum Place {
    /// Not enrolled; whether they may.
    Open {
        may_enroll: bool,
    },
    Enrolled {
        percent: u32,
        resume: Option<String>,
    },
    Completed,
    Withdrawn,
}

#[derive(Debug)]
pub struct Card {
    pub slug: String,
    pub title: Text,
    pub summary: Option<Text>,
    pub facts: Vec<String>,
    /// (tag, the language's name in itself): each is marked with its language.
    pub languages: Vec<(&'static str, String)>,
    pub audience: Option<String>,
    pub place: Option<Place>,
}

pub use super::view::Choice;
use super::view::choices;

#[derive(Debug, Template)]
#[template(path = "catalog.html")]
pub struct CatalogPage {
    pub chrome: Chrome,
    pub cards: Vec<Card>,
    pub languages: Vec<Choice>,
    pub levels: Vec<Choice>,
    pub lengths: Vec<Choice>,
    pub credits_only: bool,
    pub filtered: bool,
    pub total: usize,
}

async fn catalog(
    req: HttpRequest,
    state: web::Data<WebState>,
    visitor: Visitor,
) -> Result<HttpResponse, PageError> {
    let filters = serde_urlencoded::from_str::<Filters>(req.query_string())
        .unwrap_or_default()
        .tidy();
    let content = state.content();
    let restricted = content.courses().any(|c| c.course().audience.is_some());
    let standing = match visitor.user() {
        Some(user) => Some(standing(&state.cases, user.clone(), restricted).await?),
        None => None,
    };
    let chrome = Chrome::new(&req, &visitor, &state);
    let tr = &chrome.tr;
    let cards = content
        .courses()
        .filter(|c| filters.admits(c))
        .filter_map(|course| card(course, tr, standing.as_ref()))
        .collect();
    let page = CatalogPage {
        languages: choices(
            Locale::ALL
                .iter()
                .map(|l| (l.tag().to_owned(), tr.language_name(*l).to_owned()))
                .collect(),
            filters.language.as_deref(),
        ),
        levels: choices(
            LEVELS
                .iter()
                .map(|(level, name)| ((*name).to_owned(), tr.t(level_message(*level)).into_owned()))
                .collect(),
            filters.level.as_deref(),
        ),
        lengths: choices(
            LENGTHS
                .iter()
                .map(|(name, label, _, _)| ((*name).to_owned(), tr.t(label).into_owned()))
                .collect(),
            filters.length.as_deref(),
        ),
        credits_only: filters.credits.is_some(),
        filtered: filters.language.is_some()
            || filters.level.is_some()
            || filters.length.is_some()
            || filters.credits.is_some(),
        total: content.len(),
        cards,
        chrome,
    };
    respond::page(&visitor, respond::html(&page))
}

fn card(course: &LoadedCourse, tr: &Tr, standing: Option<&Standing>) -> Option<Card> {
    let locale = tr.locale;
    let structure = course.course();
    let facts = course_facts(course, tr);
    let place = standing.map(|s| place(course, s));
    Some(Card {
        slug: structure.slug.clone(),
        title: text(course, locale, "course")?,
        summary: text(course, locale, "course.summary"),
        facts,
        languages: complete_locales(course)
            .into_iter()
            .map(|l| (l.tag(), tr.language_name(l).to_owned()))
            .collect(),
        audience: structure.audience.as_ref().map(|a| audience_note(tr, a)),
        place,
    })
}

/// Where a learner stands in a course.
pub fn place(course: &LoadedCourse, standing: &Standing) -> Place {
    let structure = course.course();
    match standing.enrollments.get(&structure.id) {
        None => Place::Open {
            may_enroll: enrollable(structure.audience.as_ref(), &standing.applicant, false),
        },
        Some(found) if found.enrollment.completed_at.is_some() => Place::Completed,
        Some(found) if found.enrollment.is_active() => {
            let lessons: Vec<&String> = structure.modules.iter().flat_map(|m| &m.lessons).collect();
            let done = found
                .completed
                .iter()
                .filter(|l| lessons.contains(l))
                .count();
            Place::Enrolled {
                percent: u32::try_from(done * 100 / lessons.len().max(1)).unwrap_or(100),
                resume: found
                    .enrollment
                    .last_lesson_id
                    .clone()
                    .filter(|l| lessons.contains(&l)),
            }
        }
        Some(_) => Place::Withdrawn,
    }
}

/// Who may enroll in a restricted course, in words.
pub fn audience_note(tr: &Tr, audience: &kampus_content::model::Audience) -> String {
    let countries: Vec<String> = audience
        .countries
        .iter()
        .map(|code| match COUNTRIES.iter().find(|(c, _)| c == code) {
            Some((_, message)) => tr.t(message).into_owned(),
            None => code.clone(),
        })
        .collect();
    match (countries.is_empty(), audience.institutions.is_empty()) {
        (false, true) => tr.ts("audience-countries", "countries", &countries.join(", ")),
        (false, false) => tr.ts(
            "audience-countries-and-institutions",
            "countries",
            &countries.join(", "),
        ),
        _ => tr.t("audience-institutions").into_owned(),
    }
}

/// The countries whose names the pages know (the region and its neighbours); another
/// country is shown by its ISO code.
pub const COUNTRIES: [(&str, &str); 16] = [
    ("AL", "country-AL"),
    ("AT", "country-AT"),
    ("BA", "country-BA"),
    ("BG", "country-BG"),
    ("DE", "country-DE"),
    ("GR", "country-GR"),
    ("HR", "country-HR"),
    ("HU", "country-HU"),
    ("IT", "country-IT"),
    ("ME", "country-ME"),
    ("MK", "country-MK"),
    ("RO", "country-RO"),
    ("RS", "country-RS"),
    ("SI", "country-SI"),
    ("TR", "country-TR"),
    ("XK", "country-XK"),
];
