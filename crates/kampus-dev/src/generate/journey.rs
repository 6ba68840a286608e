//! One enrollment, from enrolling to the certificate (or to where the learner stopped).
//!
//! The learner walks the course in order: the pre-test, each module's lessons and its quiz,
//! the final assessment, the survey. Some never start; many stop part-way (earlier stops
//! are likelier); some fail an assessment as often as it allows; and those who enrolled
//! recently are simply not finished yet. Every row written says the same story: a lesson's
//! `lesson_progress` row is what its events add up to, an enrollment is completed exactly
//! when the completion rule is met, at the moment of the event that met it.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use kampus_content::Locale;
use kampus_content::model::{Assessment, AssessmentKind, SurveyItemType};
use kampus_progress::Paper;
use serde::Serialize;

use super::answers::{self, Quality};
use super::people;
use super::rng::Rng;
use super::rows::{
    AttemptRow, CompletionRow, EnrollmentRow, EventRow, LessonRow, Rows, SurveyRow, TimeRow,
};
use super::shape::CourseShape;
use kampus_store::error::StoreError;
use kampus_store::progress::EventKind;

/// What every enrollment shares.
#[derive(Debug)]
pub(crate) struct Context<'a> {
    pub now: NaiveDateTime,
    pub issuer: &'a str,
    /// Learners of this locale find each course's [`CourseShape::hard_question`] much harder.
    pub hard_locale: Locale,
    pub time_on_task: bool,
}

/// The learner, as far as their enrollments need to know.
#[derive(Debug)]
pub(crate) struct Learner<'a> {
    pub user_id: &'a str,
    pub locale: Locale,
    /// About 0.4 ± 0.9: how likely they answer questions right.
    pub ability: f64,
    /// 0 to 1: how likely they start and keep going.
    pub diligence: f64,
    pub name: &'a str,
    pub institution: Option<&'a str>,
}

/// A certificate to issue once every enrollment is written (serials follow issue dates).
#[derive(Debug)]
pub(crate) struct PendingCertificate {
    pub enrollment_id: String,
    pub user_id: String,
    pub course_id: String,
    pub issued_at: NaiveDateTime,
    pub snapshot: String,
}

/// The certificate's snapshot: the fields of the API's `CertificateFacts`.
#[derive(Serialize)]
struct Facts<'a> {
    holder_name: &'a str,
    institution: Option<&'a str>,
    locale: &'a str,
    course_id: &'a str,
    course_title: &'a str,
    course_title_en: &'a str,
    hours: f64,
    credits: Option<f64>,
    level: String,
    eqf_level: Option<u8>,
    outcomes: &'a [String],
    outcomes_en: &'a [String],
    completed_on: NaiveDate,
    final_score: Option<f64>,
    issuer: &'a str,
}

enum Step<'c> {
    Assessment(&'c Assessment),
    Lesson(&'c str),
    Survey,
}

/// The course in the order a learner walks it.
fn steps(course: &CourseShape) -> Vec<Step<'_>> {
    let c = &course.course;
    let mut steps: Vec<Step> = c
        .assessments
        .iter()
        .filter(|a| a.kind == AssessmentKind::PreTest)
        .map(Step::Assessment)
        .collect();
    for module in &c.modules {
        steps.extend(module.lessons.iter().map(|l| Step::Lesson(l)));
        steps.extend(
            c.assessments
                .iter()
                .filter(|a| a.module.as_deref() == Some(module.id.as_str()))
                .map(Step::Assessment),
        );
    }
    let survey_required = c.completion.survey && !c.survey.is_empty();
    if !c.survey.is_empty() && !survey_required {
        // An optional survey can only be answered before the course completes.
        steps.push(Step::Survey);
    }
    steps.extend(
        c.assessments
            .iter()
            .filter(|a| {
                a.kind == AssessmentKind::Final
                    || (a.kind == AssessmentKind::ModuleQuiz && a.module.is_none())
            })
            .map(Step::Assessment),
    );
    if survey_required {
        steps.push(Step::Survey);
    }
    steps
}

