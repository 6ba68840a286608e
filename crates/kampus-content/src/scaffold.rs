//! Scaffolding: writing a valid skeleton course, or a new lesson into a course, in every
//! locale (the library side of `kampus content new-course` and `new-lesson`).
//!
//! Translations start as copies of the English placeholder text and are not confirmed, so the
//! coverage report shows them as outdated until a translator translates and confirms them.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::Locale;
use crate::validate::{self, is_valid_id};

/// Why scaffolding failed.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    #[error(
        "`{0}` is not a valid id: lowercase letters, digits and single hyphens, starting with a letter"
    )]
    InvalidId(String),
    #[error("{0} already exists")]
    Exists(PathBuf),
    #[error("`{0}` has no readable course.toml")]
    NotACourse(PathBuf),
    #[error("the course has no module `{0}`")]
    UnknownModule(String),
    #[error("the id `{0}` is already used in the course")]
    DuplicateId(String),
    #[error("cannot write {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
}

fn write(path: &Path, content: &str) -> Result<(), ScaffoldError> {
    let io = |source| ScaffoldError::Io {
        path: path.to_owned(),
        source,
    };
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(io)?;
    }
    fs::write(path, content).map_err(io)
}

fn append(path: &Path, content: &str) -> Result<(), ScaffoldError> {
    let existing = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == io::ErrorKind::NotFound => String::new(),
        Err(source) => {
            return Err(ScaffoldError::Io {
                path: path.to_owned(),
                source,
            });
        }
    };
    let separator = if existing.is_empty() || existing.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    write(path, &format!("{existing}{separator}{content}"))
}

fn locale_header(locale: Locale) -> String {
    if locale == Locale::En {
        "# English texts of the course (the source language).\n".to_owned()
    } else {
        format!(
            "# Texts in {locale}. Replace the English placeholders with the translation, then run\n\
             # `kampus content confirm <course> --locale {locale}`.\n"
        )
    }
}

const COURSE_FTL: &str = "\
course = New course
    .summary = One or two sentences that tell a learner what the course is about.
lo-1 = Describe what a learner can do after the course.
m-1 = Module 1
m-1-l-1 = Lesson 1
final = Final assessment
final-q-1 = A statement the learner marks as true or false.
    .feedback = Explain why the statement is true.
eval-useful = The course was useful for my work.
";

/// Writes a skeleton course in `parent/<slug>/`: a manifest with one module, one lesson, one
/// learning outcome, a final assessment with one question and one survey item, and the texts
/// and lesson body in every locale. Returns the course folder.
pub fn new_course(parent: &Path, slug: &str) -> Result<PathBuf, ScaffoldError> {
    if !is_valid_id(slug) {
        return Err(ScaffoldError::InvalidId(slug.to_owned()));
    }
    let dir = parent.join(slug);
    if dir.exists() {
        return Err(ScaffoldError::Exists(dir));
    }
    let tags: Vec<String> = Locale::ALL.iter().map(|l| format!("\"{l}\"")).collect();
    let manifest = format!(
        "# Kampus course manifest: the language-neutral structure. See docs/content-format.md.\n\
         format = 1\nid = \"{slug}\"\nslug = \"{slug}\"\nlocales = [{}]\n\n\
         [accreditation]\nhours = 1\nlevel = \"introductory\"\n\n\
         [completion]\nall_lessons = true\npass = [\"final\"]\nsurvey = false\n\n\
         [[outcomes]]\nid = \"lo-1\"\n\n\
         [[modules]]\nid = \"m-1\"\n\n\
         [[assessments]]\nid = \"final\"\nkind = \"final\"\npass_mark = 70\nattempts = 3\nreview = \"feedback\"\n\n\
         [[assessments.questions]]\nid = \"final-q-1\"\ntype = \"true-false\"\noutcomes = [\"lo-1\"]\nanswer = true\n\n\
         [[survey]]\nid = \"eval-useful\"\ntype = \"likert\"\n\n\
         [[lessons]]\nid = \"m-1-l-1\"\nmodule = \"m-1\"\n",
        tags.join(", ")
    );
    write(&dir.join("course.toml"), &manifest)?;
    for locale in Locale::ALL {
        let folder = dir.join("locales").join(locale.tag());
        write(
            &folder.join("course.ftl"),
            &format!("{}{COURSE_FTL}", locale_header(locale)),
        )?;
        write(
            &folder.join("lessons/m-1-l-1.md"),
            "# Lesson 1\n\nWrite the lesson here in Markdown.\n",
        )?;
    }
    write(&dir.join("assets/.keep"), "")?;
    Ok(dir)
}

