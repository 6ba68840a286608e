//! Validation of one question: its answer key must be complete and consistent with its
//! choices, and it may only use the fields its type reads.

use std::collections::HashSet;

use super::Checker;
use crate::manifest::{Located, QuestionDecl, QuestionType};
use crate::model::{Question, QuestionKind, TextMatchOptions};
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
    let kind = kind(check, decl);
    let kind = kind.filter(|_| ok)?;
    Some(Question {
        id: decl.id.value.clone(),
        points,
        outcomes: decl.outcomes.iter().map(|o| o.value.clone()).collect(),
        pool: decl.pool.as_ref().map(|p| p.value.clone()),
        kind,
    })
}

fn kind(check: &mut Checker<'_>, decl: &QuestionDecl) -> Option<QuestionKind> {
    let partial_credit = decl.partial_credit.as_ref().is_none_or(|p| p.value);
    let at = decl.id.start();
    match decl.question_type.value {
        QuestionType::SingleChoice => {
            let choices = parts(check, decl, decl.choices.as_deref(), "choices", 2)?;
            let correct = answer_ids(check, decl, &choices)?;
            if correct.len() != 1 {
                check.report(
                    ProblemCode::InvalidSetting,
                    decl.correct.as_ref().and_then(|c| c.first()).map_or(at, Located::start),
                    "a single-choice question has exactly one correct choice; use `multiple-response` for more".to_owned(),
                );
                return None;
            }
            let correct = correct.into_iter().next()?;
            Some(QuestionKind::SingleChoice { choices, correct })
        }
        QuestionType::MultipleResponse => {
            let choices = parts(check, decl, decl.choices.as_deref(), "choices", 2)?;
            let correct = answer_ids(check, decl, &choices)?;
            Some(QuestionKind::MultipleResponse {
                choices,
                correct,
                partial_credit,
            })
        }
        QuestionType::TrueFalse => match &decl.answer {
            Some(answer) => Some(QuestionKind::TrueFalse {
                answer: answer.value,
            }),
            None => missing(
                check,
                at,
                &decl.id.value,
                "`answer = true` or `answer = false`",
            ),
        },
        QuestionType::Matching => matching(check, decl, partial_credit),
        QuestionType::Ordering => {
            if decl.items.is_none() {
                return missing(check, at, &decl.id.value, "`items` in the correct order");
            }
            let items = parts(check, decl, decl.items.as_deref(), "items", 2)?;
            Some(QuestionKind::Ordering {
                items,
                partial_credit,
            })
        }
        QuestionType::Numeric => numeric(check, decl),
        QuestionType::ShortText => short_text(check, decl),
    }
}

fn numeric(check: &mut Checker<'_>, decl: &QuestionDecl) -> Option<QuestionKind> {
    let Some(value) = &decl.value else {
        return missing(check, decl.id.start(), &decl.id.value, "`value`");
    };
    let tolerance = decl.tolerance.as_ref().map_or(0.0, |t| t.value);
    let mut ok = true;
    if !value.value.is_finite() {
        check.report(
            ProblemCode::InvalidSetting,
            value.start(),
            "`value` must be a finite number".to_owned(),
        );
        ok = false;
    }
    if let Some(t) = decl
        .tolerance
        .as_ref()
        .filter(|t| !(t.value.is_finite() && t.value >= 0.0))
    {
        check.report(
            ProblemCode::InvalidSetting,
            t.start(),
            "`tolerance` must be 0 or more".to_owned(),
        );
        ok = false;
    }
    ok.then_some(QuestionKind::Numeric {
        value: value.value,
        tolerance,
    })
}

fn short_text(check: &mut Checker<'_>, decl: &QuestionDecl) -> Option<QuestionKind> {
    let accepted: Vec<String> = decl
        .accepted
        .iter()
        .flatten()
        .map(|a| a.value.trim().to_owned())
        .filter(|a| !a.is_empty())
        .collect();
    if accepted.is_empty() {
        return missing(
            check,
            decl.id.start(),
            &decl.id.value,
            "at least one non-empty `accepted` answer",
        );
    }
    let defaults = TextMatchOptions::default();
    let flag = |f: &Option<Located<bool>>, default| f.as_ref().map_or(default, |f| f.value);
    let options = TextMatchOptions {
        match_case: flag(&decl.match_case, defaults.match_case),
        match_diacritics: flag(&decl.match_diacritics, defaults.match_diacritics),
        accept_cyrillic: flag(&decl.accept_cyrillic, defaults.accept_cyrillic),
    };
    Some(QuestionKind::ShortText { accepted, options })
}

fn missing<T>(check: &mut Checker<'_>, at: usize, id: &str, what: &str) -> Option<T> {
    check.report(
        ProblemCode::MissingCorrectAnswer,
        at,
        format!("question `{id}` has no answer key: add {what}"),
    );
    None
}

