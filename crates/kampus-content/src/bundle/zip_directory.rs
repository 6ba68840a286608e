//! The entries of a zip archive as its central directory lists them, each checked against its
//! local header.
//!
//! A zip names each entry twice: in the central directory at the end, which the zip crate
//! (and Kampus) reads, and in a local header before the entry's data, which streaming
//! unpackers read. An archive whose two copies disagree means one thing to Kampus and
//! another to those tools, and the zip crate hides both tricks this module finds:
//!
//! - it keeps one entry per name and silently drops the others, so a repeated name is only
//!   seen here ([`repeated_names`]; refused as [`super::Refusal::Duplicate`]);
//! - it only checks a local header's signature, so a local header naming another path or
//!   declaring other sizes is only seen here ([`Entry::local_agrees`]; refused as
//!   [`super::Refusal::HeaderMismatch`]).
//!
//! The directory is read by hand, bounds-checked, from the end-of-central-directory record
//! (APPNOTE 4.3.16), the central file headers (4.3.12) and the local file headers (4.3.7).
//! Zip64 archives, which only archives far over the bundle limits need, are not walked:
//! `None`, as for anything that does not parse.

/// End-of-central-directory record: signature, and its fixed size without the comment.
const EOCD_SIGNATURE: &[u8; 4] = b"PK\x05\x06";
const EOCD_SIZE: usize = 22;
/// Central file header: signature, and its fixed size before name, extra field and comment.
const CENTRAL_SIGNATURE: &[u8; 4] = b"PK\x01\x02";
const CENTRAL_SIZE: usize = 46;
/// Local file header: signature, and its fixed size before name and extra field.
const LOCAL_SIGNATURE: &[u8; 4] = b"PK\x03\x04";
const LOCAL_SIZE: usize = 30;
/// General purpose flag bit 3: the sizes (and CRC) follow the data in a data descriptor; the
/// local header's are zero (APPNOTE 4.4.4).
const DATA_DESCRIPTOR: u16 = 1 << 3;
/// A size the Zip64 extra field holds instead (APPNOTE 4.4.8).
const IN_ZIP64: u32 = u32::MAX;

/// One entry of the central directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Entry<'a> {
    /// The name's bytes as stored (its encoding is the reader's business).
    pub name: &'a [u8],
    /// Where its central header starts: the zip crate's `central_header_start`.
    pub central_offset: u64,
    /// False when its local header names another path, or declares other sizes while it
    /// has no data descriptor. True when there is no local header to compare: the zip crate
    /// reports that entry damaged when it reads it.
    pub local_agrees: bool,
}

/// The entries of the central directory of `bytes`, in its order; `None` when it cannot be
/// walked.
pub(super) fn entries(bytes: &[u8]) -> Option<Vec<Entry<'_>>> {
    let eocd = find_eocd(bytes)?;
    let count = u16_at(bytes, eocd + 10)?;
    let offset = u32_at(bytes, eocd + 16)?;
    if count == u16::MAX || offset == u32::MAX {
        return None;
    }
    let mut at = usize::try_from(offset).ok()?;
    let mut entries = Vec::with_capacity(usize::from(count));
    for _ in 0..count {
        if bytes.get(at..at + 4)? != CENTRAL_SIGNATURE {
            return None;
        }
        let name_len = usize::from(u16_at(bytes, at + 28)?);
        let extra_len = usize::from(u16_at(bytes, at + 30)?);
        let comment_len = usize::from(u16_at(bytes, at + 32)?);
        let name_start = at + CENTRAL_SIZE;
        let name = bytes.get(name_start..name_start + name_len)?;
        entries.push(Entry {
            name,
            central_offset: u64::try_from(at).ok()?,
            local_agrees: local_agrees(bytes, at, name)?,
        });
        at = name_start + name_len + extra_len + comment_len;
    }
    Some(entries)
}

