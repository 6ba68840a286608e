//! Reading a course bundle into memory: a folder, a `.zip` or a `.tar.gz`.
//!
//! Everything downstream works on a [`SourceTree`], a sorted map from `/`-separated paths to
//! bytes, so the loader is the same for a folder on disk and an uploaded archive. Reading is
//! defensive because uploads are outside input: paths that would escape the bundle (`..`,
//! absolute paths), links and special files are skipped; hidden files (`.git`, `__MACOSX`) are
//! ignored; sizes are capped per file, in total and in number of files, so a zip bomb is
//! refused instead of filling memory. A damaged entry becomes a [`Problem`]; the rest is read.
//! An admin's upload is read with [`SourceTree::read_upload`] instead, which refuses the whole
//! archive for anything the lenient reading would skip (issue 9), for names other systems
//! read otherwise and for zip headers that disagree (issue 18), listing the first hundred
//! reasons and counting all.
//!
//! The pieces: `archive` reads zip and tar entries, `names` holds the rules for entry names,
//! `zip_directory` walks a zip's directory and local headers, `refusal` says why an upload
//! is refused.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::Path;

use flate2::read::GzDecoder;

use crate::problem::{Problem, ProblemCode};

mod archive;
mod names;
mod refusal;
mod zip_directory;

pub use names::{MAX_FOLDERS, MAX_NAME_BYTES, MAX_PATH_BYTES};
pub use refusal::{MAX_LISTED, Refusal, Refused};

/// Largest single file accepted (lesson images included).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// Largest bundle accepted, all files together.
pub const MAX_TOTAL_BYTES: u64 = 256 * 1024 * 1024;
/// Most files accepted in one bundle.
pub const MAX_FILES: usize = 20_000;

/// The files of one course bundle, in memory.
#[derive(Debug, Clone, Default)]
pub struct SourceTree {
    files: BTreeMap<String, Vec<u8>>,
    total: u64,
    /// Problems met while reading (skipped or damaged entries).
    pub problems: Vec<Problem>,
    /// Reading an upload ([`SourceTree::read_upload`]): what is only skipped elsewhere is
    /// refused.
    strict: bool,
    refused: Refused,
    /// The paths read so far, to find names that clash (reading an upload).
    spellings: names::Spellings,
}

impl SourceTree {
    /// An empty tree (fill it with [`SourceTree::insert`]).
    pub fn new() -> Self {
        SourceTree::default()
    }

    /// Reads a folder, a `.zip` or a `.tar.gz`/`.tgz` file.
    pub fn read_path(path: &Path) -> Self {
        if path.is_dir() {
            let mut tree = SourceTree::new();
            tree.read_dir(path, "", 0);
            return tree;
        }
        let name = path.display().to_string();
        match fs::metadata(path) {
            Ok(meta) if meta.len() > MAX_TOTAL_BYTES => {
                SourceTree::failed(&name, "the bundle is larger than 256 MiB")
            }
            Ok(_) => match fs::read(path) {
                Ok(bytes) => SourceTree::read_bundle(&name, &bytes),
                Err(err) => SourceTree::failed(&name, &format!("cannot read: {err}")),
            },
            Err(err) => SourceTree::failed(&name, &format!("cannot read: {err}")),
        }
    }

