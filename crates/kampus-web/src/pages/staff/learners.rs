//! The learners of a course (`/staff/courses/{slug}/learners`: search, sort, paging, status
//! per module, the whole list as CSV) and one learner's record (`/staff/learners/{id}`), for
//! the staff member's scope only: a learner outside it is "not found", exactly like one who
//! does not exist.

use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_content::LoadedCourse;
use kampus_store::reports::progress::{self, CourseOutline, LearnerProgress, Page, Sort};
use kampus_store::users::Role;
use kampus_store::{UserId, enrollments, institutions, users};
use serde::Deserialize;

use super::filters::{ReadFilters, StaffQuery};
use super::{Staff, csv_headers, language_name, percent};
use crate::error::PageError;
use crate::pages::page;
use crate::pages::view::{Text, text};
use crate::respond::{self, Chrome};
use crate::state::WebState;
use crate::tr::Tr;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page("/staff/courses/{slug}/learners").route(web::get().to(list)))
        .service(page("/staff/courses/{slug}/learners.csv").route(web::get().to(export)))
        .service(page("/staff/learners/{id}").route(web::get().to(record)));
}

/// Learners a page.
const PER_PAGE: i64 = 50;
/// The last page anyone could ask for (a million pages of 50).
const MAX_PAGE: i64 = 1_000_000;
const MAX_SEARCH_CHARS: usize = 200;

/// Search, order and page, beside the dashboard's filters.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(flatten)]
    pub filters: StaffQuery,
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub sort: Option<String>,
    #[serde(default)]
    pub order: Option<String>,
    #[serde(default)]
    pub page: Option<String>,
}

/// The columns the list can be sorted by: the query's name and the column's header id.
const SORTABLE: [(&str, &str); 5] = [
    ("name", "report-column-learner"),
    ("enrolled_at", "report-column-enrolled-at"),
    ("completed_at", "report-column-completed-at"),
    ("lessons_completed", "report-column-lessons-completed"),
    ("final_score", "report-column-final-score"),
];

/// A sortable column's header: its link (the other direction when it is the current order).
#[derive(Debug)]
pub struct SortHeader {
    pub label: String,
    pub href: String,
    /// `ascending`/`descending` when the list is in this order (for `aria-sort`).
    pub current: Option<&'static str>,
}

/// A module's status in one row.
#[derive(Debug)]
pub struct ModuleCell {
    pub text: String,
    pub class: &'static str,
}

/// One learner in the list.
#[derive(Debug)]
pub struct LearnerLine {
    pub user_id: String,
    pub name: String,
    pub email: String,
    pub institution: String,
    pub language: String,
    pub status: String,
    pub enrolled_on: String,
    pub completed_on: String,
    pub lessons: String,
    pub modules: Vec<ModuleCell>,
    pub pre_test: String,
    pub final_score: String,
    pub certificate: bool,
}

#[derive(Debug, Template)]
#[template(path = "staff_learners.html")]
pub struct LearnersPage {
    pub chrome: Chrome,
    pub slug: String,
    pub title: Text,
    /// The module titles, numbered like the columns.
    pub modules: Vec<Text>,
    pub headers: Vec<SortHeader>,
    pub lines: Vec<LearnerLine>,
    /// "120 learners · page 2 of 3".
    pub count_line: String,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub search: String,
    /// The filters applied, as hidden fields of the search form.
    pub hidden: Vec<(String, String)>,
    pub csv: String,
    pub dashboard: String,
    pub filters_note: Option<String>,
}

