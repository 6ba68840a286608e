//! The answer key of a course: for every question of every assessment (pooled questions
//! included), a response that earns full marks.
//!
//! It is an author's and trainer's tool — an answer sheet to review a course against — and what
//! a scripted walkthrough uses to play a learner who knows the material. Each response has the
//! shape the attempts API accepts (a [`Response`], `{"type": "choice", "value": "a"}`), keyed by
//! the question id an attempt shows, so an answer can be looked up for exactly the questions an
//! attempt drew. The responses are derived from the same keys the grader uses; the tests submit
//! every one of them through [`grade`](crate::grade) and expect full marks.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::grading::Response;
use crate::load::load_path;
use crate::model::{Course, QuestionKind};
use crate::problem::{Problem, ProblemCode};
use crate::validate::MANIFEST_FILE;

/// The right responses to every question of a course, by assessment, in authored order.
///
/// Serializes as `{"course": id, "assessments": {assessment id: {question id: response}}}`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerKey {
    pub course: String,
    pub assessments: Vec<AssessmentKey>,
}

/// The right responses to one assessment's questions (all of them, whatever the pools draw).
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentKey {
    pub id: String,
    /// `(question id, response)` in authored order.
    pub questions: Vec<(String, Response)>,
}

/// Why no answer key could be made.
#[derive(Debug, thiserror::Error)]
pub enum AnswerKeyError {
    /// The manifest, where the keys live, could not be read or has errors: a key made from it
    /// could be wrong, so none is made. `kampus content check` lists the same problems.
    #[error("{}: the answer keys in {MANIFEST_FILE} cannot be trusted ({} error(s)); run `kampus content check` on it", path.display(), problems.len())]
    InvalidManifest {
        path: PathBuf,
        problems: Vec<Problem>,
    },
    /// A question without a usable key (a validated course has none; kept for hand-built ones).
    #[error("question `{question}` of assessment `{assessment}` has no accepted answer")]
    NoAnswer {
        assessment: String,
        question: String,
    },
}

/// The response that earns full marks on a question with this key, or `None` when the key
/// accepts nothing (a short-text question without accepted answers).
pub fn correct_response(kind: &QuestionKind) -> Option<Response> {
    kind.correct_response()
}

impl AnswerKey {
    /// The key of a validated course.
    pub fn of(course: &Course) -> Result<AnswerKey, AnswerKeyError> {
        let assessments = course
            .assessments
            .iter()
            .map(|assessment| {
                let questions = assessment
                    .questions
                    .iter()
                    .map(|q| {
                        correct_response(&q.kind)
                            .map(|response| (q.id.clone(), response))
                            .ok_or_else(|| AnswerKeyError::NoAnswer {
                                assessment: assessment.id.clone(),
                                question: q.id.clone(),
                            })
                    })
                    .collect::<Result<_, _>>()?;
                Ok(AssessmentKey {
                    id: assessment.id.clone(),
                    questions,
                })
            })
            .collect::<Result<_, _>>()?;
        Ok(AnswerKey {
            course: course.id.clone(),
            assessments,
        })
    }

    /// Loads the course at `path` (folder or archive) and makes its key. Problems outside
    /// the manifest (a missing translation, a broken link) do not change the keys and are
    /// ignored here; so is a missing English text, which is reported at its id in the
    /// manifest but is a text all the same.
    pub fn read(path: &Path) -> Result<AnswerKey, AnswerKeyError> {
        let outcome = load_path(path);
        let manifest_errors: Vec<Problem> = outcome
            .problems
            .into_iter()
            .filter(|p| {
                p.is_error() && p.file == MANIFEST_FILE && p.code != ProblemCode::MissingText
            })
            .collect();
        match outcome.course {
            Some(loaded) if manifest_errors.is_empty() => AnswerKey::of(loaded.course()),
            _ => Err(AnswerKeyError::InvalidManifest {
                path: path.to_owned(),
                problems: manifest_errors,
            }),
        }
    }

    /// The response for `question` of `assessment`.
    pub fn response(&self, assessment: &str, question: &str) -> Option<&Response> {
        self.assessments
            .iter()
            .find(|a| a.id == assessment)?
            .questions
            .iter()
            .find(|(id, _)| id == question)
            .map(|(_, response)| response)
    }

    /// Pretty-printed JSON (see [`AnswerKey`] for the shape).
    pub fn to_json(&self) -> String {
        // Strings, booleans and finite numbers only: serializing cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// Entries as a JSON object, in their order (a map type would sort or scramble them).
struct InOrder<'a, V>(&'a [(String, V)]);

impl<V: Serialize> Serialize for InOrder<'_, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl Serialize for AnswerKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let assessments: Vec<(String, InOrder<'_, Response>)> = self
            .assessments
            .iter()
            .map(|a| (a.id.clone(), InOrder(&a.questions)))
            .collect();
        let mut key = serializer.serialize_struct("AnswerKey", 2)?;
        key.serialize_field("course", &self.course)?;
        key.serialize_field("assessments", &InOrder(&assessments))?;
        key.end()
    }
}

