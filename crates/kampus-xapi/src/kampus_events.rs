//! Kampus's own learning events as xAPI statements: pure builders, from plain facts to the
//! statement's JSON (no database; the use cases store what these build, in the transaction of
//! the event, through [`crate::lrs::own::record`]).
//!
//! Rules (issue 22, item 3, and docs/xapi.md "Kampus's own statements"):
//! - the statement id is the event's own id when it is a UUID (an enrollment, a lesson event,
//!   an attempt); otherwise, and for events with no id of their own (a grade, a completion),
//!   it is derived from the event's key ([`derived_id`]), so a retried event makes the same id
//!   and the LRS keeps one statement;
//! - the actor is an account (`homePage` = the public URL, `name` = the user id), never an
//!   email address: records pooled in a funder's LRS carry no personal address;
//! - `context.registration` is the enrollment id; `context.language` the learner's locale;
//!   `context.platform` is "Kampus"; `contextActivities` name the course (`parent` for what is
//!   directly in it, `grouping` for a lesson, whose `parent` is its module);
//! - verbs come from the ADL vocabulary (`http://adlnet.gov/expapi/verbs/…`) and, where it has
//!   none, from cmi5's (`https://w3id.org/xapi/adl/verbs/satisfied` for the certificate);
//!   activity types from ADL's (`http://adlnet.gov/expapi/activities/…`), except the survey:
//!   ADL has no survey type, so it is the xAPI registry's
//!   `http://id.tincanapi.com/activitytype/survey`.

use std::fmt::Write as _;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use crate::statement::stamp::format_time;
use crate::statement::validate::is_uuid;

/// What the platform is called in `context.platform`.
pub const PLATFORM: &str = "Kampus";

/// An activity Kampus names: its id (course, module, lesson or assessment id) and its name in
/// the learner's locale, when there is one.
#[derive(Debug, Clone, Copy)]
pub struct Named<'a> {
    pub id: &'a str,
    pub name: Option<&'a str>,
    /// The locale the name is in, when it is not the learner's (a fallback); `None`: the
    /// learner's.
    pub name_locale: Option<&'a str>,
}

/// What every statement of an enrollment shares.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    /// The site's public address, without a trailing slash.
    pub public_url: &'a str,
    /// The learner's user id (a UUID): the actor's account name.
    pub user_id: &'a str,
    /// The enrollment id: `context.registration` (left out if it is not a UUID).
    pub registration: &'a str,
    /// The learner's locale tag (`sr-Latn`), when known.
    pub locale: Option<&'a str>,
    pub course: Named<'a>,
    /// When the event happened.
    pub timestamp: DateTime<Utc>,
}

/// A score: `scaled` is `raw` over `max` (0 to 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub raw: f64,
    pub min: f64,
    pub max: f64,
}

/// A Kampus event that becomes a statement.
#[derive(Debug, Clone, Copy)]
pub enum Event<'a> {
    /// Enrolled in the course.
    Enrolled,
    /// A lesson viewed.
    LessonExperienced {
        module: Named<'a>,
        lesson: Named<'a>,
    },
    /// A lesson completed.
    LessonCompleted {
        module: Named<'a>,
        lesson: Named<'a>,
    },
    /// An attempt at an assessment started (`number`: 1 for the first).
    AssessmentAttempted { assessment: Named<'a>, number: i32 },
    /// One question of a submitted attempt answered: `response` in xAPI's interaction form
    /// (`a[,]b` for several choices, `premise[.]response[,]…` for pairs), `success` whether it
    /// was wholly right, `score` its points.
    Answered {
        assessment: Named<'a>,
        question: Named<'a>,
        response: &'a str,
        success: bool,
        score: Score,
    },
    /// An attempt graded: passed or failed, with its score.
    AssessmentGraded {
        assessment: Named<'a>,
        passed: bool,
        score: Score,
    },
    /// The end-of-course survey submitted.
    SurveyCompleted,
    /// The course completed (its completion rule met).
    CourseCompleted,
    /// The course's certificate issued; `verification_url` is its public verification page.
    CertificateEarned { verification_url: &'a str },
}

/// A verb: its IRI and its English display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    pub id: &'static str,
    pub display: &'static str,
}

