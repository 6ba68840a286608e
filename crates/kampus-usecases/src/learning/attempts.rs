//! Assessment attempts: start, save answers, submit.
//!
//! The paper is drawn when the attempt starts and kept with it; submitting grades once,
//! whatever the concurrency. The small writes go through the group-commit writer; the
//! reading, checking, merging and grading stay off it (every write of the node waits for
//! the writer), and what is written is checked against what was read.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{NaiveDateTime, TimeDelta};
use kampus_content::grading::Correctness;
use kampus_content::{LoadedCourse, Response};
use kampus_progress::{GradedPaper, OsRandom, Paper};
use kampus_store::attempts::{self, Attempt};
use kampus_store::{AttemptId, DbConnection, StoreError, UserId, enrollments};

use kampus_xapi::kampus_events;

use crate::context::Context;
use crate::error::{FieldError, UseCaseError};
use crate::retry;
use crate::statements::{self, Learner, What};

/// Answers saved or submitted this long after the time limit are still accepted (network).
pub const GRACE: TimeDelta = TimeDelta::seconds(30);

/// A learner's answers, by question id.
pub type Answers = HashMap<String, Response>;

/// An attempt started, or the one still open.
#[derive(Debug)]
pub enum Started {
    /// A new attempt, with the paper just drawn.
    New { attempt: Attempt, paper: Paper },
    /// The attempt still open (started before, time left).
    Open(Attempt),
}

/// What the writer's transaction of [`start`] found or did.
enum Outcome {
    Open(Attempt),
    New(Attempt),
    LimitReached,
    NotEnrolled,
}

/// Starts an attempt at `assessment_id` of `course` for `user_id` (enrolled), or returns the
/// one still open. An open attempt whose time ran out is graded with what was saved in time
/// first. Refused when every allowed attempt is used.
pub async fn start(
    ctx: &Context,
    course: Arc<LoadedCourse>,
    user_id: UserId,
    assessment_id: &str,
) -> Result<Started, UseCaseError> {
    let assessment = course
        .course()
        .assessments
        .iter()
        .find(|a| a.id == assessment_id)
        .ok_or(UseCaseError::NotFound)?;
    // Drawn here, not in the writer's transaction, which every writer of the node waits for
    // (wasted if an attempt is still open: drawing is cheap).
    let drawn = Paper::draw(assessment, &mut OsRandom::new());
    let paper = serde_json::to_string(&drawn).map_err(|e| UseCaseError::Internal(e.to_string()))?;
    let (course_id, assessment_id, limit, time_limit) = (
        course.course().id.clone(),
        assessment.id.clone(),
        assessment.settings.attempts,
        assessment.settings.time_limit_minutes,
    );
    let job_ctx = ctx.clone();
    // A small write transaction: grouped with others by the writer (group commit).
    let job = move |tx: &mut DbConnection| {
        let now = job_ctx.now();
        let Some(enrollment) =
            enrollments::find(tx, user_id, &course_id)?.filter(enrollments::Enrollment::is_active)
        else {
            return Ok(Outcome::NotEnrolled);
        };
        let (made, open) = attempts::tally(tx, &enrollment.id, &assessment_id)?;
        if let Some(open) = open {
            if !is_closed(&open, now) {
                return Ok(Outcome::Open(open));
            }
            // Time ran out: it is graded with what was saved in time.
            let graded = grade_and_record(tx, &open, now)?;
            let learner = Learner::find(tx, user_id)?;
            record_graded(tx, &job_ctx, &course, learner, &graded)?;
        }
        let attempts_made = usize::try_from(made).unwrap_or(usize::MAX);
        if limit.is_some_and(|limit| attempts_made >= limit as usize) {
            return Ok(Outcome::LimitReached);
        }
        let deadline = time_limit.map(|m| now + TimeDelta::minutes(i64::from(m)));
        let number = i32::try_from(attempts_made + 1).unwrap_or(i32::MAX);
        let attempt = attempts::start(
            tx,
            &enrollment.id,
            &assessment_id,
            number,
            &paper,
            deadline,
            now,
        )?;
        let learner = Learner::find(tx, user_id)?;
        statements::record(
            tx,
            &job_ctx,
            &course,
            learner,
            &enrollment.id,
            &kampus_events::statement_id("attempt", &attempt.id.to_string()),
            What::Attempted {
                assessment_id: &assessment_id,
                number,
            },
            now,
        )?;
        Ok::<_, StoreError>(Outcome::New(attempt))
    };
    match retry::again_after_conflict(|| ctx.writer.run(job.clone())).await? {
        Outcome::New(attempt) => Ok(Started::New {
            attempt,
            paper: drawn,
        }),
        Outcome::Open(attempt) => Ok(Started::Open(attempt)),
        Outcome::LimitReached => Err(UseCaseError::AttemptLimitReached),
        Outcome::NotEnrolled => Err(UseCaseError::NotEnrolled),
    }
}

