//! Attachments' bytes, stored once per SHA-256 however many statements carry them.

use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::xapi_attachments as attachments;

/// An attachment's bytes.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Attachment {
    pub sha2: String,
    pub content_type: String,
    pub contents: Vec<u8>,
}

/// Keeps an attachment unless one with the same hash is kept. Call inside a write transaction.
pub fn keep(conn: &mut DbConnection, attachment: &Attachment) -> Result<(), StoreError> {
    let kept = diesel::select(diesel::dsl::exists(
        attachments::table.filter(attachments::sha2.eq(&attachment.sha2)),
    ))
    .get_result::<bool>(conn)?;
    if !kept {
        diesel::insert_into(attachments::table)
            .values((
                attachments::sha2.eq(&attachment.sha2),
                attachments::content_type.eq(&attachment.content_type),
                attachments::contents.eq(&attachment.contents),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The kept attachments among these hashes.
pub fn find(conn: &mut DbConnection, hashes: &[String]) -> Result<Vec<Attachment>, StoreError> {
    Ok(attachments::table
        .filter(attachments::sha2.eq_any(hashes))
        .select((
            attachments::sha2,
            attachments::content_type,
            attachments::contents,
        ))
        .load(conn)?)
}
