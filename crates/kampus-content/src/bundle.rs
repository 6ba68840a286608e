//! Reading a course bundle into memory: a folder, a `.zip` or a `.tar.gz`.
//!
//! Everything downstream works on a [`SourceTree`], a sorted map from `/`-separated paths to
//! bytes, so the loader is the same for a folder on disk and an uploaded archive. Reading is
//! defensive because uploads are outside input: paths that would escape the bundle (`..`,
//! absolute paths), links and special files are skipped; hidden files (`.git`, `__MACOSX`) are
//! ignored; sizes are capped per file, in total and in number of files, so a zip bomb is
//! refused instead of filling memory. A damaged entry becomes a [`Problem`]; the rest is read.
//! An admin's upload is read with [`SourceTree::read_upload`] instead, which refuses the whole
//! archive, with every reason, for anything the lenient reading would skip (issue 9).

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Cursor, Read};
use std::path::{Component, Path};

use flate2::read::GzDecoder;

use crate::problem::{Problem, ProblemCode};

mod refusal;
mod zip_names;

pub use refusal::Refusal;

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
    refusals: Vec<Refusal>,
}

/// The file types a course bundle may hold. SVG is not among them: it can carry scripts.
const ACCEPTED_TYPES: [&str; 9] = [
    "toml", "ftl", "md", "lock", "png", "jpg", "jpeg", "gif", "webp",
];

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
    /// damaged entry) refuses the whole upload, with every reason found.
    pub fn read_upload(bytes: &[u8]) -> Result<Self, Vec<Refusal>> {
        let mut tree = SourceTree {
            strict: true,
            ..SourceTree::default()
        };
        if bytes.len() as u64 > MAX_TOTAL_BYTES {
            return Err(vec![Refusal::TooLarge]);
        }
        if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
            tree.read_zip("upload", bytes);
        } else if bytes.starts_with(&[0x1f, 0x8b]) {
            tree.read_tar("upload", GzDecoder::new(bytes));
        } else {
            return Err(vec![Refusal::NotAnArchive]);
        }
        let mut refusals = std::mem::take(&mut tree.refusals);
        refusals.extend(tree.problems.iter().map(|p| {
            if p.message.contains("MiB") {
                Refusal::TooLarge
            } else {
                Refusal::Damaged(p.to_string())
            }
        }));
        if !refusals.is_empty() {
            refusals.dedup();
            return Err(refusals);
        }
        tree.strip_single_top_folder();
        Ok(tree)
    }

    /// A path as the archive gives it: its clean form, `None` for a hidden file that is
    /// ignored, or why it is refused (when reading an upload; else it is just skipped).
    fn accept_path(&mut self, raw: &Path) -> Option<String> {
        if let Some(clean) = clean_path(raw) {
            if self.strict {
                let accepted = clean.rsplit_once('.').is_some_and(|(_, ext)| {
                    ACCEPTED_TYPES.contains(&ext.to_ascii_lowercase().as_str())
                });
                if !accepted {
                    self.refusals.push(Refusal::FileType(clean));
                    return None;
                }
            }
            return Some(clean);
        }
        if self.strict {
            let shown = raw.to_string_lossy().into_owned();
            let hidden = raw.components().any(
                |c| matches!(c, Component::Normal(part) if part.to_str().is_some_and(is_ignored)),
            );
            let escapes = raw.components().any(|c| {
                matches!(
                    c,
                    Component::ParentDir | Component::RootDir | Component::Prefix(_)
                )
            });
            if escapes {
                self.refusals.push(Refusal::PathEscapes(shown));
            } else if raw.to_str().is_none() {
                self.refusals.push(Refusal::InvalidName(shown));
            } else if !hidden {
                self.refusals.push(Refusal::Damaged(shown));
            }
        }
        None
    }

    fn refuse(&mut self, refusal: Refusal) {
        if self.strict {
            self.refusals.push(refusal);
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
            if is_ignored(&name) {
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
                match fs::File::open(entry.path()).and_then(read_capped) {
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

    fn read_zip(&mut self, name: &str, bytes: &[u8]) {
        let mut archive = match zip::ZipArchive::new(Cursor::new(bytes)) {
            Ok(archive) => archive,
            Err(err) => {
                self.problems.push(Problem::in_file(
                    ProblemCode::ManifestMissing,
                    name,
                    format!("not a readable zip archive: {err}"),
                ));
                return;
            }
        };
        // Sizes as the central directory declares them, before anything is inflated (as the
        // tar reader does): a zip bomb is refused, not unpacked. A size that lies is still
        // caught while reading, by [`read_capped`] and [`SourceTree::insert`].
        if archive
            .decompressed_size()
            .is_some_and(|size| size > u128::from(MAX_TOTAL_BYTES))
        {
            self.problems.push(Problem::in_file(
                ProblemCode::UnreadableFile,
                name,
                "the archive unpacks to more than 256 MiB; it is not read".to_owned(),
            ));
            return;
        }
        if self.strict {
            // The zip crate keeps one entry per name: repeats are only seen in the directory.
            for repeated in zip_names::repeated_names(bytes).unwrap_or_default() {
                self.refusals.push(Refusal::Duplicate(repeated));
            }
        }
        for index in 0..archive.len().min(MAX_FILES + 1) {
            let mut file = match archive.by_index(index) {
                Ok(file) => file,
                Err(err) => {
                    self.problems.push(Problem::in_file(
                        ProblemCode::UnreadableFile,
                        name,
                        format!("damaged zip entry {index}: {err}"),
                    ));
                    continue;
                }
            };
            if file.is_symlink() {
                self.refuse(Refusal::Link(file.name().to_owned()));
                continue;
            }
            if !file.is_file() {
                continue;
            }
            let Some(enclosed) = file.enclosed_name() else {
                let shown = String::from_utf8_lossy(file.name_raw()).into_owned();
                self.refuse(Refusal::PathEscapes(shown));
                continue;
            };
            let Some(path) = self.accept_path(&enclosed) else {
                continue;
            };
            match read_capped(&mut file) {
                Ok(content) => {
                    self.insert(&path, content);
                }
                Err(err) => self.problems.push(Problem::in_file(
                    ProblemCode::UnreadableFile,
                    &path,
                    format!("cannot unpack: {err}"),
                )),
            }
        }
    }

    fn read_tar(&mut self, name: &str, reader: impl Read) {
        let mut archive = tar::Archive::new(reader);
        let entries = match archive.entries() {
            Ok(entries) => entries,
            Err(err) => {
                self.problems.push(Problem::in_file(
                    ProblemCode::ManifestMissing,
                    name,
                    format!("not a readable tar archive: {err}"),
                ));
                return;
            }
        };
        // Skipping an entry still decompresses it, so declared sizes count against the limit
        // even for entries that are not read: a gzip bomb is refused, not unpacked.
        let mut declared: u64 = 0;
        for (count, entry) in entries.enumerate() {
            if count > MAX_FILES {
                break;
            }
            let mut entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    self.problems.push(Problem::in_file(
                        ProblemCode::UnreadableFile,
                        name,
                        format!("damaged archive: {err}"),
                    ));
                    // The stream position is lost after a damaged header: nothing more to read.
                    break;
                }
            };
            declared = declared.saturating_add(entry.header().size().unwrap_or(u64::MAX));
            if declared > MAX_TOTAL_BYTES {
                self.problems.push(Problem::in_file(
                    ProblemCode::UnreadableFile,
                    name,
                    "the archive unpacks to more than 256 MiB; the rest is not read".to_owned(),
                ));
                break;
            }
            let kind = entry.header().entry_type();
            let shown = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
            match kind {
                tar::EntryType::Regular => {}
                tar::EntryType::Directory => continue,
                tar::EntryType::Symlink | tar::EntryType::Link => {
                    self.refuse(Refusal::Link(shown));
                    continue;
                }
                _ => {
                    self.refuse(Refusal::SpecialFile(shown));
                    continue;
                }
            }
            let Ok(raw) = entry.path() else {
                self.refuse(Refusal::InvalidName(shown));
                continue;
            };
            let Some(path) = self.accept_path(&raw) else {
                continue;
            };
            match read_capped(&mut entry) {
                Ok(content) => {
                    self.insert(&path, content);
                }
                Err(err) => self.problems.push(Problem::in_file(
                    ProblemCode::UnreadableFile,
                    &path,
                    format!("cannot unpack: {err}"),
                )),
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

/// Reads at most [`MAX_FILE_BYTES`] (+1 to detect larger files, which are refused).
fn read_capped(reader: impl Read) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(io::Error::other("larger than 16 MiB"));
    }
    Ok(bytes)
}

fn is_ignored(name: &str) -> bool {
    name.starts_with('.') || name == "__MACOSX" || name == "Thumbs.db"
}

/// A relative, normal path as `a/b/c`, or `None` for anything that could escape the bundle.
fn clean_path(path: &Path) -> Option<String> {
    let mut parts = Vec::new();
    for component in path.components() {
        match component {
            Component::Normal(part) => {
                let part = part.to_str()?;
                if is_ignored(part) {
                    return None;
                }
                parts.push(part);
            }
            Component::CurDir => {}
            Component::ParentDir | Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_escape_are_refused() {
        assert_eq!(clean_path(Path::new("a/./b.md")), Some("a/b.md".to_owned()));
        assert_eq!(clean_path(Path::new("../etc/passwd")), None);
        assert_eq!(clean_path(Path::new("/etc/passwd")), None);
        assert_eq!(clean_path(Path::new("__MACOSX/x")), None);
        assert_eq!(clean_path(Path::new("a/.git/config")), None);
    }

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
mod upload_tests {
    use std::io::Write;

    use super::*;

    const MANIFEST: &[u8] = b"id = \"x\"\n";

    /// A .tar.gz of raw entries: (name bytes, type, data, link target).
    fn tar_gz(entries: &[(&[u8], tar::EntryType, &[u8])]) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        for (name, kind, data) in entries {
            let mut header = tar::Header::new_gnu();
            // Written into the header bytes: `set_path` would refuse the hostile names.
            header.as_old_mut().name[..name.len()].copy_from_slice(name);
            header.set_entry_type(*kind);
            header.set_size(data.len() as u64);
            header.set_mode(0o644);
            if matches!(kind, tar::EntryType::Symlink | tar::EntryType::Link) {
                header.set_link_name("course.toml").expect("link name");
            }
            header.set_cksum();
            builder.append(&header, *data).expect("entry");
        }
        let tar = builder.into_inner().expect("tar");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&tar).expect("gzip");
        gz.finish().expect("gzip")
    }

    fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, data) in entries {
            writer
                .start_file(*name, zip::write::SimpleFileOptions::default())
                .expect("entry");
            writer.write_all(data).expect("data");
        }
        writer.finish().expect("zip").into_inner()
    }

    fn refused(bytes: &[u8]) -> Vec<Refusal> {
        SourceTree::read_upload(bytes).expect_err("refused")
    }

    #[test]
    fn a_clean_bundle_is_accepted_in_either_form() {
        let files: [(&str, &[u8]); 2] = [
            ("course.toml", MANIFEST),
            ("locales/en/course.ftl", b"title = X\n"),
        ];
        let tree = SourceTree::read_upload(&zip(&files)).expect("zip accepted");
        assert_eq!(tree.paths().count(), 2);
        let entries: Vec<(&[u8], tar::EntryType, &[u8])> = files
            .iter()
            .map(|(n, d)| (n.as_bytes(), tar::EntryType::Regular, *d))
            .collect();
        let tree = SourceTree::read_upload(&tar_gz(&entries)).expect("tar.gz accepted");
        assert_eq!(tree.get("course.toml"), Some(MANIFEST));
    }

    #[test]
    fn hostile_entries_refuse_the_whole_upload() {
        let regular = tar::EntryType::Regular;
        assert_eq!(
            refused(&zip(&[("course.toml", MANIFEST), ("../evil.md", b"x")])),
            [Refusal::PathEscapes("../evil.md".into())]
        );
        assert_eq!(
            refused(&tar_gz(&[
                (b"course.toml", regular, MANIFEST),
                (b"/etc/passwd.md", regular, b"x")
            ])),
            [Refusal::PathEscapes("/etc/passwd.md".into())]
        );
        assert_eq!(
            refused(&tar_gz(&[
                (b"course.toml", regular, MANIFEST),
                (b"a/../../b.md", regular, b"x")
            ])),
            [Refusal::PathEscapes("a/../../b.md".into())]
        );
        assert_eq!(
            refused(&tar_gz(&[
                (b"course.toml", regular, MANIFEST),
                (b"link.md", tar::EntryType::Symlink, b"")
            ])),
            [Refusal::Link("link.md".into())]
        );
        assert_eq!(
            refused(&tar_gz(&[
                (b"course.toml", regular, MANIFEST),
                (b"hard.md", tar::EntryType::Link, b"")
            ])),
            [Refusal::Link("hard.md".into())]
        );
        assert_eq!(
            refused(&tar_gz(&[
                (b"course.toml", regular, MANIFEST),
                (b"fifo", tar::EntryType::Fifo, b"")
            ])),
            [Refusal::SpecialFile("fifo".into())]
        );
        assert_eq!(
            refused(&zip(&[
                ("course.toml", MANIFEST),
                ("run.sh", b"rm -rf /"),
                ("logo.svg", b"<svg onload=alert(1)>")
            ])),
            [
                Refusal::FileType("run.sh".into()),
                Refusal::FileType("logo.svg".into())
            ]
        );
        assert_eq!(
            refused(&tar_gz(&[
                (b"course.toml", regular, MANIFEST),
                (b"course.toml", regular, MANIFEST)
            ])),
            [Refusal::Duplicate("course.toml".into())]
        );
        assert_eq!(
            refused(&tar_gz(&[
                (b"course.toml", regular, MANIFEST),
                (b"bad-\xff.md", regular, b"x")
            ])),
            [Refusal::InvalidName("bad-\u{fffd}.md".into())]
        );
        assert_eq!(refused(b"just text"), [Refusal::NotAnArchive]);
    }

    #[test]
    fn a_zip_bomb_is_refused_without_unpacking_it() {
        // 17 MiB of zeros compress to a few kilobytes.
        let zeros = vec![0u8; 17 * 1024 * 1024];
        let bomb = zip(&[("course.toml", MANIFEST), ("lessons/a.md", &zeros)]);
        assert!(bomb.len() < 100_000, "{}", bomb.len());
        assert_eq!(refused(&bomb), [Refusal::TooLarge]);
    }

    #[test]
    fn a_zip_declaring_more_than_the_limit_is_refused_before_inflating() {
        // Ten stored bytes that the archive declares to be 300 MiB: only the declared size
        // can refuse it, so the refusal shows that the sizes are checked before reading.
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        writer.start_file("lessons/a.md", stored).expect("entry");
        writer.write_all(b"0123456789").expect("data");
        let mut bytes = writer.finish().expect("zip").into_inner();
        assert!(
            SourceTree::read_upload(&bytes).is_ok(),
            "honest sizes are read"
        );
        let declared = (300u32 * 1024 * 1024).to_le_bytes();
        let central = bytes
            .windows(4)
            .position(|w| w == b"PK\x01\x02")
            .expect("central directory");
        bytes[22..26].copy_from_slice(&declared);
        bytes[central + 24..central + 28].copy_from_slice(&declared);
        assert_eq!(refused(&bytes), [Refusal::TooLarge]);
    }
}
