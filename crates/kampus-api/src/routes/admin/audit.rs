//! `GET /api/v1/admin/audit`: the audit log (see [`kampus_store::audit`]) for admins, oldest
//! first: pages of JSON with a cursor, or every matching entry as a CSV download, streamed.
//!
//! The filters, the paging and the CSV are the use cases' ([`kampus_usecases::admin::audit`],
//! shared with the admin pages' `/admin/audit`); this face adds the document's schemas, the
//! format and the response. CSV follows the reports (see [`crate::routes::reports`]): headers
//! in the caller's language, values as in JSON, `details` as its JSON text.

use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, Utc};
use kampus_store::audit::Logged;
use kampus_usecases::admin::audit;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::openapi::schema::{
    AnyOfBuilder, KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type,
};
use utoipa::{IntoParams, ToSchema};

use crate::caller::AdminUser;
use crate::caller::locale::negotiate_request;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::routes::reports::{Format, ReportFormat, requested_format};
use crate::state::AppState;

/// Filters and paging; every one optional.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Actions starting with this, e.g. `content.` (all publishing) or `user.role`.
    pub action: Option<String>,
    /// Entries by this user (an id).
    #[param(
        format = Uuid,
        pattern = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
    )]
    pub actor: Option<String>,
    /// (Described in [`from_schema`]: a parameter with a schema of its own loses its doc.)
    #[param(schema_with = from_schema)]
    pub from: Option<String>,
    /// (Described in [`until_schema`].)
    #[param(schema_with = until_schema)]
    pub until: Option<String>,
    /// The `next` of the previous page: entries after this one.
    #[param(
        format = Uuid,
        pattern = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
    )]
    pub after: Option<String>,
    /// Entries per page, 1 to 1000 (default 100); CSV has every entry.
    #[param(value_type = Option<i64>, minimum = 1, maximum = 1000)]
    pub limit: Option<String>,
    /// JSON (default, unless `Accept: text/csv`) or CSV.
    #[param(inline)]
    pub format: Option<ReportFormat>,
    /// The language of CSV headers and problems.
    pub lang: Option<String>,
}

/// One entry of the audit log.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEntry {
    pub id: String,
    #[schema(value_type = String, format = DateTime)]
    pub at: DateTime<Utc>,
    /// The user who acted; null for the system (the content folder at start).
    #[schema(format = Uuid)]
    pub actor_id: Option<String>,
    /// Dotted name: `content.publish`, `user.role`, `certificate.revoke`, `account.delete`, …
    pub action: String,
    /// What was acted on: a user id, a certificate serial, a content version id, …
    pub subject: String,
    /// The particulars of the action.
    #[schema(value_type = Object)]
    pub details: Value,
}

impl From<Logged> for AuditEntry {
    fn from(logged: Logged) -> Self {
        // Written as JSON objects only; should a row not parse, its text is still shown.
        let details = serde_json::from_str(&logged.details)
            .unwrap_or_else(|_| Value::String(logged.details.clone()));
        Self {
            id: logged.id,
            at: logged.at.and_utc(),
            actor_id: logged.actor_id,
            action: logged.action,
            subject: logged.subject,
            details,
        }
    }
}

/// A page of the audit log.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    /// For the next page (`after=`); null on the last one.
    pub next: Option<String>,
}

