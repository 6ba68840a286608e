//! Settings written into an assessment's instructions as numbers.
//!
//! "You need 60% to pass and have three attempts" is true until someone changes the pass mark
//! or the attempts in `course.toml`; then the instructions tell learners something else than
//! the assessment does, in every locale, and no check notices. The instructions get the
//! settings as variables ([`crate::assessment_texts`]), so a number in their literal text that
//! equals one of the assessment's settings is reported with the variable to use. Numbers are
//! digits (`60`, `60 %`, `2.5`) or words of the locale ([`super::number_words`]). Only the
//! instructions are looked at: they are the text formatted with the settings.

use super::{at_entry, number_words, own_entries};
use crate::Locale;
use crate::assemble::TextsByLocale;
use crate::assessment_texts::{VARIABLES, instructions_key, variables};
use crate::model::Course;
use crate::problem::{Problem, ProblemCode};

/// Reports each number in instructions that equals a setting of their assessment.
pub(super) fn check(course: &Course, texts: &TextsByLocale, problems: &mut Vec<Problem>) {
    for assessment in &course.assessments {
        let settings = variables(assessment);
        let key = instructions_key(&assessment.id);
        for (locale, locale_texts, entry) in own_entries(texts, &key) {
            for (offset, piece) in &entry.placeables.literal {
                for (at, written, value) in numbers(locale, piece) {
                    let Some((name, _)) = settings.iter().find(|(_, v)| (v - value).abs() < 1e-9)
                    else {
                        continue;
                    };
                    let what = VARIABLES
                        .iter()
                        .find(|(n, _)| n == name)
                        .map_or("a setting", |(_, what)| what);
                    problems.push(at_entry(
                        ProblemCode::SettingAsNumber,
                        locale_texts,
                        entry,
                        offset + at,
                        format!(
                            "`{key}` ({locale}) writes `{written}`, which is {what}; write {{ ${name} }} so the text follows the setting"
                        ),
                    ));
                }
            }
        }
    }
}

/// The numbers of a piece of text: byte offset, as written, value.
fn numbers(locale: Locale, text: &str) -> Vec<(usize, &str, f64)> {
    let mut found = Vec::new();
    for (at, word) in words(text) {
        let value = if word.starts_with(|c: char| c.is_ascii_digit()) {
            word.replace(',', ".").parse::<f64>().ok()
        } else {
            number_words::value(locale, word).map(f64::from)
        };
        if let Some(value) = value {
            found.push((at, word, value));
        }
    }
    found
}

/// Runs of letters and digits; a `.` or `,` between two digits stays inside the run
/// (`2.5`, `10,7`), so a decimal is one number.
fn words(text: &str) -> Vec<(usize, &str)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for (i, &(at, c)) in chars.iter().enumerate() {
        let inner_separator = matches!(c, '.' | ',')
            && i > 0
            && chars[i - 1].1.is_ascii_digit()
            && chars.get(i + 1).is_some_and(|(_, n)| n.is_ascii_digit());
        if c.is_alphanumeric() || (inner_separator && start.is_some()) {
            start.get_or_insert(at);
        } else if let Some(s) = start.take() {
            words.push((s, &text[s..at]));
        }
    }
    if let Some(s) = start {
        words.push((s, &text[s..]));
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_decimals_and_words_are_numbers() {
        let found: Vec<_> = numbers(Locale::Hr, "Pet pitanja, 60 %, 2,5 sati i tri pokušaja.")
            .into_iter()
            .map(|(_, w, v)| (w, v))
            .collect();
        assert_eq!(
            found,
            [("Pet", 5.0), ("60", 60.0), ("2,5", 2.5), ("tri", 3.0)]
        );
        let at: Vec<_> = numbers(Locale::En, "need 70% in 45 minutes")
            .into_iter()
            .map(|(at, _, _)| at)
            .collect();
        assert_eq!(at, [5, 12]);
        // An indicator number is not a decimal.
        assert!(numbers(Locale::En, "indicator 10.7.1").is_empty());
    }
}
