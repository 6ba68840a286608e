//! The satisfaction report: the end-of-course survey of one course, item by item.
//!
//! Definitions:
//! - a *respondent* is a learner's enrollment with a saved survey response (scope and filters
//!   as the other reports; the dates bound the response's first submission);
//! - a Likert item's *responses* are the answers on its scale (1 to `scale`); its *mean* is
//!   theirs and its *distribution* counts each point, 1 first;
//! - a free-text item's *responses* are its comments: answers that are not blank;
//! - the comments themselves are returned only when asked (the API asks for admins), without
//!   names, ids or dates, and sorted by their text so their order tells nothing about who
//!   wrote them or when;
//! - items and the whole survey with fewer than [`SMALL_GROUP`] responses are marked.
//!
//! The course's items come from its content (the caller describes them), so answers to items
//! a course no longer has are ignored, and ratings outside an item's scale are not counted.

use diesel::prelude::*;
use diesel::sql_types::Text;
use serde::Serialize;
use serde_json::Value;

use super::sql::conditions;
use super::{Filter, SMALL_GROUP, Scope};
use crate::connection::DbConnection;
use crate::error::StoreError;

/// A survey item as the report needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyItemSpec {
    pub id: String,
    pub kind: ItemKind,
}

impl SurveyItemSpec {
    /// The survey items of a published course.
    pub fn of_course(course: &kampus_content::model::Course) -> Vec<Self> {
        use kampus_content::model::SurveyItemType;
        course
            .survey
            .iter()
            .map(|item| SurveyItemSpec {
                id: item.id.clone(),
                kind: match item.item_type {
                    SurveyItemType::Likert => ItemKind::Likert {
                        scale: item.scale.unwrap_or(5),
                    },
                    SurveyItemType::FreeText => ItemKind::FreeText,
                },
            })
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// Rated from 1 to `scale`.
    Likert {
        scale: u8,
    },
    FreeText,
}

/// One item's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemFigures {
    pub id: String,
    /// `likert` or `free-text`.
    #[serde(rename = "type")]
    pub item_type: &'static str,
    /// Points of a Likert scale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<u8>,
    pub responses: i64,
    /// Likert only: the mean rating.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mean: Option<f64>,
    /// Likert only: how many chose each point, from 1 to `scale`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution: Option<Vec<i64>>,
    /// Free text only, and only when asked for: the comments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<String>>,
    /// Fewer than [`SMALL_GROUP`] responses.
    pub small_group: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SatisfactionReport {
    pub course: String,
    pub respondents: i64,
    /// Fewer than [`SMALL_GROUP`] respondents.
    pub small_group: bool,
    pub items: Vec<ItemFigures>,
}

#[derive(QueryableByName)]
struct Response {
    #[diesel(sql_type = Text)]
    answers: String,
}

/// The survey figures of `course_id` for the learners in `scope` and `filter` (whose `course`
/// is replaced by `course_id`); comments only `with_comments`.
pub fn report(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    course_id: &str,
    items: &[SurveyItemSpec],
    with_comments: bool,
) -> Result<SatisfactionReport, StoreError> {
    let filter = Filter {
        course: Some(course_id.to_owned()),
        ..filter.clone()
    };
    let sql = format!(
        "SELECT sr.answers AS answers FROM survey_responses sr \
         JOIN enrollments e ON e.id = sr.enrollment_id JOIN users u ON u.id = e.user_id \
         LEFT JOIN institutions i ON i.id = u.institution_id WHERE {}",
        conditions(scope, &filter, "sr.submitted_at").join(" AND ")
    );
    let responses: Vec<Response> = diesel::sql_query(sql).load(conn)?;
    let answers: Vec<serde_json::Map<String, Value>> = responses
        .iter()
        .filter_map(|r| serde_json::from_str(&r.answers).ok())
        .collect();
    let respondents = i64::try_from(answers.len()).unwrap_or(i64::MAX);
    Ok(SatisfactionReport {
        course: course_id.to_owned(),
        respondents,
        small_group: respondents < SMALL_GROUP,
        items: items
            .iter()
            .map(|item| tally(item, &answers, with_comments))
            .collect(),
    })
}

fn tally(
    item: &SurveyItemSpec,
    answers: &[serde_json::Map<String, Value>],
    with_comments: bool,
) -> ItemFigures {
    let given = answers.iter().filter_map(|a| a.get(&item.id));
    match item.kind {
        ItemKind::Likert { scale } => {
            let mut distribution = vec![0_i64; usize::from(scale)];
            for rating in given.filter_map(Value::as_u64) {
                if let Some(count) = usize::try_from(rating)
                    .ok()
                    .and_then(|r| r.checked_sub(1))
                    .and_then(|point| distribution.get_mut(point))
                {
                    *count += 1;
                }
            }
            let responses: i64 = distribution.iter().sum();
            let points: i64 = (1..).zip(&distribution).map(|(p, n)| p * n).sum();
            #[allow(clippy::cast_precision_loss)] // counts of people are far below 2^52
            let mean = (responses > 0).then(|| points as f64 / responses as f64);
            ItemFigures {
                id: item.id.clone(),
                item_type: "likert",
                scale: Some(scale),
                responses,
                mean,
                distribution: Some(distribution),
                comments: None,
                small_group: responses < SMALL_GROUP,
            }
        }
        ItemKind::FreeText => {
            let mut comments: Vec<String> = given
                .filter_map(Value::as_str)
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect();
            comments.sort();
            let responses = i64::try_from(comments.len()).unwrap_or(i64::MAX);
            ItemFigures {
                id: item.id.clone(),
                item_type: "free-text",
                scale: None,
                responses,
                mean: None,
                distribution: None,
                comments: with_comments.then_some(comments),
                small_group: responses < SMALL_GROUP,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(raw: &[&str]) -> Vec<serde_json::Map<String, Value>> {
        raw.iter()
            .map(|r| serde_json::from_str(r).expect("json"))
            .collect()
    }

    #[test]
    fn likert_items_count_points_on_their_scale_only() {
        let item = SurveyItemSpec {
            id: "q".into(),
            kind: ItemKind::Likert { scale: 5 },
        };
        let given = answers(&[
            r#"{"q": 5}"#,
            r#"{"q": 4}"#,
            r#"{"q": 9}"#,
            r#"{"q": "x"}"#,
            "{}",
        ]);
        let figures = tally(&item, &given, true);
        assert_eq!(figures.responses, 2);
        assert_eq!(figures.distribution, Some(vec![0, 0, 0, 1, 1]));
        assert_eq!(figures.mean, Some(4.5));
        assert!(figures.small_group);
        assert_eq!(figures.comments, None);
    }

    #[test]
    fn comments_are_counted_and_given_only_when_asked() {
        let item = SurveyItemSpec {
            id: "c".into(),
            kind: ItemKind::FreeText,
        };
        let given = answers(&[r#"{"c": "Zadnji"}"#, r#"{"c": "  "}"#, r#"{"c": " Prvi "}"#]);
        let with = tally(&item, &given, true);
        assert_eq!(with.responses, 2);
        assert_eq!(
            with.comments,
            Some(vec!["Prvi".to_owned(), "Zadnji".to_owned()])
        );
        assert_eq!(tally(&item, &given, false).comments, None);
    }
}
