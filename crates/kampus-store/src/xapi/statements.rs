//! Statements as stored: the immutable JSON, the columns the queries filter on, and one row per
//! agent and activity a statement is about (`xapi_statement_agents`, `xapi_statement_activities`),
//! so `agent=`, `activity=` and their `related_…` variants are index lookups.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::{
    users, xapi_statement_activities as activities, xapi_statement_agents as agents,
    xapi_statement_inherited as inherited, xapi_statements as statements,
};

/// A statement to store, with what the queries need to find it.
#[derive(Debug, Clone)]
pub struct NewStatement<'a> {
    /// The statement's UUID, lower case.
    pub id: &'a str,
    pub stored: NaiveDateTime,
    pub verb_id: &'a str,
    pub registration: Option<&'a str>,
    /// The id of the statement this one targets (a StatementRef object).
    pub refers_to: Option<&'a str>,
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
    let mut stored = insert_many(conn, std::slice::from_ref(new))?;
    stored
        .pop()
        .ok_or_else(|| StoreError::Corrupt("a statement stored without an answer".into()))
}

/// Rows per multi-row statement: within both backends' limits on bound values (10 per row).
const ROWS_PER_INSERT: usize = 200;

/// Stores each statement whose id is not taken, in the order given, with its lookup rows; one
/// answer per statement, in that order. The ids must differ from each other. Call inside a
/// write transaction.
///
/// A batch costs a handful of queries, not a handful per statement: the taken ids, the voided
/// ones, the rows (multi-row inserts), their `seq`s, the lookup rows, the references.
pub fn insert_many(
    conn: &mut DbConnection,
    news: &[NewStatement<'_>],
) -> Result<Vec<Stored>, StoreError> {
    let ids: Vec<&str> = news.iter().map(|n| n.id).collect();
    let mut taken: HashMap<String, String> = HashMap::new();
    let mut voided: HashSet<String> = HashSet::new();
    for chunk in ids.chunks(ROWS_PER_INSERT) {
        taken.extend(
            statements::table
                .filter(statements::id.eq_any(chunk))
                .select((statements::id, statements::statement))
                .load::<(String, String)>(conn)?,
        );
        // A voiding statement may have arrived before the statement it voids.
        voided.extend(
            statements::table
                .filter(statements::voids.eq_any(chunk))
                .select(statements::voids)
                .load::<Option<String>>(conn)?
                .into_iter()
                .flatten(),
        );
    }
    let fresh: Vec<&NewStatement<'_>> = news.iter().filter(|n| !taken.contains_key(n.id)).collect();
    voided.extend(fresh.iter().filter_map(|n| n.voids).map(str::to_owned));
    let rows: Vec<_> = fresh
        .iter()
        .map(|n| {
            (
                statements::id.eq(n.id),
                statements::stored.eq(n.stored),
                statements::verb_id.eq(n.verb_id),
                statements::registration.eq(n.registration),
                statements::refers_to.eq(n.refers_to),
                statements::voids.eq(n.voids),
                statements::voided.eq(voided.contains(n.id)),
                statements::credential_key.eq(n.credential_key),
                statements::user_id.eq(n.user_id),
                statements::statement.eq(n.full),
            )
        })
        .collect();
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let insert = diesel::insert_into(statements::table).values(chunk);
        // BACKEND-SPECIFIC only in form: diesel's MultiConnection does not build multi-row
        // inserts, each backend's connection does.
        match &mut *conn {
            DbConnection::Sqlite(sqlite) => insert.execute(sqlite)?,
            DbConnection::Postgres(postgres) => insert.execute(postgres)?,
        };
    }
    let fresh_ids: Vec<&str> = fresh.iter().map(|n| n.id).collect();
    let mut seqs: HashMap<String, i64> = HashMap::new();
    for chunk in fresh_ids.chunks(ROWS_PER_INSERT) {
        seqs.extend(
            statements::table
                .filter(statements::id.eq_any(chunk))
                .select((statements::id, statements::seq))
                .load::<(String, i64)>(conn)?,
        );
    }
    let targets: Vec<&str> = fresh.iter().filter_map(|n| n.voids).collect();
    for chunk in targets.chunks(ROWS_PER_INSERT) {
        diesel::update(statements::table.filter(statements::id.eq_any(chunk)))
            .set(statements::voided.eq(true))
            .execute(conn)?;
    }
    let seq_of = |id: &str| {
        seqs.get(id)
            .copied()
            .ok_or_else(|| StoreError::Corrupt(format!("statement {id} stored without a seq")))
    };
    let mut agent_rows = Vec::new();
    let mut activity_rows = Vec::new();
    for new in &fresh {
        let seq = seq_of(new.id)?;
        let mut seen = HashSet::new();
        for (key, direct) in new.agents {
            if seen.insert((key.as_str(), *direct)) {
                agent_rows.push((seq, key.as_str(), *direct));
            }
        }
        let mut seen = HashSet::new();
        for (id, direct) in new.activities {
            if seen.insert((id.as_str(), *direct)) {
                activity_rows.push((seq, id.as_str(), *direct));
            }
        }
    }
    add_agents(conn, &agent_rows)?;
    add_activities(conn, &activity_rows)?;
    link_references(conn, &fresh, &seqs)?;
    Ok(news
        .iter()
        .map(|n| match taken.get(n.id) {
            Some(full) => Stored::AlreadyThere { full: full.clone() },
            None => Stored::Inserted,
        })
        .collect())
}

