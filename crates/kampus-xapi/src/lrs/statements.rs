//! Storing and reading statements (xAPI 2.0.0 §4.1.6.1, 1.0.3 §7.2).
//!
//! A request's statements are checked whole before anything is written, then stored in one
//! transaction: either every statement of a batch is kept or none. A statement whose id is
//! already stored is accepted when it is the same statement (a client's retry) and refused with
//! 409 otherwise; it is never stored twice.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use kampus_store::DbConnection;
use kampus_store::xapi::{activities, attachments, statements as store};
use serde_json::{Map, Value};

use super::access::{Caller, Need};
use super::{Lrs, LrsError};
use crate::statement::about::About;
use crate::statement::same::is_same;
use crate::statement::stamp::{self, Stamp};
use crate::statement::validate;
use crate::version::XapiVersion;

/// The verb that voids a statement.
pub const VOIDED: &str = "http://adlnet.gov/expapi/verbs/voided";

/// An attachment's bytes sent with statements (a part of a multipart/mixed request).
#[derive(Debug, Clone)]
pub struct AttachmentPart {
    pub sha2: String,
    pub content_type: String,
    pub contents: Vec<u8>,
}

/// A statement checked and stamped, ready to store.
#[derive(Debug)]
pub(crate) struct Prepared {
    id: String,
    /// As sent, with its id: what a retry is compared with.
    sent: Value,
    full: String,
    verb_id: String,
    registration: Option<String>,
    refers_to: Option<String>,
    voids: Option<String>,
    user_id: Option<String>,
    about: About,
    /// The object activity's definition, when it carries one.
    definition: Option<(String, Value)>,
}

/// Which statements a query reads.
#[derive(Debug, Clone, Default)]
pub struct StatementQuery {
    /// An agent key ([`crate::agent::key`]).
    pub agent: Option<String>,
    pub related_agents: bool,
    pub verb: Option<String>,
    pub activity: Option<String>,
    pub related_activities: bool,
    pub registration: Option<String>,
    pub since: Option<NaiveDateTime>,
    pub until: Option<NaiveDateTime>,
    /// 0: the server's page size.
    pub limit: i64,
    pub ascending: bool,
    /// Continue after this `seq` (from a `more` link).
    pub cursor: Option<i64>,
}

/// A page of statements.
#[derive(Debug, Clone)]
pub struct Page {
    pub statements: Vec<Value>,
    /// The `seq` to continue after, when there may be more.
    pub next_cursor: Option<i64>,
}

/// When the LRS answered: what `X-Experience-API-Consistent-Through` names.
pub fn consistent_through(now: NaiveDateTime) -> String {
    stamp::format_time(Utc.from_utc_datetime(&now))
}

impl Lrs {
    /// PUT /statements?statementId=…: stores one statement under that id.
    pub async fn put_statement(
        &self,
        caller: &Caller,
        version: XapiVersion,
        id: &str,
        mut statement: Value,
        parts: Vec<AttachmentPart>,
    ) -> Result<(), LrsError> {
        caller.may(Need::WriteStatements)?;
        if !validate::is_uuid(id) {
            return Err(LrsError::Invalid(format!(
                "statementId {id:?} is not a UUID"
            )));
        }
        let object = statement.as_object_mut().ok_or_else(|| {
            LrsError::Invalid("the body must be one statement (a JSON object)".into())
        })?;
        match object.get("id").and_then(Value::as_str) {
            Some(given) if !given.eq_ignore_ascii_case(id) => {
                return Err(LrsError::Invalid(format!(
                    "the statement's id {given:?} differs from statementId {id:?}"
                )));
            }
            _ => {
                object.insert("id".into(), Value::String(id.to_ascii_lowercase()));
            }
        }
        self.store(caller, version, vec![statement], parts)
            .await
            .map(drop)
    }

    /// POST /statements: stores one statement or an array; the ids, in order.
    pub async fn post_statements(
        &self,
        caller: &Caller,
        version: XapiVersion,
        body: Value,
        parts: Vec<AttachmentPart>,
    ) -> Result<Vec<String>, LrsError> {
        caller.may(Need::WriteStatements)?;
        let statements = match body {
            Value::Array(statements) => statements,
            single @ Value::Object(_) => vec![single],
            _ => {
                return Err(LrsError::Invalid(
                    "the body must be a statement or an array of statements".into(),
                ));
            }
        };
        self.store(caller, version, statements, parts).await
    }

