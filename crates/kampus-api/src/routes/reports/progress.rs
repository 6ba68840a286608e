//! `GET /api/v1/reports/progress/{course}`: the caller's learners in a course, a page at a
//! time (sortable, searchable), or all of them as CSV, streamed in chunks so that a course of
//! 100,000 learners never sits in memory.

use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use kampus_store::reports::progress::{self, CourseOutline, LearnerProgress, Page, Sort};
use kampus_store::reports::{Filter, Scope};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{Format, ReportQuery, scope_of};
use crate::caller::StaffUser;
use crate::caller::locale::negotiate_request;
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::state::AppState;

/// The largest page.
const MAX_PER_PAGE: i64 = 200;

/// Paging, order and search.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// 1-based (default 1).
    #[param(minimum = 1, maximum = 1_000_000)]
    pub page: Option<i64>,
    /// Learners per page, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub per_page: Option<i64>,
    /// The order (default name).
    #[param(inline)]
    pub sort: Option<SortName>,
    /// asc (default) or desc.
    #[param(inline)]
    pub order: Option<Direction>,
    /// A part of the learner's name or email.
    #[param(max_length = 200)]
    pub q: Option<String>,
}

/// What the list of learners is ordered by.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SortName {
    Name,
    EnrolledAt,
    CompletedAt,
    LessonsCompleted,
    FinalScore,
}

impl From<SortName> for Sort {
    fn from(name: SortName) -> Self {
        match name {
            SortName::Name => Sort::Name,
            SortName::EnrolledAt => Sort::Enrolled,
            SortName::CompletedAt => Sort::Completed,
            SortName::LessonsCompleted => Sort::Lessons,
            SortName::FinalScore => Sort::Final,
        }
    }
}

/// Ascending or descending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Asc,
    Desc,
}

const MAX_PAGE: i64 = 1_000_000;
const MAX_SEARCH_CHARS: usize = 200;

/// A page of learners.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgressPage {
    /// Learners matching the filters and search.
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    #[schema(value_type = Vec<Object>)]
    pub rows: Vec<LearnerRow>,
}

/// One learner, with where their certificate is.
#[derive(Debug, Serialize)]
pub struct LearnerRow {
    #[serde(flatten)]
    pub progress: LearnerProgress,
    pub certificate_pdf: Option<String>,
}

/// Learner progress in a course (a trainer's institutions; everyone for admins).
#[utoipa::path(
    get,
    path = "/api/v1/reports/progress/{course}",
    tag = "reports",
    security(("bearer" = [])),
    params(("course" = String, Path, description = "A course id or slug"), ReportQuery, ListQuery),
    responses(
        (status = 200, description = "A page of learners (JSON), or every learner (CSV, streamed)", content((ProgressPage = "application/json"), (String = "text/csv"))),
        (status = 400, description = "A filter, page or order that is not valid (`invalid-query`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a trainer or admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such published course", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn progress(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: StaffUser,
    course: web::Path<String>,
    query: crate::query::Query<ReportQuery>,
    list: crate::query::Query<ListQuery>,
) -> Result<HttpResponse, ApiError> {
    let outline = outline(&state, &course).ok_or(ApiError::NotFound)?;
    let filter = query.filter(&state, None)?;
    let format = query.format(&req);
    let (page, number, per_page) = page_of(&list)?;
    let scope = scope_of(&staff);
    if format == Format::Csv {
        let locale = negotiate_request(&req, &state).locale;
        let say = |key: &str| state.catalog.message(locale, key, None);
        let header = kampus_usecases::reports::csv::progress_header(&outline, &say);
        return Ok(stream_csv(&state, scope, filter, outline, page, header));
    }
    let (total, rows) = state
        .reports
        .run(move |conn| progress::page(conn, &scope, &filter, &outline, &page))
        .await?;
    Ok(HttpResponse::Ok().json(ProgressPage {
        total,
        page: number,
        per_page,
        rows: rows.into_iter().map(with_link).collect(),
    }))
}

fn with_link(progress: LearnerProgress) -> LearnerRow {
    LearnerRow {
        certificate_pdf: progress
            .certificate_id
            .as_ref()
            .map(|id| format!("/api/v1/certificates/{id}/pdf")),
        progress,
    }
}

fn outline(state: &AppState, course_id: &str) -> Option<CourseOutline> {
    let content = state.content();
    let loaded = content
        .courses()
        .find(|c| c.course().id == course_id || c.course().slug == course_id)?;
    Some(CourseOutline::of(loaded.course()))
}

/// The page asked for, its number and size.
fn page_of(list: &ListQuery) -> Result<(Page, i64, i64), ApiError> {
    let mut errors = Vec::new();
    let number = list.page.unwrap_or(1);
    if !(1..=MAX_PAGE).contains(&number) {
        errors.push(FieldError::new("page", "field-number-invalid"));
    }
    let per_page = list.per_page.unwrap_or(50);
    if !(1..=MAX_PER_PAGE).contains(&per_page) {
        errors.push(FieldError::new("per_page", "field-number-invalid"));
    }
    if list
        .q
        .as_ref()
        .is_some_and(|q| q.chars().count() > MAX_SEARCH_CHARS)
    {
        errors.push(FieldError::new("q", "field-query-value-invalid"));
    }
    if !errors.is_empty() {
        return Err(ApiError::InvalidQuery(errors));
    }
    Ok((
        Page {
            search: list.q.clone(),
            sort: list.sort.map_or(Sort::Name, Sort::from),
            descending: list.order == Some(Direction::Desc),
            offset: (number - 1) * per_page,
            limit: per_page,
        },
        number,
        per_page,
    ))
}

/// The whole list as CSV, streamed as `kampus_usecases` exports it.
fn stream_csv(
    state: &AppState,
    scope: Scope,
    filter: Filter,
    outline: CourseOutline,
    page: Page,
    header: Vec<String>,
) -> HttpResponse {
    let receiver = state
        .report_reads()
        .export_progress(scope, filter, outline, page, header);
    let body = futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver
            .recv()
            .await
            .map(|item| (item.map(Bytes::from).map_err(ApiError::from), receiver))
    });
    HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename("progress.csv".into())],
        })
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .streaming(body)
}
