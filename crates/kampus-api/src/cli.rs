//! The `kampus` command line: `serve` (the default), `migrate`, `user create-admin`,
//! `user create`, `content …`, `keys …`, `reports check|recount`, `xapi credential …`, and `dev generate` when
//! built with the feature `dev`.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use kampus_content::Locale;
use kampus_store::users::{self, NewUser, Role};
use kampus_store::{Clock, Email, InstitutionId, StoreError, SystemClock};

use crate::auth::account_fields::DisplayName;
use crate::config::Config;
use crate::content_cli::ContentCommand;
use crate::startup::{Application, connect_for_command};
use crate::telemetry;
use kampus_usecases::accounts::password;

/// Kampus: self-paced eLearning for migration, asylum and border institutions.
///
/// Configuration comes from the environment (KAMPUS_*, DATABASE_URL); see README.md.
#[derive(Debug, Parser)]
#[command(name = "kampus", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Migrate the database and serve the API (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage user accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Check, confirm and scaffold course content.
    #[command(subcommand)]
    Content(ContentCommand),
    /// The keys that sign Open Badges credentials (in `KAMPUS_KEYS_DIR`, `<data>/keys`).
    #[command(subcommand)]
    Keys(KeysCommand),
    /// The reports' aggregates: check them against a full recount, or recount them.
    #[command(subcommand)]
    Reports(crate::reports_cli::ReportsCommand),
    /// The xAPI Learning Record Store: its credentials.
    #[command(subcommand)]
    Xapi(crate::xapi_cli::XapiCommand),
    /// Tools for developers: generated data for tests at scale and benchmarks.
    #[cfg(feature = "dev")]
    #[command(subcommand)]
    Dev(crate::dev_cli::DevCommand),
}

#[derive(Debug, Subcommand)]
enum KeysCommand {
    /// List the keys, oldest first, and which one signs new credentials.
    List,
    /// Make a new key that signs from now on (restart running servers); credentials signed
    /// by older keys keep verifying, since each names its own key.
    Rotate,
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Create an administrator account and print a one-time password for it.
    CreateAdmin(AccountArgs),
    /// Create an account of any role (a learner by default), its address already verified,
    /// e.g. to enrol a cohort from a script.
    Create(CreateAccount),
}

#[derive(Debug, Args)]
struct CreateAccount {
    #[command(flatten)]
    account: AccountArgs,
    /// learner, trainer or admin.
    #[arg(long, default_value = "learner")]
    role: String,
    /// Id of the learner's institution (see GET /api/v1/admin/institutions).
    #[arg(long)]
    institution: Option<String>,
}

#[derive(Debug, Args)]
struct AccountArgs {
    /// Email address to sign in with.
    #[arg(long)]
    email: String,
    /// Name as shown in the interface and printed on documents (any script).
    #[arg(long)]
    name: String,
    /// Preferred interface language (a locale tag).
    #[arg(long, default_value = "en", value_parser = locale_tags())]
    locale: String,
    /// Read the password from the first line of standard input instead of generating one.
    #[arg(long)]
    password_stdin: bool,
}

/// The locales Kampus serves, as `--locale` takes them (and `--help` lists them).
fn locale_tags() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(Locale::ALL.map(Locale::tag))
}

