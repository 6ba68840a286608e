//! `kampus dev xapi-statements`: fills the LRS with generated statements for its benchmark
//! (`bench/xapi.sh`), through the LRS's own use case (validation, stamping, lookup rows), in
//! batches of 500, spread over a year of `stored` times so `since` filters select a part.
//!
//! Only in a binary built with the feature `dev`.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Instant;

use chrono::{NaiveDateTime, TimeDelta};
use clap::Args;
use kampus_store::{Clock, SystemClock};
use kampus_xapi::lrs::{Caller, Scope};
use kampus_xapi::version::XapiVersion;
use serde_json::{Value, json};

use crate::config::Config;
use crate::startup::connect_for_command;

/// The verbs statements are spread over (the filter in the benchmark asks for the first).
pub const VERBS: [&str; 8] = [
    "http://adlnet.gov/expapi/verbs/completed",
    "http://adlnet.gov/expapi/verbs/experienced",
    "http://adlnet.gov/expapi/verbs/attempted",
    "http://adlnet.gov/expapi/verbs/answered",
    "http://adlnet.gov/expapi/verbs/passed",
    "http://adlnet.gov/expapi/verbs/failed",
    "http://adlnet.gov/expapi/verbs/registered",
    "http://adlnet.gov/expapi/verbs/progressed",
];

#[derive(Debug, Args)]
pub struct XapiStatementsArgs {
    /// How many statements.
    #[arg(long)]
    statements: u64,
    /// How many learners they are about (`mailto:learner<N>@bench.example`).
    #[arg(long, default_value_t = 10_000)]
    agents: u64,
    /// How many activities they are about.
    #[arg(long, default_value_t = 1_000)]
    activities: u64,
}

/// A clock the filler moves on: each batch is stored a little later than the one before.
#[derive(Debug)]
struct SteppingClock(AtomicI64);

impl Clock for SteppingClock {
    fn now(&self) -> NaiveDateTime {
        chrono::DateTime::from_timestamp(self.0.load(Ordering::Relaxed), 0)
            .unwrap_or_default()
            .naive_utc()
    }
}

const BATCH: u64 = 500;

pub async fn run(config: &Config, args: XapiStatementsArgs) -> anyhow::Result<()> {
    anyhow::ensure!(
        args.agents > 0 && args.activities > 0,
        "--agents and --activities must be above 0"
    );
    let pool = connect_for_command(config).await?;
    let year = TimeDelta::days(365).num_seconds();
    let start = SystemClock.now().and_utc().timestamp() - year;
    let step = (year
        / i64::try_from(args.statements.div_ceil(BATCH))
            .unwrap_or(1)
            .max(1))
    .max(1);
    let clock = Arc::new(SteppingClock(AtomicI64::new(start)));
    let lrs = crate::startup::lrs(config, &pool, &(clock.clone() as Arc<dyn Clock>));
    let caller = Caller {
        key: "bench".into(),
        scopes: vec![Scope::All],
        authority: lrs.authority_of("bench", "benchmark filler"),
        institutions: Vec::new(),
    };
    let begun = Instant::now();
    let mut made = 0;
    while made < args.statements {
        let batch: Vec<Value> = (made..(made + BATCH).min(args.statements))
            .map(|n| statement(n, &args))
            .collect();
        made += batch.len() as u64;
        lrs.post_statements(
            &caller,
            XapiVersion::V2_0_0,
            Value::Array(batch),
            Vec::new(),
        )
        .await?;
        clock.0.fetch_add(step, Ordering::Relaxed);
    }
    println!(
        "Stored {made} statements in {:.1} s ({:.0} statements/s), stored over the last year.",
        begun.elapsed().as_secs_f64(),
        f64::from(u32::try_from(made).unwrap_or(u32::MAX)) / begun.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The `n`th statement: a learner, a verb and an activity chosen by `n` (deterministic).
fn statement(n: u64, args: &XapiStatementsArgs) -> Value {
    let agent = (n * 7919) % args.agents;
    let activity = (n * 104_729) % args.activities;
    // By n / 3, not n: a learner's statements (every 10,000th n) then have every verb.
    let verb = VERBS[usize::try_from((n / 3) % 8).unwrap_or(0)];
    json!({
        "actor": {"objectType": "Agent", "mbox": format!("mailto:learner{agent}@bench.example")},
        "verb": {"id": verb, "display": {"en-US": verb.rsplit('/').next().unwrap_or(verb)}},
        "object": {
            "objectType": "Activity",
            "id": format!("https://bench.example/activities/{activity}"),
            "definition": {"name": {"en-US": format!("Activity {activity}")}}
        },
        "result": {"score": {"scaled": f64::from(u32::try_from(n % 100).unwrap_or(0)) / 100.0}, "completion": true},
        "context": {"contextActivities": {"grouping": [{"id": "https://bench.example/courses/1"}]}}
    })
}
