//! Turns a laid-out [`Page`] into a PDF content stream, encoding text through the
//! document's [`FontSet`] so that exactly the glyphs painted end up in the font subsets.

use pdf_writer::{Content, Name, Str};

use crate::PdfError;
use crate::fonts::FontSet;
use crate::layout::{Page, Paint, Rgb, Shape};

/// Control point distance for a quarter circle drawn as one cubic Bézier curve.
const KAPPA: f32 = 0.552_284_8;

/// The content stream of `page` (uncompressed).
pub fn content(page: &Page, fonts: &mut FontSet) -> Result<Vec<u8>, PdfError> {
    let mut content = Content::new();
    for shape in &page.shapes {
        match shape {
            Shape::Text {
                font,
                size,
                color,
                x,
                y,
                text,
            } => {
                let encoded = fonts.encode(*font, text)?;
                set_fill(&mut content, *color);
                content
                    .begin_text()
                    .set_font(Name(font.resource_name()), *size)
                    .set_text_matrix([1.0, 0.0, 0.0, 1.0, *x, *y])
                    .show(Str(&encoded))
                    .end_text();
            }
            Shape::Rect {
                x,
                y,
                width,
                height,
                paint,
            } => {
                set_paint(&mut content, *paint);
                content.rect(*x, *y, *width, *height);
                finish_path(&mut content, *paint);
            }
            Shape::Polygon { points, paint } => {
                set_paint(&mut content, *paint);
                let mut points = points.iter();
                if let Some((x, y)) = points.next() {
                    content.move_to(*x, *y);
                }
                for (x, y) in points {
                    content.line_to(*x, *y);
                }
                content.close_path();
                finish_path(&mut content, *paint);
            }
            Shape::Circle { cx, cy, r, paint } => {
                set_paint(&mut content, *paint);
                circle(&mut content, *cx, *cy, *r);
                finish_path(&mut content, *paint);
            }
        }
    }
    Ok(content.finish().into_vec())
}

fn set_fill(content: &mut Content, Rgb(r, g, b): Rgb) {
    content.set_fill_rgb(r, g, b);
}

fn set_paint(content: &mut Content, paint: Paint) {
    match paint {
        Paint::Fill(color) => set_fill(content, color),
        Paint::Stroke(Rgb(r, g, b), width) => {
            content.set_stroke_rgb(r, g, b).set_line_width(width);
        }
    }
}

fn finish_path(content: &mut Content, paint: Paint) {
    match paint {
        Paint::Fill(_) => content.fill_nonzero(),
        Paint::Stroke(..) => content.stroke(),
    };
}

/// A closed circle path of four Bézier quarters.
fn circle(content: &mut Content, cx: f32, cy: f32, r: f32) {
    let k = r * KAPPA;
    content.move_to(cx + r, cy);
    content.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    content.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    content.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    content.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    content.close_path();
}
