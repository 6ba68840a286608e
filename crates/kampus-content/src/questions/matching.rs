//! Matching: match each premise to a response; scored by the share of premises matched.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::declaration::{missing, partial_credit, parts};
use super::{
    Answered, Check, Kind, QuestionKind, QuestionView, Response, ResponseType, ids,
    key_independent, part_key, partial, ratio,
};
use crate::manifest::QuestionDecl;
use crate::problem::ProblemCode;

/// The responses (distractors included) and each premise, in display order, with its
/// response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Matching {
    pub responses: Vec<String>,
    pub pairs: Vec<(String, String)>,
    pub partial_credit: bool,
}

impl From<Matching> for QuestionKind {
    fn from(key: Matching) -> Self {
        QuestionKind::Matching(key)
    }
}

impl Kind for Matching {
    const NAME: &'static str = "matching";
    const FIELDS: &'static [&'static str] = &["responses", "pairs", "partial_credit"];
    const RESPONSE: ResponseType = ResponseType::Pairs;

    #[cfg(test)]
    fn example() -> serde_json::Value {
        serde_json::json!({"type": "matching", "responses": ["r1", "r2", "r3"], "pairs": [["p1", "r2"], ["p2", "r1"], ["p3", "r3"]], "partial_credit": true})
    }

    fn declare(decl: &QuestionDecl, check: &mut dyn Check) -> Option<Self> {
        let Some(pairs_decl) = decl.pairs.as_ref().filter(|p| !p.is_empty()) else {
            return missing(check, decl, "`pairs = [[\"premise\", \"response\"], ...]`");
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
            } else if responses.contains(&premise.value) || !premises.insert(premise.value.clone())
            {
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
                check.anchor(part_key(&decl.id.value, &premise.value), premise.start());
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
        ok.then_some(Matching {
            responses,
            pairs,
            partial_credit: partial_credit(decl),
        })
    }

    fn score(&self, response: &Response) -> Option<f64> {
        let Response::Pairs(given) = response else {
            return None;
        };
        // The last answer for a premise counts, so a response cannot claim two answers.
        let given: HashMap<&String, &String> = given.iter().map(|(p, r)| (p, r)).collect();
        let right = self
            .pairs
            .iter()
            .filter(|(p, r)| given.get(p) == Some(&r))
            .count();
        Some(partial(ratio(right, self.pairs.len()), self.partial_credit))
    }

    /// Partly: the first two premises swap their responses; wrong: every premise takes the
    /// next one's response.
    fn response(&self, answered: Answered) -> Option<Response> {
        let mut given = self.pairs.clone();
        let n = given.len();
        if answered == Answered::Partly && n > 2 {
            let first = given[0].1.clone();
            given[0].1 = std::mem::replace(&mut given[1].1, first);
        } else if answered != Answered::Right && n > 1 {
            let answers: Vec<String> = given.iter().map(|(_, r)| r.clone()).collect();
            for (i, pair) in given.iter_mut().enumerate() {
                pair.1.clone_from(&answers[(i + 1) % n]);
            }
        }
        Some(Response::Pairs(given))
    }

    fn show<'a>(&'a self, question: &str, view: &mut QuestionView<'a>) {
        view.premises = self.pairs.iter().map(|(p, _)| p.as_str()).collect();
        view.responses = key_independent(question, ids(&self.responses));
    }

    fn part_ids(&self) -> Vec<&str> {
        self.pairs
            .iter()
            .map(|(p, _)| p.as_str())
            .chain(self.responses.iter().map(String::as_str))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{ids, score, with_key};
    use super::*;
    use crate::grading::Correctness;

    #[test]
    fn matching_share_of_premises() {
        let pairs = vec![
            ("p1".into(), "r1".into()),
            ("p2".into(), "r2".into()),
            ("p3".into(), "r3".into()),
        ];
        let question = with_key(Matching {
            responses: ids(&["r1", "r2", "r3", "r4"]),
            pairs,
            partial_credit: true,
        });
        let answer = |list: &[(&str, &str)]| {
            Response::Pairs(
                list.iter()
                    .map(|(p, r)| ((*p).into(), (*r).into()))
                    .collect(),
            )
        };
        assert_eq!(
            score(
                &question,
                answer(&[("p1", "r1"), ("p2", "r2"), ("p3", "r3")])
            ),
            (4.0, Correctness::Correct)
        );
        assert_eq!(
            score(&question, answer(&[("p1", "r1"), ("p2", "r4")])),
            (1.33, Correctness::Partial)
        );
        assert_eq!(
            score(&question, answer(&[("p1", "r2"), ("p2", "r1")])),
            (0.0, Correctness::Incorrect)
        );
        // A later pair for the same premise replaces the earlier one.
        assert_eq!(
            score(&question, answer(&[("p1", "r1"), ("p1", "r4")])),
            (0.0, Correctness::Incorrect)
        );
    }
}