async fn list(
    req: HttpRequest,
    state: web::Data<WebState>,
    staff: Staff,
    slug: web::Path<String>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let visitor = &staff.signed_in.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let content = state.content();
    let course = content.course(&slug).ok_or(PageError::NotFound)?;
    let read = query.filters.read(&content, &chrome.tr);
    let (page, number) = page_of(&query)?;
    let outline = CourseOutline::of(course.course());
    let (scope, filter, asked) = (staff.report_scope(), read.filter.clone(), page.clone());
    let (total, rows) = state
        .reports
        .read(move |conn| progress::page(conn, &scope, &filter, &outline, &asked))
        .await?;
    let tr = &chrome.tr;
    let path = format!("/staff/courses/{}/learners", slug.as_str());
    let search = query.q.clone().unwrap_or_default();
    let link = |extra: &[(&str, &str)]| {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        if !search.is_empty() {
            pairs.push(("q", &search));
        }
        pairs.extend_from_slice(extra);
        read.link(&path, &pairs)
    };
    let order_name = |descending: bool| if descending { "desc" } else { "asc" };
    let headers = SORTABLE
        .iter()
        .map(|(name, label)| {
            let current = Sort::parse(name) == Some(page.sort);
            let descending = if current { !page.descending } else { false };
            SortHeader {
                label: tr.t(label).into_owned(),
                href: link(&[("sort", name), ("order", order_name(descending))]),
                current: current.then_some(if page.descending {
                    "descending"
                } else {
                    "ascending"
                }),
            }
        })
        .collect();
    let pages = ((total + PER_PAGE - 1) / PER_PAGE).max(1);
    let sort_pairs = [
        ("sort", query.sort.as_deref().unwrap_or("name")),
        ("order", order_name(page.descending)),
    ];
    let at = |n: i64| {
        let n = n.to_string();
        let mut pairs = sort_pairs.to_vec();
        pairs.push(("page", &n));
        link(&pairs)
    };
    let lines = rows.iter().map(|row| line(tr, row)).collect();
    let page_view = LearnersPage {
        slug: slug.clone(),
        title: text(course, tr.locale, "course").ok_or(PageError::NotFound)?,
        modules: module_titles(course, tr),
        headers,
        lines,
        count_line: {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("total", total);
            args.set("page", number);
            args.set("pages", pages);
            tr.with("staff-learners-count", &args)
        },
        previous: (number > 1).then(|| at(number - 1)),
        next: (number < pages).then(|| at(number + 1)),
        hidden: hidden_fields(&read),
        csv: read.link(
            &format!("/staff/courses/{}/learners.csv", slug.as_str()),
            &sort_pairs,
        ),
        dashboard: read.link("/staff", &[]),
        filters_note: (!read.query.is_empty()).then(|| tr.t("staff-filters-applied").into_owned()),
        search,
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page_view))
}

/// The applied filters as (name, value) pairs, for a form that keeps them.
fn hidden_fields(read: &ReadFilters) -> Vec<(String, String)> {
    serde_urlencoded::from_str(&read.query).unwrap_or_default()
}

fn module_titles(course: &LoadedCourse, tr: &Tr) -> Vec<Text> {
    course
        .course()
        .modules
        .iter()
        .filter_map(|m| text(course, tr.locale, &m.id))
        .collect()
}

/// The page, order and search asked for; a value that is not valid is a bad request.
fn page_of(query: &ListQuery) -> Result<(Page, i64), PageError> {
    let number = match query.page.as_deref() {
        None | Some("") => 1,
        Some(raw) => raw
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=MAX_PAGE).contains(n))
            .ok_or(PageError::BadForm)?,
    };
    let sort = match query.sort.as_deref() {
        None | Some("") => Sort::Name,
        Some(raw) => Sort::parse(raw).ok_or(PageError::BadForm)?,
    };
    let descending = match query.order.as_deref() {
        None | Some("" | "asc") => false,
        Some("desc") => true,
        Some(_) => return Err(PageError::BadForm),
    };
    let search = query.q.as_deref().map(str::trim).filter(|q| !q.is_empty());
    if search.is_some_and(|q| q.chars().count() > MAX_SEARCH_CHARS) {
        return Err(PageError::BadForm);
    }
    Ok((
        Page {
            search: search.map(str::to_owned),
            sort,
            descending,
            offset: (number - 1) * PER_PAGE,
            limit: PER_PAGE,
        },
        number,
    ))
}

fn day(t: chrono::NaiveDateTime) -> String {
    t.format("%Y-%m-%d").to_string()
}

fn line(tr: &Tr, row: &LearnerProgress) -> LearnerLine {
    let percent = |v: f64| percent(tr, v);
    LearnerLine {
        user_id: row.user_id.clone(),
        name: row.display_name.clone(),
        email: row.email.clone(),
        institution: row.institution.clone().unwrap_or_default(),
        language: language_name(tr, &row.locale),
        status: tr.t(&format!("staff-status-{}", row.status)).into_owned(),
        enrolled_on: day(row.enrolled_at),
        completed_on: row.completed_at.map(day).unwrap_or_default(),
        lessons: row.lessons_completed.to_string(),
        modules: row
            .modules
            .iter()
            .map(|m| ModuleCell {
                text: tr.tnn(
                    "staff-module-lessons",
                    "done",
                    m.lessons_completed,
                    "total",
                    m.lessons,
                ),
                class: m.status,
            })
            .collect(),
        pre_test: row.pre_test.map(percent).unwrap_or_default(),
        final_score: row.final_score.map(percent).unwrap_or_default(),
        certificate: row.certificate_id.is_some(),
    }
}

