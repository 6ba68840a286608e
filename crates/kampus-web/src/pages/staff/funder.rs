//! `/staff/funder-report`: the report to funders — for a period and optionally a course or a
//! country, one printable page (the stylesheet's print rules leave out the site's header and
//! the form) and the same report as a PDF in the reader's language
//! (`/staff/funder-report.pdf`): headline figures, completion and pass rates by course and by
//! country, knowledge gain and satisfaction by course, and the definitions used. The figures
//! are read by `kampus_usecases::reports::funder`, with the reports API's own queries.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_pdf::report::{Block, ReportText, Table, render_report};
use kampus_store::institutions;
use kampus_store::reports::Dimension;
use kampus_store::reports::satisfaction::SurveyItemSpec;
use kampus_usecases::reports::funder::{self, FunderFigures};

use super::dashboard::{
    FiguresTable, FilterForm, TableRow, completion_table, coverage, gain_table, headline_figures,
};
use super::filters::{ReadFilters, StaffQuery};
use super::names::Names;
use super::{Staff, percent};
use crate::error::PageError;
use crate::pages::page;
use crate::pages::view::decimal;
use crate::respond::{self, Chrome};
use crate::state::WebState;
use crate::tr::Tr;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page("/staff/funder-report").route(web::get().to(report_page)))
        .service(page("/staff/funder-report.pdf").route(web::get().to(report_pdf)));
}

/// The definitions the report states, as Fluent ids.
const DEFINITIONS: [&str; 6] = [
    "staff-funder-def-trained",
    "staff-funder-def-completion",
    "staff-funder-def-pass",
    "staff-funder-def-gain",
    "staff-funder-def-satisfaction",
    "staff-funder-def-small",
];

/// The report, ready for the page or the PDF.
#[derive(Debug)]
pub struct FunderReport {
    pub title: String,
    /// The period and what else it is limited to.
    pub subtitle: String,
    pub coverage: String,
    pub headline: Vec<(String, String)>,
    pub headline_small: bool,
    pub by_course: FiguresTable,
    pub by_country: FiguresTable,
    pub gain: FiguresTable,
    pub satisfaction: FiguresTable,
    pub definitions: Vec<String>,
}

#[derive(Debug, Template)]
#[template(path = "staff_funder.html")]
pub struct FunderPage {
    pub chrome: Chrome,
    pub form: FilterForm,
    pub report: FunderReport,
    pub pdf: String,
    pub dashboard: String,
}

/// Only the report's own filters: the period, a course, a country.
fn report_query(query: &StaffQuery) -> StaffQuery {
    StaffQuery {
        course: query.course.clone(),
        country: query.country.clone(),
        from: query.from.clone(),
        to: query.to.clone(),
        ..StaffQuery::default()
    }
}

/// Reads the figures and words them; the filter form with them.
async fn build(
    state: &WebState,
    staff: &Staff,
    tr: &Tr,
    (own, read): (&StaffQuery, &ReadFilters),
) -> Result<(FunderReport, FilterForm), PageError> {
    let content = state.content();
    let surveys: Vec<(String, Vec<SurveyItemSpec>)> = content
        .courses()
        .map(|c| (c.course().id.clone(), SurveyItemSpec::of_course(c.course())))
        .collect();
    let (scope, filter) = (staff.report_scope(), read.filter.clone());
    let (all, figures) = state
        .reports
        .read(move |conn| {
            Ok((
                institutions::list(conn)?,
                funder::read(conn, &scope, &filter, &surveys)?,
            ))
        })
        .await?;
    let names = Names::new(tr, &content, all, &staff.scope);
    let form = FilterForm::new(&names, read, own);
    Ok((words(&names, read, &figures, &staff.scope), form))
}

fn words(
    names: &Names,
    read: &ReadFilters,
    figures: &FunderFigures,
    scope: &kampus_usecases::Scope,
) -> FunderReport {
    let tr = names.tr;
    let percent = |v: f64| percent(tr, v);
    let headline = headline_figures(tr, &figures.headline.totals)
        .into_iter()
        .map(|f| (f.label, f.value.to_string()))
        .collect();
    // A funder reads fewer columns than a trainer: enrolled, completed, completion rate and
    // final pass rate; learners, mean pre-test and final, mean gain and the class's g.
    let completion = [0, 2, 4, 5];
    let mut by_course =
        completion_table(names, Dimension::Course, &figures.by_course, &percent).only(&completion);
    by_course.caption = tr.t("staff-funder-by-course").into_owned();
    let mut by_country = completion_table(names, Dimension::Country, &figures.by_country, &percent)
        .only(&completion);
    by_country.caption = tr.t("staff-funder-by-country").into_owned();
    let mut gain =
        gain_table(names, Dimension::Course, &figures.gain, &percent).only(&[0, 1, 2, 3, 4]);
    gain.caption = tr.t("staff-gain").into_owned();
    FunderReport {
        title: tr.t("staff-funder-title").into_owned(),
        subtitle: subtitle(names, read),
        coverage: coverage(names, scope),
        headline,
        headline_small: figures.headline.totals.small_group,
        by_course,
        by_country,
        gain,
        satisfaction: satisfaction_table(names, figures, &percent),
        definitions: DEFINITIONS.iter().map(|id| tr.t(id).into_owned()).collect(),
    }
}

