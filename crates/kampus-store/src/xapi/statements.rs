//! Statements as stored: the immutable JSON, the columns the queries filter on, and one row per
//! agent and activity a statement is about (`xapi_statement_agents`, `xapi_statement_activities`),
//! so `agent=`, `activity=` and their `related_…` variants are index lookups.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::{
    users, xapi_statement_activities as activities, xapi_statement_agents as agents,
    xapi_statements as statements,
};

/// A statement to store, with what the queries need to find it.
#[derive(Debug, Clone)]
pub struct NewStatement<'a> {
    /// The statement's UUID, lower case.
    pub id: &'a str,
    pub stored: NaiveDateTime,
    pub verb_id: &'a str,
    pub registration: Option<&'a str>,
    /// The id of the statement this one voids.
    pub voids: Option<&'a str>,
    /// The LRS credential that sent it; `None` for Kampus's own statements.
    pub credential_key: Option<&'a str>,
    /// The Kampus user its actor names, if any.
    pub user_id: Option<&'a str>,
    /// The statement as stored (JSON).
    pub full: &'a str,
    /// Agent keys the statement is about; `true` for the actor and an agent object.
    pub agents: &'a [(String, bool)],
    /// Activity ids the statement is about; `true` for its object.
    pub activities: &'a [(String, bool)],
}

/// What storing a statement did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    Inserted,
    /// A statement with this id was already stored (its JSON, to compare).
    AlreadyThere {
        full: String,
    },
}

/// A stored statement.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Found {
    pub seq: i64,
    pub full: String,
    pub voided: bool,
    pub verb_id: String,
    pub credential_key: Option<String>,
    pub user_id: Option<String>,
}

/// Stores one statement unless its id is taken. Call inside a write transaction.
pub fn insert(conn: &mut DbConnection, new: &NewStatement<'_>) -> Result<Stored, StoreError> {
    if let Some(existing) = statements::table
        .filter(statements::id.eq(new.id))
        .select(statements::full)
        .first::<String>(conn)
        .optional()?
    {
        return Ok(Stored::AlreadyThere { full: existing });
    }
    // A voiding statement may have arrived before the statement it voids.
    let voided_already = diesel::select(diesel::dsl::exists(
        statements::table.filter(statements::voids.eq(new.id)),
    ))
    .get_result::<bool>(conn)?;
    diesel::insert_into(statements::table)
        .values((
            statements::id.eq(new.id),
            statements::stored.eq(new.stored),
            statements::verb_id.eq(new.verb_id),
            statements::registration.eq(new.registration),
            statements::voids.eq(new.voids),
            statements::voided.eq(voided_already),
            statements::credential_key.eq(new.credential_key),
            statements::user_id.eq(new.user_id),
            statements::full.eq(new.full),
        ))
        .execute(conn)?;
    let seq = statements::table
        .filter(statements::id.eq(new.id))
        .select(statements::seq)
        .first::<i64>(conn)?;
    if let Some(target) = new.voids {
        diesel::update(statements::table.filter(statements::id.eq(target)))
            .set(statements::voided.eq(true))
            .execute(conn)?;
    }
    let mut seen_agents = std::collections::HashSet::new();
    for (key, direct) in new.agents {
        if seen_agents.insert((key.as_str(), *direct)) {
            diesel::insert_into(agents::table)
                .values((
                    agents::seq.eq(seq),
                    agents::agent_key.eq(key),
                    agents::direct.eq(direct),
                ))
                .execute(conn)?;
        }
    }
    let mut seen_activities = std::collections::HashSet::new();
    for (id, direct) in new.activities {
        if seen_activities.insert((id.as_str(), *direct)) {
            diesel::insert_into(activities::table)
                .values((
                    activities::seq.eq(seq),
                    activities::activity_id.eq(id),
                    activities::direct.eq(direct),
                ))
                .execute(conn)?;
        }
    }
    Ok(Stored::Inserted)
}

