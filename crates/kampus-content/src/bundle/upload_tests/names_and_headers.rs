//! Issue 18: names that mean one thing to Kampus and another to other tools, zips whose
//! headers disagree, and the cap on the reasons listed. Each refusal is asserted by its code
//! and path, as clients see it.

use std::io::{Cursor, Write};

use super::*;

/// The code and path of each refusal listed.
fn reasons(bytes: &[u8]) -> Vec<(&'static str, Option<String>)> {
    refused(bytes)
        .iter()
        .map(|r| (r.code(), r.path().map(str::to_owned)))
        .collect()
}

fn one(code: &'static str, path: &str) -> Vec<(&'static str, Option<String>)> {
    vec![(code, Some(path.to_owned()))]
}

/// Replaces `old` by `new` (of the same length, so no offset moves) at its first `count`
/// places; the local header comes first, the central directory's copy after it.
fn patch(bytes: &mut [u8], old: &[u8], new: &[u8], count: usize) {
    assert_eq!(old.len(), new.len());
    let mut done = 0;
    let mut at = 0;
    while done < count {
        let found = bytes[at..]
            .windows(old.len())
            .position(|w| w == old)
            .expect("bytes to patch")
            + at;
        bytes[found..found + new.len()].copy_from_slice(new);
        at = found + new.len();
        done += 1;
    }
}

/// A .tar.gz of regular files with names of any length (GNU long names).
fn tar_gz_long(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, data) in entries {
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        builder
            .append_data(&mut header, name, *data)
            .expect("entry");
    }
    let tar = builder.into_inner().expect("tar");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&tar).expect("gzip");
    gz.finish().expect("gzip")
}

fn regular(entries: &[(&[u8], &[u8])]) -> Vec<u8> {
    let entries: Vec<_> = entries
        .iter()
        .map(|(n, d)| (*n, tar::EntryType::Regular, *d))
        .collect();
    tar_gz(&entries)
}

#[test]
fn zip_names_that_are_not_utf8_are_refused_whatever_the_flag_says() {
    // Without the UTF-8 flag (bit 11) the zip library decodes the bytes as CP437 ("l-Φ.md").
    let mut bytes = zip(&[("course.toml", MANIFEST), ("lessons/l-e.md", b"x")]);
    patch(&mut bytes, b"l-e.md", b"l-\xe8.md", 2);
    assert_eq!(
        reasons(&bytes),
        one("invalid-name", "lessons/l-\u{fffd}.md")
    );
    // With the flag set, it replaces what does not decode by U+FFFD.
    let mut bytes = zip(&[("course.toml", MANIFEST), ("lessons/l-é.md", b"x")]);
    patch(&mut bytes, "l-é.md".as_bytes(), b"l-\xe9\xe9.md", 2);
    assert_eq!(
        reasons(&bytes),
        one("invalid-name", "lessons/l-\u{fffd}\u{fffd}.md")
    );
    // A NUL cuts a name short for C tools: not a name either.
    let mut bytes = zip(&[("course.toml", MANIFEST), ("lessons/l-x.md", b"x")]);
    patch(&mut bytes, b"l-x.md", b"l-\0.md", 2);
    assert_eq!(reasons(&bytes), one("invalid-name", "lessons/l-\0.md"));
}

#[test]
fn zip_names_in_utf8_are_read_as_utf8_even_without_the_flag() {
    // Tools that write UTF-8 without setting bit 11 (macOS Archive Utility) are common; the
    // bytes are what their author meant, not CP437 ("l-Ã©.md").
    let mut bytes = zip(&[("course.toml", MANIFEST), ("lessons/l-xx.md", b"x")]);
    patch(&mut bytes, b"l-xx.md", "l-é.md".as_bytes(), 2);
    let tree = SourceTree::read_upload(&bytes).expect("accepted");
    assert_eq!(
        tree.paths().collect::<Vec<_>>(),
        ["course.toml", "lessons/l-é.md"]
    );
    let tree = SourceTree::read_bundle("x.zip", &bytes);
    assert!(tree.contains("lessons/l-é.md"));
}

#[test]
fn windows_paths_are_refused_in_either_format() {
    for name in [
        "C:\\evil.md",
        "C:/evil.md",
        "c:evil.md",
        "\\\\server\\share\\evil.md",
        "\\evil.md",
        "lessons\\..\\..\\evil.md",
        "lessons\\l-1.md",
        "lessons/C:/evil.md",
    ] {
        let zipped = zip(&[("course.toml", MANIFEST), (name, b"x")]);
        assert_eq!(reasons(&zipped), one("windows-path", name), "zip {name}");
        let tarred = regular(&[(b"course.toml", MANIFEST), (name.as_bytes(), b"x")]);
        assert_eq!(reasons(&tarred), one("windows-path", name), "tar {name}");
    }
    // A colon elsewhere is an ordinary character.
    let tree = SourceTree::read_upload(&zip(&[("course.toml", MANIFEST), ("notes:1.md", b"x")]))
        .expect("accepted");
    assert!(tree.contains("notes:1.md"));
}

