//! Matching the statements' attachments with the attachment data sent alongside them.
//!
//! An attachment is either a reference (`fileUrl`) or raw data sent as a part of a
//! `multipart/mixed` request, matched by hash only: the LRS "can match the raw data of an
//! Attachment(s) with the Attachment header by comparing the SHA-2 of the raw data to the SHA-2
//! declared in the header. It MUST not do so any other way" (1.0.3 Communication §1.5.2.s1.b4,
//! 2.0.0 §4.1.3). The rules, each refused with 400:
//! - `application/json` requests: every attachment needs a `fileUrl` ("It MUST be of type
//!   application/json and include a fileUrl for every Attachment", §1.5.2.s2.b1);
//! - `multipart/mixed` requests: every attachment without `fileUrl` needs a part whose hash is
//!   its `sha2` ("MUST reject batches of Statements having Attachments that neither contain a
//!   fileUrl nor match a received Attachment part based on their hash", §1.5.2.s3.b5;
//!   XAPI-00129), and every part must be the data of some attachment (XAPI-00128: "excess
//!   multi-part sections that are not attachments"; XAPI-00132: a hash "with a value of one of
//!   those found in a sha2 property");
//! - a part's `X-Experience-API-Hash` must be the SHA-2 of its data. The suite does not test this
//!   directly (its mismatching hash is also unreferenced), but it is what makes the hash name the
//!   data: SHA-256, SHA-384 or SHA-512 by the hash's length ("SHOULD use SHA-256, SHA-384, or
//!   SHA-512 to populate the sha2 property", §1.5.2.s4.b4).
//!
//! The attachments' `length` is not compared with the data: the suite's XAPI-00127 test sends a
//! JPEG as hex text (twice its file size) with the file's size as `length` and expects 200.
//! The shape of each attachment object (types of `usageType`, `sha2`...) is validated with the
//! statement, not here; malformed attachment objects are skipped.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256, Sha384, Sha512};

use crate::wire::AttachmentPart;

/// Why the statements' attachments and the data sent with them do not match.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AttachmentError {
    /// An `application/json` request with an attachment that has no `fileUrl`.
    #[error(
        "attachment {attachment} of statement {statement} has no fileUrl: send its data in a \
         multipart/mixed request, or give its fileUrl"
    )]
    NoFileUrlInJsonRequest {
        /// The statement's position in the request, from 1.
        statement: usize,
        /// The attachment's position in the statement's attachments, from 1.
        attachment: usize,
    },
    /// A `multipart/mixed` request without the part of an attachment that has no `fileUrl`.
    #[error(
        "attachment {attachment} of statement {statement} has no fileUrl and no part of the \
         request has its sha2 {sha2} as X-Experience-API-Hash"
    )]
    MissingData {
        /// The statement's position in the request, from 1.
        statement: usize,
        /// The attachment's position in the statement's attachments, from 1.
        attachment: usize,
        /// The attachment's `sha2`.
        sha2: String,
    },
    /// A part that is the data of no attachment.
    #[error(
        "part {part} of the request (X-Experience-API-Hash {hash}) is not the data of any \
         attachment: no attachment has this sha2"
    )]
    UnreferencedPart {
        /// The part's position in the request, from 1.
        part: usize,
        /// Its `X-Experience-API-Hash`.
        hash: String,
    },
    /// A part whose hash is not a hexadecimal SHA-256, SHA-384 or SHA-512.
    #[error(
        "part {part} of the request has X-Experience-API-Hash {hash:?}, which is not a \
         hexadecimal SHA-256, SHA-384 or SHA-512"
    )]
    HashNotSha2 {
        /// The part's position in the request, from 1.
        part: usize,
        /// Its `X-Experience-API-Hash`.
        hash: String,
    },
    /// A part whose data does not have the hash it declares.
    #[error(
        "the data of part {part} of the request does not have its X-Experience-API-Hash {hash}"
    )]
    HashMismatch {
        /// The part's position in the request, from 1.
        part: usize,
        /// Its `X-Experience-API-Hash`.
        hash: String,
    },
}

/// One attachment object declared by a statement.
#[derive(Debug, Clone, Copy)]
struct Declared<'v> {
    statement: usize,
    attachment: usize,
    object: &'v Map<String, Value>,
}

impl Declared<'_> {
    fn sha2(&self) -> Option<&str> {
        self.object.get("sha2").and_then(Value::as_str)
    }

    fn has_file_url(&self) -> bool {
        self.object.get("fileUrl").is_some_and(|url| !url.is_null())
    }
}

/// The statements of a request: an array of statements or a single one.
pub(crate) fn statements_of(statements: &Value) -> Vec<&Value> {
    match statements {
        Value::Array(all) => all.iter().collect(),
        one => vec![one],
    }
}

