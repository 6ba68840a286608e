//! `/api/v1/reports/…`: figures for trainers (the institutions assigned to them) and admins
//! (everyone), as JSON or CSV (`?format=csv` or `Accept: text/csv`).
//!
//! The scope comes from [`StaffUser`] and is applied inside the store's queries. CSV is UTF-8
//! with a byte-order mark (so spreadsheet programs read Cyrillic and ë ç right), with column
//! headers in the caller's language and the machine values (ids, codes, decimals with a point)
//! unchanged.

pub mod assessments;
pub mod completion;
pub mod csv;
pub mod headline;
pub mod knowledge_gain;
pub mod progress;
pub mod satisfaction;

use actix_web::HttpRequest;
use actix_web::http::header;
use chrono::NaiveDate;
use kampus_content::Locale;
use kampus_store::InstitutionId;
use kampus_store::institutions::CountryCode;
use kampus_store::reports::{Filter, FinalAssessment, Scope};
use kampus_store::users::Gender;
use serde::Deserialize;
use utoipa::IntoParams;

use crate::auth::{self, StaffUser};
use crate::error::{ApiError, FieldError};
use crate::state::AppState;

/// The filters every report takes.
#[derive(Debug, Default, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportQuery {
    /// Comma-separated dimensions to group by (completion report): course, locale,
    /// institution, country, gender, month.
    pub group_by: Option<String>,
    /// A course id or slug.
    pub course: Option<String>,
    /// An institution id.
    pub institution: Option<String>,
    /// A two-letter country code.
    pub country: Option<String>,
    /// The learners' language: en, sr-Latn, sr-Cyrl, bs, hr, cnr, mk, sq.
    pub locale: Option<String>,
    /// female, male, other, prefer-not-to-say, or unspecified (none given).
    pub gender: Option<String>,
    /// First day (YYYY-MM-DD), included.
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD), included.
    pub to: Option<String>,
    /// json (default) or csv.
    pub format: Option<String>,
    /// The language of CSV headers and problems.
    pub lang: Option<String>,
}

/// JSON or CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
}

impl ReportQuery {
    /// The filter, every value checked; all problems at once.
    pub fn filter(&self, state: &AppState) -> Result<Filter, ApiError> {
        let mut errors = Vec::new();
        let mut filter = Filter::default();
        if let Some(course) = &self.course {
            match state
                .content()
                .courses()
                .find(|c| c.course().id == *course || c.course().slug == *course)
            {
                Some(loaded) => filter.course = Some(loaded.course().id.clone()),
                None => errors.push(FieldError::new("course", "field-course-unknown")),
            }
        }
        if let Some(raw) = &self.institution {
            match raw.parse::<InstitutionId>() {
                Ok(id) => filter.institution = Some(id),
                Err(_) => errors.push(FieldError::new("institution", "field-institution-invalid")),
            }
        }
        if let Some(raw) = &self.country {
            match CountryCode::parse(raw) {
                Ok(code) => filter.country = Some(code),
                Err(_) => errors.push(FieldError::new("country", "field-country-invalid")),
            }
        }
        if let Some(raw) = &self.locale {
            match raw.parse::<Locale>() {
                Ok(locale) => filter.locale = Some(locale),
                Err(_) => errors.push(FieldError::new("locale", "field-locale-invalid")),
            }
        }
        match self.gender.as_deref() {
            None => {}
            Some("unspecified") => filter.unspecified_gender = true,
            Some(raw) => match raw.parse::<Gender>() {
                Ok(gender) => filter.gender = Some(gender),
                Err(_) => errors.push(FieldError::new("gender", "field-report-gender-invalid")),
            },
        }
        filter.from = date(self.from.as_deref(), "from", &mut errors);
        filter.to = date(self.to.as_deref(), "to", &mut errors);
        if let (Some(from), Some(to)) = (filter.from, filter.to)
            && from > to
        {
            errors.push(FieldError::new("to", "field-date-range-invalid"));
        }
        if errors.is_empty() {
            Ok(filter)
        } else {
            Err(ApiError::Validation(errors))
        }
    }

    /// `?format=` first, then `Accept: text/csv`; JSON otherwise.
    pub fn format(&self, req: &HttpRequest) -> Result<Format, ApiError> {
        requested_format(self.format.as_deref(), req)
    }
}

/// The format asked for by `?format=` (`raw`), else by `Accept: text/csv`; JSON otherwise.
pub fn requested_format(raw: Option<&str>, req: &HttpRequest) -> Result<Format, ApiError> {
    match raw {
        Some("json") => Ok(Format::Json),
        Some("csv") => Ok(Format::Csv),
        Some(_) => Err(ApiError::Validation(vec![FieldError::new(
            "format",
            "field-format-invalid",
        )])),
        None => {
            let accept = req
                .headers()
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            Ok(if accept.contains("text/csv") {
                Format::Csv
            } else {
                Format::Json
            })
        }
    }
}

fn date(raw: Option<&str>, field: &'static str, errors: &mut Vec<FieldError>) -> Option<NaiveDate> {
    let raw = raw?;
    let day = NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok();
    if day.is_none() {
        errors.push(FieldError::new(field, "field-date-invalid"));
    }
    day
}

/// `course,institution` → the dimensions named, each once, in order; anything else is a 422
/// on `group_by` with `message_id` (which lists the dimensions that report allows).
pub fn parse_group_by<D: PartialEq>(
    raw: &str,
    parse: impl Fn(&str) -> Option<D>,
    message_id: &'static str,
) -> Result<Vec<D>, ApiError> {
    let mut dims = Vec::new();
    for name in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        match parse(name) {
            Some(d) if !dims.contains(&d) => dims.push(d),
            _ => {
                return Err(ApiError::Validation(vec![FieldError::new(
                    "group_by", message_id,
                )]));
            }
        }
    }
    Ok(dims)
}

/// What the caller may see.
pub fn scope_of(staff: &StaffUser) -> Scope {
    match &staff.scope {
        auth::Scope::All => Scope::All,
        auth::Scope::Institutions(ids) => Scope::Institutions(ids.clone()),
    }
}

/// The id of the course's (first) assessment of `kind`.
pub fn assessment_of(
    course: &kampus_content::model::Course,
    kind: kampus_content::model::AssessmentKind,
) -> Option<String> {
    course
        .assessments
        .iter()
        .find(|a| a.kind == kind)
        .map(|a| a.id.clone())
}

/// Each published course's final assessment and pre-test (courses with a final).
pub fn finals<'a>(
    courses: impl IntoIterator<Item = &'a kampus_content::LoadedCourse>,
) -> Vec<FinalAssessment> {
    use kampus_content::model::AssessmentKind;
    courses
        .into_iter()
        .filter_map(|loaded| {
            let course = loaded.course();
            Some(FinalAssessment {
                course_id: course.id.clone(),
                assessment_id: assessment_of(course, AssessmentKind::Final)?,
                pre_test_id: assessment_of(course, AssessmentKind::PreTest),
            })
        })
        .collect()
}
