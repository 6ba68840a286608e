//! A QR code as a small SVG image: the verification page of a certificate, to scan from a
//! screen — the same modules the certificate's PDF prints (`kampus_pdf::layout::qr`), with
//! the quiet zone of four modules the standard asks for.

use std::fmt::Write as _;

/// The SVG of a QR code for `data`, or `None` if it does not fit a QR code.
pub fn svg(data: &str, title: &str) -> Option<String> {
    let (width, runs) = kampus_pdf::layout::qr::dark_runs(data).ok()?;
    let side = width + 8;
    let mut path = String::new();
    for run in runs {
        let _ = write!(
            path,
            "M{} {}h{}v1h-{}z",
            run.start + 4,
            run.row + 4,
            run.len,
            run.len
        );
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
