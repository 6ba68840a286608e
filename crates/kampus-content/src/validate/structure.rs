//! Validation of the course-level structure: ids, modules and lessons, accreditation,
//! assessments and their settings, the survey and the completion rule. Questions are checked
//! in [`super::questions`].

use std::collections::HashSet;

use super::{Anchors, Checker, Validated, audience, check_locale_tag, choice_positions, questions};
use crate::Locale;
use crate::manifest::{AssessmentDecl, FORMAT_VERSION, Located, Manifest};
use crate::model::{
    Accreditation, Assessment, AssessmentKind, CompletionRule, Course, Module, Pool, QuizSettings,
    SurveyItem, SurveyItemType,
};
use crate::problem::{Problem, ProblemCode};

/// Validates a parsed manifest; `text` is the content of `course.toml` (for positions).
pub fn validate(manifest: &Manifest, text: &str, problems: &mut Vec<Problem>) -> Validated {
    let mut check = Checker {
        text,
        problems,
        anchors: Anchors::new(),
    };
    check
        .anchors
        .insert("course".to_owned(), manifest.id.start());

    if manifest.format.value != FORMAT_VERSION {
        check.report(
            ProblemCode::InvalidSetting,
            manifest.format.start(),
            format!(
                "format {} is not supported; this Kampus reads format {FORMAT_VERSION}",
                manifest.format.value
            ),
        );
    }
    check.valid_id(&manifest.id, "course");
    check.valid_id(&manifest.slug, "slug");
    let locales = declared_locales(&mut check, &manifest.locales);
    let accreditation = accreditation(&mut check, manifest);

    let mut outcomes = Vec::new();
    for outcome in &manifest.outcomes {
        if check.declare(&outcome.id, "learning outcome") {
            outcomes.push(outcome.id.value.clone());
        }
    }
    let modules = modules(&mut check, manifest);
    let module_ids: HashSet<String> = manifest
        .modules
        .iter()
        .map(|m| m.id.value.clone())
        .collect();

    let outcome_ids: HashSet<&str> = outcomes.iter().map(String::as_str).collect();
    let mut assessments = Vec::new();
    let mut singles: Vec<(AssessmentKind, usize)> = Vec::new();
    for decl in &manifest.assessments {
        if matches!(
            decl.kind.value,
            AssessmentKind::PreTest | AssessmentKind::Final
        ) {
            if let Some((_, first)) = singles.iter().find(|(k, _)| *k == decl.kind.value) {
                let (line, _) = crate::problem::line_column(text, *first);
                check.report(
                    ProblemCode::InvalidSetting,
                    decl.kind.start(),
                    format!("a course has at most one assessment of this kind; the first is on line {line}"),
                );
            } else {
                singles.push((decl.kind.value, decl.kind.start()));
            }
        }
        if let Some(assessment) = assessment(&mut check, decl, &module_ids, &outcome_ids) {
            assessments.push(assessment);
        }
    }

    let survey = survey(&mut check, manifest);
    let completion = completion(&mut check, manifest);
    let audience = audience::audience(&mut check, manifest.audience.as_ref());
    let course = Course {
        id: manifest.id.value.clone(),
        slug: manifest.slug.value.clone(),
        accreditation,
        outcomes,
        modules,
        assessments,
        survey,
        completion,
        audience,
    };
    Validated {
        course,
        locales,
        anchors: check.anchors,
    }
}

fn modules(check: &mut Checker<'_>, manifest: &Manifest) -> Vec<Module> {
    let mut modules: Vec<Module> = Vec::new();
    for module in &manifest.modules {
        if check.declare(&module.id, "module") {
            modules.push(Module {
                id: module.id.value.clone(),
                lessons: Vec::new(),
            });
        }
    }
    let module_ids: HashSet<String> = manifest
        .modules
        .iter()
        .map(|m| m.id.value.clone())
        .collect();
    for lesson in &manifest.lessons {
        let declared = check.declare(&lesson.id, "lesson");
        let known = check.reference(&lesson.module, "module", |id| module_ids.contains(id));
        if let (true, true, Some(module)) = (
            declared,
            known,
            modules.iter_mut().find(|m| m.id == lesson.module.value),
        ) {
            module.lessons.push(lesson.id.value.clone());
        }
    }
    for module in &manifest.modules {
        if !manifest
            .lessons
            .iter()
            .any(|l| l.module.value == module.id.value)
        {
            check.report(
                ProblemCode::InvalidSetting,
                module.id.start(),
                format!("module `{}` has no lessons", module.id.value),
            );
        }
    }

    modules
}

