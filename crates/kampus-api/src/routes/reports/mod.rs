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
use kampus_store::reports::{Filter, Scope};
use kampus_store::users::Gender;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use crate::caller::StaffUser;
use crate::error::{ApiError, FieldError};
use crate::state::AppState;
use crate::vocabulary::LocaleTag;

/// The filters every report takes.
#[derive(Debug, Default, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportQuery {
    /// Learners of this institution (an id).
    #[param(format = Uuid)]
    pub institution: Option<String>,
    /// Learners of institutions of this country: a two-letter ISO 3166-1 code, either case.
    #[param(pattern = r"^[A-Za-z]{2}$")]
    pub country: Option<String>,
    /// Learners who take their courses in this language.
    #[param(inline)]
    pub locale: Option<LocaleTag>,
    /// Learners who gave this gender; `unspecified`: who gave none.
    #[param(inline)]
    pub gender: Option<ReportGender>,
    /// First day (YYYY-MM-DD), included. A period that ends before it starts has nothing in
    /// it.
    #[param(format = Date, pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD), included.
    #[param(format = Date, pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub to: Option<String>,
    /// JSON (default, unless `Accept: text/csv`) or CSV.
    #[param(inline)]
    pub format: Option<ReportFormat>,
    /// The language of CSV headers and problems.
    pub lang: Option<String>,
}

/// The course of a report that may cover every course.
#[derive(Debug, Default, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CourseFilter {
    /// Only this course: its id or slug (every course when not given).
    #[param(min_length = 1)]
    pub course: Option<String>,
}

/// The course of a report about one course.
#[derive(Debug, Default, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CourseRequired {
    /// The course: its id or slug.
    #[param(required = true, min_length = 1)]
    pub course: Option<String>,
}

/// A gender filter: a gender, or none given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ReportGender {
    Female,
    Male,
    Other,
    PreferNotToSay,
    Unspecified,
}

/// The format of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ReportFormat {
    Json,
    Csv,
}

/// JSON or CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
}

impl ReportQuery {
    /// The filter, every value checked; all problems at once. `course` is the course asked
    /// for, by id or slug.
    pub fn filter(&self, state: &AppState, course: Option<&str>) -> Result<Filter, ApiError> {
        let mut errors = Vec::new();
        let mut filter = Filter::default();
        let mut unknown_course = None;
        if let Some(course) = course {
            match state
                .content()
                .courses()
                .find(|c| c.course().id == course || c.course().slug == course)
            {
                Some(loaded) => filter.course = Some(loaded.course().id.clone()),
                None => unknown_course = Some(course.to_owned()),
            }
        }
        if let Some(raw) = &self.institution {
            match raw.parse::<InstitutionId>() {
                Ok(id) => filter.institution = Some(id),
                Err(_) => errors.push(FieldError::new("institution", "field-query-value-invalid")),
            }
        }
        if let Some(raw) = &self.country {
            match CountryCode::parse(raw) {
                Ok(code) if raw.len() == 2 => filter.country = Some(code),
                _ => errors.push(FieldError::new("country", "field-country-invalid")),
            }
        }
        filter.locale = self.locale.map(Locale::from);
        match self.gender {
            None => {}
            Some(ReportGender::Unspecified) => filter.unspecified_gender = true,
            Some(ReportGender::Female) => filter.gender = Some(Gender::Female),
            Some(ReportGender::Male) => filter.gender = Some(Gender::Male),
            Some(ReportGender::Other) => filter.gender = Some(Gender::Other),
            Some(ReportGender::PreferNotToSay) => filter.gender = Some(Gender::PreferNotToSay),
        }
        filter.from = date(self.from.as_deref(), "from", &mut errors);
        filter.to = date(self.to.as_deref(), "to", &mut errors);
        // A malformed query is the first thing to tell; a well-formed one may still name a
        // course that is not (or no longer) published: there is no report of it (404).
        match (errors.is_empty(), unknown_course) {
            (false, _) => Err(ApiError::InvalidQuery(errors)),
            (true, Some(course)) => Err(ApiError::CourseNotFound(course)),
            (true, None) => Ok(filter),
        }
    }

    /// `?format=` first, then `Accept: text/csv`; JSON otherwise.
    pub fn format(&self, req: &HttpRequest) -> Format {
        requested_format(self.format, req)
    }
}

/// The format asked for by `?format=` (`asked`), else by `Accept: text/csv`; JSON otherwise.
pub fn requested_format(asked: Option<ReportFormat>, req: &HttpRequest) -> Format {
    match asked {
        Some(ReportFormat::Json) => Format::Json,
        Some(ReportFormat::Csv) => Format::Csv,
        None => {
            let accept = req
                .headers()
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            if accept.contains("text/csv") {
                Format::Csv
            } else {
                Format::Json
            }
        }
    }
}

/// A day as `YYYY-MM-DD`, or a field error.
fn date(raw: Option<&str>, field: &'static str, errors: &mut Vec<FieldError>) -> Option<NaiveDate> {
    let day = kampus_usecases::reports::filter::day(raw?);
    if day.is_none() {
        errors.push(FieldError::new(field, "field-date-invalid"));
    }
    day
}

/// `course,institution` → the dimensions named, in order, each once (a repeat is ignored);
/// anything else is a `400 invalid-query` on `group_by` with `message_id` (which lists the
/// dimensions that report allows). Names are separated by commas alone, as the operation's
/// pattern states.
pub fn parse_group_by<D: PartialEq>(
    raw: &str,
    parse: impl Fn(&str) -> Option<D>,
    message_id: &'static str,
) -> Result<Vec<D>, ApiError> {
    let mut dims = Vec::new();
    for name in raw.split(',') {
        match parse(name) {
            Some(d) => {
                if !dims.contains(&d) {
                    dims.push(d);
                }
            }
            None => {
                return Err(ApiError::InvalidQuery(vec![FieldError::new(
                    "group_by", message_id,
                )]));
            }
        }
    }
    Ok(dims)
}

/// What the caller may see.
pub fn scope_of(staff: &StaffUser) -> Scope {
    (&staff.scope).into()
}
