//! The document resources: State, Activity Profile and Agent Profile (xAPI 2.0.0 §4.1.6.2,
//! §4.1.6.5, §4.1.6.6; 1.0.3 §7.4–7.6), with ETag concurrency (2.0.0 §4.1.4, 1.0.3 §6.3).
//!
//! - PUT stores a document; POST merges a JSON object into a stored JSON object (the
//!   top-level properties of the new one win) or stores it when there is none.
//! - `If-Match` must name the stored document's ETag and `If-None-Match: *` requires that none
//!   is stored, else 412. A PUT over an existing document with neither header is refused with
//!   409 (for every document resource in 2.0.0; for the profiles only in 1.0.3, whose State
//!   resource had no concurrency rules). In 1.0.3 a new profile must be put with a header too.
//! - The ETag is the quoted SHA-1 of the bytes (1.0.3 requires SHA-1; 2.0.0 any opaque tag).

use chrono::NaiveDateTime;
use kampus_store::xapi::documents::{self as store, Document, DocumentKind};
use serde_json::Value;

use super::access::{Caller, Need};
use super::{Lrs, LrsError};
use crate::version::XapiVersion;

/// Where a document lives: a kind and its parameters (empty when not part of the address).
#[derive(Debug, Clone)]
pub struct Address {
    pub kind: DocumentKind,
    pub activity_id: String,
    /// [`crate::agent::key`] of the `agent` parameter.
    pub agent_key: String,
    pub registration: String,
}

impl Address {
    fn scope(&self) -> store::Scope<'_> {
        store::Scope {
            kind: self.kind,
            activity_id: &self.activity_id,
            agent_key: &self.agent_key,
            registration: &self.registration,
        }
    }

    fn needs(&self, write: bool) -> Need {
        match (self.kind, write) {
            (DocumentKind::State, true) => Need::WriteState,
            (DocumentKind::State, false) => Need::ReadState,
            (_, true) => Need::WriteProfiles,
            (_, false) => Need::ReadProfiles,
        }
    }
}

/// The request's `If-Match` / `If-None-Match`.
#[derive(Debug, Clone, Default)]
pub struct Preconditions {
    /// The ETags `If-Match` lists (`*` as itself); `None` without the header.
    pub if_match: Option<Vec<String>>,
    pub if_none_match: Option<Vec<String>>,
}

impl Preconditions {
    fn given(&self) -> bool {
        self.if_match.is_some() || self.if_none_match.is_some()
    }

    /// 412 unless the preconditions hold for the stored document (`None`: none stored).
    fn check(&self, stored: Option<&Document>) -> Result<(), LrsError> {
        let matches = |tags: &Vec<String>| {
            stored.is_some_and(|doc| tags.iter().any(|t| t == "*" || strip_weak(t) == doc.etag))
        };
        if let Some(tags) = &self.if_match
            && !matches(tags)
        {
            return Err(LrsError::PreconditionFailed(
                "If-Match does not name the stored document's ETag".into(),
            ));
        }
        if let Some(tags) = &self.if_none_match
            && matches(tags)
        {
            return Err(LrsError::PreconditionFailed(
                "If-None-Match names the stored document's ETag (or *, and a document is stored)"
                    .into(),
            ));
        }
        Ok(())
    }
}

