//! Integration tests of kampus-content, one test binary: the fixtures under `tests/fixtures/`
//! loaded through the public API.

mod audience;
mod broken;
mod bundles;
mod example;
mod exchange;
mod fuzz;
mod hostile_bundles;
mod locales;
mod review;
mod staleness;
mod termbase;
mod text_safety;
mod validation;

use std::path::{Path, PathBuf};

/// A fixture folder under the repository's `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

/// Copies a folder recursively (fixtures are modified only in copies).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}
