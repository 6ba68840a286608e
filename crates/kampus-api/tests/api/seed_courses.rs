//! The three shipped courses (`content/`) meet what the centre promised: structure, question
//! counts and types, and every text in every locale without fallback.

use std::collections::BTreeSet;

use kampus_content::model::AssessmentKind;
use kampus_content::{LoadedCourse, Locale};

const COURSES: [&str; 3] = [
    "global-regional-migration-governance",
    "migration-and-development",
    "migration-and-gender",
];

fn load() -> Vec<LoadedCourse> {
    let dir = format!("{}/../../content", env!("CARGO_MANIFEST_DIR"));
    kampus_content::load_folder(std::path::Path::new(&dir))
        .into_iter()
        .map(|(path, outcome)| {
            assert!(
                !outcome.has_errors(),
                "{}: {:?}",
                path.display(),
                outcome.problems
            );
            assert!(
                outcome.problems.is_empty(),
                "{}: warnings {:?}",
                path.display(),
                outcome.problems
            );
            outcome.course.expect("course")
        })
        .collect()
}

#[test]
fn each_course_has_the_promised_structure_and_assessments() {
    let courses = load();
    let ids: Vec<&str> = courses.iter().map(|c| c.course().id.as_str()).collect();
    assert_eq!(ids, COURSES);
    for loaded in &courses {
        let course = loaded.course();
        let id = &course.id;
        assert!(course.modules.len() >= 3, "{id}: modules");
        assert!(
            course.modules.iter().all(|m| m.lessons.len() >= 2),
            "{id}: lessons per module"
        );
        assert!(
            course.accreditation.hours > 0.0 && course.accreditation.ects.is_some(),
            "{id}: accreditation"
        );
        assert!(!course.outcomes.is_empty(), "{id}: outcomes");
        for module in &course.modules {
            let quiz = course
                .assessments
                .iter()
                .find(|a| {
                    a.kind == AssessmentKind::ModuleQuiz
                        && a.module.as_deref() == Some(module.id.as_str())
                })
                .unwrap_or_else(|| panic!("{id}: no quiz for {}", module.id));
            assert!(
                quiz.questions.len() >= 5,
                "{id}/{}: quiz questions",
                module.id
            );
        }
        for kind in [AssessmentKind::PreTest, AssessmentKind::Final] {
            let test = course
                .assessments
                .iter()
                .find(|a| a.kind == kind)
                .unwrap_or_else(|| panic!("{id}: no {kind:?}"));
            assert!(test.questions.len() >= 10, "{id}: {kind:?} questions");
            let types: BTreeSet<_> = test
                .questions
                .iter()
                .map(|q| q.learner_view().question_type)
                .collect();
            assert!(types.len() >= 5, "{id}: {kind:?} uses {types:?}");
            if kind == AssessmentKind::Final {
                assert!(test.settings.pass_mark > 0.0, "{id}: final pass mark");
            }
            // Every question serves a learning outcome of the course.
            for q in &test.questions {
                assert!(
                    !q.outcomes.is_empty()
                        && q.outcomes.iter().all(|o| course.outcomes.contains(o)),
                    "{id}/{}",
                    q.id
                );
            }
        }
        assert!(course.survey.len() >= 2, "{id}: survey");
    }
}

#[test]
fn every_locale_resolves_every_text_without_fallback() {
    for loaded in load() {
        let course = loaded.course();
        for coverage in &loaded.coverage().locales {
            assert_eq!(
                coverage.present, coverage.total,
                "{} {}: {:?}",
                course.id, coverage.locale, coverage.missing
            );
            assert_eq!(
                (coverage.derived, coverage.outdated),
                (0, 0),
                "{} {}",
                course.id,
                coverage.locale
            );
        }
        let mut keys = vec!["course".to_owned(), "course.summary".to_owned()];
        keys.extend(course.outcomes.iter().cloned());
        keys.extend(course.modules.iter().map(|m| m.id.clone()));
        keys.extend(
            course
                .modules
                .iter()
                .flat_map(|m| m.lessons.iter().cloned()),
        );
        keys.extend(course.assessments.iter().flat_map(|a| {
            std::iter::once(a.id.clone()).chain(a.questions.iter().map(|q| q.id.clone()))
        }));
        keys.extend(course.survey.iter().map(|s| s.id.clone()));
        // Every locale the course is written in (a locale added to Kampus before its
        // translators deliver this course has no text of it yet, and falls back).
        let written_in: Vec<Locale> = loaded
            .coverage()
            .locales
            .iter()
            .filter(|row| row.present > 0)
            .map(|row| row.locale)
            .collect();
        assert!(written_in.len() >= 8, "{}: {written_in:?}", course.id);
        for locale in written_in {
            for key in &keys {
                let origin = loaded
                    .text_origin(locale, key)
                    .unwrap_or_else(|| panic!("{} {locale}: {key} missing", course.id));
                assert!(
                    !origin.fallback
                        && origin.transliterated_from.is_none()
                        && origin.locale == locale,
                    "{} {locale}: {key} {origin:?}",
                    course.id
                );
            }
            for lesson in course.modules.iter().flat_map(|m| &m.lessons) {
                let resolved = loaded
                    .lesson(locale, lesson)
                    .unwrap_or_else(|| panic!("{} {locale}: lesson {lesson}", course.id));
                assert!(
                    !resolved.origin.fallback && resolved.origin.locale == locale,
                    "{} {locale}: {lesson}",
                    course.id
                );
            }
        }
    }
}
