//! The figures of the report to funders (issue 21): for a period and optionally a course or a
//! country, the headline figures, completion and final-assessment pass rates by course and by
//! country, knowledge gain by course and satisfaction by course — each read by the same store
//! query as the reports API's, so the two never differ.
//!
//! Satisfaction is summed up here from the survey's Likert items: the mean of every rating
//! given, and the share of ratings in the top two points of their scale ("satisfied").

use kampus_store::reports::completion::{self, CompletionReport};
use kampus_store::reports::headline::{self, HeadlineReport};
use kampus_store::reports::knowledge_gain::{self, GainReport};
use kampus_store::reports::satisfaction::{self, SurveyItemSpec};
use kampus_store::reports::{Dimension, Filter, SMALL_GROUP, Scope};
use kampus_store::{DbConnection, StoreError};

/// One course's satisfaction, summed over its Likert items.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseSatisfaction {
    pub course_id: String,
    /// Learners' enrollments with a survey response.
    pub respondents: i64,
    /// Ratings given, over every Likert item.
    pub ratings: i64,
    /// The mean rating.
    pub mean: Option<f64>,
    /// The mean rating's scale (its largest point; 5 when items differ, which none do).
    pub scale: u8,
    /// The share (0 to 1) of ratings in the top two points of their item's scale.
    pub satisfied: Option<f64>,
    /// Fewer respondents than the small-group threshold.
    pub small_group: bool,
}

/// Everything the report shows.
#[derive(Debug, Clone, PartialEq)]
pub struct FunderFigures {
    pub headline: HeadlineReport,
    pub by_course: CompletionReport,
    pub by_country: CompletionReport,
    pub gain: GainReport,
    pub satisfaction: Vec<CourseSatisfaction>,
}

/// The figures of the learners in `scope` and `filter`; `surveys` are the published courses'
/// survey items (only `filter.course`'s are read when it names one).
pub fn read(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    surveys: &[(String, Vec<SurveyItemSpec>)],
) -> Result<FunderFigures, StoreError> {
    let mut satisfaction = Vec::new();
    for (course_id, items) in surveys {
        if filter.course.as_ref().is_some_and(|c| c != course_id) {
            continue;
        }
        let report = satisfaction::report(conn, scope, filter, course_id, items, false)?;
        satisfaction.push(summed(course_id, &report));
    }
    Ok(FunderFigures {
        headline: headline::report(conn, scope, filter)?,
        by_course: completion::report(conn, scope, filter, &[Dimension::Course])?,
        by_country: completion::report(conn, scope, filter, &[Dimension::Country])?,
        gain: knowledge_gain::report(conn, scope, filter, &[Dimension::Course])?,
        satisfaction,
    })
}

#[allow(clippy::cast_precision_loss)] // counts of ratings are far below 2^52
fn summed(course_id: &str, report: &satisfaction::SatisfactionReport) -> CourseSatisfaction {
    let (mut ratings, mut points, mut satisfied, mut scale) = (0_i64, 0_i64, 0_i64, 0_u8);
    for item in &report.items {
        let (Some(counts), Some(item_scale)) = (&item.distribution, item.scale) else {
            continue;
        };
        scale = scale.max(item_scale);
        for (n, count) in counts.iter().enumerate() {
            let point = i64::try_from(n + 1).unwrap_or(i64::MAX);
            ratings += count;
            points += point * count;
            if point >= i64::from(item_scale) - 1 {
                satisfied += count;
            }
        }
    }
    let share = |part: i64| (ratings > 0).then(|| part as f64 / ratings as f64);
    CourseSatisfaction {
        course_id: course_id.to_owned(),
        respondents: report.respondents,
        ratings,
        mean: share(points),
        scale: if scale == 0 { 5 } else { scale },
        satisfied: share(satisfied),
        small_group: report.respondents < SMALL_GROUP,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kampus_store::reports::satisfaction::{ItemFigures, SatisfactionReport};

    #[test]
    fn ratings_are_summed_over_the_likert_items() {
        let likert = |distribution: Vec<i64>| ItemFigures {
            id: "q".into(),
            item_type: "likert",
            scale: Some(5),
            responses: distribution.iter().sum(),
            mean: None,
            distribution: Some(distribution),
            comments: None,
            small_group: false,
        };
        let report = SatisfactionReport {
            course: "c".into(),
            respondents: 6,
            small_group: false,
            items: vec![
                likert(vec![0, 0, 1, 2, 3]),
                likert(vec![1, 0, 0, 0, 5]),
                ItemFigures {
                    id: "comment".into(),
                    item_type: "free-text",
                    scale: None,
                    responses: 2,
                    mean: None,
                    distribution: None,
                    comments: None,
                    small_group: true,
                },
            ],
        };
        let summed = summed("c", &report);
        assert_eq!(summed.ratings, 12);
        // (3 + 8 + 15) + (1 + 25) = 52 points over 12 ratings.
        assert_eq!(summed.mean, Some(52.0 / 12.0));
        // 4s and 5s: 2 + 3 + 5.
        assert_eq!(summed.satisfied, Some(10.0 / 12.0));
        assert_eq!(summed.scale, 5);
        assert!(!summed.small_group);
    }
}
