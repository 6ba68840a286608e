//! Which texts a course has: the text keys derived from the manifest's ids.
//!
//! Every id has a message of the same name (its title, prompt or statement); parts of a
//! question are `<question>_<part>`; secondary texts are attributes (`m1.summary`,
//! `q1.feedback`); a lesson body is the file `lessons/<id>.md`. Required texts must exist in
//! English; optional ones count towards coverage only where English has them.

use crate::model::{Course, SurveyItemType};
pub use crate::questions::{feedback_key, part_key, verdict_key};

/// One text a course may have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextKey {
    /// `id`, `id.attribute` or `lessons/<id>.md`.
    pub key: String,
    pub required: bool,
    /// The id whose declaration in `course.toml` asks for this text.
    pub anchor: String,
}

/// The key of a lesson body.
pub fn lesson_key(lesson_id: &str) -> String {
    format!("lessons/{lesson_id}.md")
}

/// All texts of a course, in manifest order.
pub fn text_keys(course: &Course) -> Vec<TextKey> {
    let mut keys = Vec::new();
    let mut add = |anchor: &str, key: String, required: bool| {
        keys.push(TextKey {
            key,
            required,
            anchor: anchor.to_owned(),
        });
    };
    add("course", "course".into(), true);
    add("course", "course.summary".into(), true);
    for outcome in &course.outcomes {
        add(outcome, outcome.clone(), true);
    }
    for module in &course.modules {
        add(&module.id, module.id.clone(), true);
        add(&module.id, format!("{}.summary", module.id), false);
        for lesson in &module.lessons {
            add(lesson, lesson.clone(), true);
            add(lesson, lesson_key(lesson), true);
        }
    }
    for assessment in &course.assessments {
        add(&assessment.id, assessment.id.clone(), true);
        add(
            &assessment.id,
            format!("{}.instructions", assessment.id),
            false,
        );
        for question in &assessment.questions {
            let q = &question.id;
            add(q, q.clone(), true);
            add(q, feedback_key(q), false);
            for key in question.kind.optional_texts(q) {
                add(q, key, false);
            }
            let with_feedback = question.kind.parts_have_feedback();
            for part in question.kind.part_ids() {
                let key = part_key(q, part);
                add(&key, key.clone(), true);
                if with_feedback {
                    add(&key, feedback_key(&key), false);
                }
            }
        }
    }
    for item in &course.survey {
        add(&item.id, item.id.clone(), true);
        if item.item_type == SurveyItemType::Likert {
            add(&item.id, format!("{}.low", item.id), false);
            add(&item.id, format!("{}.high", item.id), false);
        }
    }
    keys
}
