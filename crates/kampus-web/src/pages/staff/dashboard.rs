//! `/staff`: the dashboard — headline figures for a period, completion grouped as asked,
//! knowledge gain by course and by institution, each with a chart, its table and the CSV
//! the reports API produces for the same filters (`/staff/reports/…csv`).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_store::institutions::{self, CountryCode};
use kampus_store::reports::completion::{self, CompletionReport, CompletionRow};
use kampus_store::reports::headline::{self, Headline};
use kampus_store::reports::knowledge_gain::{self, GainReport, GainRow};
use kampus_store::reports::{Dimension, Filter};
use kampus_usecases::Scope;
use kampus_usecases::reports::csv::{self, Csv};

use super::filters::{GROUPINGS, ReadFilters, StaffQuery};
use super::names::Names;
use super::{Staff, csv_response, fraction, percent};
use crate::chart::{BarChart, Group, Series};
use crate::error::PageError;
use crate::pages::page;
use crate::pages::view::{Choice, choices, decimal};
use crate::respond::{self, Chrome};
use crate::state::WebState;
use crate::tr::Tr;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page("/staff").route(web::get().to(dashboard)))
        .service(page("/staff/reports/{name}.csv").route(web::get().to(download)));
}

/// The filter form's options and values.
#[derive(Debug)]
pub struct FilterForm {
    pub courses: Vec<Choice>,
    pub institutions: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub locales: Vec<Choice>,
    pub genders: Vec<Choice>,
    pub groupings: Vec<Choice>,
    pub from: String,
    pub to: String,
    pub errors: crate::tr::FieldMessages,
}

impl FilterForm {
    pub(super) fn new(names: &Names, read: &ReadFilters, query: &StaffQuery) -> Self {
        let tr = names.tr;
        let filter = &read.filter;
        let courses = names
            .content
            .courses()
            .map(|c| (c.course().slug.clone(), names.course(&c.course().id)))
            .collect();
        let applied_course = filter.course.as_deref().and_then(|id| {
            names
                .content
                .courses()
                .find(|c| c.course().id == id)
                .map(|c| c.course().slug.as_str())
        });
        let locales = kampus_content::Locale::ALL
            .iter()
            .map(|l| (l.tag().to_owned(), tr.language_name(l).to_owned()))
            .collect();
        let genders = kampus_usecases::reports::filter::GENDERS
            .iter()
            .map(|g| {
                let label = if *g == "unspecified" {
                    tr.t("field-gender-unstated")
                } else {
                    tr.t(&format!("gender-{g}"))
                };
                ((*g).to_owned(), label.into_owned())
            })
            .collect();
        let groupings = GROUPINGS
            .iter()
            .map(|d| (d.name().to_owned(), grouping_label(tr, *d)))
            .collect();
        let institution = filter.institution.map(|i| i.to_string());
        let gender = query
            .gender
            .as_deref()
            .filter(|_| read.errors.get("f-gender").is_none());
        Self {
            courses: choices(courses, applied_course),
            institutions: choices(names.institutions_by_name(), institution.as_deref()),
            countries: choices(
                names.countries(),
                filter.country.as_ref().map(CountryCode::as_str),
            ),
            locales: choices(locales, filter.locale.map(kampus_content::Locale::tag)),
            genders: choices(genders, gender),
            groupings: choices(groupings, Some(read.by.name())),
            from: filter.from.map(|d| d.to_string()).unwrap_or_default(),
            to: filter.to.map(|d| d.to_string()).unwrap_or_default(),
            errors: read.errors.clone(),
        }
    }
}

/// "By course", "by language"…: a grouping's name in the form and the headings.
fn grouping_label(tr: &Tr, dimension: Dimension) -> String {
    tr.t(&format!(
        "report-column-{}",
        match dimension {
            // The institution's name, not its id, is what the page shows.
            Dimension::Institution => "institution-name",
            other => other.name(),
        }
    ))
    .into_owned()
}

