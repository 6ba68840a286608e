//! The dashboard's filters, from the query string, so every view can be bookmarked and
//! shared. A value that is not valid is left out and said so beside its field (the page still
//! shows the figures without it); a course that is not published is such a value too.

use kampus_content::Locale;
use kampus_store::InstitutionId;
use kampus_store::institutions::CountryCode;
use kampus_store::reports::{Dimension, Filter};
use kampus_usecases::publishing::live::Content;
use kampus_usecases::reports::filter::{day, set_gender};
use serde::{Deserialize, Serialize};

use crate::tr::{FieldMessages, Tr};

/// The query string of a staff page: the filters, and how the figures are grouped.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
pub struct StaffQuery {
    #[serde(default, skip_serializing_if = "blank")]
    pub course: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    pub institution: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    pub country: Option<String>,
    /// The learners' language (`lang` is the page's own).
    #[serde(default, skip_serializing_if = "blank")]
    pub locale: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    pub gender: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    pub to: Option<String>,
    /// What the completion figures are grouped by (a dimension's name; course by default).
    #[serde(default, skip_serializing_if = "blank")]
    pub by: Option<String>,
}

// A `skip_serializing_if` predicate takes a reference to the field.
#[allow(clippy::ref_option)]
fn blank(value: &Option<String>) -> bool {
    value.as_deref().is_none_or(|v| v.trim().is_empty())
}

/// The filters as read, with a message for each value left out.
#[derive(Debug, Clone)]
pub struct ReadFilters {
    pub filter: Filter,
    /// The completion figures' grouping.
    pub by: Dimension,
    pub errors: FieldMessages,
    /// The query string of the filters that were applied (for CSV links, paging and sorting).
    pub query: String,
}

/// What the completion figures may be grouped by on the dashboard.
pub const GROUPINGS: [Dimension; 6] = Dimension::ALL;

impl StaffQuery {
    /// The filters of this query; `tr` words the messages of values left out.
    pub fn read(&self, content: &Content, tr: &Tr) -> ReadFilters {
        let mut filter = Filter::default();
        let mut errors = FieldMessages::default();
        let mut applied = StaffQuery::default();
        let mut invalid =
            |field: &str| errors.add(field, tr.t("staff-filter-invalid").into_owned());
        if let Some(raw) = given(self.course.as_ref()) {
            match content
                .courses()
                .find(|c| c.course().id == raw || c.course().slug == raw)
            {
                Some(course) => {
                    filter.course = Some(course.course().id.clone());
                    applied.course = Some(course.course().slug.clone());
                }
                None => invalid("f-course"),
            }
        }
        if let Some(raw) = given(self.institution.as_ref()) {
            match raw.parse::<InstitutionId>() {
                Ok(id) => {
                    filter.institution = Some(id);
                    applied.institution = Some(raw.to_owned());
                }
                Err(_) => invalid("f-institution"),
            }
        }
        if let Some(raw) = given(self.country.as_ref()) {
            match CountryCode::parse(raw) {
                Ok(code) if raw.len() == 2 => {
                    applied.country = Some(code.as_str().to_owned());
                    filter.country = Some(code);
                }
                _ => invalid("f-country"),
            }
        }
        if let Some(raw) = given(self.locale.as_ref()) {
            match raw.parse::<Locale>() {
                Ok(locale) => {
                    filter.locale = Some(locale);
                    applied.locale = Some(locale.tag().to_owned());
                }
                Err(_) => invalid("f-locale"),
            }
        }
        if let Some(raw) = given(self.gender.as_ref()) {
            if set_gender(&mut filter, raw) {
                applied.gender = Some(raw.to_owned());
            } else {
                invalid("f-gender");
            }
        }
        for (raw, field, slot, kept) in [
            (&self.from, "f-from", &mut filter.from, &mut applied.from),
            (&self.to, "f-to", &mut filter.to, &mut applied.to),
        ] {
            if let Some(raw) = given(raw.as_ref()) {
                match day(raw) {
                    Some(d) => {
                        *slot = Some(d);
                        *kept = Some(raw.to_owned());
                    }
                    None => invalid(field),
                }
            }
        }
        let mut by = Dimension::Course;
        if let Some(raw) = given(self.by.as_ref()) {
            if let Some(d) = Dimension::parse_among(raw, &GROUPINGS) {
                by = d;
                applied.by = Some(raw.to_owned());
            } else {
                invalid("f-by");
            }
        }
        ReadFilters {
            filter,
            by,
            errors,
            query: serde_urlencoded::to_string(&applied).unwrap_or_default(),
        }
    }
}

fn given(value: Option<&String>) -> Option<&str> {
    value
        .map(String::as_str)
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

impl ReadFilters {
    /// The filters of a download, which refuses values that are not valid (400): a file sent
    /// on must never hold other figures than asked for.
    pub fn strict(self) -> Result<Self, crate::error::PageError> {
        if self.errors.is_empty() {
            Ok(self)
        } else {
            Err(crate::error::PageError::BadForm)
        }
    }

    /// `path` with the applied filters and `extra` pairs as its query string.
    pub fn link(&self, path: &str, extra: &[(&str, &str)]) -> String {
        let mut query = self.query.clone();
        for (name, value) in extra {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str(&serde_urlencoded::to_string([(name, value)]).unwrap_or_default());
        }
        if query.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{query}")
        }
    }
}
