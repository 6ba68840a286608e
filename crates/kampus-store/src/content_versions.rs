//! Course content versions and what is published (issue 9).
//!
//! A version holds a whole course's files (as an uncompressed tar) with the content hash
//! that names them and the validation report written when it was made. Versions are never
//! changed once written: publishing, unpublishing and rolling back only move a course's row
//! in `content_publications`, and each of them bumps `content_revision` in the same
//! transaction, which is how every node learns that it must reload. Each change is written
//! to the audit log (see [`crate::audit`]) in the same transaction too.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::audit;
use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::ids::VersionId;
use crate::schema::{content_publications, content_revision, content_versions};

/// Where a version came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// The `content/` folder, loaded at start.
    ContentFolder,
    /// An admin's upload.
    Upload,
}

impl Source {
    fn as_str(self) -> &'static str {
        match self {
            Source::ContentFolder => "content-folder",
            Source::Upload => "upload",
        }
    }
}

/// A version to write.
#[derive(Debug, Clone)]
pub struct NewVersion<'a> {
    pub course_id: &'a str,
    pub content_hash: &'a str,
    pub bundle: &'a [u8],
    /// The validation report, JSON.
    pub report: &'a str,
    pub source: Source,
    pub created_by: Option<&'a str>,
}

/// A version without its files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Queryable, Selectable)]
#[diesel(table_name = content_versions)]
pub struct Version {
    #[diesel(deserialize_as = String)]
    pub id: VersionId,
    pub course_id: String,
    pub number: i32,
    pub content_hash: String,
    pub source: String,
    pub created_by: Option<String>,
    pub created_at: NaiveDateTime,
}

/// A course's published version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Publication {
    pub course_id: String,
    pub version: Version,
    pub published_by: Option<String>,
    pub published_at: NaiveDateTime,
}

