//! Exchanging translations with CAT tools: a course's texts as units
//! (`kampus content export`) in XLIFF 2.1 or gettext PO, and translations read back into the
//! locale's `.ftl` and `.md` files (`kampus content import`).
//!
//! Translators work in tools that know XLIFF or PO, not Fluent and Markdown. So the texts are
//! split into [`units`] with stable ids, the codes a translator must not break are protected
//! ([`inline`]), and an import puts each translation back where it was by splicing exact byte
//! ranges ([`ftl_units`], [`crate::lesson_blocks`]): an export imported without edits changes no byte.
//! An import checks everything before it writes anything ([`import`]).

mod checks;
pub mod ftl_units;
pub mod import;
pub mod inline;
pub mod po;
pub mod units;
pub mod xliff;

use std::path::Path;

pub use import::{ImportError, ImportSummary, UnitError, import};
pub use units::{CourseUnits, Unit, UnitKind, UnitsError, course_units};

use crate::Locale;

/// The largest file an import reads: far above any course's texts, far below memory trouble.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The formats of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xliff,
    Po,
}

/// An export of `course_dir` in `locale`: the file's content and what it holds.
#[derive(Debug)]
pub struct Export {
    pub content: String,
    pub units: usize,
    pub outdated: usize,
    pub untranslated: usize,
}

/// Exports the units of a course in `locale`; with `only_outdated`, the outdated ones only.
pub fn export(
    course_dir: &Path,
    locale: Locale,
    format: Format,
    only_outdated: bool,
) -> Result<Export, UnitsError> {
    let course = course_units(course_dir, locale)?;
    let units: Vec<&Unit> = course
        .units
        .iter()
        .filter(|u| !only_outdated || u.outdated)
        .collect();
    let content = match format {
        Format::Xliff => xliff::write(&course.course, locale, &units),
        Format::Po => po::write(&course.course, locale, &units),
    };
    Ok(Export {
        content,
        units: units.len(),
        outdated: units.iter().filter(|u| u.outdated).count(),
        untranslated: units.iter().filter(|u| u.target.is_none()).count(),
    })
}

/// The translations read from one file.
#[derive(Debug)]
pub struct Imported {
    /// `trgLang` or the PO `Language` header.
    pub language: Option<String>,
    pub units: Vec<ImportedUnit>,
}

/// One translated unit as read.
#[derive(Debug, Clone)]
pub struct ImportedUnit {
    pub id: String,
    /// Where it is in the file read (1-based).
    pub line: u32,
    pub target: String,
    /// The English fingerprint the export carried.
    pub fingerprint: Option<String>,
    /// Still marked as needing review (XLIFF `kampus:outdated` or `initial`, PO `fuzzy`).
    pub marked_outdated: bool,
}

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error(
        "{file}:{line}: a DOCTYPE or entity declaration is refused: XLIFF needs neither, and they are how entity bombs and external entities (file disclosure) arrive"
    )]
    Declaration { file: String, line: u32 },
    #[error("{file}:{line}: not well-formed XML: {message}")]
    Xml {
        file: String,
        line: u32,
        message: String,
    },
    #[error("{file}: not an XLIFF 2 document (root <xliff> in {ns})", ns = xliff::NAMESPACE)]
    NotXliff { file: String },
    #[error("{file}:{line}: PO syntax: {message}")]
    Po {
        file: String,
        line: u32,
        message: String,
    },
    #[error("{file}:{line}: unit `{unit}`: {problem}")]
    Unit {
        file: String,
        line: u32,
        unit: String,
        problem: String,
    },
}
