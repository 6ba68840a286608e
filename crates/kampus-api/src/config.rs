//! Typed configuration, read from the environment with defaults that need no set-up.
//!
//! Every setting is one `KAMPUS_*` variable (plus `DATABASE_URL`); see the table in README.md.
//! Parsing is separate from the process environment ([`Config::from_vars`]) so tests build
//! configurations without touching global state.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use kampus_store::{DatabaseUrl, DatabaseUrlError};

use crate::secret::Secret;

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines, for a terminal.
    Text,
    /// One JSON object per line, for a log collector.
    Json,
}

/// How the SMTP connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    /// Plain SMTP: only for a local relay or a test sink such as Mailpit.
    None,
    /// Upgrade with STARTTLS (port 587).
    StartTls,
    /// TLS from the first byte (port 465).
    Tls,
}

/// Where outgoing mail goes.
#[derive(Debug, Clone)]
pub enum MailConfig {
    /// No SMTP server configured: each message is written as an `.eml` file under
    /// `<data dir>/mail`, so a fresh `cargo run --release` works with zero set-up.
    Files,
    Smtp(SmtpConfig),
}

/// SMTP settings.
#[derive(Debug, Clone)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
    pub username: Option<String>,
    pub password: Option<Secret<String>>,
}

/// Where the key that signs access tokens comes from.
#[derive(Debug, Clone)]
pub enum JwtSecretSource {
    /// `KAMPUS_JWT_SECRET`: required when several nodes serve one database.
    Env(Secret<Vec<u8>>),
    /// A file in the data folder, generated on first run.
    File(PathBuf),
}

/// The issuer printed on certificates unless `KAMPUS_ISSUER_NAME` says otherwise.
pub const DEFAULT_ISSUER: &str = "Regional Migration Training Centre, Plandište";

