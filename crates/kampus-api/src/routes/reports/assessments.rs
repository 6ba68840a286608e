//! `GET /api/v1/reports/assessments/{course}/{assessment}`: statistics of one assessment's
//! submitted attempts — attempts, learners, mean percent and pass rate (overall and per
//! locale), per question the facility and discrimination indices, the answers chosen and a
//! translation flag (overall and per locale), and mastery per learning outcome. As CSV: one
//! row per question and per question and locale.
//!
//! Definitions: reading in `kampus_store::reports::assessments` (the locale of an attempt is
//! its learner's preferred locale), figures in `kampus_progress::item_analysis`.

use actix_web::{HttpRequest, HttpResponse, web};
use kampus_content::model::Assessment;
use kampus_progress::item_analysis::{self, ItemReport, OutcomeMastery, QuestionStats};
use kampus_store::reports::SMALL_GROUP;
use kampus_store::reports::assessments::{AssessmentRef, LocaleAttempts};
use serde::Serialize;
use utoipa::ToSchema;

use super::csv::CsvResponse;
use super::{Format, ReportQuery, scope_of};
use crate::caller::StaffUser;
use crate::caller::locale::negotiate_request;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

/// How the figures are defined (so that a reader of the JSON need not look them up).
#[derive(Debug, Serialize, ToSchema)]
pub struct Methods {
    /// "mean score fraction (awarded / possible) of the attempts that drew the question".
    pub facility: &'static str,
    /// "point-biserial correlation of the item score with the rest-score (attempt points
    /// minus the item's)".
    pub discrimination: &'static str,
    /// A locale needs at least this many attempts at a question, and the other locales as
    /// many together, to be flagged.
    pub translation_flag_min_attempts: u64,
    /// … and a facility at least this much below the other locales' pooled facility.
    pub translation_flag_gap: f64,
    /// "mean score fraction over the responses to questions linked to the outcome".
    pub mastery: &'static str,
    /// "the learner's preferred locale" (attempts do not record their language).
    pub locale: &'static str,
}

/// Attempts, learners, mean percent and pass rate of a group of attempts.
#[derive(Debug, Serialize, ToSchema)]
pub struct AttemptFigures {
    /// The learners' locale; absent for the whole.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    pub attempts: i64,
    pub learners: i64,
    /// 0 to 100.
    pub mean_percent: Option<f64>,
    /// Passed / attempts; null for a pre-test (never passed or failed).
    pub pass_rate: Option<f64>,
    /// Fewer learners than `small_group_threshold`.
    pub small_group: bool,
}

/// The assessment statistics report.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssessmentReportView {
    pub course: String,
    pub assessment: String,
    pub small_group_threshold: i64,
    pub methods: Methods,
    pub summary: AttemptFigures,
    /// By locale, ordered by tag.
    pub locales: Vec<AttemptFigures>,
    /// Per question (published order; questions only older papers had come last): `id`,
    /// `type`, `outcomes`, `attempts`, `facility`, `discrimination`, `unanswered`, `answers`
    /// (choice id → times chosen; choice questions), `small_group` (fewer than 5 attempts),
    /// `translation_flag`, and `locales`: the same per locale, each with its
    /// `translation_flag`.
    #[schema(value_type = Vec<Object>)]
    pub questions: Vec<QuestionStats>,
    /// Per learning outcome: `outcome`, `responses`, `mastery` and `locales`.
    #[schema(value_type = Vec<Object>)]
    pub outcomes: Vec<OutcomeMastery>,
    /// Submitted attempts whose stored answers or result could not be read (left out of the
    /// question figures).
    pub unreadable_attempts: u64,
}

