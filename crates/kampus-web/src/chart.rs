//! Bar charts as SVG drawn by the server (issue 21), laid out here and written by the
//! `chart.html` template (so every label is escaped like any other text).
//!
//! Hand-written rather than a plotting library: a chart here is a list of labelled bars,
//! which takes a few dozen lines, while `plotters`' SVG backend writes `style` attributes that
//! the pages' Content-Security-Policy forbids, draws text in its own fonts and has no way to
//! give the drawing a title and a summary for screen readers. Here, colours come from the
//! stylesheet (contrast checked with the page's), the second series is drawn outlined as well
//! as in another colour, groups too small to mean anything are hatched and starred, and every
//! chart has a title, a one-sentence summary and a data table beside it, so nothing is carried
//! by colour alone and nothing needs JavaScript.
//!
//! Bars are as long as a share of the drawing's width (percent units), and text stays at the
//! page's size rather than scaling with the drawing: on a phone the bars are shorter, the
//! words as readable. Labels are broken into lines short enough for a phone.

/// The longest bar (100 %), as a share of the width: the rest holds its value.
const BAR_SPACE_PERCENT: f64 = 78.0;
const LINE_HEIGHT: u32 = 18;
const BAR_HEIGHT: u32 = 14;
const BAR_GAP: u32 = 4;
const ROW_GAP: u32 = 10;
/// The most characters of a label's line (about 260 px of 13 px text: a phone's width).
const LINE_CHARS: usize = 34;

/// One series of a chart, as its legend shows it.
#[derive(Debug, Clone)]
pub struct Series {
    pub name: String,
    /// `series-0`, `series-1`: the stylesheet's classes.
    pub class: &'static str,
}

/// One group's values, one per series (percentages 0–100; `None`: no value).
#[derive(Debug, Clone)]
pub struct Group {
    pub label: String,
    pub values: Vec<Option<f64>>,
    /// Fewer learners than the small-group threshold.
    pub small: bool,
}

/// One bar, placed.
#[derive(Debug, Clone)]
pub struct Bar {
    pub class: &'static str,
    pub y: u32,
    /// The bar's length as a percentage of the drawing's width (`"39.0"`).
    pub width: String,
    pub value_y: u32,
    /// The value as the table writes it, starred for a small group; "–" for none.
    pub value_text: String,
}

/// One group, placed: its label's lines (text and baseline) and its bars.
#[derive(Debug, Clone)]
pub struct Row {
    pub lines: Vec<(String, u32)>,
    pub bars: Vec<Bar>,
    pub small: bool,
}

/// A chart ready for the template.
#[derive(Debug, Clone)]
pub struct BarChart {
    /// Unique on the page: the ids of its title and summary derive from it.
    pub id: String,
    pub title: String,
    /// What the chart shows, in a sentence (read by screen readers with the title).
    pub summary: String,
    pub series: Vec<Series>,
    pub rows: Vec<Row>,
    pub height: u32,
    pub bar_height: u32,
    /// Whether a group is starred, so the note explaining the star is shown.
    pub any_small: bool,
}

impl BarChart {
    /// Lays out `groups` (values as percentages), each value written by `write` (the page's
    /// number format).
    pub fn percentages(
        id: impl Into<String>,
        title: String,
        summary: String,
        series: Vec<Series>,
        groups: Vec<Group>,
        write: impl Fn(f64) -> String,
    ) -> Self {
        let mut y = 0;
        let mut rows = Vec::with_capacity(groups.len());
        for group in groups {
            let mut lines = Vec::new();
            for line in wrap(&group.label, LINE_CHARS) {
                lines.push((line, y + LINE_HEIGHT - 5));
                y += LINE_HEIGHT;
            }
            let mut bars = Vec::with_capacity(group.values.len());
            for (n, value) in group.values.iter().enumerate() {
                let mut value_text = value.map_or_else(|| "–".to_owned(), &write);
                if group.small && value.is_some() {
                    value_text.push_str(" *");
                }
                bars.push(Bar {
                    class: series.get(n).map_or("series-0", |s| s.class),
                    y,
                    width: format!("{:.1}", value.map_or(0.0, bar_percent)),
                    value_y: y + BAR_HEIGHT - 3,
                    value_text,
                });
                y += BAR_HEIGHT + BAR_GAP;
            }
            y += ROW_GAP;
            rows.push(Row {
                lines,
                bars,
                small: group.small,
            });
        }
        Self {
            id: id.into(),
            title,
            summary,
            series,
            any_small: rows.iter().any(|r| r.small),
            rows,
            height: y.max(LINE_HEIGHT),
            bar_height: BAR_HEIGHT,
        }
    }
}

/// The share of the width of a bar of `percent` (clamped to 0–100).
fn bar_percent(percent: f64) -> f64 {
    let clamped = if percent.is_finite() {
        percent.clamp(0.0, 100.0)
    } else {
        0.0
    };
    clamped / 100.0 * BAR_SPACE_PERCENT
}

/// `text` in lines of at most `width` characters, broken between words (a longer word is a
/// line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if !line.is_empty() && needed > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series() -> Vec<Series> {
        vec![
            Series {
                name: "pre".into(),
                class: "series-0",
            },
            Series {
                name: "post".into(),
                class: "series-1",
            },
        ]
    }

    #[test]
    fn bars_are_as_long_as_their_share_and_small_groups_are_starred() {
        let chart = BarChart::percentages(
            "gain",
            "t".into(),
            "s".into(),
            series(),
            vec![
                Group {
                    label: "A".into(),
                    values: vec![Some(50.0), Some(100.0)],
                    small: false,
                },
                Group {
                    label: "Global and Regional Migration Governance in the Western Balkans".into(),
                    values: vec![None, Some(150.0)],
                    small: true,
                },
            ],
            |v| format!("{v}%"),
        );
        let a = &chart.rows[0];
        assert_eq!(a.bars[0].width, "39.0");
        assert_eq!(a.bars[1].width, "78.0");
        assert_eq!(a.bars[1].class, "series-1");
        assert_eq!(a.bars[0].value_text, "50%");
        let b = &chart.rows[1];
        assert_eq!(
            b.lines.len(),
            2,
            "a long label takes two lines: {:?}",
            b.lines
        );
        assert!(
            b.lines
                .iter()
                .all(|(line, _)| line.chars().count() <= LINE_CHARS)
        );
        assert_eq!(b.bars[0].width, "0.0");
        assert_eq!(b.bars[0].value_text, "–", "no value is not starred");
        assert_eq!(b.bars[1].width, "78.0", "clamped to 100 %");
        assert_eq!(b.bars[1].value_text, "150% *");
        assert!(chart.any_small);
        // Rows follow each other without overlapping, and the drawing holds them all.
        assert!(b.lines[0].1 > a.bars[1].y + BAR_HEIGHT);
        assert!(b.bars[0].y > b.lines[1].1);
        assert!(chart.height >= b.bars[1].y + BAR_HEIGHT);
    }

    #[test]
    fn labels_break_between_words() {
        assert_eq!(wrap("a bb ccc", 4), ["a bb", "ccc"]);
        assert_eq!(wrap("", 4), [""]);
        assert_eq!(wrap("Međunarodna", 4), ["Međunarodna"]);
        assert_eq!(wrap("Миграција и род", 11), ["Миграција и", "род"]);
    }

    #[test]
    fn an_empty_chart_still_has_a_height() {
        let chart = BarChart::percentages("x", "t".into(), "s".into(), series(), vec![], |v| {
            v.to_string()
        });
        assert!(chart.rows.is_empty());
        assert_eq!(chart.height, LINE_HEIGHT);
    }
}
