//! Course-completion certificates as PDF, and printable reports ([`report`]).
//!
//! The caller hands over every string already localized (see `locales/<tag>/certificate.ftl`);
//! this crate only lays them out on one A4 landscape page and writes the file. It owns the
//! typography (embedded DejaVu fonts, subset per document, so every script Kampus serves
//! renders and `pdftotext` gets the exact text back), the layout that wraps and shrinks long
//! text so nothing leaves the page, the QR code for the verification URL, and the byte-level
//! determinism: the same input always gives the same file, so a certificate can be rendered
//! again on demand instead of being stored.
//!
//! - [`text`]: the input, [`CertificateText`].
//! - [`fonts`]: the embedded fonts, measuring and encoding text, subsetting.
//! - [`wrap`]: line breaking.
//! - [`layout`]: where every line and shape goes on the page.
//! - [`paint`]: the content stream.
//! - [`qr`]: the QR code as vector squares.
//! - [`document`]: the PDF objects.
#![forbid(unsafe_code)]

pub mod document;
pub mod error;
pub mod fonts;
pub mod layout;
pub mod paint;
pub mod report;

pub mod text;
pub mod wrap;

pub use error::PdfError;
pub use text::CertificateText;

/// Page width of A4 landscape, in PDF points.
pub const PAGE_WIDTH: f32 = 842.0;
/// Page height of A4 landscape, in PDF points.
pub const PAGE_HEIGHT: f32 = 595.0;

/// Renders the certificate as a one-page PDF (A4 landscape).
///
/// Deterministic: the same `text` gives byte-identical output.
pub fn render(text: &CertificateText) -> Result<Vec<u8>, PdfError> {
    let page = layout::lay_out(text)?;
    document::write(text, &page)
}
