//! Pieces of report SQL shared by the reports: scope and filters as conditions, backend
//! differences, quoting.

use chrono::NaiveDate;

use super::{Filter, Scope};
use crate::connection::DbConnection;

/// A string literal. Values reach here parsed into closed forms; quoting is the second guard.
pub(super) fn quoted(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// Where a query finds what the scope and filters test.
pub(super) struct Columns<'a> {
    /// A condition true for learners' rows.
    pub learner: &'a str,
    pub course: &'a str,
    pub institution: &'a str,
    pub country: &'a str,
    pub locale: &'a str,
    pub gender: &'a str,
    /// How a missing gender is tested (`IS NULL`, or `= ''` where keys cannot be NULL).
    pub no_gender: &'a str,
    pub dates: Dates<'a>,
}

/// What the date filter tests.
pub(super) enum Dates<'a> {
    /// A timestamp column (the first and last day are included whole).
    Timestamp(&'a str),
    /// A `YYYY-MM` column (the filter's days are then the first and last of months).
    Month(&'a str),
}

impl<'a> Columns<'a> {
    /// The event tables `e` (enrollments), `u` (users) and `i` (institutions), with the
    /// dates in `date_column`.
    pub(super) fn events(date_column: &'a str) -> Self {
        Columns {
            learner: "u.role = 'learner'",
            course: "e.course_id",
            institution: "u.institution_id",
            country: "i.country_code",
            locale: "u.preferred_locale",
            gender: "u.gender",
            no_gender: "IS NULL",
            dates: Dates::Timestamp(date_column),
        }
    }
}

impl<'a> Columns<'a> {
    /// The completion report's per-enrollment rows `r` (`report_enrollments`), with the
    /// dates in `date_column`.
    pub(super) fn enrollment_rows(date_column: &'a str) -> Self {
        Columns {
            learner: "r.learner = TRUE",
            course: "r.course_id",
            institution: "r.institution_id",
            country: "r.country_code",
            locale: "r.locale",
            gender: "r.gender",
            no_gender: "IS NULL",
            dates: Dates::Timestamp(date_column),
        }
    }
}

/// The conditions on `e` (enrollments), `u` (users) and `i` (institutions) for a scope and a
/// filter whose dates apply to `date_column`.
pub(super) fn conditions(scope: &Scope, filter: &Filter, date_column: &str) -> Vec<String> {
    conditions_on(&Columns::events(date_column), scope, filter)
}

/// The conditions for a scope and a filter on `columns`.
pub(super) fn conditions_on(columns: &Columns<'_>, scope: &Scope, filter: &Filter) -> Vec<String> {
    let mut all = vec![columns.learner.to_owned()];
    if let Scope::Institutions(ids) = scope {
        if ids.is_empty() {
            all.push("1 = 0".to_owned());
        } else {
            let list: Vec<String> = ids.iter().map(|id| quoted(&id.to_string())).collect();
            all.push(format!("{} IN ({})", columns.institution, list.join(", ")));
        }
    }
    if let Some(course) = &filter.course {
        all.push(format!("{} = {}", columns.course, quoted(course)));
    }
    if let Some(institution) = filter.institution {
        all.push(format!(
            "{} = {}",
            columns.institution,
            quoted(&institution.to_string())
        ));
    }
    if let Some(country) = &filter.country {
        all.push(format!(
            "{} = {}",
            columns.country,
            quoted(country.as_str())
        ));
    }
    if let Some(locale) = filter.locale {
        all.push(format!("{} = {}", columns.locale, quoted(locale.tag())));
    }
    if let Some(gender) = filter.gender {
        all.push(format!("{} = {}", columns.gender, quoted(gender.as_str())));
    }
    if filter.unspecified_gender {
        all.push(format!("{} {}", columns.gender, columns.no_gender));
    }
    match columns.dates {
        Dates::Timestamp(column) => {
            if let Some(from) = filter.from {
                all.push(format!("{column} >= {}", timestamp(from)));
            }
            if let Some(to) = filter.to.and_then(|d| d.succ_opt()) {
                all.push(format!("{column} < {}", timestamp(to)));
            }
        }
        Dates::Month(column) => {
            let month = |day: NaiveDate| quoted(&day.format("%Y-%m").to_string());
            if let Some(from) = filter.from {
                all.push(format!("{column} >= {}", month(from)));
            }
            if let Some(to) = filter.to {
                all.push(format!("{column} <= {}", month(to)));
            }
        }
    }
    all
}

/// Midnight of a day, as both backends compare it with a stored timestamp.
fn timestamp(day: NaiveDate) -> String {
    quoted(&format!("{day} 00:00:00"))
}

/// `YYYY-MM` of a timestamp column.
pub(super) fn month_of(conn: &DbConnection, column: &str) -> String {
    match conn {
        DbConnection::Sqlite(_) => format!("strftime('%Y-%m', {column})"),
        DbConnection::Postgres(_) => format!("to_char({column}, 'YYYY-MM')"),
    }
}

/// A double expression in fixed point (× 10¹⁰, truncated toward zero) as a `BIGINT`: how the
/// knowledge-gain sums are kept (`aggregates::cells::fixed_point` in Rust).
pub(super) fn fixed_point(conn: &DbConnection, expression: &str) -> String {
    match conn {
        // SQLite's CAST of a real truncates toward zero.
        DbConnection::Sqlite(_) => format!("CAST(({expression}) * 10000000000.0 AS BIGINT)"),
        // PostgreSQL's CAST rounds: truncate first.
        DbConnection::Postgres(_) => format!("trunc(({expression}) * 10000000000.0)::bigint"),
    }
}

/// Days (fractional) from one timestamp column to another.
pub(super) fn days_between(conn: &DbConnection, from: &str, to: &str) -> String {
    match conn {
        DbConnection::Sqlite(_) => format!("(julianday({to}) - julianday({from}))"),
        DbConnection::Postgres(_) => {
            format!("(EXTRACT(EPOCH FROM ({to} - {from})) / 86400.0)::double precision")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_doubled() {
        assert_eq!(quoted("O'Brien"), "'O''Brien'");
    }
}
