//! The answer sheet of an attempt as an HTML form, and reading the form back into answers.
//!
//! Every question type is a plain form control a keyboard and a screen reader operate, chosen
//! by the type of response it takes (never a drag): radio buttons (single choice, true or
//! false), check boxes (multiple response), one select per premise (matching), one position
//! select per item (ordering), a text field (numeric, short text). Field names:
//! `a/<question>` and, for the parts of matching and ordering, `a/<question>/<part>`.

use std::collections::HashMap;

use kampus_content::questions::ResponseType;
use kampus_content::{LoadedCourse, Locale, Response};
use kampus_progress::{Paper, PaperQuestion};
use kampus_usecases::learning::attempts::Answers;

use super::super::view::{Text, decimal, text};

/// A choice, premise, response or item with its text.
#[derive(Debug, Clone)]
pub struct Part {
    pub id: String,
    pub text: String,
    /// Checked (a choice), or the chosen response of a premise, or the position of an item.
    pub value: Option<String>,
}

/// The control of a question.
#[derive(Debug, Clone)]
pub enum Input {
    Single(Vec<Part>),
    Multiple(Vec<Part>),
    TrueFalse(Option<bool>),
    Matching {
        premises: Vec<Part>,
        responses: Vec<Part>,
    },
    Ordering(Vec<Part>),
    Numeric(String),
    ShortText(String),
}

#[derive(Debug, Clone)]
pub struct SheetQuestion {
    pub id: String,
    pub number: usize,
    pub prompt: Text,
    pub points: u32,
    pub input: Input,
    /// What is wrong with the answer given, when the form came back with a problem.
    pub problem: Option<&'static str>,
}

impl SheetQuestion {
    /// The HTML name of the question's field, or of one of its parts.
    pub fn name(&self, part: Option<&str>) -> String {
        match part {
            Some(part) => format!("a/{}/{part}", self.id),
            None => format!("a/{}", self.id),
        }
    }

    /// An element id unique on the page.
    pub fn dom_id(&self, part: Option<&str>) -> String {
        match part {
            Some(part) => format!("q-{}-{part}", self.id),
            None => format!("q-{}", self.id),
        }
    }

    /// The positions an ordering item may take: 1 to the number of items.
    pub fn positions(&self) -> Vec<usize> {
        match &self.input {
            Input::Ordering(items) => (1..=items.len()).collect(),
            _ => Vec::new(),
        }
    }
}

fn part_texts(course: &LoadedCourse, locale: Locale, question: &str, ids: &[String]) -> Vec<Part> {
    ids.iter()
        .map(|id| Part {
            id: id.clone(),
            text: text(
                course,
                locale,
                &kampus_content::texts::keys::part_key(question, id),
            )
            .map_or_else(|| id.clone(), |t| t.text),
            value: None,
        })
        .collect()
}

/// The sheet of a paper in `locale`, filled in with `answers`.
pub fn sheet(
    course: &LoadedCourse,
    locale: Locale,
    paper: &Paper,
    answers: &Answers,
) -> Vec<SheetQuestion> {
    paper
        .questions
        .iter()
        .enumerate()
        .filter_map(|(index, q)| {
            let id = &q.question.id;
            Some(SheetQuestion {
                id: id.clone(),
                number: index + 1,
                prompt: text(course, locale, id)?,
                points: q.question.points,
                input: input(course, locale, q, answers.get(id), locale),
                problem: None,
            })
        })
        .collect()
}

fn input(
    course: &LoadedCourse,
    locale: Locale,
    q: &PaperQuestion,
    given: Option<&Response>,
    page_locale: Locale,
) -> Input {
    let id = &q.question.id;
    let parts = |ids: &[String]| part_texts(course, locale, id, ids);
    let mark = |mut parts: Vec<Part>, chosen: &dyn Fn(&str) -> Option<String>| {
        for part in &mut parts {
            part.value = chosen(&part.id);
        }
        parts
    };
    match q.question.kind.response_type() {
        ResponseType::Choice => Input::Single(mark(parts(&q.choices), &|c| match given {
            Some(Response::Choice(picked)) if picked == c => Some("checked".into()),
            _ => None,
        })),
        ResponseType::Choices => Input::Multiple(mark(parts(&q.choices), &|c| match given {
            Some(Response::Choices(picked)) if picked.iter().any(|p| p == c) => {
                Some("checked".into())
            }
            _ => None,
        })),
        ResponseType::Bool => Input::TrueFalse(match given {
            Some(Response::Bool(value)) => Some(*value),
            _ => None,
        }),
        ResponseType::Pairs => Input::Matching {
            premises: mark(parts(&q.premises), &|p| match given {
                Some(Response::Pairs(pairs)) => pairs
                    .iter()
                    .find(|(premise, _)| premise == p)
                    .map(|(_, response)| response.clone()),
                _ => None,
            }),
            responses: parts(&q.responses),
        },
        ResponseType::Order => Input::Ordering(mark(parts(&q.items), &|item| match given {
            Some(Response::Order(order)) => order
                .iter()
                .position(|i| i == item)
                .map(|p| (p + 1).to_string()),
            _ => None,
        })),
        ResponseType::Number => Input::Numeric(match given {
            Some(Response::Number(n)) => decimal_exact(*n, page_locale),
            _ => String::new(),
        }),
        ResponseType::Text => Input::ShortText(match given {
            Some(Response::Text(t)) => t.clone(),
            _ => String::new(),
        }),
    }
}