    /// Reads an archive from memory (an upload), recognising zip and gzip by their magic bytes.
    pub fn read_bundle(name: &str, bytes: &[u8]) -> Self {
        let mut tree = SourceTree::new();
        if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
            tree.read_zip(name, bytes);
        } else if bytes.starts_with(&[0x1f, 0x8b]) {
            tree.read_tar(name, GzDecoder::new(bytes));
        } else if bytes.get(257..262) == Some(b"ustar") {
            // An uncompressed tar: how the database keeps a version ([`SourceTree::to_tar`]).
            tree.read_tar(name, bytes);
        } else {
            return SourceTree::failed(name, "not a course folder, .zip or .tar.gz bundle");
        }
        tree.strip_single_top_folder();
        tree
    }

    /// Reads an uploaded archive strictly: any entry that [`SourceTree::read_bundle`] would
    /// skip or report (a path leaving the bundle, a link, a special file, a name that is not
    /// UTF-8, a file type a course does not have, an entry twice, sizes over the limits, a
    /// damaged entry), a name that other systems read otherwise (a Windows path, one over the
    /// length limits, two names equal but for case or Unicode form) and a zip whose local
    /// headers disagree with its directory refuse the whole upload. The refusal lists the
    /// first [`MAX_LISTED`] reasons and counts all.
    pub fn read_upload(bytes: &[u8]) -> Result<Self, Refused> {
        let mut tree = SourceTree {
            strict: true,
            ..SourceTree::default()
        };
        if bytes.len() as u64 > MAX_TOTAL_BYTES {
            return Err(Refusal::TooLarge.into());
        }
        if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
            tree.read_zip("upload", bytes);
        } else if bytes.starts_with(&[0x1f, 0x8b]) {
            tree.read_tar("upload", GzDecoder::new(bytes));
        } else {
            return Err(Refusal::NotAnArchive.into());
        }
        tree.spellings = names::Spellings::default();
        let mut refused = std::mem::take(&mut tree.refused);
        for problem in std::mem::take(&mut tree.problems) {
            refused.push(if problem.message.contains("MiB") {
                Refusal::TooLarge
            } else {
                Refusal::Damaged(problem.to_string())
            });
        }
        if !refused.is_empty() {
            return Err(refused);
        }
        tree.strip_single_top_folder();
        Ok(tree)
    }

    fn refuse(&mut self, refusal: Refusal) {
        if self.strict {
            self.refused.push(refusal);
        }
    }

    fn failed(name: &str, why: &str) -> Self {
        let mut tree = SourceTree::new();
        tree.problems.push(Problem::in_file(
            ProblemCode::ManifestMissing,
            name,
            why.to_owned(),
        ));
        tree
    }

    /// Adds a file (used by the readers, by tests and by tools that build bundles in memory).
    /// Returns false when a limit refuses it.
    pub fn insert(&mut self, path: &str, bytes: Vec<u8>) -> bool {
        let len = bytes.len() as u64;
        if len > MAX_FILE_BYTES
            || self.total + len > MAX_TOTAL_BYTES
            || self.files.len() >= MAX_FILES
        {
            self.problems.push(Problem::in_file(
                ProblemCode::UnreadableFile,
                path,
                "skipped: the file or the bundle exceeds the size limits (16 MiB a file, 256 MiB, 20000 files)".to_owned(),
            ));
            return false;
        }
        self.total += len;
        if let Some(old) = self.files.insert(path.to_owned(), bytes) {
            self.total -= old.len() as u64;
            self.refuse(Refusal::Duplicate(path.to_owned()));
        }
        true
    }

    /// The bytes of a file, by its `/`-separated path.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    /// Whether the bundle has a file at `path`.
    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    /// All paths, sorted.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// Paths directly or indirectly under `prefix` (which should end in `/`), sorted.
    pub fn paths_under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.files
            .range::<str, _>((
                std::ops::Bound::Included(prefix),
                std::ops::Bound::Unbounded,
            ))
            .map(|(k, _)| k.as_str())
            .take_while(move |k| k.starts_with(prefix))
    }

    fn read_dir(&mut self, dir: &Path, prefix: &str, depth: usize) {
        // Deeper than any sensible course; also stops pathological trees.
        if depth > 16 {
            return;
        }
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(err) => {
                let name = if prefix.is_empty() {
                    dir.display().to_string()
                } else {
                    prefix.to_owned()
                };
                self.problems.push(Problem::in_file(
                    ProblemCode::UnreadableFile,
                    &name,
                    format!("cannot read folder: {err}"),
                ));
                return;
            }
        };
        let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
        entries.sort_by_key(fs::DirEntry::file_name);
        for entry in entries {
            let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
                continue;
            };
            if names::is_ignored(&name) {
                continue;
            }
            let rel = format!("{prefix}{name}");
            // `file_type` does not follow symlinks: links are skipped, never followed.
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                self.read_dir(&entry.path(), &format!("{rel}/"), depth + 1);
            } else if kind.is_file() {
                match fs::File::open(entry.path()).and_then(archive::read_capped) {
                    Ok(bytes) => {
                        self.insert(&rel, bytes);
                    }
                    Err(err) => self.problems.push(Problem::in_file(
                        ProblemCode::UnreadableFile,
                        &rel,
                        format!("cannot read: {err}"),
                    )),
                }
            }
        }
    }

    /// The files as an uncompressed tar, in path order, with fixed metadata (mode 0644, no
    /// owner, time 0): the same files always give the same bytes. How a version is kept.
    pub fn to_tar(&self) -> io::Result<Vec<u8>> {
        let mut builder = tar::Builder::new(Vec::new());
        for (path, bytes) in &self.files {
            let mut header = tar::Header::new_ustar();
            header.set_size(bytes.len() as u64);
            header.set_mode(0o644);
            header.set_mtime(0);
            header.set_entry_type(tar::EntryType::Regular);
            builder.append_data(&mut header, path, bytes.as_slice())?;
        }
        builder.into_inner()
    }

    /// SHA-256 over every file's path and bytes, in path order, as hex: equal for the same
    /// files however they were packed (folder, zip, tar.gz), different for any change.
    pub fn content_hash(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut hash = Sha256::new();
        for (path, bytes) in &self.files {
            // Lengths first, so that no two different trees feed the same byte stream.
            hash.update((path.len() as u64).to_le_bytes());
            hash.update(path.as_bytes());
            hash.update((bytes.len() as u64).to_le_bytes());
            hash.update(bytes);
        }
        hash.finalize()
            .iter()
            .fold(String::with_capacity(64), |mut hex, byte| {
                use std::fmt::Write;
                let _ = write!(hex, "{byte:02x}");
                hex
            })
    }

    /// Archives often wrap the course in one folder (`my-course/course.toml`): unwrap it.
    fn strip_single_top_folder(&mut self) {
        if self.files.contains_key("course.toml") {
            return;
        }
        let Some(first) = self.files.keys().next() else {
            return;
        };
        let Some((top, _)) = first.split_once('/') else {
            return;
        };
        let prefix = format!("{top}/");
        if !self.files.contains_key(&format!("{prefix}course.toml"))
            || !self.files.keys().all(|k| k.starts_with(&prefix))
        {
            return;
        }
        let files = std::mem::take(&mut self.files);
        self.files = files
            .into_iter()
            .map(|(k, v)| (k[prefix.len()..].to_owned(), v))
            .collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tree_kept_as_tar_reads_back_the_same_and_its_hash_names_its_files() {
        let mut tree = SourceTree::new();
        tree.insert("course.toml", b"id = \"x\"\n".to_vec());
        tree.insert(
            "modules/m1/lessons/l1.en.md",
            "# Lekcija — ćčžšđ".as_bytes().to_vec(),
        );
        let tar = tree.to_tar().expect("tar");
        assert_eq!(
            tree.to_tar().expect("again"),
            tar,
            "the same bytes every time"
        );
        let back = SourceTree::read_bundle("version", &tar);
        assert!(back.problems.is_empty(), "{:?}", back.problems);
        assert_eq!(
            back.paths().collect::<Vec<_>>(),
            tree.paths().collect::<Vec<_>>()
        );
        assert_eq!(
            back.get("modules/m1/lessons/l1.en.md"),
            tree.get("modules/m1/lessons/l1.en.md")
        );
        assert_eq!(back.content_hash(), tree.content_hash());
        assert_eq!(tree.content_hash().len(), 64);

        // One byte, or a file's name, changes the hash.
        let mut edited = tree.clone();
        edited.insert("course.toml", b"id = \"y\"\n".to_vec());
        assert_ne!(edited.content_hash(), tree.content_hash());
        let mut renamed = SourceTree::new();
        renamed.insert("course.toml", b"id = \"x\"\n".to_vec());
        renamed.insert(
            "modules/m1/lessons/l2.en.md",
            "# Lekcija — ćčžšđ".as_bytes().to_vec(),
        );
        assert_ne!(renamed.content_hash(), tree.content_hash());
    }

    #[test]
    fn garbage_is_a_problem_not_a_panic() {
        let tree = SourceTree::read_bundle("x.zip", b"PK\x03\x04garbage");
        assert!(!tree.problems.is_empty());
        let tree = SourceTree::read_bundle("x.tgz", &[0x1f, 0x8b, 0, 1, 2]);
        assert!(!tree.problems.is_empty());
        let tree = SourceTree::read_bundle("x.txt", b"hello");
        assert_eq!(tree.problems[0].code, ProblemCode::ManifestMissing);
    }

    #[test]
    fn prefix_listing_stays_inside_the_prefix() {
        let mut tree = SourceTree::new();
        for p in [
            "locales/en/a.ftl",
            "locales/en/lessons/x.md",
            "locales/enx",
            "locales/sq/a.ftl",
        ] {
            tree.insert(p, Vec::new());
        }
        let got: Vec<_> = tree.paths_under("locales/en/").collect();
        assert_eq!(got, ["locales/en/a.ftl", "locales/en/lessons/x.md"]);
    }
}

#[cfg(test)]
mod upload_tests;
