//! What the entries of a bundle may be called, the same for `.zip` and `.tar.gz`.
//!
//! A bundle must mean the same course to its author's tools, to other unpackers and to
//! Kampus. Names that some systems read differently are therefore refused in an upload
//! (issue 18), and skipped when a bundle is read leniently:
//!
//! - **Not UTF-8, or with a control character** (`invalid-name`): Kampus's paths are UTF-8;
//!   a zip's name bytes are taken as UTF-8 whatever its flag says, never as CP437 (see
//!   `archive.rs`); a NUL ends a name early for C tools.
//! - **Windows paths** (`windows-path`): a backslash anywhere (APPNOTE 4.4.17.1 wants `/`;
//!   Windows unpackers take `\` for a folder separator, so `lessons\..\..\x.md` leaves the
//!   target folder there and `lessons\l1.md` is a folder there and a file here: no bundle
//!   needs one, so it is refused whatever surrounds it, which also covers `C:\` and
//!   `\\server\share`), and a name part that starts with a drive, `C:` (`C:/x` is drive C:
//!   on Windows, a folder `C:` elsewhere; `c:x` is relative to drive C:'s current folder).
//! - **Too long** (`name-too-long`): at most [`MAX_NAME_BYTES`] a name (the limit of ext4,
//!   APFS and, in UTF-16 units, NTFS), [`MAX_PATH_BYTES`] a path (macOS's `PATH_MAX`; Linux
//!   allows 4096) and [`MAX_FOLDERS`] folders (as deep as a course folder is read). The
//!   depth also bounds the memory of [`Spellings`].
//! - **Clashes** (`name-clash`): two paths whose names or folders are equal once
//!   case-folded and normalized ([`Spellings`]) are one file or folder on Windows and macOS
//!   and two elsewhere, and look alike to people.
//!
//! Paths that leave the bundle (`..`, absolute) and hidden files are told apart by [`clean`].

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};

use icu_normalizer::DecomposingNormalizerBorrowed;
use unicase::UniCase;

use super::Refusal;

/// Longest name of a file or folder, in bytes of UTF-8.
pub const MAX_NAME_BYTES: usize = 255;
/// Longest path in a bundle, in bytes of UTF-8.
pub const MAX_PATH_BYTES: usize = 1024;
/// Most folders a path may go down.
pub const MAX_FOLDERS: usize = 16;

/// The name of an archive entry as UTF-8, or why it is refused. `raw` is the name as the
/// archive stores it; a folder's ends in `/`.
pub(super) fn check(raw: &[u8]) -> Result<&str, Refusal> {
    if raw.len() > MAX_PATH_BYTES {
        return Err(Refusal::NameTooLong(shown(raw)));
    }
    let Ok(name) = std::str::from_utf8(raw) else {
        return Err(Refusal::InvalidName(shown(raw)));
    };
    if name.chars().any(char::is_control) {
        return Err(Refusal::InvalidName(name.to_owned()));
    }
    let parts: Vec<&str> = name
        .split('/')
        .filter(|part| !part.is_empty() && *part != ".")
        .collect();
    let folders = parts
        .len()
        .saturating_sub(usize::from(!name.ends_with('/')));
    if folders > MAX_FOLDERS || parts.iter().any(|part| part.len() > MAX_NAME_BYTES) {
        return Err(Refusal::NameTooLong(name.to_owned()));
    }
    let drive = |part: &&str| {
        let bytes = part.as_bytes();
        bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':'
    };
    if name.contains('\\') || parts.iter().any(drive) {
        return Err(Refusal::WindowsPath(name.to_owned()));
    }
    Ok(name)
}

/// A name as a refusal shows it: lossily decoded, and cut at [`MAX_PATH_BYTES`] (at a
/// character boundary, marked `…`), so that no name makes a refusal large.
pub(super) fn shown(raw: &[u8]) -> String {
    // Decoding more than this cannot add to what is shown.
    let head = &raw[..raw.len().min(MAX_PATH_BYTES + 1)];
    let mut shown = String::from_utf8_lossy(head).into_owned();
    if shown.len() > MAX_PATH_BYTES || head.len() < raw.len() {
        let mut end = MAX_PATH_BYTES.min(shown.len());
        while !shown.is_char_boundary(end) {
            end -= 1;
        }
        shown.truncate(end);
        shown.push('…');
    }
    shown
}

/// A file or folder the lenient reader skips: hidden files (`.git`, `.DS_Store`) and what
/// operating systems leave behind.
pub(super) fn is_ignored(name: &str) -> bool {
    name.starts_with('.') || name == "__MACOSX" || name == "Thumbs.db"
}

