//! `GET /api/v1/reports/headline`: learners trained, courses completed and certificates issued
//! in a period, in total, by course and by country.

use actix_web::{HttpRequest, HttpResponse, web};
use kampus_store::reports::headline::{self, Headline, HeadlineReport};

use super::csv::Csv;
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
            csv(&report, &say).into_response("headline")
        }
    })
}

fn csv(report: &HeadlineReport, say: &dyn Fn(&str) -> String) -> Csv {
    let mut csv = Csv::with_header(&[
        say("report-column-breakdown"),
        String::new(),
        say("report-column-learners-trained"),
        say("report-column-courses-completed"),
        say("report-column-certificates-issued"),
        say("report-column-small-group"),
    ]);
    let line = |label: String, key: String, f: &Headline| {
        vec![
            label,
            key,
            f.learners_trained.to_string(),
            f.courses_completed.to_string(),
            f.certificates_issued.to_string(),
            say(if f.small_group {
                "report-yes"
            } else {
                "report-no"
            }),
        ]
    };
    csv.row(&line(
        say("report-breakdown-total"),
        String::new(),
        &report.totals,
    ));
    for group in &report.by_course {
        csv.row(&line(
            say("report-breakdown-course"),
            group.key.clone().unwrap_or_default(),
            &group.figures,
        ));
    }
    for group in &report.by_country {
        csv.row(&line(
            say("report-breakdown-country"),
            group.key.clone().unwrap_or_default(),
            &group.figures,
        ));
    }
    csv
}
