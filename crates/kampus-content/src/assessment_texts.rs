//! The variables an assessment's instructions are formatted with.
//!
//! Instructions tell a learner how many questions there are, the pass mark, the attempts and
//! the time limit. Written as numbers they go stale the day a setting changes in `course.toml`
//! (in eight locales, unnoticed), so the settings are passed to `<assessment>.instructions` as
//! Fluent variables, and every face that shows the instructions formats them here. The
//! validator uses the same list: a variable the assessment does not pass (`$minutes` without
//! a time limit) is `variable-mismatch`, a number equal to a setting is `setting-as-number`.

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::Locale;
use crate::loaded::{LoadedCourse, Resolved};
use crate::model::Assessment;

/// The variables instructions may use, each with what it holds.
pub const VARIABLES: [(&str, &str); 4] = [
    ("questions", "the number of questions of each attempt"),
    ("pass", "the pass mark, a percentage"),
    ("attempts", "the attempts allowed"),
    ("minutes", "the time limit in minutes"),
];

/// The key of an assessment's instructions.
pub fn instructions_key(assessment_id: &str) -> String {
    format!("{assessment_id}.instructions")
}

/// The names of the variables instructions get, given whether their assessment limits the
/// attempts and the time (what [`variables`] passes).
pub fn variable_names(limits_attempts: bool, limits_time: bool) -> Vec<&'static str> {
    let mut names = vec!["questions", "pass"];
    if limits_attempts {
        names.push("attempts");
    }
    if limits_time {
        names.push("minutes");
    }
    names
}

/// The variables `assessment` passes to its instructions and their values: `questions` and
/// `pass` always, `attempts` and `minutes` when it limits them.
pub fn variables(assessment: &Assessment) -> Vec<(&'static str, f64)> {
    let settings = &assessment.settings;
    let questions = u32::try_from(assessment.questions_per_attempt()).unwrap_or(u32::MAX);
    let mut values = vec![
        ("questions", f64::from(questions)),
        ("pass", settings.pass_mark),
    ];
    values.extend(settings.attempts.map(|a| ("attempts", f64::from(a))));
    values.extend(
        settings
            .time_limit_minutes
            .map(|m| ("minutes", f64::from(m))),
    );
    values
}

/// [`variables`] as Fluent arguments.
pub fn args(assessment: &Assessment) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, value) in variables(assessment) {
        args.set(name, FluentValue::from(value));
    }
    args
}

impl LoadedCourse {
    /// The instructions of `assessment` in `locale` (along the fallback chain), formatted with
    /// its settings; `None` when the course has none.
    pub fn instructions(
        &self,
        locale: Locale,
        assessment: &Assessment,
    ) -> Option<Resolved<String>> {
        let args = args(assessment);
        let resolved = self.text(locale, &instructions_key(&assessment.id), Some(&args))?;
        Some(Resolved {
            value: Cow::into_owned(resolved.value),
            origin: resolved.origin,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::{Locale, load_folder};

    #[test]
    fn the_shipped_instructions_are_formatted_with_the_settings_in_every_locale() {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let mut formatted = 0;
        for (path, outcome) in load_folder(&content) {
            let course = outcome.course.expect("the shipped course loads");
            for assessment in &course.course().assessments {
                for locale in Locale::ALL {
                    let Some(text) = course.instructions(locale, assessment) else {
                        continue;
                    };
                    // A variable not passed, or a reference not defined, shows in braces.
                    assert!(
                        !text.value.contains(['{', '}']),
                        "{}: {} ({locale}): {}",
                        path.display(),
                        assessment.id,
                        text.value
                    );
                    formatted += 1;
                }
            }
        }
        assert!(formatted >= 3 * 5 * 8, "{formatted}");
    }

    #[test]
    fn instructions_say_what_the_settings_are() {
        let content =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/migration-and-gender");
        let course = crate::load_path(&content).course.expect("loads");
        let quiz = course
            .course()
            .assessments
            .iter()
            .find(|a| a.id == "quiz-frameworks")
            .expect("quiz");
        let text = |locale| {
            course
                .instructions(locale, quiz)
                .expect("instructions")
                .value
        };
        assert_eq!(
            text(Locale::En),
            "5 questions on this module. You need 60% to pass; you have 3 attempts and 15 minutes for each."
        );
        assert_eq!(
            text(Locale::Hr),
            "5 pitanja o ovom modulu. Za prolaz je potrebno 60 %; imate 3 pokušaja i po 15 minuta za svaki."
        );
        let mut one_attempt = quiz.clone();
        one_attempt.settings.attempts = Some(1);
        one_attempt.settings.time_limit_minutes = Some(21);
        assert_eq!(
            course
                .instructions(Locale::SrCyrl, &one_attempt)
                .expect("text")
                .value,
            "5 питања о овом модулу. За пролаз је потребно 60%; имате 1 покушај и по 21 минут за сваки."
        );
    }
}
