//! The publishing console's actions as both faces take them — the JSON API under
//! `/api/v1/admin/content` and the admin's web pages under `/admin/content`: upload, preview,
//! publish (an earlier version: a rollback) and unpublish, each followed by what this node
//! must do after it (serve the change before answering; complete the learners a version that
//! asks less has completed). One place, so a page and an API call do exactly the same.

use std::sync::Arc;

use kampus_content::exchange::{Export, Format};
use kampus_content::{LoadedCourse, Locale};
use kampus_store::VersionId;

use super::live::LiveContent;
use super::{Draft, DraftCache, Publication, TranslationError, UploadError};
use crate::context::Context;
use crate::error::UseCaseError;

/// Largest upload accepted, in bytes, by either face. Well above a course with its images;
/// what it unpacks to is limited separately (per file, in all, in number of files).
pub const UPLOAD_LIMIT: usize = 64 * 1024 * 1024;

/// The workflows' context, the content this node serves and the drafts it keeps loaded.
#[derive(Debug, Clone)]
pub struct Publisher {
    cases: Context,
    content: Arc<LiveContent>,
    drafts: Arc<DraftCache>,
}

impl Publisher {
    pub fn new(cases: Context, content: Arc<LiveContent>) -> Self {
        Self {
            cases,
            content,
            drafts: Arc::default(),
        }
    }

    /// The content this node serves.
    pub fn live(&self) -> &Arc<LiveContent> {
        &self.content
    }

    /// The versions kept loaded for previews (a report's coverage reads them too).
    pub fn drafts(&self) -> &DraftCache {
        &self.drafts
    }

    /// Reads, validates and records an upload as drafts, each part laid over the course as
    /// this node serves it now.
    pub async fn upload(
        &self,
        bytes: impl AsRef<[u8]> + Send + 'static,
        actor: String,
    ) -> Result<Vec<Draft>, UploadError> {
        let published = self.content.current().courses_shared();
        super::upload(&self.cases, self.drafts.clone(), bytes, actor, published).await
    }

    /// The published version of a course exported for translators in `locale` (the text
    /// `kampus content export` writes).
    pub async fn export_translation(
        &self,
        course_id: String,
        locale: Locale,
        format: Format,
        only_outdated: bool,
    ) -> Result<Export, TranslationError> {
        super::translations::export(&self.cases, course_id, locale, format, only_outdated).await
    }

    /// A translated file (XLIFF or PO) imported into the published version of a course and
    /// recorded as a draft version with its report; nothing is stored when it is refused.
    pub async fn import_translation(
        &self,
        course_id: String,
        (locale, format): (Locale, Format),
        bytes: impl AsRef<[u8]> + Send + 'static,
        actor: String,
    ) -> Result<Draft, TranslationError> {
        super::translations::import(
            &self.cases,
            self.drafts.clone(),
            course_id,
            locale,
            format,
            bytes,
            actor,
        )
        .await
    }

    /// A version loaded for a preview (kept a while for its next pages).
    pub async fn preview(&self, version_id: VersionId) -> Result<Arc<LoadedCourse>, UseCaseError> {
        super::preview(&self.cases, self.drafts.clone(), version_id).await
    }

    /// Publishes a version (an earlier one: a rollback). This node serves it before this
    /// returns; learners whose only missing step it dropped complete in the background.
    pub async fn publish(
        &self,
        version_id: VersionId,
        actor: String,
    ) -> Result<Publication, UseCaseError> {
        let content = self.content.current();
        let served = move |course_id: &str| content.shared_course_by_id(course_id);
        let publication =
            super::publish_version(&self.cases, self.drafts.clone(), version_id, actor, served)
                .await?;
        self.serve_now().await;
        if publication.asks_less {
            self.complete_in_background(publication.course.clone());
        }
        Ok(publication)
    }

    /// Withdraws a course from learners until a version is published again; false when it
    /// was not published. This node stops serving it before this returns.
    pub async fn unpublish(&self, course_id: String, actor: String) -> Result<bool, UseCaseError> {
        let changed = super::unpublish(&self.cases, course_id, actor).await?;
        self.serve_now().await;
        Ok(changed)
    }

    /// This node serves the change before answering (the others poll). A failure here is
    /// only logged: the change is committed and the poller retries.
    async fn serve_now(&self) {
        let live = self.content.clone();
        let refreshed = self
            .cases
            .blocking(move |conn| Ok::<_, UseCaseError>(live.refresh(conn)?))
            .await;
        if let Err(error) = refreshed {
            tracing::warn!(%error, "published, but reloading the content failed; the poller retries");
        }
    }

    /// Learners whose only missing step the new version dropped complete now, in the
    /// background of this node (each in its own transaction; a few milliseconds per open
    /// enrollment).
    fn complete_in_background(&self, course: Arc<LoadedCourse>) {
        let cases = self.cases.clone();
        tokio::spawn(async move {
            let course_id = course.course().id.clone();
            match super::complete_due(&cases, course).await {
                Ok(completed) => tracing::info!(
                    course = course_id,
                    completed,
                    "completion evaluated again after a version that asks less"
                ),
                Err(error) => tracing::error!(%error, "evaluating completion again failed"),
            }
        });
    }
}
