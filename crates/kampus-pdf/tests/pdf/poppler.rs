//! Running poppler's tools on a rendered PDF.

use std::path::PathBuf;
use std::process::Command;

/// Writes `pdf` to a file named `name` in a per-process temporary folder (and in
/// `KAMPUS_PDF_REVIEW_DIR` when set) and returns its path.
pub fn save(name: &str, pdf: &[u8]) -> PathBuf {
    if let Some(dir) = std::env::var_os("KAMPUS_PDF_REVIEW_DIR") {
        let dir = PathBuf::from(dir);
        std::fs::create_dir_all(&dir).expect("review folder can be created");
        std::fs::write(dir.join(name), pdf).expect("review copy can be written");
    }
    let dir = std::env::temp_dir().join(format!("kampus-pdf-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary folder can be created");
    let path = dir.join(name);
    std::fs::write(&path, pdf).expect("PDF can be written");
    path
}

/// Runs a poppler tool on `pdf` and returns its standard output.
pub fn run(tool: &str, args: &[&str], pdf: &[u8], name: &str) -> String {
    let path = save(name, pdf);
    let output = Command::new(tool)
        .args(args)
        .arg(&path)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "could not run `{tool}` ({e}): these tests need poppler's command-line tools; \
                 install them with `apt-get install poppler-utils`"
            )
        });
    assert!(
        output.status.success(),
        "`{tool}` failed on {}: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("poppler prints UTF-8")
}

/// The text of `pdf` as `pdftotext` extracts it, white space collapsed to single spaces.
pub fn text(pdf: &[u8], name: &str) -> String {
    collapse(&run("pdftotext", &["-enc", "UTF-8"], pdf, name))
}

/// `text` with every run of white space (no-break spaces included) made one space.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Asserts that every expected string is in the extracted `text`, listing all missing ones.
pub fn assert_contains_all(text: &str, expected: &[String], what: &str) {
    let missing: Vec<&String> = expected
        .iter()
        .filter(|e| !text.contains(&collapse(e)))
        .collect();
    assert!(
        missing.is_empty(),
        "{what}: pdftotext output lacks {missing:#?}\n--- extracted text ---\n{text}"
    );
}