#[derive(Debug, Clone)]
pub struct Config {
    pub bind: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: DatabaseUrl,
    /// Where reports read (`KAMPUS_REPORTS_DATABASE_URL`, e.g. a PostgreSQL streaming
    /// replica); `None`: the primary, `database_url`.
    pub reports_database_url: Option<DatabaseUrl>,
    pub db_pool_size: u32,
    pub content_dir: PathBuf,
    pub public_url: String,
    pub jwt_secret: JwtSecretSource,
    pub mail: MailConfig,
    /// The `From:` header of outgoing mail, e.g. `Kampus <no-reply@kampus.example>`.
    pub mail_from: String,
    /// How often the outbox worker looks for due mail.
    pub mail_poll_interval: Duration,
    /// How often a node checks whether admins published new content (it then reloads).
    pub content_poll_interval: Duration,
    /// Attempts before a message is marked failed.
    pub mail_max_attempts: i32,
    /// Wait after the first failed attempt (doubles with each further failure, up to 1 hour).
    pub mail_retry_base: Duration,
    /// Sign-in and sign-up attempts one IP address may make per minute (per node).
    pub login_ip_limit_per_minute: u32,
    /// Failed sign-ins after which an account is locked for the rest of the window.
    pub login_account_failures: i32,
    pub login_account_window_minutes: i64,
    pub log_format: LogFormat,
    /// Largest JSON request body accepted, in bytes.
    pub json_limit: usize,
    /// Worker threads serving HTTP (default: one per core).
    pub workers: Option<usize>,
    /// How long in-flight requests may take to finish after SIGTERM or SIGINT.
    pub shutdown_timeout: Duration,
    /// How long a node may reuse a learner's account and enrollment on the hottest paths
    /// (reading lessons, recording progress) before reading them again; zero turns it off.
    /// Changes made through this node apply at once; through another node, within this time.
    pub access_cache_ttl: Duration,
    /// Who issues certificates, as printed on them.
    pub issuer_name: String,
    /// Where the keys that sign Open Badges credentials are (`KAMPUS_KEYS_DIR`, by default
    /// `<data>/keys`). Every node must see the same keys.
    pub keys_dir: PathBuf,
    /// Certificate verifications one IP address may make per minute (per node).
    pub verify_limit_per_minute: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{var}: {message}")]
    Invalid { var: &'static str, message: String },
    #[error(transparent)]
    DatabaseUrl(#[from] DatabaseUrlError),
}

/// The smallest signing key accepted: 256 bits, as RFC 7518 §3.2 requires for HS256.
pub const MIN_JWT_SECRET_BYTES: usize = 32;

impl Config {
    /// Reads the configuration from the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// Reads the configuration from `lookup` (a variable name to its value).
    pub fn from_vars(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let var = |name: &str| {
            lookup(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };

        let bind: SocketAddr = parse(&var, "KAMPUS_BIND", "127.0.0.1:8080")?;
        let data_dir = PathBuf::from(var("KAMPUS_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = DatabaseUrl::parse(
            &var("DATABASE_URL")
                .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("kampus.db").display())),
        )?;
        let reports_database_url = var("KAMPUS_REPORTS_DATABASE_URL")
            .map(|url| DatabaseUrl::parse(&url))
            .transpose()?;
        let jwt_secret = match var("KAMPUS_JWT_SECRET") {
            Some(secret) if secret.len() < MIN_JWT_SECRET_BYTES => {
                return Err(ConfigError::Invalid {
                    var: "KAMPUS_JWT_SECRET",
                    message: format!("must be at least {MIN_JWT_SECRET_BYTES} bytes long"),
                });
            }
            Some(secret) => JwtSecretSource::Env(Secret::new(secret.into_bytes())),
            None => JwtSecretSource::File(data_dir.join("jwt-secret")),
        };
        let mail = mail_config(&var)?;
        let mail_from =
            var("KAMPUS_MAIL_FROM").unwrap_or_else(|| "Kampus <no-reply@localhost>".into());
        let log_format = match var("KAMPUS_LOG_FORMAT").as_deref().unwrap_or("text") {
            "text" => LogFormat::Text,
            "json" => LogFormat::Json,
            other => return Err(invalid("KAMPUS_LOG_FORMAT", other, "text or json")),
        };
        let workers = var("KAMPUS_WORKERS")
            .map(|raw| {
                raw.parse::<usize>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| invalid("KAMPUS_WORKERS", &raw, "a positive number"))
            })
            .transpose()?;
        let public_url = var("KAMPUS_PUBLIC_URL")
            .unwrap_or_else(|| format!("http://{bind}"))
            .trim_end_matches('/')
            .to_owned();
        Ok(Config {
            bind,
            db_pool_size: parse(&var, "KAMPUS_DB_POOL_SIZE", "10")?,
            content_dir: PathBuf::from(
                var("KAMPUS_CONTENT_DIR").unwrap_or_else(|| "content".into()),
            ),
            json_limit: parse(&var, "KAMPUS_JSON_LIMIT_BYTES", "65536")?,
            access_cache_ttl: millis(&var, "KAMPUS_ACCESS_CACHE_TTL_MS", "10000")?,
            issuer_name: issuer_name(&var)?,
            keys_dir: var("KAMPUS_KEYS_DIR").map_or_else(|| data_dir.join("keys"), PathBuf::from),
            shutdown_timeout: Duration::from_secs(parse(
                &var,
                "KAMPUS_SHUTDOWN_TIMEOUT_SECS",
                "30",
            )?),
            data_dir,
            database_url,
            reports_database_url,
            public_url,
            jwt_secret,
            mail,
            mail_from,
            mail_poll_interval: millis(&var, "KAMPUS_MAIL_POLL_INTERVAL_MS", "2000")?,
            content_poll_interval: millis(&var, "KAMPUS_CONTENT_POLL_INTERVAL_MS", "2000")?,
            mail_max_attempts: parse(&var, "KAMPUS_MAIL_MAX_ATTEMPTS", "8")?,
            login_ip_limit_per_minute: parse(&var, "KAMPUS_LOGIN_IP_LIMIT_PER_MINUTE", "30")?,
            verify_limit_per_minute: parse(&var, "KAMPUS_VERIFY_LIMIT_PER_MINUTE", "120")?,
            login_account_failures: parse(&var, "KAMPUS_LOGIN_ACCOUNT_FAILURES", "10")?,
            login_account_window_minutes: parse(&var, "KAMPUS_LOGIN_ACCOUNT_WINDOW_MINUTES", "15")?,
            mail_retry_base: millis(&var, "KAMPUS_MAIL_RETRY_BASE_MS", "30000")?,
            log_format,
            workers,
        })
    }
}

/// Outgoing mail: SMTP when `KAMPUS_SMTP_HOST` is set, else files in the data folder.
fn mail_config(var: &impl Fn(&str) -> Option<String>) -> Result<MailConfig, ConfigError> {
    Ok(match var("KAMPUS_SMTP_HOST") {
        None => MailConfig::Files,
        Some(host) => {
            let tls = match var("KAMPUS_SMTP_TLS").as_deref().unwrap_or("starttls") {
                "none" => SmtpTls::None,
                "starttls" => SmtpTls::StartTls,
                "tls" => SmtpTls::Tls,
                other => {
                    return Err(invalid("KAMPUS_SMTP_TLS", other, "none, starttls or tls"));
                }
            };
            let default_port = match tls {
                SmtpTls::None => "25",
                SmtpTls::StartTls => "587",
                SmtpTls::Tls => "465",
            };
            MailConfig::Smtp(SmtpConfig {
                host,
                port: parse(var, "KAMPUS_SMTP_PORT", default_port)?,
                tls,
                username: var("KAMPUS_SMTP_USERNAME"),
                password: var("KAMPUS_SMTP_PASSWORD").map(Secret::new),
            })
        }
    })
}

/// The issuer printed on certificates and the public verification page: refused with a
/// control character or an invisible text-direction control (issue 18: they would reorder
/// what a verifier reads).
fn issuer_name(var: &impl Fn(&str) -> Option<String>) -> Result<String, ConfigError> {
    let Some(name) = var("KAMPUS_ISSUER_NAME") else {
        return Ok(DEFAULT_ISSUER.to_owned());
    };
    let name = name.trim().to_owned();
    let refused = name
        .chars()
        .find(|c| kampus_content::text_safety::is_unprintable(*c));
    match refused {
        Some(c) => Err(ConfigError::Invalid {
            var: "KAMPUS_ISSUER_NAME",
            message: format!(
                "holds {}, which certificates must not print",
                kampus_content::text_safety::bidi_control_name(c)
                    .unwrap_or_else(|| format!("the control character U+{:04X}", u32::from(c)))
            ),
        }),
        None if name.is_empty() => Ok(DEFAULT_ISSUER.to_owned()),
        None => Ok(name),
    }
}

fn invalid(var: &'static str, value: &str, expected: &str) -> ConfigError {
    ConfigError::Invalid {
        var,
        message: format!("`{value}` is not valid; expected {expected}"),
    }
}

/// A duration given in milliseconds.
fn millis(
    var: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    default: &str,
) -> Result<Duration, ConfigError> {
    parse(var, name, default).map(Duration::from_millis)
}

fn parse<T: std::str::FromStr>(
    var: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    default: &str,
) -> Result<T, ConfigError>
where
    T::Err: std::fmt::Display,
{
    let raw = var(name).unwrap_or_else(|| default.to_owned());
    raw.parse::<T>().map_err(|e| ConfigError::Invalid {
        var: name,
        message: format!("`{raw}`: {e}"),
    })
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        Config::from_vars(|name| map.get(name).cloned())
    }