/// Saves `given` answers into the caller's open `attempt` (merged with those saved).
pub async fn save(ctx: &Context, attempt: Attempt, given: Answers) -> Result<(), UseCaseError> {
    if is_closed(&attempt, ctx.now()) {
        return Err(UseCaseError::AttemptClosed);
    }
    check_answers(&paper_of(&attempt)?, &given)?;
    let merged = merged_answers(&attempt, &given)?;
    let clock = ctx.clock.clone();
    // Written only if nothing changed since the read above (optimistic): the reading, checking
    // and merging stay off the writer, which every write of the node waits for.
    let job = move |tx: &mut DbConnection| {
        let open_after = clock.now() - GRACE;
        if attempts::replace_answers(tx, attempt.id, &attempt.answers, &merged, open_after)? {
            return Ok(true);
        }
        // Another save, the submission or the time limit came first: decide here, where
        // no other write of this node can come in between.
        let current = attempts::find(tx, attempt.id)?;
        if is_closed(&current, clock.now()) {
            return Ok(false);
        }
        let merged = merged_answers(&current, &given)?;
        attempts::replace_answers(tx, current.id, &current.answers, &merged, open_after)
    };
    if retry::again_after_conflict(|| ctx.writer.run(job.clone())).await? {
        Ok(())
    } else {
        Err(UseCaseError::AttemptClosed)
    }
}

/// A submitted attempt, with its paper (read once: it holds every question whole).
#[derive(Debug)]
pub struct Submitted {
    pub attempt: Attempt,
    pub paper: Paper,
}