/// A question's difficulty, the same for everyone: -1.2 to 1.2, from a hash of its id.
fn difficulty(question_id: &str) -> f64 {
    // FNV-1a.
    let hash = question_id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    f64::from(u32::try_from(hash >> 32).unwrap_or(0)) / 4_294_967_296.0 * 2.4 - 1.2
}

fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// One enrollment being walked.
struct Walk<'a> {
    ctx: &'a Context<'a>,
    learner: &'a Learner<'a>,
    course: &'a CourseShape,
    rng: &'a mut Rng,
    rows: &'a mut Rows,
    enrollment_id: String,
    /// When the learner does the next thing.
    t: NaiveDateTime,
    last_activity: NaiveDateTime,
    last_lesson: Option<String>,
    counted_until: Option<NaiveDateTime>,
    passed: Vec<String>,
    final_best: Option<f64>,
    survey_done: bool,
    lessons_done: usize,
    /// When the last step was done (a lesson completed, an attempt submitted, …).
    step_done: NaiveDateTime,
    /// When the completion rule was first met: the moment of the event that met it.
    completed_at: Option<NaiveDateTime>,
}

/// Why a walk ended before the end of the course.
#[derive(PartialEq, Eq)]
enum Halt {
    /// It is `now`: the learner is still at it.
    Now,
    /// The learner stopped (or failed out).
    Stopped,
}

/// Writes the rows of one enrollment; the time of its last activity.
pub(crate) fn enroll(
    ctx: &Context<'_>,
    learner: &Learner<'_>,
    course: &CourseShape,
    enrolled_at: NaiveDateTime,
    rng: &mut Rng,
    rows: &mut Rows,
    certificates: &mut Vec<PendingCertificate>,
) -> Result<NaiveDateTime, StoreError> {
    let enrollment_id = rng.uuid_at(enrolled_at);
    let steps = steps(course);
    let d = learner.diligence;
    let starts = !rng.chance(0.1 - 0.06 * d);
    let stop_at = if rng.chance(0.34 - 0.22 * d) {
        // Early stops are likelier than late ones.
        let share = rng.unit().powf(1.4);
        // A share of a short list of steps: no precision lost, no sign, no overflow.
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss
        )]
        Some((share * steps.len() as f64) as usize)
    } else {
        None
    };
    let first_session = enrolled_at + rng.seconds_around(3.0 * 3600.0, 1.5);
    let mut walk = Walk {
        ctx,
        learner,
        course,
        rng,
        rows,
        enrollment_id,
        t: first_session,
        last_activity: enrolled_at,
        last_lesson: None,
        counted_until: None,
        passed: Vec::new(),
        final_best: None,
        survey_done: false,
        lessons_done: 0,
        step_done: enrolled_at,
        completed_at: None,
    };
    let halt = if starts {
        walk.walk(&steps, stop_at)?
    } else {
        Some(Halt::Stopped)
    };
    let completed_at = walk.completed_at;
    if let Some(at) = completed_at {
        certificates.push(walk.certificate(at)?);
    }
    let withdrawn_at = match halt {
        Some(Halt::Stopped) if completed_at.is_none() && walk.rng.chance(0.2) => {
            Some(walk.last_activity + walk.rng.seconds_around(10.0 * 86_400.0, 1.0))
                .filter(|at| *at <= ctx.now)
        }
        _ => None,
    };
    let last = walk.last_activity.max(withdrawn_at.unwrap_or(enrolled_at));
    walk.rows.enrollments.push(EnrollmentRow {
        id: walk.enrollment_id,
        user_id: learner.user_id.to_owned(),
        course_id: course.id().to_owned(),
        status: if withdrawn_at.is_some() {
            "withdrawn"
        } else {
            "active"
        },
        enrolled_at,
        withdrawn_at,
        completed_at,
        last_lesson_id: walk.last_lesson,
        updated_at: last,
        time_counted_until: walk.counted_until,
    });
    Ok(last)
}

