//! The one-call check behind `kampus content check <path>`: load, validate and measure
//! coverage of one course or a folder of courses, with a human table and a JSON form. A course
//! folder is also checked against the termbase beside it ([`crate::termbase`]).

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::coverage::CoverageReport;
use crate::load::load_path;
use crate::problem::{Problem, ProblemCode, Severity};
use crate::termbase::{self, Termbase};

/// The result of checking a path.
#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    pub courses: Vec<CourseCheck>,
}

/// The result of checking one course bundle.
#[derive(Debug, Clone, Serialize)]
pub struct CourseCheck {
    /// The folder or archive checked.
    pub source: PathBuf,
    /// The course id, when the manifest could be read.
    pub course: Option<String>,
    pub errors: usize,
    pub warnings: usize,
    pub problems: Vec<Problem>,
    pub coverage: Option<CoverageReport>,
}

impl CheckReport {
    /// Whether any course has a problem that blocks publishing (exit code 1).
    pub fn has_errors(&self) -> bool {
        self.courses.iter().any(|c| c.errors > 0)
    }

    /// The report as pretty JSON (for `--format json`).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}

pub use crate::load::course_sources;

/// Loads and validates every course at `path` (see [`course_sources`]) and measures coverage.
pub fn check(path: &Path) -> CheckReport {
    let sources = course_sources(path);
    if sources.is_empty() {
        let problem = Problem::in_file(
            ProblemCode::ManifestMissing,
            "",
            "no course folder or bundle found here".to_owned(),
        );
        return CheckReport {
            courses: vec![course_check(path.to_owned(), None, vec![problem], None)],
        };
    }
    let courses = sources
        .into_iter()
        .map(|source| {
            let outcome = load_path(&source);
            let id = outcome.course.as_ref().map(|c| c.course().id.clone());
            let coverage = outcome.course.as_ref().map(|c| c.coverage().clone());
            let mut problems = outcome.problems;
            if outcome.course.is_some() && source.is_dir() {
                problems.extend(term_problems(&source));
            }
            course_check(source, id, problems, coverage)
        })
        .collect();
    CheckReport { courses }
}

/// The termbase problems of a course folder, when a termbase applies to it
/// ([`termbase::find_for_course`]); a termbase that cannot be read is one problem.
fn term_problems(course_dir: &Path) -> Vec<Problem> {
    let Some(path) = termbase::find_for_course(course_dir) else {
        return Vec::new();
    };
    match Termbase::read(&path) {
        Ok(termbase) => termbase::consistency::check_course(course_dir, &termbase),
        Err(e) => vec![Problem::in_file(
            ProblemCode::InvalidTermbase,
            if path.parent() == Some(course_dir) {
                termbase::FILE.to_owned()
            } else {
                format!("../{}", termbase::FILE)
            }
            .as_str(),
            format!("the termbase is not used: {e}"),
        )],
    }
}

fn course_check(
    source: PathBuf,
    course: Option<String>,
    problems: Vec<Problem>,
    coverage: Option<CoverageReport>,
) -> CourseCheck {
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let errors = if course.is_none() {
        errors.max(1)
    } else {
        errors
    };
    let warnings = problems.len()
        - problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count();
    CourseCheck {
        source,
        course,
        errors,
        warnings,
        problems,
        coverage,
    }
}

impl fmt::Display for CheckReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for course in &self.courses {
            let prefix = if course.source.is_dir() {
                format!("{}/", course.source.display())
            } else {
                format!("{}!/", course.source.display())
            };
            for problem in &course.problems {
                writeln!(f, "{prefix}{problem}")?;
            }
            writeln!(
                f,
                "{}: {} error(s), {} warning(s){}",
                course.source.display(),
                course.errors,
                course.warnings,
                if course.errors > 0 {
                    " — cannot be published"
                } else {
                    ""
                }
            )?;
            if let Some(coverage) = &course.coverage {
                write!(f, "{coverage}")?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}
