//! gettext PO for tools that do not read XLIFF: writing a course's units and reading
//! translations back.
//!
//! `msgctxt` is the unit id, `msgid` the English and `msgstr` the translation, with Fluent
//! placeables and Markdown kept literal (PO has no codes; an import checks the rebuilt text
//! instead). Extracted comments (`#.`) carry the context and the English fingerprint; an
//! outdated translation is `#, fuzzy`, which is what every PO tool shows as needing review
//! and what a translator clears when done. `#| msgid` (the previous English) is left out:
//! the lock keeps fingerprints of the English, not the English itself.

use std::fmt::Write as _;

use super::units::Unit;
use super::{Imported, ImportedUnit, ReadError};
use crate::Locale;

const FINGERPRINT: &str = "fingerprint: ";

/// The PO file for `units` of `course` in `locale`.
pub fn write(course: &str, locale: Locale, units: &[&Unit]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Translation of the course `{course}` into {}.",
        locale.tag()
    );
    out.push_str("msgid \"\"\nmsgstr \"\"\n");
    for line in [
        format!("Project-Id-Version: {course}\n"),
        format!("Language: {}\n", locale.tag()),
        "MIME-Version: 1.0\n".to_owned(),
        "Content-Type: text/plain; charset=UTF-8\n".to_owned(),
        "Content-Transfer-Encoding: 8bit\n".to_owned(),
        "X-Source-Language: en\n".to_owned(),
    ] {
        let _ = writeln!(out, "{}", quote(&line));
    }
    for unit in units {
        out.push('\n');
        let _ = writeln!(out, "#. {}", unit.context);
        let _ = writeln!(out, "#. {FINGERPRINT}{}", unit.fingerprint);
        let _ = writeln!(out, "#: locales/en/{}", unit.file);
        if unit.outdated {
            out.push_str("#, fuzzy\n");
        }
        write_string(&mut out, "msgctxt", &unit.id);
        write_string(&mut out, "msgid", &unit.source);
        write_string(
            &mut out,
            "msgstr",
            unit.target.as_deref().unwrap_or_default(),
        );
    }
    out
}

/// `keyword "…"`, split after each line break as gettext does for multi-line strings.
fn write_string(out: &mut String, keyword: &str, value: &str) {
    if value.contains('\n') {
        let _ = writeln!(out, "{keyword} \"\"");
        for line in value.split_inclusive('\n') {
            let _ = writeln!(out, "{}", quote(line));
        }
    } else {
        let _ = writeln!(out, "{keyword} {}", quote(value));
    }
}

fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One entry as read.
#[derive(Default)]
struct Entry {
    line: u32,
    comments: Vec<String>,
    fuzzy: bool,
    msgctxt: Option<String>,
    msgid: Option<String>,
    msgstr: Option<String>,
    plural: bool,
    obsolete: bool,
}

/// Which string a continuation line (`"…"`) adds to.
#[derive(Clone, Copy)]
enum Field {
    Ctxt,
    Id,
    Str,
    Ignored,
}

/// A syntax error at a line of `file`.
fn syntax(file: &str, line: usize, message: String) -> ReadError {
    ReadError::Po {
        file: file.to_owned(),
        line: u32::try_from(line).unwrap_or(u32::MAX),
        message,
    }
}

/// The entries of a PO file, as written.
fn entries(file: &str, text: &str) -> Result<Vec<Entry>, ReadError> {
    let syntax = |line: usize, message: String| syntax(file, line, message);
    let mut entries: Vec<Entry> = Vec::new();
    let mut current = Entry::default();
    let mut field = Field::Ignored;
    let mut started = false;
    for (n, raw) in text.lines().enumerate() {
        let number = n + 1;
        let line = raw.trim_end_matches('\r').trim_start();
        if line.is_empty() {
            continue;
        }
        // A comment after the strings of an entry starts the next one.
        let starts_entry =
            line.starts_with('#') || line.starts_with("msgctxt") || line.starts_with("msgid ");
        if starts_entry && current.msgstr.is_some() {
            entries.push(std::mem::take(&mut current));
            started = false;
        }
        // Obsolete entries (`#~ msgid …`) have no strings of their own: the first line that
        // is not one ends them.
        if current.obsolete && !line.starts_with("#~") {
            current = Entry::default();
            started = false;
        }
        if !started {
            current.line = u32::try_from(number).unwrap_or(u32::MAX);
            started = true;
        }
        if line.starts_with("#~") {
            current.obsolete = true;
        } else if let Some(flags) = line.strip_prefix("#,") {
            current.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
        } else if let Some(comment) = line.strip_prefix("#.") {
            current.comments.push(comment.trim().to_owned());
        } else if line.starts_with('#') {
        } else if let Some(rest) = line.strip_prefix("msgctxt") {
            current.msgctxt = Some(unquote(rest.trim()).map_err(|m| syntax(number, m))?);
            field = Field::Ctxt;
        } else if let Some(rest) = line.strip_prefix("msgid_plural") {
            current.plural = true;
            let _ = unquote(rest.trim()).map_err(|m| syntax(number, m))?;
            field = Field::Ignored;
        } else if let Some(rest) = line.strip_prefix("msgid") {
            current.msgid = Some(unquote(rest.trim()).map_err(|m| syntax(number, m))?);
            field = Field::Id;
        } else if let Some(rest) = line.strip_prefix("msgstr") {
            let rest = rest.trim_start();
            let rest = if rest.starts_with('[') {
                current.plural = true;
                rest.split_once(']').map_or("", |(_, r)| r).trim()
            } else {
                rest
            };
            current.msgstr = Some(unquote(rest).map_err(|m| syntax(number, m))?);
            field = Field::Str;
        } else if line.starts_with('"') {
            let more = unquote(line).map_err(|m| syntax(number, m))?;
            let slot = match field {
                Field::Ctxt => current.msgctxt.as_mut(),
                Field::Id => current.msgid.as_mut(),
                Field::Str => current.msgstr.as_mut(),
                Field::Ignored => None,
            };
            match slot {
                Some(s) => s.push_str(&more),
                None => {
                    return Err(syntax(
                        number,
                        "a string with no keyword before it".to_owned(),
                    ));
                }
            }
        } else {
            return Err(syntax(number, format!("cannot read `{}`", truncate(line))));
        }
    }
    if current.msgstr.is_some() || current.msgid.is_some() {
        entries.push(current);
    }
    Ok(entries)
}