fn declared_locales(check: &mut Checker<'_>, tags: &[Located<String>]) -> Vec<Locale> {
    if tags.is_empty() {
        return Locale::ALL.to_vec();
    }
    let mut locales = vec![Locale::En];
    for tag in tags {
        let found = check_locale_tag(&tag.value, |code, message| {
            check.report(code, tag.start(), message);
        });
        if let Some(locale) = found.filter(|l| !locales.contains(l)) {
            locales.push(locale);
        }
    }
    locales
}

fn accreditation(check: &mut Checker<'_>, manifest: &Manifest) -> Accreditation {
    let decl = &manifest.accreditation;
    if !(decl.hours.value.is_finite() && decl.hours.value > 0.0 && decl.hours.value <= 10_000.0) {
        check.report(
            ProblemCode::InvalidSetting,
            decl.hours.start(),
            "`hours` must be a number above 0".to_owned(),
        );
    }
    if let Some(ects) = decl
        .ects
        .as_ref()
        .filter(|e| !(e.value.is_finite() && (0.0..=60.0).contains(&e.value)))
    {
        check.report(
            ProblemCode::InvalidSetting,
            ects.start(),
            "`ects` must be between 0 and 60".to_owned(),
        );
    }
    let eqf_level = match &decl.eqf_level {
        Some(level) => {
            let valid = u8::try_from(level.value)
                .ok()
                .filter(|l| (1..=8).contains(l));
            if valid.is_none() {
                check.report(
                    ProblemCode::InvalidSetting,
                    level.start(),
                    "`eqf_level` must be between 1 and 8".to_owned(),
                );
            }
            valid
        }
        None => None,
    };
    Accreditation {
        hours: decl.hours.value,
        ects: decl.ects.as_ref().map(|e| e.value),
        level: decl.level,
        eqf_level,
    }
}

/// A positive integer setting within `range`, or a problem.
fn bounded(
    check: &mut Checker<'_>,
    value: Option<&Located<i64>>,
    name: &str,
    max: i64,
) -> Option<u32> {
    let value = value?;
    if (1..=max).contains(&value.value) {
        u32::try_from(value.value).ok()
    } else {
        check.report(
            ProblemCode::InvalidSetting,
            value.start(),
            format!("`{name}` must be between 1 and {max}"),
        );
        None
    }
}

