//! Query strings as part of the API's contract.
//!
//! Two rules, both answered with `400 /problems/invalid-query` and the parameters at fault
//! named in `errors`:
//! - an operation takes only the query parameters its OpenAPI description declares
//!   ([`contract`]): a misspelt filter (`?institutions=…`) must not look like an unfiltered
//!   result;
//! - a declared parameter with a value of the wrong shape (`?limit=abc`) is refused by the
//!   extractor [`Query`], which names the parameter (actix's own `web::Query` says only
//!   "invalid digit found in string").
//!
//! A value of the right shape that the operation still refuses (a date range the wrong way
//! round, a choice outside its list) is the handler's to check; it answers with the same
//! problem, so a client meets one kind of answer for every query mistake.

pub mod contract;

use std::future::{Ready, ready};

use actix_web::{FromRequest, HttpRequest, dev::Payload};
use serde::de::DeserializeOwned;

use crate::error::{ApiError, FieldError};

/// The query string of a request read into `T`, whose fields must all be optional (an absent
/// parameter is `None`; what is required is checked by the handler, with its own message).
#[derive(Debug, Clone)]
pub struct Query<T>(pub T);

impl<T> Query<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Query<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: DeserializeOwned> FromRequest for Query<T> {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(parse(req.query_string()).map(Query))
    }
}

/// Reads a query string into `T`, naming the parameters whose values do not fit. A parameter
/// given empty (`?course=`) is given, with the empty value: it fits where the document says
/// an empty value fits (a free text), and is refused where it does not (a number, a list).
pub fn parse<T: DeserializeOwned>(query: &str) -> Result<T, ApiError> {
    if let Ok(value) = serde_urlencoded::from_str::<T>(query) {
        return Ok(value);
    }
    let Ok(pairs) = serde_urlencoded::from_str::<Vec<(String, String)>>(query) else {
        return Err(ApiError::InvalidQuery(vec![FieldError::new(
            "query",
            "field-query-value-invalid",
        )]));
    };
    // Every field is optional, so each parameter alone is a whole `T`: the ones that do not
    // read alone are the ones at fault. Only failing requests pay for this.
    let mut faults: Vec<FieldError> = Vec::new();
    for (index, (name, _)) in pairs.iter().enumerate() {
        if faults.iter().any(|f| f.field == *name) {
            continue;
        }
        let repeated = pairs[..index].iter().any(|(earlier, _)| earlier == name);
        let alone = serde_urlencoded::to_string([&pairs[index]]).unwrap_or_default();
        let fault = match serde_urlencoded::from_str::<T>(&alone) {
            Err(error) => Some(choices(&error.to_string()).map_or_else(
                || FieldError::new(name.clone(), "field-query-value-invalid"),
                |choices| FieldError::choice(name.clone(), &choices),
            )),
            Ok(_) if repeated => Some(FieldError::new(name.clone(), "field-query-value-invalid")),
            Ok(_) => None,
        };
        faults.extend(fault);
    }
    if faults.is_empty() {
        faults.push(FieldError::new("query", "field-query-value-invalid"));
    }
    Err(ApiError::InvalidQuery(faults))
}

/// The variants serde lists when a value is none of an enum's: "unknown variant `x`,
/// expected one of `a`, `b`" (or "expected `a` or `b`", or "expected `a`").
fn choices(message: &str) -> Option<Vec<&str>> {
    let (_, expected) = message.split_once("unknown variant")?;
    let (_, listed) = expected.split_once("expected")?;
    let choices: Vec<&str> = listed.split('`').skip(1).step_by(2).collect();
    (!choices.is_empty()).then_some(choices)
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Paging {
        limit: Option<u32>,
        offset: Option<u32>,
        q: Option<String>,
        status: Option<Status>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "lowercase")]
    enum Status {
        Sent,
        Failed,
    }

    fn faults(query: &str) -> Vec<String> {
        match parse::<Paging>(query) {
            Err(ApiError::InvalidQuery(fields)) => fields.into_iter().map(|f| f.field).collect(),
            other => panic!("expected invalid-query, got {other:?}"),
        }
    }

    #[test]
    fn reads_what_fits() {
        assert_eq!(
            parse::<Paging>("limit=5&q=Ana%20M").expect("fits"),
            Paging {
                limit: Some(5),
                offset: None,
                q: Some("Ana M".into()),
                status: None,
            }
        );
        assert_eq!(
            parse::<Paging>("").expect("empty"),
            Paging {
                limit: None,
                offset: None,
                q: None,
                status: None,
            }
        );
    }

    #[test]
    fn names_every_parameter_at_fault() {
        assert_eq!(faults("limit=abc"), ["limit"]);
        assert_eq!(faults("limit=abc&offset=-1&q=x"), ["limit", "offset"]);
        assert_eq!(faults("q=a&q=b"), ["q"]);
    }

    #[test]
    fn an_empty_value_is_a_value() {
        let read = parse::<Paging>("q=&offset=3").expect("fits");
        assert_eq!(
            read,
            Paging {
                limit: None,
                offset: Some(3),
                q: Some(String::new()),
                status: None
            }
        );
        assert_eq!(faults("limit=&status=&q="), ["limit", "status"]);
    }

    #[test]
    fn a_value_outside_a_list_is_told_the_list() {
        let Err(ApiError::InvalidQuery(fields)) = parse::<Paging>("status=bogus") else {
            panic!("refused");
        };
        assert_eq!(fields[0].field, "status");
        assert_eq!(fields[0].message_id, "field-choice-invalid");
        assert_eq!(fields[0].texts, [("choices", "sent, failed".to_owned())]);
        assert_eq!(
            choices("unknown variant `x`, expected one of `a`, `b`, `c`"),
            Some(vec!["a", "b", "c"])
        );
        assert_eq!(
            choices("unknown variant `x`, expected `a` or `b`"),
            Some(vec!["a", "b"])
        );
        assert_eq!(choices("invalid digit found in string"), None);
    }
}