/// Submits the caller's `attempt` of `course`: graded once on the server; submitting again
/// returns the same result. `given` answers (sent with the submission) are saved first, if
/// the time limit (plus grace) allows. Passing may complete the course, in the same
/// transaction.
pub async fn submit(
    ctx: &Context,
    course: Arc<LoadedCourse>,
    attempt: Attempt,
    given: Option<Answers>,
) -> Result<Submitted, UseCaseError> {
    let paper = paper_of(&attempt)?;
    if attempt.submitted_at.is_some() {
        return Ok(Submitted { attempt, paper });
    }
    let answers = match &given {
        Some(given) => {
            if is_closed(&attempt, ctx.now()) {
                return Err(UseCaseError::AttemptClosed);
            }
            check_answers(&paper, given)?;
            merged_answers(&attempt, given)?
        }
        None => attempt.answers.clone(),
    };
    // Graded here, off the writer; recorded only if the attempt is as it was read.
    let (graded, result) = grade(&paper, &answers)?;
    let job_ctx = ctx.clone();
    let job = move |tx: &mut DbConnection| {
        let now = job_ctx.now();
        let record = attempts::GradeToRecord {
            read_answers: &attempt.answers,
            graded_answers: &answers,
            deadline_after: given.is_some().then(|| now - GRACE),
            percent: graded.percent,
            passed: graded.passed,
            result: &result,
        };
        let recorded = if attempts::submit_graded(tx, attempt.id, &record, now)? {
            Attempt {
                answers: answers.clone(),
                submitted_at: Some(now),
                percent: Some(graded.percent),
                passed: graded.passed,
                result: Some(result.clone()),
                ..attempt.clone()
            }
        } else {
            // Submitted meanwhile (a double submit: that grade stands, and the completion
            // was checked with it), or changed since the read: decide here, where no other
            // write of this node comes in between.
            let current = attempts::find(tx, attempt.id)?;
            if current.submitted_at.is_some() {
                return Ok(current);
            }
            let current = match &given {
                Some(given) if !is_closed(&current, now) => {
                    let merged = merged_answers(&current, given)?;
                    attempts::save_answers(tx, current.id, &merged)?;
                    Attempt {
                        answers: merged,
                        ..current
                    }
                }
                // Time is up: graded with what was saved in time.
                _ => current,
            };
            grade_and_record(tx, &current, now)?
        };
        let enrollment = enrollments::find_by_id(tx, &recorded.enrollment_id)?;
        // Its statement, once (the id is derived from the attempt's: a double submit, or a
        // retry of this job, makes none).
        let learner = Learner::find(tx, enrollment.user_id)?;
        record_graded(tx, &job_ctx, &course, learner, &recorded)?;
        if recorded.passed == Some(true) {
            // Passing an assessment may complete the course.
            crate::completion::evaluate(tx, &course, &enrollment, now, &job_ctx)?;
        }
        Ok(recorded)
    };
    let attempt = retry::again_after_conflict(|| ctx.writer.run(job.clone())).await?;
    // The attempt's paper never changes, whichever submission won.
    Ok(Submitted { attempt, paper })
}

/// The caller's attempt with this id, and its course id; `NotFound` for anyone else's.
pub async fn owned(
    ctx: &Context,
    id: AttemptId,
    user_id: UserId,
) -> Result<(Attempt, String), UseCaseError> {
    ctx.blocking(move |conn| Ok(attempts::find_owned(conn, id, user_id)?))
        .await
}

/// `user_id`'s attempts at an assessment of a course, first to last (none when not enrolled).
pub async fn history(
    ctx: &Context,
    user_id: UserId,
    course_id: String,
    assessment_id: String,
) -> Result<Vec<attempts::AttemptSummary>, UseCaseError> {
    ctx.blocking(move |conn| {
        let Some(enrollment) = enrollments::find(conn, user_id, &course_id)? else {
            return Ok(Vec::new());
        };
        Ok(attempts::history(conn, &enrollment.id, &assessment_id)?)
    })
    .await
}

/// Submitted, or past its time limit and the grace.
pub fn is_closed(attempt: &Attempt, now: NaiveDateTime) -> bool {
    attempt.submitted_at.is_some() || attempt.deadline_at.is_some_and(|d| now > d + GRACE)
}

/// The paper the attempt was drawn with.
pub fn paper_of(attempt: &Attempt) -> Result<Paper, StoreError> {
    stored_json(attempt.id, &attempt.paper)
}

/// The answers saved so far.
pub fn answers_of(attempt: &Attempt) -> Result<HashMap<String, Response>, StoreError> {
    stored_json(attempt.id, &attempt.answers)
}

