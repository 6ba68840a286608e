//! The manifest, `course.toml`: the language-neutral structure of a course, as written.
//!
//! These types mirror the file one to one and are deliberately loose (optional fields, plain
//! integers) so that deserializing rarely fails and the validator can report every problem
//! with its position instead of serde's first one. The validator turns them into the strict
//! model in [`crate::model`]. The JSON Schema in `docs/content-manifest.schema.json` is
//! generated from these types, so their doc comments are what authors' editors show.

mod located;
mod question;
mod vocabulary;

use schemars::JsonSchema;
use serde::Deserialize;

pub use located::Located;
pub use question::{QuestionDecl, QuestionType};
pub use vocabulary::{AccreditationLevel, AssessmentKind, ReviewPolicy, SurveyItemType};

/// The version of the format this crate reads.
pub const FORMAT_VERSION: u32 = 1;

/// A Kampus course manifest (`course.toml`). All texts live in `locales/<tag>/`, addressed by
/// the ids declared here.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Kampus course manifest")]
pub struct Manifest {
    /// Format version; must be 1.
    pub format: Located<u32>,
    /// Stable id of the course; never changes between versions (progress is keyed by it).
    pub id: Located<String>,
    /// URL segment of the course, e.g. `border-management-basics`.
    pub slug: Located<String>,
    /// Locales the course is offered in, as BCP 47 tags. English is the source language and is
    /// always included. Defaults to every locale Kampus serves.
    #[serde(default)]
    pub locales: Vec<Located<String>>,
    /// Who may enroll. Without this table the course is open to every signed-in learner.
    pub audience: Option<Located<AudienceDecl>>,
    /// Accreditation facts, printed on certificates and in the catalogue.
    pub accreditation: AccreditationDecl,
    /// Learning outcomes; questions refer to them by id.
    #[serde(default)]
    pub outcomes: Vec<IdDecl>,
    /// Modules, in the order learners see them.
    #[serde(default)]
    pub modules: Vec<IdDecl>,
    /// Lessons, in order; each names its module. A module's lessons are in file order.
    #[serde(default)]
    pub lessons: Vec<LessonDecl>,
    /// Module quizzes, the pre-test and the final assessment, with their questions.
    #[serde(default)]
    pub assessments: Vec<AssessmentDecl>,
    /// Items of the end-of-course evaluation survey, in order.
    #[serde(default)]
    pub survey: Vec<SurveyItemDecl>,
    /// What a learner must do to complete the course (and earn the certificate).
    pub completion: CompletionDecl,
}

/// Who may enroll in a course: a learner whose institution is in one of `countries`, or is
/// one of `institutions`. Admins and trainers may always enroll (to preview a course), and a
/// learner keeps an enrollment made before the audience changed.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AudienceDecl {
    /// Countries of the learner's institution: ISO 3166-1 alpha-2 codes in upper case
    /// (`BA`, `RS`, `ME`, `MK`, `AL`, `XK`, `HR`).
    #[schemars(extend("minItems" = 1, "items" = { "type": "string", "pattern": "^[A-Z]{2}$" }))]
    pub countries: Option<Located<Vec<Located<String>>>>,
    /// Institutions by id, as `GET /api/v1/admin/institutions` lists them (a UUID such as
    /// `0193a3c2-5e4f-7d2a-b1c0-3e5f7a9b1c2d`).
    #[schemars(extend("minItems" = 1, "items" = { "type": "string", "format": "uuid" }))]
    pub institutions: Option<Located<Vec<Located<String>>>>,
}

/// Accreditation facts of a course.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccreditationDecl {
    /// Notional learning hours (greater than 0).
    pub hours: Located<f64>,
    /// ECTS credits, if the course is credit-bearing (0 to 60).
    pub ects: Option<Located<f64>>,
    /// Level of the course.
    pub level: AccreditationLevel,
    /// European Qualifications Framework level (1 to 8), if assigned.
    pub eqf_level: Option<Located<i64>>,
}

/// Something that has only an id in the manifest (outcomes, modules); its texts are in the
/// locale files.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IdDecl {
    /// Stable id: lowercase ASCII letters, digits and single hyphens, starting with a letter.
    pub id: Located<String>,
}

/// A lesson: a Markdown body per locale in `locales/<tag>/lessons/<id>.md`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LessonDecl {
    /// Stable id of the lesson.
    pub id: Located<String>,
    /// Id of the module the lesson belongs to.
    pub module: Located<String>,
}

/// An assessment: a module quiz, the course pre-test or the final assessment.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentDecl {
    /// Stable id of the assessment.
    pub id: Located<String>,
    /// Which kind of assessment this is.
    pub kind: Located<AssessmentKind>,
    /// For a module quiz: the module it closes.
    pub module: Option<Located<String>>,
    /// Percentage of the points needed to pass (0 to 100).
    pub pass_mark: Located<f64>,
    /// How many attempts a learner has (1 or more); unlimited when absent.
    pub attempts: Option<Located<i64>>,
    /// Time limit of one attempt in minutes (1 or more); none when absent.
    pub time_limit_minutes: Option<Located<i64>>,
    /// Present questions in a random order per attempt.
    #[serde(default)]
    pub shuffle_questions: bool,
    /// Present choices (and matching responses) in a random order per attempt.
    #[serde(default)]
    pub shuffle_choices: bool,
    /// What a learner sees after submitting an attempt.
    #[serde(default)]
    pub review: ReviewPolicy,
    /// Question pools: each attempt draws `draw` of the pool's questions.
    #[serde(default)]
    pub pools: Vec<PoolDecl>,
    /// The questions, in order (before any shuffling).
    #[serde(default)]
    pub questions: Vec<QuestionDecl>,
}

/// A pool of questions from which each attempt draws some.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PoolDecl {
    /// Id of the pool; questions join it with `pool = "<id>"`.
    pub id: Located<String>,
    /// How many of the pool's questions each attempt draws (1 to the pool's size).
    pub draw: Located<i64>,
}

/// An item of the evaluation survey.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SurveyItemDecl {
    /// Stable id of the item.
    pub id: Located<String>,
    /// Likert statement or free-text question.
    #[serde(rename = "type")]
    pub item_type: SurveyItemType,
    /// Number of points on a Likert scale (3 to 7, default 5).
    pub scale: Option<Located<i64>>,
    /// Whether the learner must answer it.
    #[serde(default)]
    pub required: bool,
}

/// The completion rule.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CompletionDecl {
    /// Every lesson must be marked complete (default true).
    #[serde(default = "yes")]
    pub all_lessons: bool,
    /// Ids of the assessments the learner must pass.
    #[serde(default)]
    pub pass: Vec<Located<String>>,
    /// The evaluation survey must be submitted (default false).
    #[serde(default)]
    pub survey: bool,
}

fn yes() -> bool {
    true
}
