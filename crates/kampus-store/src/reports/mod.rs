//! Reports for trainers and funders, computed by the database.
//!
//! Every report takes a [`Scope`]: all institutions (admins) or a list of them (a trainer's
//! assignments). The scope is applied here, in the query, so no route can forget it. Only
//! learners are counted (staff who enroll to look at a course are not participants).
//!
//! The queries are built as SQL text because what they group by is chosen per request. Every
//! value put into them has been parsed into a closed form first (ids, country codes, locale
//! tags, genders, dates, course ids of published courses) and is quoted besides.

pub mod aggregates;
pub mod assessments;
pub mod completion;
pub mod headline;
pub mod knowledge_gain;
pub mod progress;
pub mod satisfaction;
mod source;
mod sql;

use chrono::NaiveDate;
use kampus_content::Locale;

use crate::InstitutionId;
use crate::connection::DbConnection;
use crate::demographics::{CountryCode, Gender};

/// Groups with fewer learners than this are marked: too small to mean anything, and a
/// trainer could recognize the people in them.
pub const SMALL_GROUP: i64 = 5;

/// Whose learners a report covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every institution's, and learners without one (admins).
    All,
    /// Only learners of these institutions (a trainer's; possibly none).
    Institutions(Vec<InstitutionId>),
}

/// Which learners and enrollments a report counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub course: Option<String>,
    pub institution: Option<InstitutionId>,
    pub country: Option<CountryCode>,
    pub locale: Option<Locale>,
    /// `None` here means any; learners who gave no gender are `Filter::unspecified_gender`.
    pub gender: Option<Gender>,
    /// Only learners who gave no gender.
    pub unspecified_gender: bool,
    /// First day included (enrollment date for the completion report, completion date for
    /// the headline figures).
    pub from: Option<NaiveDate>,
    /// Last day included.
    pub to: Option<NaiveDate>,
}

/// What a report may group by. Each report says which it offers (`DIMENSIONS` in its
/// module); the CSV header of a dimension is the Fluent message `report-column-<name>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    Course,
    Locale,
    Institution,
    Country,
    Gender,
    Month,
}

impl Dimension {
    pub const ALL: [Dimension; 6] = [
        Dimension::Course,
        Dimension::Locale,
        Dimension::Institution,
        Dimension::Country,
        Dimension::Gender,
        Dimension::Month,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Dimension::Course => "course",
            Dimension::Locale => "locale",
            Dimension::Institution => "institution",
            Dimension::Country => "country",
            Dimension::Gender => "gender",
            Dimension::Month => "month",
        }
    }

    /// The dimension named `name`, if it is one of `offered`.
    pub fn parse_among(name: &str, offered: &[Dimension]) -> Option<Self> {
        offered.iter().copied().find(|d| d.name() == name)
    }

    /// Its value in a row of `report_enrollments r` (one row per enrollment).
    pub(crate) fn row_expression(self, conn: &DbConnection) -> String {
        match self {
            Dimension::Course => "r.course_id".to_owned(),
            Dimension::Locale => "r.locale".to_owned(),
            Dimension::Institution => "r.institution_id".to_owned(),
            Dimension::Country => "r.country_code".to_owned(),
            Dimension::Gender => "r.gender".to_owned(),
            Dimension::Month => sql::month_of(conn, "r.enrolled_at"),
        }
    }
}

/// A course's final assessment, for pass rates, and its pre-test, for knowledge gain: the
/// reports cannot know from the database which assessment is which.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinalAssessment {
    pub course_id: String,
    /// The final's id.
    pub assessment_id: String,
    /// The pre-test's id, when the course has one.
    pub pre_test_id: Option<String>,
}

impl FinalAssessment {
    /// Each course's final assessment and pre-test, for the courses that have a final.
    pub fn of_courses<'a>(
        courses: impl IntoIterator<Item = &'a kampus_content::LoadedCourse>,
    ) -> Vec<FinalAssessment> {
        use kampus_content::model::AssessmentKind;
        courses
            .into_iter()
            .filter_map(|loaded| {
                let course = loaded.course();
                let first_of = |kind| course.first_assessment(kind).map(|a| a.id.clone());
                Some(FinalAssessment {
                    course_id: course.id.clone(),
                    assessment_id: first_of(AssessmentKind::Final)?,
                    pre_test_id: first_of(AssessmentKind::PreTest),
                })
            })
            .collect()
    }
}
