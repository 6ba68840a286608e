//! Kampus's own statements ([`crate::kampus_events`]) stored inside the transaction of the
//! event they describe: the event and its statement are written together or not at all.
//!
//! They take the path every statement takes ([`super::statements::insert_prepared`]: the same
//! stamp, lookup rows and activity definitions), with Kampus itself as the authority and no
//! credential. A statement whose id is stored already is left alone: a retried event (same id)
//! makes no second statement, and never fails the event it belongs to.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use kampus_store::{DbConnection, StoreError};
use serde_json::{Value, json};

use super::LrsError;
use super::statements::{insert_prepared, to_prepared};
use crate::statement::stamp::{self, Stamp};
use crate::statement::validate;
use crate::version::XapiVersion;

/// The account name of Kampus itself, as the authority of its own statements.
pub const AUTHORITY_NAME: &str = "kampus";

/// The Agent that vouches for Kampus's own statements: an account of the LRS's credentials
/// namespace (the shape of [`super::Lrs::authority_of`]), named `kampus` (credential keys are
/// long random tokens, so no credential can be named so).
pub fn authority(public_url: &str) -> Value {
    json!({
        "objectType": "Agent",
        "name": "Kampus",
        "account": {"homePage": format!("{public_url}/xapi/credentials"), "name": AUTHORITY_NAME}
    })
}

/// Stores `statement` (built by [`crate::kampus_events`], with its id) as Kampus's own, inside
/// the caller's transaction; `stored` is the time of the event's transaction. Nothing happens
/// when a statement with its id is stored already.
pub fn record(
    conn: &mut DbConnection,
    statement: Value,
    public_url: &str,
    stored: NaiveDateTime,
) -> Result<(), StoreError> {
    validate::statement(&statement, XapiVersion::V2_0_0)
        .map_err(|invalid| StoreError::Corrupt(format!("Kampus's own statement: {invalid}")))?;
    let Value::Object(mut full) = statement.clone() else {
        return Err(StoreError::Corrupt(
            "Kampus's own statement is not an object".into(),
        ));
    };
    let id = full
        .get("id")
        .and_then(Value::as_str)
        .map(str::to_ascii_lowercase)
        .ok_or_else(|| StoreError::Corrupt("Kampus's own statement has no id".into()))?;
    // Milliseconds: the precision of the stored text (see `Stamp::stored`).
    let stored =
        DateTime::<Utc>::from_timestamp_millis(Utc.from_utc_datetime(&stored).timestamp_millis())
            .ok_or_else(|| StoreError::Corrupt("the clock is out of range".into()))?;
    let authority = authority(public_url);
    stamp::stamp(
        &mut full,
        &Stamp {
            stored,
            authority: &authority,
            version: XapiVersion::V2_0_0,
        },
    );
    let prepared = to_prepared(id, statement, full, public_url);
    insert_prepared(
        conn,
        std::slice::from_ref(&prepared),
        None,
        stored.naive_utc(),
    )
    .map(drop)
    .map_err(|error| match error {
        LrsError::Store(error) => error,
        other => StoreError::Corrupt(format!("Kampus's own statement: {other}")),
    })
}
