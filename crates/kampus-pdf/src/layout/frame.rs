//! The fixed parts of the page: frame, revocation banner, issuer, and the footer with the
//! QR code, serial, verification code and URL, and the seal.

use std::f32::consts::PI;

use super::qr;
use super::{
    CENTER_X, CONTENT_BOTTOM, CONTENT_LEFT, CONTENT_RIGHT, FRAME_INNER, FRAME_OUTER, GOLD, GREY,
    INK, Link, NAVY, Page, Paint, RED, Shape, Style, WHITE, fit_centered,
};
use crate::fonts::FontId;
use crate::{CertificateText, PAGE_HEIGHT, PAGE_WIDTH, PdfError, wrap};

/// Side of the QR code.
const QR_SIZE: f32 = 72.0;
/// Radius of the seal at the bottom right.
const SEAL_RADIUS: f32 = 37.0;

/// The double frame with small diamonds at the inner corners; the outer line turns red on
/// a revoked certificate.
pub(super) fn border(page: &mut Page, revoked: bool) {
    let outer = if revoked { RED } else { NAVY };
    let outer_width = if revoked { 3.5 } else { 2.2 };
    let inset = FRAME_OUTER;
    page.rect(
        inset,
        inset,
        PAGE_WIDTH - 2.0 * inset,
        PAGE_HEIGHT - 2.0 * inset,
        Paint::Stroke(outer, outer_width),
    );
    let inset = FRAME_INNER;
    page.rect(
        inset,
        inset,
        PAGE_WIDTH - 2.0 * inset,
        PAGE_HEIGHT - 2.0 * inset,
        Paint::Stroke(GOLD, 0.8),
    );
    for (cx, cy) in [
        (inset, inset),
        (PAGE_WIDTH - inset, inset),
        (inset, PAGE_HEIGHT - inset),
        (PAGE_WIDTH - inset, PAGE_HEIGHT - inset),
    ] {
        let d = 4.5;
        page.shapes.push(Shape::Polygon {
            points: vec![(cx - d, cy), (cx, cy + d), (cx + d, cy), (cx, cy - d)],
            paint: Paint::Fill(GOLD),
        });
    }
}

/// A red band with the revocation text in white across the top. Returns the new top of
/// the free area.
pub(super) fn revoked_banner(page: &mut Page, text: &str, top: f32) -> Result<f32, PdfError> {
    let left = FRAME_INNER + 8.0;
    let width = PAGE_WIDTH - 2.0 * left;
    let style = Style::new(FontId::SansBold, 14.0, WHITE);
    let (style, lines) = fit_centered(text, style, width - 30.0, 0.8)?;
    let step = style.size * 1.3;
    #[allow(clippy::cast_precision_loss)]
    let height = step * lines.len() as f32 + 12.0;
    let band_top = top + 12.0;
    page.rect(left, band_top - height, width, height, Paint::Fill(RED));
    let mut baseline = band_top - 6.0 - style.size * 1.08;
    for line in lines {
        page.text_centered(style, CENTER_X, baseline, line)?;
        baseline -= step;
    }
    Ok(band_top - height - 14.0)
}

/// The issuer, centred at the top, with a short gold rule under it. Returns the new top
/// of the free area.
pub(super) fn issuer(page: &mut Page, issuer: &str, top: f32) -> Result<f32, PdfError> {
    let style = Style::new(FontId::SansBold, 13.0, NAVY);
    let (style, lines) = fit_centered(issuer, style, 620.0, 0.8)?;
    let mut baseline = top - style.size * 0.93;
    for line in lines {
        page.text_centered(style, CENTER_X, baseline, line)?;
        baseline -= style.size * 1.3;
    }
    let rule_y = baseline + style.size * 1.3 - 11.0;
    page.rect(CENTER_X - 80.0, rule_y, 160.0, 0.9, Paint::Fill(GOLD));
    Ok(rule_y - 8.0)
}

