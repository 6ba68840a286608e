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