/// The statement with this id, voided or not.
pub fn find(conn: &mut DbConnection, id: &str) -> Result<Option<Found>, StoreError> {
    Ok(statements::table
        .filter(statements::id.eq(id))
        .select((
            statements::seq,
            statements::full,
            statements::voided,
            statements::verb_id,
            statements::credential_key,
            statements::user_id,
        ))
        .first::<Found>(conn)
        .optional()?)
}

/// Whose statements a reader may see.
#[derive(Debug, Clone, Copy)]
pub enum Visibility<'a> {
    All,
    /// Only those the credential wrote itself.
    WrittenBy(&'a str),
    /// Only those about people of these institutions.
    Institutions(&'a [String]),
}

/// A statement query (xAPI's GET /statements filters).
#[derive(Debug, Clone)]
pub struct Filter<'a> {
    pub agent: Option<&'a str>,
    pub related_agents: bool,
    pub verb: Option<&'a str>,
    pub activity: Option<&'a str>,
    pub related_activities: bool,
    pub registration: Option<&'a str>,
    /// Stored strictly after.
    pub since: Option<NaiveDateTime>,
    /// Stored at or before.
    pub until: Option<NaiveDateTime>,
    /// The paging cursor: only statements past this `seq` in the query's order.
    pub after_seq: Option<i64>,
    pub ascending: bool,
    pub limit: i64,
    pub visibility: Visibility<'a>,
}

/// The statements a filter selects, not voided, in stored order: `(seq, full)`.
pub fn query(
    conn: &mut DbConnection,
    filter: &Filter<'_>,
) -> Result<Vec<(i64, String)>, StoreError> {
    let mut query = statements::table
        .filter(statements::voided.eq(false))
        .select((statements::seq, statements::full))
        .into_boxed();
    if let Some(agent) = filter.agent {
        let about = agents::table
            .filter(agents::agent_key.eq(agent))
            .select(agents::seq);
        query = if filter.related_agents {
            query.filter(statements::seq.eq_any(about))
        } else {
            query.filter(statements::seq.eq_any(about.filter(agents::direct.eq(true))))
        };
    }
    if let Some(activity) = filter.activity {
        let about = activities::table
            .filter(activities::activity_id.eq(activity))
            .select(activities::seq);
        query = if filter.related_activities {
            query.filter(statements::seq.eq_any(about))
        } else {
            query.filter(statements::seq.eq_any(about.filter(activities::direct.eq(true))))
        };
    }
    if let Some(verb) = filter.verb {
        query = query.filter(statements::verb_id.eq(verb));
    }
    if let Some(registration) = filter.registration {
        query = query.filter(statements::registration.eq(registration));
    }
    if let Some(since) = filter.since {
        query = query.filter(statements::stored.gt(since));
    }
    if let Some(until) = filter.until {
        query = query.filter(statements::stored.le(until));
    }
    match filter.visibility {
        Visibility::All => {}
        Visibility::WrittenBy(key) => query = query.filter(statements::credential_key.eq(key)),
        Visibility::Institutions(institutions) => {
            let people = users::table
                .filter(users::institution_id.eq_any(institutions))
                .select(users::id.nullable());
            query = query.filter(statements::user_id.eq_any(people));
        }
    }
    query = match (filter.ascending, filter.after_seq) {
        (true, Some(after)) => query.filter(statements::seq.gt(after)),
        (false, Some(after)) => query.filter(statements::seq.lt(after)),
        (_, None) => query,
    };
    query = if filter.ascending {
        query.order(statements::seq.asc())
    } else {
        query.order(statements::seq.desc())
    };
    Ok(query.limit(filter.limit).load(conn)?)
}

/// The latest `stored` of any statement: what `X-Experience-API-Consistent-Through` may name
/// at the latest.
pub fn latest_stored(conn: &mut DbConnection) -> Result<Option<NaiveDateTime>, StoreError> {
    Ok(statements::table
        .select(diesel::dsl::max(statements::stored))
        .first::<Option<NaiveDateTime>>(conn)?)
}
