//! `GET /api/v1/reports/knowledge-gain`: pre-test and final scores of the learners who took
//! both, their mean gain and Hake's normalized gain (class average and mean of individual
//! gains), grouped by course, institution or country, with totals. Definitions:
//! `kampus_store::reports::knowledge_gain`.

use actix_web::{HttpRequest, HttpResponse, web};
use kampus_store::reports::knowledge_gain::{self, Dimension, GainReport, GainRow};
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

/// The knowledge-gain report.
#[derive(Debug, Serialize, ToSchema)]
pub struct KnowledgeGainReportView {
    /// The dimensions grouped by, in order.
    pub group_by: Vec<String>,
    /// Groups with fewer learners than this are marked `small_group`.
    pub small_group_threshold: i64,
    /// One object per group: its dimension values (`course`, `institution` and
    /// `institution_name`, `country`; null for learners without one), then the figures:
    /// `learners`, `mean_pre`, `mean_post` (percent), `mean_gain` (points),
    /// `class_normalized_gain`, `mean_individual_normalized_gain` (fractions), `at_ceiling`
    /// (learners with 100 on the pre-test, left out of the individual gain), `small_group`.
    #[schema(value_type = Vec<Object>)]
    pub rows: Vec<Value>,
    /// The figures over all learners.
    #[schema(value_type = Object)]
    pub totals: Value,
}

/// How the knowledge-gain report groups its rows.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct GainGrouping {
    /// Dimensions to group by, comma-separated, in order (a repeat counts once): course,
    /// institution, country. Default: course.
    #[param(pattern = r"^(course|institution|country)(,(course|institution|country))*$")]
    pub group_by: Option<String>,
}

/// Knowledge gain from the pre-test to the final assessment for the caller's learners (a
/// trainer's institutions; everyone for admins). Only learners with a submitted pre-test and a
/// submitted final count: pre is their first pre-test, post their best final.
#[utoipa::path(
    get,
    path = "/api/v1/reports/knowledge-gain",
    tag = "reports",
    security(("bearer" = [])),
    params(CourseFilter, GainGrouping, ReportQuery),
    responses(
        (status = 200, description = "The report (JSON, or CSV with `format=csv` or `Accept: text/csv`)", content((KnowledgeGainReportView = "application/json"), (String = "text/csv"))),
        (status = 400, description = "A filter or dimension that is not valid (`invalid-query`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a trainer or admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "The `course` asked for is not published (`course-not-found`)", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn knowledge_gain(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: StaffUser,
    query: crate::query::Query<ReportQuery>,
    course: crate::query::Query<CourseFilter>,
    grouping: crate::query::Query<GainGrouping>,
) -> Result<HttpResponse, ApiError> {
    let filter = query.filter(&state, course.course.as_deref())?;
    let group_by = dimensions(grouping.group_by.as_deref())?;
    let format = query.format(&req);
    let (scope, dims) = (scope_of(&staff), group_by.clone());
    let report = state
        .reports
        .run(move |conn| knowledge_gain::report(conn, &scope, &filter, &dims))
        .await?;
    Ok(match format {
        Format::Json => HttpResponse::Ok().json(view(&group_by, &report)),
        Format::Csv => {
            let locale = negotiate_request(&req, &state).locale;
            let say = |key: &str| state.catalog.message(locale, key, None);
            kampus_usecases::reports::csv::knowledge_gain(&group_by, &report, &say)
                .into_response("knowledge-gain")
        }
    })
}

/// `course,institution` → the dimensions, each once; course when none is given.
fn dimensions(raw: Option<&str>) -> Result<Vec<Dimension>, ApiError> {
    match raw {
        None => Ok(vec![Dimension::Course]),
        Some(raw) => parse_group_by(
            raw,
            |name| Dimension::parse_among(name, &knowledge_gain::DIMENSIONS),
            "field-gain-group-by-invalid",
        ),
    }
}

fn view(group_by: &[Dimension], report: &GainReport) -> KnowledgeGainReportView {
    KnowledgeGainReportView {
        group_by: group_by.iter().map(|d| d.name().to_owned()).collect(),
        small_group_threshold: kampus_store::reports::SMALL_GROUP,
        rows: report.rows.iter().map(row_json).collect(),
        totals: row_json(&report.totals),
    }
}

fn row_json(row: &GainRow) -> Value {
    let mut object = Map::new();
    for (dimension, value) in &row.group {
        object.insert(dimension.name().to_owned(), json!(value));
        if *dimension == Dimension::Institution {
            object.insert("institution_name".to_owned(), json!(row.institution_name));
        }
    }
    let figures = json!({
        "learners": row.learners,
        "mean_pre": row.mean_pre,
        "mean_post": row.mean_post,
        "mean_gain": row.mean_gain,
        "class_normalized_gain": row.class_normalized_gain,
        "mean_individual_normalized_gain": row.mean_individual_normalized_gain,
        "at_ceiling": row.at_ceiling,
        "small_group": row.small_group,
    });
    if let Value::Object(figures) = figures {
        object.extend(figures);
    }
    Value::Object(object)
}
