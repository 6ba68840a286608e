//! The parts of a text that readers see, and what in them is not what it looks like:
//! invisible direction controls and words that mix scripts ([`crate::text_safety`]).
//!
//! A Fluent pattern shows its text and its string literals (`{ "…" }`) in every variant of a
//! select; variable names, references to messages and terms, function names and comments are
//! not shown. A lesson shows its text, link texts and image descriptions, not code, link and
//! image targets or raw HTML. Mixed words are looked for in what is shown only (a URL or a
//! code sample may be anything); direction controls in what is shown, in string literals also
//! when written as an escape (`\u202E`), and in a lesson anywhere in the file, since one in a
//! link target or code still turns the line around in every editor that shows it.
//!
//! Positions are exact: the Fluent parser's text elements and pulldown-cmark's text events
//! are slices of the file, so their offsets are found by address, not by searching.

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

use crate::Locale;
use crate::problem::{Problem, ProblemCode};
use crate::text_safety::{
    Script, bidi_control_name, bidi_controls, is_bidi_control, mixed_script_words, odd_letters,
    script_of, script_of_block, scripts_in,
};

/// What is wrong in the shown parts of one text; offsets are bytes in its file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Findings {
    /// Direction controls, each with its character.
    pub bidi: Vec<(usize, char)>,
    /// Words that mix scripts.
    pub mixed: Vec<(usize, String)>,
}

impl Findings {
    /// Records what a shown piece of `source` holds; `fallback` when `piece` is not a slice
    /// of `source`.
    fn piece(&mut self, source: &str, piece: &str, fallback: usize) {
        if !beyond_latin(piece) {
            return;
        }
        let at = offset_in(source, piece).unwrap_or(fallback);
        self.bidi
            .extend(bidi_controls(piece).map(|(i, c)| (at + i, c)));
        self.mixed
            .extend(mixed_script_words(piece).map(|(i, word)| (at + i, word.to_owned())));
    }
}

/// Whether `text` has a direction control or a character of the Cyrillic or Greek blocks.
/// Without one there is nothing to find (every letter is Latin or of no script that can
/// mix), and this one pass is all that most texts, those in Latin script, cost.
fn beyond_latin(text: &str) -> bool {
    text.chars().any(|c| {
        !c.is_ascii()
            && (is_bidi_control(c)
                || matches!(script_of_block(c), Some(Script::Cyrillic | Script::Greek)))
    })
}

/// Where `piece` starts in `source`, if it is a slice of it.
fn offset_in(source: &str, piece: &str) -> Option<usize> {
    let start = source.as_ptr().addr();
    let at = piece.as_ptr().addr().checked_sub(start)?;
    (at + piece.len() <= source.len()).then_some(at)
}

/// What a Fluent pattern of `source` shows; `fallback` is the offset of its message.
pub(crate) fn in_pattern(source: &str, pattern: &Pattern<&str>, fallback: usize) -> Findings {
    let mut found = Findings::default();
    walk_pattern(source, pattern, fallback, &mut found);
    found
}

fn walk_pattern(source: &str, pattern: &Pattern<&str>, fallback: usize, found: &mut Findings) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => found.piece(source, value, fallback),
            PatternElement::Placeable { expression } => {
                walk_expression(source, expression, fallback, found);
            }
        }
    }
}

fn walk_expression(
    source: &str,
    expression: &Expression<&str>,
    fallback: usize,
    found: &mut Findings,
) {
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                walk_pattern(source, &variant.value, fallback, found);
            }
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => {
            found.piece(source, value, fallback);
            let at = offset_in(source, value).unwrap_or(fallback);
            found
                .bidi
                .extend(escaped_controls(value).map(|(i, c)| (at + i, c)));
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            walk_expression(source, expression, fallback, found);
        }
        Expression::Inline(_) => {}
    }
}

/// Direction controls written as escapes in a string literal: `\u202E`, `\U00202E`.
fn escaped_controls(literal: &str) -> impl Iterator<Item = (usize, char)> {
    let bytes = literal.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let digits = match bytes.get(i + 1) {
            Some(b'u') => 4,
            Some(b'U') => 6,
            // `\\` and `\"`: the escaped character is not the start of another escape.
            _ => {
                i += 2;
                continue;
            }
        };
        let escaped = literal
            .get(i + 2..i + 2 + digits)
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .and_then(char::from_u32);
        if let Some(c) = escaped.filter(|c| is_bidi_control(*c)) {
            found.push((i, c));
        }
        i += 2 + digits;
    }
    found.into_iter()
}

