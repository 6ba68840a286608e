//! Reading translations back: XLIFF or PO files into a locale's `.ftl` and `.md` files and
//! its `translations.lock`.
//!
//! All or nothing: every file is read and every unit checked ([`super::checks`]) and put
//! back in memory first; the new files are then written next to the old ones and renamed
//! over them, so a refused import leaves the course as it was. A translation is put back
//! into the exact range its text had, so what did not change keeps every byte. The lock
//! records a unit as confirmed only when the file carried the fingerprint of the current
//! English and the unit is no longer marked for review: a translation made against an older
//! English stays outdated.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use super::ftl_units::entry_source;
use super::units::{CourseUnits, Unit, UnitKind, UnitsError, course_units};
use super::{Imported, ImportedUnit, MAX_FILE_BYTES, ReadError, checks, po, xliff};
use crate::staleness::{LOCK_FILE, write_lock};
use crate::{Locale, lesson_blocks};

/// A unit that cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: unit `{unit}`: {problem}")]
pub struct UnitError {
    pub file: String,
    pub line: u32,
    pub unit: String,
    pub problem: String,
}

/// Why an import was refused; nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Course(#[from] UnitsError),
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: larger than {MAX_FILE_BYTES} bytes")]
    TooLarge { path: PathBuf },
    #[error("{path}: not UTF-8 text")]
    NotUtf8 { path: PathBuf },
    #[error(transparent)]
    Syntax(#[from] ReadError),
    #[error("{file}: the target language is {found}, not {expected}")]
    WrongLanguage {
        file: String,
        found: String,
        expected: Locale,
    },
    #[error("{} unit(s) cannot be imported; nothing was written:\n{}", .0.len(), list(.0))]
    Units(Vec<UnitError>),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn list(errors: &[UnitError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    pub locale: Locale,
    /// Units read with a translation.
    pub units: usize,
    /// Units whose translation changed.
    pub changed: usize,
    /// Units newly recorded as translating the current English.
    pub confirmed: usize,
    /// Files written (the lock included), relative to the course folder.
    pub written: Vec<String>,
}

/// Imports the translations in `files` (XLIFF or PO) into `locale` of the course.
pub fn import(
    files: &[PathBuf],
    course_dir: &Path,
    locale: Locale,
) -> Result<ImportSummary, ImportError> {
    let course = course_units(course_dir, locale)?;
    let mut read: Vec<(String, ImportedUnit)> = Vec::new();
    for path in files {
        let text = read_limited(path)?;
        let name = path.display().to_string();
        let imported = parse(&name, path, &text)?;
        let found = imported.language.clone().unwrap_or_default();
        if found.parse::<Locale>().ok() != Some(locale) {
            return Err(ImportError::WrongLanguage {
                file: name,
                found: if found.is_empty() {
                    "not given".to_owned()
                } else {
                    format!("`{found}`")
                },
                expected: locale,
            });
        }
        read.extend(imported.units.into_iter().map(|u| (name.clone(), u)));
    }
    let plan = plan(&course, &read)?;
    write(course_dir, locale, &plan)?;
    Ok(ImportSummary {
        locale,
        units: read.len(),
        changed: plan.changed,
        confirmed: plan.confirmed,
        written: plan.files.keys().cloned().collect(),
    })
}

fn read_limited(path: &Path) -> Result<String, ImportError> {
    let err = |source| ImportError::Read {
        path: path.to_owned(),
        source,
    };
    let file = fs::File::open(path).map_err(err)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(err)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            path: path.to_owned(),
        });
    }
    let text = String::from_utf8(bytes).map_err(|_| ImportError::NotUtf8 {
        path: path.to_owned(),
    })?;
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text))
}

/// XLIFF or PO, by extension, else by the first character.
fn parse(name: &str, path: &Path, text: &str) -> Result<Imported, ReadError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    let xml = match ext {
        "po" | "pot" => false,
        "xlf" | "xliff" | "xml" => true,
        _ => text.trim_start().starts_with('<'),
    };
    if xml {
        xliff::read(name, text)
    } else {
        po::read(name, text)
    }
}

/// The files to write, relative to the course folder, and what changed.
struct Plan {
    files: BTreeMap<String, String>,
    changed: usize,
    confirmed: usize,
}

fn plan(course: &CourseUnits, read: &[(String, ImportedUnit)]) -> Result<Plan, ImportError> {
    let mut errors = Vec::new();
    let accepted = check_units(course, read, &mut errors);
    let changed = accepted
        .iter()
        .filter(|(unit, imported, _)| unit.target.as_deref() != Some(imported.target.as_str()))
        .count();
    let out = rebuild(course, &accepted, &mut errors);
    structure(course, &out, &mut errors);
    if !errors.is_empty() {
        return Err(ImportError::Units(errors));
    }
    let (lock, confirmed) = lock(course, &accepted);
    let mut files: BTreeMap<String, String> = out
        .into_iter()
        .filter(|(f, t)| course.files.get(f) != Some(t))
        .map(|(f, t)| (format!("locales/{}/{f}", course.locale.tag()), t))
        .collect();
    if let Some(lock) = lock {
        files.insert(format!("locales/{}/{LOCK_FILE}", course.locale.tag()), lock);
    }
    Ok(Plan {
        files,
        changed,
        confirmed,
    })
}

