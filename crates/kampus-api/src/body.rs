//! JSON request bodies: an object, of the media type JSON, within the size limit.
//!
//! actix's `web::Json` reads a struct from a JSON array as readily as from an object
//! (`[null, null]` fills the first two fields), so a body the OpenAPI document calls invalid
//! was accepted. [`Json`] takes only an object, and maps every failure to the problem the
//! document promises: `415` for another media type, `413` over the limit
//! (`KAMPUS_JSON_LIMIT_BYTES`), `400 malformed-json` for what is not JSON, `422 invalid-body`
//! for JSON of another shape, each with the line and column.

use std::future::Future;
use std::pin::Pin;

use actix_web::error::PayloadError;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, dev::Payload, web};
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// A request body read from a JSON object into `T`.
#[derive(Debug, Clone)]
pub struct Json<T>(pub T);

impl<T> Json<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Json<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for Json<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let takes_json = is_json(req);
        let limit = req
            .app_data::<web::Data<crate::state::AppState>>()
            .map_or(0, |state| state.config.json_limit);
        let bytes = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            if !takes_json {
                return Err(ApiError::UnsupportedMediaType);
            }
            let bytes = bytes.await.map_err(|error| read_error(&error, limit))?;
            parse(&bytes).map(Json)
        })
    }
}

/// `application/json` or a `+json` type (`application/merge-patch+json`).
fn is_json(req: &HttpRequest) -> bool {
    media_type(req).is_some_and(|media| media == "application/json" || media.ends_with("+json"))
}

/// The request's media type, lowercase, without parameters (for the operations that take
/// other bodies than JSON: bundles, translation files).
pub fn media_type(req: &HttpRequest) -> Option<String> {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|media| media.trim().to_ascii_lowercase())
}

/// A body that could not be read, as its problem: `413` over `limit`, else `400`.
pub fn read_error(error: &actix_web::Error, limit: usize) -> ApiError {
    match error.as_error::<PayloadError>() {
        Some(PayloadError::Overflow) => ApiError::PayloadTooLarge { limit },
        _ => ApiError::BadRequest(error.to_string()),
    }
}

/// Reads `T` from a JSON object.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    if bytes.get(start).is_some_and(|b| *b != b'{') {
        // Well-formed or not, it is not an object: say where it starts.
        let (line, column) = position(bytes, start);
        return Err(ApiError::InvalidBody {
            line,
            column,
            reason: "expected a JSON object".into(),
        });
    }
    serde_json::from_slice(bytes).map_err(|e| {
        if e.is_data() {
            ApiError::InvalidBody {
                line: e.line(),
                column: e.column(),
                reason: e.to_string(),
            }
        } else {
            ApiError::MalformedJson {
                line: e.line(),
                column: e.column(),
            }
        }
    })
}

/// Integer members as JSON Schema counts integers: `3` and `3.0` alike (a number with a zero
/// fraction is an integer there, and generated clients send either).
pub mod whole_number {
    use serde::de::{Deserialize, Deserializer, Error};

    /// The integer a JSON number is, if it is one.
    pub fn of(number: &serde_json::Number) -> Option<i64> {
        number.as_i64().or_else(|| {
            let float = number.as_f64()?;
            // Beyond ±2^63 a float cannot be an i64 (and these are far beyond any limit).
            (float.fract() == 0.0 && float.abs() < 9.2e18).then(|| {
                #[allow(clippy::cast_possible_truncation)]
                let whole = float as i64;
                whole
            })
        })
    }

    /// For `#[serde(default, deserialize_with = "whole_number::optional")]`.
    pub fn optional<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
        match Option::<serde_json::Number>::deserialize(deserializer)? {
            None => Ok(None),
            Some(number) => of(&number)
                .map(Some)
                .ok_or_else(|| D::Error::custom(format!("{number} is not a whole number"))),
        }
    }
}

/// 1-based line and column of byte `at`.
fn position(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at];
    let line = before.split(|b| *b == b'\n').count();
    let column = at
        - before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1)
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Name {
        first: Option<String>,
        last: Option<String>,
    }

    #[test]
    fn reads_objects_only() {
        assert_eq!(
            parse::<Name>(br#" {"first": "Ana"}"#).expect("object"),
            Name {
                first: Some("Ana".into()),
                last: None
            }
        );
        for not_an_object in [&b"[null, null]"[..], b"null", b"\n  \"Ana\"", b"7"] {
            assert!(
                matches!(
                    parse::<Name>(not_an_object),
                    Err(ApiError::InvalidBody { .. })
                ),
                "{}",
                String::from_utf8_lossy(not_an_object)
            );
        }
        assert!(matches!(
            parse::<Name>(b"\n  [1]"),
            Err(ApiError::InvalidBody {
                line: 2,
                column: 3,
                ..
            })
        ));
        assert!(matches!(
            parse::<Name>(b"{\"first\": "),
            Err(ApiError::MalformedJson { .. })
        ));
        assert!(matches!(
            parse::<Name>(b""),
            Err(ApiError::MalformedJson { .. })
        ));
    }

    #[derive(Debug, Deserialize)]
    struct Count {
        #[serde(default, deserialize_with = "whole_number::optional")]
        n: Option<i64>,
    }

    #[test]
    fn whole_numbers_may_be_written_with_a_zero_fraction() {
        let n = |json: &str| parse::<Count>(json.as_bytes()).map(|c| c.n);
        assert_eq!(n(r#"{"n": 3}"#).ok(), Some(Some(3)));
        assert_eq!(n(r#"{"n": 2113.0}"#).ok(), Some(Some(2113)));
        assert_eq!(n(r#"{"n": -4e2}"#).ok(), Some(Some(-400)));
        assert_eq!(n(r#"{"n": null}"#).ok(), Some(None));
        assert_eq!(n("{}").ok(), Some(None));
        for not_whole in [r#"{"n": 1.5}"#, r#"{"n": 1e30}"#, r#"{"n": "3"}"#] {
            assert!(
                matches!(n(not_whole), Err(ApiError::InvalidBody { .. })),
                "{not_whole}"
            );
        }
    }
}
