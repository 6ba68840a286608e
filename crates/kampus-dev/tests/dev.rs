//! Tests of the developer tools: the generated data, and the reports' queries checked against
//! a direct count on it. Like the store's tests they run on the backend
//! `KAMPUS_TEST_DATABASE_URL` names (SQLite by default), each on a database of its own.

use chrono::NaiveDate;

fn now() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 25)
        .and_then(|d| d.and_hms_micro_opt(9, 30, 0, 123_456))
        .expect("valid date")
}

// In a subfolder: a file directly under tests/ would be a test binary of its own.
#[path = "dev/generate.rs"]
mod generate;

#[path = "dev/reports.rs"]
mod reports;
