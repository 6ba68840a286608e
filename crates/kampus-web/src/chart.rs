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

/// The drawing's width in its own units (it scales to the page's width).
const WIDTH: u32 = 640;
/// The longest bar (100 %), leaving room after it for the value.
const BAR_SPACE: u32 = 540;
const LABEL_HEIGHT: u32 = 18;
const BAR_HEIGHT: u32 = 14;
const BAR_GAP: u32 = 4;
const ROW_GAP: u32 = 10;

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
    pub width: u32,
    pub value_x: u32,
    pub value_y: u32,
    /// The value as the table writes it, starred for a small group; "–" for none.
    pub value_text: String,
}

/// One group, placed.
#[derive(Debug, Clone)]
pub struct Row {
    pub label: String,
    pub label_y: u32,
    pub bars: Vec<Bar>,
    pub small: bool,
}

/// A chart ready for the template.
#[derive(Debug, Clone)]
pub struct BarChart {
    /// Unique on the page: the ids of its title and summary derive from it.
    pub id: &'static str,
    pub title: String,
    /// What the chart shows, in a sentence (read by screen readers with the title).
    pub summary: String,
    pub series: Vec<Series>,
    pub rows: Vec<Row>,
    pub width: u32,
    pub height: u32,
    pub bar_height: u32,
    /// Whether a group is starred, so the note explaining the star is shown.
    pub any_small: bool,
}

impl BarChart {
    /// Lays out `groups` (values as percentages), each value written by `write` (the page's
    /// number format).
    pub fn percentages(
        id: &'static str,
        title: String,
        summary: String,
        series: Vec<Series>,
        groups: Vec<Group>,
        write: impl Fn(f64) -> String,
    ) -> Self {
        let mut y = 0;
        let mut rows = Vec::with_capacity(groups.len());
        for group in groups {
            let label_y = y + LABEL_HEIGHT - 5;
            y += LABEL_HEIGHT;
            let mut bars = Vec::with_capacity(group.values.len());
            for (n, value) in group.values.iter().enumerate() {
                let width = value.map_or(0, bar_width);
                let mut value_text = value.map_or_else(|| "–".to_owned(), &write);
                if group.small && value.is_some() {
                    value_text.push_str(" *");
                }
                bars.push(Bar {
                    class: series.get(n).map_or("series-0", |s| s.class),
                    y,
                    width,
                    value_x: width + 6,
                    value_y: y + BAR_HEIGHT - 3,
                    value_text,
                });
                y += BAR_HEIGHT + BAR_GAP;
            }
            y += ROW_GAP;
            rows.push(Row {
                label: group.label,
                label_y,
                bars,
                small: group.small,
            });
        }
        Self {
            id,
            title,
            summary,
            series,
            any_small: rows.iter().any(|r| r.small),
            rows,
            width: WIDTH,
            height: y.max(LABEL_HEIGHT),
            bar_height: BAR_HEIGHT,
        }
    }
}

/// The length of a bar of `percent` (clamped to 0–100).
fn bar_width(percent: f64) -> u32 {
    let clamped = if percent.is_finite() {
        percent.clamp(0.0, 100.0)
    } else {
        0.0
    };
    // At most BAR_SPACE (540): the cast cannot truncate.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let width = (clamped / 100.0 * f64::from(BAR_SPACE)).round() as u32;
    width
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
                    label: "B".into(),
                    values: vec![None, Some(150.0)],
                    small: true,
                },
            ],
            |v| format!("{v}%"),
        );
        let a = &chart.rows[0];
        assert_eq!(a.bars[0].width, BAR_SPACE / 2);
        assert_eq!(a.bars[1].width, BAR_SPACE);
        assert_eq!(a.bars[1].class, "series-1");
        assert_eq!(a.bars[0].value_text, "50%");
        let b = &chart.rows[1];
        assert_eq!(b.bars[0].width, 0);
        assert_eq!(b.bars[0].value_text, "–", "no value is not starred");
        assert_eq!(b.bars[1].width, BAR_SPACE, "clamped to 100 %");
        assert_eq!(b.bars[1].value_text, "150% *");
        assert!(chart.any_small);
        // Rows follow each other without overlapping, and the drawing holds them all.
        assert!(b.label_y > a.bars[1].y + BAR_HEIGHT);
        assert!(chart.height >= b.bars[1].y + BAR_HEIGHT);
        assert!(
            chart
                .rows
                .iter()
                .flat_map(|r| &r.bars)
                .all(|bar| bar.value_x + 90 <= WIDTH)
        );
    }

    #[test]
    fn an_empty_chart_still_has_a_height() {
        let chart = BarChart::percentages("x", "t".into(), "s".into(), series(), vec![], |v| {
            v.to_string()
        });
        assert!(chart.rows.is_empty());
        assert_eq!(chart.height, LABEL_HEIGHT);
    }
}
