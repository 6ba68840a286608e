//! Printable reports as PDF (issue 21's funder report): A4 portrait pages of headings,
//! paragraphs and tables, with the same embedded fonts as the certificates, so every script
//! Kampus serves prints and `pdftotext` reads the exact figures back. The caller hands over
//! every string already localized and every number already written; this module only lays
//! them out (wrapping cells, breaking pages, repeating a table's header on the next page) and
//! writes the file. The same input gives the same bytes.

use sha2::{Digest, Sha256};

use crate::PdfError;
use crate::document::{Meta, write_pages};
use crate::fonts::{FontId, Measure};
use crate::layout::{GREY, INK, NAVY, Page, Paint, Rgb, Shape};
use crate::wrap::wrap;

/// A4 portrait, in points.
pub const REPORT_WIDTH: f32 = 595.0;
pub const REPORT_HEIGHT: f32 = 842.0;
const MARGIN: f32 = 50.0;
const TOP: f32 = REPORT_HEIGHT - 56.0;
const BOTTOM: f32 = 60.0;
const CONTENT_WIDTH: f32 = REPORT_WIDTH - 2.0 * MARGIN;
const CELL_PAD: f32 = 3.0;
/// Table rules and the header's shading.
const RULE: Rgb = Rgb(0.78, 0.80, 0.84);
const SHADE: Rgb = Rgb(0.94, 0.95, 0.97);

/// A report, every text localized.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportText {
    /// BCP 47 tag of its language.
    pub lang: String,
    pub title: String,
    /// What it covers (the period, the course or country), under the title.
    pub subtitle: String,
    pub blocks: Vec<Block>,
}

/// One part of a report, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    Table(Table),
}

/// A table: the first column holds labels (left-aligned), the others figures (right-aligned).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The first column's share of the width (the others share the rest equally).
    pub label_share: f32,
}

/// Renders `report`; `page_label(n, of)` words a page's number in the footer.
pub fn render_report(
    report: &ReportText,
    page_label: impl Fn(usize, usize) -> String,
) -> Result<Vec<u8>, PdfError> {
    let mut pages = lay_out(report)?;
    let count = pages.len();
    let footer = Measure::new(FontId::Sans, 8.0)?;
    for (n, page) in pages.iter_mut().enumerate() {
        let label = format!("{} · {}", report.title, page_label(n + 1, count));
        let x = REPORT_WIDTH - MARGIN - footer.width(&label);
        text(page, FontId::Sans, 8.0, GREY, x.max(MARGIN), 34.0, label);
    }
    let meta = Meta {
        lang: &report.lang,
        title: &report.title,
        width: REPORT_WIDTH,
        height: REPORT_HEIGHT,
        id: fingerprint(report),
    };
    write_pages(&meta, &pages)
}

fn text(page: &mut Page, font: FontId, size: f32, color: Rgb, x: f32, y: f32, text: String) {
    page.shapes.push(Shape::Text {
        font,
        size,
        color,
        x,
        y,
        text,
    });
}

fn rule(page: &mut Page, x: f32, y: f32, width: f32) {
    page.shapes.push(Shape::Rect {
        x,
        y,
        width,
        height: 0.5,
        paint: Paint::Fill(RULE),
    });
}

/// Where the next line goes, and the pages so far.
struct Flow {
    pages: Vec<Page>,
    y: f32,
}

impl Flow {
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Makes room for `height` points, on a new page if this one is full.
    fn room(&mut self, height: f32) -> bool {
        if self.y - height < BOTTOM && self.y < TOP {
            self.pages.push(Page::default());
            self.y = TOP;
            return true;
        }
        false
    }

    fn lines(
        &mut self,
        font: FontId,
        size: f32,
        color: Rgb,
        leading: f32,
        body: &str,
    ) -> Result<(), PdfError> {
        let measure = Measure::new(font, size)?;
        for line in wrap(body, &measure, CONTENT_WIDTH) {
            self.room(leading);
            self.y -= leading;
            let y = self.y;
            text(self.page(), font, size, color, MARGIN, y, line);
        }
        Ok(())
    }
}

fn lay_out(report: &ReportText) -> Result<Vec<Page>, PdfError> {
    let mut flow = Flow {
        pages: vec![Page::default()],
        y: TOP,
    };
    flow.lines(FontId::SansBold, 18.0, NAVY, 22.0, &report.title)?;
    flow.y -= 4.0;
    flow.lines(FontId::Sans, 10.0, GREY, 14.0, &report.subtitle)?;
    for block in &report.blocks {
        match block {
            Block::Heading(heading) => {
                // A heading is never the last line of a page.
                flow.room(60.0);
                flow.y -= 12.0;
                flow.lines(FontId::SansBold, 13.0, NAVY, 17.0, heading)?;
                flow.y -= 3.0;
            }
            Block::Paragraph(body) => {
                flow.lines(FontId::Sans, 9.5, INK, 13.0, body)?;
                flow.y -= 4.0;
            }
            Block::Table(table) => lay_out_table(&mut flow, table)?,
        }
    }
    Ok(flow.pages)
}

/// The columns' widths: the label column's share, the rest equal.
fn widths(table: &Table) -> Vec<f32> {
    let others = table.columns.len().saturating_sub(1).max(1);
    let label = CONTENT_WIDTH * table.label_share.clamp(0.1, 0.9);
    #[allow(clippy::cast_precision_loss)] // a handful of columns
    let other = (CONTENT_WIDTH - label) / others as f32;
    std::iter::once(label)
        .chain(std::iter::repeat_n(
            other,
            table.columns.len().saturating_sub(1),
        ))
        .collect()
}

