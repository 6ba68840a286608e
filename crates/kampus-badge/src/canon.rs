//! JSON-LD document → RDF dataset → canonical N-Quads (RDFC-1.0), the input of the
//! `eddsa-rdfc-2022` hashes.
//!
//! The `json-ld` crate turns the document into RDF quads; `rdf-canon` labels blank nodes and
//! serializes them canonically. Two details keep the result equal to what jsonld.js (the
//! JavaScript verifiers) computes:
//! - numbers are read with JavaScript's semantics: `40.0` is the integer 40 (an `xsd:integer`
//!   literal, or a typed literal "40"), not the double "4.0E1";
//! - typed terms keep the datatype their context declares, including the `https://` XML Schema
//!   IRIs of the Open Badges context (`hashed`, `creditsAvailable`).

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use json_ld::expansion::{Action, Policy};
use json_ld::rdf_types::{Id, LiteralType, Term};
use json_ld::syntax::Parse;
use json_ld::{JsonLdProcessor, RemoteDocument};
use oxrdf::{BlankNode, Dataset, GraphName, Literal, NamedNode, NamedOrBlankNode, Quad};

use crate::BadgeError;
use crate::contexts::ContextLoader;

/// How strictly undefined terms are treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TermPolicy {
    /// For documents Kampus signs: every property and type must be defined by a context, neither
    /// dropped nor mapped through a catch-all `@vocab`.
    Issue,
    /// For documents Kampus verifies: what jsonld.js in safe mode accepts (terms mapped through
    /// `@vocab` are kept, terms that would be dropped are an error).
    Verify,
}

impl TermPolicy {
    fn expansion_policy(self) -> Policy {
        Policy {
            invalid: Action::Reject,
            vocab: match self {
                Self::Issue => Action::Reject,
                Self::Verify => Action::Keep,
            },
            allow_undefined: false,
        }
    }
}

/// The canonical N-Quads of a JSON-LD document.
pub(crate) fn canonical_nquads(
    document: &serde_json::Value,
    loader: &ContextLoader,
    policy: TermPolicy,
) -> Result<String, BadgeError> {
    loader.check_document(document)?;
    let dataset = to_dataset(document, loader, policy)?;
    rdf_canon::canonicalize(&dataset)
        .map_err(|error| BadgeError::Canonicalization(error.to_string()))
}

fn to_dataset(
    document: &serde_json::Value,
    loader: &ContextLoader,
    policy: TermPolicy,
) -> Result<Dataset, BadgeError> {
    let text = serde_json::to_string(&with_javascript_numbers(document))
        .map_err(|error| BadgeError::InvalidCredential(error.to_string()))?;
    let (value, _) = json_ld::syntax::Value::parse_str(&text)
        .map_err(|error| BadgeError::InvalidCredential(error.to_string()))?;
    let remote = RemoteDocument::new(None, None, value);
    let options = json_ld::Options {
        expansion_policy: policy.expansion_policy(),
        ..json_ld::Options::default()
    };
    let generator = json_ld::rdf_types::generator::Blank::new();
    let mut rdf = run_ready(remote.to_rdf_using(generator, loader, options))?
        .map_err(|error| json_ld_error(&error))?;
    // The expansion policy covers property names but not `@type` values or `@id`s: an
    // undefined type or a relative id stays a non-IRI, which RDF conversion silently drops
    // (and jsonld.js's safe mode rejects). Refuse them for both issuing and verifying.
    if let Some(name) = rdf
        .document()
        .traverse()
        .find_map(|fragment| match fragment {
            json_ld::object::FragmentRef::NodeFragment(node) => match node.as_id() {
                Some(json_ld::Id::Invalid(name)) => Some(name.clone()),
                _ => None,
            },
            _ => None,
        })
    {
        return Err(BadgeError::UndefinedTerm(format!(
            "`{name}` is not a defined type or an absolute IRI"
        )));
    }
    let mut dataset = Dataset::new();
    for json_ld::rdf_types::Quad(subject, predicate, object, graph) in rdf.cloned_quads() {
        let Id::Iri(predicate) = predicate else {
            continue; // blank-node predicates are not RDF (generalized RDF is off)
        };
        let quad = Quad::new(
            subject_node(subject),
            NamedNode::new_unchecked(predicate.as_str()),
            match object {
                Term::Id(id) => oxrdf::Term::from(subject_node(id)),
                Term::Literal(literal) => oxrdf::Term::from(match literal.type_ {
                    LiteralType::Any(datatype) => Literal::new_typed_literal(
                        literal.value,
                        NamedNode::new_unchecked(datatype.as_str()),
                    ),
                    LiteralType::LangString(tag) => Literal::new_language_tagged_literal_unchecked(
                        literal.value,
                        tag.as_str().to_ascii_lowercase(),
                    ),
                }),
            },
            graph.map_or(GraphName::DefaultGraph, |id| subject_node(id).into()),
        );
        dataset.insert(&quad);
    }
    Ok(dataset)
}

fn subject_node(id: Id) -> NamedOrBlankNode {
    match id {
        Id::Iri(iri) => NamedNode::new_unchecked(iri.as_str()).into(),
        Id::Blank(blank) => BlankNode::new_unchecked(blank.suffix()).into(),
    }
}

fn json_ld_error(error: &json_ld::ToRdfError) -> BadgeError {
    use json_ld::expansion::Error as Expansion;
    let json_ld::ToRdfError::Expand(expand) = error;
    match expand {
        json_ld::ExpandError::Expansion(Expansion::ForbiddenVocab) => BadgeError::UndefinedTerm(
            "a property or type that only the catch-all @vocab would map".to_owned(),
        ),
        json_ld::ExpandError::Expansion(Expansion::InvalidTypeValue) => BadgeError::UndefinedTerm(
            "a `type` value that is neither a defined type nor an absolute IRI".to_owned(),
        ),
        json_ld::ExpandError::Expansion(Expansion::KeyExpansionFailed(key)) => {
            BadgeError::UndefinedTerm(format!("`{key}`"))
        }
        other => BadgeError::JsonLd(other.to_string()),
    }
}

/// Runs a future that never waits: the loader answers from memory, so JSON-LD processing
/// completes in one poll. No async runtime is needed.
fn run_ready<F: Future>(future: F) -> Result<F::Output, BadgeError> {
    let mut future = pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(output) => Ok(output),
        Poll::Pending => Err(BadgeError::JsonLd(
            "JSON-LD processing tried to wait for a document".to_owned(),
        )),
    }
}

/// A copy of the document with numbers as JavaScript reads them: a float without a fractional
/// part is an integer (`JSON.parse("40.0") === 40`).
fn with_javascript_numbers(value: &serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Number(number) => {
            match number.as_f64() {
                Some(float) if number.is_f64() && float.fract() == 0.0 && float.abs() < 9.0e15 => {
                    #[allow(clippy::cast_possible_truncation)] // integral and below 2^53: exact
                    serde_json::Value::from(float as i64)
                }
                _ => value.clone(),
            }
        }
        serde_json::Value::Array(items) => {
            serde_json::Value::Array(items.iter().map(with_javascript_numbers).collect())
        }
        serde_json::Value::Object(map) => serde_json::Value::Object(
            map.iter()
                .map(|(key, value)| (key.clone(), with_javascript_numbers(value)))
                .collect(),
        ),
        _ => value.clone(),
    }
}
