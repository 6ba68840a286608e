//! RFC 9457 problem details: every error response of the API, localized.
//!
//! Handlers and extractors fail with [`ApiError`]; its `ResponseError` impl sets only the
//! status. The [`localize_problems`] middleware then renders every 4xx/5xx response as
//! `application/problem+json` in the request's negotiated locale — including responses that
//! actix produces itself (an unknown method on a known path), so no error escapes unlocalized.

use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use fluent_bundle::FluentArgs;
use kampus_content::Locale;
use serde::Serialize;
use utoipa::ToSchema;

use crate::caller::locale;
use crate::error::{ApiError, ProblemKind};
use crate::state::AppState;
use crate::telemetry::RequestId;
use kampus_usecases::i18n::Catalog;

/// The media type of problem details.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An RFC 9457 problem details object, with Kampus's extension members.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({
    "type": "/problems/not-found",
    "title": "Не е пронајдено",
    "status": 404,
    "detail": "На адресата /api/v1/nope нема ништо.",
    "instance": "/api/v1/nope",
    "request_id": "01937c4e-8f5a-7c3e-9a1b-2d4e6f8a0b1c"
}))]
pub struct Problem {
    /// Identifies the kind of problem; stable, documented in docs/api.md.
    #[serde(rename = "type")]
    pub type_uri: String,
    /// Short summary of the kind, in the request's locale.
    pub title: String,
    pub status: u16,
    /// Explanation of this occurrence, in the request's locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The request path.
    pub instance: String,
    /// Quote it when reporting a problem; it is in the server's logs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Position of a JSON syntax or shape error (1-based).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// Largest accepted body, for `payload-too-large`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
    /// The invalid fields, for `validation-failed` (body members) and `invalid-query` (query
    /// parameters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<ProblemFieldError>>,
    /// How many reasons an uploaded bundle is refused for, for `bundle-refused` (`refusals`
    /// lists the first 100).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<usize>,
    /// Why an uploaded bundle is refused, for `bundle-refused`: the first 100 reasons found,
    /// each `{code, path, message}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Vec<Object>>)]
    pub refusals: Option<serde_json::Value>,
    /// The content problems of an upload, for `bundle-invalid` and `translation-invalid`:
    /// each with `part` (its folder in the upload), `file`, `line`, `column`, `severity`,
    /// `code` and `message`; for `translation-refused`, why a translation file is refused,
    /// each with `code`, `message` and, where known, `unit` and `line`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Vec<Object>>)]
    pub problems: Option<serde_json::Value>,
    /// Each readiness check and its outcome, for `not-ready`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub checks: Option<serde_json::Value>,
}

/// One invalid field.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProblemFieldError {
    pub field: String,
    pub message: String,
}

