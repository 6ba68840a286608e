//! `kampus reports check` and `kampus reports recount`: the reports' aggregates (kept in step
//! with the events by the store, see `kampus_store::reports::aggregates`) against a full
//! recount of what is recorded, and a recount for after a bulk load or a hand-made change to
//! the database.

use std::collections::HashMap;

use anyhow::Context;
use clap::Subcommand;
use kampus_store::reports::aggregates;

use crate::config::Config;
use crate::startup::connect_for_command;

#[derive(Debug, Subcommand)]
pub enum ReportsCommand {
    /// Compare the aggregates with a full recount; exits non-zero and lists the first
    /// differences when there are any.
    Check,
    /// Recount every aggregate from the recorded events, with the finals of the published
    /// courses (one transaction; the reports read the old figures until it commits).
    Recount,
}

pub async fn run(config: &Config, command: &ReportsCommand) -> anyhow::Result<()> {
    let pool = connect_for_command(config).await?;
    let recount = matches!(command, ReportsCommand::Recount);
    actix_web::rt::task::spawn_blocking(move || -> anyhow::Result<()> {
        let mut conn = pool.get()?;
        if recount {
            let published =
                kampus_usecases::publishing::folder::load_published(&mut conn, &HashMap::new())?;
            let summarized = kampus_usecases::reports::recount(
                &mut conn,
                published.iter().map(|(_, c)| c.as_ref()),
            )?;
            println!("Recounted; {summarized} graded attempts summarized.");
            return Ok(());
        }
        let differences = aggregates::differences(&mut conn, 20)?;
        if differences.is_empty() {
            println!("The reports' aggregates equal a full recount.");
            return Ok(());
        }
        for difference in &differences {
            println!("{difference}");
        }
        anyhow::bail!(
            "the reports' aggregates differ from a recount (run `kampus reports recount`)"
        )
    })
    .await
    .context("reports task failed")?
}
