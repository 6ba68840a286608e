//! `GET /api/v1/admin/audit`: the audit log (see [`kampus_store::audit`]) for admins, oldest
//! first: pages of JSON with a cursor, or every matching entry as a CSV download, streamed.
//!
//! The filters are checked here, all problems at once; the query itself is the store's. CSV
//! follows the reports (see [`crate::routes::reports`]): headers in the caller's language,
//! values as in JSON, `details` as its JSON text.

use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat, Utc};
use kampus_store::UserId;
use kampus_store::audit::{self, Logged};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use crate::auth::AdminUser;
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::request_locale::negotiate_request;
use crate::routes::reports::csv::Csv;
use crate::routes::reports::{Format, requested_format};
use crate::state::AppState;

/// Entries per page unless `limit` says otherwise.
const DEFAULT_LIMIT: i64 = 100;
/// The largest page.
const MAX_LIMIT: i64 = 1_000;
/// Entries read per query while streaming CSV.
const CSV_CHUNK: i64 = 1_000;
/// The CSV columns: suffixes of their Fluent ids (`audit-column-…`), in order.
const COLUMNS: [&str; 6] = ["id", "at", "actor", "action", "subject", "details"];

/// Filters and paging; every one optional.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Actions starting with this, e.g. `content.` (all publishing) or `user.role`.
    pub action: Option<String>,
    /// Entries by this user (an id).
    #[param(format = Uuid)]
    pub actor: Option<String>,
    /// From this time (RFC 3339) or day (YYYY-MM-DD, UTC), included.
    pub from: Option<String>,
    /// Until this time (RFC 3339), excluded, or day (YYYY-MM-DD, UTC), included.
    pub until: Option<String>,
    /// The `next` of the previous page: entries after this one.
    pub after: Option<String>,
    /// Entries per page, 1 to 1000 (default 100); CSV has every entry.
    #[param(value_type = Option<i64>, minimum = 1, maximum = 1000)]
    pub limit: Option<String>,
    /// json (default) or csv.
    pub format: Option<String>,
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
    tag = "admin",
    security(("bearer" = [])),
    params(AuditQuery),
    responses(
        (status = 200, description = "A page of entries (JSON), or every matching entry from `after` on (CSV, with `format=csv` or `Accept: text/csv`)", body = AuditPage),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A filter, cursor or limit that is not valid", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    _admin: AdminUser,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, ApiError> {
    let Checked {
        filter,
        after,
        limit,
        format,
    } = query.checked(&req)?;
    if format == Format::Csv {
        let locale = negotiate_request(&req, &state).locale;
        let header = COLUMNS.map(|c| {
            state
                .catalog
                .message(locale, &format!("audit-column-{c}"), None)
        });
        return Ok(stream_csv(&state, filter, after, header));
    }
    // One more than asked for says whether there is a next page.
    let mut entries = state
        .db
        .run(move |conn| audit::list(conn, &filter, after.as_deref(), limit + 1))
        .await?;
    let next = if entries.len() > usize::try_from(limit).unwrap_or(usize::MAX) {
        entries.pop();
        entries.last().map(|e| e.id.clone())
    } else {
        None
    };
    Ok(HttpResponse::Ok().json(AuditPage {
        entries: entries.into_iter().map(AuditEntry::from).collect(),
        next,
    }))
}

/// A request's parameters, checked.
struct Checked {
    filter: audit::Query,
    after: Option<String>,
    limit: i64,
    format: Format,
}

impl AuditQuery {
    /// Every value checked; all problems at once.
    fn checked(&self, req: &HttpRequest) -> Result<Checked, ApiError> {
        let mut errors = Vec::new();
        let mut field = |name: &'static str, message_id: &'static str| {
            errors.push(FieldError::new(name, message_id));
        };
        let actor = self.actor.as_deref().and_then(|raw| {
            let id = raw.trim().parse::<UserId>().ok();
            if id.is_none() {
                field("actor", "field-user-id-invalid");
            }
            id.map(|id| id.to_string())
        });
        let after = self.after.as_deref().and_then(|raw| {
            let id = uuid::Uuid::parse_str(raw.trim()).ok();
            if id.is_none() {
                field("after", "field-cursor-invalid");
            }
            id.map(|id| id.to_string())
        });
        let mut time = |name: &'static str, raw: Option<&str>, end: bool| {
            let at = instant(raw?, end);
            if at.is_none() {
                field(name, "field-datetime-invalid");
            }
            at
        };
        let from = time("from", self.from.as_deref(), false);
        let until = time("until", self.until.as_deref(), true);
        if let (Some(from), Some(until)) = (from, until)
            && until <= from
        {
            field("until", "field-time-range-invalid");
        }
        let limit = self
            .limit
            .as_deref()
            .map_or(Some(DEFAULT_LIMIT), |raw| raw.trim().parse().ok())
            .filter(|l| (1..=MAX_LIMIT).contains(l));
        if limit.is_none() {
            errors.push(FieldError::new("limit", "field-limit-invalid").with_arg("max", MAX_LIMIT));
        }
        let format = match requested_format(self.format.as_deref(), req) {
            Ok(format) => Some(format),
            Err(ApiError::Validation(mut invalid)) => {
                errors.append(&mut invalid);
                None
            }
            Err(other) => return Err(other),
        };
        match (limit, format) {
            (Some(limit), Some(format)) if errors.is_empty() => Ok(Checked {
                filter: audit::Query {
                    action_prefix: self.action.clone().filter(|a| !a.is_empty()),
                    actor_id: actor,
                    from,
                    until,
                },
                after,
                limit,
                format,
            }),
            _ => Err(ApiError::Validation(errors)),
        }
    }
}

