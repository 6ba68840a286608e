//! `kampus xapi credential create|list|revoke`: LRS credentials from the command line, e.g.
//! for the conformance suite in CI or to connect an analytics tool before any admin signs in.

use clap::{Args, Subcommand};
use kampus_store::SystemClock;
use kampus_xapi::lrs::Scope;
use kampus_xapi::lrs::credentials::NewCredential;

use crate::config::Config;
use crate::startup::connect_for_command;

#[derive(Debug, Subcommand)]
pub enum XapiCommand {
    /// LRS credentials (HTTP basic auth for /xapi).
    #[command(subcommand)]
    Credential(CredentialCommand),
}

#[derive(Debug, Subcommand)]
pub enum CredentialCommand {
    /// Make a credential and print its key and secret (the secret is shown only now).
    Create(CreateCredential),
    /// List the credentials, newest first.
    List,
    /// Revoke a credential: it stops working at once.
    Revoke {
        /// The credential's key.
        key: String,
    },
}

#[derive(Debug, Args)]
pub struct CreateCredential {
    /// What the credential is for (shown to admins and in its authority).
    #[arg(long)]
    name: String,
    /// Scopes: statements/write, statements/read/mine, statements/read, state, profile,
    /// define, all/read, all (repeat the option for several).
    #[arg(long = "scope", required = true, value_parser = scope_names())]
    scopes: Vec<String>,
    /// Read only statements about people of this institution (repeat for several).
    #[arg(long = "institution")]
    institutions: Vec<String>,
}

fn scope_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(Scope::ALL.map(Scope::name))
}

pub async fn run(config: &Config, command: XapiCommand) -> anyhow::Result<()> {
    let pool = connect_for_command(config).await?;
    let lrs = crate::startup::lrs(config, &pool, &(std::sync::Arc::new(SystemClock) as _));
    let XapiCommand::Credential(command) = command;
    match command {
        CredentialCommand::Create(args) => {
            let issued = lrs
                .create_credential(NewCredential {
                    name: args.name,
                    scopes: args.scopes.iter().filter_map(|s| Scope::parse(s)).collect(),
                    institutions: args.institutions,
                    created_by: None,
                })
                .await?;
            println!("key:    {}", issued.key);
            println!("secret: {}", issued.secret);
        }
        CredentialCommand::List => {
            for credential in lrs.credentials().await? {
                let state = credential
                    .revoked_at
                    .map_or_else(|| "active".to_owned(), |at| format!("revoked {at}"));
                println!(
                    "{}  {}  [{}]  {state}",
                    credential.key, credential.name, credential.scopes
                );
            }
        }
        CredentialCommand::Revoke { key } => {
            lrs.revoke_credential(key.clone(), None).await?;
            println!("Revoked {key}.");
        }
    }
    Ok(())
}