/// Names (lossily decoded) listed more than once, in order of their second appearance.
pub(super) fn repeated_names(entries: &[Entry<'_>]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    entries
        .iter()
        .filter(|entry| !seen.insert(entry.name))
        .map(|entry| super::names::shown(entry.name))
        .collect()
}

/// Whether the local header of the entry whose central header is at `central` says what the
/// central header says: the same name, and the same sizes unless they follow the data.
/// `None` only when the central header itself is cut short.
fn local_agrees(bytes: &[u8], central: usize, name: &[u8]) -> Option<bool> {
    let central_sizes = [u32_at(bytes, central + 20)?, u32_at(bytes, central + 24)?];
    let local = usize::try_from(u32_at(bytes, central + 42)?).ok()?;
    if bytes.get(local..local + 4) != Some(LOCAL_SIGNATURE) {
        return Some(true);
    }
    let (Some(flags), Some(compressed), Some(size), Some(name_len)) = (
        u16_at(bytes, local + 6),
        u32_at(bytes, local + 18),
        u32_at(bytes, local + 22),
        u16_at(bytes, local + 26),
    ) else {
        return Some(true);
    };
    let name_start = local + LOCAL_SIZE;
    let Some(local_name) = bytes.get(name_start..name_start + usize::from(name_len)) else {
        return Some(true);
    };
    if local_name != name {
        return Some(false);
    }
    if flags & DATA_DESCRIPTOR != 0 {
        return Some(true);
    }
    Some(
        [compressed, size]
            .into_iter()
            .zip(central_sizes)
            .all(|(local, central)| local == central || local == IN_ZIP64 || central == IN_ZIP64),
    )
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

    fn names<'a>(entries: &[Entry<'a>]) -> Vec<&'a [u8]> {
        entries.iter().map(|e| e.name).collect()
    }

    #[test]
    fn lists_names_in_order_and_finds_repeats() {
        let bytes = zip(&["course.toml", "a/b.md", "c.md"]);
        let listed = entries(&bytes).expect("walked");
        assert_eq!(names(&listed), [&b"course.toml"[..], b"a/b.md", b"c.md"]);
        assert!(listed.iter().all(|e| e.local_agrees));
        assert!(repeated_names(&listed).is_empty());
        // Where the zip crate says each central header starts.
        let mut archive = zip::ZipArchive::new(Cursor::new(&bytes)).expect("zip");
        for (index, entry) in listed.iter().enumerate() {
            let file = archive.by_index(index).expect("entry");
            assert_eq!(file.central_header_start(), entry.central_offset);
        }

        // The zip writer refuses a name twice: rename the third entry to the second's name.
        let mut bytes = zip(&["course.toml", "a/b.md", "a/c.md"]);
        for _ in 0..2 {
            let at = bytes.windows(6).position(|w| w == b"a/c.md").expect("name");
            bytes[at..at + 6].copy_from_slice(b"a/b.md");
        }
        let listed = entries(&bytes).expect("walked");
        assert_eq!(repeated_names(&listed), ["a/b.md"]);
    }

    #[test]
    fn a_local_header_that_names_or_sizes_otherwise_disagrees() {
        let honest = zip(&["a.md", "b.md"]);
        let local_b = honest.windows(4).position(|w| w == b"b.md").expect("b") - LOCAL_SIZE;
        let agrees = |bytes: &[u8]| {
            entries(bytes)
                .expect("walked")
                .iter()
                .map(|e| e.local_agrees)
                .collect::<Vec<_>>()
        };
        assert_eq!(agrees(&honest), [true, true]);

        let mut renamed = honest.clone();
        renamed[local_b + LOCAL_SIZE] = b'c';
        assert_eq!(agrees(&renamed), [true, false]);

        for field in [18, 22] {
            let mut resized = honest.clone();
            resized[local_b + field] ^= 1;
            assert_eq!(agrees(&resized), [true, false], "size at {field}");
            // With a data descriptor the local sizes are not the ones that count.
            resized[local_b + 6] |= 0x08;
            assert_eq!(agrees(&resized), [true, true], "size at {field}");
            // Nor when one side defers to Zip64.
            resized[local_b + 6] &= !0x08;
            resized[local_b + field..local_b + field + 4].copy_from_slice(&[0xff; 4]);
            assert_eq!(agrees(&resized), [true, true], "size at {field}");
        }

        // No local header where the directory points: the zip crate reports it damaged.
        let mut missing = honest.clone();
        missing[local_b..local_b + 4].copy_from_slice(b"XXXX");
        assert_eq!(agrees(&missing), [true, true]);
    }

    #[test]
    fn what_is_not_a_directory_is_none() {
        assert_eq!(entries(b""), None);
        assert_eq!(entries(b"PK\x05\x06"), None);
        let bytes = zip(&["a.md"]);
        assert_eq!(entries(&bytes[..bytes.len() / 2]), None);
    }

    proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = entries(&bytes);
            let mut with_eocd = bytes.clone();
            with_eocd.extend_from_slice(b"PK\x05\x06\0\0\0\0\x05\0\x05\0\xff\0\0\0\0\0\0\0\0\0");
            let _ = entries(&with_eocd);
            // An archive whose bytes are damaged after its start.
            let mut damaged = zip(&["a.md", "b/c.md"]);
            for (i, byte) in bytes.iter().enumerate().take(64) {
                let at = (usize::from(*byte) * 7 + i * 13) % damaged.len();
                damaged[at] ^= byte;
            }
            if let Some(listed) = entries(&damaged) {
                let _ = repeated_names(&listed);
            }
        }
    }
}
