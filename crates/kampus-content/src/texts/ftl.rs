//! Reading one `.ftl` file: Fluent syntax errors with their position, the messages it defines
//! and, for each text, the fingerprint used to detect outdated translations.
//!
//! The Fluent AST has no positions, so message ids are located with a scan of the source:
//! Fluent requires a message to start at column 0 with `identifier =`, which makes the scan
//! exact. A fingerprint is the SHA-256 of the text re-serialized by `fluent-syntax` (so
//! re-indenting or re-wrapping a file does not make its translations outdated), shortened to
//! 16 hex digits. What each text shows is checked on the way ([`super::shown`]).

use std::collections::HashMap;

use fluent_syntax::ast::{
    Entry, Expression, Identifier, Message, Pattern, PatternElement, Resource,
};

use super::placeables::{Placeables, of_pattern};
use super::shown::{Findings, in_pattern};
use crate::fingerprint::fingerprint;
use crate::problem::{Problem, ProblemCode};
use crate::translit::latin_is_unambiguous;

/// One text of a locale: a message value (`key` = id) or attribute (`key` = `id.attribute`).
#[derive(Debug, Clone)]
pub struct ParsedText {
    pub key: String,
    /// Byte offset of the message in its file.
    pub offset: usize,
    pub fingerprint: String,
    /// Whether the text's literal parts convert to Cyrillic without ambiguity.
    pub latin_unambiguous: bool,
    /// Direction controls and mixed-script words in what the text shows.
    pub findings: Findings,
    /// Its variables, references and literal text.
    pub placeables: Placeables,
}

/// What one `.ftl` file holds: its texts, and what its terms (`-name = …`) show. Terms are
/// not texts of a course, but a text can show one (`{ -name }`), so they are checked too.
#[derive(Debug, Clone, Default)]
pub struct ParsedFile {
    pub texts: Vec<ParsedText>,
    /// `-name` or `-name.attribute`, and its findings.
    pub terms: Vec<(String, Findings)>,
}

/// Deepest nesting of placeables accepted. The Fluent parser is recursive, so a file of
/// thousands of `{` would overflow the stack; no real text nests more than a few levels.
pub const MAX_PLACEABLE_DEPTH: usize = 32;