/// One row of a figures table: its label and cells, starred when the group is small.
#[derive(Debug)]
pub struct TableRow {
    pub label: String,
    pub cells: Vec<String>,
    pub small: bool,
}

/// A table of figures.
#[derive(Debug)]
pub struct FiguresTable {
    pub caption: String,
    pub first_column: String,
    pub columns: Vec<String>,
    pub rows: Vec<TableRow>,
    pub totals: TableRow,
}

impl FiguresTable {
    pub fn any_small(&self) -> bool {
        self.rows.iter().any(|r| r.small)
    }

    /// The table with only the figure columns at `keep` (indexes into `columns`), in that
    /// order.
    #[must_use]
    pub fn only(mut self, keep: &[usize]) -> Self {
        let pick = |cells: &[String]| keep.iter().filter_map(|&i| cells.get(i).cloned()).collect();
        self.columns = pick(&self.columns);
        for row in self
            .rows
            .iter_mut()
            .chain(std::iter::once(&mut self.totals))
        {
            row.cells = pick(&row.cells);
        }
        self
    }
}

/// A headline figure.
#[derive(Debug)]
pub struct Figure {
    pub label: String,
    pub value: i64,
}

#[derive(Debug, Template)]
#[template(path = "staff_dashboard.html")]
pub struct DashboardPage {
    pub chrome: Chrome,
    /// Whom the figures cover: "every institution", or the trainer's institutions.
    pub coverage: String,
    pub form: FilterForm,
    pub headline: Vec<Figure>,
    pub headline_small: bool,
    pub completion_heading: String,
    pub completion_chart: BarChart,
    pub completion_table: FiguresTable,
    pub gain_chart: BarChart,
    pub gain_by_course: FiguresTable,
    pub gain_by_institution: FiguresTable,
    pub csv_headline: String,
    pub csv_completion: String,
    pub csv_gain_course: String,
    pub csv_gain_institution: String,
    /// Each published course's own reports.
    pub course_links: Vec<CourseLinks>,
    pub clear_link: Option<&'static str>,
}

/// A course's reports, linked with the dashboard's filters.
#[derive(Debug)]
pub struct CourseLinks {
    pub title: String,
    pub learners: String,
    pub survey: String,
    /// Each assessment's title and the link to its item analysis.
    pub assessments: Vec<(String, String)>,
}

/// Everything the dashboard reads, in one visit to the reports' database.
struct Figures {
    institutions: Vec<institutions::Institution>,
    headline: headline::HeadlineReport,
    completion: CompletionReport,
    gain_by_course: GainReport,
    gain_by_institution: GainReport,
}

