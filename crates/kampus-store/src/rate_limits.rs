//! Fixed-window counters in the database, shared by every node (failed logins per account).

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::rate_limits;

/// Counts one hit in `bucket`'s current window and returns the hits in it so far.
/// Run it in a write transaction.
pub fn hit(
    conn: &mut DbConnection,
    bucket: &str,
    window: TimeDelta,
    now: NaiveDateTime,
) -> Result<i32, StoreError> {
    let current = rate_limits::table
        .find(bucket)
        .select((rate_limits::window_start, rate_limits::hits))
        .first::<(NaiveDateTime, i32)>(conn)
        .optional()?;
    match current {
        Some((start, hits)) if start + window > now => {
            diesel::update(rate_limits::table.find(bucket))
                .set(rate_limits::hits.eq(hits + 1))
                .execute(conn)?;
            Ok(hits + 1)
        }
        Some(_) => {
            diesel::update(rate_limits::table.find(bucket))
                .set((rate_limits::window_start.eq(now), rate_limits::hits.eq(1)))
                .execute(conn)?;
            Ok(1)
        }
        None => {
            diesel::insert_into(rate_limits::table)
                .values((
                    rate_limits::bucket.eq(bucket),
                    rate_limits::window_start.eq(now),
                    rate_limits::hits.eq(1),
                ))
                .execute(conn)?;
            Ok(1)
        }
    }
}

/// Hits in `bucket`'s current window, and when that window ends.
pub fn current(
    conn: &mut DbConnection,
    bucket: &str,
    window: TimeDelta,
    now: NaiveDateTime,
) -> Result<(i32, NaiveDateTime), StoreError> {
    let current = rate_limits::table
        .find(bucket)
        .select((rate_limits::window_start, rate_limits::hits))
        .first::<(NaiveDateTime, i32)>(conn)
        .optional()?;
    Ok(match current {
        Some((start, hits)) if start + window > now => (hits, start + window),
        _ => (0, now),
    })
}

/// Forgets a bucket (a successful login clears its failures).
pub fn clear(conn: &mut DbConnection, bucket: &str) -> Result<(), StoreError> {
    diesel::delete(rate_limits::table.find(bucket)).execute(conn)?;
    Ok(())
}