/// Reads the translations of a PO file (`file` names it in errors).
pub fn read(file: &str, text: &str) -> Result<Imported, ReadError> {
    let syntax = |line: usize, message: String| syntax(file, line, message);
    let entries = entries(file, text)?;
    let mut language = None;
    let mut units = Vec::new();
    for entry in entries {
        if entry.obsolete {
            continue;
        }
        let Some(msgstr) = entry.msgstr else {
            return Err(syntax(
                entry.line as usize,
                "an entry without msgstr".to_owned(),
            ));
        };
        if entry.msgid.as_deref() == Some("") && entry.msgctxt.is_none() {
            language = msgstr
                .lines()
                .find_map(|l| l.strip_prefix("Language:"))
                .map(|l| l.trim().to_owned());
            continue;
        }
        let Some(id) = entry.msgctxt else {
            return Err(syntax(
                entry.line as usize,
                "an entry without msgctxt (the unit id)".to_owned(),
            ));
        };
        if entry.plural {
            return Err(ReadError::Unit {
                file: file.to_owned(),
                line: entry.line,
                unit: id,
                problem: "plural forms are not used: plurals are written in Fluent inside the text"
                    .to_owned(),
            });
        }
        if msgstr.is_empty() {
            continue;
        }
        let fingerprint = entry
            .comments
            .iter()
            .find_map(|c| c.strip_prefix(FINGERPRINT))
            .map(|f| f.trim().to_owned());
        units.push(ImportedUnit {
            id,
            line: entry.line,
            target: msgstr,
            fingerprint,
            marked_outdated: entry.fuzzy,
        });
    }
    Ok(Imported { language, units })
}

fn truncate(line: &str) -> String {
    line.chars().take(40).collect()
}

/// The value of a C-style quoted string.
fn unquote(quoted: &str) -> Result<String, String> {
    let inner = quoted
        .strip_prefix('"')
        .and_then(|q| q.strip_suffix('"'))
        .filter(|_| quoted.len() >= 2)
        .ok_or_else(|| format!("expected a quoted string, found `{}`", truncate(quoted)))?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                Some('a') => out.push('\u{7}'),
                Some('b') => out.push('\u{8}'),
                Some('f') => out.push('\u{c}'),
                Some('v') => out.push('\u{b}'),
                other => return Err(format!("unknown escape `\\{}`", other.unwrap_or(' '))),
            },
            '"' => return Err("an unescaped `\"` inside a string".to_owned()),
            c => out.push(c),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_strings_escapes_flags_and_obsolete_entries() {
        let po = "msgid \"\"\nmsgstr \"Language: hr\\n\"\n\n#. fingerprint: 0011\n#, fuzzy, c-format\nmsgctxt \"a.ftl#m\"\nmsgid \"x\"\nmsgstr \"\"\n\"one \\\"two\\\"\\n\"\n\"\\tthree\"\n\n#~ msgctxt \"a.ftl#old\"\n#~ msgid \"y\"\n#~ msgstr \"z\"\n\nmsgctxt \"a.ftl#n\"\nmsgid \"y\"\nmsgstr \"\"\n";
        let read = read("t.po", po).expect("valid");
        assert_eq!(read.language.as_deref(), Some("hr"));
        assert_eq!(
            read.units.len(),
            1,
            "the untranslated and the obsolete are left out"
        );
        let unit = &read.units[0];
        assert_eq!((unit.id.as_str(), unit.line), ("a.ftl#m", 4));
        assert_eq!(unit.target, "one \"two\"\n\tthree");
        assert_eq!(unit.fingerprint.as_deref(), Some("0011"));
        assert!(unit.marked_outdated);
    }

    #[test]
    fn syntax_errors_name_their_line() {
        let err = read("t.po", "msgctxt \"a\"\nmsgid \"x\"\nmsgstr \"bad\\q\"\n")
            .expect_err("bad escape");
        assert!(err.to_string().starts_with("t.po:3: PO syntax"), "{err}");
        let err = read(
            "t.po",
            "msgctxt \"a\"\nmsgid \"x\"\nmsgid_plural \"xs\"\nmsgstr[0] \"y\"\n",
        )
        .expect_err("plural");
        assert!(err.to_string().contains("unit `a`: plural forms"), "{err}");
    }
}