const REGISTERED: Verb = Verb {
    id: "http://adlnet.gov/expapi/verbs/registered",
    display: "registered",
};
const EXPERIENCED: Verb = Verb {
    id: "http://adlnet.gov/expapi/verbs/experienced",
    display: "experienced",
};
const COMPLETED: Verb = Verb {
    id: "http://adlnet.gov/expapi/verbs/completed",
    display: "completed",
};
const ATTEMPTED: Verb = Verb {
    id: "http://adlnet.gov/expapi/verbs/attempted",
    display: "attempted",
};
const ANSWERED: Verb = Verb {
    id: "http://adlnet.gov/expapi/verbs/answered",
    display: "answered",
};
const PASSED: Verb = Verb {
    id: "http://adlnet.gov/expapi/verbs/passed",
    display: "passed",
};
const FAILED: Verb = Verb {
    id: "http://adlnet.gov/expapi/verbs/failed",
    display: "failed",
};
/// cmi5 §9.3.9: the LMS states "satisfied" when the learner met the course's criteria; in
/// Kampus that is the moment a certificate is issued, and the certificate is what it earns.
const SATISFIED: Verb = Verb {
    id: "https://w3id.org/xapi/adl/verbs/satisfied",
    display: "satisfied",
};

const COURSE: &str = "http://adlnet.gov/expapi/activities/course";
const MODULE: &str = "http://adlnet.gov/expapi/activities/module";
const LESSON: &str = "http://adlnet.gov/expapi/activities/lesson";
const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";
const QUESTION: &str = "http://adlnet.gov/expapi/activities/question";
const SURVEY: &str = "http://id.tincanapi.com/activitytype/survey";

impl Event<'_> {
    /// The event's verb.
    pub fn verb(&self) -> Verb {
        match self {
            Event::Enrolled => REGISTERED,
            Event::LessonExperienced { .. } => EXPERIENCED,
            Event::LessonCompleted { .. } | Event::SurveyCompleted | Event::CourseCompleted => {
                COMPLETED
            }
            Event::AssessmentAttempted { .. } => ATTEMPTED,
            Event::Answered { .. } => ANSWERED,
            Event::AssessmentGraded { passed: true, .. } => PASSED,
            Event::AssessmentGraded { passed: false, .. } => FAILED,
            Event::CertificateEarned { .. } => SATISFIED,
        }
    }
}

