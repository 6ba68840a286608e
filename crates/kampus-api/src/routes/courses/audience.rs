//! Who may enroll in a course, as enrollment, the catalog and the outline see it.
//!
//! The rule itself is `kampus_progress::may_enroll`; this module gathers what it needs about
//! the caller (their institution's country) and shapes what clients are shown. Restricted
//! courses are listed like any other, with their audience and whether the caller may enroll:
//! a learner sees that a course exists and who it is for, instead of wondering why a course a
//! colleague mentions is missing.

use kampus_content::model::Audience;
use kampus_progress::{Applicant, may_enroll};
use kampus_store::enrollments::{self, Enrollment};
use kampus_store::institutions;
use kampus_store::users::{Role, User};
use kampus_store::{DbConnection, StoreError};
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

/// The user as an applicant for an enrollment. Reads their institution's country only when
/// it can matter: for a `restricted` course (or a list with one) and a learner with an
/// institution (staff may always enroll, and a learner without one is in no audience).
pub fn applicant(
    conn: &mut DbConnection,
    user: &User,
    restricted: bool,
) -> Result<Applicant, StoreError> {
    let institution = match (restricted, user.role, user.institution_id) {
        (true, Role::Learner, Some(id)) => {
            let country = institutions::find(conn, id)?.country_code;
            Some((id, country))
        }
        _ => None,
    };
    Ok(Applicant {
        role: user.role,
        institution,
    })
}

/// Whether the caller may enroll: `PUT …/enrollment` would succeed. Someone who enrolled
/// before (even if withdrawn since) always may: the audience is checked only when an
/// enrollment is created, so a later change of the audience takes nobody's place away.
pub fn enrollable(
    audience: Option<&Audience>,
    applicant: &Applicant,
    enrolled_before: bool,
) -> bool {
    enrolled_before || may_enroll(audience, applicant)
}

/// Enrolls `user` (or resumes their enrollment), unless the course's audience excludes them:
/// then `None`, with nothing written. Run it in a write transaction, so that the check and
/// the enrollment see the same data.
pub fn enroll_if_admitted(
    conn: &mut DbConnection,
    user: &User,
    course_id: &str,
    audience: Option<&Audience>,
    now: chrono::NaiveDateTime,
) -> Result<Option<Enrollment>, StoreError> {
    // Only a first enrollment is checked; resuming one (after a withdrawal) never is.
    let first = audience.is_some() && enrollments::find(conn, user.id, course_id)?.is_none();
    if first && !may_enroll(audience, &applicant(conn, user, true)?) {
        return Ok(None);
    }
    enrollments::enroll(conn, user.id, course_id, now).map(Some)
}
