//! Translators' round trip through the admin faces (issue 23): a published course's texts
//! exported for a CAT tool ([`kampus_content::exchange`], XLIFF 2.1 or PO), and a translated
//! file imported as a new draft version.
//!
//! The exchange code works on a course folder, as the command line uses it. So the published
//! version's files are unpacked into a temporary folder, exported or imported there exactly as
//! `kampus content export|import` does, and (for an import) the folder read back as the whole
//! course it would publish: it then takes the path of an uploaded course — validated
//! ([`super::check_part`]), its report kept, recorded as a draft in one transaction
//! ([`super::record_draft`]). A refused import stores nothing. Publishing stays a separate step.

use std::io;
use std::path::Path;
use std::sync::Arc;

use kampus_content::Locale;
use kampus_content::bundle::SourceTree;
use kampus_content::exchange::{self, Format, ImportError, ReadError, UnitsError};
use kampus_content::upload::UploadPart;
use kampus_store::content_versions;
use kampus_store::{DbConnection, StoreError, VersionId};
use serde::Serialize;

use super::{Draft, DraftCache, PartKind, PartProblem, check_part, record_draft};
use crate::context::Context;
use crate::error::UseCaseError;

/// Why an export or import of translations was refused.
#[derive(Debug, thiserror::Error)]
pub enum TranslationError {
    /// No version of the course is published (or no such course).
    #[error("course {0} is not published")]
    NotPublished(String),
    /// English is the source language, not a translation.
    #[error("English is the source language: export or import a translation")]
    SourceLocale,
    /// The file is refused (hostile, unreadable, wrong language, broken units); nothing
    /// was stored.
    #[error("the translation is refused: {} problem(s)", .0.len())]
    Refused(Vec<ExchangeProblem>),
    /// Imported, the course no longer validates; nothing was stored.
    #[error("with the translation, the course does not validate: {} problem(s)", .0.len())]
    Invalid(Vec<PartProblem>),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Failed(#[from] UseCaseError),
}

/// One reason a translation file is refused: a stable `code`, the unit it concerns (when it
/// is one unit) and the line in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExchangeProblem {
    pub code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    pub message: String,
}

/// An export: the file's text and what it holds.
pub use kampus_content::exchange::Export;

/// The name the file is given while it is read: what the problems say it is.
fn file_name(course_id: &str, locale: Locale, format: Format) -> String {
    let ext = match format {
        Format::Xliff => "xlf",
        Format::Po => "po",
    };
    format!("{course_id}.{}.{ext}", locale.tag())
}

/// The published version of a course and its files.
fn published_tree(
    conn: &mut DbConnection,
    course_id: &str,
) -> Result<(VersionId, SourceTree), TranslationError> {
    let id = content_versions::published_version(conn, course_id)?
        .ok_or_else(|| TranslationError::NotPublished(course_id.to_owned()))?;
    let (bundle, _) = content_versions::bundle(conn, id)?;
    Ok((
        id,
        SourceTree::read_bundle(&format!("{course_id} version"), &bundle),
    ))
}

/// Writes `tree`'s files under `dir`.
fn unpack(tree: &SourceTree, dir: &Path) -> io::Result<()> {
    for path in tree.paths() {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(target, tree.get(path).unwrap_or_default())?;
    }
    Ok(())
}

fn scratch(error: &io::Error) -> TranslationError {
    TranslationError::Failed(UseCaseError::Internal(format!(
        "a temporary course folder: {error}"
    )))
}

/// The published version of `course_id` exported in `locale` (the same text
/// `kampus content export` writes for its files). Blocking.
pub fn export_published(
    conn: &mut DbConnection,
    course_id: &str,
    locale: Locale,
    format: Format,
    only_outdated: bool,
) -> Result<Export, TranslationError> {
    if locale == Locale::En {
        return Err(TranslationError::SourceLocale);
    }
    let (_, tree) = published_tree(conn, course_id)?;
    let dir = tempfile::tempdir().map_err(|e| scratch(&e))?;
    unpack(&tree, dir.path()).map_err(|e| scratch(&e))?;
    exchange::export(dir.path(), locale, format, only_outdated).map_err(|error| match error {
        UnitsError::SourceLocale => TranslationError::SourceLocale,
        UnitsError::NotACourse(_) => TranslationError::Store(StoreError::Corrupt(format!(
            "the published version of {course_id} has no course.toml"
        ))),
    })
}

