//! An admin's upload becomes draft versions, and a version becomes what learners see
//! (issue 9). No HTTP here: the routes under `/api/v1/admin/content` call these.
//!
//! An upload is read strictly ([`SourceTree::read_upload`]: anything hostile refuses all of
//! it), split into parts ([`kampus_content::upload`]: whole courses, or additions to a
//! course — a module, one more locale's texts — which are laid over the course's current
//! version), and every part is validated as the whole course it would publish. Only when
//! every part passes is anything written: all drafts in one transaction. Publishing moves a
//! course's publication to a version and records the course's final assessment for the
//! reports in the same transaction; versions themselves never change.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use chrono::NaiveDateTime;
use kampus_content::LoadedCourse;
use kampus_content::bundle::{Refused, SourceTree};
use kampus_content::problem::{Problem, ProblemCode};
use kampus_content::upload::{UploadPart, split_upload};
use kampus_store::content_versions::{self, NewVersion, Source, Version};
use kampus_store::reports::aggregates;
use kampus_store::{DbConnection, StoreError, VersionId};

use serde::{Deserialize, Serialize};

use crate::context::Context;
use crate::error::UseCaseError;
use crate::retry;

pub mod folder;
pub mod live;
pub mod page_slots;
mod publisher;
pub mod translations;

pub use publisher::{Publisher, UPLOAD_LIMIT};
pub use translations::{ExchangeProblem, TranslationError};

/// Why an upload was not stored.
#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    /// The archive itself is hostile or unreadable; nothing of it was looked at further.
    #[error("the bundle is refused: {} reasons, first {:?}", .0.count(), .0.listed().first())]
    Refused(Refused),
    /// The archive is sound but its content does not validate (every problem, all parts).
    #[error("the bundle does not validate: {} problems", .0.len())]
    Invalid(Vec<PartProblem>),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The work could not run (its blocking task failed).
    #[error(transparent)]
    Failed(#[from] UseCaseError),
}

/// A problem of one part of an upload (`part` is its folder in the upload, empty for the
/// root).
#[derive(Debug, Clone, Serialize)]
pub struct PartProblem {
    pub part: String,
    #[serde(flatten)]
    pub problem: Problem,
}

/// What an upload part adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartKind {
    Course,
    Module,
    Locale,
}

/// The validation report kept with a version: its warnings and each locale's coverage.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub kind: PartKind,
    /// The version the additions were laid over, for a module or locale upload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub based_on: Option<VersionId>,
    #[serde(default)]
    pub problems: Vec<serde_json::Value>,
    #[serde(default)]
    pub coverage: serde_json::Value,
}

/// A draft made from an upload (or found: the same files were uploaded before).
#[derive(Debug, Clone)]
pub struct Draft {
    pub version: Version,
    pub report: Report,
    /// False when an identical version existed and is returned instead.
    pub created: bool,
}

/// A part read, merged and validated, waiting to be recorded.
struct Checked {
    course: LoadedCourse,
    tree: SourceTree,
    report: Report,
}

/// Reads, validates and records an upload as drafts; nothing is written unless every part
/// passes. `published` is this node's published courses (for slugs already taken). Blocking.
pub fn accept_upload(
    conn: &mut DbConnection,
    bytes: &[u8],
    actor: &str,
    now: NaiveDateTime,
    drafts: &DraftCache,
    published: &[&LoadedCourse],
) -> Result<Vec<Draft>, UploadError> {
    let tree = SourceTree::read_upload(bytes).map_err(UploadError::Refused)?;
    let parts = split_upload(&tree).map_err(|problems| {
        UploadError::Invalid(problems.into_iter().map(|p| in_part("", p)).collect())
    })?;
    let mut checked = Vec::new();
    let mut invalid = Vec::new();
    for part in &parts {
        match check_part(conn, part)? {
            Ok(part) => checked.push(part),
            Err(problems) => invalid.extend(problems),
        }
    }
    refuse_taken_slugs(published, &checked, &mut invalid);
    if !invalid.is_empty() {
        return Err(UploadError::Invalid(invalid));
    }
    let recorded = conn.write_transaction(|tx| {
        content_versions::lock(tx)?;
        checked
            .iter()
            .map(|part| record_draft(tx, part, actor, now))
            .collect::<Result<Vec<_>, StoreError>>()
    })?;
    for (draft, part) in recorded.iter().zip(checked) {
        drafts.keep(draft.version.id, Arc::new(part.course));
    }
    Ok(recorded)
}

