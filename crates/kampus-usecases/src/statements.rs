//! Kampus's own xAPI statements, written by the use cases in the transaction of the event each
//! describes (issue 22, item 3; docs/xapi.md "Kampus's own statements"). The statements are
//! built by `kampus_xapi::kampus_events` from the facts gathered here (names in the learner's
//! locale, the enrollment as registration) and stored by `kampus_xapi::lrs::own::record`: a
//! statement whose id is stored already is left alone, so an event retried with its id makes
//! none.

use chrono::{NaiveDateTime, TimeZone, Utc};
use kampus_content::{LoadedCourse, Locale, Response};
use kampus_store::users::User;
use kampus_store::{DbConnection, StoreError, UserId, users};
use kampus_xapi::kampus_events::{self, Event, Facts, Named, Score};

use crate::context::Context;

/// Who a statement is about: the learner and the locale they use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Learner {
    pub id: UserId,
    pub locale: Locale,
}

impl From<&User> for Learner {
    fn from(user: &User) -> Self {
        Learner {
            id: user.id,
            locale: user.preferred_locale,
        }
    }
}

impl Learner {
    /// The learner `id` as stored (for use cases that know only the id).
    pub fn find(tx: &mut DbConnection, id: UserId) -> Result<Learner, StoreError> {
        Ok(Learner::from(&users::find(tx, id)?))
    }
}

/// What happened, by the ids of the course's parts.
#[derive(Debug, Clone, Copy)]
pub(crate) enum What<'a> {
    Enrolled,
    Lesson {
        lesson_id: &'a str,
        completed: bool,
    },
    Attempted {
        assessment_id: &'a str,
        number: i32,
    },
    Answered {
        assessment_id: &'a str,
        question_id: &'a str,
        response: &'a Response,
        success: bool,
        awarded: f64,
        possible: f64,
    },
    Graded {
        assessment_id: &'a str,
        passed: bool,
        awarded: f64,
        possible: f64,
    },
    SurveyCompleted,
    CourseCompleted,
    CertificateEarned {
        verification_code: &'a str,
    },
}

/// A text of the course in the learner's locale (following the fallback chain), and the
/// locale it is in.
fn text(course: &LoadedCourse, locale: Locale, key: &str) -> Option<(String, Locale)> {
    course
        .text(locale, key, None)
        .map(|t| (t.value.into_owned(), t.origin.locale))
}

fn named<'a>(id: &'a str, text: Option<&'a (String, Locale)>, learner: Locale) -> Named<'a> {
    Named {
        id,
        name: text.map(|(name, _)| name.as_str()),
        name_locale: text
            .map(|(_, locale)| *locale)
            .filter(|locale| *locale != learner)
            .map(Locale::tag),
    }
}

/// The ids of the parts an event touches: the module and the lesson, the assessment and the
/// question, the assessment alone, or none (empty).
fn parts_of(course: &LoadedCourse, what: What<'_>) -> (String, String) {
    let module_of = |lesson_id: &str| {
        course
            .course()
            .modules
            .iter()
            .find(|m| m.lessons.iter().any(|l| l == lesson_id))
            .map(|m| m.id.clone())
            .unwrap_or_default()
    };
    match what {
        What::Lesson { lesson_id, .. } => (module_of(lesson_id), lesson_id.to_owned()),
        What::Attempted { assessment_id, .. } | What::Graded { assessment_id, .. } => {
            (assessment_id.to_owned(), String::new())
        }
        What::Answered {
            assessment_id,
            question_id,
            ..
        } => (assessment_id.to_owned(), question_id.to_owned()),
        _ => (String::new(), String::new()),
    }
}

