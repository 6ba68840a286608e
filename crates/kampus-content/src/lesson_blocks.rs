//! The blocks of a lesson a translator translates one at a time, with stable ids (used by
//! [`crate::exchange`] and by the block entries of `translations.lock`, [`crate::staleness`]).
//!
//! A block is a run of inline text in one leaf of the Markdown tree: a heading, a paragraph, a
//! list item (each of its paragraphs), a table cell or a paragraph of a block quote. Its id
//! is its kind and its 1-based position among the blocks of that kind in the file: `h2` (the
//! second heading), `p3`, `li5`, `td4`, `bq1`. Editing the words of a block never changes an
//! id (only the structure does), so a file exported again after a translator's edits has the
//! same ids, and a translation with the structure of its English text has the same ids as
//! the English. The block markers (`## `, `- `, `| `, `> `), code blocks and raw HTML blocks
//! stay outside the blocks: they are the lesson's skeleton, never shown to a translator.
//! A block's text is an exact slice of the file, so putting a translation back is a splice.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

/// The kind of a lesson block; its prefix is the start of the block's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading, with its level (1–6).
    Heading(u8),
    Paragraph,
    ListItem,
    TableCell,
    Quote,
}

impl BlockKind {
    /// The prefix of the ids of blocks of this kind.
    pub fn prefix(self) -> &'static str {
        match self {
            BlockKind::Heading(_) => "h",
            BlockKind::Paragraph => "p",
            BlockKind::ListItem => "li",
            BlockKind::TableCell => "td",
            BlockKind::Quote => "bq",
        }
    }

    /// What a translator's note calls it.
    pub fn describe(self) -> String {
        match self {
            BlockKind::Heading(level) => format!("heading (level {level})"),
            BlockKind::Paragraph => "paragraph".to_owned(),
            BlockKind::ListItem => "list item".to_owned(),
            BlockKind::TableCell => "table cell".to_owned(),
            BlockKind::Quote => "block quote".to_owned(),
        }
    }
}

/// One block of a lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// `p3`: unique in its file.
    pub id: String,
    pub kind: BlockKind,
    /// Its text in the file.
    pub range: Range<usize>,
}

/// The parser options of the renderer: blocks must be what the learner's page shows.
pub fn options() -> pulldown_cmark::Options {
    crate::render::options()
}

/// The blocks of `markdown`, in file order. Blocks without a letter (a number, a dash in a
/// table) have nothing to translate and are left out, but still count in the numbering so
/// that ids follow the structure alone.
pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut containers: Vec<BlockKind> = Vec::new();
    let mut in_quote = 0usize;
    let mut current: Option<(BlockKind, Range<usize>)> = None;
    let mut counts = [0usize; 5];
    let mut out = Vec::new();
    let mut close = |current: &mut Option<(BlockKind, Range<usize>)>, out: &mut Vec<Block>| {
        if let Some((kind, range)) = current.take() {
            let slot = match kind {
                BlockKind::Heading(_) => 0,
                BlockKind::Paragraph => 1,
                BlockKind::ListItem => 2,
                BlockKind::TableCell => 3,
                BlockKind::Quote => 4,
            };
            counts[slot] += 1;
            if markdown[range.clone()].chars().any(char::is_alphabetic) {
                out.push(Block {
                    id: format!("{}{}", kind.prefix(), counts[slot]),
                    kind,
                    range,
                });
            }
        }
    };
    for (event, range) in Parser::new_ext(markdown, options()).into_offset_iter() {
        match &event {
            Event::Start(tag) if is_block(tag) => {
                close(&mut current, &mut out);
                match tag {
                    Tag::BlockQuote(_) => in_quote += 1,
                    Tag::Heading { level, .. } => {
                        containers.push(BlockKind::Heading(level_of(*level)));
                    }
                    Tag::Item => containers.push(BlockKind::ListItem),
                    Tag::TableCell => containers.push(BlockKind::TableCell),
                    Tag::Paragraph => {
                        let kind = match containers.last() {
                            Some(BlockKind::ListItem) => BlockKind::ListItem,
                            _ if in_quote > 0 => BlockKind::Quote,
                            _ => BlockKind::Paragraph,
                        };
                        containers.push(kind);
                    }
                    _ => {}
                }
            }
            Event::End(end) if is_block_end(*end) => {
                close(&mut current, &mut out);
                match end {
                    TagEnd::BlockQuote(_) => in_quote = in_quote.saturating_sub(1),
                    TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell | TagEnd::Paragraph => {
                        containers.pop();
                    }
                    _ => {}
                }
            }
            Event::Start(_)
            | Event::End(_)
            | Event::Text(_)
            | Event::Code(_)
            | Event::InlineHtml(_)
            | Event::SoftBreak
            | Event::HardBreak
            | Event::FootnoteReference(_)
            | Event::InlineMath(_) => {
                // Inline content outside every leaf (text in a code block) is not translated.
                let Some(&kind) = containers.last() else {
                    continue;
                };
                match &mut current {
                    Some((_, r)) => {
                        r.start = r.start.min(range.start);
                        r.end = r.end.max(range.end);
                    }
                    None => current = Some((kind, range)),
                }
            }
            _ => close(&mut current, &mut out),
        }
    }
    close(&mut current, &mut out);
    out
}

fn is_block(tag: &Tag<'_>) -> bool {
    !matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Link { .. }
            | Tag::Image { .. }
            | Tag::Superscript
            | Tag::Subscript
    )
}

fn is_block_end(end: TagEnd) -> bool {
    !matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::Superscript
            | TagEnd::Subscript
    )
}

fn level_of(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaves_get_ids_by_kind_and_position() {
        let md = "# Title {#t}\n\nFirst *para*\nwrapped.\n\n- one\n- two [x](y)\n\n> quoted\n\n| a | 1 |\n|---|---|\n| b | c |\n\n```\ncode\n```\n\n1. loose\n\n   second\n";
        let found: Vec<_> = blocks(md)
            .into_iter()
            .map(|b| (b.id, &md[b.range]))
            .collect();
        assert_eq!(
            found,
            [
                ("h1".to_owned(), "Title"),
                ("p1".to_owned(), "First *para*\nwrapped."),
                ("li1".to_owned(), "one"),
                ("li2".to_owned(), "two [x](y)"),
                ("bq1".to_owned(), "quoted"),
                ("td1".to_owned(), "a"),
                ("td3".to_owned(), "b"),
                ("td4".to_owned(), "c"),
                ("li3".to_owned(), "loose"),
                ("li4".to_owned(), "second"),
            ]
        );
    }
}