impl Walk<'_> {
    /// Walks the steps; `None` when every step was done.
    fn walk(
        &mut self,
        steps: &[Step<'_>],
        stop_at: Option<usize>,
    ) -> Result<Option<Halt>, StoreError> {
        for (i, step) in steps.iter().enumerate() {
            let stopping = stop_at == Some(i);
            if self.t > self.ctx.now {
                return Ok(Some(Halt::Now));
            }
            let done = match step {
                Step::Lesson(lesson) => self.lesson(lesson, stopping),
                Step::Assessment(assessment) => self.assessment(assessment, stopping)?,
                Step::Survey => self.survey(stopping)?,
            };
            if let Some(halt) = done {
                return Ok(Some(halt));
            }
            if self.completed_at.is_none() && self.rule_met() {
                self.completed_at = Some(self.step_done);
            }
        }
        Ok(None)
    }

    fn rule_met(&self) -> bool {
        let course = &self.course.course;
        let rule = &course.completion;
        let lessons_ok = !rule.all_lessons || self.lessons_done == self.course.lesson_count();
        let survey_ok = !rule.survey || course.survey.is_empty() || self.survey_done;
        lessons_ok && survey_ok && rule.pass.iter().all(|a| self.passed.contains(a))
    }

    fn event(&mut self, kind: EventKind, lesson: &str, at: NaiveDateTime) {
        // Most events reach the server within seconds; some were queued offline for hours.
        let delay = if self.rng.chance(0.03) {
            self.rng.seconds_around(4.0 * 3600.0, 1.0)
        } else {
            TimeDelta::milliseconds(self.rng.between(80, 3_000))
        };
        let event_id = self.rng.uuid_at(at);
        self.rows.events.push(EventRow {
            event_id,
            enrollment_id: self.enrollment_id.clone(),
            kind: kind.as_str(),
            lesson_id: lesson.to_owned(),
            occurred_at: at,
            recorded_at: (at + delay).min(self.ctx.now.max(at)),
        });
        self.last_activity = self.last_activity.max(at);
    }

    /// Reads a lesson over one to three sittings and completes it (unless `stopping` or out
    /// of time), now and then coming back to it later.
    fn lesson(&mut self, lesson: &str, stopping: bool) -> Option<Halt> {
        let now = self.ctx.now;
        let first = self.t;
        let sittings = 1 + self.rng.weighted(&[35, 35, 30]);
        let reading = self.rng.seconds_around(self.reading_median(), 0.6);
        let mut at = first;
        let mut seconds = TimeDelta::zero();
        let mut halt = None;
        for sitting in 0..sittings {
            if sitting > 0 {
                at += self.rng.seconds_around(20.0 * 3600.0, 0.8);
            }
            if at > now {
                halt = Some(Halt::Now);
                break;
            }
            self.event(EventKind::Viewed, lesson, at);
            self.last_lesson = Some(lesson.to_owned());
            let part = reading / i32::try_from(sittings).unwrap_or(1);
            seconds += part;
            at += part;
            if stopping {
                halt = Some(Halt::Stopped);
                break;
            }
        }
        let completed = (halt.is_none() && at <= now).then_some(at);
        if let Some(done) = completed {
            self.event(EventKind::Completed, lesson, done);
            self.lessons_done += 1;
            self.step_done = done;
            self.t = done + self.next_gap();
            if self.rng.chance(0.3) {
                let again = done + self.rng.seconds_around(5.0 * 86_400.0, 1.0);
                if again <= now {
                    self.event(EventKind::Viewed, lesson, again);
                }
            }
        } else if halt.is_none() {
            halt = Some(Halt::Now);
        }
        self.rows.lessons.push(LessonRow {
            enrollment_id: self.enrollment_id.clone(),
            lesson_id: lesson.to_owned(),
            first_viewed_at: first,
            completed_at: completed,
        });
        if self.ctx.time_on_task && seconds > TimeDelta::zero() {
            let heartbeat = completed.unwrap_or(at).min(now);
            self.rows.times.push(TimeRow {
                enrollment_id: self.enrollment_id.clone(),
                lesson_id: lesson.to_owned(),
                seconds: seconds.num_seconds(),
                last_heartbeat_at: heartbeat,
            });
            self.counted_until = Some(self.counted_until.map_or(heartbeat, |c| c.max(heartbeat)));
        }
        halt
    }

    /// How long a lesson takes to read, in seconds: half the course's hours (the rest is
    /// assessments, exercises and reading beyond the lessons), shared by its lessons.
    fn reading_median(&self) -> f64 {
        let lessons = u32::try_from(self.course.lesson_count())
            .unwrap_or(1)
            .max(1);
        (self.course.course.accreditation.hours * 3600.0 * 0.5 / f64::from(lessons)).max(300.0)
    }

    /// The pause before the next step: often straight on, else another day.
    fn next_gap(&mut self) -> TimeDelta {
        if self.rng.chance(0.55) {
            self.rng.seconds_around(180.0, 0.5)
        } else {
            self.rng.seconds_around(2.0 * 86_400.0, 1.0)
        }
    }
}