fn strip_weak(tag: &str) -> &str {
    tag.strip_prefix("W/").unwrap_or(tag)
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The quoted hex SHA-1 of a document's bytes.
pub fn etag(contents: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, contents);
    let mut tag = String::with_capacity(42);
    tag.push('"');
    for byte in digest.as_ref() {
        tag.push(char::from(HEX[usize::from(byte >> 4)]));
        tag.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    tag.push('"');
    tag
}

fn is_json(content_type: &str) -> bool {
    crate::wire::is_media_type(content_type, "application/json")
}

impl Lrs {
    /// GET one document.
    pub async fn document(
        &self,
        caller: &Caller,
        address: Address,
        id: String,
    ) -> Result<Document, LrsError> {
        caller.may(address.needs(false))?;
        self.blocking(move |conn| store::get(conn, address.scope(), &id)?.ok_or(LrsError::NotFound))
            .await
    }

    /// GET the ids of the documents at an address, changed after `since` if given.
    pub async fn document_ids(
        &self,
        caller: &Caller,
        address: Address,
        since: Option<NaiveDateTime>,
    ) -> Result<Vec<String>, LrsError> {
        caller.may(address.needs(false))?;
        self.blocking(move |conn| Ok(store::ids(conn, address.scope(), since)?))
            .await
    }

    /// PUT (`merge` false) or POST (`merge` true) a document.
    #[allow(clippy::too_many_arguments)]
    pub async fn save_document(
        &self,
        caller: &Caller,
        version: XapiVersion,
        address: Address,
        id: String,
        content_type: String,
        contents: Vec<u8>,
        preconditions: Preconditions,
        merge: bool,
    ) -> Result<(), LrsError> {
        caller.may(address.needs(true))?;
        let incoming_json = if is_json(&content_type) {
            Some(serde_json::from_slice::<Value>(&contents).map_err(|e| {
                LrsError::Invalid(format!(
                    "the document is sent as application/json but is not JSON: {e}"
                ))
            })?)
        } else {
            None
        };
        if merge && !incoming_json.as_ref().is_some_and(Value::is_object) {
            return Err(LrsError::Invalid(
                "POST merges JSON objects: the document must be an application/json object".into(),
            ));
        }
        let concurrency_applies =
            version == XapiVersion::V2_0_0 || address.kind != DocumentKind::State;
        let now = self.clock().now();
        self.write(move |conn| {
            let stored = store::get(conn, address.scope(), &id)?;
            preconditions.check(stored.as_ref())?;
            let (content_type, contents) = match (&stored, merge) {
                (Some(_), false) if concurrency_applies && !preconditions.given() => {
                    return Err(LrsError::Conflict(
                        "a document is stored here already: send If-Match with its ETag to replace it, or If-None-Match: * to create only".into(),
                    ));
                }
                // 1.0.3 Communication 2.6/2.7 (XAPI-00273, XAPI-00287): a profile is put with
                // If-Match or If-None-Match, always.
                (None, false)
                    if version == XapiVersion::V1_0_3
                        && address.kind != DocumentKind::State
                        && !preconditions.given() =>
                {
                    return Err(LrsError::Invalid(
                        "put a profile with If-None-Match: * (a new one) or If-Match and its ETag".into(),
                    ));
                }
                (Some(old), true) => (content_type.clone(), merged(old, incoming_json.as_ref())?),
                _ => (content_type.clone(), contents.clone()),
            };
            let etag = etag(&contents);
            store::put(conn, address.scope(), &id, &Document { content_type, contents, etag, updated: now })?;
            Ok(())
        })
        .await
    }

    /// DELETE one document (`id` given) or every document at the address (State only).
    pub async fn delete_documents(
        &self,
        caller: &Caller,
        address: Address,
        id: Option<String>,
        preconditions: Preconditions,
    ) -> Result<(), LrsError> {
        caller.may(address.needs(true))?;
        self.write(move |conn| {
            match &id {
                Some(id) => {
                    let stored = store::get(conn, address.scope(), id)?;
                    preconditions.check(stored.as_ref())?;
                    store::delete(conn, address.scope(), id)?;
                }
                None => {
                    store::delete_all(conn, address.scope())?;
                }
            }
            Ok(())
        })
        .await
    }
}

/// POST's merge: both must be JSON objects; the new top-level properties replace the old.
fn merged(old: &Document, incoming: Option<&Value>) -> Result<Vec<u8>, LrsError> {
    let refuse = || {
        LrsError::Invalid(
            "POST merges JSON objects: the stored document is not a JSON object".into(),
        )
    };
    if !is_json(&old.content_type) {
        return Err(refuse());
    }
    let Ok(Value::Object(mut old)) = serde_json::from_slice::<Value>(&old.contents) else {
        return Err(refuse());
    };
    if let Some(Value::Object(new)) = incoming {
        for (name, value) in new {
            old.insert(name.clone(), value.clone());
        }
    }
    serde_json::to_vec(&Value::Object(old)).map_err(|e| LrsError::Internal(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_etag_is_the_quoted_sha1() {
        assert_eq!(etag(b"abc"), "\"a9993e364706816aba3e25717850c26c9cd0d89d\"");
    }

    #[test]
    fn preconditions_hold_or_refuse() {
        let doc = Document {
            content_type: "application/json".into(),
            contents: b"{}".to_vec(),
            etag: etag(b"{}"),
            updated: NaiveDateTime::default(),
        };
        let if_match = |tag: &str| Preconditions {
            if_match: Some(vec![tag.into()]),
            if_none_match: None,
        };
        assert!(if_match(&doc.etag).check(Some(&doc)).is_ok());
        assert!(if_match("*").check(Some(&doc)).is_ok());
        assert!(if_match("\"0\"").check(Some(&doc)).is_err());
        assert!(if_match("*").check(None).is_err());
        let create_only = Preconditions {
            if_match: None,
            if_none_match: Some(vec!["*".into()]),
        };
        assert!(create_only.check(None).is_ok());
        assert!(create_only.check(Some(&doc)).is_err());
    }

    #[test]
    fn post_merges_top_level_properties() {
        let old = Document {
            content_type: "application/json".into(),
            contents: br#"{"a":1,"b":{"c":2}}"#.to_vec(),
            etag: String::new(),
            updated: NaiveDateTime::default(),
        };
        let merged = merged(&old, Some(&serde_json::json!({"b": 3, "d": 4}))).expect("merged");
        assert_eq!(
            serde_json::from_slice::<Value>(&merged).expect("json"),
            serde_json::json!({"a":1,"b":3,"d":4})
        );
        let text = Document {
            content_type: "text/plain".into(),
            ..old
        };
        assert!(super::merged(&text, None).is_err());
    }
}