/// Writes the statements of a graded attempt: `answered` for each question answered, then
/// `passed` or `failed` (not for a pre-test, which neither passes nor fails). Their ids are
/// derived from the attempt's (and the question's): written once, whichever path graded it.
fn record_graded(
    tx: &mut DbConnection,
    ctx: &Context,
    course: &LoadedCourse,
    learner: Learner,
    attempt: &Attempt,
) -> Result<(), StoreError> {
    let Some(submitted_at) = attempt.submitted_at else {
        return Ok(());
    };
    let graded = attempt
        .result
        .as_deref()
        .and_then(|result| serde_json::from_str::<GradedPaper>(result).ok());
    let answers = answers_of(attempt).unwrap_or_default();
    let attempt_id = attempt.id.to_string();
    for (question_id, grade) in graded.iter().flat_map(|g| &g.grades) {
        let Some(response) = answers.get(question_id) else {
            continue;
        };
        statements::record(
            tx,
            ctx,
            course,
            learner,
            &attempt.enrollment_id,
            &kampus_events::derived_id("answered", &format!("{attempt_id}/{question_id}")),
            What::Answered {
                assessment_id: &attempt.assessment_id,
                question_id,
                response,
                success: grade.correctness == Correctness::Correct,
                awarded: grade.awarded,
                possible: grade.possible,
            },
            submitted_at,
        )?;
    }
    let Some(passed) = attempt.passed else {
        return Ok(());
    };
    let (awarded, possible) = graded
        .as_ref()
        .map_or((attempt.percent.unwrap_or(0.0), 100.0), |graded| {
            (graded.awarded, graded.possible)
        });
    statements::record(
        tx,
        ctx,
        course,
        learner,
        &attempt.enrollment_id,
        &kampus_events::derived_id("graded", &attempt_id),
        What::Graded {
            assessment_id: &attempt.assessment_id,
            passed,
            awarded,
            possible,
        },
        submitted_at,
    )
}

/// Grades an open attempt with its saved answers and records the grade, once.
fn grade_and_record(
    conn: &mut DbConnection,
    attempt: &Attempt,
    now: NaiveDateTime,
) -> Result<Attempt, StoreError> {
    let (graded, result) = grade(&paper_of(attempt)?, &attempt.answers)?;
    // If another submission won, this is a no-op and the stored grade is returned.
    attempts::submit(
        conn,
        attempt.id,
        graded.percent,
        graded.passed,
        &result,
        now,
    )?;
    attempts::find(conn, attempt.id)
}

/// The paper graded with `answers` (stored JSON), and the grade as stored JSON.
fn grade(paper: &Paper, answers: &str) -> Result<(GradedPaper, String), StoreError> {
    let answers: HashMap<String, Response> = serde_json::from_str(answers).unwrap_or_default();
    let graded = paper.grade(&answers);
    let result = serde_json::to_string(&graded).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok((graded, result))
}

/// The attempt's saved answers with `given` merged in, as stored JSON.
fn merged_answers(
    attempt: &Attempt,
    given: &HashMap<String, Response>,
) -> Result<String, StoreError> {
    let mut answers = answers_of(attempt)?;
    answers.extend(given.iter().map(|(k, v)| (k.clone(), v.clone())));
    serde_json::to_string(&answers).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// A JSON column of an attempt, read back.
fn stored_json<T: serde::de::DeserializeOwned>(
    attempt: AttemptId,
    json: &str,
) -> Result<T, StoreError> {
    serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("attempt {attempt}: {e}")))
}

/// Refuses answers to questions not on the paper (unknown references), then answers of
/// another type than their question takes (invalid).
fn check_answers(paper: &Paper, given: &HashMap<String, Response>) -> Result<(), UseCaseError> {
    let mut ids: Vec<&String> = given.keys().collect();
    ids.sort();
    let unknown: Vec<FieldError> = ids
        .iter()
        .filter(|qid| paper.question(qid).is_none())
        .map(|qid| FieldError::new(format!("answers.{qid}"), "field-question-unknown"))
        .collect();
    if !unknown.is_empty() {
        return Err(UseCaseError::UnknownReference(unknown));
    }
    let invalid: Vec<FieldError> = ids
        .iter()
        .filter(|qid| !paper.accepts(qid, &given[**qid]))
        .map(|qid| FieldError::new(format!("answers.{qid}"), "field-answer-type-invalid"))
        .collect();
    if invalid.is_empty() {
        Ok(())
    } else {
        Err(UseCaseError::Invalid(invalid))
    }
}
