//! What can go wrong while rendering. Nothing here depends on the input being "nice": any
//! text renders, except text so long that it cannot fit even at the smallest size we allow,
//! and a verification URL too long for a QR code.

/// An error from [`render`](crate::render).
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// An embedded font could not be read (a build problem, not an input problem).
    #[error("embedded font {name} could not be parsed: {reason}")]
    Font { name: &'static str, reason: String },
    /// Subsetting an embedded font failed.
    #[error("subsetting font {name} failed: {source}")]
    Subset {
        name: &'static str,
        #[source]
        source: subsetter::Error,
    },
    /// The verification URL does not fit in a QR code.
    #[error("verification URL cannot be encoded as a QR code: {0}")]
    Qr(#[from] qrcode::types::QrError),
    /// The text does not fit on the page even at the smallest type size.
    #[error(
        "certificate text does not fit on one page ({needed:.0} pt needed, {available:.0} pt available)"
    )]
    TooMuchText { needed: f32, available: f32 },
    /// Compressing a stream failed.
    #[error("compressing a PDF stream failed: {0}")]
    Compress(#[from] std::io::Error),
}
