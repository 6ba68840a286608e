//! The end-of-course evaluation: saved (and changed) until the course is completed; a
//! course that asks for it may be completed by it.

use std::collections::HashMap;
use std::sync::Arc;

use kampus_content::LoadedCourse;
use kampus_content::model::SurveyItemType;
use kampus_store::completion;
use kampus_store::enrollments::{self, Enrollment};
use serde::Serialize;

use super::enrollment::{EnrollmentProgress, with_progress};
use kampus_xapi::kampus_events;

use crate::context::Context;
use crate::error::{FieldError, UseCaseError};
use crate::retry;
use crate::statements::{self, Learner, What};

/// Longest free-text answer accepted.
pub const MAX_TEXT_CHARS: usize = 4000;

/// An answer: a rating for a Likert item, text for a free-text item. Stored as the bare
/// number or string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Answer {
    Rating(u8),
    Text(String),
}

/// Answers by survey item id.
pub type SurveyAnswers = HashMap<String, Answer>;

/// Saves `answers` as the survey of `enrollment` (active, in `course`) with its statement
/// (`completed`, the first time), then evaluates the course's completion in the same
/// transaction; the enrollment as it now is.
pub async fn submit(
    ctx: &Context,
    course: Arc<LoadedCourse>,
    enrollment: Enrollment,
    answers: SurveyAnswers,
) -> Result<EnrollmentProgress, UseCaseError> {
    if enrollment.completed_at.is_some() {
        return Err(UseCaseError::Conflict(
            "survey of a completed course".into(),
        ));
    }
    check(&course, &answers)?;
    let json =
        serde_json::to_string(&answers).map_err(|e| UseCaseError::Internal(e.to_string()))?;
    let job_ctx = ctx.clone();
    ctx.blocking(move |conn| {
        let now = job_ctx.now();
        retry::write(conn, |tx| {
            completion::save_survey(tx, &enrollment.id, &json, now)?;
            // Its statement once: a later change of the answers states nothing new.
            let learner = Learner::find(tx, enrollment.user_id)?;
            statements::record(
                tx,
                &job_ctx,
                &course,
                learner,
                &enrollment.id,
                &kampus_events::derived_id("survey", &enrollment.id),
                What::SurveyCompleted,
                now,
            )?;
            crate::completion::evaluate(tx, &course, &enrollment, now, &job_ctx)?;
            let current = enrollments::find_by_id(tx, &enrollment.id)?;
            Ok(with_progress(tx, current)?)
        })
    })
    .await
}

/// Every answer names an item of the survey and fits it; every required item is answered.
fn check(course: &LoadedCourse, answers: &HashMap<String, Answer>) -> Result<(), UseCaseError> {
    let items = &course.course().survey;
    let mut unknown: Vec<FieldError> = answers
        .keys()
        .filter(|id| !items.iter().any(|item| &item.id == *id))
        .map(|id| FieldError::new(format!("answers.{id}"), "field-survey-item-unknown"))
        .collect();
    if !unknown.is_empty() {
        unknown.sort_by(|a, b| a.field.cmp(&b.field));
        return Err(UseCaseError::UnknownReference(unknown));
    }
    let mut invalid = Vec::new();
    for item in items {
        let field = format!("answers.{}", item.id);
        let scale = item.scale.unwrap_or(5);
        let fits = match (item.item_type, answers.get(&item.id)) {
            (_, None) => {
                if item.required {
                    invalid.push(FieldError::new(field, "field-required"));
                }
                continue;
            }
            (SurveyItemType::Likert, Some(Answer::Rating(r))) => (1..=scale).contains(r),
            (SurveyItemType::FreeText, Some(Answer::Text(t))) => {
                t.chars().count() <= MAX_TEXT_CHARS
            }
            _ => false,
        };
        if !fits {
            invalid.push(match item.item_type {
                SurveyItemType::Likert => {
                    FieldError::new(field, "field-rating-invalid").with_arg("max", i64::from(scale))
                }
                SurveyItemType::FreeText => FieldError::new(field, "field-comment-invalid")
                    .with_arg("max", i64::try_from(MAX_TEXT_CHARS).unwrap_or(i64::MAX)),
            });
        }
    }
    if invalid.is_empty() {
        Ok(())
    } else {
        Err(UseCaseError::Invalid(invalid))
    }
}

/// The survey answers saved for an enrollment, as stored (a JSON object), if any.
pub async fn saved(ctx: &Context, enrollment_id: String) -> Result<Option<String>, UseCaseError> {
    ctx.blocking(move |conn| Ok(completion::survey(conn, &enrollment_id)?))
        .await
}
