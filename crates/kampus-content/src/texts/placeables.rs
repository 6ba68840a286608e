//! What a Fluent pattern takes from elsewhere and what it shows as written: the variables it
//! reads, the messages and terms it refers to, and the pieces of literal text.
//!
//! Later checks need these without the Fluent bundle: a reference to a message or term the
//! locale does not define formats as `{name}` in the learner's page, a translation whose
//! variables differ from English shows a number the English does not (or none), and the
//! literal text is where a short-text answer or a hard-written setting would show. Offsets are
//! exact: identifiers and text elements are slices of the file ([`super::shown`] does the same
//! for what it looks for).

use std::collections::BTreeSet;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

/// A reference from a pattern to a message (`{ other }`, `{ other.attr }`) or term (`{ -t }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// Byte offset of the name in its file.
    pub offset: usize,
    /// `id` or `id.attribute` for a message; `-id` for a term (its attributes are only
    /// readable in a selector, and the term is what must exist).
    pub key: String,
}

/// The placeables of one pattern and its literal text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Placeables {
    /// Names of the variables read (`$attempts` → `attempts`), anywhere in the pattern.
    pub variables: BTreeSet<String>,
    /// Messages and terms referred to, in order.
    pub references: Vec<Reference>,
    /// Literal pieces a reader sees (text and string literals of every variant), each with
    /// its byte offset in the file.
    pub literal: Vec<(usize, String)>,
}

/// The placeables of `pattern`, a pattern of `source`; `fallback` is the offset of its
/// message, used for a piece that is not a slice of `source` (never, with the Fluent parser).
pub(crate) fn of_pattern(source: &str, pattern: &Pattern<&str>, fallback: usize) -> Placeables {
    let mut found = Placeables::default();
    let at = |piece: &str| offset_in(source, piece).unwrap_or(fallback);
    walk_pattern(pattern, &at, &mut found);
    found
}

fn walk_pattern(pattern: &Pattern<&str>, at: &dyn Fn(&str) -> usize, found: &mut Placeables) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                found.literal.push((at(value), (*value).to_owned()));
            }
            PatternElement::Placeable { expression } => walk_expression(expression, at, found),
        }
    }
}

fn walk_expression(
    expression: &Expression<&str>,
    at: &dyn Fn(&str) -> usize,
    found: &mut Placeables,
) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, at, found);
            for variant in variants {
                walk_pattern(&variant.value, at, found);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, at, found),
    }
}

fn walk_inline(
    inline: &InlineExpression<&str>,
    at: &dyn Fn(&str) -> usize,
    found: &mut Placeables,
) {
    match inline {
        InlineExpression::StringLiteral { value } => {
            found.literal.push((at(value), (*value).to_owned()));
        }
        InlineExpression::NumberLiteral { .. } => {}
        InlineExpression::VariableReference { id } => {
            found.variables.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, attribute } => {
            let key = match attribute {
                Some(attribute) => format!("{}.{}", id.name, attribute.name),
                None => id.name.to_owned(),
            };
            found.references.push(Reference {
                offset: at(id.name),
                key,
            });
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            found.references.push(Reference {
                // The `-` before the name is part of the reference as written.
                offset: at(id.name).saturating_sub(1),
                key: format!("-{}", id.name),
            });
            // A term's own variables (`$case` inside the term) are its parameters, not the
            // message's; only what the message passes it counts.
            if let Some(arguments) = arguments {
                walk_arguments(arguments, at, found);
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, at, found);
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, at, found),
    }
}

fn walk_arguments(
    arguments: &fluent_syntax::ast::CallArguments<&str>,
    at: &dyn Fn(&str) -> usize,
    found: &mut Placeables,
) {
    for positional in &arguments.positional {
        walk_inline(positional, at, found);
    }
    for named in &arguments.named {
        walk_inline(&named.value, at, found);
    }
}

/// Where `piece` starts in `source`, if it is a slice of it.
fn offset_in(source: &str, piece: &str) -> Option<usize> {
    let start = source.as_ptr().addr();
    let at = piece.as_ptr().addr().checked_sub(start)?;
    (at + piece.len() <= source.len()).then_some(at)
}

#[cfg(test)]
mod tests {
    use fluent_syntax::ast::Entry;

    use super::*;

    fn placeables(source: &str) -> Placeables {
        let resource = fluent_syntax::parser::parse(source).expect("valid");
        let Some(Entry::Message(message)) = resource.body.first() else {
            panic!("a message");
        };
        of_pattern(source, message.value.as_ref().expect("value"), 0)
    }

    #[test]
    fn variables_references_and_literal_text_with_offsets() {
        let source = "m = You have { $attempts ->\n    [one] one { -try }\n   *[other] { NUMBER($attempts) } { other.attr }\n} of { $minutes } { \"min\" }\n";
        let found = placeables(source);
        assert_eq!(
            found.variables.iter().collect::<Vec<_>>(),
            ["attempts", "minutes"]
        );
        let references: Vec<_> = found
            .references
            .iter()
            .map(|r| (&source[r.offset..r.offset + r.key.len()], r.key.as_str()))
            .collect();
        assert_eq!(references, [("-try", "-try"), ("other.attr", "other.attr")]);
        let literal: Vec<_> = found.literal.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(literal, ["You have ", "one ", " ", " of ", " ", "min"]);
        assert_eq!(found.literal[0].0, 4);
        assert_eq!(&source[found.literal[5].0..][..3], "min");
    }

    #[test]
    fn a_term_parameter_is_not_a_variable_of_the_message() {
        let found = placeables("m = { -centre(case: \"gen\") } and { -centre($place) }\n");
        assert_eq!(found.variables.iter().collect::<Vec<_>>(), ["place"]);
        assert_eq!(found.references.len(), 2);
    }
}
