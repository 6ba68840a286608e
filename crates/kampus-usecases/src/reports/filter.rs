//! The values of a report's filters as every face reads them from a query string.

use chrono::{Datelike, NaiveDate};
use kampus_store::reports::Filter;
use kampus_store::users::Gender;

/// A day written `YYYY-MM-DD` (exactly: the pattern the API document states), from year 1 on.
pub fn day(raw: &str) -> Option<NaiveDate> {
    let shaped = raw.len() == 10
        && raw.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    shaped
        .then(|| NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok())
        .flatten()
        .filter(|d| d.year() >= 1)
}

/// The gender filters, by their names in query strings: a gender, or `unspecified` for
/// learners who gave none.
pub const GENDERS: [&str; 5] = [
    "female",
    "male",
    "other",
    "prefer-not-to-say",
    "unspecified",
];

/// Sets `filter`'s gender from its name in a query string; false when it is not one of
/// [`GENDERS`].
pub fn set_gender(filter: &mut Filter, name: &str) -> bool {
    match name {
        "unspecified" => filter.unspecified_gender = true,
        "female" => filter.gender = Some(Gender::Female),
        "male" => filter.gender = Some(Gender::Male),
        "other" => filter.gender = Some(Gender::Other),
        "prefer-not-to-say" => filter.gender = Some(Gender::PreferNotToSay),
        _ => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_read_exactly() {
        assert_eq!(day("2026-02-28"), NaiveDate::from_ymd_opt(2026, 2, 28));
        for bad in [
            "2026-2-28",
            "2026-02-30",
            "0000-01-01",
            "2026/02/28",
            "+2026-02-2",
        ] {
            assert_eq!(day(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_gender_name_sets_the_filter() {
        for name in GENDERS {
            let mut filter = Filter::default();
            assert!(set_gender(&mut filter, name), "{name}");
            assert_ne!(filter, Filter::default());
        }
        assert!(!set_gender(&mut Filter::default(), "f"));
    }
}
