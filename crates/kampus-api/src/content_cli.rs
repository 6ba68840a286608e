//! `kampus content …`: checking, confirming and scaffolding course content, exporting and
//! importing translations (XLIFF, PO) with the termbase as TBX, and printing its answer key (no server and no database needed).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
use kampus_content::answer_key::AnswerKeyError;
use kampus_content::termbase::{self, Termbase};
use kampus_content::{AnswerKey, Locale, exchange};

#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    /// Load and validate courses; print every problem (file:line:column) and the coverage
    /// of each locale. Exits non-zero when any error would block publishing.
    Check {
        /// A course folder, a .zip or .tar.gz bundle, or a folder of courses.
        path: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: OutputFormat,
    },
    /// Record that a locale's texts translate the current English texts (clears "outdated").
    Confirm {
        /// The course folder.
        course: PathBuf,
        /// The translated locale, e.g. sr-Cyrl.
        #[arg(long)]
        locale: String,
    },
    /// Write the skeleton of a new course, valid and with every locale's files.
    NewCourse {
        /// Id and folder name, e.g. migration-and-security.
        slug: String,
        /// Where to create it.
        #[arg(long, default_value = "content")]
        dir: PathBuf,
    },
    /// Add a lesson to a module of a course, with its text in every locale.
    NewLesson {
        /// The course folder.
        course: PathBuf,
        #[arg(long)]
        module: String,
        /// The new lesson's id.
        #[arg(long)]
        lesson: String,
    },
    /// Print a course's answer key as JSON: for every question of every assessment (pooled
    /// ones included), a response that earns full marks.
    ///
    /// Shape: {"course": id, "assessments": {assessment id: {question id: response}}}, each
    /// response as `PUT /api/v1/attempts/{id}/answers` accepts it, e.g.
    /// {"type": "choice", "value": "a"}. An answer sheet for authors and trainers: it gives
    /// every assessment away, so keep it from learners.
    AnswerKey {
        /// The course folder, or a .zip or .tar.gz bundle.
        course: PathBuf,
    },
    /// Export a locale's texts for a translation tool: one unit per Fluent message and per
    /// lesson block, with the English, the translation and whether it is outdated.
    Export {
        /// The course folder.
        course: PathBuf,
        /// The translated locale, e.g. mk.
        #[arg(long)]
        locale: String,
        #[arg(long, value_enum, default_value = "xliff")]
        format: ExchangeFormat,
        /// Only the units whose translation is outdated.
        #[arg(long)]
        only_outdated: bool,
        /// Where to write it (default: standard output).
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
    /// Import translated XLIFF or PO files into a locale of a course. Checks every unit and
    /// writes nothing unless all are valid; confirms (translations.lock) only the units
    /// translated against the current English and no longer marked for review.
    Import {
        /// XLIFF (.xlf) or PO (.po) files made by `kampus content export`.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long)]
        course: PathBuf,
        #[arg(long)]
        locale: String,
    },
    /// Write the termbase (content/termbase.toml) as TBX-Basic for a translation tool: a
    /// conceptEntry per term with English and the locale (or every locale).
    Termbase {
        /// The termbase file, or a folder of courses or a course folder to find it from.
        #[arg(default_value = "content")]
        path: PathBuf,
        /// Only this locale (besides English), e.g. sq.
        #[arg(long)]
        locale: Option<String>,
        /// Where to write it (default: standard output).
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExchangeFormat {
    Xliff,
    Po,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
}

pub fn run(command: ContentCommand) -> ExitCode {
    match command {
        ContentCommand::Check { path, format } => {
            let report = kampus_content::check(&path);
            match format {
                OutputFormat::Text => print!("{report}"),
                OutputFormat::Json => println!("{}", report.to_json()),
            }
            if report.has_errors() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        ContentCommand::Confirm { course, locale } => {
            let locale = match locale.parse::<Locale>() {
                Ok(locale) => locale,
                Err(e) => return fail(&e),
            };
            match kampus_content::confirm_translations(&course, locale) {
                Ok(summary) => {
                    println!(
                        "{}: {} text(s) confirmed, {} updated, written to {}",
                        summary.locale,
                        summary.confirmed,
                        summary.updated,
                        summary.lock_file.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e),
            }
        }
        ContentCommand::NewCourse { slug, dir } => match kampus_content::new_course(&dir, &slug) {
            Ok(created) => {
                println!(
                    "Created {}. Check it with: kampus content check {}",
                    created.display(),
                    created.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
        ContentCommand::NewLesson {
            course,
            module,
            lesson,
        } => match kampus_content::new_lesson(&course, &module, &lesson) {
            Ok(files) => {
                for file in files {
                    println!("wrote {}", file.display());
                }
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
        ContentCommand::AnswerKey { course } => answer_key(&course),
        ContentCommand::Export {
            course,
            locale,
            format,
            only_outdated,
            output,
        } => export(&course, &locale, format, only_outdated, output.as_deref()),
        ContentCommand::Import {
            files,
            course,
            locale,
        } => import(&files, &course, &locale),
        ContentCommand::Termbase {
            path,
            locale,
            output,
        } => termbase_tbx(&path, locale.as_deref(), output.as_deref()),
    }
}

fn export(
    course: &Path,
    locale: &str,
    format: ExchangeFormat,
    only_outdated: bool,
    output: Option<&Path>,
) -> ExitCode {
    let locale = match locale.parse::<Locale>() {
        Ok(locale) => locale,
        Err(e) => return fail(&e),
    };
    let format = match format {
        ExchangeFormat::Xliff => exchange::Format::Xliff,
        ExchangeFormat::Po => exchange::Format::Po,
    };
    let exported = match exchange::export(course, locale, format, only_outdated) {
        Ok(exported) => exported,
        Err(e) => return fail(&e),
    };
    match output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, &exported.content) {
                return fail(&format!("cannot write {}: {e}", path.display()));
            }
            if matches!(format, exchange::Format::Xliff)
                && let Some(termbase) = termbase::find_for_course(course)
                && let Err(code) = write_tbx(&termbase, Some(locale), &path.with_extension("tbx"))
            {
                return code;
            }
        }
        None => print!("{}", exported.content),
    }
    eprintln!(
        "{locale}: {} unit(s), {} outdated, {} untranslated",
        exported.units, exported.outdated, exported.untranslated
    );
    ExitCode::SUCCESS
}

/// Writes the termbase at `path` as TBX-Basic (for `locale`, or all) to `output`.
fn write_tbx(path: &Path, locale: Option<Locale>, output: &Path) -> Result<(), ExitCode> {
    let termbase = Termbase::read(path).map_err(|e| fail(&format!("{}: {e}", path.display())))?;
    std::fs::write(output, termbase::tbx::to_tbx(&termbase, locale))
        .map_err(|e| fail(&format!("cannot write {}: {e}", output.display())))?;
    eprintln!(
        "termbase: {} term(s) -> {}",
        termbase.terms.len(),
        output.display()
    );
    Ok(())
}

fn termbase_tbx(path: &Path, locale: Option<&str>, output: Option<&Path>) -> ExitCode {
    let locale = match locale.map(str::parse::<Locale>).transpose() {
        Ok(locale) => locale,
        Err(e) => return fail(&e),
    };
    let file = if path.is_file() {
        Some(path.to_owned())
    } else if path.join(termbase::FILE).is_file() {
        Some(path.join(termbase::FILE))
    } else {
        termbase::find_for_course(path)
    };
    let Some(file) = file else {
        return fail(&format!("no {} at {}", termbase::FILE, path.display()));
    };
    if let Some(output) = output {
        return match write_tbx(&file, locale, output) {
            Ok(()) => ExitCode::SUCCESS,
            Err(code) => code,
        };
    }
    match Termbase::read(&file) {
        Ok(termbase) => {
            print!("{}", termbase::tbx::to_tbx(&termbase, locale));
            ExitCode::SUCCESS
        }
        Err(e) => fail(&format!("{}: {e}", file.display())),
    }
}

fn import(files: &[PathBuf], course: &Path, locale: &str) -> ExitCode {
    let locale = match locale.parse::<Locale>() {
        Ok(locale) => locale,
        Err(e) => return fail(&e),
    };
    match exchange::import(files, course, locale) {
        Ok(summary) => {
            println!(
                "{}: {} unit(s) read, {} changed, {} newly confirmed",
                summary.locale, summary.units, summary.changed, summary.confirmed
            );
            for file in summary.written {
                println!("wrote {}", course.join(file).display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

fn answer_key(course: &Path) -> ExitCode {
    match AnswerKey::read(course) {
        Ok(key) => {
            println!("{}", key.to_json());
            ExitCode::SUCCESS
        }
        Err(e) => {
            if let AnswerKeyError::InvalidManifest { problems, .. } = &e {
                // Located as `content check` locates them: `archive.zip!/course.toml:…`.
                let separator = if course.is_dir() { "/" } else { "!/" };
                for problem in problems {
                    eprintln!("{}{separator}{problem}", course.display());
                }
            }
            fail(&e)
        }
    }
}

fn fail(error: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("kampus: {error}");
    ExitCode::FAILURE
}