async fn dashboard(
    req: HttpRequest,
    state: web::Data<WebState>,
    staff: Staff,
    query: web::Query<StaffQuery>,
) -> Result<HttpResponse, PageError> {
    let visitor = &staff.signed_in.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let content = state.content();
    let read = query.read(&content, &chrome.tr);
    let (scope, filter, by) = (staff.report_scope(), read.filter.clone(), read.by);
    let figures = state
        .reports
        .read(move |conn| {
            Ok(Figures {
                institutions: institutions::list(conn)?,
                headline: headline::report(conn, &scope, &filter)?,
                completion: completion::report(conn, &scope, &filter, &[by])?,
                gain_by_course: knowledge_gain::report(
                    conn,
                    &scope,
                    &filter,
                    &[Dimension::Course],
                )?,
                gain_by_institution: knowledge_gain::report(
                    conn,
                    &scope,
                    &filter,
                    &[Dimension::Institution],
                )?,
            })
        })
        .await?;
    let tr = &chrome.tr;
    let names = Names::new(tr, &content, figures.institutions, &staff.scope);
    let percent = |v: f64| percent(tr, v);
    let completion_table = completion_table(&names, by, &figures.completion, &percent);
    let gain_by_course = gain_table(&names, Dimension::Course, &figures.gain_by_course, &percent);
    let page = DashboardPage {
        coverage: coverage(&names, &staff.scope),
        form: FilterForm::new(&names, &read, &query),
        headline: headline_figures(tr, &figures.headline.totals),
        headline_small: figures.headline.totals.small_group,
        completion_heading: tr.ts("staff-completion-by", "grouping", &grouping_label(tr, by)),
        completion_chart: completion_chart(&names, by, &figures.completion, &percent),
        completion_table,
        gain_chart: gain_chart(&names, &figures.gain_by_course, &percent),
        gain_by_course,
        gain_by_institution: gain_table(
            &names,
            Dimension::Institution,
            &figures.gain_by_institution,
            &percent,
        ),
        csv_headline: read.link("/staff/reports/headline.csv", &[]),
        csv_completion: read.link("/staff/reports/completion.csv", &[]),
        csv_gain_course: read.link(
            "/staff/reports/knowledge-gain.csv",
            &[("gain_by", "course")],
        ),
        csv_gain_institution: read.link(
            "/staff/reports/knowledge-gain.csv",
            &[("gain_by", "institution")],
        ),
        course_links: content
            .courses()
            .map(|c| {
                let slug = &c.course().slug;
                CourseLinks {
                    title: names.course(&c.course().id),
                    learners: read.link(&format!("/staff/courses/{slug}/learners"), &[]),
                    survey: read.link(&format!("/staff/courses/{slug}/satisfaction"), &[]),
                    assessments: c
                        .course()
                        .assessments
                        .iter()
                        .map(|a| {
                            let name = c
                                .text(tr.locale, &a.id, None)
                                .map_or_else(|| a.id.clone(), |t| t.value.into_owned());
                            let link = read
                                .link(&format!("/staff/courses/{slug}/assessments/{}", a.id), &[]);
                            (name, link)
                        })
                        .collect(),
                }
            })
            .collect(),
        clear_link: (!read.query.is_empty()).then_some("/staff"),
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page))
}

pub(super) fn coverage(names: &Names, scope: &Scope) -> String {
    match scope {
        Scope::All => names.tr.t("staff-coverage-all").into_owned(),
        Scope::Institutions(ids) if ids.is_empty() => {
            names.tr.t("staff-coverage-none").into_owned()
        }
        Scope::Institutions(_) => {
            let listed: Vec<String> = names
                .institutions_by_name()
                .into_iter()
                .map(|(_, name)| name)
                .collect();
            names
                .tr
                .ts("staff-coverage-some", "institutions", &listed.join(", "))
        }
    }
}

pub(super) fn headline_figures(tr: &Tr, totals: &Headline) -> Vec<Figure> {
    vec![
        Figure {
            label: tr.t("report-column-learners-trained").into_owned(),
            value: totals.learners_trained,
        },
        Figure {
            label: tr.t("report-column-courses-completed").into_owned(),
            value: totals.courses_completed,
        },
        Figure {
            label: tr.t("report-column-certificates-issued").into_owned(),
            value: totals.certificates_issued,
        },
    ]
}

/// The label of a row grouped by one dimension.
fn row_label(
    names: &Names,
    group: &[(Dimension, Option<String>)],
    name: Option<&String>,
) -> String {
    match group.first() {
        Some((Dimension::Institution, Some(_))) if name.is_some() => {
            name.cloned().unwrap_or_default()
        }
        Some((dimension, value)) => names.of(*dimension, value.as_deref()),
        None => names.tr.t("report-total").into_owned(),
    }
}

fn optional(value: Option<f64>, write: &dyn Fn(f64) -> String) -> String {
    value.map_or_else(|| "–".to_owned(), write)
}

