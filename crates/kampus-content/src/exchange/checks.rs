//! What a translation of one unit must keep from its English: for a message, valid Fluent
//! with the same attributes, variables and references; for a lesson block, the same links,
//! images and inline code; in `mk` and `sr-Cyrl`, Cyrillic script. Checked on the rebuilt
//! text, so it holds whatever the file format (PO has no protected codes at all).

use std::collections::{BTreeMap, BTreeSet};

use pulldown_cmark::{Event, Parser, Tag};

use super::ftl_units::entry_source;
use super::inline::{self, Inline};
use super::units::{Unit, UnitKind};
use crate::Locale;
use crate::problem::ProblemCode;
use crate::texts::parse_file;

/// The first thing wrong with `target` as a translation of `unit`, if anything is.
pub fn check(unit: &Unit, target: &str, locale: Locale) -> Result<(), String> {
    match unit.kind {
        UnitKind::Message | UnitKind::Term => fluent(unit, target)?,
        UnitKind::Block(_) => markdown(&unit.source, target)?,
    }
    if locale.writes_cyrillic() {
        script(unit, target)?;
    }
    Ok(())
}

/// Per text key (`id`, `id.attr`): its variables and references.
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn shape(id: &str, text: &str) -> Result<Shape, String> {
    let source = format!("{}\n", entry_source(id, text));
    let mut problems = Vec::new();
    let parsed = parse_file("unit", &source, &mut problems);
    if let Some(problem) = problems
        .iter()
        .find(|p| p.code == ProblemCode::FluentSyntax)
    {
        return Err(format!("not valid Fluent: {}", problem.message));
    }
    let entries = super::ftl_units::entries(&source);
    if entries.len() != 1 || entries[0].id != id {
        return Err("the text would define other messages than this one".to_owned());
    }
    Ok(parsed
        .texts
        .into_iter()
        .map(|t| {
            let references = t.placeables.references.into_iter().map(|r| r.key).collect();
            (t.key, (t.placeables.variables, references))
        })
        .collect())
}

fn fluent(unit: &Unit, target: &str) -> Result<(), String> {
    let english = shape(&unit.local, &unit.source)?;
    let translated = shape(&unit.local, target)?;
    let keys = |s: &Shape| s.keys().cloned().collect::<Vec<_>>();
    if keys(&english) != keys(&translated) && unit.kind == UnitKind::Message {
        return Err(format!(
            "has the texts {:?}, the English has {:?} (attributes must stay)",
            keys(&translated),
            keys(&english)
        ));
    }
    for (key, (variables, references)) in &english {
        let Some((t_variables, t_references)) = translated.get(key) else {
            continue;
        };
        if variables != t_variables {
            return Err(format!(
                "`{key}` uses the variables {} where the English uses {}",
                list(t_variables, "$"),
                list(variables, "$")
            ));
        }
        if references != t_references {
            return Err(format!(
                "`{key}` refers to {} where the English refers to {}",
                list(t_references, ""),
                list(references, "")
            ));
        }
    }
    Ok(())
}

fn list(set: &BTreeSet<String>, sigil: &str) -> String {
    if set.is_empty() {
        return "none".to_owned();
    }
    set.iter()
        .map(|v| format!("`{sigil}{v}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Link targets, image sources and inline code of a block, sorted.
fn markup(text: &str) -> [Vec<String>; 3] {
    let mut links = Vec::new();
    let mut images = Vec::new();
    let mut code = Vec::new();
    for event in Parser::new_ext(text, crate::lesson_blocks::options()) {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::Start(Tag::Image { dest_url, .. }) => images.push(dest_url.to_string()),
            Event::Code(c) => code.push(c.to_string()),
            _ => {}
        }
    }
    for list in [&mut links, &mut images, &mut code] {
        list.sort();
    }
    [links, images, code]
}

fn markdown(source: &str, target: &str) -> Result<(), String> {
    let english = markup(source);
    let translated = markup(target);
    for (i, what) in ["links", "images", "inline code"].iter().enumerate() {
        if english[i] != translated[i] {
            return Err(format!(
                "{what} differ from the English: {:?} instead of {:?}",
                translated[i], english[i]
            ));
        }
    }
    Ok(())
}

/// Words a reader sees in `text` (codes left out).
fn words(pieces: &[Inline], out: &mut String) {
    for piece in pieces {
        match piece {
            Inline::Text(t) => {
                out.push_str(t);
                out.push(' ');
            }
            Inline::Ph(_) => out.push(' '),
            Inline::Pc { children, .. } => words(children, out),
        }
    }
}

/// A text in Cyrillic may hold Latin acronyms (`EU`, `UNHCR`) but not Latin words alone: a
/// Latin word with a lower-case letter and not one Cyrillic letter is the wrong script. A
/// text kept exactly as the English is a name a translator chose not to transcribe
/// (`Frontex`: the transliteration rules keep words with q, w, x, y in Latin too).
fn script(unit: &Unit, target: &str) -> Result<(), String> {
    if target == unit.source {
        return Ok(());
    }
    let pieces = match unit.kind {
        UnitKind::Block(_) => inline::markdown(target),
        UnitKind::Message | UnitKind::Term => inline::fluent(target),
    };
    let mut shown = String::new();
    words(&pieces, &mut shown);
    let cyrillic = shown.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}'));
    let latin_word = shown.split(|c: char| !c.is_alphabetic()).find(|w| {
        w.chars().any(|c| {
            c.is_lowercase() && c.is_ascii_alphabetic() || matches!(c, 'č' | 'ć' | 'š' | 'ž' | 'đ')
        })
    });
    match latin_word {
        Some(word) if !cyrillic => Err(format!(
            "is written in Latin script (`{word}`), the locale is written in Cyrillic"
        )),
        _ => Ok(()),
    }
}
