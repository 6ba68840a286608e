//! What an admin's upload may hold, and how it becomes course trees to load.
//!
//! An upload (read strictly with [`SourceTree::read_upload`]) is one of:
//!
//! - **a whole course**: `course.toml` at its root, exactly what `content/` holds;
//! - **additions to a published course**: `bundle.toml` at its root, naming the course and
//!   declaring the outcomes, modules, lessons and assessments it adds or replaces, with their
//!   texts under `locales/` (and images lessons link to). A translator delivering `sq` or an
//!   author adding a module then sends only what is new, without a copy of `course.toml` that
//!   may be outdated by the time it arrives;
//! - **several of these**, each in a top-level folder (`migration-and-gender/`,
//!   `sq-translation/`), for a batch prepared offline.
//!
//! [`split_upload`] cuts the upload into [`UploadPart`]s, each a tree of its own with paths
//! relative to its folder; anything that belongs to no part is a [`Problem`], so a misplaced
//! file is reported instead of silently dropped. A course part is loaded as it is
//! ([`crate::load_tree`]). A [`Partial`] is applied to the course's current tree with
//! [`Partial::apply_to`], and the result is loaded and validated like any course: additions
//! never skip validation, and a partial cannot touch what it does not declare (the completion
//! rule, the survey, the accreditation).
//!
//! `bundle.toml`:
//!
//! ```toml
//! course = "migration-and-gender"      # required: the id of the course added to
//! locales = ["sq"]                      # optional: locales to offer in addition
//! [[modules]]                           # optional, like [[outcomes]], [[lessons]] and
//! id = "m-practice"                     # [[assessments]]: the shape of course.toml; a table
//! [[lessons]]                           # whose id the course has replaces it in place, a new
//! id = "l-case-study"                   # one is appended at the end
//! module = "m-practice"
//! ```
//!
//! Applying re-writes `course.toml` from its parsed form (`toml::to_string`): **its comments
//! are lost**, and its layout becomes the writer's (keys, tables and arrays keep their order,
//! so module, lesson and question order is kept). Published versions keep the file they were
//! published with; only the new version has the re-written one.

mod merge;
mod partial_manifest;
#[cfg(test)]
mod tests;

use std::collections::BTreeSet;

use crate::bundle::SourceTree;
use crate::problem::{Problem, ProblemCode};
use crate::validate::MANIFEST_FILE;

/// The file at the root of additions to a course.
pub const PARTIAL_MANIFEST_FILE: &str = "bundle.toml";

/// One part of an upload.
#[derive(Debug, Clone)]
pub enum UploadPart {
    /// A whole course: a tree with `course.toml` at its root.
    Course {
        /// The top-level folder it came from, `""` when the upload root is the course.
        folder: String,
        tree: SourceTree,
    },
    /// Additions to an existing course: a tree with `bundle.toml` at its root.
    Partial(Partial),
}

impl UploadPart {
    /// The top-level folder of the upload the part came from (`""`: the upload's root).
    pub fn folder(&self) -> &str {
        match self {
            UploadPart::Course { folder, .. } => folder,
            UploadPart::Partial(partial) => &partial.folder,
        }
    }
}

/// Additions to an existing course, read from `bundle.toml` and the files next to it.
#[derive(Debug, Clone)]
pub struct Partial {
    /// The top-level folder of the upload it came from, `""` for the upload's root.
    pub folder: String,
    /// The id of the course it adds to.
    pub course_id: String,
    pub kind: PartialKind,
    tree: SourceTree,
    /// The `[[outcomes]]`, `[[modules]]`, `[[lessons]]`, `[[assessments]]` arrays and
    /// `locales` of `bundle.toml` (keys it does not have are absent).
    manifest: toml::Table,
}

/// What a partial brings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartialKind {
    /// Structure (outcomes, modules, lessons or assessments) with its texts.
    Module,
    /// Texts only (a new or revised translation), and perhaps locales to offer.
    Locale,
}

impl Partial {
    /// The files of the partial, `bundle.toml` included, with paths relative to its folder.
    pub fn tree(&self) -> &SourceTree {
        &self.tree
    }

    /// The course `base` with these additions: the partial's files added (replacing files of
    /// the same path), and `course.toml` merged: each declared table replaces the base's table
    /// of the same id in place or is appended, and new `locales` are appended. The result is
    /// not validated: load it with [`crate::load_tree`].
    pub fn apply_to(&self, base: &SourceTree) -> Result<SourceTree, Vec<Problem>> {
        let Some(bytes) = base.get(MANIFEST_FILE) else {
            return Err(vec![Problem::in_file(
                ProblemCode::ManifestMissing,
                MANIFEST_FILE,
                format!(
                    "the course `{}` has no course.toml to add to",
                    self.course_id
                ),
            )]);
        };
        let Ok(text) = std::str::from_utf8(bytes) else {
            return Err(vec![Problem::in_file(
                ProblemCode::UnreadableFile,
                MANIFEST_FILE,
                "the course's course.toml is not UTF-8".to_owned(),
            )]);
        };
        let manifest = merge::merged_manifest(text, &self.manifest, &self.course_id)
            .map_err(|problem| vec![self.locate(problem)])?;
        let mut out = SourceTree::new();
        out.problems.clone_from(&base.problems);
        let known = out.problems.len();
        let kept = base
            .paths()
            .filter(|p| *p != MANIFEST_FILE && !self.tree.contains(p))
            .filter_map(|p| Some((p, base.get(p)?)));
        let added = self
            .tree
            .paths()
            .filter(|p| *p != PARTIAL_MANIFEST_FILE)
            .filter_map(|p| Some((p, self.tree.get(p)?)));
        for (path, bytes) in kept.chain(added) {
            out.insert(path, self.merged_file(base, path, bytes));
        }
        out.insert(MANIFEST_FILE, manifest.into_bytes());
        if out.problems.len() > known {
            return Err(out.problems.split_off(known));
        }
        Ok(out)
    }

