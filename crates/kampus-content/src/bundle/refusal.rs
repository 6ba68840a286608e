//! Why an uploaded bundle is refused as a whole, in a form the API can hand to a client.
//!
//! A [`Refusal`] is read by people (its `Display`) and by programs: [`Refusal::code`] is a
//! stable kebab-case name a client can switch on and translate, [`Refusal::path`] names the
//! entry of the archive at fault. Both are part of the API's contract, so they are spelled out
//! here by hand rather than derived from the variant names, which may change. [`Refused`]
//! gathers the reasons of one upload: the first [`MAX_LISTED`] of them and how many in all.

use serde::ser::{Serialize, SerializeStruct, Serializer};

/// Why an uploaded bundle is refused as a whole (nothing of it is kept).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("not a .zip or .tar.gz archive")]
    NotAnArchive,
    #[error("{0}: the path leaves the bundle (absolute, or with ..)")]
    PathEscapes(String),
    #[error(
        "{0}: a Windows path (a drive such as C:, a \\\\server\\share, or a \\, which Windows reads as a folder separator); bundles separate folders with /"
    )]
    WindowsPath(String),
    #[error("{0}: links are not accepted")]
    Link(String),
    #[error("{0}: only files and folders are accepted")]
    SpecialFile(String),
    #[error("{0}: the name is not valid UTF-8 or holds a control character")]
    InvalidName(String),
    #[error(
        "{0}: the name is too long (at most 255 bytes a name, 1024 bytes and 16 folders a path)"
    )]
    NameTooLong(String),
    #[error(
        "{path}: differs from {other} only in letter case or Unicode form; Windows and macOS take them for one name"
    )]
    NameClash { path: String, other: String },
    #[error(
        "{0}: this kind of file is not accepted (course files are .toml, .ftl, .md, .lock and .png, .jpg, .jpeg, .gif, .webp images)"
    )]
    FileType(String),
    #[error("{0}: the archive holds it twice")]
    Duplicate(String),
    #[error(
        "{0}: the archive's headers disagree on this entry's name or size (its local header or its Unicode path field against the central directory)"
    )]
    HeaderMismatch(String),
    #[error("the bundle exceeds the limits (16 MiB a file, 256 MiB in all, 20000 files)")]
    TooLarge,
    #[error("damaged archive: {0}")]
    Damaged(String),
}

impl Refusal {
    /// Every code, in the order of the variants (for documentation and tests).
    pub const CODES: [&'static str; 13] = [
        "not-an-archive",
        "path-escapes",
        "windows-path",
        "link",
        "special-file",
        "invalid-name",
        "name-too-long",
        "name-clash",
        "file-type",
        "duplicate",
        "header-mismatch",
        "too-large",
        "damaged",
    ];

    /// The stable kebab-case name of this kind of refusal.
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::NotAnArchive => "not-an-archive",
            Refusal::PathEscapes(_) => "path-escapes",
            Refusal::WindowsPath(_) => "windows-path",
            Refusal::Link(_) => "link",
            Refusal::SpecialFile(_) => "special-file",
            Refusal::InvalidName(_) => "invalid-name",
            Refusal::NameTooLong(_) => "name-too-long",
            Refusal::NameClash { .. } => "name-clash",
            Refusal::FileType(_) => "file-type",
            Refusal::Duplicate(_) => "duplicate",
            Refusal::HeaderMismatch(_) => "header-mismatch",
            Refusal::TooLarge => "too-large",
            Refusal::Damaged(_) => "damaged",
        }
    }

    /// The archive entry at fault, as the archive names it (lossily decoded when it is not
    /// UTF-8, cut at 1024 bytes when longer). `None` when the refusal is about the whole
    /// upload; a damaged archive carries a description, not a path.
    pub fn path(&self) -> Option<&str> {
        match self {
            Refusal::PathEscapes(path)
            | Refusal::WindowsPath(path)
            | Refusal::Link(path)
            | Refusal::SpecialFile(path)
            | Refusal::InvalidName(path)
            | Refusal::NameTooLong(path)
            | Refusal::NameClash { path, .. }
            | Refusal::FileType(path)
            | Refusal::Duplicate(path)
            | Refusal::HeaderMismatch(path) => Some(path),
            Refusal::NotAnArchive | Refusal::TooLarge | Refusal::Damaged(_) => None,
        }
    }
}

/// The most reasons a refusal lists. A hostile archive of 20,000 entries gave 20,000 reasons
/// and a 3.5 MB answer (issue 18); the first hundred say what is wrong as well, and keeping
/// no more also bounds what reading such an archive holds in memory.
pub const MAX_LISTED: usize = 100;

/// Why an upload is refused: the first [`MAX_LISTED`] reasons in the order they were found,
/// and how many there are in all. The same reason met twice in a row counts once.
#[derive(Debug, Clone, Default)]
pub struct Refused {
    listed: Vec<Refusal>,
    count: usize,
    /// The reason counted last, listed or not (to count a repeat once).
    last: Option<Refusal>,
}

