//! A unit's text as a translator's tool shows it: words to translate, and the codes between
//! them that must come back unchanged (Fluent placeables and syntax, Markdown markup).
//!
//! Every piece is an exact slice of the text, so [`flatten`] gives the text back byte for
//! byte; XLIFF carries the codes as `<ph>` and `<pc>` with their originals in
//! `<originalData>`, which a tool does not let a translator edit. Whether a translation kept
//! what it must is checked on import by re-reading the rebuilt text ([`super::checks`]), not
//! by trusting the codes, since PO has none.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Parser, Tag};

/// One piece of a unit's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Words to translate.
    Text(String),
    /// A code kept as is: a placeable, the syntax of a select or attribute, inline code, an
    /// autolink, raw HTML, or markup around nothing.
    Ph(String),
    /// Markup around words to translate: emphasis, a link's text, an image's description.
    Pc {
        start: String,
        end: String,
        children: Vec<Inline>,
    },
}

/// The text the pieces were made from.
pub fn flatten(pieces: &[Inline]) -> String {
    let mut out = String::new();
    flatten_into(pieces, &mut out);
    out
}

fn flatten_into(pieces: &[Inline], out: &mut String) {
    for piece in pieces {
        match piece {
            Inline::Text(text) | Inline::Ph(text) => out.push_str(text),
            Inline::Pc {
                start,
                end,
                children,
            } => {
                out.push_str(start);
                flatten_into(children, out);
                out.push_str(end);
            }
        }
    }
}

/// An inline element of Markdown found by the parser, with the range of its content.
struct Node {
    range: Range<usize>,
    inner: Option<Range<usize>>,
    atomic: bool,
    children: Vec<Node>,
}

/// The pieces of a Markdown block's text.
pub fn markdown(text: &str) -> Vec<Inline> {
    let mut stack: Vec<Node> = Vec::new();
    let mut top: Vec<Node> = Vec::new();
    let extend = |stack: &mut Vec<Node>, range: &Range<usize>| {
        if let Some(parent) = stack.last_mut() {
            let inner = parent.inner.get_or_insert(range.clone());
            inner.start = inner.start.min(range.start);
            inner.end = inner.end.max(range.end);
        }
    };
    for (event, range) in Parser::new_ext(text, crate::lesson_blocks::options()).into_offset_iter()
    {
        match event {
            Event::Start(tag) if is_inline(&tag) => {
                extend(&mut stack, &range);
                let atomic = matches!(
                    tag,
                    Tag::Link {
                        link_type: LinkType::Autolink | LinkType::Email,
                        ..
                    }
                );
                stack.push(Node {
                    range,
                    inner: None,
                    atomic,
                    children: Vec::new(),
                });
            }
            Event::End(end) if is_inline_end(end) => {
                if let Some(node) = stack.pop() {
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(node),
                        None => top.push(node),
                    }
                }
            }
            Event::Code(_) | Event::InlineHtml(_) | Event::Html(_) => {
                extend(&mut stack, &range);
                let node = Node {
                    range,
                    inner: None,
                    atomic: true,
                    children: Vec::new(),
                };
                match stack.last_mut() {
                    Some(parent) => parent.children.push(node),
                    None => top.push(node),
                }
            }
            Event::Text(_) | Event::SoftBreak | Event::HardBreak => extend(&mut stack, &range),
            _ => {}
        }
    }
    render(text, 0..text.len(), &top)
}

fn render(text: &str, range: Range<usize>, nodes: &[Node]) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut cursor = range.start;
    for node in nodes {
        if node.range.start < cursor || node.range.end > range.end {
            continue;
        }
        if node.range.start > cursor {
            out.push(Inline::Text(text[cursor..node.range.start].to_owned()));
        }
        let whole = &text[node.range.clone()];
        match &node.inner {
            Some(inner)
                if !node.atomic
                    && inner.start > node.range.start
                    && inner.end <= node.range.end
                    && inner.start <= inner.end =>
            {
                out.push(Inline::Pc {
                    start: text[node.range.start..inner.start].to_owned(),
                    end: text[inner.end..node.range.end].to_owned(),
                    children: render(text, inner.clone(), &node.children),
                });
            }
            _ => out.push(Inline::Ph(whole.to_owned())),
        }
        cursor = node.range.end;
    }
    if cursor < range.end {
        out.push(Inline::Text(text[cursor..range.end].to_owned()));
    }
    out
}