fn in_part(part: &str, problem: Problem) -> PartProblem {
    PartProblem {
        part: part.to_owned(),
        problem,
    }
}

/// One part as the whole course it would publish, validated; its blocking problems if not.
fn check_part(
    conn: &mut DbConnection,
    part: &UploadPart,
) -> Result<Result<Checked, Vec<PartProblem>>, StoreError> {
    let (folder, tree, kind, based_on) = match part {
        UploadPart::Course { folder, tree } => (folder, tree.clone(), PartKind::Course, None),
        UploadPart::Partial(partial) => {
            let Some((base_id, base)) = current_tree(conn, &partial.course_id)? else {
                let problem = Problem::in_file(
                    ProblemCode::UnknownId,
                    "bundle.toml",
                    format!(
                        "there is no course `{}` to add to: upload the whole course first",
                        partial.course_id
                    ),
                );
                return Ok(Err(vec![in_part(&partial.folder, problem)]));
            };
            let kind = match partial.kind {
                kampus_content::upload::PartialKind::Module => PartKind::Module,
                kampus_content::upload::PartialKind::Locale => PartKind::Locale,
            };
            match partial.apply_to(&base) {
                Ok(tree) => (&partial.folder, tree, kind, Some(base_id)),
                Err(problems) => {
                    let folder = &partial.folder;
                    return Ok(Err(problems
                        .into_iter()
                        .map(|p| in_part(folder, p))
                        .collect()));
                }
            }
        }
    };
    let outcome = kampus_content::load_tree(&tree);
    let blocking: Vec<PartProblem> = outcome
        .problems
        .iter()
        .filter(|p| p.blocks_upload())
        .map(|p| in_part(folder, p.clone()))
        .collect();
    match outcome.course {
        Some(course) if blocking.is_empty() => {
            let report = Report {
                kind,
                based_on,
                problems: outcome
                    .problems
                    .iter()
                    .filter_map(|p| serde_json::to_value(p).ok())
                    .collect(),
                coverage: serde_json::to_value(course.coverage()).unwrap_or_default(),
            };
            Ok(Ok(Checked {
                course,
                tree,
                report,
            }))
        }
        _ => Ok(Err(blocking)),
    }
}

/// A course's version that additions are laid over: the published one, else the newest.
fn current_tree(
    conn: &mut DbConnection,
    course_id: &str,
) -> Result<Option<(VersionId, SourceTree)>, StoreError> {
    let id = match content_versions::published_version(conn, course_id)? {
        Some(id) => id,
        None => match content_versions::of_course(conn, course_id)?
            .into_iter()
            .next()
        {
            Some(version) => version.id,
            None => return Ok(None),
        },
    };
    let (bundle, _) = content_versions::bundle(conn, id)?;
    let tree = SourceTree::read_bundle(&format!("{course_id} version"), &bundle);
    Ok(Some((id, tree)))
}

/// A new course may not take the slug (its address) of another published course.
fn refuse_taken_slugs(
    published: &[&LoadedCourse],
    checked: &[Checked],
    invalid: &mut Vec<PartProblem>,
) {
    for part in checked {
        let course = part.course.course();
        if let Some(other) = published
            .iter()
            .find(|other| other.course().slug == course.slug && other.course().id != course.id)
        {
            invalid.push(in_part(
                &course.id,
                Problem::in_file(
                    ProblemCode::DuplicateId,
                    "course.toml",
                    format!(
                        "the slug `{}` is the address of the published course `{}`",
                        course.slug,
                        other.course().id
                    ),
                ),
            ));
        }
    }
}

fn record_draft(
    tx: &mut DbConnection,
    part: &Checked,
    actor: &str,
    now: NaiveDateTime,
) -> Result<Draft, StoreError> {
    let course_id = &part.course.course().id;
    let hash = part.tree.content_hash();
    if let Some(version) = content_versions::find_by_hash(tx, course_id, &hash)? {
        let (_, report) = content_versions::bundle(tx, version.id)?;
        let report = serde_json::from_str(&report).unwrap_or_else(|_| part.report.clone());
        return Ok(Draft {
            version,
            report,
            created: false,
        });
    }
    let bundle = part
        .tree
        .to_tar()
        .map_err(|e| StoreError::Corrupt(format!("packing a course: {e}")))?;
    let report =
        serde_json::to_string(&part.report).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let version = content_versions::record(
        tx,
        &NewVersion {
            course_id,
            content_hash: &hash,
            bundle: &bundle,
            report: &report,
            source: Source::Upload,
            created_by: Some(actor),
        },
        now,
    )?;
    Ok(Draft {
        version,
        report: part.report.clone(),
        created: true,
    })
}