/// Writes a new version of a course (the next number) and returns it. Run it in a write
/// transaction.
pub fn record(
    conn: &mut DbConnection,
    new: &NewVersion<'_>,
    now: NaiveDateTime,
) -> Result<Version, StoreError> {
    let last: Option<i32> = content_versions::table
        .filter(content_versions::course_id.eq(new.course_id))
        .select(diesel::dsl::max(content_versions::number))
        .first(conn)?;
    let id = VersionId::new();
    diesel::insert_into(content_versions::table)
        .values((
            content_versions::id.eq(id.to_string()),
            content_versions::course_id.eq(new.course_id),
            content_versions::number.eq(last.unwrap_or(0) + 1),
            content_versions::content_hash.eq(new.content_hash),
            content_versions::bundle.eq(new.bundle),
            content_versions::report.eq(new.report),
            content_versions::source.eq(new.source.as_str()),
            content_versions::created_by.eq(new.created_by),
            content_versions::created_at.eq(now),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        &audit::Entry {
            actor_id: new.created_by,
            action: "content.version.create",
            subject: &id.to_string(),
            details: serde_json::json!({
                "course": new.course_id,
                "hash": new.content_hash,
                "source": new.source.as_str(),
            }),
        },
        now,
    )?;
    find(conn, id)
}

/// A version, without its files.
pub fn find(conn: &mut DbConnection, id: VersionId) -> Result<Version, StoreError> {
    Ok(content_versions::table
        .find(id.to_string())
        .select(Version::as_select())
        .first(conn)?)
}

/// The version of a course with these files, if one was recorded (an upload of the same
/// files again names it instead of recording a copy).
pub fn find_by_hash(
    conn: &mut DbConnection,
    course_id: &str,
    content_hash: &str,
) -> Result<Option<Version>, StoreError> {
    Ok(content_versions::table
        .filter(content_versions::course_id.eq(course_id))
        .filter(content_versions::content_hash.eq(content_hash))
        .order(content_versions::number.desc())
        .select(Version::as_select())
        .first(conn)
        .optional()?)
}

/// The published version of a course, if it is published.
pub fn published_version(
    conn: &mut DbConnection,
    course_id: &str,
) -> Result<Option<VersionId>, StoreError> {
    let id: Option<String> = content_publications::table
        .find(course_id)
        .select(content_publications::version_id)
        .first(conn)
        .optional()?;
    id.as_deref()
        .map(VersionId::from_db)
        .transpose()
        .map_err(Into::into)
}

/// Every version of every course, by course and newest first.
pub fn all(conn: &mut DbConnection) -> Result<Vec<Version>, StoreError> {
    Ok(content_versions::table
        .order((content_versions::course_id, content_versions::number.desc()))
        .select(Version::as_select())
        .load(conn)?)
}

/// A course's versions, newest first.
pub fn of_course(conn: &mut DbConnection, course_id: &str) -> Result<Vec<Version>, StoreError> {
    Ok(content_versions::table
        .filter(content_versions::course_id.eq(course_id))
        .order(content_versions::number.desc())
        .select(Version::as_select())
        .load(conn)?)
}

/// A version's files (an uncompressed tar) and its validation report.
pub fn bundle(conn: &mut DbConnection, id: VersionId) -> Result<(Vec<u8>, String), StoreError> {
    Ok(content_versions::table
        .find(id.to_string())
        .select((content_versions::bundle, content_versions::report))
        .first(conn)?)
}

/// Every published course's version, by course id.
pub fn published(conn: &mut DbConnection) -> Result<Vec<Publication>, StoreError> {
    let rows: Vec<(String, Option<String>, NaiveDateTime, Version)> = content_publications::table
        .inner_join(content_versions::table)
        .order(content_publications::course_id)
        .select((
            content_publications::course_id,
            content_publications::published_by,
            content_publications::published_at,
            Version::as_select(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(course_id, published_by, published_at, version)| Publication {
                course_id,
                version,
                published_by,
                published_at,
            },
        )
        .collect())
}

/// Serializes the writers of content versions until the transaction ends (several nodes
/// starting at once with the same new `content/` must record it once): on PostgreSQL the
/// revision row is locked; SQLite's write transactions are serialized already.
pub fn lock(conn: &mut DbConnection) -> Result<(), StoreError> {
    if let DbConnection::Postgres(pg) = conn {
        content_revision::table
            .select(content_revision::revision)
            .for_update()
            .first::<i64>(pg)?;
    }
    Ok(())
}

/// The content hash of the newest version of a course that came from `source`.
pub fn latest_hash(
    conn: &mut DbConnection,
    course_id: &str,
    source: Source,
) -> Result<Option<String>, StoreError> {
    Ok(content_versions::table
        .filter(content_versions::course_id.eq(course_id))
        .filter(content_versions::source.eq(source.as_str()))
        .order(content_versions::number.desc())
        .select(content_versions::content_hash)
        .first(conn)
        .optional()?)
}

/// The number bumped by every change of what is published.
pub fn revision(conn: &mut DbConnection) -> Result<i64, StoreError> {
    Ok(content_revision::table
        .select(content_revision::revision)
        .first(conn)?)
}

/// Publishes a version: learners of its course see it from the next reload on (publishing
/// an earlier version is a rollback). Returns false when it was already the published one
/// (nothing changes). Run it in a write transaction.
pub fn publish(
    conn: &mut DbConnection,
    version_id: VersionId,
    actor_id: Option<&str>,
    now: NaiveDateTime,
) -> Result<bool, StoreError> {
    let version = find(conn, version_id)?;
    let version_id = version_id.to_string();
    let version_id = version_id.as_str();
    let current: Option<String> = content_publications::table
        .find(&version.course_id)
        .select(content_publications::version_id)
        .first(conn)
        .optional()?;
    if current.as_deref() == Some(version_id) {
        return Ok(false);
    }
    diesel::delete(content_publications::table.find(&version.course_id)).execute(conn)?;
    diesel::insert_into(content_publications::table)
        .values((
            content_publications::course_id.eq(&version.course_id),
            content_publications::version_id.eq(version_id),
            content_publications::published_by.eq(actor_id),
            content_publications::published_at.eq(now),
        ))
        .execute(conn)?;
    bump(conn)?;
    audit::record(
        conn,
        &audit::Entry {
            actor_id,
            action: "content.publish",
            subject: version_id,
            details: serde_json::json!({
                "course": version.course_id,
                "number": version.number,
                "replaced": current,
            }),
        },
        now,
    )?;
    Ok(true)
}

/// Withdraws a course from learners (its versions stay). Returns false when it was not
/// published. Run it in a write transaction.
pub fn unpublish(
    conn: &mut DbConnection,
    course_id: &str,
    actor_id: Option<&str>,
    now: NaiveDateTime,
) -> Result<bool, StoreError> {
    let removed = diesel::delete(content_publications::table.find(course_id)).execute(conn)?;
    if removed == 0 {
        return Ok(false);
    }
    bump(conn)?;
    audit::record(
        conn,
        &audit::Entry {
            actor_id,
            action: "content.unpublish",
            subject: course_id,
            details: serde_json::json!({}),
        },
        now,
    )?;
    Ok(true)
}

fn bump(conn: &mut DbConnection) -> Result<(), StoreError> {
    diesel::update(content_revision::table)
        .set(content_revision::revision.eq(content_revision::revision + 1))
        .execute(conn)?;
    Ok(())
}
