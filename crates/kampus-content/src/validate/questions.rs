//! Validation of one question: what every question has (points, outcomes, pool), and only
//! the fields its type reads. The type's own rules (its answer key must be complete and
//! consistent with its parts) are in its module of [`crate::questions`].

use std::collections::HashSet;

use super::Checker;
use crate::manifest::QuestionDecl;
use crate::model::{Question, QuestionKind};
use crate::problem::ProblemCode;

/// Validates a question; `None` when it cannot be graded as written (problems reported).
pub(super) fn question(
    check: &mut Checker<'_>,
    decl: &QuestionDecl,
    outcome_ids: &HashSet<&str>,
    pool_ids: &HashSet<&str>,
) -> Option<Question> {
    let mut ok = check.declare(&decl.id, "question");
    let points = match &decl.points {
        None => 1,
        Some(p) => {
            let valid = u32::try_from(p.value)
                .ok()
                .filter(|p| (1..=1000).contains(p));
            if valid.is_none() {
                let message = "`points` must be between 1 and 1000".to_owned();
                check.report(ProblemCode::InvalidSetting, p.start(), message);
                ok = false;
            }
            valid.unwrap_or(1)
        }
    };
    for outcome in &decl.outcomes {
        ok &= check.reference(outcome, "learning outcome", |id| outcome_ids.contains(id));
    }
    if let Some(pool) = &decl.pool {
        ok &= check.reference(pool, "pool of this assessment", |id| pool_ids.contains(id));
    }
    warn_inapplicable(check, decl);
    let kind = QuestionKind::declare(decl, check);
    let kind = kind.filter(|_| ok)?;
    Some(Question {
        id: decl.id.value.clone(),
        points,
        outcomes: decl.outcomes.iter().map(|o| o.value.clone()).collect(),
        pool: decl.pool.as_ref().map(|p| p.value.clone()),
        kind,
    })
}

/// Warns about fields that the question's type does not read.
fn warn_inapplicable(check: &mut Checker<'_>, decl: &QuestionDecl) {
    let used = QuestionKind::fields(decl.question_type.value);
    for (name, offset) in decl.type_fields_set() {
        if !used.contains(&name) {
            check.report(
                ProblemCode::InapplicableField,
                offset,
                format!("`{name}` is not used by a question of this type; it is ignored"),
            );
        }
    }
}
