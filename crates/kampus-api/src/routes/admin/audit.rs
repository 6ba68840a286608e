//! `GET /api/v1/admin/audit`: the audit log (see [`kampus_store::audit`]) for admins, oldest
//! first: pages of JSON with a cursor, or every matching entry as a CSV download, streamed.
//!
//! The filters are checked here, all problems at once; the query itself is the store's. CSV
//! follows the reports (see [`crate::routes::reports`]): headers in the caller's language,
//! values as in JSON, `details` as its JSON text.

use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat, Timelike, Utc};
use kampus_store::UserId;
use kampus_store::audit::{self, Logged};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::openapi::schema::{
    AnyOfBuilder, KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type,
};
use utoipa::{IntoParams, ToSchema};

use crate::caller::AdminUser;
use crate::caller::locale::negotiate_request;
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::routes::reports::csv::Csv;
use crate::routes::reports::{Format, ReportFormat, requested_format};
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
            let id = raw.parse::<UserId>().ok();
            if id.is_none() {
                field("actor", "field-user-id-invalid");
            }
            id.map(|id| id.to_string())
        });
        let after = self.after.as_deref().and_then(|raw| {
            // The hyphenated form only (36 characters), as the document's pattern says.
            let id = uuid::Uuid::parse_str(if raw.len() == 36 { raw } else { "" }).ok();
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
        // A range that ends before it starts is no mistake of form: it has no entries.
        let from = time("from", self.from.as_deref(), false);
        let until = time("until", self.until.as_deref(), true);
        let limit = self
            .limit
            .as_deref()
            .map_or(Some(DEFAULT_LIMIT), |raw| {
                // Digits only: an integer as the document has it (no sign, no spaces).
                raw.bytes()
                    .all(|b| b.is_ascii_digit())
                    .then(|| raw.parse().ok())
                    .flatten()
            })
            .filter(|l| (1..=MAX_LIMIT).contains(l));
        if limit.is_none() {
            errors.push(FieldError::new("limit", "field-limit-invalid").with_arg("max", MAX_LIMIT));
        }
        let format = requested_format(self.format, req);
        match limit {
            Some(limit) if errors.is_empty() => Ok(Checked {
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
            _ => Err(ApiError::InvalidQuery(errors)),
        }
    }
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
/// [`TIME_PATTERN`], exactly what [`instant`] reads.
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

/// A time given as a day (`YYYY-MM-DD`, UTC) or as RFC 3339 (upper-case `T` and `Z`, any
/// offset; UTC is stored): the day's start, or for the end of a range (`end`) the next day's
/// start, so the day is in it. Exactly the values [`time_schema`] describes: the shape of
/// its patterns, a date of the calendar (year 0 to 9999), a time of the clock, and a leap
/// second only where one can be (23:59:60 in UTC).
fn instant(raw: &str, end: bool) -> Option<NaiveDateTime> {
    let digits = |range: std::ops::Range<usize>| {
        raw.as_bytes()
            .get(range)
            .is_some_and(|part| part.iter().all(u8::is_ascii_digit))
    };
    let at = |i: usize, c: u8| raw.as_bytes().get(i) == Some(&c);
    let dated = digits(0..4) && at(4, b'-') && digits(5..7) && at(7, b'-') && digits(8..10);
    if dated && raw.len() == 10 {
        let day = NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok()?;
        let day = if end { day.succ_opt()? } else { day };
        return Some(day.and_time(NaiveTime::MIN));
    }
    let clock = at(10, b'T') && digits(11..13) && at(13, b':') && digits(14..16);
    let clock = clock && at(16, b':') && digits(17..19);
    let rest = raw.get(19..)?;
    let rest = match rest.strip_prefix('.') {
        Some(fraction) => {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            (digits > 0).then(|| &fraction[digits..])?
        }
        None => rest,
    };
    let offset = rest == "Z"
        || (rest.len() == 6
            && matches!(rest.as_bytes()[0], b'+' | b'-')
            && rest.as_bytes()[3] == b':'
            && [1, 2, 4, 5]
                .iter()
                .all(|&i| rest.as_bytes()[i].is_ascii_digit()));
    if !(dated && clock && offset) {
        return None;
    }
    let time = DateTime::parse_from_rfc3339(raw).ok()?;
    let utc = time.naive_utc();
    // chrono reads second 60 at any minute; RFC 3339 (and the `date-time` format) only at
    // the end of a UTC day.
    let leap = utc.nanosecond() >= 1_000_000_000;
    if leap && (utc.hour(), utc.minute()) != (23, 59) {
        return None;
    }
    Some(utc)
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
            instant("2026-03-01T09:30:00.250Z", false),
            Some(at("2026-03-01T09:30:00.250Z"))
        );
        assert_eq!(
            instant("0000-01-01", false),
            Some(at("0000-01-01T00:00:00Z"))
        );
        assert!(
            instant("2026-12-31T23:59:60Z", false).is_some(),
            "a leap second"
        );
        assert!(instant("2027-01-01T00:59:60+01:00", false).is_some());
        for garbage in [
            "",
            "garbage",
            "2026-02-30",
            "2026-13-01",
            "2026-03-01T25:00:00Z",
            "2024-01-01T12:99:00Z",
            "2026-03-01T10:59:60Z",
            "2026-03-01T10:00:00+24:00",
            "2026-03-01T10:00:00+05:99",
            "01.03.2026",
            "2026-03-01T09:30:00",
            "2026-03-01t09:30:00z",
            "2026-03-01 09:30:00Z",
            "2026-03-01T09:30:00.Z",
            "2026-03-01T09:30:00 01:00",
            " 2026-03-01",
            "2026-03-01 ",
            "+2026-03-01",
            "ÿÿÿÿÿÿÿ",
        ] {
            assert_eq!(instant(garbage, false), None, "{garbage:?}");
        }
    }

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
