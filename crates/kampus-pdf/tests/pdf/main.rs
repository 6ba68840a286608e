//! Integration tests for `kampus-pdf`: rendering realistic certificates and reading them
//! back with poppler's command-line tools (`pdftotext`, `pdfinfo`, `pdffonts`, from Debian's
//! `poppler-utils`), plus a check of the Fluent label files the caller formats them from.
//!
//! Set `KAMPUS_PDF_REVIEW_DIR` to keep every rendered sample there for a look.

mod determinism;
mod extraction;
mod labels;
mod layout;
mod poppler;
mod revoked;
mod samples;