/// What a `/`-separated name is inside a bundle.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Cleaned {
    /// A relative, normal path as `a/b/c` (`.` and empty parts dropped).
    Path(String),
    /// Absolute, or with a `..`: it would leave the bundle.
    Escapes,
    /// In or of a hidden or ignored file or folder.
    Hidden,
    /// No name at all (`./`).
    Empty,
}

/// The clean form of a name the archive gives, which [`check`] accepted.
pub(super) fn clean(name: &str) -> Cleaned {
    let parts: Vec<&str> = name
        .split('/')
        .filter(|part| !part.is_empty() && *part != ".")
        .collect();
    if name.starts_with('/') || parts.contains(&"..") {
        Cleaned::Escapes
    } else if parts.iter().any(|part| is_ignored(part)) {
        Cleaned::Hidden
    } else if parts.is_empty() {
        Cleaned::Empty
    } else {
        Cleaned::Path(parts.join("/"))
    }
}

/// The paths of an upload so far, folder by folder, each name by its caseless key.
///
/// A tree of names rather than a set of whole paths, so that a folder spelled two ways
/// (`Lessons/a.md` and `lessons/b.md`) clashes too; the memory it takes is bounded by the
/// number of files times [`MAX_FOLDERS`]. Keys are kept as 64-bit hashes with a random
/// seed: a name expands up to 18-fold when normalized, and a collision (which no upload can
/// aim for) would only refuse that upload.
#[derive(Debug, Clone, Default)]
pub(super) struct Spellings {
    /// (parent node, hash of a name's key) → node; node 0 is the root.
    children: HashMap<(usize, u64), usize>,
    /// Each node's parent and name as first spelled (the root's is empty).
    nodes: Vec<(usize, String)>,
    seed: RandomState,
}

impl Spellings {
    /// Records a path; when one of its folders or its name was spelled otherwise before,
    /// that earlier spelling of the path up to it (and nothing is recorded).
    pub(super) fn clash(&mut self, path: &str) -> Option<String> {
        if self.nodes.is_empty() {
            self.nodes.push((0, String::new()));
        }
        let mut parent = 0;
        for name in path.split('/') {
            let key = self.seed.hash_one(caseless_key(name));
            if let Some(&node) = self.children.get(&(parent, key)) {
                if self.nodes[node].1 != name {
                    return Some(self.spelled(node));
                }
                parent = node;
            } else {
                let node = self.nodes.len();
                self.nodes.push((parent, name.to_owned()));
                self.children.insert((parent, key), node);
                parent = node;
            }
        }
        None
    }

    /// The path of a node, as first spelled.
    fn spelled(&self, mut node: usize) -> String {
        let mut names = Vec::new();
        while node != 0 {
            let (parent, name) = &self.nodes[node];
            names.push(name.as_str());
            node = *parent;
        }
        names.reverse();
        names.join("/")
    }
}

