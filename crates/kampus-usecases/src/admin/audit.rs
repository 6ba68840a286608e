//! The audit log as admins read it, through both faces (the JSON API's
//! `GET /api/v1/admin/audit` and the admin pages' `/admin/audit`): the filters checked (all
//! problems at once), pages by cursor, and the CSV download — the same bytes from either face:
//! headers in the reader's language (`audit-column-…` of `reports.ftl`), values as the API's
//! JSON has them, `details` as its JSON text, written by [`crate::reports::csv::Csv`].

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat, Timelike};
use kampus_store::UserId;
use kampus_store::audit::{self, Logged};

use crate::context::Context;
use crate::error::{FieldError, UseCaseError};
use crate::reports::csv::{Csv, Say};

/// Entries per page unless `limit` says otherwise.
pub const DEFAULT_LIMIT: i64 = 100;
/// The largest page.
pub const MAX_LIMIT: i64 = 1_000;
/// Entries read per query while writing CSV.
const CSV_CHUNK: i64 = 1_000;
/// The CSV columns: suffixes of their Fluent ids (`audit-column-…`), in order.
pub const COLUMNS: [&str; 6] = ["id", "at", "actor", "action", "subject", "details"];

/// Filters and paging as given (a query string's values); every one optional.
#[derive(Debug, Clone, Copy, Default)]
pub struct Asked<'a> {
    /// Actions starting with this.
    pub action: Option<&'a str>,
    /// A user id.
    pub actor: Option<&'a str>,
    /// A day or an RFC 3339 time ([`instant`]).
    pub from: Option<&'a str>,
    pub until: Option<&'a str>,
    /// The last entry id of the previous page.
    pub after: Option<&'a str>,
    /// Digits, 1 to [`MAX_LIMIT`].
    pub limit: Option<&'a str>,
}

/// Filters and paging, checked.
#[derive(Debug, Clone)]
pub struct Checked {
    pub filter: audit::Query,
    pub after: Option<String>,
    pub limit: i64,
}

impl Asked<'_> {
    /// Every value checked; all problems at once, each naming its field.
    pub fn checked(&self) -> Result<Checked, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut field = |name: &'static str, message_id: &'static str| {
            errors.push(FieldError::new(name, message_id));
        };
        let actor = self.actor.and_then(|raw| {
            let id = raw.parse::<UserId>().ok();
            if id.is_none() {
                field("actor", "field-user-id-invalid");
            }
            id.map(|id| id.to_string())
        });
        let after = self.after.and_then(|raw| {
            // The hyphenated form only (36 characters), as the API's document says.
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
        let from = time("from", self.from, false);
        let until = time("until", self.until, true);
        let limit = self
            .limit
            .map_or(Some(DEFAULT_LIMIT), |raw| {
                // Digits only: no sign, no spaces.
                raw.bytes()
                    .all(|b| b.is_ascii_digit())
                    .then(|| raw.parse().ok())
                    .flatten()
            })
            .filter(|l| (1..=MAX_LIMIT).contains(l));
        if limit.is_none() {
            errors.push(FieldError::new("limit", "field-limit-invalid").with_arg("max", MAX_LIMIT));
        }
        match limit {
            Some(limit) if errors.is_empty() => Ok(Checked {
                filter: audit::Query {
                    action_prefix: self.action.filter(|a| !a.is_empty()).map(str::to_owned),
                    actor_id: actor,
                    from,
                    until,
                },
                after,
                limit,
            }),
            _ => Err(errors),
        }
    }
}

/// A page of the log.
#[derive(Debug)]
pub struct Page {
    pub entries: Vec<Logged>,
    /// The cursor of the next page (`after=`); `None` on the last one.
    pub next: Option<String>,
}

/// The entries of `checked`'s page, oldest first.
pub async fn page(ctx: &Context, checked: Checked) -> Result<Page, UseCaseError> {
    let Checked {
        filter,
        after,
        limit,
    } = checked;
    // One more than asked for says whether there is a next page.
    let mut entries = ctx
        .blocking(move |conn| {
            Ok::<_, UseCaseError>(audit::list(conn, &filter, after.as_deref(), limit + 1)?)
        })
        .await?;
    let next = if entries.len() > usize::try_from(limit).unwrap_or(usize::MAX) {
        entries.pop();
        entries.last().map(|e| e.id.clone())
    } else {
        None
    };
    Ok(Page { entries, next })
}

/// The CSV header row in the reader's language.
pub fn csv_header(say: Say) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|c| say(&format!("audit-column-{c}")))
        .collect()
}

/// Every entry matching `filter` from `after` on as CSV, in chunks: a blocking task reads the
/// log a chunk at a time (by the cursor, so memory stays flat however long the log) and
/// sends each as it is written; the first starts with the byte-order mark and `header`.
pub fn export_csv(
    ctx: &Context,
    filter: audit::Query,
    mut after: Option<String>,
    header: Vec<String>,
) -> tokio::sync::mpsc::Receiver<Result<String, UseCaseError>> {
    let (sender, receiver) = tokio::sync::mpsc::channel(4);
    let pool = ctx.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut csv = Csv::with_header(&header);
        let exported = (|| -> Result<(), UseCaseError> {
            let mut conn = pool.get()?;
            loop {
                let chunk = audit::list(&mut conn, &filter, after.as_deref(), CSV_CHUNK)?;
                for entry in &chunk {
                    csv.row(&cells(entry));
                }
                if sender.blocking_send(Ok(csv.take())).is_err() {
                    return Ok(()); // the reader went away
                }
                match chunk.last() {
                    Some(last) if chunk.len() == usize::try_from(CSV_CHUNK).unwrap_or(0) => {
                        after = Some(last.id.clone());
                    }
                    _ => return Ok(()),
                }
            }
        })();
        if let Err(e) = exported {
            let _ = sender.blocking_send(Err(e));
        }
    });
    receiver
}

/// An entry's CSV cells, in [`COLUMNS`]' order.
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

/// A time given as a day (`YYYY-MM-DD`, UTC) or as RFC 3339 (upper-case `T` and `Z`, any
/// offset; UTC is stored): the day's start, or for the end of a range (`end`) the next day's
/// start, so the day is in it. Exactly the values the API's OpenAPI document describes (`DAY_PATTERN`, `TIME_PATTERN`): the shape of
/// its patterns, a date of the calendar (year 0 to 9999), a time of the clock, and a leap
/// second only where one can be (23:59:60 in UTC).
pub fn instant(raw: &str, end: bool) -> Option<NaiveDateTime> {
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

    #[test]
    fn every_bad_value_is_named_at_once() {
        let asked = Asked {
            actor: Some("nobody"),
            from: Some("yesterday"),
            until: Some("2026-03-01"),
            after: Some("x"),
            limit: Some("0"),
            action: None,
        };
        let errors = asked.checked().expect_err("bad");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["actor", "after", "from", "limit"]);
        let fine = Asked::default().checked().expect("no filter");
        assert_eq!(fine.limit, DEFAULT_LIMIT);
    }
}