impl fmt::Display for AnswerKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_json())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grading::{Correctness, grade};
    use crate::model::{Question, TextMatchOptions};
    use crate::questions::{
        Matching, MultipleResponse, Numeric, Ordering, ShortText, SingleChoice, TrueFalse,
    };

    fn repo(relative: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(relative)
    }

    /// Every entry of the key, submitted to the grader, earns full marks; every question has
    /// an entry.
    fn assert_full_marks(course: &Course, key: &AnswerKey) {
        assert_eq!(key.course, course.id);
        assert_eq!(key.assessments.len(), course.assessments.len());
        for assessment in &course.assessments {
            for question in &assessment.questions {
                let response = key
                    .response(&assessment.id, &question.id)
                    .unwrap_or_else(|| panic!("no key for {}/{}", assessment.id, question.id));
                let graded = grade(question, response).expect("the response fits the question");
                assert_eq!(
                    (graded.correctness, graded.awarded),
                    (Correctness::Correct, graded.possible),
                    "{}/{}: {response:?}",
                    assessment.id,
                    question.id
                );
            }
            let keyed = key
                .assessments
                .iter()
                .find(|a| a.id == assessment.id)
                .expect("assessment keyed");
            assert_eq!(keyed.questions.len(), assessment.questions.len());
        }
    }

    #[test]
    fn the_key_of_every_shipped_course_earns_full_marks() {
        let courses = crate::load_folder(&repo("content"));
        assert_eq!(courses.len(), 3, "the three shipped courses");
        for (path, outcome) in courses {
            let loaded = outcome.course.expect("course loads");
            let key = AnswerKey::read(&path).expect("key");
            assert_full_marks(loaded.course(), &key);
        }
    }

    #[test]
    fn pooled_questions_are_all_in_the_key() {
        let path = repo("tests/fixtures/example-course");
        let loaded = crate::load_path(&path).course.expect("example course");
        let course = loaded.course();
        assert!(
            course
                .assessments
                .iter()
                .any(|a| a.questions.iter().any(|q| q.pool.is_some())),
            "the fixture has pools"
        );
        assert_full_marks(course, &AnswerKey::read(&path).expect("key"));
    }

    #[test]
    fn json_has_the_shape_the_attempts_api_accepts() {
        let key = AnswerKey::read(&repo("content/migration-and-gender")).expect("key");
        let json: serde_json::Value = serde_json::from_str(&key.to_json()).expect("JSON");
        assert_eq!(json["course"], "migration-and-gender");
        let final_key = &json["assessments"]["final"];
        assert_eq!(
            final_key["fa-responsive"],
            serde_json::json!({"type": "choice", "value": "impact-analysis"})
        );
        assert_eq!(
            final_key["fa-services"]["value"][0],
            serde_json::json!(["after-rape", "health"])
        );
        assert_eq!(final_key["fa-istanbul-monitor"]["type"], "text");
        // In authored order, so the sheet reads like the manifest.
        let text = key.to_json();
        let at = |id: &str| text.find(&format!("\"{id}\"")).expect("listed");
        assert!(at("pre-test") < at("final") && at("fa-responsive") < at("fa-data-sharing"));
        // Each entry reads back as the API reads it.
        for value in final_key.as_object().expect("object").values() {
            serde_json::from_value::<Response>(value.clone()).expect("a response");
        }
    }

    #[test]
    fn every_question_type_keys_to_full_marks() {
        let ids = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let kinds = [
            QuestionKind::SingleChoice(SingleChoice {
                choices: ids(&["a", "b"]),
                correct: "b".into(),
            }),
            QuestionKind::MultipleResponse(MultipleResponse {
                choices: ids(&["a", "b", "c"]),
                correct: ids(&["a", "c"]),
                partial_credit: false,
            }),
            QuestionKind::TrueFalse(TrueFalse { answer: false }),
            QuestionKind::Matching(Matching {
                responses: ids(&["r1", "r2", "r3"]),
                pairs: vec![("p1".into(), "r2".into()), ("p2".into(), "r1".into())],
                partial_credit: true,
            }),
            QuestionKind::Ordering(Ordering {
                items: ids(&["x", "y", "z"]),
                partial_credit: false,
            }),
            QuestionKind::Numeric(Numeric {
                value: 0.3,
                tolerance: 0.0,
            }),
            QuestionKind::ShortText(ShortText {
                accepted: ids(&["Čačak", "Cacak"]),
                options: TextMatchOptions {
                    match_case: true,
                    match_diacritics: true,
                    accept_cyrillic: false,
                },
            }),
        ];
        for kind in kinds {
            let question = Question {
                id: "q".into(),
                points: 3,
                outcomes: vec![],
                pool: None,
                kind,
            };
            let response = correct_response(&question.kind).expect("answerable");
            let graded = grade(&question, &response).expect("fits");
            assert_eq!(
                (graded.correctness, graded.awarded),
                (Correctness::Correct, graded.possible),
                "{question:?}"
            );
        }
    }

    #[test]
    fn a_question_without_an_accepted_answer_has_no_response() {
        let unanswerable = QuestionKind::ShortText(ShortText {
            accepted: vec![],
            options: TextMatchOptions::default(),
        });
        assert_eq!(correct_response(&unanswerable), None);
    }

    #[test]
    fn a_broken_manifest_gives_no_key() {
        let err = AnswerKey::read(&repo("tests/fixtures/broken-course")).expect_err("refused");
        let AnswerKeyError::InvalidManifest { problems, .. } = &err else {
            panic!("{err}");
        };
        assert!(!problems.is_empty());
        assert!(err.to_string().contains("kampus content check"), "{err}");
        assert!(AnswerKey::read(&repo("no/such/course")).is_err());
    }
}
