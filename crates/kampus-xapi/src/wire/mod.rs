//! The shape of statement requests on the wire, before any statement rule applies.
//!
//! xAPI sends statements either as `application/json` or, when they may carry attachments, as
//! `multipart/mixed` (1.0.3 Communication §1.5.2, 2.0.0 §4.1.3). This module turns a
//! `multipart/mixed` request into the statements' JSON bytes and the attachment parts, refusing
//! what the transmission format forbids; [`crate::statement::attachments`] then matches parts
//! with the statements' attachments and [`crate::statement::signature`] checks signatures.
//!
//! What is refused here (each answered with 400 by the LRS):
//! - a body that is not well-formed `multipart/mixed` (RFC 2046, see [`multipart`]);
//! - a first part whose `Content-Type` is not `application/json` ("The first part of the
//!   multipart document MUST contain the Statements themselves, with type application/json",
//!   Communication §1.5.2.s2.b2.b1; XAPI-00134);
//! - a further part without `X-Experience-API-Hash` ("MUST include an X-Experience-API-Hash
//!   parameter in each part's header after the first (Statements) part", §1.5.2.s2.b2.b3;
//!   XAPI-00132, and XAPI-00133 where the statements are split over two parts);
//! - a further part whose `Content-Transfer-Encoding` is present and not `binary`
//!   (§1.5.2.s2.b2.b4; XAPI-00135 sends `base64`). A part *without* the header is accepted:
//!   "an LRS SHOULD assume a Content-Transfer-Encoding of binary for Attachment parts"
//!   (§1.5.2.s3.b6), and no test of the suite sends a part without it.
//!
//! How a `PUT`/`POST /statements` handler puts the pieces together (every error is a 400):
//! - `application/json`: parse the body, validate the statements,
//!   [`check_json_request`](crate::statement::attachments::check_json_request), then
//!   [`check_signed_statements`](crate::statement::signature::check_signed_statements) with no
//!   parts (a signature attachment then has no JWS and is refused);
//! - `multipart/mixed`: [`statement_request`], parse `statements`, validate the statements,
//!   [`check_multipart_request`](crate::statement::attachments::check_multipart_request) with
//!   `attachments`, then `check_signed_statements` with `attachments`, passing the statements as
//!   received (before the LRS adds `id`, `stored`, `authority`...);
//! - any other media type (`multipart/form-data` included) is refused (XAPI-00127).
//!
//! `GET /statements?attachments=true` answers with [`multipart::write`] and
//! [`multipart::content_type`].

pub mod multipart;

use self::multipart::MultipartError;

/// A `multipart/mixed` statement request split into its statements and attachment parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementRequest<'a> {
    /// The first part's body: a statement or an array of statements, as JSON bytes.
    pub statements: &'a [u8],
    /// Every further part, in the order received.
    pub attachments: Vec<AttachmentPart<'a>>,
}

/// An attachment part of a statement request: the raw data and what its headers declare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentPart<'a> {
    /// The part's position in the request, from 1 (the statements are part 1).
    pub number: usize,
    /// `X-Experience-API-Hash`, trimmed, as sent.
    pub hash: String,
    /// `Content-Type`, if the part has one ("SHOULD include", §1.5.2.s2.b2.b6).
    pub content_type: Option<String>,
    /// The raw data.
    pub data: &'a [u8],
}

/// Why a `multipart/mixed` statement request is refused before its statements are read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatementRequestError {
    /// The body is not well-formed `multipart/mixed`.
    #[error(transparent)]
    Multipart(#[from] MultipartError),
    /// The first part is not `application/json`.
    #[error(
        "the first part of a multipart/mixed statement request must hold the statements with \
         Content-Type application/json, not {}",
        .0.as_deref().map_or("no Content-Type".to_owned(), |t| format!("{t:?}"))
    )]
    FirstPartNotJson(Option<String>),
    /// A part after the first has no `X-Experience-API-Hash`.
    #[error(
        "part {0} of the multipart/mixed request has no X-Experience-API-Hash header: every part \
         after the statements must be an attachment named by its hash"
    )]
    MissingHash(usize),
    /// A part after the first declares a transfer encoding other than `binary`.
    #[error(
        "part {part} of the multipart/mixed request has Content-Transfer-Encoding {encoding:?}: \
         attachment parts must be sent as binary"
    )]
    NotBinary {
        /// The part's position, from 1.
        part: usize,
        /// The encoding it declares.
        encoding: String,
    },
}

/// Whether a `Content-Type` value names `media_type` (parameters such as `charset` ignored,
/// ASCII case ignored).
pub fn is_media_type(content_type: &str, media_type: &str) -> bool {
    content_type
        .split(';')
        .next()
        .is_some_and(|t| t.trim().eq_ignore_ascii_case(media_type))
}