/// A version's report as stored.
pub fn report_of(stored: &str) -> Report {
    serde_json::from_str(stored).unwrap_or(Report {
        kind: PartKind::Course,
        based_on: None,
        problems: serde_json::from_str(stored).unwrap_or_default(),
        coverage: serde_json::Value::Null,
    })
}

/// A version and its course, loaded for preview or publishing: from the cache, else from the
/// database. A conflict when it no longer loads without errors (a newer release validates
/// more strictly).
pub fn loaded_version(
    conn: &mut DbConnection,
    drafts: &DraftCache,
    version_id: VersionId,
) -> Result<(Version, Arc<LoadedCourse>), StoreError> {
    let version = content_versions::find(conn, version_id)?;
    if let Some(course) = drafts.get(version.id) {
        return Ok((version, course));
    }
    let course = folder::load_version(conn, &version)?.ok_or_else(|| {
        StoreError::Conflict(format!(
            "version {} of {} does not load without errors",
            version.number, version.course_id
        ))
    })?;
    let course = Arc::new(course);
    drafts.keep(version.id, course.clone());
    Ok((version, course))
}

/// Publishes a version (an earlier one: a rollback) with its course's final assessment
/// recorded for the reports, in one transaction. Returns false when it was published
/// already. Blocking.
pub fn publish(
    conn: &mut DbConnection,
    version: &Version,
    course: &LoadedCourse,
    actor: &str,
    now: NaiveDateTime,
) -> Result<bool, StoreError> {
    let finals = kampus_store::reports::FinalAssessment::of_courses([course]);
    conn.write_transaction(|tx| {
        content_versions::lock(tx)?;
        let changed = content_versions::publish(tx, version.id, Some(actor), now)?;
        if changed {
            aggregates::set_finals(tx, &finals)?;
        }
        Ok(changed)
    })
}

/// Whether `new` asks less of learners than `old`: a lesson, a required assessment or the
/// survey requirement gone. Learners whose only missing step it was have then completed
/// the course, though no event of theirs says so ([`complete_due`]).
pub fn asks_less(old: &LoadedCourse, new: &LoadedCourse) -> bool {
    let (old, new) = (old.course(), new.course());
    let lessons = |c: &kampus_content::model::Course| -> Vec<String> {
        c.modules.iter().flat_map(|m| m.lessons.clone()).collect()
    };
    let new_lessons = lessons(new);
    lessons(old).iter().any(|l| !new_lessons.contains(l))
        || old
            .completion
            .pass
            .iter()
            .any(|a| !new.completion.pass.contains(a))
        || (old.completion.survey && !new.completion.survey)
        || (old.completion.all_lessons && !new.completion.all_lessons)
}

/// Evaluates completion again for every open enrollment in the course (after a version that
/// asks less was published), each in its own transaction: completions and certificates are
/// recorded as if the learner's last step had just happened. Returns how many completed.
/// Blocking; it runs in the background of the publishing node.
pub fn complete_due_blocking(
    conn: &mut DbConnection,
    course: &LoadedCourse,
    ctx: &Context,
) -> Result<usize, StoreError> {
    let mut completed = 0;
    let mut after: Option<String> = None;
    loop {
        let batch = kampus_store::enrollments::open_in_course(
            conn,
            &course.course().id,
            after.as_deref(),
            500,
        )?;
        let Some(last) = batch.last() else {
            return Ok(completed);
        };
        after = Some(last.id.clone());
        for open in &batch {
            let now = ctx.now();
            let evaluated = conn.write_transaction(|tx| {
                // Read again inside the transaction: the learner may have moved on meanwhile.
                let enrollment = kampus_store::enrollments::find_by_id(tx, &open.id)?;
                crate::completion::evaluate(tx, course, &enrollment, now, ctx)
            });
            match evaluated {
                Ok(true) => completed += 1,
                // Completed by the learner's own request at the same moment.
                Ok(false) | Err(StoreError::Conflict(_)) => {}
                Err(error) => return Err(error),
            }
        }
    }
}

