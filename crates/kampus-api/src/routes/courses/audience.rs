//! Who may enroll in a course, as enrollment, the catalog and the outline see it.
//!
//! The rule itself is `kampus_progress::may_enroll`, applied by
//! `kampus_usecases::learning::enrollment`; this module shapes what clients are shown. Restricted
//! courses are listed like any other, with their audience and whether the caller may enroll:
//! a learner sees that a course exists and who it is for, instead of wondering why a course a
//! colleague mentions is missing.

use kampus_content::model::Audience;
use serde::Serialize;
use utoipa::ToSchema;

/// The audience of a restricted course, shown to everyone (signed in or not).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CourseAudience {
    /// Countries (ISO 3166-1 alpha-2) whose institutions' staff may enroll.
    pub countries: Vec<String>,
    /// Whether some institutions are admitted by name as well. Which ones is not shown: their
    /// ids mean nothing outside the admin API.
    pub selected_institutions: bool,
}

impl CourseAudience {
    /// The audience to show, `None` for an open course.
    pub fn of(audience: Option<&Audience>) -> Option<Self> {
        audience.map(|a| Self {
            countries: a.countries.clone(),
            selected_institutions: !a.institutions.is_empty(),
        })
    }
}
