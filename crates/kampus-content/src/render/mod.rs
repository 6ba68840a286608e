//! Lesson bodies: Markdown → sanitized HTML, table of contents and reading time, and the
//! checks an author needs before publishing (raw HTML, unsafe links, missing assets).
//!
//! Rendering happens once per loaded course version; the result is cached in the loaded
//! course. The HTML is produced by pulldown-cmark (CommonMark with tables, strikethrough and
//! `{#id}` heading attributes) and then cleaned by ammonia with a fixed allow-list: no
//! scripts, styles, forms or event handlers; links only to `http`, `https`, `mailto` and
//! `tel` (never `javascript:`) with `rel="noopener noreferrer"`; images and tables allowed.
//! Headings get stable ids (slugs of their text, made unique) for the table of contents.
//! Relative links and images are paths from the course root (`assets/map.png`); the API
//! serves them under the course version's URL.

mod bounds;

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::problem::{Problem, ProblemCode};
use crate::translit::latin_is_unambiguous;

pub use bounds::{MAX_NESTING, MAX_RAW_HTML_TAGS};

/// Reading speed used for the estimate: words per minute. Lower than the usual 230 because
/// many learners read in their second language and the texts are technical.
pub const WORDS_PER_MINUTE: usize = 180;

/// Link schemes that survive sanitizing.
const SAFE_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// A lesson body ready to serve.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RenderedLesson {
    /// Sanitized HTML.
    pub html: String,
    pub toc: Vec<TocEntry>,
    pub words: usize,
    /// Estimated minutes to read (at least 1).
    pub reading_minutes: u32,
}

/// A heading of a lesson.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TocEntry {
    /// 1 to 6.
    pub level: u8,
    /// The `id` of the heading element (link target `#id`).
    pub id: String,
    pub text: String,
}

/// The CommonMark extensions lessons are written with (rendering and every check of them).
pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_HEADING_ATTRIBUTES
}

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    for heading in ["h1", "h2", "h3", "h4", "h5", "h6"] {
        builder.add_tag_attributes(heading, &["id"]);
    }
    builder.url_schemes(SAFE_SCHEMES.into_iter().collect());
    builder.link_rel(Some("noopener noreferrer"));
    builder
});

/// Renders Markdown to sanitized HTML. `transform` is applied to the text (never to code,
/// URLs or HTML), to derive one script from the other.
pub fn render(markdown: &str, transform: Option<fn(&str) -> Cow<'_, str>>) -> RenderedLesson {
    let mut events: Vec<Event<'_>> = bounds::bound(
        Parser::new_ext(markdown, options())
            .map(|event| match (event, transform) {
                (Event::Text(text), Some(f)) => Event::Text(CowStr::from(f(&text).into_owned())),
                (event, _) => event,
            })
            .collect(),
    );
    let toc = assign_heading_ids(&mut events);
    let words = events
        .iter()
        .map(|e| match e {
            Event::Text(t) | Event::Code(t) => t.split_whitespace().count(),
            _ => 0,
        })
        .sum::<usize>();
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut raw, events.into_iter());
    let html = SANITIZER.clean(&raw).to_string();
    let reading_minutes =
        u32::try_from(words.div_ceil(WORDS_PER_MINUTE).max(1)).unwrap_or(u32::MAX);
    RenderedLesson {
        html,
        toc,
        words,
        reading_minutes,
    }
}

/// Whether every text of a Latin lesson converts to Cyrillic without ambiguity.
pub fn latin_is_unambiguous_markdown(markdown: &str) -> bool {
    Parser::new_ext(markdown, options()).all(|e| match e {
        Event::Text(text) => latin_is_unambiguous(&text),
        _ => true,
    })
}

