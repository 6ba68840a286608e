//! The QR code for the verification URL, drawn as vector squares so it stays sharp at any
//! zoom and in print. Error correction level M (15 %), enough for a printed and scanned page.

use qrcode::{Color, EcLevel, QrCode};

use super::{INK, Paint, Shape};
use crate::PdfError;

/// A horizontal run of dark modules of a QR code: row, first column, length in modules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DarkRun {
    pub row: usize,
    pub start: usize,
    pub len: usize,
}

/// The QR code for `data` (error correction level M) as its width in modules and its dark
/// modules, merged into horizontal runs. The PDF draws them as rectangles; the web pages
/// draw the same runs as SVG.
pub fn dark_runs(data: &str) -> Result<(usize, Vec<DarkRun>), qrcode::types::QrError> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)?;
    let width = code.width();
    let mut runs = Vec::new();
    for row in 0..width {
        let mut column = 0;
        while column < width {
            if code[(column, row)] == Color::Light {
                column += 1;
                continue;
            }
            let start = column;
            while column < width && code[(column, row)] == Color::Dark {
                column += 1;
            }
            runs.push(DarkRun {
                row,
                start,
                len: column - start,
            });
        }
    }
    Ok((width, runs))
}

/// The dark modules of the QR code for `data`, as filled rectangles in a `size` × `size`
/// square with its lower left corner at `(x, y)`. The quiet zone is left to the caller (keep
/// about four modules of white around it).
pub fn shapes(data: &str, x: f32, y: f32, size: f32) -> Result<Vec<Shape>, PdfError> {
    let (width, runs) = dark_runs(data)?;
    // A QR code is at most 177 modules wide.
    #[allow(clippy::cast_precision_loss)]
    let module = size / width as f32;
    #[allow(clippy::cast_precision_loss)]
    let shapes = runs
        .into_iter()
        .map(|run| Shape::Rect {
            x: x + run.start as f32 * module,
            y: y + size - (run.row + 1) as f32 * module,
            width: run.len as f32 * module,
            height: module,
            paint: Paint::Fill(INK),
        })
        .collect();
    Ok(shapes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_stay_inside_the_square() {
        let shapes = shapes(
            "https://kampus.example/verify/7K3M-Q9XD-T2WA-B4RN",
            10.0,
            20.0,
            70.0,
        )
        .expect("short URL encodes");
        assert!(shapes.len() > 50);
        for shape in shapes {
            let Shape::Rect {
                x,
                y,
                width,
                height,
                ..
            } = shape
            else {
                panic!("only rectangles")
            };
            assert!(x >= 10.0 && y >= 20.0 - 1e-3);
            assert!(x + width <= 80.0 + 1e-3 && y + height <= 90.0 + 1e-3);
        }
    }

    #[test]
    fn too_long_data_is_an_error() {
        let data = "x".repeat(5000);
        assert!(matches!(
            shapes(&data, 0.0, 0.0, 70.0),
            Err(PdfError::Qr(_))
        ));
    }
}
