//! Pieces of course content as the pages show them: a text with the locale it is really in
//! (so a screen reader switches voice, and an untranslated text is marked as such).

use kampus_content::model::AccreditationLevel;
use kampus_content::{LoadedCourse, Locale};

/// A course text and where it came from.
#[derive(Debug, Clone)]
pub struct Text {
    pub text: String,
    /// The locale the text is in (the page's, or a fallback's).
    pub lang: &'static str,
    /// True when the text is not translated into the page's locale yet.
    pub fallback: bool,
}

/// The text `key` of a course in `locale`, following the fallback chain.
pub fn text(course: &LoadedCourse, locale: Locale, key: &str) -> Option<Text> {
    course.text(locale, key, None).map(|r| Text {
        text: r.value.into_owned(),
        lang: r.origin.locale.tag(),
        fallback: r.origin.fallback,
    })
}

/// The instructions of an assessment in `locale`, formatted with its settings (the number of
/// questions, the pass mark, the attempts and the time limit are variables of the text).
pub fn instructions(
    course: &LoadedCourse,
    locale: Locale,
    assessment: &kampus_content::model::Assessment,
) -> Option<Text> {
    course.instructions(locale, assessment).map(|r| Text {
        text: r.value,
        lang: r.origin.locale.tag(),
        fallback: r.origin.fallback,
    })
}

/// A number rounded to tenths, for a message that writes it (Fluent picks the plural form and
/// the locale's decimal mark).
pub fn tenths(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// A number of hours or credits as the locale writes it ("1.5" or "1,5").
pub fn decimal(value: f64, locale: Locale) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let written = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    };
    if locale == Locale::En {
        written
    } else {
        written.replace('.', ",")
    }
}

/// What a course is worth, as a card and the course page list it: hours, credits, level, EQF.
pub fn course_facts(course: &LoadedCourse, tr: &crate::tr::Tr) -> Vec<String> {
    let accreditation = &course.course().accreditation;
    let mut facts = vec![tr.tn("course-hours", "hours", tenths(accreditation.hours))];
    if let Some(ects) = accreditation.ects {
        facts.push(tr.tn("course-credits", "credits", tenths(ects)));
    }
    facts.push(tr.t(level_message(accreditation.level)).into_owned());
    if let Some(eqf) = accreditation.eqf_level {
        facts.push(tr.tn("course-eqf", "level", f64::from(eqf)));
    }
    facts
}

/// The Fluent id of a level's name.
pub fn level_message(level: AccreditationLevel) -> &'static str {
    match level {
        AccreditationLevel::Introductory => "level-introductory",
        AccreditationLevel::Intermediate => "level-intermediate",
        AccreditationLevel::Advanced => "level-advanced",
        AccreditationLevel::Specialist => "level-specialist",
    }
}

/// The lessons of a course in order, with their module.
pub fn lesson_order(course: &LoadedCourse) -> Vec<(&str, &str)> {
    course
        .course()
        .modules
        .iter()
        .flat_map(|m| m.lessons.iter().map(move |l| (m.id.as_str(), l.as_str())))
        .collect()
}

/// A choice of a select, with whether it is the one chosen.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// The choices of (value, label) pairs, `current` selected.
pub fn choices(options: Vec<(String, String)>, current: Option<&str>) -> Vec<Choice> {
    options
        .into_iter()
        .map(|(value, label)| Choice {
            selected: current == Some(value.as_str()),
            value,
            label,
        })
        .collect()
}

/// A course's title in `locale` by its id, following the fallback chain; its id when it is not
/// published (any more).
pub fn course_title(
    content: &kampus_usecases::publishing::live::Content,
    locale: Locale,
    id: &str,
) -> String {
    content
        .course_by_id(id)
        .and_then(|c| c.text(locale, "course", None))
        .map_or_else(|| id.to_owned(), |t| t.value.into_owned())
}
