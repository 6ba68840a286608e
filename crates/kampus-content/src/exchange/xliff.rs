//! XLIFF 2.1 for CAT tools: writing a course's units and reading translations back.
//!
//! One `<file>` per Kampus file (its `original` is the path in the locale folder) and one
//! `<unit>` per unit. XLIFF ids are NMTOKENs (no `/` or `#`), so a unit's `id` is its id in the
//! file (`m-legal`, `p3`) and its `name` the full Kampus id (`lessons/l-sources.md#p3`).
//! Codes are `<ph>` and `<pc>` with their originals in `<originalData>`; the English
//! fingerprint travels in `<note id="fingerprint">` so a translation made against an older
//! English stays outdated when imported. An outdated translation is
//! `state="translated" subState="kampus:outdated"`: a tool shows it as needing review, and
//! whoever reviews it moves it on (to `reviewed`, `final`, or drops the sub-state).
//!
//! Reading is strict: a DTD (and with it every entity declaration) is refused before
//! parsing, and `roxmltree` refuses one too; files over [`super::MAX_FILE_BYTES`] are
//! refused by the caller.

use std::collections::HashMap;
use std::fmt::Write as _;

use roxmltree::{Document, Node, ParsingOptions};

use super::inline::{self, Inline};
use super::units::{Unit, UnitKind};
use super::{Imported, ImportedUnit, ReadError};
use crate::Locale;

/// The XLIFF 2 core namespace (2.1 keeps 2.0's).
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// The value of `subState` on outdated translations.
pub const OUTDATED: &str = "kampus:outdated";