/// What a lesson shows (see the module documentation).
pub(crate) fn in_markdown(markdown: &str) -> Findings {
    // Without entities (`&#1077;`, `&#x202E;`: characters the file does not hold), a lesson
    // shows what its file holds, so these passes decide cheaply that most lessons (those in
    // Latin) need no Markdown parse.
    let entities = markdown.contains('&');
    if !entities && !beyond_latin(markdown) {
        return Findings::default();
    }
    let mut found = Findings {
        bidi: bidi_controls(markdown).collect(),
        mixed: Vec::new(),
    };
    if !entities && one_script(markdown) {
        return found;
    }
    let mut run = TextRun::default();
    let mut verbatim = false;
    for (event, range) in Parser::new_ext(markdown, crate::render::options()).into_offset_iter() {
        match event {
            Event::Text(text) if !verbatim => {
                if offset_in(markdown, &text).is_none() {
                    // Decoded from an entity: its controls are not in the file as written.
                    found
                        .bidi
                        .extend(bidi_controls(&text).map(|(_, c)| (range.start, c)));
                }
                run.push(markdown, &text, range.start);
            }
            // Inline emphasis does not end a word (`с*è*` is still one word on the screen).
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough)
            | Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough) => {}
            event => {
                run.flush(&mut found);
                match event {
                    Event::Start(
                        Tag::CodeBlock(_)
                        | Tag::Link {
                            link_type: LinkType::Autolink | LinkType::Email,
                            ..
                        },
                    ) => verbatim = true,
                    Event::End(TagEnd::CodeBlock | TagEnd::Link) => verbatim = false,
                    _ => {}
                }
            }
        }
    }
    run.flush(&mut found);
    found
}

/// Whether every Latin, Cyrillic and Greek letter of `text` is of one script.
fn one_script(text: &str) -> bool {
    let mut scripts = text.chars().filter_map(script_of);
    let first = scripts.next();
    scripts.all(|script| Some(script) == first)
}

/// Consecutive text events, joined: pulldown-cmark splits a line at escapes, entities and
/// brackets, so one word may come in several events.
#[derive(Default)]
struct TextRun {
    text: String,
    /// For each event: where it starts in `text`, where in the file, and whether it is a
    /// slice of the file (an entity such as `&egrave;` is not: it maps to its start).
    pieces: Vec<(usize, usize, bool)>,
}

impl TextRun {
    fn push(&mut self, markdown: &str, text: &str, event_start: usize) {
        let (at, exact) = offset_in(markdown, text).map_or((event_start, false), |at| (at, true));
        self.pieces.push((self.text.len(), at, exact));
        self.text.push_str(text);
    }

    fn flush(&mut self, found: &mut Findings) {
        for (i, word) in mixed_script_words(&self.text) {
            let at = self
                .pieces
                .iter()
                .rev()
                .find(|(start, _, _)| *start <= i)
                .map_or(
                    0,
                    |&(start, at, exact)| if exact { at + i - start } else { at },
                );
            found.mixed.push((at, word.to_owned()));
        }
        self.text.clear();
        self.pieces.clear();
    }
}

/// The script each locale's texts are written in ([`Locale::writes_cyrillic`]).
fn script_of_locale(locale: Locale) -> Script {
    if locale.writes_cyrillic() {
        Script::Cyrillic
    } else {
        Script::Latin
    }
}

/// A `mixed-script` problem for `word` at `offset` of `source` (the text of `file`).
pub(crate) fn mixed_script_problem(
    file: &str,
    source: &str,
    offset: usize,
    word: &str,
    locale: Locale,
) -> Problem {
    let expected = script_of_locale(locale);
    let scripts: Vec<&str> = scripts_in(word).into_iter().map(Script::name).collect();
    let (odd, letters) = odd_letters(word, expected);
    let letters: Vec<String> = letters
        .iter()
        .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
        .collect();
    let verb = if letters.len() == 1 { "is" } else { "are" };
    Problem::at(
        ProblemCode::MixedScript,
        file,
        source,
        offset,
        format!(
            "the word `{word}` mixes {} letters: {} {verb} {odd}; write it in one script ({locale} is written in {expected})",
            scripts.join(" and "),
            letters.join(", "),
        ),
    )
}