/// A unit of the course with its translation as read, and the file it was read from.
type Accepted<'a> = (&'a Unit, &'a ImportedUnit, &'a str);

/// The translations that are what their English asks for; the others as errors.
fn check_units<'a>(
    course: &'a CourseUnits,
    read: &'a [(String, ImportedUnit)],
    errors: &mut Vec<UnitError>,
) -> Vec<Accepted<'a>> {
    let by_id: HashMap<&str, &Unit> = course.units.iter().map(|u| (u.id.as_str(), u)).collect();
    let mut accepted = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for (file, imported) in read {
        let error = |problem: String| UnitError {
            file: file.clone(),
            line: imported.line,
            unit: imported.id.clone(),
            problem,
        };
        let Some(unit) = by_id.get(imported.id.as_str()) else {
            errors.push(error(
                "the course has no such unit (exported from another version?)".to_owned(),
            ));
            continue;
        };
        if !seen.insert(&imported.id) {
            errors.push(error("translated twice".to_owned()));
            continue;
        }
        if let Err(problem) = checks::check(unit, &imported.target, course.locale) {
            errors.push(error(problem));
            continue;
        }
        accepted.push((*unit, imported, file.as_str()));
    }
    accepted
}

/// The locale's files with the translations put in: spliced into the range each had, added
/// at the end of a `.ftl` file when new, and a lesson new to the locale built on the English
/// one's skeleton. Relative to the locale folder.
fn rebuild(
    course: &CourseUnits,
    accepted: &[Accepted<'_>],
    errors: &mut Vec<UnitError>,
) -> BTreeMap<String, String> {
    type Splices = Vec<(std::ops::Range<usize>, String)>;
    let mut edits: BTreeMap<String, Splices> = BTreeMap::new();
    let mut appended: BTreeMap<String, String> = BTreeMap::new();
    let mut new_lessons: BTreeMap<String, Splices> = BTreeMap::new();
    for (unit, imported, file) in accepted {
        match (&unit.place, unit.kind) {
            (Some(place), _) => edits
                .entry(place.file.clone())
                .or_default()
                .push((place.range.clone(), imported.target.clone())),
            (None, UnitKind::Message | UnitKind::Term) => {
                let text = appended.entry(unit.file.clone()).or_default();
                text.push_str(&entry_source(&unit.local, &imported.target));
                text.push('\n');
            }
            (None, UnitKind::Block(_)) if !course.files.contains_key(&unit.file) => {
                if let Some(range) = &unit.source_range {
                    new_lessons
                        .entry(unit.file.clone())
                        .or_default()
                        .push((range.clone(), imported.target.clone()));
                }
            }
            (None, UnitKind::Block(_)) => errors.push(UnitError {
                file: (*file).to_owned(),
                line: imported.line,
                unit: unit.id.clone(),
                problem: "the translated lesson has no block with this id: its blocks differ from the English ones".to_owned(),
            }),
        }
    }
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for (file, splices) in edits {
        out.insert(file.clone(), splice(&course.files[&file], splices));
    }
    for (file, more) in appended {
        let text = out
            .entry(file.clone())
            .or_insert_with(|| course.files.get(&file).cloned().unwrap_or_default());
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&more);
    }
    for (file, splices) in new_lessons {
        // A lesson comes whole or not at all: half English would count as translated.
        let all: Vec<&Unit> = course.units.iter().filter(|u| u.file == file).collect();
        let missing: Vec<&&Unit> = all
            .iter()
            .filter(|u| !accepted.iter().any(|(a, _, _)| a.id == u.id))
            .collect();
        if !missing.is_empty() {
            errors.extend(missing.into_iter().map(|unit| {
                UnitError {
                    file: "(import)".to_owned(),
                    line: 0,
                    unit: unit.id.clone(),
                    problem: "missing: a lesson not yet translated is imported with all its blocks"
                        .to_owned(),
                }
            }));
            continue;
        }
        let english = course.english_files.get(&file).cloned().unwrap_or_default();
        out.insert(file, splice(&english, splices));
    }
    out
}

/// `text` with each range replaced (ranges do not overlap).
fn splice(text: &str, mut splices: Vec<(std::ops::Range<usize>, String)>) -> String {
    let mut text = text.to_owned();
    splices.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    for (range, new) in splices {
        text.replace_range(range, &new);
    }
    text
}