/// The audit log (admins): who published content, changed roles, revoked or re-issued
/// certificates and deleted accounts, and when; oldest first.
#[utoipa::path(
    get,
    path = "/api/v1/admin/audit",
    operation_id = "list_audit_entries",
    tag = "admin",
    security(("bearer" = [])),
    params(AuditQuery),
    responses(
        (status = 200, description = "A page of entries (JSON), or every matching entry from `after` on (CSV, with `format=csv` or `Accept: text/csv`: UTF-8 with a byte-order mark, headers in the caller's language, `details` as JSON text)", content(
            (AuditPage = "application/json"),
            (String = "text/csv")
        )),
        (status = 400, description = "`invalid-query`: a parameter this operation does not take, or a filter, cursor, limit or format that is not valid, each named", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    _admin: AdminUser,
    query: crate::query::Query<AuditQuery>,
) -> Result<HttpResponse, ApiError> {
    let query = query.into_inner();
    let asked = audit::Asked {
        action: query.action.as_deref(),
        actor: query.actor.as_deref(),
        from: query.from.as_deref(),
        until: query.until.as_deref(),
        after: query.after.as_deref(),
        limit: query.limit.as_deref(),
    };
    let checked = asked.checked().map_err(ApiError::InvalidQuery)?;
    if requested_format(query.format, &req) == Format::Csv {
        let locale = negotiate_request(&req, &state).locale;
        let say = |key: &str| state.catalog.message(locale, key, None);
        let header = audit::csv_header(&say);
        let receiver = audit::export_csv(&state.cases, checked.filter, checked.after, header);
        return Ok(csv_download(receiver));
    }
    let page = audit::page(&state.cases, checked).await?;
    Ok(HttpResponse::Ok().json(AuditPage {
        entries: page.entries.into_iter().map(AuditEntry::from).collect(),
        next: page.next,
    }))
}

/// A day, `YYYY-MM-DD`: the pattern of the document's `date` branch of `from` and `until`.
const DAY_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
/// A time, RFC 3339 with an upper-case `T` and `Z`: the pattern of the `date-time` branch.
const TIME_PATTERN: &str =
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$";

fn from_schema() -> Schema {
    time_schema(
        "From this day (`YYYY-MM-DD`, UTC) or time (RFC 3339, with `T` and `Z` or an offset; \
         the `+` of an offset is `%2B` in a URL), included.",
    )
}

fn until_schema() -> Schema {
    time_schema(
        "Until this day (`YYYY-MM-DD`, UTC), included, or time (RFC 3339, as `from`), \
         excluded. A range that ends before it starts has no entries.",
    )
}

/// The schema of `from` and `until`: a `date` of [`DAY_PATTERN`] or a `date-time` of
/// [`TIME_PATTERN`], exactly what [`audit::instant`] reads.
fn time_schema(description: &str) -> Schema {
    let branch = |format: KnownFormat, pattern: &str| {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(format)))
            .pattern(Some(pattern))
    };
    Schema::AnyOf(
        AnyOfBuilder::new()
            .description(Some(description))
            .item(branch(KnownFormat::Date, DAY_PATTERN))
            .item(branch(KnownFormat::DateTime, TIME_PATTERN))
            .build(),
    )
}

/// The use case's CSV chunks as a download, streamed.
fn csv_download(
    receiver: tokio::sync::mpsc::Receiver<Result<String, kampus_usecases::UseCaseError>>,
) -> HttpResponse {
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
            parameters: vec![DispositionParam::Filename("audit.csv".into())],
        })
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .streaming(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use kampus_usecases::admin::audit::instant;

    /// The server reads exactly what the two patterns of the document allow (the calendar
    /// and the clock aside, which the `date` and `date-time` formats state).
    #[test]
    fn the_documented_patterns_are_the_shapes_read() {
        assert_eq!(DAY_PATTERN, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        let schema = serde_json::to_value(from_schema()).expect("json");
        assert_eq!(schema["anyOf"][0]["format"], "date");
        assert_eq!(schema["anyOf"][0]["pattern"], DAY_PATTERN);
        assert_eq!(schema["anyOf"][1]["format"], "date-time");
        assert_eq!(schema["anyOf"][1]["pattern"], TIME_PATTERN);
        for shaped in [
            "2026-03-01T09:30:00Z",
            "2026-03-01T09:30:00.1Z",
            "2026-03-01T09:30:00.123456789012-00:00",
        ] {
            assert!(instant(shaped, false).is_some(), "{shaped}");
        }
    }
}
