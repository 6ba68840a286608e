//! Keeping rendering time linear in the size of a lesson, whatever its shape.
//!
//! The HTML sanitizer (html5ever under ammonia) takes time quadratic in the depth of nested
//! elements: a 200 KB lesson of 40 000 nested block quotes takes seconds. No real lesson nests
//! deeper than a handful of levels, so before sanitizing, Markdown structure deeper than
//! [`MAX_NESTING`] is flattened (its text is kept, the extra containers are dropped), and raw
//! HTML is shown as text when a lesson holds more than [`MAX_RAW_HTML_TAGS`] tags of it. Both
//! are reported to the author (`nesting-too-deep`, `raw-html`).

use pulldown_cmark::Event;

/// Deepest nesting of Markdown containers (quotes, lists, emphasis, ...) rendered as such.
pub const MAX_NESTING: usize = 32;

/// Most raw HTML tags a lesson may hold before its raw HTML is rendered as visible text.
pub const MAX_RAW_HTML_TAGS: usize = 256;

/// Applies the limits to a lesson's events.
pub fn bound(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let raw_tags: usize = events
        .iter()
        .map(|e| match e {
            Event::Html(h) | Event::InlineHtml(h) => h.matches('<').count(),
            _ => 0,
        })
        .sum();
    let escape_html = raw_tags > MAX_RAW_HTML_TAGS;
    // For each open container: whether it was kept (so its end is kept too).
    let mut open: Vec<bool> = Vec::new();
    let mut kept_depth = 0usize;
    let mut out = Vec::with_capacity(events.len());
    for event in events {
        match event {
            Event::Start(tag) => {
                let keep = kept_depth < MAX_NESTING;
                open.push(keep);
                if keep {
                    kept_depth += 1;
                    out.push(Event::Start(tag));
                }
            }
            Event::End(tag) => {
                if open.pop().unwrap_or(false) {
                    kept_depth -= 1;
                    out.push(Event::End(tag));
                }
            }
            Event::Html(html) | Event::InlineHtml(html) if escape_html => {
                out.push(Event::Text(html));
            }
            event => out.push(event),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::*;
    use crate::render::render;

    #[test]
    fn pathological_nesting_renders_quickly_and_keeps_the_text() {
        let started = Instant::now();
        let quotes = render(&format!("{}deep text\n", "> ".repeat(40_000)), None);
        let html = render(
            &format!("{}x{}\n", "<div>".repeat(20_000), "</div>".repeat(20_000)),
            None,
        );
        assert!(
            started.elapsed().as_secs() < 5,
            "took {:?}",
            started.elapsed()
        );
        assert!(quotes.html.contains("deep text"));
        assert_eq!(quotes.html.matches("<blockquote>").count(), MAX_NESTING);
        assert!(
            html.html.contains("&lt;div&gt;"),
            "raw HTML over the limit is shown as text"
        );
    }

    #[test]
    fn ordinary_lessons_are_untouched() {
        let md = "> quote\n> - item *em **strong***\n\n<sup>1</sup>\n";
        let events: Vec<_> = pulldown_cmark::Parser::new(md).collect();
        assert_eq!(bound(events.clone()), events);
    }
}
