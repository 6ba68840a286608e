//! The paper of an attempt: which questions it shows, in which order, with which order of
//! choices — drawn once when the attempt starts and stored with it, answer keys included, so
//! that grading uses exactly the questions the learner saw, even if a new version of the
//! course is published meanwhile.

use std::collections::HashMap;

use kampus_content::model::{Assessment, AssessmentKind, Question, ReviewPolicy};
use kampus_content::{Grade, Response, grade};
use serde::{Deserialize, Serialize};

/// A source of randomness for drawing papers (injectable, so tests are repeatable).
pub trait RandomSource {
    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize;
}

/// The operating system's random source.
#[derive(Debug, Clone)]
pub struct OsRandom {
    /// Random bytes not used yet: `buffer[used..]`.
    buffer: [u8; 256],
    used: usize,
}

impl OsRandom {
    /// Fetches from the operating system 256 bytes at a time (32 draws): a system call for
    /// every draw was 3 % of starting an attempt.
    pub fn new() -> Self {
        Self {
            buffer: [0; 256],
            used: 256,
        }
    }
}

impl Default for OsRandom {
    fn default() -> Self {
        Self::new()
    }
}

impl RandomSource for OsRandom {
    fn below(&mut self, n: usize) -> usize {
        if self.used + 8 > self.buffer.len() {
            // On failure (no entropy source at all) fall back to the first choice: still a
            // valid paper, only not shuffled.
            if getrandom::getrandom(&mut self.buffer).is_err() {
                return 0;
            }
            self.used = 0;
        }
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(&self.buffer[self.used..self.used + 8]);
        self.used += 8;
        // 64 random bits modulo a small n: the bias is below 2^-50.
        usize::try_from(u64::from_le_bytes(bytes) % (n as u64)).unwrap_or(0)
    }
}

fn shuffle<T>(items: &mut [T], rng: &mut impl RandomSource) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

/// One question as this attempt shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaperQuestion {
    /// The question with its answer key, as published when the attempt started.
    pub question: Question,
    /// Choice ids in the order shown (single choice, multiple response).
    pub choices: Vec<String>,
    /// Premise ids (matching).
    pub premises: Vec<String>,
    /// Response ids (matching), in an order that does not reveal the key.
    pub responses: Vec<String>,
    /// Item ids (ordering), in an order that does not reveal the key.
    pub items: Vec<String>,
}

/// What an attempt shows and how it is judged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paper {
    pub assessment_id: String,
    pub kind: AssessmentKind,
    /// Percent needed to pass.
    pub pass_mark: f64,
    pub review: ReviewPolicy,
    pub time_limit_minutes: Option<u32>,
    pub questions: Vec<PaperQuestion>,
}

/// The outcome of grading a paper.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GradedPaper {
    pub awarded: f64,
    pub possible: f64,
    /// 0 to 100.
    pub percent: f64,
    /// `None` for a pre-test: it measures prior knowledge and never counts toward passing.
    pub passed: Option<bool>,
    /// Per question id, in paper order.
    pub grades: Vec<(String, Grade)>,
}

impl Paper {
    /// Draws a paper: every question outside pools, `draw` from each pool, then shuffled as
    /// the assessment's settings say.
    pub fn draw(assessment: &Assessment, rng: &mut impl RandomSource) -> Paper {
        let authored = |q: &Question| {
            assessment
                .questions
                .iter()
                .position(|a| a.id == q.id)
                .unwrap_or(usize::MAX)
        };
        let mut chosen: Vec<&Question> = assessment
            .questions
            .iter()
            .filter(|q| q.pool.is_none())
            .collect();
        for pool in &assessment.pools {
            let mut candidates: Vec<&Question> = assessment
                .questions
                .iter()
                .filter(|q| q.pool.as_deref() == Some(pool.id.as_str()))
                .collect();
            shuffle(&mut candidates, rng);
            chosen.extend(candidates.into_iter().take(pool.draw as usize));
        }
        if assessment.settings.shuffle_questions {
            shuffle(&mut chosen, rng);
        } else {
            chosen.sort_by_key(|q| authored(q));
        }
        let questions = chosen
            .into_iter()
            .map(|question| {
                let view = question.learner_view();
                let mut choices: Vec<String> =
                    view.choices.iter().map(|c| (*c).to_owned()).collect();
                if assessment.settings.shuffle_choices {
                    shuffle(&mut choices, rng);
                }
                PaperQuestion {
                    choices,
                    premises: view.premises.iter().map(|p| (*p).to_owned()).collect(),
                    responses: view.responses.iter().map(|r| (*r).to_owned()).collect(),
                    items: view.items.iter().map(|i| (*i).to_owned()).collect(),
                    question: question.clone(),
                }
            })
            .collect();
        Paper {
            assessment_id: assessment.id.clone(),
            kind: assessment.kind,
            pass_mark: assessment.settings.pass_mark,
            review: assessment.settings.review,
            time_limit_minutes: assessment.settings.time_limit_minutes,
            questions,
        }
    }