fn keys(config: &Config, command: &KeysCommand) -> anyhow::Result<()> {
    let dir = &config.keys_dir;
    let ring = match command {
        KeysCommand::List => kampus_badge::KeyRing::load_or_create(dir)?,
        KeysCommand::Rotate => kampus_badge::KeyRing::rotate(dir)?,
    };
    let active = ring.active().did();
    for key in ring.keys() {
        let did = key.did();
        let marker = if did == active {
            "  (signs new credentials)"
        } else {
            ""
        };
        println!(
            "{}  {did}{marker}",
            key.created().format("%Y-%m-%d %H:%M:%S UTC")
        );
    }
    Ok(())
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    let command = match Cli::parse().command.unwrap_or(Command::Serve) {
        // Content commands work on files only: no configuration, database or runtime needed.
        Command::Content(command) => return crate::content_cli::run(command),
        other => other,
    };
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("kampus: configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    let _flush_logs_on_exit = telemetry::init_logging(config.log_format);
    let outcome = actix_web::rt::System::new().block_on(run(command, config));
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kampus: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => {
            let app = Application::build(config).await?;
            app.run_until_stopped().await?;
            tracing::info!("stopped");
            Ok(())
        }
        Command::Migrate => {
            connect_for_command(&config).await?;
            println!("Database {} is migrated.", config.database_url);
            Ok(())
        }
        Command::User(UserCommand::CreateAdmin(args)) => {
            create_account(&config, args, Role::Admin, None).await
        }
        Command::User(UserCommand::Create(args)) => {
            let role: Role = args.role.parse().map_err(|_| {
                anyhow::anyhow!("--role: `{}` is not learner, trainer or admin", args.role)
            })?;
            let institution = args
                .institution
                .as_deref()
                .map(str::parse::<InstitutionId>)
                .transpose()
                .map_err(|_| anyhow::anyhow!("--institution: not an institution id"))?;
            create_account(&config, args.account, role, institution).await
        }
        Command::Keys(command) => keys(&config, &command),
        #[cfg(feature = "dev")]
        Command::Dev(command) => crate::dev_cli::run(&config, command).await,
        Command::Reports(command) => crate::reports_cli::run(&config, &command).await,
        Command::Xapi(command) => crate::xapi_cli::run(&config, command).await,
        Command::Content(command) => {
            let status = crate::content_cli::run(command);
            anyhow::ensure!(status == ExitCode::SUCCESS, "content command failed");
            Ok(())
        }
    }
}

async fn create_account(
    config: &Config,
    args: AccountArgs,
    role: Role,
    institution_id: Option<InstitutionId>,
) -> anyhow::Result<()> {
    let email = Email::parse(args.email.trim())?;
    let locale: Locale = args.locale.parse()?;
    // The rule the API keeps for names (see `account_fields`), so that a name set here can
    // be set there too.
    let name = DisplayName::parse(&args.name)
        .map_err(|e| anyhow::anyhow!("--name: {e}"))?
        .into_string();
    let (password, generated) = if args.password_stdin {
        (read_password_from_stdin()?, false)
    } else {
        (password::generate(), true)
    };
    anyhow::ensure!(
        password.chars().count() >= password::MIN_PASSWORD_CHARS,
        "the password must have at least {} characters",
        password::MIN_PASSWORD_CHARS
    );
    let pool = connect_for_command(config).await?;
    let to_hash = password.clone();
    let created = actix_web::rt::task::spawn_blocking(move || -> anyhow::Result<users::User> {
        let new = NewUser {
            email,
            display_name: name,
            preferred_locale: locale,
            role,
            institution_id,
            password_hash: Some(password::hash(&to_hash)?),
            gender: None,
            // The operator vouches for the address.
            email_verified_at: Some(SystemClock.now()),
        };
        let mut conn = pool.get()?;
        users::insert(&mut conn, &new, SystemClock.now()).map_err(|e| match e {
            StoreError::Conflict(_) => {
                anyhow::anyhow!("an account with the address {} already exists", new.email)
            }
            StoreError::Constraint(_) if new.institution_id.is_some() => {
                anyhow::anyhow!("there is no institution with the id given in --institution")
            }
            other => other.into(),
        })
    })
    .await
    .context("account creation task failed")??;
    let kind = match created.role {
        Role::Admin => "administrator",
        Role::Trainer => "trainer",
        Role::Learner => "learner",
    };
    println!(
        "Created {kind} {} ({}, id {}).",
        created.display_name, created.email, created.id
    );
    if generated {
        // Printed once, to stdout only: it is never logged or stored in clear.
        println!("One-time password: {password}");
        println!("Sign in with it and change it; it is not shown again.");
    }
    Ok(())
}

fn read_password_from_stdin() -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("Password (input is visible; end with Enter):");
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}
