//! Short text: a short typed answer compared with the accepted ones (see
//! [`crate::textmatch`]), all or nothing.

use serde::{Deserialize, Serialize};

use super::declaration::missing;
use super::{
    Answered, Check, Kind, QuestionKind, QuestionView, Response, ResponseType, all_or_nothing,
};
use crate::manifest::{Located, QuestionDecl};
use crate::textmatch::{self, TextMatchOptions};

/// The accepted answers and how a typed answer is compared with them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShortText {
    pub accepted: Vec<String>,
    pub options: TextMatchOptions,
}

impl From<ShortText> for QuestionKind {
    fn from(key: ShortText) -> Self {
        QuestionKind::ShortText(key)
    }
}

impl Kind for ShortText {
    const NAME: &'static str = "short-text";
    const FIELDS: &'static [&'static str] = &[
        "accepted",
        "match_case",
        "match_diacritics",
        "accept_cyrillic",
    ];
    const RESPONSE: ResponseType = ResponseType::Text;

    #[cfg(test)]
    fn example() -> serde_json::Value {
        serde_json::json!({"type": "short-text", "accepted": ["Čačak", "Cacak"], "options": {"match_case": true, "match_diacritics": true, "accept_cyrillic": false}})
    }

    fn declare(decl: &QuestionDecl, check: &mut dyn Check) -> Option<Self> {
        let accepted: Vec<String> = decl
            .accepted
            .iter()
            .flatten()
            .map(|a| a.value.trim().to_owned())
            .filter(|a| !a.is_empty())
            .collect();
        if accepted.is_empty() {
            return missing(check, decl, "at least one non-empty `accepted` answer");
        }
        let defaults = TextMatchOptions::default();
        let flag = |f: &Option<Located<bool>>, default| f.as_ref().map_or(default, |f| f.value);
        let options = TextMatchOptions {
            match_case: flag(&decl.match_case, defaults.match_case),
            match_diacritics: flag(&decl.match_diacritics, defaults.match_diacritics),
            accept_cyrillic: flag(&decl.accept_cyrillic, defaults.accept_cyrillic),
        };
        Some(ShortText { accepted, options })
    }

    fn score(&self, response: &Response) -> Option<f64> {
        let Response::Text(given) = response else {
            return None;
        };
        Some(all_or_nothing(textmatch::matches(
            given,
            &self.accepted,
            self.options,
        )))
    }

    /// Right: the first accepted spelling, the one the author wrote first.
    fn response(&self, answered: Answered) -> Option<Response> {
        Some(Response::Text(if answered == Answered::Right {
            self.accepted.first()?.clone()
        } else {
            "?".to_owned()
        }))
    }

    fn show<'a>(&'a self, _question: &str, _view: &mut QuestionView<'a>) {}
}

#[cfg(test)]
mod tests {
    use super::super::tests::{ids, score, with_key};
    use super::*;
    use crate::grading::Correctness;

    #[test]
    fn short_text_uses_the_match_options() {
        let question = with_key(ShortText {
            accepted: ids(&["Čačak"]),
            options: TextMatchOptions::default(),
        });
        assert_eq!(
            score(&question, Response::Text("cacak".into())).1,
            Correctness::Correct
        );
        assert_eq!(
            score(&question, Response::Text("Чачак".into())).1,
            Correctness::Correct
        );
        assert_eq!(
            score(&question, Response::Text("Kraljevo".into())).1,
            Correctness::Incorrect
        );
    }
}
