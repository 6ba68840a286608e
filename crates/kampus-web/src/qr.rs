//! A QR code as a small SVG image: the verification page of a certificate, to scan from a
//! screen. Dark modules are merged into horizontal runs, with the quiet zone of four modules
//! the standard asks for.

use std::fmt::Write as _;

use qrcode::{Color, EcLevel, QrCode};

/// The SVG of a QR code for `data`, or `None` if it does not fit a QR code.
pub fn svg(data: &str, title: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let side = width + 8;
    let mut path = String::new();
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
            let _ = write!(
                path,
                "M{} {}h{}v1h-{}z",
                start + 4,
                row + 4,
                column - start,
                column - start
            );
        }
    }
    let title = title
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" role=\"img\" \
         shape-rendering=\"crispEdges\"><title>{title}</title><rect width=\"{side}\" \
         height=\"{side}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_url_makes_an_svg_with_its_title_escaped() {
        let svg = super::svg("https://kampus.example/verify/7K3M-Q9XD", "a <b>").expect("fits");
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("<title>a &lt;b&gt;</title>"));
        assert!(svg.contains("<path d=\"M"));
    }
}