/// Imports `text` (XLIFF or PO, as `format` says) into `locale` of the published version of
/// `course_id` and records the result as a draft (kind `locale`, based on the published
/// version); nothing is stored when the file is refused or the course would not validate.
/// Blocking.
pub fn import_as_draft(
    conn: &mut DbConnection,
    drafts: &DraftCache,
    request: &ImportRequest<'_>,
    now: chrono::NaiveDateTime,
) -> Result<Draft, TranslationError> {
    let ImportRequest {
        course_id,
        locale,
        format,
        bytes,
        actor,
    } = *request;
    if locale == Locale::En {
        return Err(TranslationError::SourceLocale);
    }
    let (base_id, tree) = published_tree(conn, course_id)?;
    let dir = tempfile::tempdir().map_err(|e| scratch(&e))?;
    let course_dir = dir.path().join("course");
    unpack(&tree, &course_dir).map_err(|e| scratch(&e))?;
    let name = file_name(course_id, locale, format);
    let file = dir.path().join(&name);
    std::fs::write(&file, bytes).map_err(|e| scratch(&e))?;
    exchange::import(std::slice::from_ref(&file), &course_dir, locale)
        .map_err(|error| refused(error, &file.display().to_string(), &name))?;
    let part = UploadPart::Course {
        folder: String::new(),
        tree: SourceTree::read_path(&course_dir),
    };
    let mut checked = check_part(conn, &part)?.map_err(TranslationError::Invalid)?;
    checked.report.kind = PartKind::Locale;
    checked.report.based_on = Some(base_id);
    let draft = conn.write_transaction(|tx| {
        content_versions::lock(tx)?;
        record_draft(tx, &checked, actor, now)
    })?;
    drafts.keep(draft.version.id, Arc::new(checked.course));
    Ok(draft)
}

/// What an import is asked to do.
#[derive(Debug, Clone, Copy)]
pub struct ImportRequest<'a> {
    pub course_id: &'a str,
    pub locale: Locale,
    pub format: Format,
    pub bytes: &'a [u8],
    pub actor: &'a str,
}

/// An import's refusal as problems; the messages name the file by its name, not by the
/// temporary path it was read from.
fn refused(error: ImportError, temporary: &str, name: &str) -> TranslationError {
    let problem = |code, unit: Option<&str>, line: Option<u32>, message: String| ExchangeProblem {
        code,
        unit: unit.map(str::to_owned),
        line,
        message: message.replace(temporary, name),
    };
    let problems = match error {
        ImportError::Course(UnitsError::SourceLocale) => return TranslationError::SourceLocale,
        ImportError::Units(units) => units
            .into_iter()
            .map(|u| problem("unit-refused", Some(&u.unit), Some(u.line), u.problem))
            .collect(),
        ImportError::Syntax(read) => {
            let message = read.to_string();
            vec![match read {
                ReadError::Declaration { line, .. } => {
                    problem("declaration-refused", None, Some(line), message)
                }
                ReadError::Xml { line, .. } => {
                    problem("not-well-formed", None, Some(line), message)
                }
                ReadError::NotXliff { .. } => problem("not-xliff", None, None, message),
                ReadError::Po { line, .. } => problem("po-syntax", None, Some(line), message),
                ReadError::Unit { line, unit, .. } => {
                    problem("unit-refused", Some(&unit), Some(line), message)
                }
            }]
        }
        ImportError::WrongLanguage { .. } => {
            vec![problem("wrong-language", None, None, error.to_string())]
        }
        ImportError::TooLarge { .. } => vec![problem("too-large", None, None, error.to_string())],
        ImportError::NotUtf8 { .. } => vec![problem("not-utf8", None, None, error.to_string())],
        ImportError::Course(_) | ImportError::Read { .. } | ImportError::Write { .. } => {
            return TranslationError::Failed(UseCaseError::Internal(error.to_string()));
        }
    };
    TranslationError::Refused(problems)
}

/// [`export_published`] off the async runtime.
pub(crate) async fn export(
    ctx: &Context,
    course_id: String,
    locale: Locale,
    format: Format,
    only_outdated: bool,
) -> Result<Export, TranslationError> {
    ctx.blocking(move |conn| export_published(conn, &course_id, locale, format, only_outdated))
        .await
}

/// [`import_as_draft`] off the async runtime.
pub(crate) async fn import(
    ctx: &Context,
    drafts: Arc<DraftCache>,
    course_id: String,
    locale: Locale,
    format: Format,
    bytes: impl AsRef<[u8]> + Send + 'static,
    actor: String,
) -> Result<Draft, TranslationError> {
    let now = ctx.now();
    ctx.blocking(move |conn| {
        let request = ImportRequest {
            course_id: &course_id,
            locale,
            format,
            bytes: bytes.as_ref(),
            actor: &actor,
        };
        import_as_draft(conn, &drafts, &request, now)
    })
    .await
}
