//! The entry names of a zip archive as its central directory lists them, repeats included.
//!
//! The zip crate keeps one entry per name and silently drops the others, so an archive that
//! holds a path twice reads as if it held it once. Other tools pick another copy (the first,
//! or ask), and a bundle must not mean one thing to its author's tools and another to Kampus:
//! an upload with a repeated entry is refused ([`super::Refusal::Duplicate`]). This reads the
//! names by hand, bounds-checked, from the end-of-central-directory record (APPNOTE 4.3.16)
//! and the central file headers (4.3.12). Zip64 archives, which only archives far over the
//! bundle limits need, are not walked: `None`, as for anything that does not parse.

/// End-of-central-directory record: signature, and its fixed size without the comment.
const EOCD_SIGNATURE: &[u8; 4] = b"PK\x05\x06";
const EOCD_SIZE: usize = 22;
/// Central file header: signature, and its fixed size before name, extra field and comment.
const HEADER_SIGNATURE: &[u8; 4] = b"PK\x01\x02";
const HEADER_SIZE: usize = 46;

/// Names (lossily decoded) listed more than once in the central directory of `bytes`, in
/// order of their second appearance; `None` when the directory cannot be walked.
pub(super) fn repeated_names(bytes: &[u8]) -> Option<Vec<String>> {
    let mut seen = std::collections::HashSet::new();
    let mut repeated = Vec::new();
    for name in central_directory_names(bytes)? {
        if !seen.insert(name) {
            repeated.push(String::from_utf8_lossy(name).into_owned());
        }
    }
    Some(repeated)
}

fn central_directory_names(bytes: &[u8]) -> Option<Vec<&[u8]>> {
    let eocd = find_eocd(bytes)?;
    let entries = u16_at(bytes, eocd + 10)?;
    let offset = u32_at(bytes, eocd + 16)?;
    if entries == u16::MAX || offset == u32::MAX {
        return None;
    }
    let mut at = usize::try_from(offset).ok()?;
    let mut names = Vec::with_capacity(usize::from(entries));
    for _ in 0..entries {
        if bytes.get(at..at + 4)? != HEADER_SIGNATURE {
            return None;
        }
        let name_len = usize::from(u16_at(bytes, at + 28)?);
        let extra_len = usize::from(u16_at(bytes, at + 30)?);
        let comment_len = usize::from(u16_at(bytes, at + 32)?);
        let name_start = at + HEADER_SIZE;
        names.push(bytes.get(name_start..name_start + name_len)?);
        at = name_start + name_len + extra_len + comment_len;
    }
    Some(names)
}

/// The last end-of-central-directory record: it ends the file, followed only by its comment
/// (at most 65535 bytes).
fn find_eocd(bytes: &[u8]) -> Option<usize> {
    let last = bytes.len().checked_sub(EOCD_SIZE)?;
    let first = last.saturating_sub(usize::from(u16::MAX));
    (first..=last)
        .rev()
        .find(|&at| bytes.get(at..at + 4) == Some(EOCD_SIGNATURE))
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Write};

    use proptest::prelude::*;

    use super::*;

    fn zip(names: &[&str]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        writer.set_comment("a comment after the directory");
        for name in names {
            writer
                .start_file(*name, zip::write::SimpleFileOptions::default())
                .expect("entry");
            writer.write_all(b"x").expect("data");
        }
        writer.finish().expect("zip").into_inner()
    }

    #[test]
    fn lists_names_in_order_and_finds_repeats() {
        let bytes = zip(&["course.toml", "a/b.md", "c.md"]);
        let names = central_directory_names(&bytes).expect("walked");
        assert_eq!(names, [&b"course.toml"[..], b"a/b.md", b"c.md"]);
        assert_eq!(repeated_names(&bytes), Some(Vec::new()));

        // The zip writer refuses a name twice: rename the third entry to the second's name.
        let mut bytes = zip(&["course.toml", "a/b.md", "a/c.md"]);
        for _ in 0..2 {
            let at = bytes.windows(6).position(|w| w == b"a/c.md").expect("name");
            bytes[at..at + 6].copy_from_slice(b"a/b.md");
        }
        assert_eq!(repeated_names(&bytes), Some(vec!["a/b.md".to_owned()]));
    }

    #[test]
    fn what_is_not_a_directory_is_none() {
        assert_eq!(repeated_names(b""), None);
        assert_eq!(repeated_names(b"PK\x05\x06"), None);
        let bytes = zip(&["a.md"]);
        assert_eq!(repeated_names(&bytes[..bytes.len() / 2]), None);
    }

    proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = repeated_names(&bytes);
            let mut with_eocd = bytes.clone();
            with_eocd.extend_from_slice(b"PK\x05\x06\0\0\0\0\x05\0\x05\0\xff\0\0\0\0\0\0\0\0\0");
            let _ = repeated_names(&with_eocd);
        }
    }
}
