//! Where everything goes on the page.
//!
//! The page is built from fixed parts and one flexible part. Fixed: the double frame, the
//! optional revocation banner and the issuer at the top, the QR code with the serial,
//! verification code and URL and a seal at the bottom ([`frame`]). Flexible: everything in
//! between, from the title to the English paragraph ([`flow`]), which is set at the largest
//! scale at which it fits the space left, then spread out vertically.
//!
//! The result is a [`Page`]: a list of shapes in PDF coordinates (points, origin at the
//! bottom left), written out by [`document`](crate::document).

mod flow;
mod frame;
pub mod qr;

use crate::fonts::{FontId, Measure};
use crate::wrap;
use crate::{CertificateText, PAGE_WIDTH, PdfError};

/// Inset of the outer frame line from the page edge.
const FRAME_OUTER: f32 = 18.0;
/// Inset of the inner frame line from the page edge.
const FRAME_INNER: f32 = 25.5;
/// Left edge of the text area.
const CONTENT_LEFT: f32 = 62.0;
/// Right edge of the text area.
const CONTENT_RIGHT: f32 = PAGE_WIDTH - 62.0;
/// Top of the text area.
const CONTENT_TOP: f32 = crate::PAGE_HEIGHT - 50.0;
/// Bottom of the text area.
const CONTENT_BOTTOM: f32 = 48.0;
/// Least space between the flow and the footer.
const FOOTER_GAP: f32 = 12.0;
/// Horizontal centre of the page.
const CENTER_X: f32 = PAGE_WIDTH / 2.0;

/// A colour in device RGB, each channel 0–1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

/// Deep blue: title, course, headings.
pub const NAVY: Rgb = Rgb(0.09, 0.18, 0.35);
/// Near black: the name and body text.
pub const INK: Rgb = Rgb(0.12, 0.12, 0.14);
/// Grey: the connecting phrases and the English paragraph.
pub const GREY: Rgb = Rgb(0.33, 0.35, 0.40);
/// Muted gold: frame, rules, seal.
pub const GOLD: Rgb = Rgb(0.70, 0.55, 0.22);
/// Signal red: revocation.
pub const RED: Rgb = Rgb(0.76, 0.07, 0.07);
/// Paper white.
pub const WHITE: Rgb = Rgb(1.0, 1.0, 1.0);

/// How a closed shape is painted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Paint {
    /// Filled with a colour.
    Fill(Rgb),
    /// Outlined with a colour and a line width.
    Stroke(Rgb, f32),
}

/// One thing drawn on the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// One line of text; `(x, y)` is the start of its baseline.
    Text {
        font: FontId,
        size: f32,
        color: Rgb,
        x: f32,
        y: f32,
        text: String,
    },
    /// An axis-aligned rectangle; `(x, y)` is its lower left corner.
    Rect {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        paint: Paint,
    },
    /// A closed polygon.
    Polygon {
        points: Vec<(f32, f32)>,
        paint: Paint,
    },
    /// A circle.
    Circle {
        cx: f32,
        cy: f32,
        r: f32,
        paint: Paint,
    },
}

/// A clickable area that opens a URL.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// `[x1, y1, x2, y2]` in points.
    pub rect: [f32; 4],
    pub url: String,
}

/// The laid-out page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub shapes: Vec<Shape>,
    pub links: Vec<Link>,
}

/// Font, size and colour of a run of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub font: FontId,
    pub size: f32,
    pub color: Rgb,
}

impl Style {
    const fn new(font: FontId, size: f32, color: Rgb) -> Self {
        Self { font, size, color }
    }

    /// The same style at `factor` times the size.
    fn scaled(self, factor: f32) -> Self {
        Self {
            size: self.size * factor,
            ..self
        }
    }

    fn measure(self) -> Result<Measure, PdfError> {
        Measure::new(self.font, self.size)
    }
}

impl Page {
    /// Adds one line of text starting at `x`.
    fn text_at(&mut self, style: Style, x: f32, y: f32, text: String) {
        self.shapes.push(Shape::Text {
            font: style.font,
            size: style.size,
            color: style.color,
            x,
            y,
            text,
        });
    }

    /// Adds one line of text centred on `center_x`.
    fn text_centered(
        &mut self,
        style: Style,
        center_x: f32,
        y: f32,
        text: String,
    ) -> Result<(), PdfError> {
        let width = style.measure()?.width(&text);
        self.text_at(style, center_x - width / 2.0, y, text);
        Ok(())
    }

    fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, paint: Paint) {
        self.shapes.push(Shape::Rect {
            x,
            y,
            width,
            height,
            paint,
        });
    }
}

/// Sets `text` centred within `max_width`, in at most `max_lines` lines: first at full
/// size in one line if it fits, else shrinking the size down to `min_factor` of it, then
/// wrapping (balanced) at that size. Returns the size used and the lines.
fn fit_centered(
    text: &str,
    style: Style,
    max_width: f32,
    min_factor: f32,
) -> Result<(Style, Vec<String>), PdfError> {
    let text = wrap::normalize(text);
    let width = style.measure()?.width(&text);
    if width <= max_width {
        return Ok((style, vec![text]));
    }
    let factor = max_width / width;
    if factor >= min_factor {
        // A hair smaller than the exact fit, so rounding never pushes it over the line.
        let style = style.scaled(factor * 0.999);
        return Ok((style, vec![text]));
    }
    let style = style.scaled(min_factor);
    let lines = wrap::wrap_balanced(&text, &style.measure()?, max_width);
    Ok((style, lines))
}

/// Lays out the whole certificate.
pub fn lay_out(text: &CertificateText) -> Result<Page, PdfError> {
    let mut page = Page::default();
    let revoked = text.revoked.as_deref().filter(|r| !r.trim().is_empty());
    frame::border(&mut page, revoked.is_some());
    let mut top = CONTENT_TOP;
    if let Some(reason) = revoked {
        top = frame::revoked_banner(&mut page, reason, top)?;
    }
    top = frame::issuer(&mut page, &text.issuer, top)?;
    let bottom = frame::footer(&mut page, text)? + FOOTER_GAP;
    flow::flow(&mut page, text, top, bottom)?;
    Ok(page)
}
