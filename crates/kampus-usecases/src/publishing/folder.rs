//! What learners are served comes from the database's published versions (issue 9), so that
//! every node serves the same content and an upload or a rollback needs no file on any node.
//!
//! At start, `content/` is offered as versions: a course whose files differ from the last
//! version taken from the folder becomes a new version and is published (a deploy with new
//! content publishes it); an unchanged folder records nothing, whatever admins published
//! since; a course with errors is not recorded and its published version stays. Then the
//! published versions are loaded.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use kampus_content::LoadedCourse;
use kampus_content::bundle::SourceTree;
use kampus_store::content_versions::{self, NewVersion, Source};
use kampus_store::{DbConnection, StoreError, VersionId};

use super::{PartKind, Report};

/// Why the content folder could not be offered.
#[derive(Debug, thiserror::Error)]
pub enum FolderError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("packing course {course}: {source}")]
    Pack {
        course: String,
        source: std::io::Error,
    },
    #[error("the report of course {course}: {source}")]
    Report {
        course: String,
        source: serde_json::Error,
    },
}

impl From<kampus_store::QueryError> for FolderError {
    fn from(error: kampus_store::QueryError) -> Self {
        FolderError::Store(StoreError::from(error))
    }
}

/// Records and publishes each course of `dir` whose files changed since the folder's last
/// version; returns the course ids published.
pub fn offer_content_folder(
    conn: &mut DbConnection,
    dir: &Path,
    now: chrono::NaiveDateTime,
) -> Result<Vec<String>, FolderError> {
    if !dir.is_dir() {
        tracing::warn!(dir = %dir.display(), "no content folder: serving what is published");
        return Ok(Vec::new());
    }
    let mut published = Vec::new();
    for source in kampus_content::check::course_sources(dir) {
        let tree = SourceTree::read_path(&source);
        let outcome = kampus_content::load_tree(&tree);
        let course = match &outcome.course {
            Some(loaded) if !outcome.has_errors() => loaded.course().id.clone(),
            _ => {
                for problem in outcome.problems.iter().filter(|p| p.is_error()) {
                    tracing::error!(course = %source.display(), %problem, "content problem");
                }
                tracing::error!(course = %source.display(), "course not recorded: fix it and restart (`kampus content check`); its published version, if any, stays");
                continue;
            }
        };
        let hash = tree.content_hash();
        let changed = conn.write_transaction(|tx| -> Result<bool, FolderError> {
            content_versions::lock(tx)?;
            if content_versions::latest_hash(tx, &course, Source::ContentFolder)?.as_deref()
                == Some(hash.as_str())
            {
                return Ok(false);
            }
            // Packed only when it is recorded: an unchanged folder costs a hash at start.
            let bundle = tree.to_tar().map_err(|source| FolderError::Pack {
                course: course.clone(),
                source,
            })?;
            // The report an upload gets: its warnings and each locale's coverage.
            let report = Report {
                kind: PartKind::Course,
                based_on: None,
                problems: outcome
                    .problems
                    .iter()
                    .filter_map(|p| serde_json::to_value(p).ok())
                    .collect(),
                coverage: outcome
                    .course
                    .as_ref()
                    .and_then(|loaded| serde_json::to_value(loaded.coverage()).ok())
                    .unwrap_or_default(),
            };
            let report = serde_json::to_string(&report).map_err(|source| FolderError::Report {
                course: course.clone(),
                source,
            })?;
            let version = content_versions::record(
                tx,
                &NewVersion {
                    course_id: &course,
                    content_hash: &hash,
                    bundle: &bundle,
                    report: &report,
                    source: Source::ContentFolder,
                    created_by: None,
                },
                now,
            )?;
            content_versions::publish(tx, version.id, None, now)?;
            Ok(true)
        })?;
        if changed {
            tracing::info!(course, hash, "content folder: new version published");
            published.push(course);
        }
    }
    Ok(published)
}

/// A published course and the id of the version it was loaded from (none for courses not
/// taken from the database).
pub type PublishedCourse = (Option<VersionId>, Arc<LoadedCourse>);

/// Loads every published version; a version in `reusable` (by version id) is taken from
/// there instead of being loaded again. A version that no longer loads without errors (a
/// newer release validates more strictly) is left out and logged.
pub fn load_published<S: std::hash::BuildHasher>(
    conn: &mut DbConnection,
    reusable: &HashMap<VersionId, Arc<LoadedCourse>, S>,
) -> Result<Vec<PublishedCourse>, StoreError> {
    let mut courses = Vec::new();
    for publication in content_versions::published(conn)? {
        let version = publication.version;
        if let Some(course) = reusable.get(&version.id) {
            courses.push((Some(version.id), course.clone()));
            continue;
        }
        if let Some(course) = load_version(conn, &version)? {
            courses.push((Some(version.id), Arc::new(course)));
        } else {
            tracing::error!(
                course = version.course_id,
                version = version.number,
                "a published version does not load: not served"
            );
        }
    }
    Ok(courses)
}

/// A stored version loaded and validated, or `None` when it has errors.
pub fn load_version(
    conn: &mut DbConnection,
    version: &content_versions::Version,
) -> Result<Option<LoadedCourse>, StoreError> {
    let (bundle, _) = content_versions::bundle(conn, version.id)?;
    let name = format!("{} version {}", version.course_id, version.number);
    let outcome = kampus_content::load_bundle(&name, &bundle);
    let loads = !outcome.has_errors();
    Ok(outcome.course.filter(|_| loads))
}