/// Reads, validates and records an upload as drafts (see [`accept_upload`]), off the async
/// runtime.
pub(crate) async fn upload(
    ctx: &Context,
    drafts: Arc<DraftCache>,
    bytes: impl AsRef<[u8]> + Send + 'static,
    actor: String,
    published: Vec<Arc<LoadedCourse>>,
) -> Result<Vec<Draft>, UploadError> {
    let now = ctx.now();
    ctx.blocking(move |conn| {
        let published: Vec<&LoadedCourse> = published.iter().map(AsRef::as_ref).collect();
        accept_upload(conn, bytes.as_ref(), &actor, now, &drafts, &published)
    })
    .await
}

/// What publishing a version did.
#[derive(Debug)]
pub struct Publication {
    pub version: Version,
    /// False when it was published already.
    pub changed: bool,
    /// The course as published.
    pub course: Arc<LoadedCourse>,
    /// Whether it asks less of learners than the version it replaced: then some may have
    /// completed the course ([`complete_due`] finds them).
    pub asks_less: bool,
}

/// Publishes the version `version_id` (an earlier one: a rollback). `served` finds a course
/// as this node serves it now (by id), to tell whether the new version asks less.
pub(crate) async fn publish_version(
    ctx: &Context,
    drafts: Arc<DraftCache>,
    version_id: VersionId,
    actor: String,
    served: impl FnOnce(&str) -> Option<Arc<LoadedCourse>> + Send + 'static,
) -> Result<Publication, UseCaseError> {
    let now = ctx.now();
    ctx.blocking(move |conn| {
        let (version, course) = loaded_version(conn, &drafts, version_id)?;
        let before = served(&version.course_id);
        let changed = publish(conn, &version, &course, &actor, now)?;
        let asks_less = changed && before.is_some_and(|before| asks_less(&before, &course));
        Ok(Publication {
            version,
            changed,
            course,
            asks_less,
        })
    })
    .await
}

/// Withdraws a course from learners until a version is published again; false when it was
/// not published. [`UseCaseError::NotFound`] when no version of the course exists.
pub(crate) async fn unpublish(
    ctx: &Context,
    course_id: String,
    actor: String,
) -> Result<bool, UseCaseError> {
    let now = ctx.now();
    ctx.blocking(move |conn| {
        if content_versions::of_course(conn, &course_id)?.is_empty() {
            return Err(UseCaseError::NotFound);
        }
        Ok(retry::write(conn, |tx| {
            content_versions::lock(tx)?;
            content_versions::unpublish(tx, &course_id, Some(&actor), now)
        })?)
    })
    .await
}

/// A version loaded for an admin's preview (kept a while for the next pages).
pub(crate) async fn preview(
    ctx: &Context,
    drafts: Arc<DraftCache>,
    version_id: VersionId,
) -> Result<Arc<LoadedCourse>, UseCaseError> {
    ctx.blocking(move |conn| Ok(loaded_version(conn, &drafts, version_id)?.1))
        .await
}

/// [`complete_due_blocking`] off the async runtime: learners whose only missing step a
/// version that asks less dropped complete now; how many did.
pub(crate) async fn complete_due(
    ctx: &Context,
    course: Arc<LoadedCourse>,
) -> Result<usize, UseCaseError> {
    let job_ctx = ctx.clone();
    ctx.blocking(move |conn| Ok(complete_due_blocking(conn, &course, &job_ctx)?))
        .await
}

/// The last few versions loaded for preview or publishing, so that previewing a draft page
/// by page does not load it again each time.
#[derive(Debug, Default)]
pub struct DraftCache {
    kept: Mutex<VecDeque<(VersionId, Arc<LoadedCourse>)>>,
}

/// Versions kept (a loaded course is a few MB).
const DRAFTS_KEPT: usize = 8;

impl DraftCache {
    pub fn get(&self, version_id: VersionId) -> Option<Arc<LoadedCourse>> {
        let kept = self
            .kept
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        kept.iter()
            .find(|(id, _)| *id == version_id)
            .map(|(_, c)| c.clone())
    }

    pub fn keep(&self, version_id: VersionId, course: Arc<LoadedCourse>) {
        let mut kept = self
            .kept
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        kept.retain(|(id, _)| *id != version_id);
        if kept.len() == DRAFTS_KEPT {
            kept.pop_front();
        }
        kept.push_back((version_id, course));
    }
}