/// Adds a lesson at the end of module `module_id`: a `[[lessons]]` entry appended to
/// `course.toml`, its title appended to `locales/<tag>/course.ftl` and a Markdown body in
/// every locale folder of the course. Returns the files written.
pub fn new_lesson(
    course_dir: &Path,
    module_id: &str,
    lesson_id: &str,
) -> Result<Vec<PathBuf>, ScaffoldError> {
    if !is_valid_id(lesson_id) {
        return Err(ScaffoldError::InvalidId(lesson_id.to_owned()));
    }
    let manifest_path = course_dir.join("course.toml");
    let text = fs::read_to_string(&manifest_path)
        .map_err(|_| ScaffoldError::NotACourse(course_dir.to_owned()))?;
    let mut ignored = Vec::new();
    let manifest = validate::parse_manifest(&text, &mut ignored)
        .ok_or_else(|| ScaffoldError::NotACourse(course_dir.to_owned()))?;
    if !manifest.modules.iter().any(|m| m.id.value == module_id) {
        return Err(ScaffoldError::UnknownModule(module_id.to_owned()));
    }
    let validated = validate::validate(&manifest, &text, &mut ignored);
    if validated.anchors.contains_key(lesson_id) {
        return Err(ScaffoldError::DuplicateId(lesson_id.to_owned()));
    }
    let mut locales: Vec<Locale> = fs::read_dir(course_dir.join("locales"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| {
                    e.file_name()
                        .to_str()
                        .and_then(|t| t.parse::<Locale>().ok())
                        .filter(|l| l.tag() == e.file_name())
                })
                .collect()
        })
        .unwrap_or_default();
    if !locales.contains(&Locale::En) {
        locales.push(Locale::En);
    }
    locales.sort();
    let bodies: Vec<PathBuf> = locales
        .iter()
        .map(|l| {
            course_dir
                .join("locales")
                .join(l.tag())
                .join("lessons")
                .join(format!("{lesson_id}.md"))
        })
        .collect();
    if let Some(existing) = bodies.iter().find(|p| p.exists()) {
        return Err(ScaffoldError::Exists(existing.clone()));
    }
    append(
        &manifest_path,
        &format!("\n[[lessons]]\nid = \"{lesson_id}\"\nmodule = \"{module_id}\"\n"),
    )?;
    let mut written = vec![manifest_path];
    for (locale, body) in locales.iter().zip(bodies) {
        let ftl = course_dir
            .join("locales")
            .join(locale.tag())
            .join("course.ftl");
        append(&ftl, &format!("{lesson_id} = New lesson\n"))?;
        write(
            &body,
            "# New lesson\n\nWrite the lesson here in Markdown.\n",
        )?;
        written.push(ftl);
        written.push(body);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_path;

    #[test]
    fn a_new_course_and_lesson_load_without_errors() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = new_course(tmp.path(), "asylum-basics").expect("scaffold");
        let outcome = load_path(&dir);
        assert!(outcome.problems.is_empty(), "{:#?}", outcome.problems);
        assert!(matches!(
            new_course(tmp.path(), "asylum-basics"),
            Err(ScaffoldError::Exists(_))
        ));

        let written = new_lesson(&dir, "m-1", "m-1-l-2").expect("new lesson");
        assert_eq!(written.len(), 1 + 2 * Locale::ALL.len());
        let outcome = load_path(&dir);
        assert!(outcome.problems.is_empty(), "{:#?}", outcome.problems);
        let course = outcome.course.expect("loaded");
        assert_eq!(course.course().modules[0].lessons, ["m-1-l-1", "m-1-l-2"]);
        // Translations are placeholders until confirmed.
        let hr = course
            .coverage()
            .locales
            .iter()
            .find(|c| c.locale == Locale::Hr)
            .expect("hr row");
        assert_eq!(hr.outdated, hr.total);

        assert!(matches!(
            new_lesson(&dir, "m-1", "m-1-l-2"),
            Err(ScaffoldError::DuplicateId(_))
        ));
        assert!(matches!(
            new_lesson(&dir, "m-9", "x"),
            Err(ScaffoldError::UnknownModule(_))
        ));
        assert!(matches!(
            new_lesson(&dir, "m-1", "Bad_Id"),
            Err(ScaffoldError::InvalidId(_))
        ));
    }
}
