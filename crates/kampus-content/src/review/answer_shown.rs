//! A short-text question that gives its answer away: an accepted answer spelt by the
//! question's id, or written in a text the learner sees while answering its assessment.
//!
//! The id travels with the question to the learner's browser (form fields, the API's paper),
//! so `pt-unhcr` tells whoever looks that the answer is "UNHCR". The texts are those shown
//! while the assessment is being answered, in every locale the course has them: its title and
//! instructions, and each question's prompt, parts and unit (another question's choice can
//! give the answer as well as the question's own prompt). Feedback is not among them: it is
//! shown only after submission, by a review policy that shows the correct answers too.
//!
//! Both sides are compared as answers are matched ([`crate::textmatch::normalize`]), with the
//! lenient default options whatever the question sets: a prompt that writes the answer in the
//! other script or case still shows it. A match counts only as whole words, so "IOM" is not
//! found in "biome".

use super::{at_entry, in_manifest, own_entries};
use crate::assemble::TextsByLocale;
use crate::assessment_texts::instructions_key;
use crate::model::{Assessment, QuestionKind};
use crate::problem::{Problem, ProblemCode};
use crate::textmatch::{TextMatchOptions, normalize};
use crate::validate::Validated;

/// Reports every short-text question whose accepted answer its id or a shown text contains.
pub(super) fn check(
    validated: &Validated,
    texts: &TextsByLocale,
    manifest: &str,
    problems: &mut Vec<Problem>,
) {
    let lenient = TextMatchOptions::default();
    for assessment in &validated.course.assessments {
        let shown = shown_keys(assessment);
        for question in &assessment.questions {
            let QuestionKind::ShortText(key) = &question.kind else {
                continue;
            };
            let answers: Vec<(&str, String)> = key
                .accepted
                .iter()
                .map(|a| (a.as_str(), normalize(a, lenient)))
                .filter(|(_, n)| !n.is_empty())
                .collect();
            let found_in = |text: &str| {
                let text = normalize(text, lenient);
                answers
                    .iter()
                    .find(|(_, n)| contains_words(&text, n))
                    .map(|(a, _)| *a)
            };
            if let Some(answer) = found_in(&question.id.replace('-', " ")) {
                let offset = validated.anchors.get(&question.id).copied().unwrap_or(0);
                problems.push(in_manifest(
                    ProblemCode::AnswerInQuestion,
                    manifest,
                    offset,
                    format!(
                        "the id of the short-text question `{}` spells its accepted answer `{answer}`; learners can read ids, so name the question after what it asks",
                        question.id
                    ),
                ));
            }
            for key in &shown {
                for (locale, locale_texts, entry) in own_entries(texts, key) {
                    let leak = entry
                        .placeables
                        .literal
                        .iter()
                        .find_map(|(offset, piece)| Some((*offset, found_in(piece)?)));
                    if let Some((offset, answer)) = leak {
                        problems.push(at_entry(
                            ProblemCode::AnswerInQuestion,
                            locale_texts,
                            entry,
                            offset,
                            format!(
                                "`{key}` ({locale}) shows `{answer}`, an accepted answer of the short-text question `{}`, while the learner answers it",
                                question.id
                            ),
                        ));
                    }
                }
            }
        }
    }
}

/// The texts shown while `assessment` is answered.
fn shown_keys(assessment: &Assessment) -> Vec<String> {
    let mut keys = vec![assessment.id.clone(), instructions_key(&assessment.id)];
    for question in &assessment.questions {
        keys.extend(question.kind.texts_while_answering(&question.id));
    }
    keys
}

/// Whether `needle` occurs in `text` as whole words: not preceded or followed by a letter or
/// digit.
fn contains_words(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::contains_words;

    #[test]
    fn answers_count_as_whole_words() {
        assert!(contains_words("pt unhcr", "unhcr"));
        assert!(contains_words("the unhcr-s guidelines", "unhcr"));
        assert!(contains_words("indicator 10.7.1", "10.7"));
        assert!(!contains_words("a biome", "iom"));
        assert!(!contains_words("210.7", "10.7"));
        assert!(contains_words(
            "held in banja koviljaca.",
            "banja koviljaca"
        ));
    }
}
