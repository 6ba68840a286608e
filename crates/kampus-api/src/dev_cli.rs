//! `kampus dev …`: tools for developers. `kampus dev generate` fills an empty database with
//! generated institutions, learners and their progress in the published courses, for tests
//! at scale and benchmarks (see `kampus_dev::generate`).
//!
//! Only in a binary built with the feature `dev` (`cargo run --release --features dev -- dev
//! generate …`): the production binary contains no generator.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::{Args, Subcommand};
use kampus_content::Response;
use kampus_dev::generate::{self, CourseShape, Generated, Plan};
use kampus_progress::{GradedPaper, Paper};
use kampus_store::{Clock, StoreError, SystemClock};

use crate::config::Config;
use crate::startup::connect_for_command;
use kampus_usecases::certificates::facts::CertificateFacts;

#[derive(Debug, Subcommand)]
pub enum DevCommand {
    /// Fill an empty database with generated institutions, trainers, learners and their
    /// enrollments, lesson progress, attempts, surveys, completions and certificates, in the
    /// courses of KAMPUS_CONTENT_DIR. Refuses a database that has any users.
    Generate(GenerateArgs),
    /// Fill the LRS with generated xAPI statements (for `bench/xapi.sh`), through the LRS's
    /// own use case, spread over the last year.
    XapiStatements(crate::dev_xapi::XapiStatementsArgs),
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// How many learners.
    #[arg(long)]
    learners: u32,
    /// How many institutions (spread over BA, RS, ME, MK, AL, XK and HR).
    #[arg(long, default_value_t = 30)]
    institutions: u32,
    /// The same seed gives the same data.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

/// Attempts and certificates re-read with the application's own types after generating.
const CHECKED: i64 = 200;

pub async fn run(config: &Config, command: DevCommand) -> anyhow::Result<()> {
    let args = match command {
        DevCommand::Generate(args) => args,
        DevCommand::XapiStatements(args) => return crate::dev_xapi::run(config, args).await,
    };
    let started = Instant::now();
    let dir = config.content_dir.clone();
    let courses = actix_web::rt::task::spawn_blocking(move || load_shapes(&dir))
        .await
        .context("content loading task failed")??;
    let pool = connect_for_command(config).await?;
    let plan = Plan {
        learners: args.learners,
        institutions: args.institutions,
        issuer: config.issuer_name.clone(),
        ..Plan::default()
    };
    let seed = args.seed;
    let harder_in = plan.hard_locale.tag();
    let database = config.database_url.to_string();
    println!(
        "Generating {} learners in {} institutions, {} courses (seed {seed}) into {database} …",
        plan.learners,
        plan.institutions,
        courses.len()
    );
    let (generated, took, bytes) = actix_web::rt::task::spawn_blocking(
        move || -> anyhow::Result<(Generated, Duration, u64)> {
            let mut conn = pool.get()?;
            let begun = Instant::now();
            let generated =
                match generate::generate(&mut conn, &plan, &courses, SystemClock.now(), seed) {
                    Err(StoreError::Conflict(why)) => anyhow::bail!(
                        "{why}: `kampus dev generate` only fills an empty database \
                         (point DATABASE_URL or KAMPUS_DATA_DIR at a new one)"
                    ),
                    other => other?,
                };
            let took = begun.elapsed();
            check(&mut conn)?;
            Ok((generated, took, generate::database_size(&mut conn)?))
        },
    )
    .await
    .context("generation task failed")??;
    print_counts(&generated, harder_in);
    println!(
        "Generated in {:.1} s ({:.1} s in all); the database is {:.0} MB.",
        took.as_secs_f64(),
        started.elapsed().as_secs_f64(),
        bytes_to_mb(bytes)
    );
    Ok(())
}

/// The published courses of the content folder, as the generator sees them.
fn load_shapes(dir: &std::path::Path) -> anyhow::Result<Vec<CourseShape>> {
    anyhow::ensure!(dir.is_dir(), "no content folder at {}", dir.display());
    let mut shapes = Vec::new();
    for (path, outcome) in kampus_content::load_folder(dir) {
        match outcome.course {
            Some(course)
                if !outcome
                    .problems
                    .iter()
                    .any(kampus_content::Problem::is_error) =>
            {
                shapes.push(CourseShape::from_loaded(&course));
            }
            _ => eprintln!(
                "skipping {}: it has errors (`kampus content check`)",
                path.display()
            ),
        }
    }
    anyhow::ensure!(
        !shapes.is_empty(),
        "no publishable course in {}",
        dir.display()
    );
    Ok(shapes)
}

/// Re-grades a sample of the generated attempts with the application's grading and reads a
/// sample of certificates as the application reads them: the generator writes these JSON
/// columns in bulk (papers and results as `kampus_progress`'s own types, certificate
/// snapshots in a shape of its own, since `CertificateFacts` lives here) and must not drift
/// from the types that read them.
fn check(conn: &mut kampus_store::DbConnection) -> anyhow::Result<()> {
    let sample = generate::sample(conn, CHECKED)?;
    for attempt in &sample.attempts {
        let paper: Paper = serde_json::from_str(&attempt.paper)
            .with_context(|| format!("attempt {}: paper", attempt.id))?;
        let answers: HashMap<String, Response> = serde_json::from_str(&attempt.answers)
            .with_context(|| format!("attempt {}: answers", attempt.id))?;
        let stored: GradedPaper = serde_json::from_str(attempt.result.as_deref().unwrap_or(""))
            .with_context(|| format!("attempt {}: result", attempt.id))?;
        let graded = paper.grade(&answers);
        anyhow::ensure!(
            graded == stored
                && Some(graded.percent) == attempt.percent
                && graded.passed == attempt.passed,
            "attempt {}: re-grading gives {graded:?}, stored {stored:?}",
            attempt.id
        );
    }
    for certificate in &sample.certificates {
        CertificateFacts::of(certificate)?;
    }
    println!(
        "Checked: {} attempts re-graded, {} certificate snapshots read.",
        sample.attempts.len(),
        sample.certificates.len()
    );
    Ok(())
}

fn print_counts(g: &Generated, harder_in: &str) {
    for (what, n) in [
        ("institutions", g.institutions),
        ("trainers", g.trainers),
        ("learners", g.learners),
        ("enrollments", g.enrollments),
        ("progress events", g.progress_events),
        ("lesson progress rows", g.lesson_progress),
        ("attempts", g.attempts),
        ("survey responses", g.survey_responses),
        ("completions", g.completions),
        ("certificates", g.certificates),
        ("time-on-task rows", g.time_on_task),
    ] {
        println!("{n:>12}  {what}");
    }
    for (course, question) in &g.hard_questions {
        println!("  harder in {harder_in}: {course} / {question}");
    }
}

fn bytes_to_mb(bytes: u64) -> f64 {
    f64::from(u32::try_from(bytes / 1024).unwrap_or(u32::MAX)) / 1024.0
}