/// Statistics of an assessment's submitted attempts by the caller's learners (a trainer's
/// institutions; everyone for admins).
#[utoipa::path(
    get,
    path = "/api/v1/reports/assessments/{course}/{assessment}",
    tag = "reports",
    security(("bearer" = [])),
    params(
        ("course" = String, Path, description = "A course id or slug"),
        ("assessment" = String, Path, description = "An assessment id of the course"),
        ReportQuery
    ),
    responses(
        (status = 200, description = "The report (JSON, or CSV with `format=csv` or `Accept: text/csv`: a row per question and per question and locale)", content((AssessmentReportView = "application/json"), (String = "text/csv"))),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a trainer or admin", body = Problem, content_type = "application/problem+json"),
        (status = 400, description = "A filter that is not valid (`invalid-query`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such published course or assessment", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn assessment(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: StaffUser,
    path: web::Path<(String, String)>,
    query: crate::query::Query<ReportQuery>,
) -> Result<HttpResponse, ApiError> {
    let (course, assessment_id) = path.into_inner();
    let (course_id, assessment) =
        find(&state, &course, &assessment_id).ok_or(ApiError::NotFound)?;
    let mut filter = query.filter(&state, None)?;
    let format = query.format(&req);
    // The path names the course; a `course` filter cannot widen or move it.
    filter.course = Some(course_id.clone());
    let scope = scope_of(&staff);
    let target = AssessmentRef {
        course_id: course_id.clone(),
        assessment_id: assessment.id.clone(),
    };
    let (locales, items) = state
        .db
        .run(move |conn| {
            kampus_usecases::reports::staff::item_analysis(
                conn,
                &scope,
                &filter,
                &target,
                &assessment,
            )
        })
        .await?;
    Ok(match format {
        Format::Json => HttpResponse::Ok().json(view(course_id, assessment_id, &locales, items)),
        Format::Csv => {
            let locale = negotiate_request(&req, &state).locale;
            let say = |key: &str| state.catalog.message(locale, key, None);
            kampus_usecases::reports::csv::item_analysis(&items, &say)
                .into_response(&format!("assessment-{assessment_id}"))
        }
    })
}

/// The published course (by id or slug) and its assessment.
fn find(state: &AppState, course: &str, assessment: &str) -> Option<(String, Assessment)> {
    let content = state.content();
    let loaded = content
        .courses()
        .find(|c| c.course().id == course || c.course().slug == course)?;
    let found = loaded
        .course()
        .assessments
        .iter()
        .find(|a| a.id == assessment)?;
    Some((loaded.course().id.clone(), found.clone()))
}

fn view(
    course: String,
    assessment: String,
    locales: &[LocaleAttempts],
    items: ItemReport,
) -> AssessmentReportView {
    let whole = kampus_usecases::reports::staff::all_locales(locales);
    AssessmentReportView {
        course,
        assessment,
        small_group_threshold: SMALL_GROUP,
        methods: Methods {
            facility: "mean score fraction (awarded / possible) of the attempts that drew the question",
            discrimination: "point-biserial correlation of the item score with the rest-score (attempt points minus the item's)",
            translation_flag_min_attempts: item_analysis::TRANSLATION_MIN_ATTEMPTS,
            translation_flag_gap: item_analysis::TRANSLATION_GAP,
            mastery: "mean score fraction over the responses to questions linked to the outcome",
            locale: "the learner's preferred locale",
        },
        summary: figures(&whole, None),
        locales: locales
            .iter()
            .map(|l| figures(l, Some(l.locale.clone())))
            .collect(),
        questions: items.questions,
        outcomes: items.outcomes,
        unreadable_attempts: items.unreadable_attempts,
    }
}

#[allow(clippy::cast_precision_loss)] // counts of attempts are far below 2^52
fn figures(group: &LocaleAttempts, locale: Option<String>) -> AttemptFigures {
    let attempts = group.attempts as f64;
    AttemptFigures {
        locale,
        attempts: group.attempts,
        learners: group.learners,
        mean_percent: group
            .percent_sum
            .filter(|_| group.attempts > 0)
            .map(|sum| sum / attempts),
        pass_rate: (group.judged > 0).then(|| group.passed as f64 / group.judged as f64),
        small_group: group.learners < SMALL_GROUP,
    }
}