/// Gives every heading an id (keeping `{#id}` written by the author) and lists them.
fn assign_heading_ids(events: &mut [Event<'_>]) -> Vec<TocEntry> {
    let mut toc = Vec::new();
    let mut used = HashSet::new();
    for start in 0..events.len() {
        let Event::Start(Tag::Heading { level, id, .. }) = &events[start] else {
            continue;
        };
        let level = heading_level(*level);
        let written = id.as_ref().map(ToString::to_string);
        let mut text = String::new();
        for event in &events[start + 1..] {
            match event {
                Event::End(TagEnd::Heading(_)) => break,
                Event::Text(t) | Event::Code(t) => text.push_str(t),
                _ => {}
            }
        }
        let base = written.unwrap_or_else(|| slug(&text));
        let mut unique = base.clone();
        let mut n = 1;
        while !used.insert(unique.clone()) {
            n += 1;
            unique = format!("{base}-{n}");
        }
        if let Event::Start(Tag::Heading { id, .. }) = &mut events[start] {
            *id = Some(CowStr::from(unique.clone()));
        }
        toc.push(TocEntry {
            level,
            id: unique,
            text: text.trim().to_owned(),
        });
    }
    toc
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// A heading's id: its letters and digits in lower case, words joined by `-`.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if (c.is_whitespace() || c == '-') && !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "section".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// Reports raw HTML, unsafe links and links to files missing from the bundle.
pub fn inspect(
    file: &str,
    markdown: &str,
    has_file: &dyn Fn(&str) -> bool,
    problems: &mut Vec<Problem>,
) {
    let mut depth = 0usize;
    let mut reported_depth = false;
    for (event, range) in Parser::new_ext(markdown, options()).into_offset_iter() {
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > MAX_NESTING && !reported_depth {
            reported_depth = true;
            problems.push(Problem::at(
                ProblemCode::NestingTooDeep,
                file,
                markdown,
                range.start,
                format!("Markdown is nested more than {MAX_NESTING} levels deep here; deeper levels are flattened"),
            ));
        }
        match event {
            Event::Html(html) | Event::InlineHtml(html) => {
                let html = html.trim_start();
                if html.starts_with('<') && !html.starts_with("</") && !html.starts_with("<!--") {
                    let tag: String = html
                        .chars()
                        .take_while(|c| !c.is_whitespace() && *c != '>')
                        .collect();
                    problems.push(Problem::at(
                        ProblemCode::RawHtml,
                        file,
                        markdown,
                        range.start,
                        format!("raw HTML `{tag}>` is removed or reduced by the sanitizer; write Markdown instead"),
                    ));
                }
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                check_url(file, markdown, range.start, &dest_url, has_file, problems);
            }
            _ => {}
        }
    }
}

fn check_url(
    file: &str,
    markdown: &str,
    at: usize,
    url: &str,
    has_file: &dyn Fn(&str) -> bool,
    problems: &mut Vec<Problem>,
) {
    let url = url.trim();
    if url.is_empty() || url.starts_with('#') || url.starts_with("//") {
        return;
    }
    if let Some(scheme) = scheme(url) {
        if !SAFE_SCHEMES.contains(&scheme.to_ascii_lowercase().as_str()) {
            problems.push(Problem::at(
                ProblemCode::UnsafeLink,
                file,
                markdown,
                at,
                format!(
                    "links with the `{scheme}:` scheme are removed; use http, https, mailto or tel"
                ),
            ));
        }
        return;
    }
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .replace("%20", " ");
    let resolved = normalize(&path);
    if !resolved.as_deref().is_some_and(has_file) {
        problems.push(Problem::at(
            ProblemCode::MissingAsset,
            file,
            markdown,
            at,
            format!("`{url}` is not in the bundle (paths are relative to the course root, e.g. `assets/map.png`)"),
        ));
    }
}

/// The scheme of an absolute URL (`javascript` in `javascript:alert(1)`).
fn scheme(url: &str) -> Option<&str> {
    let (scheme, _) = url.split_once(':')?;
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some(scheme)
}

/// A course-root path without `.`/`..`, or `None` if it escapes the root.
fn normalize(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitizes_scripts_handlers_and_javascript_links() {
        let md = "# Title\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) [ok](https://e.org)\n";
        let out = render(md, None);
        assert!(!out.html.contains("<script"), "{}", out.html);
        assert!(!out.html.contains("onerror"), "{}", out.html);
        assert!(!out.html.contains("javascript:"), "{}", out.html);
        assert!(
            out.html
                .contains(r#"<a href="https://e.org" rel="noopener noreferrer">ok</a>"#),
            "{}",
            out.html
        );
        assert!(
            out.html.contains(r#"<h1 id="title">Title</h1>"#),
            "{}",
            out.html
        );
    }

    #[test]
    fn keeps_tables_images_and_builds_the_toc() {
        let md = "# Uvod\n\n## Pravni okvir\n\n## Pravni okvir\n\n### Član 5 {#clan-5}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![Map](assets/map.png \"t\")\n";
        let out = render(md, None);
        assert!(out.html.contains("<table>"), "{}", out.html);
        assert!(
            out.html
                .contains(r#"<img src="assets/map.png" alt="Map" title="t">"#),
            "{}",
            out.html
        );
        let ids: Vec<_> = out.toc.iter().map(|t| (t.level, t.id.as_str())).collect();
        assert_eq!(
            ids,
            [
                (1, "uvod"),
                (2, "pravni-okvir"),
                (2, "pravni-okvir-2"),
                (3, "clan-5")
            ]
        );
        assert_eq!(out.reading_minutes, 1);
    }

    #[test]
    fn reading_time_rounds_up() {
        let md = "word ".repeat(WORDS_PER_MINUTE * 2 + 1);
        let out = render(&md, None);
        assert_eq!(
            (out.words, out.reading_minutes),
            (WORDS_PER_MINUTE * 2 + 1, 3)
        );
    }

    #[test]
    fn transform_touches_text_only() {
        let md = "# Чачак\n\nГрад `код` [веза](https://е.org)\n";
        let out = render(md, Some(crate::translit::fluent_to_latin));
        assert!(out.html.contains(">Čačak</h1>"), "{}", out.html);
        assert!(out.html.contains("Grad <code>код</code>"), "{}", out.html);
    }

    #[test]
    fn inspection_reports_each_problem_once() {
        let md = "Text <span>x</span>\n\n<div>\nblock\n</div>\n\n<!-- note -->\n\n[a](assets/there.png) [b](assets/missing.png) [c](../../x) [d](vbscript:x) [e](#top)\n";
        let mut problems = Vec::new();
        inspect("l.md", md, &|p| p == "assets/there.png", &mut problems);
        let got: Vec<_> = problems
            .iter()
            .map(|p| (p.code, p.line, p.column))
            .collect();
        assert_eq!(
            got,
            [
                (ProblemCode::RawHtml, 1, 6),
                (ProblemCode::RawHtml, 3, 1),
                (ProblemCode::MissingAsset, 9, 23),
                (ProblemCode::MissingAsset, 9, 47),
                (ProblemCode::UnsafeLink, 9, 60),
            ]
        );
    }
}
