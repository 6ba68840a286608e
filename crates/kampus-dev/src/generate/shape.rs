//! What the generator needs to know about a course: its structure with the answer keys, and
//! the texts a certificate prints, in every locale.

use kampus_content::model::{AssessmentKind, Course};
use kampus_content::{LoadedCourse, Locale};

/// A course as the generator sees it. Build it with [`CourseShape::from_loaded`] from a
/// published course; tests may use [`CourseShape::from_course`].
#[derive(Debug, Clone)]
pub struct CourseShape {
    /// Structure, assessments with answer keys, survey and completion rule.
    pub course: Course,
    /// The course title and outcome texts for each locale, indexed by [`Locale::index`]: what
    /// a certificate of a learner in that locale prints.
    pub texts: Vec<CourseTexts>,
}

/// Texts of a course in one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseTexts {
    pub title: String,
    pub outcomes: Vec<String>,
}

impl CourseShape {
    /// The shape of a loaded course, with its texts resolved as the API resolves them
    /// (fallback chain, transliteration).
    pub fn from_loaded(loaded: &LoadedCourse) -> Self {
        let course = loaded.course().clone();
        let text = |locale: Locale, key: &str| {
            loaded
                .text(locale, key, None)
                .map_or_else(|| key.to_owned(), |t| t.value.into_owned())
        };
        let texts = Locale::ALL
            .iter()
            .map(|&locale| CourseTexts {
                title: text(locale, "course"),
                outcomes: course.outcomes.iter().map(|o| text(locale, o)).collect(),
            })
            .collect();
        CourseShape { course, texts }
    }

    /// A shape without texts: ids stand in for them, as the API prints a missing text.
    pub fn from_course(course: Course) -> Self {
        let texts = Locale::ALL
            .iter()
            .map(|_| CourseTexts {
                title: course.id.clone(),
                outcomes: course.outcomes.clone(),
            })
            .collect();
        CourseShape { course, texts }
    }

    pub fn id(&self) -> &str {
        &self.course.id
    }

    pub(crate) fn texts(&self, locale: Locale) -> Option<&CourseTexts> {
        self.texts.get(locale.index())
    }

    pub(crate) fn lesson_count(&self) -> usize {
        self.course.lesson_ids().count()
    }

    /// The final assessment's id, if the course has one.
    pub(crate) fn final_id(&self) -> Option<&str> {
        self.assessment_of(AssessmentKind::Final)
    }

    /// The pre-test's id, if the course has one.
    pub(crate) fn pre_test_id(&self) -> Option<&str> {
        self.assessment_of(AssessmentKind::PreTest)
    }

    fn assessment_of(&self, kind: AssessmentKind) -> Option<&str> {
        self.course
            .assessments
            .iter()
            .find(|a| a.kind == kind)
            .map(|a| a.id.as_str())
    }

    /// The question made markedly harder for learners of one locale (a translation problem
    /// for a report to find): the second question of the final assessment in authored order,
    /// else its first, else none.
    pub fn hard_question(&self) -> Option<&str> {
        let final_test = self
            .course
            .assessments
            .iter()
            .find(|a| a.kind == AssessmentKind::Final)?;
        final_test
            .questions
            .get(1)
            .or_else(|| final_test.questions.first())
            .map(|q| q.id.as_str())
    }
}
