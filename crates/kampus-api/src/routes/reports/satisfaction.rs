//! `GET /api/v1/reports/satisfaction?course=…`: the end-of-course survey of one course, item by
//! item: responses, Likert means and distributions, comment counts, and the comments
//! themselves for admins only (trainers know their learners; a comment could name its author
//! to them). Definitions: `kampus_store::reports::satisfaction`.

use actix_web::{HttpRequest, HttpResponse, web};
use fluent_bundle::FluentArgs;
use kampus_content::model::SurveyItemType;
use kampus_content::{LoadedCourse, Locale};
use kampus_store::reports::satisfaction::{self, ItemKind, SatisfactionReport, SurveyItemSpec};
use kampus_store::users::Role;
use serde::Serialize;
use utoipa::ToSchema;

use super::csv::{Csv, CsvResponse, number};
use super::{CourseRequired, Format, ReportQuery, scope_of};
use crate::caller::StaffUser;
use crate::caller::locale::negotiate_request;
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::routes::courses::text;
use crate::state::AppState;

/// One survey item's figures.
#[derive(Debug, Serialize, ToSchema)]
pub struct SatisfactionItemView {
    pub id: String,
    /// likert or free-text.
    #[serde(rename = "type")]
    pub item_type: &'static str,
    /// The item's text in the request's language.
    pub text: Option<String>,
    /// Points of a Likert scale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<u8>,
    /// Answers on the scale (Likert), or comments that are not blank (free text).
    pub responses: i64,
    /// Likert: the mean rating.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mean: Option<f64>,
    /// Likert: how many chose each point, 1 first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution: Option<Vec<i64>>,
    /// Free text, for admins only: the comments, sorted, with nothing that names their
    /// authors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<String>>,
    /// Fewer responses than `small_group_threshold`.
    pub small_group: bool,
}

/// The satisfaction report of a course.
#[derive(Debug, Serialize, ToSchema)]
pub struct SatisfactionReportView {
    /// The course id.
    pub course: String,
    /// Learners' enrollments with a survey response.
    pub respondents: i64,
    pub small_group_threshold: i64,
    /// Fewer respondents than `small_group_threshold`.
    pub small_group: bool,
    pub items: Vec<SatisfactionItemView>,
}

