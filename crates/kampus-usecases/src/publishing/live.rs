//! The courses this node serves, and how a node follows what admins publish (issue 9).
//! Every face (the JSON API, the web pages) reads the same [`LiveContent`].
//!
//! What is published lives in the database ([`kampus_store::content_versions`]); every
//! publish, unpublish or rollback bumps one revision number in the same transaction. Each
//! node keeps the published courses loaded as one immutable [`Content`] and, every few
//! seconds, reads the revision (one tiny row); when it moved, the node loads the published
//! versions again (reusing the courses whose version did not change) and swaps the whole
//! `Content` at once. A request takes the current `Arc<Content>` once and uses it to the end,
//! so a swap never changes a course under a request and never drops one: old requests finish
//! with the old copy, which is freed when the last of them ends.
//!
//! Polling a number, rather than PostgreSQL's LISTEN/NOTIFY, works the same on SQLite (several
//! processes on one file) and through connection poolers, and survives a lost connection
//! without special handling; its cost is one indexed read per node per interval.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

use kampus_content::LoadedCourse;
use kampus_store::{DbConnection, Pool, StoreError, VersionId, content_versions};

use super::folder::FolderError;

use super::page_slots::{LessonPages, OutlinePages, PerLesson, ReaderStencils};

/// One consistent set of published courses.
#[derive(Debug, Default)]
pub struct Content {
    /// The publishing revision this set was loaded at.
    pub revision: i64,
    courses: Vec<Arc<LoadedCourse>>,
    /// Version id of each course, by course id.
    versions: HashMap<String, VersionId>,
    /// Each lesson's JSON per locale, serialized once.
    pub lesson_pages: LessonPages,
    /// Each course's outline per locale, serialized once.
    pub outline_pages: OutlinePages,
    /// Each lesson's reader page per locale, rendered once with holes for the reader's own
    /// values (the web pages fill them).
    pub lesson_readers: PerLesson<ReaderStencils>,
}

impl Content {
    /// A set of courses not taken from the database (command-line tools, tests).
    pub fn of(courses: Vec<LoadedCourse>) -> Self {
        Self::assemble(0, courses.into_iter().map(|c| (None, Arc::new(c))))
    }

    fn assemble(
        revision: i64,
        courses: impl IntoIterator<Item = (Option<VersionId>, Arc<LoadedCourse>)>,
    ) -> Self {
        let mut versions = HashMap::new();
        let courses: Vec<Arc<LoadedCourse>> = courses
            .into_iter()
            .map(|(version, course)| {
                if let Some(version) = version {
                    versions.insert(course.course().id.clone(), version);
                }
                course
            })
            .collect();
        let lesson_pages = LessonPages::new(courses.iter().map(AsRef::as_ref));
        let outline_pages = OutlinePages::new(courses.iter().map(AsRef::as_ref));
        let lesson_readers = PerLesson::new(courses.iter().map(AsRef::as_ref));
        Self {
            revision,
            courses,
            versions,
            lesson_pages,
            outline_pages,
            lesson_readers,
        }
    }

    /// The published courses.
    pub fn courses(&self) -> impl Iterator<Item = &LoadedCourse> {
        self.courses.iter().map(AsRef::as_ref)
    }

    /// The published courses, to keep beyond this `Content`'s borrow.
    pub fn courses_shared(&self) -> Vec<Arc<LoadedCourse>> {
        self.courses.clone()
    }

    /// The published course with this slug.
    pub fn course(&self, slug: &str) -> Option<&LoadedCourse> {
        self.courses().find(|c| c.course().slug == slug)
    }

    /// The published course with this slug, to keep beyond this `Content`'s borrow.
    pub fn shared_course(&self, slug: &str) -> Option<Arc<LoadedCourse>> {
        self.courses
            .iter()
            .find(|c| c.course().slug == slug)
            .cloned()
    }

    /// The published course with this id.
    pub fn course_by_id(&self, id: &str) -> Option<&LoadedCourse> {
        self.courses().find(|c| c.course().id == id)
    }

    /// The published course with this id, to keep beyond this `Content`'s borrow.
    pub fn shared_course_by_id(&self, id: &str) -> Option<Arc<LoadedCourse>> {
        self.courses.iter().find(|c| c.course().id == id).cloned()
    }

    /// The version id a course is served from, when it came from the database.
    pub fn version_of(&self, course_id: &str) -> Option<VersionId> {
        self.versions.get(course_id).copied()
    }

    pub fn len(&self) -> usize {
        self.courses.len()
    }

    pub fn is_empty(&self) -> bool {
        self.courses.is_empty()
    }
}

/// The current [`Content`] of this node, replaced whole when the revision moves.
#[derive(Debug, Default)]
pub struct LiveContent {
    current: RwLock<Arc<Content>>,
    /// One reload at a time (the poller and a publishing request may both try).
    reloading: Mutex<()>,
}

impl LiveContent {
    pub fn new(content: Content) -> Self {
        Self {
            current: RwLock::new(Arc::new(content)),
            reloading: Mutex::new(()),
        }
    }

    /// What requests read now.
    pub fn current(&self) -> Arc<Content> {
        // A poisoned lock only means a panic while swapping an Arc: the value is intact.
        self.current
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Reloads when the published revision differs from the one served; returns whether it
    /// swapped. Blocking (database and parsing): call it off the async workers.
    pub fn refresh(&self, conn: &mut DbConnection) -> Result<bool, StoreError> {
        let _one_at_a_time = self
            .reloading
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let served = self.current();
        let revision = content_versions::revision(conn)?;
        if revision == served.revision {
            return Ok(false);
        }
        let reusable: HashMap<VersionId, Arc<LoadedCourse>> = served
            .courses
            .iter()
            .filter_map(|c| Some((served.version_of(&c.course().id)?, c.clone())))
            .collect();
        let loaded = super::folder::load_published(conn, &reusable)?;
        let content = Content::assemble(revision, loaded);
        tracing::info!(
            revision,
            courses = content.len(),
            "serving a new revision of the published content"
        );
        *self
            .current
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(content);
        Ok(true)
    }
}

/// Why the content could not be loaded at start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Folder(#[from] FolderError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the content loading task failed: {0}")]
    Task(String),
}

/// At start: offers `content/` and loads what is published (off the async runtime).
pub async fn start(
    pool: &Pool,
    dir: std::path::PathBuf,
    now: chrono::NaiveDateTime,
) -> Result<LiveContent, StartError> {
    let pool = pool.clone();
    tokio::task::spawn_blocking(move || {
        let started = std::time::Instant::now();
        let mut conn = pool.get()?;
        super::folder::offer_content_folder(&mut conn, &dir, now)?;
        let live = LiveContent::default();
        live.refresh(&mut conn)?;
        tracing::info!(
            courses = live.current().len(),
            elapsed_ms = started.elapsed().as_millis(),
            "loaded the published course content"
        );
        Ok::<_, StartError>(live)
    })
    .await
    .map_err(|e| StartError::Task(e.to_string()))?
}