/// The part ids of a question (choices, items, responses): valid, unique, at least `min`.
/// Each becomes a text key `<question>_<part>` anchored where it is written.
fn parts(
    check: &mut Checker<'_>,
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
            check
                .anchors
                .insert(format!("{}_{}", decl.id.value, part.value), part.start());
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
fn answer_ids(
    check: &mut Checker<'_>,
    decl: &QuestionDecl,
    choices: &[String],
) -> Option<Vec<String>> {
    let correct = decl.correct.as_deref().unwrap_or_default();
    if correct.is_empty() {
        return missing(
            check,
            decl.id.start(),
            &decl.id.value,
            "`correct` with the id of the correct choice",
        );
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

fn matching(
    check: &mut Checker<'_>,
    decl: &QuestionDecl,
    partial_credit: bool,
) -> Option<QuestionKind> {
    let Some(pairs_decl) = decl.pairs.as_ref().filter(|p| !p.is_empty()) else {
        return missing(
            check,
            decl.id.start(),
            &decl.id.value,
            "`pairs = [[\"premise\", \"response\"], ...]`",
        );
    };
    let responses = parts(check, decl, decl.responses.as_deref(), "responses", 2)?;
    let mut ok = true;
    let mut pairs = Vec::new();
    let mut premises = HashSet::new();
    for pair in pairs_decl {
        let [premise, response] = pair.value.as_slice() else {
            check.report(
                ProblemCode::InvalidSetting,
                pair.start(),
                "a pair is `[\"premise-id\", \"response-id\"]`".to_owned(),
            );
            ok = false;
            continue;
        };
        if !check.valid_id(premise, "premise") {
            ok = false;
        } else if responses.contains(&premise.value) || !premises.insert(premise.value.clone()) {
            check.report(
                ProblemCode::DuplicateId,
                premise.start(),
                format!(
                    "premise `{}` is used twice or is also a response id",
                    premise.value
                ),
            );
            ok = false;
        } else {
            check.anchors.insert(
                format!("{}_{}", decl.id.value, premise.value),
                premise.start(),
            );
        }
        if !responses.contains(&response.value) {
            check.report(
                ProblemCode::ChoiceMismatch,
                response.start(),
                format!(
                    "`{}` is not one of the responses of `{}`",
                    response.value, decl.id.value
                ),
            );
            ok = false;
        }
        pairs.push((premise.value.clone(), response.value.clone()));
    }
    ok.then_some(QuestionKind::Matching {
        responses,
        pairs,
        partial_credit,
    })
}

/// Warns about fields that the question's type does not read.
fn warn_inapplicable(check: &mut Checker<'_>, decl: &QuestionDecl) {
    fn first<T>(list: Option<&Vec<Located<T>>>) -> Option<usize> {
        list.and_then(|l| l.first()).map(Located::start)
    }
    let start = |f: Option<&Located<bool>>| f.map(Located::start);
    let fields: [(&str, Option<usize>); 13] = [
        ("choices", first(decl.choices.as_ref())),
        ("correct", first(decl.correct.as_ref())),
        ("answer", start(decl.answer.as_ref())),
        ("responses", first(decl.responses.as_ref())),
        ("pairs", first(decl.pairs.as_ref())),
        ("items", first(decl.items.as_ref())),
        ("value", decl.value.as_ref().map(Located::start)),
        ("tolerance", decl.tolerance.as_ref().map(Located::start)),
        ("accepted", first(decl.accepted.as_ref())),
        ("match_case", start(decl.match_case.as_ref())),
        ("match_diacritics", start(decl.match_diacritics.as_ref())),
        ("accept_cyrillic", start(decl.accept_cyrillic.as_ref())),
        ("partial_credit", start(decl.partial_credit.as_ref())),
    ];
    let used: &[&str] = match decl.question_type.value {
        QuestionType::SingleChoice => &["choices", "correct"],
        QuestionType::MultipleResponse => &["choices", "correct", "partial_credit"],
        QuestionType::TrueFalse => &["answer"],
        QuestionType::Matching => &["responses", "pairs", "partial_credit"],
        QuestionType::Ordering => &["items", "partial_credit"],
        QuestionType::Numeric => &["value", "tolerance"],
        QuestionType::ShortText => &[
            "accepted",
            "match_case",
            "match_diacritics",
            "accept_cyrillic",
        ],
    };
    for (name, offset) in fields {
        if let (Some(offset), false) = (offset, used.contains(&name)) {
            check.report(
                ProblemCode::InapplicableField,
                offset,
                format!("`{name}` is not used by a question of this type; it is ignored"),
            );
        }
    }
}