/// Equal for two names exactly when they match caselessly in compatibility form (Unicode
/// D146: `NFKD(toCasefold(NFKD(toCasefold(NFD(x)))))`), so `L-Welcome`, `l-welcome`,
/// `l-ｗelcome`, a precomposed `é` and an `e` with U+0301, `ß` and `ss`, `ﬁ` and `fi` are one.
fn caseless_key(name: &str) -> String {
    let canonical = DecomposingNormalizerBorrowed::new_nfd();
    let compatible = DecomposingNormalizerBorrowed::new_nfkd();
    let fold = |text: &str| UniCase::new(text).to_folded_case();
    let once = compatible
        .normalize(&fold(&canonical.normalize(name)))
        .into_owned();
    compatible.normalize(&fold(&once)).into_owned()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn names_are_cleaned_or_told_why_not() {
        assert_eq!(clean("a/./b.md"), Cleaned::Path("a/b.md".into()));
        assert_eq!(clean("./a//b.md"), Cleaned::Path("a/b.md".into()));
        assert_eq!(clean("../etc/passwd"), Cleaned::Escapes);
        assert_eq!(clean("/etc/passwd"), Cleaned::Escapes);
        assert_eq!(clean("a/../../b.md"), Cleaned::Escapes);
        assert_eq!(clean(".git/../x.md"), Cleaned::Escapes);
        assert_eq!(clean("__MACOSX/x"), Cleaned::Hidden);
        assert_eq!(clean("a/.git/config"), Cleaned::Hidden);
        assert_eq!(clean("./"), Cleaned::Empty);
    }

    #[test]
    fn checks_in_order_length_encoding_windows() {
        assert_eq!(check(b"lessons/l-1.md"), Ok("lessons/l-1.md"));
        assert_eq!(check("a/notes:1.md".as_bytes()), Ok("a/notes:1.md"));
        let code = |raw: &[u8]| check(raw).map(str::to_owned).map_err(|r| r.code());
        assert_eq!(code(b"a/b.md"), Ok("a/b.md".to_owned()));
        assert_eq!(code(b"bad-\xff.md"), Err("invalid-name"));
        assert_eq!(code(b"a\nb.md"), Err("invalid-name"));
        assert_eq!(code(b"a\x7fb.md"), Err("invalid-name"));
        assert_eq!(code(b"C:\\x.md"), Err("windows-path"));
        assert_eq!(code(b"C:/x.md"), Err("windows-path"));
        assert_eq!(code(b"d:x.md"), Err("windows-path"));
        assert_eq!(code(b"\\\\server\\share\\x.md"), Err("windows-path"));
        assert_eq!(code(b"a\\b.md"), Err("windows-path"));
        assert_eq!(code(b"C:/"), Err("windows-path"));
        // Sixteen folders are fine, seventeen are not; a folder's own name is no folder.
        let deep = "f/".repeat(MAX_FOLDERS);
        assert!(check(format!("{deep}x.md").as_bytes()).is_ok());
        assert!(check(deep.as_bytes()).is_ok());
        assert_eq!(
            code(format!("{deep}g/x.md").as_bytes()),
            Err("name-too-long")
        );
        assert_eq!(code("x".repeat(256).as_bytes()), Err("name-too-long"));
        assert!(check("č".repeat(127).as_bytes()).is_ok());
        assert_eq!(code("č".repeat(128).as_bytes()), Err("name-too-long"));
    }

    #[test]
    fn long_names_are_shown_cut() {
        assert_eq!(shown(b"a.md"), "a.md");
        let long = "č".repeat(600);
        assert_eq!(shown(long.as_bytes()), format!("{}…", "č".repeat(512)));
        let odd = format!("{}čx", "a".repeat(1024));
        assert_eq!(shown(odd.as_bytes()), format!("{}…", "a".repeat(1024)));
        // Each byte that does not decode shows as U+FFFD, three bytes.
        let raw = [b'\xff'; 2000];
        let cut = format!("{}…", "\u{fffd}".repeat(341));
        assert_eq!(shown(&raw), cut);
        assert_eq!(check(&raw), Err(Refusal::NameTooLong(cut)));
        assert_eq!(shown(&raw[..1000]), format!("{}…", "\u{fffd}".repeat(341)));
    }

    #[test]
    fn spellings_clash_by_name_and_by_folder() {
        let mut seen = Spellings::default();
        assert_eq!(seen.clash("lessons/l-1.md"), None);
        assert_eq!(
            seen.clash("lessons/l-1.md"),
            None,
            "a duplicate, not a clash"
        );
        assert_eq!(seen.clash("lessons/l-2.md"), None);
        assert_eq!(seen.clash("lessons/L-2.md"), Some("lessons/l-2.md".into()));
        assert_eq!(seen.clash("Lessons/l-3.md"), Some("lessons".into()));
        assert_eq!(seen.clash("lessons/l-3.md"), None);
        assert_eq!(seen.clash("stra\u{df}e.md"), None);
        assert_eq!(seen.clash("STRASSE.MD"), Some("stra\u{df}e.md".into()));
        assert_eq!(seen.clash("caf\u{e9}.md"), None);
        assert_eq!(seen.clash("cafe\u{301}.md"), Some("caf\u{e9}.md".into()));
        assert_eq!(seen.clash("CAF\u{c9}.md"), Some("caf\u{e9}.md".into()));
        assert_eq!(seen.clash("\u{fb01}le.md"), None);
        assert_eq!(seen.clash("FILE.md"), Some("\u{fb01}le.md".into()));
        // Scripts stay apart: Cyrillic а is not Latin a.
        assert_eq!(seen.clash("\u{430}.md"), None);
        assert_eq!(seen.clash("a.md"), None);
    }

    proptest! {
        #[test]
        fn never_panics(raw in proptest::collection::vec(any::<u8>(), 0..1100)) {
            if let Ok(name) = check(&raw) {
                let _ = clean(name);
                let _ = Spellings::default().clash(name);
            }
            let _ = shown(&raw);
        }

    }
}