pub(super) fn completion_table(
    names: &Names,
    by: Dimension,
    report: &CompletionReport,
    percent: &dyn Fn(f64) -> String,
) -> FiguresTable {
    let tr = names.tr;
    let cells = |row: &CompletionRow| TableRow {
        label: row_label(names, &row.group, row.institution_name.as_ref()),
        cells: vec![
            row.enrolled.to_string(),
            row.started.to_string(),
            row.completed.to_string(),
            row.withdrawn.to_string(),
            optional(row.completion_rate.map(|r| r * 100.0), percent),
            optional(row.final_pass_rate.map(|r| r * 100.0), percent),
            optional(row.median_days_to_complete, &|d| decimal(d, tr.locale)),
        ],
        small: row.small_group,
    };
    FiguresTable {
        caption: tr.ts("staff-completion-by", "grouping", &grouping_label(tr, by)),
        first_column: grouping_label(tr, by),
        columns: [
            "enrolled",
            "started",
            "completed",
            "withdrawn",
            "completion-rate",
            "final-pass-rate",
            "median-days",
        ]
        .iter()
        .map(|c| tr.t(&format!("report-column-{c}")).into_owned())
        .collect(),
        rows: report.rows.iter().map(cells).collect(),
        totals: cells(&report.totals),
    }
}

fn completion_chart(
    names: &Names,
    by: Dimension,
    report: &CompletionReport,
    percent: &dyn Fn(f64) -> String,
) -> BarChart {
    let tr = names.tr;
    let groups: Vec<Group> = report
        .rows
        .iter()
        .map(|row| Group {
            label: row_label(names, &row.group, row.institution_name.as_ref()),
            values: vec![row.completion_rate.map(|r| r * 100.0)],
            small: row.small_group,
        })
        .collect();
    let summary = match report.totals.completion_rate {
        Some(rate) => tr.with(
            "staff-completion-summary",
            &args(&[
                ("groups", groups.len().to_string()),
                ("completed", report.totals.completed.to_string()),
                ("enrolled", report.totals.enrolled.to_string()),
                ("rate", percent(rate * 100.0)),
            ]),
        ),
        None => tr.t("staff-no-figures").into_owned(),
    };
    BarChart::percentages(
        "completion-chart",
        tr.ts(
            "staff-completion-chart",
            "grouping",
            &grouping_label(tr, by),
        ),
        summary,
        vec![Series {
            name: tr.t("report-column-completion-rate").into_owned(),
            class: "series-0",
        }],
        groups,
        percent,
    )
}

