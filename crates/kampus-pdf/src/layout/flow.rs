//! The flexible middle of the page, from the title to the English paragraph.
//!
//! Each part is a [`Block`] with a natural type size. All blocks are set at one common
//! scale, the largest (in steps of 4 %, down to half size) at which they fit between the
//! issuer and the footer; the space left over is shared out to the gaps between blocks
//! (up to about twice their natural size) and the rest centres the group vertically. The
//! title and the name first shrink a little to stay on one line before they wrap.

use super::{CENTER_X, GOLD, GREY, INK, NAVY, Page, Paint, Rgb, Style, fit_centered};
use crate::fonts::FontId;
use crate::{CertificateText, PdfError, wrap};

/// Ascent and descent of DejaVu relative to the type size (1901 and 483 of 2048 units,
/// rounded down a little: accents on capitals may reach into the gap above).
const ASCENT: f32 = 0.93;
const DESCENT: f32 = 0.24;
/// The smallest scale tried before giving up.
const MIN_SCALE: f32 = 0.5;
/// Width of the main column of centred text.
const COLUMN: f32 = 660.0;
/// Separator between the items of the details line.
const DETAIL_SEPARATOR: &str = "  ·  ";

/// What a block holds.
#[derive(Debug, Clone)]
enum Body {
    /// Centred text; shrinks to `min_factor` of its size to stay on one line before it
    /// wraps (1.0: wraps at once).
    Centered { text: String, min_factor: f32 },
    /// Short items on as few centred lines as possible.
    Items(Vec<String>),
    /// A left-aligned bulleted list.
    Bullets(Vec<String>),
    /// A left-aligned heading.
    Heading(String),
    /// A short gold rule.
    Rule,
}

/// One part of the flow, at its natural size.
#[derive(Debug, Clone)]
struct Block {
    style: Style,
    body: Body,
    /// Space above the block.
    gap: f32,
    /// Distance between baselines as a multiple of the size.
    leading: f32,
}

/// A line of a block that has been set, relative to the block.
#[derive(Debug)]
struct SetLine {
    style: Style,
    /// Offset from the left edge of the column, or `None` for centred text.
    dx: Option<f32>,
    /// Offset of the baseline below the top of the block.
    dy: f32,
    text: String,
}

/// A block set at a given scale.
#[derive(Debug)]
struct SetBlock {
    lines: Vec<SetLine>,
    rule: bool,
    height: f32,
    gap: f32,
}

impl Block {
    const fn new(font: FontId, size: f32, color: Rgb, body: Body, gap: f32, leading: f32) -> Self {
        Self {
            style: Style::new(font, size, color),
            body,
            gap,
            leading,
        }
    }

    /// Centred text; see [`Body::Centered`].
    fn centered(
        font: FontId,
        size: f32,
        color: Rgb,
        text: &str,
        gap: f32,
        min_factor: f32,
    ) -> Self {
        let body = Body::Centered {
            text: text.to_owned(),
            min_factor,
        };
        let leading = if min_factor < 1.0 { 1.15 } else { 1.3 };
        Self::new(font, size, color, body, gap, leading)
    }

    /// Whether the block would print nothing.
    fn is_empty(&self) -> bool {
        match &self.body {
            Body::Centered { text, .. } | Body::Heading(text) => wrap::normalize(text).is_empty(),
            Body::Items(items) | Body::Bullets(items) => {
                items.iter().all(|i| wrap::normalize(i).is_empty())
            }
            Body::Rule => false,
        }
    }
}

/// The blocks of the certificate text, empty ones left out.
fn blocks(text: &CertificateText) -> Vec<Block> {
    use FontId::{Sans, SansBold, SerifBold};
    let mut blocks = vec![
        Block::centered(SerifBold, 34.0, NAVY, &text.title, 0.0, 0.7),
        Block::centered(Sans, 13.0, GREY, &text.certifies, 16.0, 1.0),
        Block::centered(SerifBold, 29.0, INK, &text.holder_name, 9.0, 0.65),
    ];
    if let Some(institution) = &text.institution {
        blocks.push(Block::centered(Sans, 12.0, GREY, institution, 5.0, 1.0));
    }
    blocks.push(Block::centered(
        Sans,
        13.0,
        GREY,
        &text.completed,
        13.0,
        1.0,
    ));
    let mut course = Block::centered(SansBold, 19.0, NAVY, &text.course_title, 7.0, 0.85);
    course.leading = 1.22;
    blocks.push(course);
    let details = Body::Items(text.details.clone());
    blocks.push(Block::new(Sans, 11.0, INK, details, 9.0, 1.4));

    let outcomes: Vec<String> = text
        .outcomes
        .iter()
        .filter(|o| !wrap::normalize(o).is_empty())
        .cloned()
        .collect();
    if !outcomes.is_empty() {
        let heading = Body::Heading(text.outcomes_heading.clone());
        blocks.extend([
            Block::new(Sans, 11.0, GOLD, Body::Rule, 11.0, 1.0),
            Block::new(SansBold, 11.0, NAVY, heading, 11.0, 1.3),
            Block::new(Sans, 9.5, INK, Body::Bullets(outcomes), 4.0, 1.3),
        ]);
    }
    if let Some(english) = &text.english {
        let mut english = Block::centered(Sans, 8.5, GREY, english, 11.0, 1.0);
        english.leading = 1.35;
        blocks.push(english);
    }
    blocks.retain(|b| !b.is_empty());
    blocks
}

