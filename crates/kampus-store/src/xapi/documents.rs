//! State, Activity Profile and Agent Profile documents: opaque bytes with a content type and an
//! ETag, addressed by the resource's parameters. Parameters that are not part of a kind's
//! address are stored as empty strings (so the primary key works on both backends).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::xapi_documents as documents;

/// Which resource a document belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    State,
    ActivityProfile,
    AgentProfile,
}

impl DocumentKind {
    fn as_str(self) -> &'static str {
        match self {
            DocumentKind::State => "state",
            DocumentKind::ActivityProfile => "activity_profile",
            DocumentKind::AgentProfile => "agent_profile",
        }
    }
}

/// The address of a document set: everything but the document's own id.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    pub kind: DocumentKind,
    /// Empty for agent profiles.
    pub activity_id: &'a str,
    /// Empty for activity profiles.
    pub agent_key: &'a str,
    /// Empty unless a state was saved with a registration.
    pub registration: &'a str,
}

/// A stored document.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Document {
    pub content_type: String,
    pub contents: Vec<u8>,
    pub etag: String,
    pub updated: NaiveDateTime,
}

/// The document with this id in the scope.
pub fn get(
    conn: &mut DbConnection,
    scope: Scope<'_>,
    document_id: &str,
) -> Result<Option<Document>, StoreError> {
    Ok(documents::table
        .filter(documents::kind.eq(scope.kind.as_str()))
        .filter(documents::activity_id.eq(scope.activity_id))
        .filter(documents::agent_key.eq(scope.agent_key))
        .filter(documents::registration.eq(scope.registration))
        .filter(documents::document_id.eq(document_id))
        .select((
            documents::content_type,
            documents::contents,
            documents::etag,
            documents::updated,
        ))
        .first::<Document>(conn)
        .optional()?)
}

/// Stores a document, replacing one with the same address. Call inside a write transaction.
pub fn put(
    conn: &mut DbConnection,
    scope: Scope<'_>,
    document_id: &str,
    document: &Document,
) -> Result<(), StoreError> {
    delete(conn, scope, document_id)?;
    diesel::insert_into(documents::table)
        .values((
            documents::kind.eq(scope.kind.as_str()),
            documents::activity_id.eq(scope.activity_id),
            documents::agent_key.eq(scope.agent_key),
            documents::registration.eq(scope.registration),
            documents::document_id.eq(document_id),
            documents::content_type.eq(&document.content_type),
            documents::contents.eq(&document.contents),
            documents::etag.eq(&document.etag),
            documents::updated.eq(document.updated),
        ))
        .execute(conn)?;
    Ok(())
}

/// Deletes one document; whether there was one.
pub fn delete(
    conn: &mut DbConnection,
    scope: Scope<'_>,
    document_id: &str,
) -> Result<bool, StoreError> {
    let deleted = diesel::delete(
        documents::table
            .filter(documents::kind.eq(scope.kind.as_str()))
            .filter(documents::activity_id.eq(scope.activity_id))
            .filter(documents::agent_key.eq(scope.agent_key))
            .filter(documents::registration.eq(scope.registration))
            .filter(documents::document_id.eq(document_id)),
    )
    .execute(conn)?;
    Ok(deleted > 0)
}

/// Deletes every document of the scope (DELETE on the State resource without a stateId).
pub fn delete_all(conn: &mut DbConnection, scope: Scope<'_>) -> Result<usize, StoreError> {
    Ok(diesel::delete(
        documents::table
            .filter(documents::kind.eq(scope.kind.as_str()))
            .filter(documents::activity_id.eq(scope.activity_id))
            .filter(documents::agent_key.eq(scope.agent_key))
            .filter(documents::registration.eq(scope.registration)),
    )
    .execute(conn)?)
}

/// The ids of the scope's documents, updated strictly after `since` if given, in id order.
pub fn ids(
    conn: &mut DbConnection,
    scope: Scope<'_>,
    since: Option<NaiveDateTime>,
) -> Result<Vec<String>, StoreError> {
    let mut query = documents::table
        .filter(documents::kind.eq(scope.kind.as_str()))
        .filter(documents::activity_id.eq(scope.activity_id))
        .filter(documents::agent_key.eq(scope.agent_key))
        .filter(documents::registration.eq(scope.registration))
        .select(documents::document_id)
        .order(documents::document_id)
        .into_boxed();
    if let Some(since) = since {
        query = query.filter(documents::updated.gt(since));
    }
    Ok(query.load(conn)?)
}