fn is_inline(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::Image { .. }
    )
}

fn is_inline_end(end: pulldown_cmark::TagEnd) -> bool {
    use pulldown_cmark::TagEnd;
    matches!(
        end,
        TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link | TagEnd::Image
    )
}

/// The pieces of a Fluent unit's text (what follows `id = `): placeables, the syntax of
/// select expressions (`{ $n ->`, `[one]`, `}`) and attribute heads (`.feedback =`) are codes;
/// the rest, including each variant's words, is text.
pub fn fluent(text: &str) -> Vec<Inline> {
    let mut scanner = Fluent {
        s: text.as_bytes(),
        text,
        out: Vec::new(),
        pending: 0,
    };
    // A value that starts on the next line (`m =` then an indented block): the line break and
    // indentation are layout, not words.
    let lead = text.len() - text.trim_start().len();
    scanner.code(0, lead);
    scanner.pattern(lead, false);
    scanner.flush_text(text.len());
    scanner.out
}

struct Fluent<'a> {
    s: &'a [u8],
    text: &'a str,
    out: Vec<Inline>,
    /// Where the text not yet emitted starts.
    pending: usize,
}

impl Fluent<'_> {
    fn flush_text(&mut self, to: usize) {
        if to > self.pending {
            self.out
                .push(Inline::Text(self.text[self.pending..to].to_owned()));
            self.pending = to;
        }
    }

    fn code(&mut self, from: usize, to: usize) {
        self.flush_text(from);
        if to > from {
            self.out.push(Inline::Ph(self.text[from..to].to_owned()));
        }
        self.pending = to;
    }

    /// Scans a pattern from `i`; in a variant it stops at the line break before the next
    /// variant key or the closing brace. Returns where it stopped.
    fn pattern(&mut self, mut i: usize, in_variant: bool) -> usize {
        while i < self.s.len() {
            match self.s[i] {
                b'{' => i = self.placeable(i),
                b'\n' => {
                    let after = self.skip_blank(i);
                    let next = self.s.get(after).copied();
                    if in_variant && matches!(next, Some(b'[' | b'*' | b'}')) {
                        return i;
                    }
                    if let Some(end) = (!in_variant && next == Some(b'.'))
                        .then(|| self.attribute_head(after))
                        .flatten()
                    {
                        self.code(i, end);
                        i = end;
                        continue;
                    }
                    i += 1;
                }
                _ => i += 1,
            }
        }
        i
    }

    /// Past spaces, tabs and line breaks from `i`.
    fn skip_blank(&self, mut i: usize) -> usize {
        while i < self.s.len() && matches!(self.s[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        i
    }

    /// `.name =` and the white space after it, from the dot; where it ends.
    fn attribute_head(&self, dot: usize) -> Option<usize> {
        let mut i = dot + 1;
        let start = i;
        while i < self.s.len()
            && (self.s[i].is_ascii_alphanumeric() || matches!(self.s[i], b'-' | b'_'))
        {
            i += 1;
        }
        if i == start {
            return None;
        }
        while i < self.s.len() && self.s[i] == b' ' {
            i += 1;
        }
        if self.s.get(i) != Some(&b'=') {
            return None;
        }
        i += 1;
        // The spaces after `=`, and the line break and indentation of a value written on the
        // next line, are layout.
        while i < self.s.len() && matches!(self.s[i], b' ' | b'\n' | b'\r' | b'\t') {
            i += 1;
        }
        Some(i)
    }

    /// A placeable from its `{`; returns the index after its `}`.
    fn placeable(&mut self, open: usize) -> usize {
        let mut i = open + 1;
        while i < self.s.len() {
            match self.s[i] {
                b'"' => i = self.string_end(i),
                b'{' => {
                    // A placeable inside an expression is part of the code.
                    let mut depth = 1;
                    i += 1;
                    while i < self.s.len() && depth > 0 {
                        match self.s[i] {
                            b'{' => depth += 1,
                            b'}' => depth -= 1,
                            b'"' => {
                                i = self.string_end(i);
                                continue;
                            }
                            _ => {}
                        }
                        i += 1;
                    }
                }
                b'}' => {
                    self.code(open, i + 1);
                    return i + 1;
                }
                b'-' if self.s.get(i + 1) == Some(&b'>') => {
                    self.code(open, i + 2);
                    return self.variants(i + 2);
                }
                _ => i += 1,
            }
        }
        // Unclosed (not valid Fluent): the rest is one code, so nothing of it is lost.
        self.code(open, self.s.len());
        self.s.len()
    }

    /// The variants of a select after its `->`; returns the index after its `}`.
    fn variants(&mut self, mut i: usize) -> usize {
        loop {
            let key = self.skip_blank(i);
            match self.s.get(key) {
                Some(b'}') => {
                    self.code(i, key + 1);
                    return key + 1;
                }
                Some(b'*' | b'[') => {
                    let Some(close) = self.s[key..].iter().position(|b| *b == b']') else {
                        self.code(i, self.s.len());
                        return self.s.len();
                    };
                    let mut value = key + close + 1;
                    while value < self.s.len() && self.s[value] == b' ' {
                        value += 1;
                    }
                    self.code(i, value);
                    i = self.pattern(value, true);
                    if i >= self.s.len() {
                        return i;
                    }
                }
                _ => {
                    self.code(i, self.s.len());
                    return self.s.len();
                }
            }
        }
    }

    /// The index after the string literal starting at `quote`.
    fn string_end(&self, quote: usize) -> usize {
        let mut i = quote + 1;
        while i < self.s.len() {
            match self.s[i] {
                b'\\' => i += 2,
                b'"' => return i + 1,
                b'\n' => return i,
                _ => i += 1,
            }
        }
        self.s.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fluent_codes_are_placeables_select_syntax_and_attribute_heads() {
        let text = "You have { $n ->\n    [one] one { -try }\n   *[other] { $n } \"tries\"\n} left\n    .hint = See { other.attr }.";
        let pieces = fluent(text);
        assert_eq!(flatten(&pieces), text);
        let codes: Vec<_> = pieces
            .iter()
            .filter_map(|p| match p {
                Inline::Ph(c) => Some(c.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            codes,
            [
                "{ $n ->",
                "\n    [one] ",
                "{ -try }",
                "\n   *[other] ",
                "{ $n }",
                "\n}",
                "\n    .hint = ",
                "{ other.attr }"
            ]
        );
    }

    #[test]
    fn markdown_markup_is_paired_around_words_and_code_is_kept() {
        let text = "See **the *law*** and [Article 5](https://x.org \"t\"), `code`, ![a map](assets/m.png) <https://a.b>.";
        let pieces = markdown(text);
        assert_eq!(flatten(&pieces), text);
        assert!(
            matches!(&pieces[1], Inline::Pc { start, end, .. } if start == "**" && end == "**")
        );
        assert!(
            matches!(&pieces[3], Inline::Pc { start, end, .. } if start == "[" && end == "](https://x.org \"t\")")
        );
        assert_eq!(pieces[5], Inline::Ph("`code`".to_owned()));
        assert!(
            matches!(&pieces[7], Inline::Pc { start, end, .. } if start == "![" && end == "](assets/m.png)")
        );
        assert_eq!(pieces[9], Inline::Ph("<https://a.b>".to_owned()));
    }
}
