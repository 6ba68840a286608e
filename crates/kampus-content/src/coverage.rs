//! Translation coverage: per course and locale, how many texts exist, are derived by
//! transliteration, are missing or are outdated.
//!
//! The texts counted are the required texts of the course plus the optional ones English has
//! (a feedback text English does not have cannot be missing in Albanian). A text counts as
//! *present* when the locale's own files have it, as *derived* when it is served by
//! transliteration from the other Serbian script, and as *outdated* when it is present but
//! its recorded English fingerprint differs from the current one (see [`crate::staleness`]).
//! The report is `Display`-able as a table and serializable for `--format json`.

use std::fmt;

use serde::Serialize;

use crate::Locale;
use crate::texts::keys::TextKey;

/// How a locale has a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Availability {
    Own,
    Derived,
    Missing,
}

/// Coverage of one course.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CoverageReport {
    pub course: String,
    pub locales: Vec<LocaleCoverage>,
}

/// Coverage of one locale of a course.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleCoverage {
    pub locale: Locale,
    /// Texts the course has (required, plus optional ones English has).
    pub total: usize,
    /// Texts in the locale's own files.
    pub present: usize,
    /// Texts served by transliteration from the other Serbian script.
    pub derived: usize,
    /// Present texts whose English source changed since they were confirmed.
    pub outdated: usize,
    /// Keys of texts neither present nor derived.
    pub missing: Vec<String>,
    /// Keys of outdated texts.
    pub outdated_keys: Vec<String>,
}

impl LocaleCoverage {
    /// Present or derived, as a percentage of the total.
    pub fn percent(&self) -> u32 {
        if self.total == 0 {
            return 100;
        }
        let covered = (self.present + self.derived) * 100 / self.total;
        u32::try_from(covered).unwrap_or(100)
    }
}

/// Computes coverage for `locales` from where each text is available and whether it is stale.
pub fn compute(
    course: &str,
    keys: &[TextKey],
    locales: &[Locale],
    availability: impl Fn(Locale, &str) -> Availability,
    outdated: impl Fn(Locale, &str) -> bool,
) -> CoverageReport {
    let counted: Vec<&str> = keys
        .iter()
        .filter(|k| k.required || availability(Locale::En, &k.key) == Availability::Own)
        .map(|k| k.key.as_str())
        .collect();
    let locales = locales
        .iter()
        .map(|&locale| {
            let mut row = LocaleCoverage {
                locale,
                total: counted.len(),
                present: 0,
                derived: 0,
                outdated: 0,
                missing: Vec::new(),
                outdated_keys: Vec::new(),
            };
            for &key in &counted {
                match availability(locale, key) {
                    Availability::Own => {
                        row.present += 1;
                        if locale != Locale::En && outdated(locale, key) {
                            row.outdated += 1;
                            row.outdated_keys.push(key.to_owned());
                        }
                    }
                    Availability::Derived => row.derived += 1,
                    Availability::Missing => row.missing.push(key.to_owned()),
                }
            }
            row
        })
        .collect();
    CoverageReport {
        course: course.to_owned(),
        locales,
    }
}

impl fmt::Display for CoverageReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Coverage of course `{}`", self.course)?;
        writeln!(
            f,
            "  {:<8} {:>9} {:>8} {:>8} {:>9} {:>9}",
            "locale", "present", "derived", "missing", "outdated", "coverage"
        )?;
        for row in &self.locales {
            writeln!(
                f,
                "  {:<8} {:>9} {:>8} {:>8} {:>9} {:>8}%",
                row.locale.tag(),
                format!("{}/{}", row.present, row.total),
                row.derived,
                row.missing.len(),
                row.outdated,
                row.percent()
            )?;
        }
        for row in &self.locales {
            write_keys(f, "missing", row.locale, &row.missing)?;
            write_keys(f, "outdated", row.locale, &row.outdated_keys)?;
        }
        Ok(())
    }
}

/// Keys listed per locale in the table output; the JSON form always lists all of them.
pub const KEYS_SHOWN: usize = 12;

fn write_keys(
    f: &mut fmt::Formatter<'_>,
    what: &str,
    locale: Locale,
    keys: &[String],
) -> fmt::Result {
    if keys.is_empty() {
        return Ok(());
    }
    let shown = keys
        .iter()
        .take(KEYS_SHOWN)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    write!(f, "  {what} in {locale}: {shown}")?;
    if keys.len() > KEYS_SHOWN {
        write!(
            f,
            " … and {} more (--format json lists all)",
            keys.len() - KEYS_SHOWN
        )?;
    }
    writeln!(f)
}