#[test]
fn names_equal_after_case_folding_or_normalization_are_refused() {
    let cases: [(&str, &str); 6] = [
        ("lessons/l-welcome.md", "lessons/L-Welcome.md"),
        // NFC and NFD (as macOS writes names).
        ("lessons/l-caf\u{e9}.md", "lessons/l-cafe\u{301}.md"),
        // NFKC: a fullwidth letter, a ligature.
        ("lessons/l-welcome.md", "lessons/l-\u{ff57}elcome.md"),
        ("lessons/l-file.md", "lessons/l-\u{fb01}le.md"),
        // Full case folding: ß is ss.
        ("lessons/l-stra\u{df}e.md", "lessons/l-STRASSE.md"),
        // Folders clash too: on Windows and macOS these are one folder.
        ("lessons/l-1.md", "Lessons/l-2.md"),
    ];
    for (first, second) in cases {
        let zipped = zip(&[("course.toml", MANIFEST), (first, b"x"), (second, b"y")]);
        assert_eq!(reasons(&zipped), one("name-clash", second), "zip {second}");
        let tarred = tar_gz_long(&[("course.toml", MANIFEST), (first, b"x"), (second, b"y")]);
        assert_eq!(reasons(&tarred), one("name-clash", second), "tar {second}");
    }
    // The same name twice is a duplicate, not a clash.
    let twice = regular(&[(b"course.toml", MANIFEST), (b"a.md", b"x"), (b"a.md", b"y")]);
    assert_eq!(reasons(&twice), one("duplicate", "a.md"));
}

#[test]
fn names_and_paths_over_the_limits_are_refused() {
    let longest_name = format!("lessons/{}.md", "n".repeat(252));
    let long_name = format!("lessons/{}.md", "n".repeat(253));
    let folders = format!("{}/", "f".repeat(200)).repeat(5);
    let longest_path = format!("{folders}{}.md", "p".repeat(1024 - 1005 - 3));
    let long_path = format!("{folders}{}.md", "p".repeat(1025 - 1005 - 3));
    assert_eq!(longest_path.len(), 1024);
    for accepted in [&longest_name, &longest_path] {
        let files: [(&str, &[u8]); 2] = [("course.toml", MANIFEST), (accepted, b"x")];
        assert!(SourceTree::read_upload(&zip(&files)).is_ok(), "{accepted}");
        assert!(
            SourceTree::read_upload(&tar_gz_long(&files)).is_ok(),
            "{accepted}"
        );
    }
    for refused in [&long_name, &long_path] {
        let files: [(&str, &[u8]); 2] = [("course.toml", MANIFEST), (refused, b"x")];
        let shown = if refused.len() > 1024 {
            format!("{}…", &refused[..1024])
        } else {
            refused.clone()
        };
        assert_eq!(reasons(&zip(&files)), one("name-too-long", &shown));
        assert_eq!(reasons(&tar_gz_long(&files)), one("name-too-long", &shown));
    }
}

#[test]
fn local_headers_that_disagree_with_the_directory_are_refused() {
    let files: [(&str, &[u8]); 2] = [("course.toml", MANIFEST), ("lessons/l-1.md", b"# One\n")];
    // The name: a streaming unpacker reads the local header's.
    let mut bytes = zip(&files);
    patch(&mut bytes, b"lessons/l-1.md", b"../../../x1.md", 1);
    assert_eq!(reasons(&bytes), one("header-mismatch", "lessons/l-1.md"));
    // The sizes, when the local header has them (no data descriptor).
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    writer.start_file("course.toml", stored).expect("entry");
    writer.write_all(MANIFEST).expect("data");
    writer.start_file("lessons/l-1.md", stored).expect("entry");
    writer.write_all(b"# One\n").expect("data");
    let honest = writer.finish().expect("zip").into_inner();
    let local = honest
        .windows(14)
        .position(|w| w == b"lessons/l-1.md")
        .expect("local header")
        - 30;
    for field in [18, 22] {
        let mut bytes = honest.clone();
        bytes[local + field..local + field + 4].copy_from_slice(&7u32.to_le_bytes());
        assert_eq!(
            reasons(&bytes),
            one("header-mismatch", "lessons/l-1.md"),
            "size at {field}"
        );
    }
    assert!(SourceTree::read_upload(&honest).is_ok());
}