/// One row's cells wrapped to their columns.
fn wrapped(cells: &[String], widths: &[f32], measure: &Measure) -> Vec<Vec<String>> {
    cells
        .iter()
        .zip(widths)
        .map(|(cell, width)| wrap(cell, measure, width - 2.0 * CELL_PAD))
        .collect()
}

const CELL_SIZE: f32 = 8.5;
const CELL_LEADING: f32 = 10.5;

fn lay_out_table(flow: &mut Flow, table: &Table) -> Result<(), PdfError> {
    let widths = widths(table);
    let head = Measure::new(FontId::SansBold, CELL_SIZE)?;
    let body = Measure::new(FontId::Sans, CELL_SIZE)?;
    // A table of labelled values has no header row.
    let header = (!table.columns.iter().all(String::is_empty))
        .then(|| wrapped(&table.columns, &widths, &head));
    flow.y -= 4.0;
    if let Some(header) = &header {
        draw_row(flow, header, &widths, FontId::SansBold, &head, true);
    }
    for row in &table.rows {
        let cells = wrapped(row, &widths, &body);
        if flow.room(row_height(&cells))
            && let Some(header) = &header
        {
            draw_row(flow, header, &widths, FontId::SansBold, &head, true);
        }
        draw_row(flow, &cells, &widths, FontId::Sans, &body, false);
    }
    flow.y -= 8.0;
    Ok(())
}

#[allow(clippy::cast_precision_loss)] // lines of a cell
fn row_height(cells: &[Vec<String>]) -> f32 {
    let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
    lines as f32 * CELL_LEADING + 2.0 * CELL_PAD
}

fn draw_row(
    flow: &mut Flow,
    cells: &[Vec<String>],
    widths: &[f32],
    font: FontId,
    measure: &Measure,
    shaded: bool,
) {
    let height = row_height(cells);
    flow.room(height);
    let top = flow.y;
    let page = flow.page();
    if shaded {
        page.shapes.push(Shape::Rect {
            x: MARGIN,
            y: top - height,
            width: CONTENT_WIDTH,
            height,
            paint: Paint::Fill(SHADE),
        });
    }
    let mut x = MARGIN;
    for (column, (lines, width)) in cells.iter().zip(widths).enumerate() {
        for (n, line) in lines.iter().enumerate() {
            #[allow(clippy::cast_precision_loss)] // lines of a cell
            let y = top - CELL_PAD - CELL_SIZE - n as f32 * CELL_LEADING + 1.0;
            let start = if column == 0 {
                x + CELL_PAD
            } else {
                x + width - CELL_PAD - measure.width(line)
            };
            text(page, font, CELL_SIZE, INK, start, y, line.clone());
        }
        x += width;
    }
    rule(page, MARGIN, top - height, CONTENT_WIDTH);
    flow.y = top - height;
}

/// A hash of every text of the report, for the file identifier.
fn fingerprint(report: &ReportText) -> [u8; 32] {
    let mut hash = Sha256::new();
    let mut field = |value: &str| {
        // Length-prefixed, so no two inputs collide by shifting text between fields.
        hash.update((value.len() as u64).to_be_bytes());
        hash.update(value.as_bytes());
    };
    for value in [&report.lang, &report.title, &report.subtitle] {
        field(value);
    }
    for block in &report.blocks {
        match block {
            Block::Heading(h) => {
                field("h");
                field(h);
            }
            Block::Paragraph(p) => {
                field("p");
                field(p);
            }
            Block::Table(t) => {
                field("t");
                field(&t.label_share.to_string());
                for row in std::iter::once(&t.columns).chain(&t.rows) {
                    field(&row.len().to_string());
                    for cell in row {
                        field(cell);
                    }
                }
            }
        }
    }
    hash.finalize().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(rows: usize) -> ReportText {
        ReportText {
            lang: "mk".into(),
            title: "Извештај за донаторите".into(),
            subtitle: "2026-01-01 – 2026-06-30".into(),
            blocks: vec![
                Block::Heading("Завршување по курс".into()),
                Block::Paragraph("Стапката на завршување е завршени поделени со запишани.".into()),
                Block::Table(Table {
                    columns: vec!["Курс".into(), "Запишани".into(), "Завршени".into()],
                    rows: (0..rows)
                        .map(|n| vec![format!("Миграција и род {n}"), "120".into(), "57".into()])
                        .collect(),
                    label_share: 0.5,
                }),
            ],
        }
    }

    #[test]
    fn a_long_table_breaks_onto_pages_and_repeats_its_header() {
        let pages = lay_out(&report(150)).expect("layout");
        assert!(pages.len() >= 3, "{} pages", pages.len());
        for page in &pages[1..] {
            let header = page
                .shapes
                .iter()
                .any(|s| matches!(s, Shape::Text { text, .. } if text == "Запишани"));
            assert!(header, "each page repeats the header");
            for shape in &page.shapes {
                if let Shape::Text { y, .. } = shape {
                    assert!(
                        *y >= BOTTOM - CELL_LEADING && *y <= TOP,
                        "inside the margins: {y}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_same_report_gives_the_same_bytes() {
        let label = |n: usize, of: usize| format!("{n}/{of}");
        let first = render_report(&report(10), label).expect("pdf");
        assert_eq!(first, render_report(&report(10), label).expect("pdf"));
        assert_ne!(first, render_report(&report(11), label).expect("pdf"));
        assert!(first.starts_with(b"%PDF-"));
    }
}
