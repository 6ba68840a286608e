//! Who may enroll in a course: the course's audience (`[audience]` in `course.toml`) against
//! the person asking.

use kampus_content::model::Audience;
use kampus_store::InstitutionId;
use kampus_store::institutions::CountryCode;
use kampus_store::users::Role;

/// The person who wants to enroll, with their institution and its country if they have one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Applicant {
    pub role: Role,
    pub institution: Option<(InstitutionId, CountryCode)>,
}

/// Whether `applicant` may start an enrollment in a course with this audience (`None`: an
/// open course): always for an open course, and
/// for admins and trainers (to preview a course and follow it with their learners); for a
/// learner in a restricted course, when their institution or its country is in the audience.
/// A learner without an institution is in no audience.
///
/// This is asked only when an enrollment is created: someone enrolled before the audience
/// changed keeps their enrollment, and may resume it after withdrawing.
pub fn may_enroll(audience: Option<&Audience>, applicant: &Applicant) -> bool {
    let Some(audience) = audience else {
        return true;
    };
    match applicant.role {
        Role::Admin | Role::Trainer => true,
        Role::Learner => applicant
            .institution
            .is_some_and(|(id, country)| audience.admits(&id.to_string(), country.as_str())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course(name: &str) -> kampus_content::LoadedCourse {
        let dir = format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        kampus_content::load_path(std::path::Path::new(&dir))
            .course
            .expect("fixture course")
    }

    fn learner(id: &str, country: &str) -> Applicant {
        Applicant {
            role: Role::Learner,
            institution: Some((
                id.parse().expect("uuid"),
                CountryCode::parse(country).expect("country"),
            )),
        }
    }

    const LISTED: &str = "0193a3c2-5e4f-7d2a-b1c0-3e5f7a9b1c2d";
    const OTHER: &str = "0193a3c2-5e4f-7d2a-b1c0-3e5f7a9b1c2e";

    #[test]
    fn a_restricted_course_admits_its_countries_and_institutions() {
        let loaded = course("restricted-course");
        let restricted = loaded.course().audience.as_ref();
        assert!(may_enroll(restricted, &learner(OTHER, "BA")));
        assert!(may_enroll(restricted, &learner(OTHER, "ME")));
        assert!(may_enroll(restricted, &learner(LISTED, "RS")));
        assert!(!may_enroll(restricted, &learner(OTHER, "RS")));
        let without = Applicant {
            role: Role::Learner,
            institution: None,
        };
        assert!(!may_enroll(restricted, &without));
        for role in [Role::Admin, Role::Trainer] {
            assert!(may_enroll(restricted, &Applicant { role, ..without }));
        }
    }

    #[test]
    fn an_open_course_admits_everyone() {
        let loaded = course("example-course");
        let without = Applicant {
            role: Role::Learner,
            institution: None,
        };
        let open = loaded.course().audience.as_ref();
        assert!(may_enroll(open, &without));
        assert!(may_enroll(open, &learner(OTHER, "SE")));
    }
}