/// Fluent arguments from text values (numbers already written as the page writes them).
fn args<'a>(pairs: &'a [(&'a str, String)]) -> fluent_bundle::FluentArgs<'a> {
    let mut args = fluent_bundle::FluentArgs::new();
    for (name, value) in pairs {
        args.set(*name, value.as_str());
    }
    args
}

pub(super) fn gain_table(
    names: &Names,
    by: Dimension,
    report: &GainReport,
    percent: &dyn Fn(f64) -> String,
) -> FiguresTable {
    let tr = names.tr;
    let fraction = |v: f64| fraction(tr, v);
    let cells = |row: &GainRow| TableRow {
        label: row_label(names, &row.group, row.institution_name.as_ref()),
        cells: vec![
            row.learners.to_string(),
            optional(row.mean_pre, percent),
            optional(row.mean_post, percent),
            optional(row.mean_gain, &|v| decimal(v, tr.locale)),
            optional(row.class_normalized_gain, &fraction),
            optional(row.mean_individual_normalized_gain, &fraction),
            row.at_ceiling.to_string(),
        ],
        small: row.small_group,
    };
    FiguresTable {
        caption: tr.ts("staff-gain-by", "grouping", &grouping_label(tr, by)),
        first_column: grouping_label(tr, by),
        // The CSV's columns but the small-group flag, which the table shows as a star.
        columns: csv::GAIN_FIGURES
            .iter()
            .filter(|c| **c != "small-group")
            .map(|c| tr.t(&format!("report-column-{c}")).into_owned())
            .collect(),
        rows: report.rows.iter().map(cells).collect(),
        totals: cells(&report.totals),
    }
}

fn gain_chart(names: &Names, report: &GainReport, percent: &dyn Fn(f64) -> String) -> BarChart {
    let tr = names.tr;
    let groups = report
        .rows
        .iter()
        .map(|row| Group {
            label: row_label(names, &row.group, None),
            values: vec![row.mean_pre, row.mean_post],
            small: row.small_group,
        })
        .collect();
    let totals = &report.totals;
    let summary = match (totals.mean_pre, totals.mean_post) {
        (Some(pre), Some(post)) => tr.with(
            "staff-gain-summary",
            &args(&[
                ("learners", totals.learners.to_string()),
                ("pre", percent(pre)),
                ("post", percent(post)),
            ]),
        ),
        _ => tr.t("staff-no-figures").into_owned(),
    };
    BarChart::percentages(
        "gain-chart",
        tr.t("staff-gain-chart").into_owned(),
        summary,
        vec![
            Series {
                name: tr.t("report-column-gain-mean-pre").into_owned(),
                class: "series-0",
            },
            Series {
                name: tr.t("report-column-gain-mean-post").into_owned(),
                class: "series-1",
            },
        ],
        groups,
        percent,
    )
}

/// The CSV query: the dashboard's filters, and which knowledge-gain grouping.
#[derive(Debug, serde::Deserialize)]
pub struct CsvQuery {
    #[serde(flatten)]
    pub filters: StaffQuery,
    #[serde(default)]
    pub gain_by: Option<String>,
}

/// `/staff/reports/{headline|completion|knowledge-gain}.csv`: the reports API's CSV of the
/// same filters, with headers in the page's language. Values that are not valid are refused
/// (400): a download must never quietly hold other figures than asked for.
async fn download(
    state: web::Data<WebState>,
    staff: Staff,
    name: web::Path<String>,
    query: web::Query<CsvQuery>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr::new(state.strings.clone(), staff.signed_in.visitor.locale);
    let content = state.content();
    let read = query.filters.read(&content, &tr).strict()?;
    let gain_by = match query.gain_by.as_deref() {
        None | Some("course") => Dimension::Course,
        Some("institution") => Dimension::Institution,
        Some("country") => Dimension::Country,
        Some(_) => return Err(PageError::BadForm),
    };
    let report = match name.as_str() {
        "headline" => Report::Headline,
        "completion" => Report::Completion(read.by),
        "knowledge-gain" => Report::Gain(gain_by),
        _ => return Err(PageError::NotFound),
    };
    let (scope, filter) = (staff.report_scope(), read.filter);
    let catalog = state.catalog().clone();
    let locale = tr.locale;
    let text = state
        .reports
        .read(move |conn| {
            let say = |key: &str| catalog.message(locale, key, None);
            Ok(report.csv(conn, &scope, &filter, &say)?.into_text())
        })
        .await?;
    Ok(csv_response(&name, text))
}

/// A report offered as CSV.
#[derive(Debug, Clone, Copy)]
enum Report {
    Headline,
    Completion(Dimension),
    Gain(Dimension),
}

impl Report {
    fn csv(
        self,
        conn: &mut kampus_store::DbConnection,
        scope: &kampus_store::reports::Scope,
        filter: &Filter,
        say: csv::Say,
    ) -> Result<Csv, kampus_store::StoreError> {
        Ok(match self {
            Report::Headline => csv::headline(&headline::report(conn, scope, filter)?, say),
            Report::Completion(by) => {
                csv::completion(&[by], &completion::report(conn, scope, filter, &[by])?, say)
            }
            Report::Gain(by) => csv::knowledge_gain(
                &[by],
                &knowledge_gain::report(conn, scope, filter, &[by])?,
                say,
            ),
        })
    }
}