/// A `bidi-control` or `bidi-control-on-certificate` problem for `control` in `what`.
pub(crate) fn bidi_problem(
    code: ProblemCode,
    file: &str,
    source: &str,
    (offset, control): (usize, char),
    what: &str,
) -> Problem {
    let name = bidi_control_name(control).unwrap_or_default();
    let consequence = if code == ProblemCode::BidiControlOnCertificate {
        ", which certificates and the public verification page show: it could make them read otherwise than what is stored"
    } else {
        ": it can show the text in another order than it is written"
    };
    Problem::at(
        code,
        file,
        source,
        offset,
        format!("invisible text-direction control {name} in {what}{consequence}; remove it"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern_findings(source: &str) -> Findings {
        let resource = fluent_syntax::parser::parse(source).expect("valid Fluent");
        let Some(fluent_syntax::ast::Entry::Message(message)) = resource.body.first() else {
            panic!("a message");
        };
        in_pattern(source, message.value.as_ref().expect("value"), 0)
    }

    #[test]
    fn a_pattern_shows_text_literals_and_variants_but_not_names() {
        let source = "m = Сè { $name } { \"Пaп\" } { $n ->\n    [one] Thе\n   *[other] { \"\\u202E\" }x\n}\n";
        let found = pattern_findings(source);
        let words: Vec<(usize, &str)> = found.mixed.iter().map(|(i, w)| (*i, w.as_str())).collect();
        assert_eq!(words, [(4, "Сè"), (22, "Пaп"), (49, "Thе")]);
        // The escape is found where it is written.
        assert_eq!(found.bidi, [(69, '\u{202E}')]);
        assert_eq!(&source[69..75], "\\u202E");
    }

    #[test]
    fn escapes_are_read_as_fluent_reads_them() {
        let found: Vec<_> = escaped_controls(r"a\\u202E \U00202e \u200F \u0041 \u20").collect();
        assert_eq!(found, [(9, '\u{202E}'), (18, '\u{200F}')]);
    }

    #[test]
    fn a_lesson_shows_text_but_not_code_targets_or_html() {
        let markdown = "Сè *с*è [Пaп](https://e.org/сè) `сè`\n\n<https://e.org/сè> <b title=\"сè\">x</b>\n\n```\nсè\n```\n\nс&egrave; \u{202E}\n";
        let found = in_markdown(markdown);
        let words: Vec<(usize, &str)> = found.mixed.iter().map(|(i, w)| (*i, w.as_str())).collect();
        // `с*è*` is one word on the screen; the entity maps to its start.
        assert_eq!(words, [(0, "Сè"), (6, "сè"), (13, "Пaп"), (106, "сè")]);
        assert_eq!(&markdown[106..108], "с");
        assert_eq!(found.bidi, [(117, '\u{202E}')]);
    }

    #[test]
    fn entities_are_read_as_what_they_show() {
        let found = in_markdown("The &#x202E;end. Th&#1077; end.\n");
        assert_eq!(found.bidi, [(4, '\u{202E}')]);
        let words: Vec<(usize, &str)> = found.mixed.iter().map(|(i, w)| (*i, w.as_str())).collect();
        assert_eq!(words, [(17, "Thе")]);
        assert_eq!(in_markdown("Plain Latin, R&amp;D.\n"), Findings::default());
    }

    #[test]
    fn only_direction_controls_cyrillic_or_greek_need_a_look() {
        for text in ["Čačak – „Đ“ …", "ʼ µ ͯ", ""] {
            assert!(!beyond_latin(text), "{text}");
        }
        for text in ["ѐ", "\u{200F}", "Α", "\u{A656}"] {
            assert!(beyond_latin(text), "{text}");
        }
    }

    #[test]
    fn messages_name_the_word_its_odd_letters_and_the_locale_script() {
        let problem = mixed_script_problem("a.md", "сè", 0, "сè", Locale::Mk);
        assert_eq!(
            problem.message,
            "the word `сè` mixes Latin and Cyrillic letters: è (U+00E8) is Latin; write it in one script (mk is written in Cyrillic)"
        );
        let problem = bidi_problem(
            ProblemCode::BidiControl,
            "a.md",
            "\u{202E}",
            (0, '\u{202E}'),
            "the lesson body",
        );
        assert_eq!(
            problem.message,
            "invisible text-direction control U+202E RIGHT-TO-LEFT OVERRIDE in the lesson body: it can show the text in another order than it is written; remove it"
        );
    }
}
