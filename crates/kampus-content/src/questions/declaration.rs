//! What the question types share when they read their declaration: where to report a
//! problem, and the rules of part lists and answer ids that several types follow.

use std::collections::HashSet;

use super::part_key;
use crate::manifest::{Located, QuestionDecl};
use crate::problem::ProblemCode;

/// Where a question type reports the problems of its declaration (the manifest validator,
/// which knows the file and turns byte offsets into lines).
pub(crate) trait Check {
    /// Reports a problem at byte `at` of the manifest.
    fn report(&mut self, code: ProblemCode, at: usize, message: String);
    /// Whether `id` is spelled as an id must be (reports it when not); `what` names it.
    fn valid_id(&mut self, id: &Located<String>, what: &str) -> bool;
    /// Records where the text key `key` was asked for.
    fn anchor(&mut self, key: String, at: usize);
}

/// Reports that the question has no answer key; `what` says what to add.
pub(super) fn missing<T>(check: &mut dyn Check, decl: &QuestionDecl, what: &str) -> Option<T> {
    check.report(
        ProblemCode::MissingCorrectAnswer,
        decl.id.start(),
        format!("question `{}` has no answer key: add {what}", decl.id.value),
    );
    None
}

/// Whether the question gives partial credit (the default where a type can).
pub(super) fn partial_credit(decl: &QuestionDecl) -> bool {
    decl.partial_credit.as_ref().is_none_or(|p| p.value)
}

/// The part ids of a question (choices, items, responses): valid, unique, at least `min`.
/// Each becomes a text key `<question>_<part>` anchored where it is written.
pub(super) fn parts(
    check: &mut dyn Check,
    decl: &QuestionDecl,
    list: Option<&[Located<String>]>,
    name: &str,
    min: usize,
) -> Option<Vec<String>> {
    let list = list.unwrap_or_default();
    let mut ok = true;
    let mut seen = HashSet::new();
    for part in list {
        if !check.valid_id(part, name.trim_end_matches('s')) {
            ok = false;
        } else if !seen.insert(part.value.as_str()) {
            check.report(
                ProblemCode::DuplicateId,
                part.start(),
                format!("`{}` appears twice in `{name}`", part.value),
            );
            ok = false;
        } else {
            check.anchor(part_key(&decl.id.value, &part.value), part.start());
        }
    }
    if list.len() < min {
        check.report(
            ProblemCode::InvalidSetting,
            decl.question_type.start(),
            format!("question `{}` needs at least {min} `{name}`", decl.id.value),
        );
        ok = false;
    }
    ok.then(|| list.iter().map(|p| p.value.clone()).collect())
}

/// The `correct` ids of a choice question: present, unique and among the choices.
pub(super) fn answer_ids(
    check: &mut dyn Check,
    decl: &QuestionDecl,
    choices: &[String],
) -> Option<Vec<String>> {
    let correct = decl.correct.as_deref().unwrap_or_default();
    if correct.is_empty() {
        return missing(check, decl, "`correct` with the id of the correct choice");
    }
    let mut ok = true;
    let mut seen = HashSet::new();
    for id in correct {
        if !choices.contains(&id.value) {
            check.report(
                ProblemCode::ChoiceMismatch,
                id.start(),
                format!(
                    "`{}` is not one of the choices of `{}` ({})",
                    id.value,
                    decl.id.value,
                    choices.join(", ")
                ),
            );
            ok = false;
        } else if !seen.insert(id.value.as_str()) {
            check.report(
                ProblemCode::DuplicateId,
                id.start(),
                format!("`{}` appears twice in `correct`", id.value),
            );
            ok = false;
        }
    }
    ok.then(|| correct.iter().map(|c| c.value.clone()).collect())
}
