//! A course's own reports: its end-of-course survey (`/staff/courses/{slug}/satisfaction`:
//! Likert distributions, comment counts, the comments for admins only) and the item analysis
//! of each assessment (`/staff/courses/{slug}/assessments/{id}`: attempts and pass rates per
//! language, facility and discrimination per question, the per-language translation flag),
//! each with its chart, tables and the reports API's CSV.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_content::LoadedCourse;
use kampus_content::model::Assessment;
use kampus_progress::item_analysis::{ItemReport, QuestionStats};
use kampus_store::reports::assessments::{AssessmentRef, LocaleAttempts};
use kampus_store::reports::satisfaction::{self, SatisfactionReport, SurveyItemSpec};
use kampus_store::users::Role;
use kampus_usecases::reports::csv;
use kampus_usecases::reports::staff::{all_locales, item_analysis};

use super::filters::{ReadFilters, StaffQuery};
use super::{Staff, csv_response, fraction, language_name, percent};
use crate::chart::{BarChart, Group, Series};
use crate::error::PageError;
use crate::pages::page;
use crate::pages::quiz::find_assessment;
use crate::pages::view::{Text, decimal, text};
use crate::respond::{self, Chrome};
use crate::state::WebState;
use crate::tr::Tr;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page("/staff/courses/{slug}/satisfaction").route(web::get().to(survey)))
        .service(page("/staff/courses/{slug}/satisfaction.csv").route(web::get().to(survey_csv)))
        .service(page("/staff/courses/{slug}/assessments/{id}").route(web::get().to(items)))
        .service(
            page("/staff/courses/{slug}/assessments/{id}/items.csv")
                .route(web::get().to(items_csv)),
        );
}

/// The filters of a course's report: the course is the path's, whatever the query says.
fn course_filters(course: &LoadedCourse, mut read: ReadFilters) -> ReadFilters {
    read.filter.course = Some(course.course().id.clone());
    read
}

/// A Likert item on the page.
#[derive(Debug)]
pub struct LikertView {
    pub chart: BarChart,
    /// (point, count, share of the responses).
    pub points: Vec<(u8, i64, String)>,
    pub responses: i64,
    pub mean: String,
    pub small: bool,
}

/// A free-text item on the page.
#[derive(Debug)]
pub struct CommentsView {
    pub question: String,
    pub responses: i64,
    /// The comments, for admins; `None` for trainers (they see how many there are).
    pub comments: Option<Vec<String>>,
}

#[derive(Debug, Template)]
#[template(path = "staff_survey.html")]
pub struct SurveyPage {
    pub chrome: Chrome,
    pub title: Text,
    pub respondents: i64,
    pub small: bool,
    pub likert: Vec<LikertView>,
    pub free_text: Vec<CommentsView>,
    pub csv: String,
    pub dashboard: String,
    pub filters_note: Option<String>,
}

/// Comments are for admins only: a trainer knows their learners, and a comment could name its
/// author to them (the reports API's rule).
fn with_comments(staff: &Staff) -> bool {
    staff.signed_in.user.role == Role::Admin
}

async fn read_survey(
    state: &WebState,
    staff: &Staff,
    course: &LoadedCourse,
    read: &ReadFilters,
) -> Result<SatisfactionReport, PageError> {
    let (scope, filter) = (staff.report_scope(), read.filter.clone());
    let course_id = course.course().id.clone();
    let items = SurveyItemSpec::of_course(course.course());
    let comments = with_comments(staff);
    Ok(state
        .reports
        .read(move |conn| satisfaction::report(conn, &scope, &filter, &course_id, &items, comments))
        .await?)
}

