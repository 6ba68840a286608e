//! Where each message and term of a `.ftl` file is, as byte ranges, so a translation can be
//! put back into the file without touching anything else (comments, blank lines, order).
//!
//! The Fluent AST has no positions, so entries are found by a scan that relies on Fluent's
//! layout rule: an entry starts at column 0 with `identifier =` (or `-identifier =`), and every
//! line that continues it is either blank or indented — except the closing `}`, a variant key
//! (`[one]`, `*[other]`) or an attribute (`.name`) which the grammar also allows at column 0.
//! So an entry runs to the last non-blank line before the next line that starts at column 0
//! with anything else. The splitter is checked against the parser in the tests and, for every
//! shipped file, by the round trip tests.

use std::ops::Range;

/// One message or term of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlEntry {
    /// `m-legal`, or `-term` for a term.
    pub id: String,
    /// The whole entry, from its id to the end of its last line (the newline excluded).
    pub range: Range<usize>,
    /// What a translator translates: after `id =` and the spaces that follow it.
    pub text: Range<usize>,
}

/// The messages and terms of `source`, in file order.
pub fn entries(source: &str) -> Vec<FtlEntry> {
    let mut found: Vec<FtlEntry> = Vec::new();
    // Whether the last entry may still continue (no comment or junk line since).
    let mut open = false;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let content_end = start + content.len();
        let Some(&first) = content.as_bytes().first() else {
            continue;
        };
        if content.trim().is_empty() {
            continue;
        }
        let continues = matches!(first, b' ' | b'\t' | b'}' | b'[' | b'*' | b'.');
        if continues && open {
            if let Some(entry) = found.last_mut() {
                entry.range.end = content_end;
                entry.text.end = content_end;
            }
            continue;
        }
        match entry_head(content) {
            Some((id, text_start)) => {
                found.push(FtlEntry {
                    id: id.to_owned(),
                    range: start..content_end,
                    text: start + text_start..content_end,
                });
                open = true;
            }
            None => open = false,
        }
    }
    found
}

/// `identifier =` at the start of a line: the id and where the text after `= ` starts.
fn entry_head(line: &str) -> Option<(&str, usize)> {
    let bytes = line.as_bytes();
    let skip = usize::from(bytes.first() == Some(&b'-'));
    let ident_len = bytes[skip..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b'_')
        .count();
    if ident_len == 0 || !bytes[skip].is_ascii_alphabetic() {
        return None;
    }
    let id_end = skip + ident_len;
    let after = &line[id_end..];
    let eq = after.len() - after.trim_start_matches([' ', '\t']).len();
    if !after[eq..].starts_with('=') {
        return None;
    }
    let rest = &after[eq + 1..];
    let spaces = rest.len() - rest.trim_start_matches(' ').len();
    Some((&line[..id_end], id_end + eq + 1 + spaces))
}

/// The source of one entry with a new text (what [`FtlEntry::text`] covers replaced).
pub fn entry_source(id: &str, text: &str) -> String {
    if text.starts_with('\n') || text.is_empty() {
        format!("{id} ={text}")
    } else {
        format!("{id} = {text}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_end_before_comments_and_blank_lines() {
        let source = "# c\nq1 = Who?\n    .feedback = Because.\n\n## Group\n-term = T\nq2 =\n    Multi\n\n    line\n}\nnext = { $n ->\n    [one] x\n   *[other] y\n}\n";
        let found: Vec<_> = entries(source)
            .into_iter()
            .map(|e| (e.id, &source[e.range], &source[e.text]))
            .map(|(id, r, t)| (id, r.to_owned(), t.to_owned()))
            .collect();
        assert_eq!(found[0].0, "q1");
        assert_eq!(found[0].2, "Who?\n    .feedback = Because.");
        assert_eq!(found[1].0, "-term");
        assert_eq!(found[1].2, "T");
        assert_eq!(found[2].2, "\n    Multi\n\n    line\n}");
        assert_eq!(found[3].2, "{ $n ->\n    [one] x\n   *[other] y\n}");
        assert_eq!(entry_source("q2", "\n    Multi"), "q2 =\n    Multi");
    }
}
