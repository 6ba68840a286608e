//! The latest definition of each activity (what GET /xapi/activities answers).

use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::xapi_activities as activities;

/// Records an activity's definition (JSON), replacing the one kept. Call inside a write
/// transaction.
pub fn define(conn: &mut DbConnection, id: &str, definition: &str) -> Result<(), StoreError> {
    let updated = diesel::update(activities::table.find(id))
        .set(activities::definition.eq(definition))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(activities::table)
            .values((activities::id.eq(id), activities::definition.eq(definition)))
            .execute(conn)?;
    }
    Ok(())
}

/// The kept definition of an activity (JSON).
pub fn definition(conn: &mut DbConnection, id: &str) -> Result<Option<String>, StoreError> {
    Ok(activities::table
        .find(id)
        .select(activities::definition)
        .first(conn)
        .optional()?)
}
