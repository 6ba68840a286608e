//! Reading uploads strictly ([`SourceTree::read_upload`]): each hostile kind of entry refuses
//! the whole archive with its own code, in either archive format.

use std::io::{Cursor, Write};

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

/// The reasons listed.
fn refused(bytes: &[u8]) -> Vec<Refusal> {
    SourceTree::read_upload(bytes)
        .expect_err("refused")
        .listed()
        .to_vec()
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
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
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

mod names_and_headers;