/// Splits a `multipart/mixed` statement request (its `Content-Type` header value and body) into
/// the statements and the attachment parts; see the module documentation for what is refused.
pub fn statement_request<'a>(
    content_type: &str,
    body: &'a [u8],
) -> Result<StatementRequest<'a>, StatementRequestError> {
    let parts = multipart::parse(content_type, body)?;
    let mut parts = parts.into_iter().enumerate();
    let Some((_, first)) = parts.next() else {
        return Err(MultipartError::NoParts.into());
    };
    let first_type = first.headers.get("Content-Type");
    if !first_type.is_some_and(|t| is_media_type(t, "application/json")) {
        return Err(StatementRequestError::FirstPartNotJson(
            first_type.map(str::to_owned),
        ));
    }
    let attachments = parts
        .map(|(index, part)| {
            let number = index + 1;
            if let Some(encoding) = part
                .headers
                .get("Content-Transfer-Encoding")
                .filter(|e| !e.eq_ignore_ascii_case("binary"))
            {
                return Err(StatementRequestError::NotBinary {
                    part: number,
                    encoding: encoding.to_owned(),
                });
            }
            let hash = part
                .headers
                .get("X-Experience-API-Hash")
                .filter(|h| !h.is_empty())
                .ok_or(StatementRequestError::MissingHash(number))?;
            Ok(AttachmentPart {
                number,
                hash: hash.to_owned(),
                content_type: part.headers.get("Content-Type").map(str::to_owned),
                data: part.body(body),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(StatementRequest {
        statements: first.body(body),
        attachments,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CT: &str = "multipart/mixed; boundary=-------314159265358979323846";
    const B: &str = "-------314159265358979323846";

    fn body(first_headers: &str, rest: &str) -> Vec<u8> {
        format!("--{B}\r\n{first_headers}\r\n\r\n{{\"a\":1}}\r\n{rest}--{B}--\r\n").into_bytes()
    }

    fn attachment(headers: &str, data: &str) -> String {
        format!("--{B}\r\n{headers}\r\n\r\n{data}\r\n")
    }

    #[test]
    fn statement_request_splits_statements_and_attachments() {
        let rest = attachment(
            "Content-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: abc",
            "hello",
        );
        let body = body("Content-Type: application/json; charset=utf-8", &rest);
        let request = statement_request(CT, &body).expect("request");
        assert_eq!(request.statements, b"{\"a\":1}");
        assert_eq!(request.attachments.len(), 1);
        let part = &request.attachments[0];
        assert_eq!(
            (part.number, part.hash.as_str(), part.data),
            (2, "abc", b"hello".as_slice())
        );
        assert_eq!(part.content_type.as_deref(), Some("text/plain"));
    }

    #[test]
    fn statement_request_accepts_statements_alone() {
        let body = body("Content-Type: application/json", "");
        let request = statement_request(CT, &body).expect("request");
        assert!(request.attachments.is_empty());
    }

    #[test]
    fn first_part_must_be_application_json() {
        let text = body("Content-Type: text/plain", "");
        assert_eq!(
            statement_request(CT, &text),
            Err(StatementRequestError::FirstPartNotJson(Some(
                "text/plain".into()
            )))
        );
        let untyped = body("X-Other: 1", "");
        assert_eq!(
            statement_request(CT, &untyped),
            Err(StatementRequestError::FirstPartNotJson(None))
        );
    }

    #[test]
    fn attachment_parts_must_have_a_hash() {
        // XAPI-00133: the statements repeated in a second application/json part.
        let rest = attachment("Content-Type: application/json", "{}");
        assert_eq!(
            statement_request(CT, &body("Content-Type: application/json", &rest)),
            Err(StatementRequestError::MissingHash(2))
        );
    }

    #[test]
    fn attachment_parts_must_be_binary_when_they_say() {
        let rest = attachment(
            "Content-Transfer-Encoding: base64\r\nX-Experience-API-Hash: abc",
            "aGVsbG8=",
        );
        assert_eq!(
            statement_request(CT, &body("Content-Type: application/json", &rest)),
            Err(StatementRequestError::NotBinary {
                part: 2,
                encoding: "base64".into()
            })
        );
        let rest = attachment("X-Experience-API-Hash: abc", "hello");
        assert!(statement_request(CT, &body("Content-Type: application/json", &rest)).is_ok());
    }

    #[test]
    fn statement_request_refuses_malformed_multipart() {
        assert_eq!(
            statement_request("multipart/mixed;", b""),
            Err(StatementRequestError::Multipart(MultipartError::NoBoundary))
        );
    }

    #[test]
    fn is_media_type_ignores_parameters_and_case() {
        assert!(is_media_type(
            "Application/JSON ; charset=UTF-8",
            "application/json"
        ));
        assert!(!is_media_type("application/jsonx", "application/json"));
    }
}