/// A time given as RFC 3339 (any offset; UTC is stored) or as a day (`YYYY-MM-DD`, UTC): the
/// day's start, or for the end of a range (`end`) the next day's start, so the day is in it.
fn instant(raw: &str, end: bool) -> Option<NaiveDateTime> {
    let raw = raw.trim();
    if let Ok(day) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        let day = if end { day.succ_opt()? } else { day };
        return Some(day.and_time(NaiveTime::MIN));
    }
    // A `+` left unencoded in a query string arrives as a space: `…T09:00:00 01:00`.
    let repaired = match raw.len().checked_sub(6) {
        Some(at) if raw.as_bytes().get(at) == Some(&b' ') => {
            format!("{}+{}", &raw[..at], &raw[at + 1..])
        }
        _ => raw.to_owned(),
    };
    DateTime::parse_from_rfc3339(&repaired)
        .ok()
        .map(|t| t.naive_utc())
}

/// Every matching entry as CSV: a blocking task reads the log a chunk at a time (by the
/// cursor, so memory stays flat however long the log) and sends each chunk as it is written.
fn stream_csv(
    state: &AppState,
    filter: audit::Query,
    mut after: Option<String>,
    header: [String; 6],
) -> HttpResponse {
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Bytes, ApiError>>(4);
    let pool = state.db.pool().clone();
    actix_web::rt::task::spawn_blocking(move || {
        let mut csv = Csv::with_header(&header);
        let fail = |e: ApiError| {
            let _ = sender.blocking_send(Err(e));
        };
        let mut conn = match pool.get() {
            Ok(conn) => conn,
            Err(e) => return fail(ApiError::Unavailable(e.to_string())),
        };
        loop {
            let chunk = match audit::list(&mut conn, &filter, after.as_deref(), CSV_CHUNK) {
                Ok(chunk) => chunk,
                Err(e) => return fail(e.into()),
            };
            for entry in &chunk {
                csv.row(&cells(entry));
            }
            if sender.blocking_send(Ok(Bytes::from(csv.take()))).is_err() {
                return; // the client went away
            }
            match chunk.last() {
                Some(last) if chunk.len() == usize::try_from(CSV_CHUNK).unwrap_or(0) => {
                    after = Some(last.id.clone());
                }
                _ => return,
            }
        }
    });
    let body = futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|item| (item, receiver))
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

fn cells(entry: &Logged) -> [String; 6] {
    [
        entry.id.clone(),
        entry
            .at
            .and_utc()
            .to_rfc3339_opts(SecondsFormat::AutoSi, true),
        entry.actor_id.clone().unwrap_or_default(),
        entry.action.clone(),
        entry.subject.clone(),
        entry.details.clone(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        DateTime::parse_from_rfc3339(text)
            .expect("time")
            .naive_utc()
    }

    #[test]
    fn times_are_read_as_rfc_3339_or_as_whole_days() {
        assert_eq!(
            instant("2026-03-01", false),
            Some(at("2026-03-01T00:00:00Z"))
        );
        assert_eq!(
            instant("2026-03-01", true),
            Some(at("2026-03-02T00:00:00Z")),
            "an end day is included"
        );
        assert_eq!(
            instant("2026-03-01T09:30:00+01:00", false),
            Some(at("2026-03-01T08:30:00Z"))
        );
        assert_eq!(
            instant("2026-03-01T09:30:00 01:00", true),
            Some(at("2026-03-01T08:30:00Z")),
            "an unencoded + in the query string"
        );
        assert_eq!(
            instant(" 2026-03-01T09:30:00.250Z ", false),
            Some(at("2026-03-01T09:30:00.250Z"))
        );
        for garbage in [
            "",
            "garbage",
            "2026-02-30",
            "2026-03-01T25:00:00Z",
            "01.03.2026",
            "2026-03-01T09:30:00",
            "ÿÿÿÿÿÿÿ",
        ] {
            assert_eq!(instant(garbage, false), None, "{garbage:?}");
        }
    }
}