/// "1 January to 30 June 2026 · Migration and Gender · Serbia".
fn subtitle(names: &Names, read: &ReadFilters) -> String {
    let tr = names.tr;
    let filter = &read.filter;
    let day = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    let mut parts = vec![match (filter.from, filter.to) {
        (Some(from), Some(to)) => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("from", day(from));
            args.set("to", day(to));
            tr.with("staff-funder-period", &args)
        }
        (Some(from), None) => tr.ts("staff-funder-since", "from", &day(from)),
        (None, Some(to)) => tr.ts("staff-funder-until", "to", &day(to)),
        (None, None) => tr.t("staff-funder-all-time").into_owned(),
    }];
    if let Some(course) = &filter.course {
        parts.push(names.course(course));
    }
    if let Some(country) = &filter.country {
        parts.push(names.country(country.as_str()));
    }
    parts.join(" · ")
}

fn satisfaction_table(
    names: &Names,
    figures: &FunderFigures,
    percent: &dyn Fn(f64) -> String,
) -> FiguresTable {
    let tr = names.tr;
    let rows: Vec<TableRow> = figures
        .satisfaction
        .iter()
        .map(|s| TableRow {
            label: names.course(&s.course_id),
            cells: vec![
                s.respondents.to_string(),
                s.ratings.to_string(),
                s.mean.map_or_else(
                    || "–".to_owned(),
                    |m| {
                        let mut args = fluent_bundle::FluentArgs::new();
                        args.set("mean", decimal(m, tr.locale));
                        args.set("scale", s.scale);
                        tr.with("staff-funder-of-scale", &args)
                    },
                ),
                s.satisfied
                    .map_or_else(|| "–".to_owned(), |v| percent(v * 100.0)),
            ],
            small: s.small_group,
        })
        .collect();
    let respondents: i64 = figures.satisfaction.iter().map(|s| s.respondents).sum();
    FiguresTable {
        caption: tr.t("staff-funder-satisfaction").into_owned(),
        first_column: tr.t("report-column-course").into_owned(),
        columns: [
            "staff-funder-respondents",
            "staff-funder-ratings",
            "staff-funder-mean-rating",
            "staff-funder-satisfied",
        ]
        .iter()
        .map(|id| tr.t(id).into_owned())
        .collect(),
        totals: TableRow {
            label: tr.t("report-total").into_owned(),
            cells: vec![
                respondents.to_string(),
                figures
                    .satisfaction
                    .iter()
                    .map(|s| s.ratings)
                    .sum::<i64>()
                    .to_string(),
                String::new(),
                String::new(),
            ],
            small: respondents < kampus_store::reports::SMALL_GROUP,
        },
        rows,
    }
}

async fn report_page(
    req: HttpRequest,
    state: web::Data<WebState>,
    staff: Staff,
    query: web::Query<StaffQuery>,
) -> Result<HttpResponse, PageError> {
    let visitor = &staff.signed_in.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let content = state.content();
    let own = report_query(&query);
    let read = own.read(&content, &chrome.tr);
    let (report, form) = build(&state, &staff, &chrome.tr, (&own, &read)).await?;
    let page_view = FunderPage {
        form,
        report,
        pdf: read.link("/staff/funder-report.pdf", &[]),
        dashboard: read.link("/staff", &[]),
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page_view))
}

/// The report as PDF, in the reader's language. Values that are not valid are refused (400):
/// a document sent on must never hold other figures than asked for.
async fn report_pdf(
    state: web::Data<WebState>,
    staff: Staff,
    query: web::Query<StaffQuery>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr::new(state.strings.clone(), staff.signed_in.visitor.locale);
    let content = state.content();
    let own = report_query(&query);
    let read = own.read(&content, &tr).strict()?;
    let (report, _) = build(&state, &staff, &tr, (&own, &read)).await?;
    let text = pdf_text(&tr, &report);
    let bytes = web::block(move || {
        render_report(&text, |n, of| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("page", n);
            args.set("pages", of);
            tr.with("staff-funder-page", &args)
        })
    })
    .await
    .map_err(|e| PageError::Internal(e.to_string()))?
    .map_err(|e| PageError::Internal(e.to_string()))?;
    Ok(respond::pdf_download(bytes, "funder-report.pdf".into()))
}

/// A figures table as the PDF prints it: a small group's label starred.
fn pdf_table(table: &FiguresTable) -> Table {
    let row = |r: &TableRow| {
        let mut label = r.label.clone();
        if r.small {
            label.push_str(" *");
        }
        std::iter::once(label)
            .chain(r.cells.iter().cloned())
            .collect()
    };
    Table {
        columns: std::iter::once(table.first_column.clone())
            .chain(table.columns.iter().cloned())
            .collect(),
        rows: table
            .rows
            .iter()
            .chain(std::iter::once(&table.totals))
            .map(row)
            .collect(),
        label_share: 0.34,
    }
}

fn pdf_text(tr: &Tr, report: &FunderReport) -> ReportText {
    let mut blocks = vec![
        Block::Paragraph(report.coverage.clone()),
        Block::Heading(tr.t("staff-headline").into_owned()),
        Block::Table(Table {
            columns: vec![String::new(), String::new()],
            rows: report
                .headline
                .iter()
                .map(|(label, value)| {
                    let mut value = value.clone();
                    if report.headline_small {
                        value.push_str(" *");
                    }
                    vec![label.clone(), value]
                })
                .collect(),
            label_share: 0.6,
        }),
    ];
    for table in [
        &report.by_course,
        &report.by_country,
        &report.gain,
        &report.satisfaction,
    ] {
        blocks.push(Block::Heading(table.caption.clone()));
        blocks.push(Block::Table(pdf_table(table)));
    }
    blocks.push(Block::Paragraph(
        tr.t("staff-small-group-star").into_owned(),
    ));
    blocks.push(Block::Heading(
        tr.t("staff-funder-definitions").into_owned(),
    ));
    blocks.extend(report.definitions.iter().cloned().map(Block::Paragraph));
    ReportText {
        lang: tr.locale.tag().to_owned(),
        title: report.title.clone(),
        subtitle: report.subtitle.clone(),
        blocks,
    }
}