/// The XLIFF document for `units` of `course` in `locale`.
pub fn write(course: &str, locale: Locale, units: &[&Unit]) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<xliff xmlns=\"{NAMESPACE}\" version=\"2.1\" srcLang=\"en\" trgLang=\"{}\">",
        locale.tag()
    );
    let mut files: Vec<(&str, Vec<&Unit>)> = Vec::new();
    for unit in units {
        match files.last_mut() {
            Some((file, list)) if *file == unit.file => list.push(unit),
            _ => files.push((&unit.file, vec![unit])),
        }
    }
    for (n, (file, units)) in files.iter().enumerate() {
        let _ = writeln!(
            out,
            "  <file id=\"f{}\" original=\"{}\" xml:space=\"preserve\">",
            n + 1,
            escape(file)
        );
        let _ = writeln!(
            out,
            "    <notes><note category=\"kampus:course\">{}</note></notes>",
            escape(course)
        );
        for unit in units {
            write_unit(&mut out, unit);
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

fn write_unit(out: &mut String, unit: &Unit) {
    let pieces = |text: &str| match unit.kind {
        UnitKind::Block(_) => inline::markdown(text),
        UnitKind::Message | UnitKind::Term => inline::fluent(text),
    };
    let source = pieces(&unit.source);
    let target = unit.target.as_deref().map(pieces);
    let mut codes = Codes::default();
    let source_xml = codes.content(&source, None);
    let source_ids = codes.ids_in_order.clone();
    let target_xml = target.as_ref().map(|t| codes.content(t, Some(&source_ids)));
    let _ = writeln!(
        out,
        "    <unit id=\"{}\" name=\"{}\">",
        escape(&unit.local),
        escape(&unit.id)
    );
    let _ = writeln!(
        out,
        "      <notes><note category=\"context\">{}</note><note id=\"fingerprint\" category=\"kampus:fingerprint\">{}</note></notes>",
        escape(&unit.context),
        unit.fingerprint
    );
    if !codes.data.is_empty() {
        out.push_str("      <originalData>");
        for (original, id) in &codes.data {
            let _ = write!(out, "<data id=\"{id}\">{}</data>", escape(original));
        }
        out.push_str("</originalData>\n");
    }
    let state = match (&target_xml, unit.outdated) {
        (None, _) => "state=\"initial\"".to_owned(),
        (Some(_), true) => format!("state=\"translated\" subState=\"{OUTDATED}\""),
        (Some(_), false) => "state=\"final\"".to_owned(),
    };
    let _ = write!(out, "      <segment {state}><source>{source_xml}</source>");
    if let Some(target) = target_xml {
        let _ = write!(out, "<target>{target}</target>");
    }
    out.push_str("</segment>\n    </unit>\n");
}

/// The codes of one unit: each distinct original once in `<originalData>`.
#[derive(Default)]
struct Codes {
    data: Vec<(String, String)>,
    ids_in_order: Vec<(String, String)>,
    next_id: usize,
}

impl Codes {
    fn data_id(&mut self, original: &str) -> String {
        if let Some((_, id)) = self.data.iter().find(|(o, _)| o == original) {
            return id.clone();
        }
        let id = format!("d{}", self.data.len() + 1);
        self.data.push((original.to_owned(), id.clone()));
        id
    }

    /// The inline id of a code: in a target, the id of the source code with the same
    /// original (the first not yet used), so a tool pairs them; otherwise a new one.
    fn code_id(
        &mut self,
        key: &str,
        source: Option<&[(String, String)]>,
        used: &mut Vec<String>,
    ) -> String {
        if let Some((_, id)) = source
            .into_iter()
            .flatten()
            .find(|(k, id)| k == key && !used.contains(id))
        {
            used.push(id.clone());
            return id.clone();
        }
        self.next_id += 1;
        let id = self.next_id.to_string();
        if source.is_none() {
            self.ids_in_order.push((key.to_owned(), id.clone()));
        }
        id
    }

    fn content(&mut self, pieces: &[Inline], source: Option<&[(String, String)]>) -> String {
        let mut out = String::new();
        let mut used = Vec::new();
        self.write(&mut out, pieces, source, &mut used);
        out
    }

    fn write(
        &mut self,
        out: &mut String,
        pieces: &[Inline],
        source: Option<&[(String, String)]>,
        used: &mut Vec<String>,
    ) {
        for piece in pieces {
            match piece {
                Inline::Text(text) => out.push_str(&escape(text)),
                Inline::Ph(original) => {
                    let data = self.data_id(original);
                    let id = self.code_id(original, source, used);
                    let _ = write!(
                        out,
                        "<ph id=\"{id}\" dataRef=\"{data}\" disp=\"{}\"/>",
                        escape(original)
                    );
                }
                Inline::Pc {
                    start,
                    end,
                    children,
                } => {
                    let data_start = self.data_id(start);
                    let data_end = self.data_id(end);
                    let id = self.code_id(&format!("{start}\u{0}{end}"), source, used);
                    let _ = write!(
                        out,
                        "<pc id=\"{id}\" dataRefStart=\"{data_start}\" dataRefEnd=\"{data_end}\">"
                    );
                    self.write(out, children, source, used);
                    out.push_str("</pc>");
                }
            }
        }
    }
}

/// Escapes text for content and attribute values. Line breaks and tabs in attributes would
/// be normalised to spaces by any XML reader, so they are written as references.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

/// Reads the translations of an XLIFF 2 document (`file` names it in errors).
pub fn read(file: &str, text: &str) -> Result<Imported, ReadError> {
    if let Some(at) = find_declaration(text) {
        let line = crate::problem::line_column(text, at).0;
        return Err(ReadError::Declaration {
            file: file.to_owned(),
            line,
        });
    }
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: 4_000_000,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(text, options).map_err(|e| {
        let pos = e.pos();
        ReadError::Xml {
            file: file.to_owned(),
            line: pos.row,
            message: e.to_string(),
        }
    })?;
    let root = doc.root_element();
    let line_of = |node: Node<'_, '_>| doc.text_pos_at(node.range().start).row;
    if root.tag_name().name() != "xliff" || root.tag_name().namespace() != Some(NAMESPACE) {
        return Err(ReadError::NotXliff {
            file: file.to_owned(),
        });
    }
    let language = root.attribute("trgLang").map(str::to_owned);
    let mut units = Vec::new();
    for file_node in children(root, "file") {
        let original = file_node.attribute("original").unwrap_or_default();
        for unit in file_node.descendants().filter(|n| is(*n, "unit")) {
            let line = line_of(unit);
            let local = unit.attribute("id").unwrap_or_default();
            // `original#id` is the Kampus id; `name` repeats it for people, and is the
            // fallback when a tool dropped `original`.
            let id = match unit.attribute("name") {
                Some(name) if original.is_empty() => name.to_owned(),
                _ => format!("{original}#{local}"),
            };
            let err = |problem: String| ReadError::Unit {
                file: file.to_owned(),
                line,
                unit: id.clone(),
                problem,
            };
            let fingerprint = unit
                .descendants()
                .find(|n| is(*n, "note") && n.attribute("id") == Some("fingerprint"))
                .and_then(|n| n.text())
                .map(|t| t.trim().to_owned());
            let data: HashMap<&str, String> = unit
                .descendants()
                .filter(|n| is(*n, "data"))
                .filter_map(|n| Some((n.attribute("id")?, text_of(n))))
                .collect();
            let mut target = String::new();
            let mut has_target = false;
            let mut outdated = false;
            let mut initial = false;
            for part in unit
                .children()
                .filter(|n| is(*n, "segment") || is(*n, "ignorable"))
            {
                if part.attribute("subState") == Some(OUTDATED) {
                    outdated = true;
                }
                if part.attribute("state") == Some("initial") {
                    initial = true;
                }
                if let Some(t) = children(part, "target").next() {
                    has_target = true;
                    rebuild(t, &data, &mut target).map_err(err)?;
                } else if is(part, "ignorable") {
                    // Whitespace a tool split off between segments belongs to the text.
                    if let Some(s) = children(part, "source").next() {
                        rebuild(s, &data, &mut target).map_err(err)?;
                    }
                }
            }
            if !has_target || (initial && target.is_empty()) {
                continue;
            }
            units.push(ImportedUnit {
                id,
                line,
                target,
                fingerprint,
                marked_outdated: outdated || initial,
            });
        }
    }
    Ok(Imported { language, units })
}

/// Where `text` declares a DTD or an entity, if it does. Checked before parsing so the
/// error says what is refused (billion laughs, external entities) rather than a parse error.
fn find_declaration(text: &str) -> Option<usize> {
    ["<!DOCTYPE", "<!ENTITY", "<!doctype", "<!entity"]
        .iter()
        .filter_map(|d| text.find(d))
        .min()
}

fn is(node: Node<'_, '_>, name: &str) -> bool {
    node.is_element()
        && node.tag_name().name() == name
        && node.tag_name().namespace() == Some(NAMESPACE)
}

fn children<'a, 'i>(node: Node<'a, 'i>, name: &'static str) -> impl Iterator<Item = Node<'a, 'i>> {
    node.children().filter(move |n| is(*n, name))
}

fn text_of(node: Node<'_, '_>) -> String {
    node.descendants()
        .filter(Node::is_text)
        .filter_map(|n| n.text())
        .collect()
}

/// The text of a `<target>`: its words, and each code replaced by its original.
fn rebuild(
    node: Node<'_, '_>,
    data: &HashMap<&str, String>,
    out: &mut String,
) -> Result<(), String> {
    let original = |reference: Option<&str>, what: &str| -> Result<String, String> {
        let reference =
            reference.ok_or_else(|| format!("a <{what}> without a reference to its original"))?;
        data.get(reference).cloned().ok_or_else(|| {
            format!("<{what}> refers to `{reference}`, which is not in <originalData>")
        })
    };
    for child in node.children() {
        if child.is_text() {
            out.push_str(child.text().unwrap_or_default());
            continue;
        }
        if !child.is_element() {
            continue;
        }
        if child.tag_name().namespace() != Some(NAMESPACE) {
            return Err(format!(
                "unexpected element <{}> in a target",
                child.tag_name().name()
            ));
        }
        match child.tag_name().name() {
            "ph" => out.push_str(&original(child.attribute("dataRef"), "ph")?),
            "pc" => {
                out.push_str(&original(child.attribute("dataRefStart"), "pc")?);
                rebuild(child, data, out)?;
                out.push_str(&original(child.attribute("dataRefEnd"), "pc")?);
            }
            // Markers (terms, comments a tool adds) wrap words; the words are what counts.
            "mrk" => rebuild(child, data, out)?,
            other => {
                return Err(format!(
                    "<{other}> is not allowed in a target (only ph, pc and mrk)"
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(target: &str, segment: &str) -> String {
        format!(
            "<xliff xmlns=\"{NAMESPACE}\" version=\"2.1\" srcLang=\"en\" trgLang=\"hr\"><file id=\"f1\" original=\"lessons/l.md\"><unit id=\"p1\"><notes><note id=\"fingerprint\">00ff</note></notes><originalData><data id=\"d1\">**</data><data id=\"d2\">`x`</data></originalData><segment {segment}><source/><target>{target}</target></segment></unit></file></xliff>"
        )
    }

    #[test]
    fn targets_are_rebuilt_from_codes_and_states_read() {
        let read = read(
            "t.xlf",
            &doc(
                "<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1\"><mrk id=\"m\">Jako</mrk></pc> i <ph id=\"2\" dataRef=\"d2\"/> &amp; &lt;",
                "state=\"translated\" subState=\"kampus:outdated\"",
            ),
        )
        .expect("valid");
        assert_eq!(read.language.as_deref(), Some("hr"));
        let unit = &read.units[0];
        assert_eq!(unit.id, "lessons/l.md#p1");
        assert_eq!(unit.target, "**Jako** i `x` & <");
        assert_eq!(unit.fingerprint.as_deref(), Some("00ff"));
        assert!(unit.marked_outdated);
        let read = read_ok(&doc("x", "state=\"final\""));
        assert!(!read.units[0].marked_outdated);
    }

    fn read_ok(text: &str) -> Imported {
        read("t.xlf", text).expect("valid")
    }

    #[test]
    fn unknown_codes_and_foreign_elements_are_refused_with_the_unit() {
        let err = read(
            "t.xlf",
            &doc("<sc id=\"1\" dataRef=\"d1\"/>", "state=\"final\""),
        )
        .expect_err("sc");
        assert!(
            err.to_string()
                .contains("t.xlf:1: unit `lessons/l.md#p1`: <sc>"),
            "{err}"
        );
        let err = read(
            "t.xlf",
            &doc("<ph id=\"1\" dataRef=\"d9\"/>", "state=\"final\""),
        )
        .expect_err("missing data");
        assert!(err.to_string().contains("`d9`"), "{err}");
        let err = read("t.xlf", "<xliff version=\"2.1\"/>").expect_err("no namespace");
        assert!(matches!(err, ReadError::NotXliff { .. }));
    }
}