/// Builds the localized problem for an error response.
pub fn render(
    error: Option<&ApiError>,
    status: StatusCode,
    req: &HttpRequest,
    catalog: &Catalog,
    locale: Locale,
) -> Problem {
    let kind = error.map_or_else(|| ProblemKind::for_status(status), ApiError::kind);
    let mut args = FluentArgs::new();
    args.set("path", req.path().to_owned());
    args.set("method", req.method().as_str().to_owned());
    // The media types an operation takes: JSON, unless the error lists others.
    args.set("types", "application/json");
    let mut problem = Problem {
        type_uri: kind.type_uri(),
        title: String::new(),
        status: status.as_u16(),
        detail: None,
        instance: req.path().to_owned(),
        request_id: req.extensions().get::<RequestId>().map(|id| id.0.clone()),
        line: None,
        column: None,
        limit: None,
        errors: None,
        count: None,
        refusals: None,
        problems: None,
        checks: None,
    };
    match error {
        Some(ApiError::MalformedJson { line, column }) => {
            set_position(&mut problem, &mut args, *line, *column);
        }
        Some(ApiError::InvalidBody {
            line,
            column,
            reason,
        }) => {
            set_position(&mut problem, &mut args, *line, *column);
            args.set("reason", reason.clone());
        }
        Some(ApiError::PayloadTooLarge { limit }) => {
            problem.limit = Some(*limit);
            args.set("limit", *limit);
        }
        Some(
            ApiError::Validation(fields)
            | ApiError::InvalidQuery(fields)
            | ApiError::UnknownReference(fields)
            | ApiError::WrongPassword(fields),
        ) => {
            args.set("count", fields.len());
            problem.errors = Some(
                fields
                    .iter()
                    .map(|f| {
                        let mut field_args = FluentArgs::new();
                        for (name, value) in &f.args {
                            field_args.set(*name, *value);
                        }
                        for (name, value) in &f.texts {
                            field_args.set(*name, value.clone());
                        }
                        ProblemFieldError {
                            field: f.field.clone(),
                            message: catalog.message(locale, f.message_id, Some(&field_args)),
                        }
                    })
                    .collect(),
            );
        }
        Some(ApiError::NotReady(checks)) => problem.checks = Some(checks.clone()),
        Some(ApiError::CourseNotFound(course)) => args.set("course", course.clone()),
        Some(ApiError::NotATrainer(role)) => args.set("role", role.as_str()),
        Some(ApiError::UnsupportedMediaTypeOf(types)) => args.set("types", types.join(", ")),
        Some(ApiError::BundleRefused(refused)) => {
            args.set("count", refused.count());
            args.set("listed", refused.listed().len());
            problem.count = Some(refused.count());
            problem.refusals = serde_json::to_value(refused.listed()).ok();
        }
        Some(ApiError::BundleInvalid(problems) | ApiError::TranslationInvalid(problems)) => {
            args.set("count", problems.len());
            problem.problems = serde_json::to_value(problems).ok();
        }
        Some(ApiError::TranslationRefused(problems)) => {
            args.set("count", problems.len());
            problem.problems = serde_json::to_value(problems).ok();
        }
        _ => {}
    }
    problem.title = catalog.message(locale, &format!("problem-{}-title", kind.slug), None);
    // The limit is only known when actix reports it; without it the generic detail would lie.
    if kind != ProblemKind::PAYLOAD_TOO_LARGE || problem.limit.is_some() {
        problem.detail = Some(catalog.message(
            locale,
            &format!("problem-{}-detail", kind.slug),
            Some(&args),
        ));
    }
    problem
}

fn set_position(problem: &mut Problem, args: &mut FluentArgs<'_>, line: usize, column: usize) {
    problem.line = Some(line);
    problem.column = Some(column);
    args.set("line", line);
    args.set("column", column);
}

/// Middleware: renders every 4xx/5xx response as a localized problem.
pub async fn localize_problems(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody, BoxBody>>, actix_web::Error> {
    // Handler and extractor errors arrive here as responses carrying their error. An `Err`
    // could only come from a middleware inside this one (there is none); it is passed on.
    // (The request must not be cloned before `call`: routing needs it uniquely owned.)
    let res = next.call(req).await?.map_into_boxed_body();
    let status = res.status();
    // The LRS answers in its own problem documents, which name the xAPI rule broken.
    if res.request().path().starts_with("/xapi/") {
        return Ok(res.map_into_left_body());
    }
    // A page made for people (the certificate verification page) keeps its own localized
    // "not found": only errors, and responses without a body of their own, become problems.
    let own_page = res.response().error().is_none()
        && res
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"));
    if !(status.is_client_error() || status.is_server_error()) || own_page {
        return Ok(res.map_into_left_body());
    }
    let (http_req, response) = res.into_parts();
    let api_error = response.error().and_then(|e| e.as_error::<ApiError>());
    log_server_side(api_error, status, &http_req);
    let Some(state) = http_req.app_data::<web::Data<AppState>>() else {
        return Ok(ServiceResponse::new(http_req, response).map_into_left_body());
    };
    let locale = locale::negotiate_request(&http_req, state).locale;
    let problem = render(api_error, status, &http_req, &state.catalog, locale);

    let mut rendered = HttpResponse::build(status);
    for (name, value) in response.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            rendered.append_header((name.clone(), value.clone()));
        }
    }
    let rendered = rendered
        .insert_header((header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON)))
        .insert_header((header::CONTENT_LANGUAGE, locale.tag()))
        .body(serde_json::to_vec(&problem).unwrap_or_default());
    Ok(ServiceResponse::new(http_req, rendered.map_into_boxed_body()).map_into_right_body())
}

/// Internal errors are logged with their cause (the client sees only the request id).
fn log_server_side(error: Option<&ApiError>, status: StatusCode, req: &HttpRequest) {
    match error {
        Some(ApiError::Internal(cause)) => {
            tracing::error!(path = req.path(), %cause, "internal error");
        }
        Some(ApiError::Unavailable(cause)) => {
            tracing::warn!(path = req.path(), %cause, "database unavailable");
        }
        _ if status.is_server_error() => {
            tracing::error!(path = req.path(), %status, "server error");
        }
        _ => {}
    }
}