/// Writes the statement of `what` (id `id`, the event's own or derived) for `learner`'s
/// enrollment `enrollment_id` in `course`, which happened `at`; call it in the event's
/// transaction, only for an event recorded as new.
#[allow(clippy::too_many_arguments)]
pub(crate) fn record(
    tx: &mut DbConnection,
    ctx: &Context,
    course: &LoadedCourse,
    learner: Learner,
    enrollment_id: &str,
    id: &str,
    what: What<'_>,
    at: NaiveDateTime,
) -> Result<(), StoreError> {
    let public_url = ctx.issuer.public_url.trim_end_matches('/');
    let locale = learner.locale;
    let course_id = &course.course().id;
    let course_name = text(course, locale, "course");
    let user_id = learner.id.to_string();
    let (first_id, second_id) = parts_of(course, what);
    let first_name = (!first_id.is_empty())
        .then(|| text(course, locale, &first_id))
        .flatten();
    let second_name = (!second_id.is_empty())
        .then(|| text(course, locale, &second_id))
        .flatten();
    let first = named(&first_id, first_name.as_ref(), locale);
    let second = named(&second_id, second_name.as_ref(), locale);
    let verification_url;
    let response_text;
    let event = match what {
        What::Enrolled => Event::Enrolled,
        What::Lesson {
            completed: false, ..
        } => Event::LessonExperienced {
            module: first,
            lesson: second,
        },
        What::Lesson {
            completed: true, ..
        } => Event::LessonCompleted {
            module: first,
            lesson: second,
        },
        What::Attempted { number, .. } => Event::AssessmentAttempted {
            assessment: first,
            number,
        },
        What::Answered {
            response,
            success,
            awarded,
            possible,
            ..
        } => {
            response_text = interaction_response(response);
            Event::Answered {
                assessment: first,
                question: second,
                response: &response_text,
                success,
                score: Score {
                    raw: awarded,
                    min: 0.0,
                    max: possible,
                },
            }
        }
        What::Graded {
            passed,
            awarded,
            possible,
            ..
        } => Event::AssessmentGraded {
            assessment: first,
            passed,
            score: Score {
                raw: awarded,
                min: 0.0,
                max: possible,
            },
        },
        What::SurveyCompleted => Event::SurveyCompleted,
        What::CourseCompleted => Event::CourseCompleted,
        What::CertificateEarned { verification_code } => {
            verification_url = crate::certificates::mail::verify_url(public_url, verification_code);
            Event::CertificateEarned {
                verification_url: &verification_url,
            }
        }
    };
    let statement = kampus_events::statement(
        id,
        &Facts {
            public_url,
            user_id: &user_id,
            registration: enrollment_id,
            locale: Some(locale.tag()),
            course: named(course_id, course_name.as_ref(), locale),
            timestamp: Utc.from_utc_datetime(&at),
        },
        &event,
    );
    kampus_xapi::lrs::own::record(tx, statement, public_url, ctx.now())
}

/// A response as xAPI writes an interaction's (2.0.0 §4.2.4.1, "Response Patterns"): choice ids
/// joined by `[,]`, matching pairs as `premise[.]response`, true/false, the number, the text.
pub(crate) fn interaction_response(response: &Response) -> String {
    match response {
        Response::Choice(id) => id.clone(),
        Response::Choices(ids) | Response::Order(ids) => ids.join("[,]"),
        Response::Bool(value) => value.to_string(),
        Response::Pairs(pairs) => pairs
            .iter()
            .map(|(premise, response)| format!("{premise}[.]{response}"))
            .collect::<Vec<_>>()
            .join("[,]"),
        Response::Number(number) => number.to_string(),
        Response::Text(text) => text.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_take_xapis_interaction_forms() {
        let pairs = Response::Pairs(vec![("p1".into(), "r2".into()), ("p2".into(), "r1".into())]);
        assert_eq!(interaction_response(&pairs), "p1[.]r2[,]p2[.]r1");
        let choices = Response::Choices(vec!["a".into(), "c".into()]);
        assert_eq!(interaction_response(&choices), "a[,]c");
        assert_eq!(interaction_response(&Response::Bool(false)), "false");
        assert_eq!(interaction_response(&Response::Number(2.5)), "2.5");
    }
}