impl Refused {
    /// Counts a reason, and lists it while fewer than [`MAX_LISTED`] are.
    pub fn push(&mut self, refusal: Refusal) {
        if self.last.as_ref() == Some(&refusal) {
            return;
        }
        self.count += 1;
        if self.listed.len() < MAX_LISTED {
            self.listed.push(refusal.clone());
        }
        self.last = Some(refusal);
    }

    /// The reasons listed: the first [`MAX_LISTED`] found.
    pub fn listed(&self) -> &[Refusal] {
        &self.listed
    }

    /// How many reasons were found, listed or not.
    pub fn count(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }
}

impl From<Refusal> for Refused {
    fn from(refusal: Refusal) -> Self {
        let mut refused = Refused::default();
        refused.push(refusal);
        refused
    }
}

/// `{"code": ..., "path": ..., "message": ...}`; `path` is left out when there is none.
impl Serialize for Refusal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let path = self.path();
        let mut out = serializer.serialize_struct("Refusal", 2 + usize::from(path.is_some()))?;
        out.serialize_field("code", self.code())?;
        match path {
            Some(path) => out.serialize_field("path", path)?,
            None => out.skip_field("path")?,
        }
        out.serialize_field("message", &self.to_string())?;
        out.end()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn every_variant() -> [Refusal; 13] {
        [
            Refusal::NotAnArchive,
            Refusal::PathEscapes("../x.md".into()),
            Refusal::WindowsPath("C:\\x.md".into()),
            Refusal::Link("a.md".into()),
            Refusal::SpecialFile("fifo".into()),
            Refusal::InvalidName("b\u{fffd}.md".into()),
            Refusal::NameTooLong("a/bbbb.md".into()),
            Refusal::NameClash {
                path: "L-1.md".into(),
                other: "l-1.md".into(),
            },
            Refusal::FileType("run.sh".into()),
            Refusal::Duplicate("course.toml".into()),
            Refusal::HeaderMismatch("a.md".into()),
            Refusal::TooLarge,
            Refusal::Damaged("upload: damaged zip entry 3".into()),
        ]
    }

    #[test]
    fn codes_are_stable_unique_and_listed() {
        let codes = every_variant().map(|r| r.code());
        assert_eq!(codes, Refusal::CODES);
        let mut unique = codes.to_vec();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), codes.len());
        assert!(
            codes
                .iter()
                .all(|c| c.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-'))
        );
    }

    #[test]
    fn the_path_is_the_entry_at_fault() {
        assert_eq!(
            Refusal::PathEscapes("../x.md".into()).path(),
            Some("../x.md")
        );
        assert_eq!(Refusal::Duplicate("a/b.md".into()).path(), Some("a/b.md"));
        let clash = Refusal::NameClash {
            path: "Lessons/l-2.md".into(),
            other: "lessons".into(),
        };
        assert_eq!(clash.path(), Some("Lessons/l-2.md"));
        assert_eq!(
            clash.to_string(),
            "Lessons/l-2.md: differs from lessons only in letter case or Unicode form; Windows and macOS take them for one name"
        );
        assert_eq!(Refusal::TooLarge.path(), None);
        assert_eq!(Refusal::NotAnArchive.path(), None);
        assert_eq!(Refusal::Damaged("entry 3".into()).path(), None);
    }

    #[test]
    fn serializes_code_path_and_message() {
        let link =
            serde_json::to_value(Refusal::Link("locales/en/lessons/l-x.md".into())).expect("json");
        assert_eq!(
            link,
            json!({
                "code": "link",
                "path": "locales/en/lessons/l-x.md",
                "message": "locales/en/lessons/l-x.md: links are not accepted",
            })
        );
        let too_large = serde_json::to_value(Refusal::TooLarge).expect("json");
        assert_eq!(
            too_large,
            json!({
                "code": "too-large",
                "message": "the bundle exceeds the limits (16 MiB a file, 256 MiB in all, 20000 files)",
            })
        );
        for refusal in every_variant() {
            let value = serde_json::to_value(&refusal).expect("json");
            assert_eq!(value["code"], refusal.code());
            assert_eq!(value["message"], refusal.to_string());
            assert_eq!(value.get("path").and_then(|p| p.as_str()), refusal.path());
        }
    }

    #[test]
    fn lists_the_first_hundred_and_counts_every_reason() {
        let mut refused = Refused::default();
        assert!(refused.is_empty());
        for i in 0..250 {
            refused.push(Refusal::FileType(format!("x{i}.exe")));
        }
        // The same reason twice in a row (each file over the limits says so) counts once.
        refused.push(Refusal::TooLarge);
        refused.push(Refusal::TooLarge);
        assert_eq!(refused.count(), 251);
        assert_eq!(refused.listed().len(), MAX_LISTED);
        assert_eq!(refused.listed()[99], Refusal::FileType("x99.exe".into()));
        assert_eq!(Refused::from(Refusal::NotAnArchive).count(), 1);
    }
}
