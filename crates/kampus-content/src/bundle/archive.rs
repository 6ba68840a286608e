//! Reading the entries of a `.zip` or a `.tar` into a [`SourceTree`], leniently or strictly.
//!
//! Both readers give every entry's name to the same rules ([`names`]), so the two formats
//! accept and refuse alike. A zip entry's name is taken from the raw bytes of the central
//! directory, as UTF-8, never from what the zip crate makes of it: the crate decodes a name
//! without the UTF-8 flag (bit 11) as CP437, which turns a name in any other encoding into a
//! valid but wrong one (`l-č.md` in Windows-1250 reads as `l-Φ.md`) and a UTF-8 name written
//! without the flag (as macOS does) into mojibake; and it prefers an Info-ZIP Unicode path
//! field (0x7075) when there is one, a second name for the entry. Reading an upload, the
//! directory is also checked against the local headers ([`zip_directory`]).

use std::collections::HashMap;
use std::io::{self, Cursor, Read};

use super::names::{self, Cleaned};
use super::{MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES, Refusal, SourceTree, zip_directory};
use crate::problem::{Problem, ProblemCode};

/// The file types a course bundle may hold. SVG is not among them: it can carry scripts.
const ACCEPTED_TYPES: [&str; 9] = [
    "toml", "ftl", "md", "lock", "png", "jpg", "jpeg", "gif", "webp",
];

impl SourceTree {
    pub(super) fn read_zip(&mut self, name: &str, bytes: &[u8]) {
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
        // Reading an upload: each entry of the directory, by where its central header is.
        let mut directory = HashMap::new();
        if self.strict {
            let Some(entries) = zip_directory::entries(bytes) else {
                self.refuse(Refusal::Damaged(format!(
                    "{name}: the zip central directory cannot be checked (Zip64 or malformed)"
                )));
                return;
            };
            for repeated in zip_directory::repeated_names(&entries) {
                self.refuse(Refusal::Duplicate(repeated));
            }
            for entry in entries.iter().filter(|entry| !entry.local_agrees) {
                self.refuse(Refusal::HeaderMismatch(names::shown(entry.name)));
            }
            directory.extend(entries.into_iter().map(|e| (e.central_offset, e)));
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
            let raw = if self.strict {
                match directory.get(&file.central_header_start()) {
                    Some(entry) if entry.local_agrees => entry.name.to_vec(),
                    // Refused above.
                    Some(_) => continue,
                    None => {
                        self.refuse(Refusal::Damaged(format!(
                            "{name}: zip entry {index} is not where the central directory lists it"
                        )));
                        continue;
                    }
                }
            } else {
                // Lenient reading does not walk the directory: the name the zip crate gives,
                // a Unicode path field's if there is one.
                file.name_raw().to_vec()
            };
            if raw.ends_with(b"/") {
                self.check_folder(&raw);
                continue;
            }
            let entry_name = match names::check(&raw) {
                Ok(entry_name) => entry_name.to_owned(),
                Err(refusal) => {
                    self.refuse(refusal);
                    continue;
                }
            };
            if file.name_raw() != raw.as_slice() {
                // An Info-ZIP Unicode path field names the entry otherwise.
                self.refuse(Refusal::HeaderMismatch(entry_name));
                continue;
            }
            if file.is_symlink() {
                self.refuse(Refusal::Link(entry_name));
                continue;
            }
            let Some(path) = self.accept_path(&entry_name) else {
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

    pub(super) fn read_tar(&mut self, name: &str, reader: impl Read) {
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
            let raw = entry.path_bytes().into_owned();
            match entry.header().entry_type() {
                tar::EntryType::Regular => {}
                tar::EntryType::Directory => {
                    self.check_folder(&raw);
                    continue;
                }
                tar::EntryType::Symlink | tar::EntryType::Link => {
                    self.refuse(Refusal::Link(names::shown(&raw)));
                    continue;
                }
                _ => {
                    self.refuse(Refusal::SpecialFile(names::shown(&raw)));
                    continue;
                }
            }
            let entry_name = match names::check(&raw) {
                Ok(entry_name) => entry_name,
                Err(refusal) => {
                    self.refuse(refusal);
                    continue;
                }
            };
            let Some(path) = self.accept_path(entry_name) else {
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

    /// A file's path as the tree keeps it, or `None` when it is skipped: hidden, or refused
    /// (reading an upload; else only skipped) for leaving the bundle, for its type, or for
    /// clashing with a path read before.
    fn accept_path(&mut self, name: &str) -> Option<String> {
        match names::clean(name) {
            Cleaned::Path(clean) => {
                if self.strict {
                    let accepted = clean.rsplit_once('.').is_some_and(|(_, ext)| {
                        ACCEPTED_TYPES.contains(&ext.to_ascii_lowercase().as_str())
                    });
                    if !accepted {
                        self.refuse(Refusal::FileType(clean));
                        return None;
                    }
                    if let Some(other) = self.spellings.clash(&clean) {
                        self.refuse(Refusal::NameClash { path: clean, other });
                        return None;
                    }
                }
                Some(clean)
            }
            Cleaned::Escapes => {
                self.refuse(Refusal::PathEscapes(name.to_owned()));
                None
            }
            Cleaned::Hidden => None,
            Cleaned::Empty => {
                self.refuse(Refusal::Damaged(name.to_owned()));
                None
            }
        }
    }

    /// A folder entry brings nothing into the tree, but other unpackers create it: its name
    /// obeys the same rules, and it must not leave the bundle.
    fn check_folder(&mut self, raw: &[u8]) {
        match names::check(raw) {
            Ok(name) if names::clean(name) == Cleaned::Escapes => {
                self.refuse(Refusal::PathEscapes(name.to_owned()));
            }
            Ok(_) => {}
            Err(refusal) => self.refuse(refusal),
        }
    }
}

/// Reads at most [`MAX_FILE_BYTES`] (+1 to detect larger files, which are refused).
pub(super) fn read_capped(reader: impl Read) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(io::Error::other("larger than 16 MiB"));
    }
    Ok(bytes)
}
