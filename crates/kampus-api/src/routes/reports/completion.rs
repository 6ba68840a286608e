//! `GET /api/v1/reports/completion`: enrolled, started, completed, withdrawn, completion rate,
//! final-assessment pass rate and median days to complete, grouped as asked, with totals.
//! Definitions: `kampus_store::reports::completion`.

use actix_web::{HttpRequest, HttpResponse, web};
use kampus_store::reports::completion::{self, CompletionReport, CompletionRow, Dimension};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use utoipa::{IntoParams, ToSchema};

use super::csv::CsvResponse;
use super::{CourseFilter, Format, ReportQuery, parse_group_by, scope_of};
use crate::caller::StaffUser;
use crate::caller::locale::negotiate_request;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

/// The completion report.
#[derive(Debug, Serialize, ToSchema)]
pub struct CompletionReportView {
    /// The dimensions grouped by, in order.
    pub group_by: Vec<String>,
    /// Groups with fewer enrollments than this are marked `small_group`.
    pub small_group_threshold: i64,
    /// One object per group: its dimension values (`course`, `locale`, `institution` and
    /// `institution_name`, `country`, `gender`, `month`; null for learners without one), then
    /// the figures.
    #[schema(value_type = Vec<Object>)]
    pub rows: Vec<Value>,
    /// The figures over every group.
    #[schema(value_type = Object)]
    pub totals: Value,
}

/// How the completion report groups its rows.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CompletionGrouping {
    /// Dimensions to group by, comma-separated, in order (a repeat counts once): course,
    /// locale, institution, country, gender, month. None: just the totals.
    #[param(
        pattern = r"^(course|locale|institution|country|gender|month)(,(course|locale|institution|country|gender|month))*$"
    )]
    pub group_by: Option<String>,
}

/// Completion figures for the caller's learners (a trainer's institutions; everyone for
/// admins).
#[utoipa::path(
    get,
    path = "/api/v1/reports/completion",
    tag = "reports",
    security(("bearer" = [])),
    params(CourseFilter, CompletionGrouping, ReportQuery),
    responses(
        (status = 200, description = "The report (JSON, or CSV with `format=csv` or `Accept: text/csv`)", content((CompletionReportView = "application/json"), (String = "text/csv"))),
        (status = 400, description = "A filter or dimension that is not valid (`invalid-query`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a trainer or admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "The `course` asked for is not published (`course-not-found`)", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn completion(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: StaffUser,
    query: crate::query::Query<ReportQuery>,
    course: crate::query::Query<CourseFilter>,
    grouping: crate::query::Query<CompletionGrouping>,
) -> Result<HttpResponse, ApiError> {
    let filter = query.filter(&state, course.course.as_deref())?;
    let group_by = dimensions(grouping.group_by.as_deref())?;
    let format = query.format(&req);
    let (scope, dims) = (scope_of(&staff), group_by.clone());
    let report = state
        .reports
        .run(move |conn| completion::report(conn, &scope, &filter, &dims))
        .await?;
    Ok(match format {
        Format::Json => HttpResponse::Ok().json(view(&group_by, &report)),
        Format::Csv => {
            let locale = negotiate_request(&req, &state).locale;
            let say = |key: &str| state.catalog.message(locale, key, None);
            kampus_usecases::reports::csv::completion(&group_by, &report, &say)
                .into_response("completion")
        }
    })
}

/// `course,institution` → the dimensions, each once; none: just the totals.
fn dimensions(raw: Option<&str>) -> Result<Vec<Dimension>, ApiError> {
    match raw {
        None => Ok(Vec::new()),
        Some(raw) => parse_group_by(
            raw,
            |name| Dimension::parse_among(name, &completion::DIMENSIONS),
            "field-group-by-invalid",
        ),
    }
}

fn view(group_by: &[Dimension], report: &CompletionReport) -> CompletionReportView {
    CompletionReportView {
        group_by: group_by.iter().map(|d| d.name().to_owned()).collect(),
        small_group_threshold: kampus_store::reports::SMALL_GROUP,
        rows: report.rows.iter().map(row_json).collect(),
        totals: row_json(&report.totals),
    }
}

fn row_json(row: &CompletionRow) -> Value {
    let mut object = Map::new();
    for (dimension, value) in &row.group {
        object.insert(dimension.name().to_owned(), json!(value));
        if *dimension == Dimension::Institution {
            object.insert("institution_name".to_owned(), json!(row.institution_name));
        }
    }
    let figures = json!({
        "enrolled": row.enrolled,
        "started": row.started,
        "completed": row.completed,
        "withdrawn": row.withdrawn,
        "completion_rate": row.completion_rate,
        "final_takers": row.final_takers,
        "final_passers": row.final_passers,
        "final_pass_rate": row.final_pass_rate,
        "median_days_to_complete": row.median_days_to_complete,
        "small_group": row.small_group,
    });
    if let Value::Object(figures) = figures {
        object.extend(figures);
    }
    Value::Object(object)
}