    /// A file of the result: a lock file of both merged key by key, any other file as is.
    fn merged_file(&self, base: &SourceTree, path: &str, bytes: &[u8]) -> Vec<u8> {
        let is_lock = path.ends_with(&format!("/{}", crate::staleness::LOCK_FILE));
        let from_both = is_lock && self.tree.contains(path);
        let merged = from_both
            .then(|| {
                let base = std::str::from_utf8(base.get(path)?).ok()?;
                merge::merged_lock(base, std::str::from_utf8(bytes).ok()?)
            })
            .flatten();
        merged.map_or_else(|| bytes.to_vec(), String::into_bytes)
    }

    /// A problem of `bundle.toml` named with the folder the partial came from.
    fn locate(&self, mut problem: Problem) -> Problem {
        if problem.file == PARTIAL_MANIFEST_FILE {
            problem.file = in_folder(&self.folder, PARTIAL_MANIFEST_FILE);
        }
        problem
    }
}

/// Cuts an upload into its parts: the course or additions at its root, or else one part per
/// top-level folder with a `course.toml` or `bundle.toml` (sorted by folder). Every file that
/// belongs to no part, and an upload with no part at all, is a problem; so is a `bundle.toml`
/// that does not parse. Problems name files by their path in the upload.
pub fn split_upload(tree: &SourceTree) -> Result<Vec<UploadPart>, Vec<Problem>> {
    let mut problems = Vec::new();
    let folders = if tree.contains(MANIFEST_FILE) || tree.contains(PARTIAL_MANIFEST_FILE) {
        vec![String::new()]
    } else {
        part_folders(tree, &mut problems)
    };
    if folders.is_empty() {
        problems.push(Problem::in_file(
            ProblemCode::ManifestMissing,
            MANIFEST_FILE,
            "the upload has no course.toml (a course) or bundle.toml (additions to a course), \
             neither at its root nor in a top-level folder"
                .to_owned(),
        ));
    }
    let mut parts = Vec::with_capacity(folders.len());
    for folder in folders {
        let sub = subtree(tree, &folder);
        if sub.contains(PARTIAL_MANIFEST_FILE) {
            match partial_manifest::read(&sub) {
                Ok((course_id, manifest)) => parts.push(UploadPart::Partial(Partial {
                    kind: kind_of(&manifest),
                    folder,
                    course_id,
                    tree: sub,
                    manifest,
                })),
                Err(found) => problems.extend(found.into_iter().map(|mut p| {
                    p.file = in_folder(&folder, &p.file);
                    p
                })),
            }
        } else {
            parts.push(UploadPart::Course { folder, tree: sub });
        }
    }
    if problems.is_empty() {
        Ok(parts)
    } else {
        crate::problem::sort(&mut problems);
        Err(problems)
    }
}

/// The top-level folders that hold a part; a problem for every file or folder beside them.
fn part_folders(tree: &SourceTree, problems: &mut Vec<Problem>) -> Vec<String> {
    let mut folders = BTreeSet::new();
    for path in tree.paths() {
        match path.split_once('/') {
            Some((folder, _)) => {
                folders.insert(folder);
            }
            None => problems.push(Problem::in_file(
                ProblemCode::ManifestMissing,
                path,
                "a file beside the parts of the upload: an upload is a course (course.toml at \
                 its root), additions (bundle.toml at its root), or top-level folders each with \
                 one of these, and nothing else"
                    .to_owned(),
            )),
        }
    }
    let mut parts = Vec::new();
    for folder in folders {
        if tree.contains(&format!("{folder}/{MANIFEST_FILE}"))
            || tree.contains(&format!("{folder}/{PARTIAL_MANIFEST_FILE}"))
        {
            parts.push(folder.to_owned());
        } else {
            problems.push(Problem::in_file(
                ProblemCode::ManifestMissing,
                &format!("{folder}/"),
                "this folder has neither course.toml nor bundle.toml at its top, so it is \
                 neither a course nor additions to one"
                    .to_owned(),
            ));
        }
    }
    parts
}

/// The files under `folder` (`""`: all), with paths relative to it.
fn subtree(tree: &SourceTree, folder: &str) -> SourceTree {
    let prefix = if folder.is_empty() {
        String::new()
    } else {
        format!("{folder}/")
    };
    let mut sub = SourceTree::new();
    for path in tree.paths_under(&prefix) {
        if let Some(bytes) = tree.get(path) {
            sub.insert(&path[prefix.len()..], bytes.to_vec());
        }
    }
    sub.problems = tree
        .problems
        .iter()
        .filter_map(|p| {
            let file = p.file.strip_prefix(&prefix)?;
            Some(Problem {
                file: file.to_owned(),
                ..p.clone()
            })
        })
        .collect();
    sub
}

fn kind_of(manifest: &toml::Table) -> PartialKind {
    if merge::STRUCTURE_KEYS
        .iter()
        .any(|key| manifest.contains_key(*key))
    {
        PartialKind::Module
    } else {
        PartialKind::Locale
    }
}

/// `file` as named in the upload, for a part in `folder`.
fn in_folder(folder: &str, file: &str) -> String {
    if folder.is_empty() {
        file.to_owned()
    } else {
        format!("{folder}/{file}")
    }
}