async fn survey(
    req: HttpRequest,
    state: web::Data<WebState>,
    staff: Staff,
    slug: web::Path<String>,
    query: web::Query<StaffQuery>,
) -> Result<HttpResponse, PageError> {
    let visitor = &staff.signed_in.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let content = state.content();
    let course = content.course(&slug).ok_or(PageError::NotFound)?;
    let read = course_filters(course, query.read(&content, &chrome.tr));
    let report = read_survey(&state, &staff, course, &read).await?;
    let tr = &chrome.tr;
    let percent = |v: f64| percent(tr, v);
    let question = |id: &str| text(course, tr.locale, id).map_or_else(|| id.to_owned(), |t| t.text);
    let mut likert = Vec::new();
    let mut free_text = Vec::new();
    for (n, item) in report.items.iter().enumerate() {
        match &item.distribution {
            Some(counts) => {
                let share =
                    |count: i64| (item.responses > 0).then(|| ratio(count, item.responses) * 100.0);
                let groups = counts
                    .iter()
                    .enumerate()
                    .map(|(p, count)| Group {
                        label: tr.tn("staff-survey-point", "point", p + 1),
                        values: vec![share(*count)],
                        small: item.small_group,
                    })
                    .collect();
                let mean = item.mean.map(|m| decimal(m, tr.locale));
                let summary = match &mean {
                    Some(mean) => {
                        let mut args = fluent_bundle::FluentArgs::new();
                        args.set("responses", item.responses);
                        args.set("mean", mean.as_str());
                        args.set("scale", item.scale.unwrap_or(5));
                        tr.with("staff-survey-summary", &args)
                    }
                    None => tr.t("staff-no-figures").into_owned(),
                };
                likert.push(LikertView {
                    chart: BarChart::percentages(
                        format!("likert-{n}"),
                        question(&item.id),
                        summary,
                        vec![Series {
                            name: tr.t("staff-survey-share").into_owned(),
                            class: "series-0",
                        }],
                        groups,
                        percent,
                    ),
                    points: counts
                        .iter()
                        .enumerate()
                        .map(|(p, count)| {
                            let point = u8::try_from(p + 1).unwrap_or(u8::MAX);
                            (
                                point,
                                *count,
                                share(*count).map(&percent).unwrap_or_default(),
                            )
                        })
                        .collect(),
                    responses: item.responses,
                    mean: mean.unwrap_or_else(|| "–".to_owned()),
                    small: item.small_group,
                });
            }
            None => free_text.push(CommentsView {
                question: question(&item.id),
                responses: item.responses,
                comments: item.comments.clone(),
            }),
        }
    }
    let page_view = SurveyPage {
        title: text(course, tr.locale, "course").ok_or(PageError::NotFound)?,
        respondents: report.respondents,
        small: report.small_group,
        likert,
        free_text,
        csv: read.link(
            &format!("/staff/courses/{}/satisfaction.csv", slug.as_str()),
            &[],
        ),
        dashboard: read.link("/staff", &[]),
        filters_note: filters_note(tr, &read),
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page_view))
}

#[allow(clippy::cast_precision_loss)] // counts of responses are far below 2^52
fn ratio(part: i64, whole: i64) -> f64 {
    part as f64 / whole as f64
}

fn filters_note(tr: &Tr, read: &ReadFilters) -> Option<String> {
    (!read.query.is_empty()).then(|| tr.t("staff-filters-applied").into_owned())
}

async fn survey_csv(
    state: web::Data<WebState>,
    staff: Staff,
    slug: web::Path<String>,
    query: web::Query<StaffQuery>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr::new(state.strings.clone(), staff.signed_in.visitor.locale);
    let content = state.content();
    let course = content.course(&slug).ok_or(PageError::NotFound)?;
    let read = query.read(&content, &tr).strict()?;
    let read = course_filters(course, read);
    let report = read_survey(&state, &staff, course, &read).await?;
    let catalog = state.catalog().clone();
    let say = |key: &str, args: Option<&fluent_bundle::FluentArgs<'_>>| {
        catalog.message(tr.locale, key, args)
    };
    let text_of = |id: &str| text(course, tr.locale, id).map(|t| t.text);
    let document = csv::satisfaction(&report, with_comments(&staff), &text_of, &say);
    Ok(csv_response("satisfaction", document.into_text()))
}

/// One language's attempts.
#[derive(Debug)]
pub struct LocaleLine {
    pub language: String,
    pub attempts: i64,
    pub learners: i64,
    pub mean: String,
    pub pass_rate: String,
    pub small: bool,
}

/// One question's figures.
#[derive(Debug)]
pub struct QuestionLine {
    pub id: String,
    pub prompt: String,
    pub attempts: u64,
    pub facility: String,
    pub discrimination: String,
    pub unanswered: u64,
    pub small: bool,
    /// The languages where the question is markedly harder than in the others.
    pub flagged: Vec<String>,
}

#[derive(Debug, Template)]
#[template(path = "staff_items.html")]
pub struct ItemsPage {
    pub chrome: Chrome,
    pub course_title: Text,
    pub title: Text,
    pub kind: String,
    pub summary: LocaleLine,
    pub locales: Vec<LocaleLine>,
    pub chart: BarChart,
    pub questions: Vec<QuestionLine>,
    pub any_flag: bool,
    pub csv: String,
    pub dashboard: String,
    pub filters_note: Option<String>,
}

async fn read_items(
    state: &WebState,
    staff: &Staff,
    course: &LoadedCourse,
    assessment: &Assessment,
    read: &ReadFilters,
) -> Result<(Vec<LocaleAttempts>, ItemReport), PageError> {
    let (scope, filter) = (staff.report_scope(), read.filter.clone());
    let target = AssessmentRef {
        course_id: course.course().id.clone(),
        assessment_id: assessment.id.clone(),
    };
    let assessment = assessment.clone();
    Ok(state
        .reports
        .read(move |conn| item_analysis(conn, &scope, &filter, &target, &assessment))
        .await?)
}

