//! What item analysis reads of an attempt's stored JSON, and no more: of the graded paper the
//! points awarded in all and per question; of the answers only the ids chosen (a string, a
//! list of strings, or true/false). Strings are borrowed from the stored text where they
//! can be, and the rest is skipped without being built, so that hundreds of thousands of
//! attempts are read quickly. The structs also read serde's array form (`[awarded, grades]`,
//! `[awarded, possible]`, `[value]`): the reports' compact copies of the attempts
//! (`kampus_store::reports::aggregates`) are written that way.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// The graded paper (`crate::GradedPaper`): points awarded, and per question in paper order.
#[derive(Deserialize)]
pub(super) struct GradedView<'a> {
    pub(super) awarded: f64,
    #[serde(borrow)]
    pub(super) grades: Vec<(Cow<'a, str>, GradeView)>,
}

#[derive(Deserialize)]
pub(super) struct GradeView {
    pub(super) awarded: f64,
    pub(super) possible: f64,
}

/// The answers (question id → `{"type": …, "value": …}`), as a list: a paper has few
/// questions, so looking one up by scanning is as quick as hashing.
pub(super) struct AnswersView<'a>(pub(super) Vec<(Cow<'a, str>, Picked<'a>)>);

impl<'a> AnswersView<'a> {
    pub(super) fn get(&self, question: &str) -> Option<&Picked<'a>> {
        self.0.iter().find(|(id, _)| id == question).map(|(_, p)| p)
    }
}

/// What was picked in one answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Picked<'a> {
    /// A choice id (single choice), or a text (short text).
    One(Cow<'a, str>),
    /// Choice ids (multiple response), or item ids (ordering).
    Many(Vec<Cow<'a, str>>),
    Bool(bool),
    /// A number or matching pairs: nothing to count.
    Other,
}

impl<'de: 'a, 'a> Deserialize<'de> for AnswersView<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Answers;
        impl<'de> Visitor<'de> for Answers {
            type Value = AnswersView<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of answers")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                let mut answers = Vec::with_capacity(map.size_hint().unwrap_or(8));
                while let Some((id, answer)) = map.next_entry::<Cow<'de, str>, Answer<'de>>()? {
                    answers.push((id, answer.value));
                }
                Ok(AnswersView(answers))
            }
        }
        deserializer.deserialize_map(Answers)
    }
}

/// One answer: its `type` is skipped (the question says what it is).
#[derive(Deserialize)]
struct Answer<'a> {
    #[serde(borrow)]
    value: Picked<'a>,
}

impl<'de: 'a, 'a> Deserialize<'de> for Picked<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(PickedVisitor)
    }
}

struct PickedVisitor;

impl<'de> Visitor<'de> for PickedVisitor {
    type Value = Picked<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an answer value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Picked::Bool(v))
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Picked::One(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Picked::One(Cow::Owned(v.to_owned())))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Picked::Other)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Picked::Other)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Picked::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Picked::Other)
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Picked::Other)
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Self::Value, S::Error> {
        let mut ids = Vec::new();
        let mut only_strings = true;
        while let Some(element) = seq.next_element::<Picked<'de>>()? {
            match element {
                Picked::One(id) => ids.push(id),
                _ => only_strings = false,
            }
        }
        Ok(if only_strings {
            Picked::Many(ids)
        } else {
            Picked::Other
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use kampus_content::Response;

    use super::*;

    #[test]
    fn every_kind_of_stored_response_is_read() {
        let stored: HashMap<&str, Response> = HashMap::from([
            ("a", Response::Choice("x\"y".into())),
            ("b", Response::Choices(vec!["p".into(), "q".into()])),
            ("c", Response::Bool(false)),
            ("d", Response::Pairs(vec![("p1".into(), "r1".into())])),
            ("e", Response::Order(vec!["i1".into(), "i2".into()])),
            ("f", Response::Number(0.5)),
            ("g", Response::Text("Ženeva".into())),
        ]);
        let json = serde_json::to_string(&stored).expect("json");
        let read: AnswersView<'_> = serde_json::from_str(&json).expect("read");
        let picked = |id: &str| read.get(id).cloned();
        assert_eq!(picked("a"), Some(Picked::One("x\"y".into())));
        assert_eq!(
            picked("b"),
            Some(Picked::Many(vec!["p".into(), "q".into()]))
        );
        assert_eq!(picked("c"), Some(Picked::Bool(false)));
        assert_eq!(picked("d"), Some(Picked::Other));
        assert_eq!(
            picked("e"),
            Some(Picked::Many(vec!["i1".into(), "i2".into()]))
        );
        assert_eq!(picked("f"), Some(Picked::Other));
        assert_eq!(picked("g"), Some(Picked::One("Ženeva".into())));
        assert_eq!(picked("h"), None);
        assert!(serde_json::from_str::<AnswersView<'_>>("[1]").is_err());
    }
}