/// A UUID (version 8, RFC 9562 §5.8) derived from an event's key: the first 16 bytes of
/// SHA-256 over `kampus:<kind>:<key>`. The same event always gets the same statement id, and
/// events of different kinds with the same key (a course completion and a survey of one
/// enrollment) get different ones.
pub fn derived_id(kind: &str, key: &str) -> String {
    let digest = Sha256::digest(format!("kampus:{kind}:{key}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes)
        .into_uuid()
        .to_string()
}

/// The statement id for an event whose own id is `id`: itself when it is a UUID (lower case),
/// else derived from it.
pub fn statement_id(kind: &str, id: &str) -> String {
    if is_uuid(id) {
        id.to_ascii_lowercase()
    } else {
        derived_id(kind, id)
    }
}

/// The activity id of the course.
pub fn course_iri(public_url: &str, course_id: &str) -> String {
    format!("{public_url}/courses/{}", segment(course_id))
}

/// Builds the statement `id` for `event` (valid xAPI 2.0.0; the LRS adds `stored`,
/// `authority` and `version` when it stores it).
pub fn statement(id: &str, facts: &Facts<'_>, event: &Event<'_>) -> Value {
    let course_iri = course_iri(facts.public_url, facts.course.id);
    let under = |kind: &str, id: &str| format!("{course_iri}/{kind}/{}", segment(id));
    let course = activity(&course_iri, COURSE, &facts.course, facts.locale);
    let (object, parent, grouping) = match event {
        Event::Enrolled | Event::CourseCompleted => (course, None, None),
        Event::LessonExperienced { module, lesson } | Event::LessonCompleted { module, lesson } => {
            (
                activity(&under("lessons", lesson.id), LESSON, lesson, facts.locale),
                Some(activity(
                    &under("modules", module.id),
                    MODULE,
                    module,
                    facts.locale,
                )),
                Some(course),
            )
        }
        Event::AssessmentAttempted { assessment, .. }
        | Event::AssessmentGraded { assessment, .. } => (
            activity(
                &under("assessments", assessment.id),
                ASSESSMENT,
                assessment,
                facts.locale,
            ),
            Some(course),
            None,
        ),
        Event::Answered {
            assessment,
            question,
            ..
        } => {
            let assessment_iri = under("assessments", assessment.id);
            (
                activity(
                    &format!("{assessment_iri}/questions/{}", segment(question.id)),
                    QUESTION,
                    question,
                    facts.locale,
                ),
                Some(activity(
                    &assessment_iri,
                    ASSESSMENT,
                    assessment,
                    facts.locale,
                )),
                Some(course),
            )
        }
        Event::SurveyCompleted => (
            activity(
                &format!("{course_iri}/survey"),
                SURVEY,
                &Named {
                    id: "survey",
                    name: None,
                    name_locale: None,
                },
                facts.locale,
            ),
            Some(course),
            None,
        ),
        Event::CertificateEarned { .. } => (course.clone(), None, None),
    };
    let verb = event.verb();
    let mut statement = json!({
        "id": id,
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": facts.public_url, "name": facts.user_id}
        },
        "verb": {"id": verb.id, "display": {"en-US": verb.display}},
        "object": object,
        "timestamp": format_time(facts.timestamp),
    });
    statement["context"] = context_of(facts, parent, grouping);
    add_result(&mut statement, facts.public_url, event);
    statement
}

/// `context`: registration, platform, language and the activities the object sits in.
fn context_of(facts: &Facts<'_>, parent: Option<Value>, grouping: Option<Value>) -> Value {
    let mut context = Map::new();
    if is_uuid(facts.registration) {
        context.insert(
            "registration".into(),
            Value::String(facts.registration.to_ascii_lowercase()),
        );
    }
    context.insert("platform".into(), Value::String(PLATFORM.into()));
    if let Some(locale) = facts.locale {
        context.insert("language".into(), Value::String(locale.into()));
    }
    let mut activities = Map::new();
    if let Some(parent) = parent {
        activities.insert("parent".into(), Value::Array(vec![parent]));
    }
    if let Some(grouping) = grouping {
        activities.insert("grouping".into(), Value::Array(vec![grouping]));
    }
    if !activities.is_empty() {
        context.insert("contextActivities".into(), Value::Object(activities));
    }
    Value::Object(context)
}

/// The event's `result` (and, for an attempt, its number as a context extension).
fn add_result(statement: &mut Value, public_url: &str, event: &Event<'_>) {
    match event {
        Event::LessonCompleted { .. } | Event::SurveyCompleted | Event::CourseCompleted => {
            statement["result"] = json!({"completion": true});
        }
        Event::AssessmentAttempted { number, .. } => {
            statement["context"]["extensions"] =
                json!({ format!("{}/xapi/extensions/attempt-number", public_url): number });
        }
        Event::Answered {
            response,
            success,
            score,
            ..
        } => {
            statement["result"] = json!({
                "response": response,
                "success": success,
                "score": score_of(score),
            });
        }
        Event::AssessmentGraded { passed, score, .. } => {
            statement["result"] = json!({
                "score": score_of(score),
                "success": passed,
                "completion": true
            });
        }
        Event::CertificateEarned { verification_url } => {
            statement["result"] = json!({
                "success": true,
                "completion": true,
                "extensions": {
                    format!("{}/xapi/extensions/certificate", public_url): verification_url
                }
            });
        }
        Event::Enrolled | Event::LessonExperienced { .. } => {}
    }
}

/// `result.score` of a score: `scaled` is where `raw` lies between `min` and `max`.
fn score_of(score: &Score) -> Value {
    let scaled = if score.max > score.min {
        ((score.raw - score.min) / (score.max - score.min)).clamp(0.0, 1.0)
    } else {
        0.0
    };
    json!({
        "scaled": round(scaled, 4),
        "raw": round(score.raw.clamp(score.min, score.max), 4),
        "min": round(score.min, 4),
        "max": round(score.max, 4)
    })
}

/// An activity object with its definition (`name` in the learner's locale, when known).
fn activity(id: &str, kind: &str, named: &Named<'_>, locale: Option<&str>) -> Value {
    let mut definition = json!({"type": kind});
    if let Some(name) = named.name {
        let language = named.name_locale.or(locale).unwrap_or("en");
        definition["name"] = json!({ language: name });
    }
    json!({"objectType": "Activity", "id": id, "definition": definition})
}

/// An id as one path segment of an IRI: content ids are slugs, but anything else is
/// percent-encoded so the IRI stays valid.
fn segment(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for byte in id.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// `value` rounded to `digits` decimals (scores without binary noise such as 0.30000000000000004).
fn round(value: f64, digits: i32) -> f64 {
    let factor = 10f64.powi(digits);
    (value * factor).round() / factor
}

#[cfg(test)]
mod tests;
