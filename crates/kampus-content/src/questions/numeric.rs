//! Numeric: a number within a tolerance, all or nothing.

use serde::{Deserialize, Serialize};

use super::declaration::missing;
use super::{
    Answered, Check, Kind, QuestionKind, QuestionView, Response, ResponseType, all_or_nothing,
};
use crate::manifest::QuestionDecl;
use crate::problem::ProblemCode;

/// The correct number and the largest accepted distance from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Numeric {
    pub value: f64,
    pub tolerance: f64,
}

impl From<Numeric> for QuestionKind {
    fn from(key: Numeric) -> Self {
        QuestionKind::Numeric(key)
    }
}

impl Kind for Numeric {
    const NAME: &'static str = "numeric";
    const FIELDS: &'static [&'static str] = &["value", "tolerance"];
    const RESPONSE: ResponseType = ResponseType::Number;

    #[cfg(test)]
    fn example() -> serde_json::Value {
        serde_json::json!({"type": "numeric", "value": 0.3, "tolerance": 0.0})
    }

    fn declare(decl: &QuestionDecl, check: &mut dyn Check) -> Option<Self> {
        let Some(value) = &decl.value else {
            return missing(check, decl, "`value`");
        };
        let tolerance = decl.tolerance.as_ref().map_or(0.0, |t| t.value);
        let mut ok = true;
        if !value.value.is_finite() {
            check.report(
                ProblemCode::InvalidSetting,
                value.start(),
                "`value` must be a finite number".to_owned(),
            );
            ok = false;
        }
        if let Some(t) = decl
            .tolerance
            .as_ref()
            .filter(|t| !(t.value.is_finite() && t.value >= 0.0))
        {
            check.report(
                ProblemCode::InvalidSetting,
                t.start(),
                "`tolerance` must be 0 or more".to_owned(),
            );
            ok = false;
        }
        ok.then_some(Numeric {
            value: value.value,
            tolerance,
        })
    }

    fn score(&self, response: &Response) -> Option<f64> {
        let Response::Number(given) = response else {
            return None;
        };
        // A relative epsilon so 0.1 + 0.2 is within a tolerance of 0 from 0.3.
        let slack = self.tolerance + 1e-9 * self.value.abs().max(1.0);
        Some(all_or_nothing(
            given.is_finite() && (given - self.value).abs() <= slack,
        ))
    }

    fn response(&self, answered: Answered) -> Option<Response> {
        Some(Response::Number(if answered == Answered::Right {
            self.value
        } else {
            self.value + 10.0 * (self.tolerance + 1.0)
        }))
    }

    fn show<'a>(&'a self, _question: &str, _view: &mut QuestionView<'a>) {}

    fn optional_texts(&self, question: &str) -> Vec<String> {
        vec![format!("{question}.unit")]
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{score, with_key};
    use super::*;
    use crate::grading::Correctness;

    #[test]
    fn numeric_with_tolerance() {
        let question = with_key(Numeric {
            value: 90.0,
            tolerance: 0.5,
        });
        assert_eq!(
            score(&question, Response::Number(90.5)).1,
            Correctness::Correct
        );
        assert_eq!(
            score(&question, Response::Number(89.5)).1,
            Correctness::Correct
        );
        assert_eq!(
            score(&question, Response::Number(90.51)).1,
            Correctness::Incorrect
        );
        assert_eq!(
            score(&question, Response::Number(f64::NAN)).1,
            Correctness::Incorrect
        );
        let exact = with_key(Numeric {
            value: 0.3,
            tolerance: 0.0,
        });
        assert_eq!(
            score(&exact, Response::Number(0.1 + 0.2)).1,
            Correctness::Correct
        );
    }
}