#[test]
fn a_unicode_path_field_that_renames_an_entry_is_refused() {
    // The Info-ZIP Unicode path field (0x7075) gives a UTF-8 name for tools that read it; the
    // zip library does, Windows Explorer does not. One that disagrees with a UTF-8 name makes
    // the entry two different files.
    let field = |name: &[u8], unicode: &[u8]| {
        let mut data = vec![1u8];
        let mut crc = flate2::Crc::new();
        crc.update(name);
        data.extend_from_slice(&crc.sum().to_le_bytes());
        data.extend_from_slice(unicode);
        data
    };
    let with_field = |name: &str, data: Vec<u8>| {
        let mut options = zip::write::FullFileOptions::default();
        // Written under a free id, then given its own: the writer keeps 0x7075 for itself.
        options
            .add_extra_data(0xcafe, data, false)
            .expect("extra field");
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        writer
            .start_file("course.toml", zip::write::SimpleFileOptions::default())
            .expect("entry");
        writer.write_all(MANIFEST).expect("data");
        writer.start_file(name, options).expect("entry");
        writer.write_all(b"x").expect("data");
        let mut bytes = writer.finish().expect("zip").into_inner();
        patch(
            &mut bytes,
            &0xcafe_u16.to_le_bytes(),
            &0x7075_u16.to_le_bytes(),
            2,
        );
        bytes
    };
    let bytes = with_field("lessons/a.md", field(b"lessons/a.md", b"lessons/b.md"));
    assert_eq!(reasons(&bytes), one("header-mismatch", "lessons/a.md"));
    // The same name in both is fine.
    let bytes = with_field("lessons/a.md", field(b"lessons/a.md", b"lessons/a.md"));
    assert!(SourceTree::read_upload(&bytes).is_ok());
    // A name that is not UTF-8 is refused, whatever the field offers instead.
    let mut bytes = with_field(
        "lessons/e.md",
        field(b"lessons/\xe8.md", "lessons/č.md".as_bytes()),
    );
    patch(&mut bytes, b"lessons/e.md", b"lessons/\xe8.md", 2);
    assert_eq!(reasons(&bytes), one("invalid-name", "lessons/\u{fffd}.md"));
}

#[test]
fn entries_streamed_with_data_descriptors_are_read() {
    // Bit 3: the local header's sizes are zero and the real ones follow the data. Not a
    // disagreement. Streamed like a pipe: the writer cannot seek back to fill in the sizes.
    let mut writer = zip::ZipWriter::new_stream(Vec::new());
    for (name, data) in [("course.toml", MANIFEST), ("lessons/l-1.md", b"# One\n")] {
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .expect("entry");
        writer.write_all(data).expect("data");
    }
    let bytes = writer.finish().expect("zip").into_inner();
    let flags = u16::from_le_bytes([bytes[6], bytes[7]]);
    assert_eq!(flags & 0x08, 0x08, "written with a data descriptor");
    let tree = SourceTree::read_upload(&bytes).expect("accepted");
    assert_eq!(tree.get("lessons/l-1.md"), Some(&b"# One\n"[..]));
}

#[test]
fn a_refusal_lists_the_first_hundred_reasons() {
    let names: Vec<String> = (0..250).map(|i| format!("payload-{i}.exe")).collect();
    let mut files: Vec<(&str, &[u8])> = vec![("course.toml", MANIFEST)];
    files.extend(names.iter().map(|n| (n.as_str(), &b"MZ"[..])));
    let refused = SourceTree::read_upload(&zip(&files)).expect_err("refused");
    assert_eq!(refused.count(), 250);
    let listed = refused.listed();
    assert_eq!(listed.len(), 100);
    assert_eq!(listed[0], Refusal::FileType("payload-0.exe".into()));
    assert_eq!(listed[99], Refusal::FileType("payload-99.exe".into()));
}

#[test]
fn folder_entries_obey_the_name_rules() {
    // A folder adds nothing to the course, but other unpackers create it.
    let folder = tar::EntryType::Directory;
    let regular = tar::EntryType::Regular;
    let tree = SourceTree::read_upload(&tar_gz(&[
        (b"./", folder, b""),
        (b"course.toml", regular, MANIFEST),
    ]))
    .expect("accepted");
    assert!(tree.contains("course.toml"));
    assert_eq!(
        reasons(&tar_gz(&[
            (b"course.toml", regular, MANIFEST),
            (b"../up/", folder, b"")
        ])),
        one("path-escapes", "../up/")
    );
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    writer.start_file("course.toml", options).expect("entry");
    writer.write_all(MANIFEST).expect("data");
    writer.add_directory("C:/", options).expect("folder");
    let bytes = writer.finish().expect("zip").into_inner();
    assert_eq!(reasons(&bytes), one("windows-path", "C:/"));
}