/// Every attachment object declared in the statements (a sub-statement's included), with its
/// 1-based positions.
fn declared(statements: &Value) -> Vec<Declared<'_>> {
    let mut out = Vec::new();
    for (index, statement) in statements_of(statements).into_iter().enumerate() {
        let sub = statement
            .get("object")
            .filter(|o| o.get("objectType").and_then(Value::as_str) == Some("SubStatement"));
        let lists = [
            statement.get("attachments"),
            sub.and_then(|s| s.get("attachments")),
        ];
        let objects = lists
            .into_iter()
            .flatten()
            .filter_map(Value::as_array)
            .flatten();
        for (position, object) in objects.enumerate() {
            if let Some(object) = object.as_object() {
                out.push(Declared {
                    statement: index + 1,
                    attachment: position + 1,
                    object,
                });
            }
        }
    }
    out
}

/// Whether two SHA-2 hex strings are the same hash (hex digits in any case).
pub fn same_hash(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// The part whose `X-Experience-API-Hash` is `sha2`, if any.
pub fn part_for<'p, 'a>(
    parts: &'p [AttachmentPart<'a>],
    sha2: &str,
) -> Option<&'p AttachmentPart<'a>> {
    parts.iter().find(|part| same_hash(&part.hash, sha2))
}

/// Whether `data` has the hexadecimal SHA-2 `hash` (SHA-256, SHA-384 or SHA-512 by the
/// hash's length); `None` when `hash` is not one of those.
pub fn has_sha2(data: &[u8], hash: &str) -> Option<bool> {
    let hash = hash.trim();
    if !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digest = match hash.len() {
        64 => hex(&Sha256::digest(data)),
        96 => hex(&Sha384::digest(data)),
        128 => hex(&Sha512::digest(data)),
        _ => return None,
    };
    Some(digest.eq_ignore_ascii_case(hash))
}

/// The SHA-256 of `data` in lowercase hexadecimal, as `sha2` and `X-Experience-API-Hash` carry it.
pub fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}

/// Checks the statements of an `application/json` request: every attachment has a `fileUrl`.
pub fn check_json_request(statements: &Value) -> Result<(), AttachmentError> {
    match declared(statements).into_iter().find(|d| !d.has_file_url()) {
        Some(d) => Err(AttachmentError::NoFileUrlInJsonRequest {
            statement: d.statement,
            attachment: d.attachment,
        }),
        None => Ok(()),
    }
}