    async fn store(
        &self,
        caller: &Caller,
        version: XapiVersion,
        statements: Vec<Value>,
        parts: Vec<AttachmentPart>,
    ) -> Result<Vec<String>, LrsError> {
        let stored = DateTime::<Utc>::from_timestamp_millis(
            Utc.from_utc_datetime(&self.clock().now())
                .timestamp_millis(),
        )
        .ok_or_else(|| LrsError::Internal("the clock is out of range".into()))?;
        let prepared = self.prepare(caller, version, statements, stored)?;
        let ids: Vec<String> = prepared.iter().map(|p| p.id.clone()).collect();
        let credential_key = caller.key.clone();
        let stored_at = stored.naive_utc();
        self.write(move |conn| {
            for part in &parts {
                attachments::keep(
                    conn,
                    &attachments::Attachment {
                        sha2: part.sha2.clone(),
                        content_type: part.content_type.clone(),
                        contents: part.contents.clone(),
                    },
                )?;
            }
            let outcomes = insert_prepared(conn, &prepared, Some(&credential_key), stored_at)?;
            for (statement, outcome) in prepared.iter().zip(outcomes) {
                refuse_if_different(statement, outcome)?;
            }
            Ok(())
        })
        .await?;
        Ok(ids)
    }

    /// Checks and stamps every statement; nothing is stored when one is refused.
    fn prepare(
        &self,
        caller: &Caller,
        version: XapiVersion,
        statements: Vec<Value>,
        stored: DateTime<Utc>,
    ) -> Result<Vec<Prepared>, LrsError> {
        let mut ids = HashSet::new();
        let mut prepared = Vec::with_capacity(statements.len());
        for (index, mut statement) in statements.into_iter().enumerate() {
            validate::statement(&statement, version).map_err(|invalid| {
                LrsError::Invalid(if index == 0 {
                    invalid.to_string()
                } else {
                    format!("statement {index}: {invalid}")
                })
            })?;
            let object = statement
                .as_object_mut()
                .ok_or_else(|| LrsError::Invalid("a statement must be a JSON object".into()))?;
            let id = match object.get("id").and_then(Value::as_str) {
                Some(id) => id.to_ascii_lowercase(),
                None => uuid::Uuid::now_v7().to_string(),
            };
            object.insert("id".into(), Value::String(id.clone()));
            if !ids.insert(id.clone()) {
                return Err(LrsError::Invalid(format!(
                    "the statement id {id} is sent twice in one request"
                )));
            }
            let sent = statement.clone();
            let Value::Object(mut full) = statement else {
                unreachable!("checked to be an object above");
            };
            stamp::stamp(
                &mut full,
                &Stamp {
                    stored,
                    authority: &caller.authority,
                    version,
                },
            );
            prepared.push(to_prepared(id, sent, full, &self.settings().public_url));
        }
        Ok(prepared)
    }

    /// GET /statements?statementId=… (`voided` false) or ?voidedStatementId=… (`voided` true).
    pub async fn statement(
        &self,
        caller: &Caller,
        id: &str,
        voided: bool,
    ) -> Result<Value, LrsError> {
        caller.may(Need::ReadStatements)?;
        let id = id.to_ascii_lowercase();
        let found = self
            .blocking(move |conn| Ok(store::find(conn, &id)?))
            .await?
            .ok_or(LrsError::NotFound)?;
        if found.voided != voided || !self.may_read(caller, &found).await? {
            return Err(LrsError::NotFound);
        }
        serde_json::from_str(&found.full)
            .map_err(|e| LrsError::Internal(format!("a stored statement: {e}")))
    }

    async fn may_read(&self, caller: &Caller, found: &store::Found) -> Result<bool, LrsError> {
        if caller.reads_only_own() {
            return Ok(found.credential_key.as_deref() == Some(caller.key.as_str()));
        }
        if caller.institutions.is_empty() {
            return Ok(true);
        }
        let Some(user_id) = found.user_id.clone() else {
            return Ok(false);
        };
        let institutions = caller.institutions.clone();
        self.blocking(move |conn| {
            Ok(kampus_store::users::institution_of(conn, &user_id)?
                .is_some_and(|institution| institutions.contains(&institution)))
        })
        .await
    }