/// Gives statements just stored (`fresh`, with their `seqs`) the keys of the statements they
/// target, and passes their keys on to statements stored earlier that target them.
fn link_references(
    conn: &mut DbConnection,
    fresh: &[&NewStatement<'_>],
    seqs: &HashMap<String, i64>,
) -> Result<(), StoreError> {
    let fresh_ids: Vec<&str> = fresh.iter().map(|n| n.id).collect();
    for new in fresh {
        if let Some(target) = new.refers_to {
            let target_seq = match seqs.get(target) {
                Some(seq) => Some(*seq),
                None => statements::table
                    .filter(statements::id.eq(target))
                    .select(statements::seq)
                    .first::<i64>(conn)
                    .optional()?,
            };
            if let Some(target_seq) = target_seq {
                inherit(
                    conn,
                    target_seq,
                    *seqs.get(new.id).ok_or_else(|| {
                        StoreError::Corrupt(format!("statement {} stored without a seq", new.id))
                    })?,
                )?;
            }
        }
    }
    // Statements stored earlier that target one of these pass their chains on (rare: one
    // query finds none in the usual case).
    for chunk in fresh_ids.chunks(ROWS_PER_INSERT) {
        let referrers = statements::table
            .filter(statements::refers_to.eq_any(chunk))
            .select((statements::refers_to, statements::id, statements::seq))
            .load::<(Option<String>, String, i64)>(conn)?;
        for (target, referrer_id, referrer_seq) in referrers {
            let Some(target_seq) = target.as_deref().and_then(|t| seqs.get(t)).copied() else {
                continue;
            };
            if referrer_seq != target_seq && !seqs.contains_key(&referrer_id) {
                inherit(conn, target_seq, referrer_seq)?;
                pass_on(conn, &referrer_id, referrer_seq, 1)?;
            }
        }
    }
    Ok(())
}

/// How long a chain of references may be followed when keys are passed on (a chain could loop:
/// clients choose statement ids).
const MAX_CHAIN: usize = 10;

/// Passes the keys of the statement `(id, seq)` on to the statements that target it, and on down
/// their chains (a target may be stored after the statements that refer to it).
fn pass_on(conn: &mut DbConnection, id: &str, seq: i64, depth: usize) -> Result<(), StoreError> {
    if depth >= MAX_CHAIN {
        return Ok(());
    }
    let referrers = statements::table
        .filter(statements::refers_to.eq(id))
        .select((statements::id, statements::seq))
        .load::<(String, i64)>(conn)?;
    for (referrer_id, referrer_seq) in referrers {
        if referrer_seq != seq {
            inherit(conn, seq, referrer_seq)?;
            pass_on(conn, &referrer_id, referrer_seq, depth + 1)?;
        }
    }
    Ok(())
}

/// Gives statement `to` every key of statement `from`: agents, activities, verb, registration.
fn inherit(conn: &mut DbConnection, from: i64, to: i64) -> Result<(), StoreError> {
    let from_agents = agents::table
        .filter(agents::seq.eq(from))
        .select((agents::agent_key, agents::direct))
        .load::<(String, bool)>(conn)?;
    for (key, direct) in from_agents {
        add_agent(conn, to, &key, direct)?;
    }
    let from_activities = activities::table
        .filter(activities::seq.eq(from))
        .select((activities::activity_id, activities::direct))
        .load::<(String, bool)>(conn)?;
    for (id, direct) in from_activities {
        add_activity(conn, to, &id, direct)?;
    }
    let mut keys = inherited::table
        .filter(inherited::seq.eq(from))
        .select((inherited::verb_id, inherited::registration))
        .load::<(String, Option<String>)>(conn)?;
    keys.push(
        statements::table
            .find(from)
            .select((statements::verb_id, statements::registration))
            .first::<(String, Option<String>)>(conn)?,
    );
    for (verb_id, registration) in keys {
        diesel::insert_into(inherited::table)
            .values((
                inherited::seq.eq(to),
                inherited::verb_id.eq(verb_id),
                inherited::registration.eq(registration),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The lookup rows of statements just stored (new `seq`s, each row once: no conflict is
/// possible, so a plain multi-row insert does).
fn add_agents(conn: &mut DbConnection, rows: &[(i64, &str, bool)]) -> Result<(), StoreError> {
    let rows: Vec<_> = rows
        .iter()
        .map(|(seq, key, direct)| {
            (
                agents::seq.eq(*seq),
                agents::agent_key.eq(*key),
                agents::direct.eq(*direct),
            )
        })
        .collect();
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let insert = diesel::insert_into(agents::table).values(chunk);
        // BACKEND-SPECIFIC only in form, as in `insert_many`.
        match &mut *conn {
            DbConnection::Sqlite(sqlite) => insert.execute(sqlite)?,
            DbConnection::Postgres(postgres) => insert.execute(postgres)?,
        };
    }
    Ok(())
}

/// As [`add_agents`], for activities.
fn add_activities(conn: &mut DbConnection, rows: &[(i64, &str, bool)]) -> Result<(), StoreError> {
    let rows: Vec<_> = rows
        .iter()
        .map(|(seq, id, direct)| {
            (
                activities::seq.eq(*seq),
                activities::activity_id.eq(*id),
                activities::direct.eq(*direct),
            )
        })
        .collect();
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let insert = diesel::insert_into(activities::table).values(chunk);
        // BACKEND-SPECIFIC only in form, as in `insert_many`.
        match &mut *conn {
            DbConnection::Sqlite(sqlite) => insert.execute(sqlite)?,
            DbConnection::Postgres(postgres) => insert.execute(postgres)?,
        };
    }
    Ok(())
}

fn add_agent(conn: &mut DbConnection, seq: i64, key: &str, direct: bool) -> Result<(), StoreError> {
    let insert = diesel::insert_into(agents::table)
        .values((
            agents::seq.eq(seq),
            agents::agent_key.eq(key),
            agents::direct.eq(direct),
        ))
        .on_conflict_do_nothing();
    // BACKEND-SPECIFIC: both speak `ON CONFLICT DO NOTHING`, diesel's MultiConnection does not.
    match conn {
        DbConnection::Sqlite(sqlite) => insert.execute(sqlite)?,
        DbConnection::Postgres(postgres) => insert.execute(postgres)?,
    };
    Ok(())
}

fn add_activity(
    conn: &mut DbConnection,
    seq: i64,
    id: &str,
    direct: bool,
) -> Result<(), StoreError> {
    let insert = diesel::insert_into(activities::table)
        .values((
            activities::seq.eq(seq),
            activities::activity_id.eq(id),
            activities::direct.eq(direct),
        ))
        .on_conflict_do_nothing();
    // BACKEND-SPECIFIC: as in `add_agent`.
    match conn {
        DbConnection::Sqlite(sqlite) => insert.execute(sqlite)?,
        DbConnection::Postgres(postgres) => insert.execute(postgres)?,
    };
    Ok(())
}

/// The statement with this id, voided or not.
pub fn find(conn: &mut DbConnection, id: &str) -> Result<Option<Found>, StoreError> {
    Ok(statements::table
        .filter(statements::id.eq(id))
        .select((
            statements::seq,
            statements::statement,
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
        .select((statements::seq, statements::statement))
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
    // A statement matches by its own verb and registration or by those of the statements it
    // targets (`xapi_statement_inherited`).
    if let Some(verb) = filter.verb {
        let by_target = inherited::table
            .filter(inherited::verb_id.eq(verb))
            .select(inherited::seq);
        query = query.filter(
            statements::verb_id
                .eq(verb)
                .or(statements::seq.eq_any(by_target)),
        );
    }
    if let Some(registration) = filter.registration {
        let by_target = inherited::table
            .filter(inherited::registration.eq(registration))
            .select(inherited::seq);
        query = query.filter(
            statements::registration
                .eq(registration)
                .or(statements::seq.eq_any(by_target)),
        );
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

/// Which of these statement ids are stored voiding statements (their verb is `voided`).
pub fn voiding_among(conn: &mut DbConnection, ids: &[&str]) -> Result<Vec<String>, StoreError> {
    Ok(statements::table
        .filter(statements::id.eq_any(ids))
        .filter(statements::voids.is_not_null())
        .select(statements::id)
        .load(conn)?)
}
