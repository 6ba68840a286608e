//! Query parameters of xAPI resources: names are case-sensitive, each may appear once, and a
//! parameter a resource does not define is refused with 400 (xAPI 2.0.0 §4.1.6: "The LRS
//! MUST reject with 400 Bad Request any request to a resource which uses a parameter not
//! recognized by the LRS").

use std::collections::HashMap;

use serde_json::Value;

use super::error::XapiError;
use crate::version::XapiVersion;

/// A request's query parameters.
#[derive(Debug, Clone, Default)]
pub struct Params(HashMap<String, String>);

impl Params {
    /// Parses a query string, refusing repeated names.
    pub fn parse(query: &str) -> Result<Params, XapiError> {
        let mut params = HashMap::new();
        for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
            if params
                .insert(name.to_string(), value.into_owned())
                .is_some()
            {
                return Err(XapiError::invalid(format!(
                    "the parameter {name:?} is given twice"
                )));
            }
        }
        Ok(Params(params))
    }

    /// Refuses any parameter not in `known`.
    pub fn only(&self, known: &[&str]) -> Result<(), XapiError> {
        match self.0.keys().find(|name| !known.contains(&name.as_str())) {
            Some(name) => Err(XapiError::invalid(format!(
                "this resource has no parameter {name:?} (it takes {})",
                known.join(", ")
            ))),
            None => Ok(()),
        }
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    pub fn has(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }

    /// A required parameter.
    pub fn required(&self, name: &str) -> Result<&str, XapiError> {
        self.get(name)
            .ok_or_else(|| XapiError::invalid(format!("the parameter {name:?} is required")))
    }

    /// `true` or `false` (default `false`).
    pub fn flag(&self, name: &str) -> Result<bool, XapiError> {
        match self.get(name) {
            None | Some("false") => Ok(false),
            Some("true") => Ok(true),
            Some(other) => Err(XapiError::invalid(format!(
                "{name} must be true or false, not {other:?}"
            ))),
        }
    }

    /// An Agent given as JSON, checked, as its lookup key.
    pub fn agent_key(&self, name: &str, version: XapiVersion) -> Result<Option<String>, XapiError> {
        let Some(text) = self.get(name) else {
            return Ok(None);
        };
        let agent: Value = serde_json::from_str(text)
            .map_err(|e| XapiError::invalid(format!("{name} must be an Agent as JSON: {e}")))?;
        crate::statement::validate::agent(&agent, version)
            .map_err(|e| XapiError::invalid(format!("{name}: {e}")))?;
        crate::agent::key(&agent).map(Some).ok_or_else(|| {
            XapiError::invalid(format!(
                "{name} must identify an Agent (mbox, mbox_sha1sum, openid or account)"
            ))
        })
    }

    /// A timestamp parameter (`since`, `until`) as UTC.
    pub fn time(&self, name: &str) -> Result<Option<chrono::NaiveDateTime>, XapiError> {
        let Some(text) = self.get(name) else {
            return Ok(None);
        };
        crate::statement::validate::parse_timestamp(text)
            .map(|t| Some(t.naive_utc()))
            .ok_or_else(|| {
                XapiError::invalid(format!(
                    "{name} must be an ISO 8601 timestamp, not {text:?}"
                ))
            })
    }

    /// A UUID parameter, lower case.
    pub fn uuid(&self, name: &str) -> Result<Option<String>, XapiError> {
        let Some(text) = self.get(name) else {
            return Ok(None);
        };
        if crate::statement::validate::is_uuid(text) {
            Ok(Some(text.to_ascii_lowercase()))
        } else {
            Err(XapiError::invalid(format!(
                "{name} must be a UUID, not {text:?}"
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_and_unknown_parameters_are_refused() {
        assert!(Params::parse("a=1&a=2").is_err());
        let params = Params::parse("verb=x&limit=2").expect("parsed");
        assert!(params.only(&["verb", "limit"]).is_ok());
        assert!(params.only(&["verb"]).is_err());
        assert!(
            Params::parse("Verb=x")
                .expect("parsed")
                .only(&["verb"])
                .is_err()
        );
    }

    #[test]
    fn flags_are_true_or_false() {
        let params = Params::parse("a=true&b=false&c=yes").expect("parsed");
        assert!(params.flag("a").expect("a flag"));
        assert!(!params.flag("b").expect("a flag"));
        assert!(params.flag("c").is_err());
        assert!(!params.flag("d").expect("absent"));
    }
}
