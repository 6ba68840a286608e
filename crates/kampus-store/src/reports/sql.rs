//! Pieces of report SQL shared by the reports: scope and filters as conditions, backend
//! differences, quoting.

use chrono::NaiveDate;

use super::{Filter, Scope};
use crate::connection::DbConnection;

/// A string literal. Values reach here parsed into closed forms; quoting is the second guard.
pub(super) fn quoted(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// The conditions on `e` (enrollments), `u` (users) and `i` (institutions) for a scope and a
/// filter whose dates apply to `date_column`.
pub(super) fn conditions(scope: &Scope, filter: &Filter, date_column: &str) -> Vec<String> {
    let mut all = vec!["u.role = 'learner'".to_owned()];
    if let Scope::Institutions(ids) = scope {
        if ids.is_empty() {
            all.push("1 = 0".to_owned());
        } else {
            let list: Vec<String> = ids.iter().map(|id| quoted(&id.to_string())).collect();
            all.push(format!("u.institution_id IN ({})", list.join(", ")));
        }
    }
    if let Some(course) = &filter.course {
        all.push(format!("e.course_id = {}", quoted(course)));
    }
    if let Some(institution) = filter.institution {
        all.push(format!(
            "u.institution_id = {}",
            quoted(&institution.to_string())
        ));
    }
    if let Some(country) = &filter.country {
        all.push(format!("i.country_code = {}", quoted(country.as_str())));
    }
    if let Some(locale) = filter.locale {
        all.push(format!("u.preferred_locale = {}", quoted(locale.tag())));
    }
    if let Some(gender) = filter.gender {
        all.push(format!("u.gender = {}", quoted(gender.as_str())));
    }
    if filter.unspecified_gender {
        all.push("u.gender IS NULL".to_owned());
    }
    if let Some(from) = filter.from {
        all.push(format!("{date_column} >= {}", timestamp(from)));
    }
    if let Some(to) = filter.to.and_then(|d| d.succ_opt()) {
        all.push(format!("{date_column} < {}", timestamp(to)));
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

/// Days (fractional) from one timestamp column to another.
pub(super) fn days_between(conn: &DbConnection, from: &str, to: &str) -> String {
    match conn {
        DbConnection::Sqlite(_) => format!("(julianday({to}) - julianday({from}))"),
        DbConnection::Postgres(_) => {
            format!("(EXTRACT(EPOCH FROM ({to} - {from})) / 86400.0)::double precision")
        }
    }
}

/// The median of some values (the mean of the middle two for an even count).
pub(super) fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        f64::midpoint(values[middle - 1], values[middle])
    } else {
        values[middle]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_doubled() {
        assert_eq!(quoted("O'Brien"), "'O''Brien'");
    }

    #[test]
    fn medians() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }
}
