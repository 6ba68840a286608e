//! The audit log: who did what and when (uploads, publishing, role changes, revocations,
//! account deletions). Rows are only added, in the transaction of the change they record,
//! so an entry exists exactly when its change does. Nothing here updates or deletes them.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::audit_log;

/// An entry to write.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// The user who acted; `None` for the system (the content folder at start).
    pub actor_id: Option<&'a str>,
    /// Dotted name, e.g. `content.publish`, `user.role`.
    pub action: &'a str,
    /// What was acted on (an id).
    pub subject: &'a str,
    /// The particulars, a JSON object.
    pub details: serde_json::Value,
}

/// An entry as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
pub struct Logged {
    pub id: String,
    pub at: NaiveDateTime,
    pub actor_id: Option<String>,
    pub action: String,
    pub subject: String,
    /// JSON object.
    pub details: String,
}

/// Appends an entry. Call it inside the transaction of the change it records.
pub fn record(
    conn: &mut DbConnection,
    entry: &Entry<'_>,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::id.eq(uuid::Uuid::now_v7().to_string()),
            audit_log::at.eq(now),
            audit_log::actor_id.eq(entry.actor_id),
            audit_log::action.eq(entry.action),
            audit_log::subject.eq(entry.subject),
            audit_log::details.eq(entry.details.to_string()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Which entries to list.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Actions starting with this (`content.` for all publishing).
    pub action_prefix: Option<String>,
    pub actor_id: Option<String>,
    pub from: Option<NaiveDateTime>,
    /// Before this.
    pub until: Option<NaiveDateTime>,
}

/// Entries matching `query`, oldest first, `limit` of them after `after` (an entry id; ids
/// grow with time).
pub fn list(
    conn: &mut DbConnection,
    query: &Query,
    after: Option<&str>,
    limit: i64,
) -> Result<Vec<Logged>, StoreError> {
    let mut select = audit_log::table
        .select(Logged::as_select())
        .order(audit_log::id)
        .limit(limit)
        .into_boxed();
    if let Some(prefix) = &query.action_prefix {
        // A prefix of dotted lower-case names: no LIKE wildcards to escape in practice, but
        // escaped anyway.
        let pattern = format!(
            "{}%",
            prefix
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        select = select.filter(audit_log::action.like(pattern).escape('\\'));
    }
    if let Some(actor) = &query.actor_id {
        select = select.filter(audit_log::actor_id.eq(actor.clone()));
    }
    if let Some(from) = query.from {
        select = select.filter(audit_log::at.ge(from));
    }
    if let Some(until) = query.until {
        select = select.filter(audit_log::at.lt(until));
    }
    if let Some(after) = after {
        select = select.filter(audit_log::id.gt(after.to_owned()));
    }
    Ok(select.load(conn)?)
}