/// Lines stacked from the top of a block, `leading` times the size apart.
fn stack(style: Style, dx: Option<f32>, texts: Vec<String>, leading: f32) -> Vec<SetLine> {
    let first = style.size * ASCENT;
    (0u16..)
        .zip(texts)
        .map(|(index, text)| SetLine {
            style,
            dx,
            dy: first + f32::from(index) * style.size * leading,
            text,
        })
        .collect()
}

/// A bulleted list: hanging indent, a little extra space between items.
fn bullets(style: Style, items: &[String], leading: f32) -> Result<Vec<SetLine>, PdfError> {
    let indent = style.size * 1.2;
    let measure = style.measure()?;
    let mut lines = Vec::new();
    let mut dy = style.size * ASCENT;
    for item in items {
        let mut first = true;
        for text in wrap::wrap(item, &measure, COLUMN - indent) {
            if first {
                let bullet = "•".to_owned();
                lines.push(SetLine {
                    style,
                    dx: Some(0.0),
                    dy,
                    text: bullet,
                });
                first = false;
            }
            lines.push(SetLine {
                style,
                dx: Some(indent),
                dy,
                text,
            });
            dy += style.size * leading;
        }
        dy += style.size * 0.3;
    }
    Ok(lines)
}

/// Sets one block at `scale`.
fn set(block: &Block, scale: f32) -> Result<SetBlock, PdfError> {
    let style = block.style.scaled(scale);
    let leading = block.leading;
    let lines = match &block.body {
        Body::Centered { text, min_factor } => {
            let (style, texts) = if *min_factor < 1.0 {
                fit_centered(text, style, COLUMN, *min_factor)?
            } else {
                (style, wrap::wrap_balanced(text, &style.measure()?, COLUMN))
            };
            stack(style, None, texts, leading)
        }
        Body::Items(items) => {
            let texts = wrap::wrap_items(items, DETAIL_SEPARATOR, &style.measure()?, COLUMN);
            stack(style, None, texts, leading)
        }
        Body::Heading(text) => {
            let texts = wrap::wrap(text, &style.measure()?, COLUMN);
            stack(style, Some(0.0), texts, leading)
        }
        Body::Bullets(items) => bullets(style, items, leading)?,
        Body::Rule => Vec::new(),
    };
    let rule = matches!(block.body, Body::Rule);
    let height = if rule {
        1.0
    } else {
        lines
            .iter()
            .map(|l| l.dy + l.style.size * DESCENT)
            .fold(0.0, f32::max)
    };
    Ok(SetBlock {
        lines,
        rule,
        height,
        gap: block.gap * scale,
    })
}

/// Sets all blocks at the largest scale at which they fit in `available` points.
fn fit(blocks: &[Block], available: f32) -> Result<Vec<SetBlock>, PdfError> {
    let mut scale = 1.0;
    loop {
        let set: Vec<SetBlock> = blocks
            .iter()
            .map(|b| set(b, scale))
            .collect::<Result<_, _>>()?;
        let needed: f32 = set.iter().map(|b| b.height + b.gap).sum();
        if needed <= available {
            return Ok(set);
        }
        if scale <= MIN_SCALE {
            return Err(PdfError::TooMuchText { needed, available });
        }
        scale = (scale - 0.04).max(MIN_SCALE);
    }
}

/// Lays out the flow between `top` and `bottom`.
pub(super) fn flow(
    page: &mut Page,
    text: &CertificateText,
    top: f32,
    bottom: f32,
) -> Result<(), PdfError> {
    let blocks = blocks(text);
    let available = top - bottom;
    let mut set = fit(&blocks, available)?;
    if let Some(first) = set.first_mut() {
        first.gap = 0.0;
    }
    let needed: f32 = set.iter().map(|b| b.height + b.gap).sum();
    let gaps: f32 = set.iter().map(|b| b.gap).sum();
    let free = (available - needed).max(0.0);
    let stretch = if gaps > 0.0 {
        (free * 0.75).min(gaps * 1.1) / gaps
    } else {
        0.0
    };
    let top_pad = (free - gaps * stretch) / 2.0;

    let left = CENTER_X - COLUMN / 2.0;
    let mut y = top - top_pad;
    for block in set {
        y -= block.gap * (1.0 + stretch);
        if block.rule {
            page.rect(CENTER_X - 30.0, y - 0.9, 60.0, 0.9, Paint::Fill(GOLD));
        }
        for line in block.lines {
            let baseline = y - line.dy;
            match line.dx {
                Some(dx) => page.text_at(line.style, left + dx, baseline, line.text),
                None => page.text_centered(line.style, CENTER_X, baseline, line.text)?,
            }
        }
        y -= block.height;
    }
    Ok(())
}
