//! Problems found in a course: what is wrong, where, and whether it blocks publishing.
//!
//! The loader never stops at the first problem: every stage pushes [`Problem`]s into one list
//! so an author fixes a bundle in one round. Each problem has a stable [`ProblemCode`] (the
//! table in `docs/content-format.md` lists them), a file inside the bundle and a 1-based line
//! and column (counted in characters, as editors do). Line and column are 0 when a problem is
//! about a whole file or folder rather than a place in it.

use std::fmt;

use serde::Serialize;

/// Whether a problem blocks publishing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The bundle cannot be published until this is fixed.
    Error,
    /// Worth fixing, but the bundle can be published (e.g. HTML the sanitizer will strip).
    Warning,
}

macro_rules! problem_codes {
    ($($variant:ident => $code:literal, $severity:ident, $doc:literal;)*) => {
        /// The stable identifier of a class of problem (kebab-case in JSON and output).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum ProblemCode {
            $(#[doc = $doc] $variant,)*
        }

        impl ProblemCode {
            /// Every code, in the order of the table in the format documentation.
            pub const ALL: &'static [ProblemCode] = &[$(ProblemCode::$variant,)*];

            /// The stable kebab-case name.
            pub fn as_str(self) -> &'static str {
                match self { $(ProblemCode::$variant => $code,)* }
            }

            /// The severity problems of this class have.
            pub fn severity(self) -> Severity {
                match self { $(ProblemCode::$variant => Severity::$severity,)* }
            }

            /// One line saying what the code means (used for the documentation table).
            pub fn description(self) -> &'static str {
                match self { $(ProblemCode::$variant => $doc,)* }
            }
        }
    };
}

problem_codes! {
    ManifestMissing => "manifest-missing", Error, "The bundle has no `course.toml` at its root (or could not be opened at all).";
    ManifestSyntax => "manifest-syntax", Error, "`course.toml` is not valid TOML or does not have the manifest's shape (unknown key, wrong type, missing key).";
    UnreadableFile => "unreadable-file", Error, "A file could not be read: not UTF-8, too large, or a damaged archive entry.";
    InvalidId => "invalid-id", Error, "An id is not lowercase ASCII letters, digits and single hyphens, or uses a reserved name.";
    DuplicateId => "duplicate-id", Error, "An id is declared twice (in the manifest or as a message in one locale).";
    UnknownId => "unknown-id", Error, "A reference names an id that is not declared (module, outcome, assessment, pool).";
    MissingCorrectAnswer => "missing-correct-answer", Error, "A question has no answer key (no correct choice, no accepted answer, no value).";
    ChoiceMismatch => "choice-mismatch", Error, "An answer key names a choice, item or response that the question does not have.";
    PassMarkOutOfRange => "pass-mark-out-of-range", Error, "A pass mark is not a percentage between 0 and 100.";
    InvalidSetting => "invalid-setting", Error, "A setting is out of its range (points, attempts, time limit, pool draw, tolerance, Likert scale).";
    InvalidAudience => "invalid-audience", Error, "An `[audience]` entry is malformed (a country code that is not two upper-case letters, an institution id that is not a UUID) or repeated, or the table or one of its lists is empty.";
    InapplicableField => "inapplicable-field", Warning, "A question sets a field its type does not use; it is ignored.";
    CorrectChoicePosition => "correct-choice-position", Warning, "An assessment that does not shuffle choices has its correct choice in the same position in every choice question (at least three).";
    InvalidLocaleTag => "invalid-locale-tag", Error, "A locale tag (in `locales` or a folder name under `locales/`) is not a well-formed BCP 47 tag.";
    UnsupportedLocale => "unsupported-locale", Warning, "A well-formed locale tag that Kampus does not serve; its texts are ignored.";
    FluentSyntax => "fluent-syntax", Error, "A `.ftl` file has a Fluent syntax error.";
    MissingText => "missing-text", Error, "A text required in the source language (English) is missing.";
    UnknownText => "unknown-text", Warning, "A message, attribute or lesson file whose id the manifest does not declare; it is never shown.";
    UnknownReference => "unknown-reference", Error, "A text refers to a message (`{ other }`) or term (`{ -term }`) that its locale's files do not define.";
    VariableMismatch => "variable-mismatch", Error, "A text uses other Fluent variables than its English text, or a variable that is never passed to it.";
    SettingAsNumber => "setting-as-number", Warning, "An assessment's instructions write a number equal to one of its settings instead of the setting's variable (`$attempts`, `$minutes`, `$pass`, `$questions`).";
    AnswerInQuestion => "answer-in-question", Error, "An accepted answer of a short-text question is spelt by its id or by a text shown while answering its assessment.";
    MissingAsset => "missing-asset", Error, "A Markdown link or image points to a file that is not in the bundle.";
    RawHtml => "raw-html", Warning, "Raw HTML in Markdown; the sanitizer strips what is not allowed, so it may not show as written.";
    UnsafeLink => "unsafe-link", Warning, "A link with a scheme other than http, https, mailto or tel (e.g. `javascript:`); it is removed.";
    NestingTooDeep => "nesting-too-deep", Warning, "Markdown nested more than 32 levels deep (quotes, lists, emphasis); deeper levels are flattened.";
    BidiControlOnCertificate => "bidi-control-on-certificate", Error, "An invisible text-direction control (U+202A–U+202E, U+2066–U+2069, or the marks U+200E, U+200F, U+061C) in a text that certificates, their credentials or the public verification page show: the course title and summary and the learning outcomes, in any locale.";
    BidiControl => "bidi-control", Warning, "An invisible text-direction control in any other text (lesson bodies, titles of modules, lessons and assessments, questions); it can show the text in another order than it is written.";
    MixedScript => "mixed-script", Error, "A word mixes Latin, Cyrillic or Greek letters (`сè` with a Latin `è`): a look-alike letter of the wrong script.";
    InvalidLockFile => "invalid-lock-file", Warning, "A `translations.lock` is unreadable; all texts of that locale count as unconfirmed.";
    TermInconsistent => "term-inconsistent", Warning, "A translation names a termbase term otherwise than the locale's approved term (a forbidden variant, or no form of the approved term where the English has the term).";
    InvalidTermbase => "invalid-termbase", Warning, "The `termbase.toml` that applies to a course is unreadable; the term check does not run.";
}