/// The offset where `source` nests braces deeper than [`MAX_PLACEABLE_DEPTH`], if it does.
/// Braces inside string literals count too: a harmless over-estimate.
pub fn too_deep(source: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (offset, byte) in source.bytes().enumerate() {
        match byte {
            b'{' => {
                depth += 1;
                if depth > MAX_PLACEABLE_DEPTH {
                    return Some(offset);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Parses `source` (the content of `file`), reporting syntax errors; returns its texts in
/// file order. A file nesting placeables too deeply is reported and not parsed.
pub fn parse_texts(file: &str, source: &str, problems: &mut Vec<Problem>) -> Vec<ParsedText> {
    parse_file(file, source, problems).texts
}

/// [`parse_texts`], with the terms of the file.
pub fn parse_file(file: &str, source: &str, problems: &mut Vec<Problem>) -> ParsedFile {
    if let Some(offset) = too_deep(source) {
        problems.push(Problem::at(
            ProblemCode::FluentSyntax,
            file,
            source,
            offset,
            format!(
                "placeables are nested more than {MAX_PLACEABLE_DEPTH} deep; the file is not read"
            ),
        ));
        return ParsedFile::default();
    }
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                problems.push(Problem::at(
                    ProblemCode::FluentSyntax,
                    file,
                    source,
                    error.pos.start,
                    format!("Fluent syntax error: {}", error.kind),
                ));
            }
            resource
        }
    };
    let mut positions = message_positions(source);
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut parsed_file = ParsedFile::default();
    for entry in &resource.body {
        let message = match entry {
            Entry::Message(message) => message,
            Entry::Term(term) => {
                let id = term.id.name;
                let shown = std::iter::once((format!("-{id}"), &term.value)).chain(
                    term.attributes
                        .iter()
                        .map(|a| (format!("-{id}.{}", a.id.name), &a.value)),
                );
                for (key, pattern) in shown {
                    parsed_file
                        .terms
                        .push((key, in_pattern(source, pattern, 0)));
                }
                continue;
            }
            _ => continue,
        };
        let id = message.id.name;
        let nth = seen.entry(id).or_insert(0);
        let offset = positions
            .get_mut(id)
            .and_then(|list| list.get(*nth).copied())
            .unwrap_or(0);
        *nth += 1;
        let texts = &mut parsed_file.texts;
        if let Some(value) = &message.value {
            texts.push(parsed(source, id.to_owned(), offset, value));
        }
        for attribute in &message.attributes {
            texts.push(parsed(
                source,
                format!("{id}.{}", attribute.id.name),
                offset,
                &attribute.value,
            ));
        }
    }
    positions.clear();
    parsed_file
}

fn parsed(source: &str, key: String, offset: usize, pattern: &Pattern<&str>) -> ParsedText {
    ParsedText {
        key,
        offset,
        fingerprint: pattern_fingerprint(pattern),
        latin_unambiguous: unambiguous(pattern),
        findings: in_pattern(source, pattern, offset),
        placeables: of_pattern(source, pattern, offset),
    }
}

/// Byte offsets of each message id defined at column 0, in order of appearance.
fn message_positions(source: &str) -> HashMap<&str, Vec<usize>> {
    let mut positions: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let ident_len = line
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
            .count();
        if ident_len > 0
            && line.as_bytes()[0].is_ascii_alphabetic()
            && line[ident_len..].trim_start().starts_with('=')
        {
            positions
                .entry(&line[..ident_len])
                .or_default()
                .push(offset);
        }
        offset += line.len();
    }
    positions
}

/// The fingerprint of one pattern, independent of how the file is laid out.
pub fn pattern_fingerprint(pattern: &Pattern<&str>) -> String {
    let resource = Resource {
        body: vec![Entry::Message(Message {
            id: Identifier { name: "t" },
            value: Some(pattern.clone()),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    fingerprint(fluent_syntax::serializer::serialize(&resource).as_bytes())
}

/// The fingerprint of a lesson body: line endings and trailing white space do not count.
pub fn lesson_fingerprint(markdown: &str) -> String {
    let normalized = markdown
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n");
    fingerprint(normalized.trim_end().as_bytes())
}

fn unambiguous(pattern: &Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        PatternElement::TextElement { value } => latin_is_unambiguous(value),
        PatternElement::Placeable {
            expression: Expression::Select { variants, .. },
        } => variants.iter().all(|v| unambiguous(&v.value)),
        PatternElement::Placeable {
            expression: Expression::Inline(_),
        } => true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_messages_attributes_and_errors() {
        let source = "# c\nq1 = Who?\n    .feedback = Because.\nbad = { \n-term = T\nq2 =\n    Multi\n    line\n";
        let mut problems = Vec::new();
        let texts = parse_texts("a.ftl", source, &mut problems);
        let keys: Vec<_> = texts.iter().map(|t| (t.key.as_str(), t.offset)).collect();
        assert_eq!(keys, [("q1", 4), ("q1.feedback", 4), ("q2", 58)]);
        assert_eq!(problems.len(), 1);
        // Fluent reports the unclosed placeable where it notices it: the next line.
        assert_eq!(
            (problems[0].line, problems[0].code),
            (5, ProblemCode::FluentSyntax)
        );
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let mut problems = Vec::new();
        let deep = format!("m = {}\n", "{".repeat(100_000));
        assert!(parse_texts("d.ftl", &deep, &mut problems).is_empty());
        assert_eq!(
            (problems[0].code, problems[0].line, problems[0].column),
            (ProblemCode::FluentSyntax, 1, 37)
        );
        assert_eq!(too_deep("m = { { $a } }\n"), None);
    }

    #[test]
    fn fingerprints_ignore_layout_but_not_words() {
        let mut p = Vec::new();
        let a = parse_texts("a", "m = One two\n", &mut p);
        let b = parse_texts("b", "m =\n    One two\n", &mut p);
        let c = parse_texts("c", "m = One three\n", &mut p);
        assert_eq!(a[0].fingerprint, b[0].fingerprint);
        assert_ne!(a[0].fingerprint, c[0].fingerprint);
        assert_eq!(a[0].fingerprint.len(), 16);
        assert_eq!(
            lesson_fingerprint("# A\r\nb  \n\n"),
            lesson_fingerprint("# A\nb")
        );
    }
}