impl Walk<'_> {
    /// Takes an assessment until passed, or as often as allowed (and the learner is willing).
    fn assessment(
        &mut self,
        assessment: &Assessment,
        stopping: bool,
    ) -> Result<Option<Halt>, StoreError> {
        let pre_test = assessment.kind == AssessmentKind::PreTest;
        if pre_test && self.rng.chance(0.07) {
            return Ok(None); // skipped: it counts for nothing
        }
        let tries = assessment.settings.attempts.unwrap_or(4).min(4);
        let learning = match assessment.kind {
            AssessmentKind::PreTest => -0.5,
            AssessmentKind::ModuleQuiz => 1.0,
            AssessmentKind::Final => 1.3,
        };
        for number in 1..=tries {
            let started = self.t;
            if started > self.ctx.now {
                return Ok(Some(Halt::Now));
            }
            let paper = Paper::draw(assessment, self.rng);
            let limit = assessment
                .settings
                .time_limit_minutes
                .map(|m| TimeDelta::minutes(i64::from(m)));
            let per_question = 50.0 + 40.0 * self.rng.unit();
            #[allow(clippy::cast_precision_loss)]
            let mut took = self
                .rng
                .seconds_around(per_question * paper.questions.len() as f64, 0.35);
            if let Some(limit) = limit {
                took = took.min(limit - TimeDelta::seconds(20));
            }
            let submitted = started + took;
            let open = stopping || submitted > self.ctx.now;
            let boost = learning + 0.45 * f64::from(number - 1);
            let graded = if open {
                None
            } else {
                Some(self.answer(&paper, boost)?)
            };
            let id = self.rng.uuid_at(started);
            let answered = paper.questions.len() / 2;
            self.rows.attempts.push(AttemptRow {
                id,
                enrollment_id: self.enrollment_id.clone(),
                assessment_id: assessment.id.clone(),
                number: i32::try_from(number).unwrap_or(i32::MAX),
                answers: match &graded {
                    Some(g) => g.answers.clone(),
                    None => answers::partial_answers(&paper, answered)?,
                },
                paper: answers::json(&paper)?,
                started_at: started,
                deadline_at: limit.map(|l| started + l),
                submitted_at: graded.as_ref().map(|_| submitted),
                percent: graded.as_ref().map(|g| g.percent),
                passed: graded.as_ref().and_then(|g| g.passed),
                result: graded.as_ref().map(|g| g.result.clone()),
            });
            self.last_activity = self.last_activity.max(started);
            let Some(graded) = graded else {
                return Ok(Some(if stopping { Halt::Stopped } else { Halt::Now }));
            };
            self.last_activity = self.last_activity.max(submitted);
            self.step_done = submitted;
            if graded.passed != Some(false) {
                self.t = submitted + self.next_gap();
                if graded.passed == Some(true) {
                    self.passed.push(assessment.id.clone());
                    if assessment.kind == AssessmentKind::Final {
                        self.final_best = Some(
                            self.final_best
                                .map_or(graded.percent, |b| b.max(graded.percent)),
                        );
                    }
                }
                return Ok(None);
            }
            // Failed: back another day, having read again.
            self.t = submitted + self.rng.seconds_around(86_400.0, 1.0);
        }
        Ok(Some(Halt::Stopped))
    }

    fn answer(&mut self, paper: &Paper, boost: f64) -> Result<answers::Graded, StoreError> {
        let ability = self.learner.ability + boost;
        let hard = (self.learner.locale == self.ctx.hard_locale)
            .then(|| self.course.hard_question())
            .flatten();
        let rng = &mut *self.rng;
        answers::answer_and_grade(paper, |q| {
            let penalty = if hard == Some(q.id.as_str()) {
                2.5
            } else {
                0.0
            };
            let p = logistic(ability - difficulty(&q.id) - penalty);
            let u = rng.unit();
            if u < 0.015 {
                Quality::Blank
            } else if u < p {
                Quality::Right
            } else if rng.chance(0.4) {
                Quality::Partly
            } else {
                Quality::Wrong
            }
        })
    }

    fn survey(&mut self, stopping: bool) -> Result<Option<Halt>, StoreError> {
        let required = self.course.course.completion.survey;
        if stopping || (required && self.rng.chance(0.04)) || (!required && self.rng.chance(0.4)) {
            return Ok(if required { Some(Halt::Stopped) } else { None });
        }
        let at = self.t;
        let mut answers = serde_json::Map::new();
        for item in &self.course.course.survey {
            match item.item_type {
                SurveyItemType::Likert => {
                    if item.required || self.rng.chance(0.9) {
                        let scale = usize::from(item.scale.unwrap_or(5).max(2));
                        // Mostly satisfied: 4s and 5s, a few low marks.
                        let top = self.rng.weighted(&[45, 37, 12, 4, 2]).min(scale - 1);
                        answers.insert(item.id.clone(), (scale - top).into());
                    }
                }
                SurveyItemType::FreeText => {
                    if item.required || self.rng.chance(0.15) {
                        let text = people::comment(self.rng, self.learner.locale);
                        answers.insert(item.id.clone(), text.into());
                    }
                }
            }
        }
        let answers =
            serde_json::to_string(&answers).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.rows.surveys.push(SurveyRow {
            enrollment_id: self.enrollment_id.clone(),
            answers,
            submitted_at: at,
            updated_at: at,
        });
        self.survey_done = true;
        self.step_done = at;
        self.last_activity = self.last_activity.max(at);
        self.t = at + self.rng.seconds_around(60.0, 0.5);
        Ok(None)
    }

    /// Records the completion and the certificate to issue for it.
    fn certificate(&mut self, at: NaiveDateTime) -> Result<PendingCertificate, StoreError> {
        self.rows.completions.push(CompletionRow {
            enrollment_id: self.enrollment_id.clone(),
            user_id: self.learner.user_id.to_owned(),
            course_id: self.course.id().to_owned(),
            completed_at: at,
        });
        let course = &self.course.course;
        let locale = self.learner.locale;
        let (own, english) = (self.course.texts(locale), self.course.texts(Locale::En));
        let (Some(own), Some(english)) = (own, english) else {
            return Err(StoreError::Corrupt(format!(
                "course {}: no texts",
                course.id
            )));
        };
        let level = serde_json::to_value(course.accreditation.level)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let facts = Facts {
            holder_name: self.learner.name,
            institution: self.learner.institution,
            locale: locale.tag(),
            course_id: &course.id,
            course_title: &own.title,
            course_title_en: &english.title,
            hours: course.accreditation.hours,
            credits: course.accreditation.ects,
            level,
            eqf_level: course.accreditation.eqf_level,
            outcomes: &own.outcomes,
            outcomes_en: &english.outcomes,
            completed_on: at.date(),
            final_score: self.course.final_id().and(self.final_best),
            issuer: self.ctx.issuer,
        };
        Ok(PendingCertificate {
            enrollment_id: self.enrollment_id.clone(),
            user_id: self.learner.user_id.to_owned(),
            course_id: course.id.clone(),
            issued_at: at,
            snapshot: serde_json::to_string(&facts)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?,
        })
    }
}