    /// GET /statements with filters: a page, newest first unless `ascending`.
    pub async fn statements(
        &self,
        caller: &Caller,
        query: StatementQuery,
    ) -> Result<Page, LrsError> {
        caller.may(Need::ReadStatements)?;
        let page_size = self.settings().page_size;
        let limit = if query.limit <= 0 {
            page_size
        } else {
            query.limit.min(page_size)
        };
        let own = caller.reads_only_own().then(|| caller.key.clone());
        let institutions = caller.institutions.clone();
        let rows = self
            .blocking(move |conn| {
                let visibility = match (&own, institutions.is_empty()) {
                    (Some(key), _) => store::Visibility::WrittenBy(key),
                    (None, true) => store::Visibility::All,
                    (None, false) => store::Visibility::Institutions(&institutions),
                };
                Ok(store::query(
                    conn,
                    &store::Filter {
                        agent: query.agent.as_deref(),
                        related_agents: query.related_agents,
                        verb: query.verb.as_deref(),
                        activity: query.activity.as_deref(),
                        related_activities: query.related_activities,
                        registration: query.registration.as_deref(),
                        since: query.since,
                        until: query.until,
                        after_seq: query.cursor,
                        ascending: query.ascending,
                        // One more than asked: whether a `more` link is due.
                        limit: limit + 1,
                        visibility,
                    },
                )?)
            })
            .await?;
        let more = usize::try_from(limit).is_ok_and(|limit| rows.len() > limit);
        let mut statements = Vec::with_capacity(rows.len());
        let mut last_seq = None;
        for (seq, full) in rows
            .into_iter()
            .take(usize::try_from(limit).unwrap_or(usize::MAX))
        {
            statements.push(
                serde_json::from_str(&full)
                    .map_err(|e| LrsError::Internal(format!("a stored statement: {e}")))?,
            );
            last_seq = Some(seq);
        }
        Ok(Page {
            statements,
            next_cursor: if more { last_seq } else { None },
        })
    }

    /// The kept bytes of these attachments (GET with `attachments=true`).
    pub async fn attachments(
        &self,
        hashes: Vec<String>,
    ) -> Result<Vec<attachments::Attachment>, LrsError> {
        self.blocking(move |conn| Ok(attachments::find(conn, &hashes)?))
            .await
    }
}

/// What the store needs of a stamped statement: its columns and what it is about. `public_url`
/// tells Kampus's own accounts (their `homePage`) from others.
pub(crate) fn to_prepared(
    id: String,
    sent: Value,
    full: Map<String, Value>,
    public_url: &str,
) -> Prepared {
    let text = |value: Option<&Value>| value.and_then(Value::as_str).map(str::to_owned);
    let verb_id = text(full.get("verb").and_then(|v| v.get("id"))).unwrap_or_default();
    let refers_to = full
        .get("object")
        .filter(|o| o.get("objectType").and_then(Value::as_str) == Some("StatementRef"))
        .and_then(|o| text(o.get("id")))
        .map(|id| id.to_ascii_lowercase());
    let voids = if verb_id == VOIDED {
        refers_to.clone()
    } else {
        None
    };
    let registration = text(full.get("context").and_then(|c| c.get("registration")))
        .map(|r| r.to_ascii_lowercase());
    let user_id = full
        .get("actor")
        .and_then(|a| a.get("account"))
        .filter(|account| account.get("homePage").and_then(Value::as_str) == Some(public_url))
        .and_then(|account| text(account.get("name")));
    let object = full.get("object");
    let definition = object
        .filter(|o| o.get("objectType").is_none_or(|t| t == "Activity"))
        .and_then(|o| Some((text(o.get("id"))?, o.get("definition")?.clone())));
    let full = Value::Object(full);
    Prepared {
        about: About::of(&full),
        full: full.to_string(),
        id,
        sent,
        verb_id,
        registration,
        refers_to,
        voids,
        user_id,
        definition,
    }
}

/// An activity's kept definition updated by a newer one (2.0.0 §4.1.6.4, 1.0.3 §7.5: the LRS
/// returns its canonical definition, "which may be a union of definitions"): language maps
/// gain the newer's languages, every other property is the newer's where it has one.
fn merge_definitions(kept: Value, newer: &Value) -> Value {
    let (Value::Object(mut kept), Value::Object(newer)) = (kept, newer) else {
        return newer.clone();
    };
    for (name, value) in newer {
        match (kept.get_mut(name), value) {
            (Some(Value::Object(old)), Value::Object(new))
                if name == "name" || name == "description" =>
            {
                for (language, text) in new {
                    old.insert(language.clone(), text.clone());
                }
            }
            _ => {
                kept.insert(name.clone(), value.clone());
            }
        }
    }
    Value::Object(kept)
}

