//! The validated, language-neutral structure of a course.
//!
//! This is what the rest of Kampus works with: ids, order, accreditation facts, the completion
//! rule and every assessment with its answer keys. It holds no text (texts are per locale, see
//! [`crate::texts`]) and can only be built by the validator, so a [`Course`] always has unique
//! ids, resolvable references and answerable questions. It contains the answer keys: an API
//! must not send a [`Question`] to a learner before the attempt is submitted.

use serde::Serialize;

pub use crate::manifest::{AccreditationLevel, AssessmentKind, ReviewPolicy, SurveyItemType};
pub use crate::questions::{Question, QuestionKind};
pub use crate::textmatch::TextMatchOptions;

/// A validated course.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Course {
    pub id: String,
    pub slug: String,
    pub accreditation: Accreditation,
    /// Learning outcome ids, in order.
    pub outcomes: Vec<String>,
    pub modules: Vec<Module>,
    pub assessments: Vec<Assessment>,
    pub survey: Vec<SurveyItem>,
    pub completion: CompletionRule,
    /// Who may enroll; `None`: every signed-in learner.
    pub audience: Option<Audience>,
}

/// A restricted course's audience: learners of institutions in these countries, or of these
/// institutions. At least one of the lists is non-empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Audience {
    /// ISO 3166-1 alpha-2 codes, upper case, without repetition.
    pub countries: Vec<String>,
    /// Institution ids: UUIDs in lower-case hyphenated form (as the database stores them).
    pub institutions: Vec<String>,
}

impl Audience {
    /// Whether the staff of an institution (its id in lower-case hyphenated form, and its
    /// country code) belong to the audience.
    pub fn admits(&self, institution_id: &str, country: &str) -> bool {
        self.countries.iter().any(|c| c == country)
            || self.institutions.iter().any(|i| i == institution_id)
    }
}

/// Accreditation facts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Accreditation {
    pub hours: f64,
    pub ects: Option<f64>,
    pub level: AccreditationLevel,
    pub eqf_level: Option<u8>,
}

/// A module and its lessons, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Module {
    pub id: String,
    pub lessons: Vec<String>,
}

/// An assessment with its settings and questions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub id: String,
    pub kind: AssessmentKind,
    /// The module a module quiz closes.
    pub module: Option<String>,
    pub settings: QuizSettings,
    pub pools: Vec<Pool>,
    pub questions: Vec<Question>,
}

impl Assessment {
    /// How many questions each attempt shows: those outside pools and each pool's draw.
    pub fn questions_per_attempt(&self) -> usize {
        let loose = self.questions.iter().filter(|q| q.pool.is_none()).count();
        loose + self.pools.iter().map(|p| p.draw as usize).sum::<usize>()
    }
}

/// Settings of an assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuizSettings {
    /// Percentage of the points needed to pass, 0 to 100.
    pub pass_mark: f64,
    /// Attempts allowed; `None` is unlimited.
    pub attempts: Option<u32>,
    pub time_limit_minutes: Option<u32>,
    pub shuffle_questions: bool,
    pub shuffle_choices: bool,
    pub review: ReviewPolicy,
}

impl QuizSettings {
    /// Whether a score passes: `awarded / possible` reaches the pass mark.
    pub fn passes(&self, awarded: f64, possible: f64) -> bool {
        if possible <= 0.0 {
            return true;
        }
        // A small epsilon so 7 of 10 passes a pass mark of 70 despite float rounding.
        awarded / possible * 100.0 + 1e-9 >= self.pass_mark
    }
}

/// A pool: each attempt draws `draw` of the questions whose `pool` is this id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pool {
    pub id: String,
    pub draw: u32,
}

/// An item of the evaluation survey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SurveyItem {
    pub id: String,
    pub item_type: SurveyItemType,
    /// Points of the Likert scale (`None` for free text).
    pub scale: Option<u8>,
    pub required: bool,
}

/// What completes the course.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CompletionRule {
    pub all_lessons: bool,
    /// Assessments that must be passed.
    pub pass: Vec<String>,
    pub survey: bool,
}

impl Course {
    /// All lesson ids in reading order.
    pub fn lesson_ids(&self) -> impl Iterator<Item = &str> {
        self.modules
            .iter()
            .flat_map(|m| m.lessons.iter().map(String::as_str))
    }

    /// An assessment by id.
    pub fn assessment(&self, id: &str) -> Option<&Assessment> {
        self.assessments.iter().find(|a| a.id == id)
    }

    /// The first assessment of `kind` (a course's final, its pre-test).
    pub fn first_assessment(&self, kind: AssessmentKind) -> Option<&Assessment> {
        self.assessments.iter().find(|a| a.kind == kind)
    }
}