impl fmt::Display for ProblemCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ProblemCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One problem in a course bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Path inside the bundle, `/`-separated (e.g. `locales/en/course.ftl`).
    pub file: String,
    /// 1-based line, or 0 when the problem is about the whole file.
    pub line: u32,
    /// 1-based column in characters, or 0 when the problem is about the whole file.
    pub column: u32,
    pub severity: Severity,
    pub code: ProblemCode,
    pub message: String,
}

impl Problem {
    /// A problem at a byte offset of `text` (the content of `file`).
    pub fn at(code: ProblemCode, file: &str, text: &str, offset: usize, message: String) -> Self {
        let (line, column) = line_column(text, offset);
        Problem {
            file: file.to_owned(),
            line,
            column,
            severity: code.severity(),
            code,
            message,
        }
    }

    /// A problem about a whole file or folder.
    pub fn in_file(code: ProblemCode, file: &str, message: String) -> Self {
        Problem {
            file: file.to_owned(),
            line: 0,
            column: 0,
            severity: code.severity(),
            code,
            message,
        }
    }

    /// Whether this problem blocks publishing.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Whether this problem refuses an admin's upload. Uploads are held to a stricter bar
    /// than the trusted `content/` folder: besides errors, raw HTML and unsafe links are
    /// refused rather than sanitized away, because an upload is where script injection
    /// arrives (a stolen admin session, a tampered bundle), and what the sanitizer would
    /// silently drop is better fixed at the source.
    pub fn blocks_upload(&self) -> bool {
        self.is_error() || matches!(self.code, ProblemCode::RawHtml | ProblemCode::UnsafeLink)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.line == 0 {
            write!(
                f,
                "{}: {severity}[{}]: {}",
                self.file, self.code, self.message
            )
        } else {
            write!(
                f,
                "{}:{}:{}: {severity}[{}]: {}",
                self.file, self.line, self.column, self.code, self.message
            )
        }
    }
}

/// The 1-based line and character column of a byte offset (clamped to the text).
pub fn line_column(text: &str, offset: usize) -> (u32, u32) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
    let column = before[line_start..].chars().count() + 1;
    (saturate(line), saturate(column))
}

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Sorts problems by file, position and code so output is stable.
pub fn sort(problems: &mut [Problem]) {
    problems.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.code, &a.message)
            .cmp(&(&b.file, b.line, b.column, b.code, &b.message))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "ab\nčdž = x\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        // "čdž" is 5 bytes, 3 characters: the space after it is column 4.
        assert_eq!(line_column(text, 8), (2, 4));
        // Inside a multi-byte character and past the end are clamped, never a panic.
        assert_eq!(line_column(text, 4), (2, 1));
        assert_eq!(line_column(text, 999), (3, 1));
    }

    #[test]
    fn every_code_is_documented_with_its_severity() {
        let doc = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../docs/content-format.md"
        ))
        .expect("docs/content-format.md");
        for code in ProblemCode::ALL {
            let severity = match code.severity() {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let row = format!("| `{code}` | {severity} |");
            assert!(
                doc.contains(&row),
                "docs/content-format.md lacks the row {row}"
            );
        }
    }

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut names: Vec<_> = ProblemCode::ALL.iter().map(|c| c.as_str()).collect();
        assert!(
            names
                .iter()
                .all(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        );
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ProblemCode::ALL.len());
    }
}
