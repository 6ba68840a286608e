//! `GET /api/v1/reports/satisfaction?course=…`: the end-of-course survey of one course, item by
//! item: responses, Likert means and distributions, comment counts, and the comments
//! themselves for admins only (trainers know their learners; a comment could name its author
//! to them). Definitions: `kampus_store::reports::satisfaction`.

use actix_web::{HttpRequest, HttpResponse, web};
use fluent_bundle::FluentArgs;
use kampus_content::{LoadedCourse, Locale};
use kampus_store::reports::satisfaction::{self, SatisfactionReport, SurveyItemSpec};
use kampus_store::users::Role;
use serde::Serialize;
use utoipa::ToSchema;

use super::csv::CsvResponse;
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
    let items = SurveyItemSpec::of_course(loaded.course());
    let with_comments = staff.user.role == Role::Admin;
    let scope = scope_of(&staff);
    let report = state
        .reports
        .run(move |conn| {
            satisfaction::report(conn, &scope, &filter, &course_id, &items, with_comments)
        })
        .await?;
    let locale = negotiate_request(&req, &state).locale;
    Ok(match format {
        Format::Json => HttpResponse::Ok().json(view(report, loaded, locale)),
        Format::Csv => {
            let say =
                |key: &str, args: Option<&FluentArgs<'_>>| state.catalog.message(locale, key, args);
            let text_of = |id: &str| text(loaded, locale, id).map(|t| t.text);
            kampus_usecases::reports::csv::satisfaction(&report, with_comments, &text_of, &say)
                .into_response("satisfaction")
        }
    })
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