/// The footer: QR code at the bottom left, serial, verification code and URL beside it,
/// the seal at the bottom right. Returns the top of the footer.
pub(super) fn footer(page: &mut Page, text: &CertificateText) -> Result<f32, PdfError> {
    page.shapes.extend(qr::shapes(
        &text.verify_url,
        CONTENT_LEFT,
        CONTENT_BOTTOM,
        QR_SIZE,
    )?);
    seal(
        page,
        CONTENT_RIGHT - SEAL_RADIUS,
        CONTENT_BOTTOM + SEAL_RADIUS,
    );

    let x = CONTENT_LEFT + QR_SIZE + 14.0;
    let max_width = CONTENT_RIGHT - 2.0 * SEAL_RADIUS - 20.0 - x;
    let bold = Style::new(FontId::SansBold, 10.0, INK);
    let plain = Style::new(FontId::Sans, 9.0, GREY);
    let url = Style::new(FontId::Sans, 9.0, NAVY);
    let entries = [
        (bold, text.serial.as_str(), 1.45),
        (bold, text.code.as_str(), 1.9),
        (plain, text.verify_hint.as_str(), 1.35),
        (url, text.verify_url.as_str(), 1.35),
    ];
    let mut lines = Vec::new();
    for (style, content, step) in entries {
        let content = wrap::normalize(content);
        if content.is_empty() {
            continue;
        }
        let natural = style.measure()?.width(&content);
        let style = if natural > max_width {
            style.scaled((max_width / natural).max(0.8) * 0.999)
        } else {
            style
        };
        let wrapped = wrap::wrap(&content, &style.measure()?, max_width);
        let count = wrapped.len();
        for (index, line) in wrapped.into_iter().enumerate() {
            let step = if index + 1 == count { step } else { 1.25 };
            lines.push((style, line, style.size * step, content == text.verify_url));
        }
    }
    let height: f32 = lines.iter().map(|(_, _, step, _)| step).sum();
    // Centre the block on the QR code; never lower than the QR code's bottom.
    let block_top = (CONTENT_BOTTOM + QR_SIZE / 2.0 + height / 2.0).max(CONTENT_BOTTOM + height);
    let mut baseline = block_top - lines.first().map_or(0.0, |(s, _, _, _)| s.size * 0.93);
    for (style, line, step, is_url) in lines {
        if is_url {
            let width = style.measure()?.width(&line);
            page.links.push(Link {
                rect: [
                    x,
                    baseline - style.size * 0.3,
                    x + width,
                    baseline + style.size,
                ],
                url: text.verify_url.clone(),
            });
        }
        page.text_at(style, x, baseline, line);
        baseline -= step;
    }
    Ok(block_top
        .max(CONTENT_BOTTOM + QR_SIZE)
        .max(CONTENT_BOTTOM + 2.0 * SEAL_RADIUS))
}

/// A gold rosette: a serrated disc with two rings and a star.
fn seal(page: &mut Page, cx: f32, cy: f32) {
    page.shapes.push(Shape::Polygon {
        points: star_points(cx, cy, SEAL_RADIUS, SEAL_RADIUS - 3.5, 40),
        paint: Paint::Fill(GOLD),
    });
    let circles = [
        (SEAL_RADIUS - 6.5, Paint::Fill(WHITE)),
        (SEAL_RADIUS - 9.0, Paint::Stroke(GOLD, 1.2)),
        (SEAL_RADIUS - 12.0, Paint::Stroke(GOLD, 0.5)),
    ];
    for (r, paint) in circles {
        page.shapes.push(Shape::Circle { cx, cy, r, paint });
    }
    page.shapes.push(Shape::Polygon {
        points: star_points(cx, cy, 13.0, 5.2, 5),
        paint: Paint::Fill(GOLD),
    });
}

/// Points of a star with `count` rays, the first pointing up.
fn star_points(cx: f32, cy: f32, outer: f32, inner: f32, count: u16) -> Vec<(f32, f32)> {
    (0..count * 2)
        .map(|i| {
            let r = if i % 2 == 0 { outer } else { inner };
            let angle = PI / 2.0 + f32::from(i) * PI / f32::from(count);
            (cx + r * angle.cos(), cy + r * angle.sin())
        })
        .collect()
}