/// A statement id already stored is accepted for the same statement (a retry) and refused with
/// 409 for another.
fn refuse_if_different(statement: &Prepared, outcome: store::Stored) -> Result<(), LrsError> {
    let store::Stored::AlreadyThere { full } = outcome else {
        return Ok(());
    };
    let stored: Value = serde_json::from_str(&full)
        .map_err(|e| LrsError::Internal(format!("a stored statement: {e}")))?;
    if is_same(&statement.sent, &stored) {
        Ok(())
    } else {
        Err(LrsError::Conflict(format!(
            "a different statement with id {} is stored already",
            statement.id
        )))
    }
}

/// Stores prepared statements whose ids are not taken (answering, for each, whether it was),
/// and keeps their objects' definitions: the path every statement takes, the LRS's clients'
/// and Kampus's own ([`super::own`]). One batch costs a handful of queries
/// ([`store::insert_many`]).
pub(crate) fn insert_prepared(
    conn: &mut DbConnection,
    prepared: &[Prepared],
    credential_key: Option<&str>,
    stored: NaiveDateTime,
) -> Result<Vec<store::Stored>, LrsError> {
    // 2.0.0 §4.2.5 / 1.0.3 §2.3.2: a voiding statement cannot itself be voided — neither one
    // stored already nor one of this batch.
    let targets: Vec<&str> = prepared.iter().filter_map(|p| p.voids.as_deref()).collect();
    if !targets.is_empty() {
        let voiding_in_batch = prepared
            .iter()
            .filter(|p| p.verb_id == VOIDED)
            .map(|p| p.id.as_str());
        let voiding: Vec<String> = store::voiding_among(conn, &targets)?
            .into_iter()
            .chain(
                voiding_in_batch
                    .filter(|id| targets.contains(id))
                    .map(str::to_owned),
            )
            .collect();
        if let Some(target) = voiding.first() {
            return Err(LrsError::Invalid(format!(
                "statement {target} is a voiding statement: it cannot be voided"
            )));
        }
    }
    let news: Vec<store::NewStatement<'_>> = prepared
        .iter()
        .map(|statement| store::NewStatement {
            id: &statement.id,
            stored,
            verb_id: &statement.verb_id,
            registration: statement.registration.as_deref(),
            refers_to: statement.refers_to.as_deref(),
            voids: statement.voids.as_deref(),
            credential_key,
            user_id: statement.user_id.as_deref(),
            full: &statement.full,
            agents: &statement.about.agents,
            activities: &statement.about.activities,
        })
        .collect();
    let outcomes = store::insert_many(conn, &news)?;
    // Definitions, merged per activity in the batch's order, then read and written once each.
    let mut definitions: Vec<(&str, Value)> = Vec::new();
    for (statement, outcome) in prepared.iter().zip(&outcomes) {
        let (store::Stored::Inserted, Some((id, definition))) = (outcome, &statement.definition)
        else {
            continue;
        };
        match definitions.iter_mut().find(|(kept, _)| kept == id) {
            Some((_, merged)) => *merged = merge_definitions(merged.take(), definition),
            None => definitions.push((id, definition.clone())),
        }
    }
    for (id, definition) in definitions {
        let kept = activities::definition(conn, id)?
            .and_then(|text| serde_json::from_str::<Value>(&text).ok());
        let merged = match &kept {
            Some(kept) => merge_definitions(kept.clone(), &definition),
            None => definition,
        };
        // Most statements repeat the definition kept (every lesson event of a lesson does):
        // no write then.
        if kept.as_ref() != Some(&merged) {
            activities::define(conn, id, &merged.to_string())?;
        }
    }
    Ok(outcomes)
}

impl Lrs {
    /// The kept definition of an activity (the Activities resource).
    pub async fn activity_definition(&self, id: String) -> Result<Option<Value>, LrsError> {
        let kept = self
            .blocking(move |conn| Ok(activities::definition(conn, &id)?))
            .await?;
        kept.map(|text| {
            serde_json::from_str(&text)
                .map_err(|e| LrsError::Internal(format!("a kept definition: {e}")))
        })
        .transpose()
    }
}