/// The end-of-course survey of a course for the caller's learners (a trainer's institutions;
/// everyone for admins). `from` and `to` bound the date of the response. Comments are listed
/// for admins only; trainers see how many there are.
#[utoipa::path(
    get,
    path = "/api/v1/reports/satisfaction",
    tag = "reports",
    security(("bearer" = [])),
    params(CourseRequired, ReportQuery),
    responses(
        (status = 200, description = "The report (JSON, or CSV with `format=csv` or `Accept: text/csv`)", content((SatisfactionReportView = "application/json"), (String = "text/csv"))),
        (status = 400, description = "No course, or a filter that is not valid (`invalid-query`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a trainer or admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "The course is not published (`course-not-found`)", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn satisfaction(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: StaffUser,
    query: crate::query::Query<ReportQuery>,
    course: crate::query::Query<CourseRequired>,
) -> Result<HttpResponse, ApiError> {
    let Some(course) = course.into_inner().course else {
        return Err(ApiError::InvalidQuery(vec![FieldError::new(
            "course",
            "field-course-required",
        )]));
    };
    let filter = query.filter(&state, Some(&course))?;
    let format = query.format(&req);
    let content = state.content();
    let loaded = filter
        .course
        .as_ref()
        .and_then(|id| content.course_by_id(id))
        .ok_or_else(|| ApiError::Internal("a checked course is not loaded".into()))?;
    let course_id = loaded.course().id.clone();
    let items = survey_items(loaded);
    let with_comments = staff.user.role == Role::Admin;
    let scope = scope_of(&staff);
    let report = state
        .reports
        .run(move |conn| {
            satisfaction::report(conn, &scope, &filter, &course_id, &items, with_comments)
        })
        .await?;
    let locale = negotiate_request(&req, &state).locale;
    let view = view(report, loaded, locale);
    Ok(match format {
        Format::Json => HttpResponse::Ok().json(&view),
        Format::Csv => {
            let say =
                |key: &str, args: Option<&FluentArgs<'_>>| state.catalog.message(locale, key, args);
            csv(&view, with_comments, &say).into_response("satisfaction")
        }
    })
}

/// The course's survey items, as the store needs them.
fn survey_items(loaded: &LoadedCourse) -> Vec<SurveyItemSpec> {
    loaded
        .course()
        .survey
        .iter()
        .map(|item| SurveyItemSpec {
            id: item.id.clone(),
            kind: match item.item_type {
                SurveyItemType::Likert => ItemKind::Likert {
                    scale: item.scale.unwrap_or(5),
                },
                SurveyItemType::FreeText => ItemKind::FreeText,
            },
        })
        .collect()
}

fn view(
    report: SatisfactionReport,
    loaded: &LoadedCourse,
    locale: Locale,
) -> SatisfactionReportView {
    SatisfactionReportView {
        course: report.course,
        respondents: report.respondents,
        small_group_threshold: kampus_store::reports::SMALL_GROUP,
        small_group: report.small_group,
        items: report
            .items
            .into_iter()
            .map(|item| SatisfactionItemView {
                text: text(loaded, locale, &item.id).map(|t| t.text),
                id: item.id,
                item_type: item.item_type,
                scale: item.scale,
                responses: item.responses,
                mean: item.mean,
                distribution: item.distribution,
                comments: item.comments,
                small_group: item.small_group,
            })
            .collect(),
    }
}

type Say<'a> = dyn Fn(&str, Option<&FluentArgs<'_>>) -> String + 'a;

/// One row per item; for admins, then one row per comment (its item, and the comment in the
/// last column).
fn csv(view: &SatisfactionReportView, with_comments: bool, say: &Say<'_>) -> Csv {
    let points = view
        .items
        .iter()
        .filter_map(|i| i.scale)
        .max()
        .unwrap_or_default();
    let mut header: Vec<String> = [
        "report-column-survey-item",
        "report-column-survey-question",
        "report-column-survey-type",
        "report-column-survey-responses",
        "report-column-survey-mean",
    ]
    .iter()
    .map(|key| say(key, None))
    .collect();
    for point in 1..=points {
        let mut args = FluentArgs::new();
        args.set("point", point);
        header.push(say("report-column-survey-rated", Some(&args)));
    }
    header.push(say("report-column-survey-small-group", None));
    if with_comments {
        header.push(say("report-column-survey-comment", None));
    }
    let mut csv = Csv::with_header(&header);
    let kind =
        |item: &SatisfactionItemView| say(&format!("report-survey-{}", item.item_type), None);
    for item in &view.items {
        let mut cells = vec![
            item.id.clone(),
            item.text.clone().unwrap_or_default(),
            kind(item),
            item.responses.to_string(),
            number(item.mean),
        ];
        let counts = item.distribution.as_deref().unwrap_or_default();
        cells.extend(
            (0..usize::from(points))
                .map(|p| counts.get(p).map(ToString::to_string).unwrap_or_default()),
        );
        cells.push(say(
            if item.small_group {
                "report-yes"
            } else {
                "report-no"
            },
            None,
        ));
        if with_comments {
            cells.push(String::new());
        }
        csv.row(&cells);
    }
    for item in view.items.iter().filter(|_| with_comments) {
        for comment in item.comments.iter().flatten() {
            let mut cells = vec![item.id.clone(), item.text.clone().unwrap_or_default()];
            cells.push(kind(item));
            cells.resize(header.len() - 1, String::new());
            cells.push(comment.clone());
            csv.row(&cells);
        }
    }
    csv
}