/// A translation must not change a lesson's structure (a paragraph that starts with `# ` is a
/// heading now) nor leave a `.ftl` file that does not parse.
fn structure(course: &CourseUnits, out: &BTreeMap<String, String>, errors: &mut Vec<UnitError>) {
    for (file, text) in out {
        if super::units::is_lesson(file) {
            let before = course
                .files
                .get(file)
                .or_else(|| course.english_files.get(file))
                .map(|t| lesson_blocks::blocks(t))
                .unwrap_or_default();
            let after = lesson_blocks::blocks(text);
            let shape = |b: &lesson_blocks::Block| (b.id.clone(), b.kind);
            let first_difference = before
                .iter()
                .map(shape)
                .zip(after.iter().map(shape))
                .position(|(a, b)| a != b)
                .or_else(|| (before.len() != after.len()).then(|| before.len().min(after.len())));
            if let Some(at) = first_difference {
                let id = before
                    .get(at)
                    .or(after.get(at))
                    .map(|b| b.id.clone())
                    .unwrap_or_default();
                errors.push(UnitError {
                    file: "(import)".to_owned(),
                    line: 0,
                    unit: format!("{file}#{id}"),
                    problem: "the translation changes the lesson's structure (a heading level, or a block split or merged)".to_owned(),
                });
            }
        } else {
            let mut problems = Vec::new();
            crate::texts::parse_file(file, text, &mut problems);
            if let Some(p) = problems.first() {
                errors.push(UnitError {
                    file: file.clone(),
                    line: p.line,
                    unit: file.clone(),
                    problem: p.message.clone(),
                });
            }
        }
    }
}

/// The new lock (if it changes) and how many units were newly confirmed.
fn lock(
    course: &CourseUnits,
    accepted: &[(&Unit, &ImportedUnit, &str)],
) -> (Option<String>, usize) {
    let mut lock: BTreeMap<String, String> = course
        .lock
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let mut confirmed = 0;
    let imported: HashMap<&str, &ImportedUnit> = accepted
        .iter()
        .map(|(u, i, _)| (u.id.as_str(), *i))
        .collect();
    // Whether each unit is current after the import.
    let current = |unit: &Unit| -> bool {
        let was = unit.target.is_some() && !unit.outdated;
        match imported.get(unit.id.as_str()) {
            None => was,
            Some(i) => {
                let confirms = i.fingerprint.as_deref() == Some(unit.fingerprint.as_str())
                    && !i.marked_outdated;
                confirms || (was && unit.target.as_deref() == Some(i.target.as_str()))
            }
        }
    };
    let mut lessons: BTreeMap<&str, Vec<&Unit>> = BTreeMap::new();
    for unit in &course.units {
        let was = unit.target.is_some() && !unit.outdated;
        let now = current(unit);
        if let UnitKind::Block(_) = unit.kind {
            lessons.entry(&unit.file).or_default().push(unit);
            if now && !was {
                confirmed += 1;
            }
            continue;
        }
        if now && !was {
            confirmed += 1;
            for (key, fp) in &unit.lock {
                lock.insert(key.clone(), fp.clone());
            }
        } else if !now && was {
            for (key, _) in &unit.lock {
                lock.remove(key);
            }
        }
    }
    for units in lessons.values() {
        let changed = units
            .iter()
            .any(|u| current(u) != (u.target.is_some() && !u.outdated));
        if !changed {
            continue;
        }
        let all_current = units.iter().all(|u| current(u));
        for unit in units {
            let mut entries = unit.lock.iter();
            if let Some((block_key, fp)) = entries.next() {
                if current(unit) {
                    lock.insert(block_key.clone(), fp.clone());
                } else {
                    lock.remove(block_key);
                }
            }
            if let Some((file_key, fp)) = entries.next() {
                if all_current {
                    lock.insert(file_key.clone(), fp.clone());
                } else {
                    lock.remove(file_key);
                }
            }
        }
    }
    let before: BTreeMap<String, String> = course
        .lock
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    ((lock != before).then(|| write_lock(&lock)), confirmed)
}

/// Writes every file next to its place, then renames them over the old ones.
fn write(course_dir: &Path, locale: Locale, plan: &Plan) -> Result<(), ImportError> {
    let _ = locale;
    let mut staged = Vec::new();
    for (file, text) in &plan.files {
        let path = course_dir.join(file);
        let err = |source| ImportError::Write {
            path: path.clone(),
            source,
        };
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(err)?;
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temp = path.with_file_name(format!(".{name}.kampus-import"));
        if let Err(source) = fs::write(&temp, text) {
            for (t, _) in &staged {
                let _ = fs::remove_file(t);
            }
            let _ = fs::remove_file(&temp);
            return Err(ImportError::Write { path: temp, source });
        }
        staged.push((temp, path));
    }
    for (temp, path) in staged {
        fs::rename(&temp, &path).map_err(|source| ImportError::Write { path, source })?;
    }
    Ok(())
}
