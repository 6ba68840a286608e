//! A course loads the same from a folder, a .zip and a .tar.gz; archives cannot escape.

use std::io::{Cursor, Write};

use kampus_content::bundle::SourceTree;
use kampus_content::{load_bundle, load_path};

use crate::fixture;

fn example_files(prefix: &str) -> Vec<(String, Vec<u8>)> {
    let tree = SourceTree::read_path(&fixture("example-course"));
    tree.paths()
        .map(|p| (format!("{prefix}{p}"), tree.get(p).expect("file").to_vec()))
        .collect()
}

fn zip(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (path, bytes) in files {
        writer.start_file(path.as_str(), options).expect("start");
        writer.write_all(bytes).expect("write");
    }
    writer.finish().expect("finish").into_inner()
}

fn tar_gz(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let mut builder = tar::Builder::new(encoder);
    for (path, bytes) in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        builder
            .append_data(&mut header, path, bytes.as_slice())
            .expect("append");
    }
    builder.into_inner().expect("tar").finish().expect("gzip")
}

#[test]
fn zip_and_tar_gz_load_like_the_folder() {
    let folder = load_path(&fixture("example-course"));
    let folder_course = folder.course.expect("folder");
    for (name, bytes) in [
        ("course.zip", zip(&example_files(""))),
        ("course.tar.gz", tar_gz(&example_files(""))),
        (
            "wrapped.zip",
            zip(&example_files("asylum-procedure-basics/")),
        ),
        (
            "wrapped.tgz",
            tar_gz(&example_files("asylum-procedure-basics/")),
        ),
    ] {
        let outcome = load_bundle(name, &bytes);
        assert!(
            outcome.problems.is_empty(),
            "{name}: {:#?}",
            outcome.problems
        );
        let course = outcome.course.expect("course");
        assert_eq!(course.course(), folder_course.course(), "{name}");
        assert_eq!(course.coverage(), folder_course.coverage(), "{name}");
    }
}

#[test]
fn archive_entries_that_escape_are_skipped() {
    let mut files = example_files("");
    files.push(("../../outside.txt".to_owned(), b"x".to_vec()));
    files.push(("/etc/evil".to_owned(), b"x".to_vec()));
    let tree = SourceTree::read_bundle("evil.zip", &zip(&files));
    assert!(
        tree.paths()
            .all(|p| !p.contains("..") && !p.starts_with('/') && !p.contains("evil")),
        "{:?}",
        tree.paths().collect::<Vec<_>>()
    );
    assert!(tree.contains("course.toml"));
}

#[test]
fn a_truncated_archive_is_reported_not_a_panic() {
    let bytes = tar_gz(&example_files(""));
    let outcome = load_bundle("cut.tar.gz", &bytes[..bytes.len() / 2]);
    assert!(outcome.has_errors());
    let bytes = zip(&example_files(""));
    let outcome = load_bundle("cut.zip", &bytes[..bytes.len() / 2]);
    assert!(outcome.has_errors());
}

#[test]
fn a_tar_gz_bomb_is_refused_without_unpacking_it() {
    // The header declares 300 MiB (the data need not follow: the header alone is refused).
    let mut header = tar::Header::new_gnu();
    header.set_path("big.bin").expect("path");
    header.set_size(300 * 1024 * 1024);
    header.set_mode(0o644);
    header.set_cksum();
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(header.as_bytes()).expect("write");
    encoder.write_all(&[0; 1024]).expect("write");
    let bytes = encoder.finish().expect("gzip");
    let outcome = load_bundle("bomb.tar.gz", &bytes);
    assert!(
        outcome
            .problems
            .iter()
            .any(|p| p.message.contains("more than 256 MiB")),
        "{:#?}",
        outcome.problems
    );
}