/// `/staff/courses/{slug}/learners.csv`: every learner of the list (its filters, search and
/// order), as the reports API's progress CSV, streamed.
async fn export(
    state: web::Data<WebState>,
    staff: Staff,
    slug: web::Path<String>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr::new(state.strings.clone(), staff.signed_in.visitor.locale);
    let content = state.content();
    let course = content.course(&slug).ok_or(PageError::NotFound)?;
    let read = query.filters.read(&content, &tr).strict()?;
    let (page, _) = page_of(&query)?;
    let outline = CourseOutline::of(course.course());
    let say = |key: &str| state.catalog().message(tr.locale, key, None);
    let header = kampus_usecases::reports::csv::progress_header(&outline, &say);
    let receiver =
        state
            .reports
            .export_progress(staff.report_scope(), read.filter, outline, page, header);
    let body = futures_stream(receiver);
    Ok(csv_headers("progress").streaming(body))
}

/// The export's chunks as a response body.
fn futures_stream(
    receiver: tokio::sync::mpsc::Receiver<Result<String, kampus_usecases::UseCaseError>>,
) -> impl futures_util::Stream<Item = Result<Bytes, PageError>> {
    futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver
            .recv()
            .await
            .map(|item| (item.map(Bytes::from).map_err(PageError::from), receiver))
    })
}

/// One enrollment of the learner's record.
#[derive(Debug)]
pub struct EnrollmentView {
    pub title: String,
    pub learners_link: String,
    pub progress: Option<LearnerLine>,
    pub modules: Vec<(Text, ModuleCell)>,
}

#[derive(Debug, Template)]
#[template(path = "staff_learner.html")]
pub struct LearnerPage {
    pub chrome: Chrome,
    pub name: String,
    pub email: String,
    pub institution: String,
    pub language: String,
    pub enrollments: Vec<EnrollmentView>,
}

/// `/staff/learners/{id}`: a learner's courses with their progress. Someone outside the
/// staff member's scope, staff, or nobody at all: 404 alike.
async fn record(
    req: HttpRequest,
    state: web::Data<WebState>,
    staff: Staff,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let user_id: UserId = id.parse().map_err(|_| PageError::NotFound)?;
    let content = state.content();
    let outlines: Vec<CourseOutline> = content
        .courses()
        .map(|c| CourseOutline::of(c.course()))
        .collect();
    let scope = staff.scope.clone();
    let found = state
        .reports
        .read(move |conn| {
            let user = match users::find(conn, user_id) {
                Ok(user) => user,
                Err(kampus_store::StoreError::NotFound) => return Ok(None),
                Err(e) => return Err(e),
            };
            if user.role != Role::Learner || !scope.includes(user.institution_id) {
                return Ok(None);
            }
            let institution = match user.institution_id {
                Some(id) => Some(institutions::find(conn, id)?.name),
                None => None,
            };
            let mut rows = Vec::new();
            for enrollment in enrollments::for_user(conn, user_id)? {
                if let Some(outline) = outlines
                    .iter()
                    .find(|o| o.course_id == enrollment.course_id)
                {
                    let row = progress::rows(conn, outline, std::slice::from_ref(&enrollment.id))?;
                    rows.push((enrollment.course_id, row.into_iter().next()));
                }
            }
            Ok(Some((user, institution, rows)))
        })
        .await?;
    let Some((user, institution, rows)) = found else {
        return Err(PageError::NotFound);
    };
    let visitor = &staff.signed_in.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let tr = &chrome.tr;
    let enrollments = rows
        .into_iter()
        .filter_map(|(course_id, row)| {
            let course = content.courses().find(|c| c.course().id == course_id)?;
            let line = row.as_ref().map(|r| line(tr, r));
            let modules = match &line {
                Some(l) => module_titles(course, tr)
                    .into_iter()
                    .zip(l.modules.iter().map(|m| ModuleCell {
                        text: m.text.clone(),
                        class: m.class,
                    }))
                    .collect(),
                None => Vec::new(),
            };
            Some(EnrollmentView {
                title: text(course, tr.locale, "course")?.text,
                learners_link: format!("/staff/courses/{}/learners", course.course().slug),
                progress: line,
                modules,
            })
        })
        .collect();
    let page_view = LearnerPage {
        name: user.display_name.clone(),
        email: user.email.to_string(),
        institution: institution.unwrap_or_else(|| tr.t("staff-no-institution").into_owned()),
        language: tr.language_name(user.preferred_locale).to_owned(),
        enrollments,
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page_view))
}