    pub fn question(&self, id: &str) -> Option<&PaperQuestion> {
        self.questions.iter().find(|q| q.question.id == id)
    }

    /// Checks that a response fits its question's type (before it is saved).
    pub fn accepts(&self, question_id: &str, response: &Response) -> bool {
        self.question(question_id)
            .is_some_and(|q| grade(&q.question, response).is_ok())
    }

    /// Grades the answers given; an unanswered question scores nothing.
    pub fn grade(&self, answers: &HashMap<String, Response>) -> GradedPaper {
        let grades: Vec<(String, Grade)> = self
            .questions
            .iter()
            .map(|q| {
                let possible = f64::from(q.question.points);
                let graded = answers
                    .get(&q.question.id)
                    .and_then(|response| grade(&q.question, response).ok())
                    .unwrap_or(Grade {
                        awarded: 0.0,
                        possible,
                        correctness: kampus_content::Correctness::Incorrect,
                    });
                (q.question.id.clone(), graded)
            })
            .collect();
        let awarded: f64 = grades.iter().map(|(_, g)| g.awarded).sum();
        let possible: f64 = grades.iter().map(|(_, g)| g.possible).sum();
        let percent = if possible > 0.0 {
            (awarded / possible * 100.0 * 100.0).round() / 100.0
        } else {
            0.0
        };
        let passed = (self.kind != AssessmentKind::PreTest).then_some(percent >= self.pass_mark);
        GradedPaper {
            awarded,
            possible,
            percent,
            passed,
            grades,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Always the first option: no shuffling, the first candidates of each pool.
    struct First;
    impl RandomSource for First {
        fn below(&mut self, _n: usize) -> usize {
            0
        }
    }

    fn example() -> kampus_content::LoadedCourse {
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/example-course"
        );
        kampus_content::load_path(std::path::Path::new(dir))
            .course
            .expect("example course")
    }

    #[test]
    fn pools_draw_their_count_and_everything_else_is_shown() {
        let loaded = example();
        let final_test = loaded
            .course()
            .assessments
            .iter()
            .find(|a| a.id == "final")
            .expect("final");
        let paper = Paper::draw(final_test, &mut OsRandom::new());
        // Two centre questions in a pool drawing one, plus one unpooled question.
        assert_eq!(paper.questions.len(), 2);
        assert_eq!(
            paper
                .questions
                .iter()
                .filter(|q| q.question.pool.is_some())
                .count(),
            1
        );
    }

    #[test]
    fn grading_scores_answers_and_counts_unanswered_as_zero() {
        let loaded = example();
        let quiz = loaded
            .course()
            .assessments
            .iter()
            .find(|a| a.id == "quiz-access")
            .expect("quiz");
        let paper = Paper::draw(quiz, &mut First);
        let mut answers = HashMap::new();
        answers.insert(
            "q-definition".to_owned(),
            Response::Choice("persecution".into()),
        );
        answers.insert("q-non-refoulement".to_owned(), Response::Bool(true));
        let graded = paper.grade(&answers);
        // 2 + 1 of 2 + 3 + 1 points; q-vulnerable unanswered.
        assert_eq!((graded.awarded, graded.possible), (3.0, 6.0));
        assert!((graded.percent - 50.0).abs() < f64::EPSILON);
        assert_eq!(graded.passed, Some(false), "pass mark 60");
        assert!(paper.accepts("q-definition", &Response::Choice("poverty".into())));
        assert!(
            !paper.accepts("q-definition", &Response::Bool(true)),
            "wrong type"
        );
        assert!(!paper.accepts("no-such-question", &Response::Bool(true)));
    }

    #[test]
    fn a_paper_survives_storage_unchanged() {
        let loaded = example();
        for assessment in &loaded.course().assessments {
            let paper = Paper::draw(assessment, &mut OsRandom::new());
            let json = serde_json::to_string(&paper).expect("serialize");
            assert_eq!(
                serde_json::from_str::<Paper>(&json).expect("deserialize"),
                paper
            );
        }
    }

    #[test]
    fn the_pre_test_never_passes_or_fails() {
        let loaded = example();
        let pre = loaded
            .course()
            .assessments
            .iter()
            .find(|a| a.kind == AssessmentKind::PreTest)
            .expect("pre-test");
        assert_eq!(
            Paper::draw(pre, &mut First).grade(&HashMap::new()).passed,
            None
        );
    }
}