fn assessment(
    check: &mut Checker<'_>,
    decl: &AssessmentDecl,
    module_ids: &HashSet<String>,
    outcome_ids: &HashSet<&str>,
) -> Option<Assessment> {
    let mut ok = check.declare(&decl.id, "assessment");
    match (decl.kind.value, &decl.module) {
        (AssessmentKind::ModuleQuiz, Some(module)) => {
            ok &= check.reference(module, "module", |id| module_ids.contains(id));
        }
        (AssessmentKind::ModuleQuiz, None) => {
            check.report(
                ProblemCode::InvalidSetting,
                decl.kind.start(),
                "a module quiz must name its `module`".to_owned(),
            );
            ok = false;
        }
        (_, Some(module)) => check.report(
            ProblemCode::InapplicableField,
            module.start(),
            "only a module quiz belongs to a module; `module` is ignored".to_owned(),
        ),
        (_, None) => {}
    }
    let pass_mark = decl.pass_mark.value;
    if !(pass_mark.is_finite() && (0.0..=100.0).contains(&pass_mark)) {
        check.report(
            ProblemCode::PassMarkOutOfRange,
            decl.pass_mark.start(),
            format!("pass mark {pass_mark} is not a percentage between 0 and 100"),
        );
        ok = false;
    }
    let settings = QuizSettings {
        pass_mark,
        attempts: bounded(check, decl.attempts.as_ref(), "attempts", 1000),
        time_limit_minutes: bounded(
            check,
            decl.time_limit_minutes.as_ref(),
            "time_limit_minutes",
            24 * 60,
        ),
        shuffle_questions: decl.shuffle_questions,
        shuffle_choices: decl.shuffle_choices,
        review: decl.review,
    };

    let mut pools = Vec::new();
    for pool in &decl.pools {
        let declared = check.declare(&pool.id, "pool");
        let size = decl
            .questions
            .iter()
            .filter(|q| q.pool.as_ref().is_some_and(|p| p.value == pool.id.value))
            .count();
        let size = i64::try_from(size).unwrap_or(i64::MAX);
        if !(1..=size).contains(&pool.draw.value) {
            check.report(
                ProblemCode::InvalidSetting,
                pool.draw.start(),
                format!(
                    "pool `{}` draws {} of its {size} questions; draw between 1 and {size}",
                    pool.id.value, pool.draw.value
                ),
            );
            ok = false;
        } else if declared {
            pools.push(Pool {
                id: pool.id.value.clone(),
                draw: u32::try_from(pool.draw.value).unwrap_or(1),
            });
        }
    }
    let pool_ids: HashSet<&str> = decl.pools.iter().map(|p| p.id.value.as_str()).collect();
    let mut questions = Vec::new();
    for question in &decl.questions {
        if let Some(q) = questions::question(check, question, outcome_ids, &pool_ids) {
            questions.push(q);
        }
    }
    choice_positions::check(check, decl, &questions, settings.shuffle_choices);
    if decl.questions.is_empty() {
        check.report(
            ProblemCode::InvalidSetting,
            decl.id.start(),
            format!("assessment `{}` has no questions", decl.id.value),
        );
        ok = false;
    }
    ok.then(|| Assessment {
        id: decl.id.value.clone(),
        kind: decl.kind.value,
        module: decl.module.as_ref().map(|m| m.value.clone()),
        settings,
        pools,
        questions,
    })
}

fn survey(check: &mut Checker<'_>, manifest: &Manifest) -> Vec<SurveyItem> {
    let mut items = Vec::new();
    for item in &manifest.survey {
        let declared = check.declare(&item.id, "survey item");
        let scale = match (item.item_type, &item.scale) {
            (SurveyItemType::Likert, None) => Some(5),
            (SurveyItemType::Likert, Some(scale)) => {
                let valid = u8::try_from(scale.value)
                    .ok()
                    .filter(|s| (3..=7).contains(s));
                if valid.is_none() {
                    check.report(
                        ProblemCode::InvalidSetting,
                        scale.start(),
                        "a Likert `scale` has 3 to 7 points".to_owned(),
                    );
                }
                valid
            }
            (SurveyItemType::FreeText, Some(scale)) => {
                check.report(
                    ProblemCode::InapplicableField,
                    scale.start(),
                    "a free-text item has no `scale`".to_owned(),
                );
                None
            }
            (SurveyItemType::FreeText, None) => None,
        };
        let scale_ok = item.item_type == SurveyItemType::FreeText || scale.is_some();
        if declared && scale_ok {
            items.push(SurveyItem {
                id: item.id.value.clone(),
                item_type: item.item_type,
                scale,
                required: item.required,
            });
        }
    }
    items
}

fn completion(check: &mut Checker<'_>, manifest: &Manifest) -> CompletionRule {
    let assessment_ids: HashSet<&str> = manifest
        .assessments
        .iter()
        .map(|a| a.id.value.as_str())
        .collect();
    let mut pass = Vec::new();
    for id in &manifest.completion.pass {
        if check.reference(id, "assessment", |id| assessment_ids.contains(id)) {
            pass.push(id.value.clone());
        }
    }
    if manifest.completion.survey && manifest.survey.is_empty() {
        check.report(
            ProblemCode::InvalidSetting,
            manifest.id.start(),
            "the completion rule requires the survey, but the course has no survey items"
                .to_owned(),
        );
    }
    CompletionRule {
        all_lessons: manifest.completion.all_lessons,
        pass,
        survey: manifest.completion.survey,
    }
}
