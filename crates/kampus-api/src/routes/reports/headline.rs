//! `GET /api/v1/reports/headline`: learners trained, courses completed and certificates issued
//! in a period, in total, by course and by country.

use actix_web::{HttpRequest, HttpResponse, web};
use kampus_store::reports::headline;

use super::csv::CsvResponse;
use super::{CourseFilter, Format, ReportQuery, scope_of};
use crate::caller::StaffUser;
use crate::caller::locale::negotiate_request;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

/// The figures a newsletter or a donor report quotes, for the caller's learners. `from` and
/// `to` bound the completion date (the issue date for certificates).
#[utoipa::path(
    get,
    path = "/api/v1/reports/headline",
    tag = "reports",
    security(("bearer" = [])),
    params(CourseFilter, ReportQuery),
    responses(
        (status = 200, description = "Totals, by course and by country (JSON, or CSV)", content((Object = "application/json"), (String = "text/csv"))),
        (status = 400, description = "A filter that is not valid (`invalid-query`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a trainer or admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "The `course` asked for is not published (`course-not-found`)", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn headline(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: StaffUser,
    query: crate::query::Query<ReportQuery>,
    course: crate::query::Query<CourseFilter>,
) -> Result<HttpResponse, ApiError> {
    let filter = query.filter(&state, course.course.as_deref())?;
    let format = query.format(&req);
    let scope = scope_of(&staff);
    let report = state
        .reports
        .run(move |conn| headline::report(conn, &scope, &filter))
        .await?;
    Ok(match format {
        Format::Json => HttpResponse::Ok().json(&report),
        Format::Csv => {
            let locale = negotiate_request(&req, &state).locale;
            let say = |key: &str| state.catalog.message(locale, key, None);
            kampus_usecases::reports::csv::headline(&report, &say).into_response("headline")
        }
    })
}
