//! Which texts a course has: the text keys derived from the manifest's ids.
//!
//! Every id has a message of the same name (its title, prompt or statement); parts of a
//! question are `<question>_<part>`; secondary texts are attributes (`m1.summary`,
//! `q1.feedback`); a lesson body is the file `lessons/<id>.md`. Required texts must exist in
//! English; optional ones count towards coverage only where English has them.

use crate::grading::Response;
use crate::model::{Course, QuestionKind, SurveyItemType};

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

/// The text of a part of a question (a choice, premise, response or item).
pub fn part_key(question: &str, part: &str) -> String {
    format!("{question}_{part}")
}

/// The feedback on a whole question, shown after submission when the review allows.
pub fn feedback_key(question_or_part: &str) -> String {
    format!("{question_or_part}.feedback")
}

/// The feedback of a true/false question for the answer given.
pub fn verdict_key(question: &str, answered_true: bool) -> String {
    format!(
        "{question}.{}",
        if answered_true { "if-true" } else { "if-false" }
    )
}

/// The feedback texts that go with `response` to `question`, in the order shown: the
/// question's own, then that of each choice picked (single choice, multiple response) or
/// of the statement's verdict (true/false). A course may lack any of them.
pub fn feedback_keys(question: &str, response: Option<&Response>) -> Vec<String> {
    let mut keys = vec![feedback_key(question)];
    match response {
        Some(Response::Choice(choice)) => keys.push(feedback_key(&part_key(question, choice))),
        Some(Response::Choices(choices)) => {
            keys.extend(choices.iter().map(|c| feedback_key(&part_key(question, c))));
        }
        Some(Response::Bool(answer)) => keys.push(verdict_key(question, *answer)),
        _ => {}
    }
    keys
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
            match &question.kind {
                QuestionKind::TrueFalse { .. } => {
                    add(q, verdict_key(q, true), false);
                    add(q, verdict_key(q, false), false);
                }
                QuestionKind::Numeric { .. } => add(q, format!("{q}.unit"), false),
                _ => {}
            }
            let with_feedback = matches!(
                question.kind,
                QuestionKind::SingleChoice { .. } | QuestionKind::MultipleResponse { .. }
            );
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
