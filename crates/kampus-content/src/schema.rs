//! The JSON Schema of `course.toml`, generated from the manifest's Rust types.
//!
//! Editors (VS Code with Even Better TOML, IntelliJ, Taplo) validate and complete a manifest
//! while it is typed when they know its schema; the committed copy lives in
//! `docs/content-manifest.schema.json` and a test keeps it equal to this output (regenerate it
//! with `KAMPUS_BLESS=1 cargo test -p kampus-content schema`).

use crate::manifest::Manifest;

/// The manifest's JSON Schema, pretty-printed with a final newline.
pub fn manifest_schema() -> String {
    let schema = schemars::schema_for!(Manifest);
    let mut json = serde_json::to_string_pretty(&schema).unwrap_or_default();
    json.push('\n');
    json
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn committed_schema_is_up_to_date() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../docs/content-manifest.schema.json");
        let generated = manifest_schema();
        if std::env::var_os("KAMPUS_BLESS").is_some() {
            std::fs::write(&path, &generated).expect("write schema");
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "docs/content-manifest.schema.json is outdated: run `KAMPUS_BLESS=1 cargo test -p kampus-content schema`"
        );
    }
}