    /// Issue 18.3: the issuer is printed on every certificate and the verification page.
    #[test]
    fn an_issuer_name_with_direction_or_control_characters_is_refused() {
        let named = config(&[("KAMPUS_ISSUER_NAME", "  Centar za obuku  ")]).expect("valid");
        assert_eq!(named.issuer_name, "Centar za obuku");
        for bad in [
            "Centar \u{202E}ukbo",
            "Centar\u{2066} za obuku",
            "Centar\nza obuku",
        ] {
            let refused = config(&[("KAMPUS_ISSUER_NAME", bad)]);
            assert!(
                matches!(
                    refused,
                    Err(ConfigError::Invalid {
                        var: "KAMPUS_ISSUER_NAME",
                        ..
                    })
                ),
                "{bad:?}"
            );
        }
        // Set but blank is not set, as for every variable: the default issuer.
        let blank = config(&[("KAMPUS_ISSUER_NAME", "  ")]).expect("default");
        assert_eq!(blank.issuer_name, DEFAULT_ISSUER);
        let message = config(&[("KAMPUS_ISSUER_NAME", "a\u{202E}b")])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(message.contains("U+202E"), "{message}");
    }

    #[test]
    fn defaults_need_no_set_up() {
        let c = config(&[]).expect("defaults");
        assert_eq!(c.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(c.database_url, DatabaseUrl::Sqlite("data/kampus.db".into()));
        assert_eq!(c.public_url, "http://127.0.0.1:8080");
        assert!(
            matches!(c.jwt_secret, JwtSecretSource::File(ref p) if p.ends_with("data/jwt-secret"))
        );
        assert_eq!(c.log_format, LogFormat::Text);
        assert!(
            matches!(c.mail, MailConfig::Files),
            "no SMTP server needed by default"
        );
    }

    #[test]
    fn smtp_port_follows_the_tls_mode() {
        let c = config(&[("KAMPUS_SMTP_HOST", "mail.example.org")]).expect("valid");
        assert!(
            matches!(c.mail, MailConfig::Smtp(ref s) if s.port == 587 && s.tls == SmtpTls::StartTls)
        );
        let c = config(&[
            ("KAMPUS_SMTP_HOST", "mailpit"),
            ("KAMPUS_SMTP_TLS", "none"),
            ("KAMPUS_SMTP_PORT", "1025"),
        ])
        .expect("valid");
        assert!(
            matches!(c.mail, MailConfig::Smtp(ref s) if s.port == 1025 && s.tls == SmtpTls::None)
        );
    }

    #[test]
    fn database_follows_the_data_dir() {
        let c = config(&[("KAMPUS_DATA_DIR", "/var/lib/kampus")]).expect("valid");
        assert_eq!(
            c.database_url,
            DatabaseUrl::Sqlite("/var/lib/kampus/kampus.db".into())
        );
    }

    #[test]
    fn bad_values_name_their_variable() {
        let e = config(&[("DATABASE_URL", "postgress://db/kampus")]).expect_err("refused");
        assert!(e.to_string().contains("postgress"), "{e}");
        let e = config(&[("KAMPUS_BIND", "localhost")]).expect_err("refused");
        assert!(e.to_string().starts_with("KAMPUS_BIND"), "{e}");
        let e = config(&[("KAMPUS_JWT_SECRET", "short")]).expect_err("refused");
        assert!(e.to_string().contains("at least 32 bytes"), "{e}");
        let e = config(&[("KAMPUS_LOG_FORMAT", "xml")]).expect_err("refused");
        assert!(e.to_string().contains("text or json"), "{e}");
    }

    #[test]
    fn secrets_are_redacted_in_debug_output() {
        let c = config(&[
            (
                "KAMPUS_JWT_SECRET",
                "0123456789abcdef0123456789abcdef-very-secret",
            ),
            ("KAMPUS_SMTP_HOST", "mail.example.org"),
            ("KAMPUS_SMTP_PASSWORD", "smtp-pass-123"),
            ("DATABASE_URL", "postgres://kampus:db-pass-456@db/kampus"),
        ])
        .expect("valid");
        let debug = format!("{c:?}");
        for secret in ["very-secret", "smtp-pass-123", "db-pass-456"] {
            assert!(!debug.contains(secret), "{secret} leaked: {debug}");
        }
    }
}
