//! Ordering: put items in the right order; scored by the share of the key's adjacent pairs
//! kept, so moving one item costs little and reversing the list costs everything.

use serde::{Deserialize, Serialize};

use super::declaration::{missing, partial_credit, parts};
use super::{
    Answered, Check, Kind, QuestionKind, QuestionView, Response, ResponseType, ids,
    key_independent, partial, ratio,
};
use crate::manifest::QuestionDecl;

/// The items in the correct order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ordering {
    pub items: Vec<String>,
    pub partial_credit: bool,
}

impl From<Ordering> for QuestionKind {
    fn from(key: Ordering) -> Self {
        QuestionKind::Ordering(key)
    }
}

impl Kind for Ordering {
    const NAME: &'static str = "ordering";
    const FIELDS: &'static [&'static str] = &["items", "partial_credit"];
    const RESPONSE: ResponseType = ResponseType::Order;

    #[cfg(test)]
    fn example() -> serde_json::Value {
        serde_json::json!({"type": "ordering", "items": ["w", "x", "y", "z"], "partial_credit": true})
    }

    fn declare(decl: &QuestionDecl, check: &mut dyn Check) -> Option<Self> {
        if decl.items.is_none() {
            return missing(check, decl, "`items` in the correct order");
        }
        let items = parts(check, decl, decl.items.as_deref(), "items", 2)?;
        Some(Ordering {
            items,
            partial_credit: partial_credit(decl),
        })
    }

    fn score(&self, response: &Response) -> Option<f64> {
        let Response::Order(given) = response else {
            return None;
        };
        let key = &self.items;
        let share = if key == given {
            1.0
        } else {
            let pairs = key.len().saturating_sub(1);
            let kept = key
                .windows(2)
                .filter(|w| given.windows(2).any(|g| g[0] == w[0] && g[1] == w[1]))
                .count();
            ratio(kept, pairs)
        };
        Some(partial(share, self.partial_credit))
    }

    /// Partly: the first two items swapped; wrong: the list reversed.
    fn response(&self, answered: Answered) -> Option<Response> {
        let mut given = self.items.clone();
        if answered == Answered::Partly && given.len() > 2 {
            given.swap(0, 1);
        } else if answered != Answered::Right {
            given.reverse();
        }
        Some(Response::Order(given))
    }

    fn show<'a>(&'a self, question: &str, view: &mut QuestionView<'a>) {
        view.items = key_independent(question, ids(&self.items));
    }

    fn part_ids(&self) -> Vec<&str> {
        ids(&self.items)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{ids, score, with_key};
    use super::*;
    use crate::grading::Correctness;
    use crate::questions::{Question, QuestionKind};

    #[test]
    fn ordering_adjacent_pairs() {
        let question = with_key(Ordering {
            items: ids(&["a", "b", "c", "d", "e"]),
            partial_credit: true,
        });
        assert_eq!(
            score(&question, Response::Order(ids(&["a", "b", "c", "d", "e"]))),
            (4.0, Correctness::Correct)
        );
        // One item moved: a-b, c-d, d-e kept (3 of 4 pairs).
        assert_eq!(
            score(&question, Response::Order(ids(&["a", "b", "e", "c", "d"]))),
            (2.0, Correctness::Partial)
        );
        assert_eq!(
            score(&question, Response::Order(ids(&["b", "a", "c", "d", "e"]))),
            (2.0, Correctness::Partial)
        );
        assert_eq!(
            score(&question, Response::Order(ids(&["e", "d", "c", "b", "a"]))),
            (0.0, Correctness::Incorrect)
        );
        assert_eq!(
            score(&question, Response::Order(vec![])),
            (0.0, Correctness::Incorrect)
        );
        let strict = with_key(Ordering {
            items: ids(&["a", "b", "c"]),
            partial_credit: false,
        });
        assert_eq!(
            score(&strict, Response::Order(ids(&["a", "c", "b"]))),
            (0.0, Correctness::Incorrect)
        );
    }

    #[test]
    fn the_view_has_no_answer_key() {
        let items: Vec<String> = ["s1", "s2", "s3", "s4", "s5", "s6"]
            .map(String::from)
            .to_vec();
        let question = Question {
            id: "q-order".into(),
            points: 2,
            outcomes: vec![],
            pool: None,
            kind: QuestionKind::Ordering(Ordering {
                items: items.clone(),
                partial_credit: true,
            }),
        };
        let view = question.learner_view();
        assert_eq!(view.question_type, "ordering");
        let mut sorted = view.items.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, items);
        assert_ne!(
            view.items, items,
            "the view must not list items in the correct order"
        );
        assert_eq!(view, question.learner_view());
        let json = serde_json::to_value(&view).expect("json");
        assert!(json.get("correct").is_none() && json.get("choices").is_none());
    }
}
