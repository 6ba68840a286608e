//! The course completion rule: a pure decision from what the learner has done.

use kampus_content::model::Course;

/// What an enrollment has done so far.
#[derive(Debug, Clone, Default)]
pub struct Achievements<'a> {
    pub completed_lessons: &'a [String],
    pub passed_assessments: &'a [String],
    pub survey_submitted: bool,
}

/// Whether `course`'s completion rule is met: every lesson completed (if the rule asks),
/// every listed assessment passed, the survey submitted (if the rule asks).
pub fn rule_met(course: &Course, done: &Achievements<'_>) -> bool {
    let rule = &course.completion;
    let lessons_done = !rule.all_lessons
        || course
            .modules
            .iter()
            .flat_map(|m| &m.lessons)
            .all(|l| done.completed_lessons.contains(l));
    let assessments_passed = rule
        .pass
        .iter()
        .all(|a| done.passed_assessments.contains(a));
    let survey_done = !rule.survey || course.survey.is_empty() || done.survey_submitted;
    lessons_done && assessments_passed && survey_done
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> kampus_content::LoadedCourse {
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/example-course"
        );
        kampus_content::load_path(std::path::Path::new(dir))
            .course
            .expect("example course")
    }

    #[test]
    fn every_part_of_the_rule_is_needed() {
        let loaded = example();
        let course = loaded.course();
        let lessons: Vec<String> = course
            .modules
            .iter()
            .flat_map(|m| m.lessons.clone())
            .collect();
        let passed = course.completion.pass.clone();
        let all = Achievements {
            completed_lessons: &lessons,
            passed_assessments: &passed,
            survey_submitted: true,
        };
        assert!(rule_met(course, &all));
        assert!(!rule_met(
            course,
            &Achievements {
                survey_submitted: false,
                ..all.clone()
            }
        ));
        assert!(!rule_met(
            course,
            &Achievements {
                completed_lessons: &lessons[1..],
                ..all.clone()
            }
        ));
        assert!(!rule_met(
            course,
            &Achievements {
                passed_assessments: &passed[1..],
                ..all
            }
        ));
    }
}
