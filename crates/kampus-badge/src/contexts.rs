//! The JSON-LD contexts Kampus credentials use, shipped in the crate, and the loader that serves
//! them.
//!
//! The loader knows only the URLs listed here and fails on anything else: signing and
//! verification never touch the network, so a context that changed or vanished upstream cannot
//! change what a signature covers. Where each file comes from is recorded in the crate's
//! README.md.

use std::sync::LazyLock;

use json_ld::syntax::Parse;
use json_ld::{Iri, IriBuf, LoadError, RemoteDocument};

use crate::BadgeError;

/// The W3C Verifiable Credentials Data Model 2.0 context.
pub const VC_V2_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";

/// The Open Badges 3.0 context, version 3.0.3: the first one compatible with the VC 2.0 context
/// (3.0.0 and 3.0.1 redefine protected terms of it).
pub const OB_V3_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

const SHIPPED: [(&str, &str); 2] = [
    (
        VC_V2_CONTEXT,
        include_str!("../contexts/credentials-v2.jsonld"),
    ),
    (
        OB_V3_CONTEXT,
        include_str!("../contexts/ob-v3p0-context-3.0.3.json"),
    ),
];

/// The error a loader reports for a URL it does not know.
#[derive(Debug, thiserror::Error)]
#[error("context not shipped with Kampus (never fetched)")]
struct NotShipped;

/// The error a loader reports for a shipped context that does not parse (a packaging bug).
#[derive(Debug, thiserror::Error)]
#[error("shipped context does not parse: {0}")]
struct Unparsable(String);

/// The shipped contexts, parsed once per process (parsing them took a fifth of the signing
/// time).
static PARSED: LazyLock<Vec<(&'static str, Result<json_ld::syntax::Value, String>)>> =
    LazyLock::new(|| {
        SHIPPED
            .iter()
            .map(|(url, text)| {
                let parsed = json_ld::syntax::Value::parse_str(text)
                    .map(|(value, _)| value)
                    .map_err(|error| error.to_string());
                (*url, parsed)
            })
            .collect()
    });

/// A JSON-LD document loader that serves only the shipped contexts (plus, in tests, extra
/// contexts such as the W3C test vectors' example context).
#[derive(Debug, Clone, Default)]
pub(crate) struct ContextLoader {
    /// Contexts beyond the shipped ones; only tests add any.
    extra: Vec<(String, String)>,
}

impl ContextLoader {
    /// The loader for the contexts shipped in the crate.
    pub(crate) fn shipped() -> Self {
        Self::default()
    }

    /// Adds a context (used by tests for the W3C test vectors).
    #[cfg(test)]
    pub(crate) fn with(mut self, url: &str, text: &str) -> Self {
        self.extra.push((url.to_owned(), text.to_owned()));
        self
    }

    fn find(&self, url: &str) -> Option<Result<json_ld::syntax::Value, String>> {
        if let Some((_, parsed)) = PARSED.iter().find(|(known, _)| *known == url) {
            return Some(parsed.clone());
        }
        if let Some((_, text)) = self.extra.iter().find(|(known, _)| known == url) {
            return Some(
                json_ld::syntax::Value::parse_str(text)
                    .map(|(value, _)| value)
                    .map_err(|error| error.to_string()),
            );
        }
        None
    }

    fn knows(&self, url: &str) -> bool {
        PARSED.iter().any(|(known, _)| *known == url)
            || self.extra.iter().any(|(known, _)| known == url)
    }

    /// Fails with [`BadgeError::UnknownContext`] when any `@context` entry of the document names
    /// a URL this loader does not serve. Checked before processing so that the error names the
    /// URL instead of surfacing as a generic loading failure.
    pub(crate) fn check_document(&self, document: &serde_json::Value) -> Result<(), BadgeError> {
        match document {
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    if key == "@context" {
                        self.check_context_value(value)?;
                    } else {
                        self.check_document(value)?;
                    }
                }
                Ok(())
            }
            serde_json::Value::Array(items) => {
                items.iter().try_for_each(|item| self.check_document(item))
            }
            _ => Ok(()),
        }
    }

    fn check_context_value(&self, value: &serde_json::Value) -> Result<(), BadgeError> {
        match value {
            serde_json::Value::String(url) if !self.knows(url) => {
                Err(BadgeError::UnknownContext(url.clone()))
            }
            serde_json::Value::Array(items) => items
                .iter()
                .try_for_each(|item| self.check_context_value(item)),
            // Embedded contexts may import others with `@import`, or nest type-scoped ones.
            serde_json::Value::Object(_) => self.check_document(value),
            _ => Ok(()),
        }
    }
}

impl json_ld::Loader for ContextLoader {
    async fn load(&self, url: &Iri) -> Result<RemoteDocument<IriBuf>, LoadError> {
        match self.find(url.as_str()) {
            Some(Ok(value)) => Ok(RemoteDocument::new(Some(url.to_owned()), None, value)),
            Some(Err(error)) => Err(LoadError::new(url.to_owned(), Unparsable(error))),
            None => Err(LoadError::new(url.to_owned(), NotShipped)),
        }
    }
}
