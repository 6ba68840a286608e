//! Hand-written SQL that the connection keeps prepared.
//!
//! `diesel::sql_query` marks itself unsafe to cache, so its statement is parsed and planned on
//! every call (on PostgreSQL, one more round trip). On the busiest writes that was most of
//! the work: the reports' recount of one enrollment spent 58 % of its time in SQLite's parser
//! (perf, quiz submissions, 2026-12-07). [`Prepared`] is the same text with its values bound
//! as parameters, so the text is the same on every call and diesel's statement cache (keyed
//! by the text) keeps the statement prepared.
//!
//! Build the text only from fixed pieces and [`Prepared::bind`]: a value pasted into the text
//! would make a new statement for each value (and fill the cache).

use chrono::NaiveDateTime;
use diesel::backend::Backend;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::serialize::ToSql;
use diesel::sql_types::{BigInt, HasSqlType, Nullable, Text, Timestamp, Untyped};
use diesel::{QueryResult, RunQueryDsl};

/// A value bound to a parameter.
#[derive(Debug, Clone)]
pub(crate) enum Value<'a> {
    Text(&'a str),
    BigInt(i64),
    Timestamp(NaiveDateTime),
    OptionalTimestamp(Option<NaiveDateTime>),
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(value: &'a str) -> Self {
        Value::Text(value)
    }
}

impl<'a> From<&'a String> for Value<'a> {
    fn from(value: &'a String) -> Self {
        Value::Text(value)
    }
}

impl From<i64> for Value<'_> {
    fn from(value: i64) -> Self {
        Value::BigInt(value)
    }
}

impl From<NaiveDateTime> for Value<'_> {
    fn from(value: NaiveDateTime) -> Self {
        Value::Timestamp(value)
    }
}

impl From<Option<NaiveDateTime>> for Value<'_> {
    fn from(value: Option<NaiveDateTime>) -> Self {
        Value::OptionalTimestamp(value)
    }
}

#[derive(Debug, Clone)]
enum Piece<'a> {
    Sql(String),
    Bind(Value<'a>),
}

/// SQL text and the values of its parameters, in order; load rows with `QueryableByName`
/// (as from `sql_query`) or execute it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Prepared<'a> {
    pieces: Vec<Piece<'a>>,
}

impl<'a> Prepared<'a> {
    /// Starts with `sql`.
    pub fn new(sql: impl Into<String>) -> Self {
        Self::default().sql(sql)
    }

    /// Appends fixed text.
    #[must_use]
    pub fn sql(mut self, sql: impl Into<String>) -> Self {
        self.pieces.push(Piece::Sql(sql.into()));
        self
    }

    /// Appends a parameter with this value.
    #[must_use]
    pub fn bind(mut self, value: impl Into<Value<'a>>) -> Self {
        self.pieces.push(Piece::Bind(value.into()));
        self
    }

    /// Appends parameters with these values, separated by commas (a `VALUES` list, a
    /// function's arguments).
    #[must_use]
    pub fn bind_all<V: Into<Value<'a>>>(mut self, values: impl IntoIterator<Item = V>) -> Self {
        for (n, value) in values.into_iter().enumerate() {
            if n > 0 {
                self = self.sql(", ");
            }
            self = self.bind(value);
        }
        self
    }

    /// Appends `other`'s text and parameters.
    #[must_use]
    pub fn append(mut self, other: Prepared<'a>) -> Self {
        self.pieces.extend(other.pieces);
        self
    }
}

impl<DB> QueryFragment<DB> for Prepared<'_>
where
    DB: Backend
        + HasSqlType<Text>
        + HasSqlType<BigInt>
        + HasSqlType<Timestamp>
        + HasSqlType<Nullable<Timestamp>>,
    str: ToSql<Text, DB>,
    i64: ToSql<BigInt, DB>,
    NaiveDateTime: ToSql<Timestamp, DB>,
    Option<NaiveDateTime>: ToSql<Nullable<Timestamp>, DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        // Unlike `SqlQuery`, no `unsafe_to_cache_prepared`: the text names the statement.
        for piece in &self.pieces {
            match piece {
                Piece::Sql(sql) => out.push_sql(sql),
                Piece::Bind(Value::Text(value)) => out.push_bind_param::<Text, str>(value)?,
                Piece::Bind(Value::BigInt(value)) => out.push_bind_param::<BigInt, i64>(value)?,
                Piece::Bind(Value::Timestamp(value)) => {
                    out.push_bind_param::<Timestamp, NaiveDateTime>(value)?;
                }
                Piece::Bind(Value::OptionalTimestamp(value)) => {
                    out.push_bind_param::<Nullable<Timestamp>, Option<NaiveDateTime>>(value)?;
                }
            }
        }
        Ok(())
    }
}

impl QueryId for Prepared<'_> {
    type QueryId = ();
    // No type-level id: the cache keys the statement by its text.
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl Query for Prepared<'_> {
    type SqlType = Untyped;
}

impl<Conn> RunQueryDsl<Conn> for Prepared<'_> {}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use diesel::QueryableByName;
    use diesel::connection::{Connection, InstrumentationEvent, SimpleConnection};
    use diesel::sql_types::Text;
    use diesel::sqlite::SqliteConnection;

    use super::Prepared;
    use crate::connection::DbConnection;
    use diesel::RunQueryDsl;

    #[derive(QueryableByName)]
    struct Row {
        #[diesel(sql_type = Text)]
        name: String,
    }

    /// The point of the module: one text, prepared once, whatever the values.
    #[test]
    fn one_text_with_other_values_is_prepared_once() {
        let mut sqlite = SqliteConnection::establish(":memory:").expect("sqlite");
        sqlite
            .batch_execute("CREATE TABLE t (name TEXT); INSERT INTO t VALUES ('a'), ('b');")
            .expect("table");
        let cached = Arc::new(Mutex::new(Vec::<String>::new()));
        let seen = Arc::clone(&cached);
        sqlite.set_instrumentation(move |event: InstrumentationEvent<'_>| {
            if let InstrumentationEvent::CacheQuery { sql, .. } = event {
                seen.lock().expect("lock").push(sql.to_owned());
            }
        });
        let mut conn = DbConnection::Sqlite(sqlite);
        for name in ["a", "b", "c"] {
            let rows: Vec<Row> = Prepared::new("SELECT name FROM t WHERE name = ")
                .bind(name)
                .load(&mut conn)
                .expect("load");
            let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
            let expected: &[&str] = if name == "c" { &[] } else { &[name] };
            assert_eq!(names, expected);
        }
        assert_eq!(cached.lock().expect("lock").len(), 1, "prepared once");
        // What it replaces: `sql_query` is prepared again on every call, never cached.
        for _ in 0..2 {
            diesel::sql_query("SELECT name FROM t")
                .load::<Row>(&mut conn)
                .expect("load");
        }
        assert_eq!(cached.lock().expect("lock").len(), 1);
    }
}