#[allow(clippy::cast_precision_loss)] // counts of attempts are far below 2^52
fn locale_line(tr: &Tr, group: &LocaleAttempts, language: String) -> LocaleLine {
    let percent = |v: f64| percent(tr, v);
    LocaleLine {
        language,
        attempts: group.attempts,
        learners: group.learners,
        mean: group
            .percent_sum
            .filter(|_| group.attempts > 0)
            .map_or_else(
                || "–".to_owned(),
                |sum| percent(sum / group.attempts as f64),
            ),
        pass_rate: if group.judged > 0 {
            percent(group.passed as f64 / group.judged as f64 * 100.0)
        } else {
            "–".to_owned()
        },
        small: group.learners < kampus_store::reports::SMALL_GROUP,
    }
}

fn question_line(tr: &Tr, course: &LoadedCourse, q: &QuestionStats) -> QuestionLine {
    let fraction = |v: f64| fraction(tr, v);
    QuestionLine {
        id: q.id.clone(),
        prompt: text(course, tr.locale, &q.id).map_or_else(String::new, |t| t.text),
        attempts: q.figures.attempts,
        facility: q.figures.facility.map_or_else(|| "–".to_owned(), fraction),
        discrimination: q
            .figures
            .discrimination
            .map_or_else(|| "–".to_owned(), fraction),
        unanswered: q.figures.unanswered,
        small: q.figures.small_group,
        flagged: q
            .locales
            .iter()
            .filter(|l| l.translation_flag)
            .map(|l| language_name(tr, &l.locale))
            .collect(),
    }
}

async fn items(
    req: HttpRequest,
    state: web::Data<WebState>,
    staff: Staff,
    path: web::Path<(String, String)>,
    query: web::Query<StaffQuery>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let visitor = &staff.signed_in.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let content = state.content();
    let course = content.course(&slug).ok_or(PageError::NotFound)?;
    let assessment = find_assessment(course, &id)?;
    let read = course_filters(course, query.read(&content, &chrome.tr));
    let (locales, report) = read_items(&state, &staff, course, assessment, &read).await?;
    let tr = &chrome.tr;
    let questions: Vec<QuestionLine> = report
        .questions
        .iter()
        .map(|q| question_line(tr, course, q))
        .collect();
    let groups = report
        .questions
        .iter()
        .map(|q| Group {
            label: q.id.clone(),
            values: vec![q.figures.facility.map(|f| f * 100.0)],
            small: q.figures.small_group,
        })
        .collect();
    let chart = BarChart::percentages(
        "facility-chart",
        tr.t("staff-items-chart").into_owned(),
        tr.t("staff-items-chart-summary").into_owned(),
        vec![Series {
            name: tr.t("report-item-facility").into_owned(),
            class: "series-0",
        }],
        groups,
        |v| percent(tr, v),
    );
    let page_view = ItemsPage {
        course_title: text(course, tr.locale, "course").ok_or(PageError::NotFound)?,
        title: text(course, tr.locale, &assessment.id).ok_or(PageError::NotFound)?,
        kind: crate::pages::quiz::kind_label(tr, assessment.kind),
        summary: locale_line(
            tr,
            &all_locales(&locales),
            tr.t("report-item-all-locales").into_owned(),
        ),
        locales: locales
            .iter()
            .map(|l| locale_line(tr, l, language_name(tr, &l.locale)))
            .collect(),
        chart,
        any_flag: questions.iter().any(|q| !q.flagged.is_empty()),
        questions,
        csv: read.link(
            &format!("/staff/courses/{slug}/assessments/{id}/items.csv"),
            &[],
        ),
        dashboard: read.link("/staff", &[]),
        filters_note: filters_note(tr, &read),
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page_view))
}

async fn items_csv(
    state: web::Data<WebState>,
    staff: Staff,
    path: web::Path<(String, String)>,
    query: web::Query<StaffQuery>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let tr = Tr::new(state.strings.clone(), staff.signed_in.visitor.locale);
    let content = state.content();
    let course = content.course(&slug).ok_or(PageError::NotFound)?;
    let assessment = find_assessment(course, &id)?;
    let read = query.read(&content, &tr).strict()?;
    let read = course_filters(course, read);
    let (_, report) = read_items(&state, &staff, course, assessment, &read).await?;
    let say = |key: &str| state.catalog().message(tr.locale, key, None);
    let document = csv::item_analysis(&report, &say);
    Ok(csv_response(
        &format!("assessment-{id}"),
        document.into_text(),
    ))
}