/// Checks the statements of a `multipart/mixed` request against its attachment parts: each
/// part's data has its hash, each attachment without `fileUrl` has its part, each part is the
/// data of some attachment.
pub fn check_multipart_request(
    statements: &Value,
    parts: &[AttachmentPart<'_>],
) -> Result<(), AttachmentError> {
    for part in parts {
        match has_sha2(part.data, &part.hash) {
            Some(true) => {}
            Some(false) => {
                return Err(AttachmentError::HashMismatch {
                    part: part.number,
                    hash: part.hash.clone(),
                });
            }
            None => {
                return Err(AttachmentError::HashNotSha2 {
                    part: part.number,
                    hash: part.hash.clone(),
                });
            }
        }
    }
    let declared = declared(statements);
    for d in declared.iter().filter(|d| !d.has_file_url()) {
        let sha2 = d.sha2().unwrap_or_default();
        if part_for(parts, sha2).is_none() {
            return Err(AttachmentError::MissingData {
                statement: d.statement,
                attachment: d.attachment,
                sha2: sha2.to_owned(),
            });
        }
    }
    for part in parts {
        let referenced = declared
            .iter()
            .any(|d| d.sha2().is_some_and(|sha2| same_hash(sha2, &part.hash)));
        if !referenced {
            return Err(AttachmentError::UnreferencedPart {
                part: part.number,
                hash: part.hash.clone(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const TEXT: &[u8] = b"here is a simple attachment";
    /// SHA-256 of TEXT, as in the spec's example (and the suite's templates).
    const TEXT_SHA256: &str = "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a";

    fn attachment(sha2: &str, file_url: Option<&str>) -> Value {
        let mut a = json!({
            "usageType": "http://example.com/attachment-usage/test",
            "display": {"en-US": "A test attachment"},
            "contentType": "text/plain; charset=ascii",
            "length": 27,
            "sha2": sha2,
        });
        if let Some(url) = file_url {
            a["fileUrl"] = json!(url);
        }
        a
    }

    fn statement(attachments: &[Value]) -> Value {
        json!({
            "actor": {"mbox": "mailto:xapi@adlnet.gov"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
            "object": {"id": "http://www.example.com/meetings/occurances/34534"},
            "attachments": attachments,
        })
    }

    fn part(number: usize, hash: &str, data: &'static [u8]) -> AttachmentPart<'static> {
        AttachmentPart {
            number,
            hash: hash.to_owned(),
            content_type: Some("text/plain".into()),
            data,
        }
    }

    #[test]
    fn sha2_hashes_of_each_length() {
        assert_eq!(sha256_hex(TEXT), TEXT_SHA256);
        assert_eq!(has_sha2(TEXT, &TEXT_SHA256.to_uppercase()), Some(true));
        assert_eq!(has_sha2(TEXT, &hex(&Sha384::digest(TEXT))), Some(true));
        assert_eq!(has_sha2(TEXT, &hex(&Sha512::digest(TEXT))), Some(true));
        assert_eq!(has_sha2(b"other", TEXT_SHA256), Some(false));
        assert_eq!(has_sha2(TEXT, "abc"), None);
        assert_eq!(has_sha2(TEXT, &"z".repeat(64)), None);
    }

    #[test]
    fn json_request_accepts_attachments_with_file_url() {
        let s = statement(&[attachment(
            TEXT_SHA256,
            Some("http://over.there.com/file.txt"),
        )]);
        assert_eq!(check_json_request(&s), Ok(()));
        assert_eq!(check_json_request(&json!([s, statement(&[])])), Ok(()));
    }

    #[test]
    fn json_request_refuses_an_attachment_without_file_url() {
        let with = attachment(TEXT_SHA256, Some("http://over.there.com/file.txt"));
        let batch = json!([
            statement(&[]),
            statement(&[with, attachment(TEXT_SHA256, None)])
        ]);
        assert_eq!(
            check_json_request(&batch),
            Err(AttachmentError::NoFileUrlInJsonRequest {
                statement: 2,
                attachment: 2
            })
        );
    }

    #[test]
    fn json_request_looks_into_sub_statements() {
        let mut s = statement(&[]);
        s["object"] = json!({
            "objectType": "SubStatement",
            "actor": {"mbox": "mailto:a@example.com"},
            "verb": {"id": "http://example.com/v"},
            "object": {"id": "http://example.com/a"},
            "attachments": [attachment(TEXT_SHA256, None)],
        });
        assert!(matches!(
            check_json_request(&s),
            Err(AttachmentError::NoFileUrlInJsonRequest {
                statement: 1,
                attachment: 1
            })
        ));
    }

    #[test]
    fn multipart_request_accepts_matching_parts() {
        let s = statement(&[attachment(TEXT_SHA256, None)]);
        assert_eq!(
            check_multipart_request(&s, &[part(2, TEXT_SHA256, TEXT)]),
            Ok(())
        );
    }

    #[test]
    fn multipart_request_accepts_file_url_attachments_with_or_without_parts() {
        // XAPI-00161 sends the data of an attachment that also has a fileUrl.
        let s = statement(&[attachment(
            TEXT_SHA256,
            Some("http://over.there.com/file.txt"),
        )]);
        assert_eq!(check_multipart_request(&s, &[]), Ok(()));
        assert_eq!(
            check_multipart_request(&s, &[part(2, TEXT_SHA256, TEXT)]),
            Ok(())
        );
    }

    #[test]
    fn multipart_request_accepts_one_part_for_attachments_sharing_a_hash() {
        let s = statement(&[attachment(TEXT_SHA256, None)]);
        let batch = json!([s.clone(), s]);
        assert_eq!(
            check_multipart_request(&batch, &[part(2, TEXT_SHA256, TEXT)]),
            Ok(())
        );
    }

    #[test]
    fn multipart_request_refuses_an_attachment_without_its_part() {
        // XAPI-00129: two attachments, the data of one.
        let other = sha256_hex(b"other");
        let s = statement(&[attachment(TEXT_SHA256, None), attachment(&other, None)]);
        assert_eq!(
            check_multipart_request(&s, &[part(2, TEXT_SHA256, TEXT)]),
            Err(AttachmentError::MissingData {
                statement: 1,
                attachment: 2,
                sha2: other
            })
        );
    }

    #[test]
    fn multipart_request_refuses_a_part_no_attachment_references() {
        // XAPI-00128: a third part whose hash no attachment has.
        let s = statement(&[attachment(TEXT_SHA256, None)]);
        let other = sha256_hex(b"other");
        let parts = [part(2, TEXT_SHA256, TEXT), part(3, &other, b"other")];
        assert_eq!(
            check_multipart_request(&s, &parts),
            Err(AttachmentError::UnreferencedPart {
                part: 3,
                hash: other
            })
        );
    }

    #[test]
    fn multipart_request_refuses_a_part_whose_data_has_another_hash() {
        // XAPI-00132: a hash that is not the data's (nor any attachment's).
        let s = statement(&[attachment(TEXT_SHA256, None)]);
        let wrong = "b018994f8bbe0f08992a65c48c8c8c56f09e9baceaa6227ed85c90ae52b73c89";
        assert_eq!(
            check_multipart_request(&s, &[part(2, wrong, TEXT)]),
            Err(AttachmentError::HashMismatch {
                part: 2,
                hash: wrong.into()
            })
        );
    }

    #[test]
    fn multipart_request_refuses_a_hash_that_is_not_sha2() {
        let s = statement(&[attachment("abc", None)]);
        assert_eq!(
            check_multipart_request(&s, &[part(2, "abc", TEXT)]),
            Err(AttachmentError::HashNotSha2 {
                part: 2,
                hash: "abc".into()
            })
        );
    }

    #[test]
    fn part_for_compares_hashes_without_case() {
        let parts = [part(2, &TEXT_SHA256.to_uppercase(), TEXT)];
        assert!(part_for(&parts, TEXT_SHA256).is_some());
        assert!(part_for(&parts, "00").is_none());
    }
}