/// A number as typed back into its field: every digit kept, the locale's decimal mark.
fn decimal_exact(value: f64, locale: Locale) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return decimal(value, locale);
    }
    let written = value.to_string();
    if locale == Locale::En {
        written
    } else {
        written.replace('.', ",")
    }
}

/// What the form said, question by question: the answers it gives, and the questions whose
/// answer could not be read (with the message id saying why).
#[derive(Debug, Default)]
pub struct ReadForm {
    pub answers: Answers,
    pub problems: HashMap<String, &'static str>,
}

/// Reads the posted fields against the paper. A question left blank is not answered.
pub fn read(paper: &Paper, fields: &[(String, String)]) -> ReadForm {
    let mut read = ReadForm::default();
    let values = |name: &str| -> Vec<&str> {
        fields
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
            .collect()
    };
    for q in &paper.questions {
        let id = &q.question.id;
        let own = format!("a/{id}");
        let part = |p: &str| format!("a/{id}/{p}");
        let answer = match q.question.kind.response_type() {
            ResponseType::Choice => values(&own)
                .first()
                .filter(|v| q.choices.iter().any(|c| c == *v))
                .map(|v| Ok(Response::Choice((*v).to_owned()))),
            ResponseType::Choices => {
                let picked: Vec<String> = values(&own)
                    .into_iter()
                    .filter(|v| q.choices.iter().any(|c| c == v))
                    .map(str::to_owned)
                    .collect();
                (!picked.is_empty()).then_some(Ok(Response::Choices(picked)))
            }
            ResponseType::Bool => values(&own).first().and_then(|v| match *v {
                "true" => Some(Ok(Response::Bool(true))),
                "false" => Some(Ok(Response::Bool(false))),
                _ => None,
            }),
            ResponseType::Pairs => {
                let pairs: Vec<(String, String)> = q
                    .premises
                    .iter()
                    .filter_map(|p| {
                        let chosen = *values(&part(p)).first()?;
                        q.responses
                            .iter()
                            .any(|r| r == chosen)
                            .then(|| (p.clone(), chosen.to_owned()))
                    })
                    .collect();
                (!pairs.is_empty()).then_some(Ok(Response::Pairs(pairs)))
            }
            ResponseType::Order => order(q, &|p| values(&part(p)).first().map(|v| (*v).to_owned())),
            ResponseType::Number => values(&own).first().map(|v| {
                parse_number(v)
                    .map(Response::Number)
                    .ok_or("quiz-number-invalid")
            }),
            ResponseType::Text => values(&own)
                .first()
                .map(|v| Ok(Response::Text((*v).to_owned()))),
        };
        match answer {
            Some(Ok(response)) => {
                read.answers.insert(id.clone(), response);
            }
            Some(Err(problem)) => {
                read.problems.insert(id.clone(), problem);
            }
            None => {}
        }
    }
    read
}

/// An ordering from positions: every item a different position, or none chosen at all.
fn order(
    q: &PaperQuestion,
    position_of: &dyn Fn(&str) -> Option<String>,
) -> Option<Result<Response, &'static str>> {
    let positions: Vec<(usize, &String)> = q
        .items
        .iter()
        .filter_map(|item| {
            let position = position_of(item)?.parse::<usize>().ok()?;
            Some((position, item))
        })
        .collect();
    if positions.is_empty() {
        return None;
    }
    let mut taken: Vec<usize> = positions.iter().map(|(p, _)| *p).collect();
    taken.sort_unstable();
    taken.dedup();
    let complete = positions.len() == q.items.len()
        && taken.len() == q.items.len()
        && taken.iter().all(|p| (1..=q.items.len()).contains(p));
    if !complete {
        return Some(Err("quiz-order-invalid"));
    }
    let mut ordered = positions;
    ordered.sort_by_key(|(p, _)| *p);
    Some(Ok(Response::Order(
        ordered.into_iter().map(|(_, item)| item.clone()).collect(),
    )))
}

/// A number as people type it: a decimal comma or point, spaces or a thin space between
/// thousands.
pub fn parse_number(typed: &str) -> Option<f64> {
    let cleaned: String = typed
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    cleaned.parse::<f64>().ok().filter(|n| n.is_finite())
}

#[cfg(test)]
mod tests {
    use super::parse_number;

    #[test]
    fn numbers_are_read_with_either_decimal_mark() {
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number("12.5"), Some(12.5));
        assert_eq!(parse_number("1 000"), Some(1000.0));
        assert_eq!(parse_number("-3"), Some(-3.0));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("inf"), None);
    }
}
