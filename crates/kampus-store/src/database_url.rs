//! Which database to use, parsed from `DATABASE_URL`.
//!
//! The scheme decides the backend: `sqlite://path` or `postgres://…` (`postgresql://` too).
//! Anything else is refused with a message naming what was expected. This matters because
//! SQLite accepts any string as a file name: without this check a typo such as
//! `postgress://db/kampus` would silently create a new, empty SQLite file and the server would
//! start on the wrong database.

use std::fmt;
use std::path::{Path, PathBuf};

/// The database backend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        })
    }
}

/// A validated database URL.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// A SQLite database file.
    Sqlite(PathBuf),
    /// A PostgreSQL connection URL, passed to libpq as it is.
    Postgres(String),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DatabaseUrlError {
    #[error(
        "DATABASE_URL `{0}` has no scheme; expected `sqlite://<path>` or `postgres://<user>@<host>/<db>`"
    )]
    MissingScheme(String),
    #[error(
        "DATABASE_URL scheme `{scheme}` is not supported; expected `sqlite://<path>` or `postgres://<user>@<host>/<db>`"
    )]
    UnknownScheme { scheme: String },
    #[error("DATABASE_URL `sqlite://` needs a file path, e.g. `sqlite://data/kampus.db`")]
    EmptySqlitePath,
    #[error("DATABASE_URL is not a valid PostgreSQL URL: {0}")]
    InvalidPostgres(String),
    #[error(
        "DATABASE_URL names no PostgreSQL database; add one, e.g. `postgres://postgres@127.0.0.1/kampus`"
    )]
    MissingPostgresDatabase,
}

impl DatabaseUrl {
    /// Parses a URL, refusing unknown schemes.
    pub fn parse(raw: &str) -> Result<Self, DatabaseUrlError> {
        let raw = raw.trim();
        let Some((scheme, rest)) = raw.split_once("://") else {
            return Err(DatabaseUrlError::MissingScheme(redact(raw)));
        };
        match scheme.to_ascii_lowercase().as_str() {
            "sqlite" => {
                // `sqlite://data/kampus.db` is relative, `sqlite:///var/lib/kampus.db` absolute.
                let path = rest.split('?').next().unwrap_or_default();
                if path.is_empty() {
                    return Err(DatabaseUrlError::EmptySqlitePath);
                }
                Ok(DatabaseUrl::Sqlite(PathBuf::from(path)))
            }
            "postgres" | "postgresql" => {
                let parsed = url::Url::parse(raw)
                    .map_err(|e| DatabaseUrlError::InvalidPostgres(e.to_string()))?;
                if parsed.path().trim_start_matches('/').is_empty() {
                    return Err(DatabaseUrlError::MissingPostgresDatabase);
                }
                Ok(DatabaseUrl::Postgres(raw.to_owned()))
            }
            other => Err(DatabaseUrlError::UnknownScheme {
                scheme: other.to_owned(),
            }),
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            DatabaseUrl::Sqlite(_) => Backend::Sqlite,
            DatabaseUrl::Postgres(_) => Backend::Postgres,
        }
    }

    /// The SQLite file, if this is a SQLite URL.
    pub fn sqlite_path(&self) -> Option<&Path> {
        match self {
            DatabaseUrl::Sqlite(path) => Some(path),
            DatabaseUrl::Postgres(_) => None,
        }
    }

    /// The string handed to the driver. Contains the password, if any: never log it.
    pub fn connection_string(&self) -> String {
        match self {
            DatabaseUrl::Sqlite(path) => path.to_string_lossy().into_owned(),
            DatabaseUrl::Postgres(url) => url.clone(),
        }
    }

    /// The PostgreSQL database name, if this is a PostgreSQL URL.
    pub fn postgres_database(&self) -> Option<String> {
        match self {
            DatabaseUrl::Postgres(raw) => url::Url::parse(raw)
                .ok()
                .map(|u| u.path().trim_start_matches('/').to_owned()),
            DatabaseUrl::Sqlite(_) => None,
        }
    }

    /// The same PostgreSQL server with another database, e.g. `postgres` for maintenance.
    pub fn with_postgres_database(&self, database: &str) -> Option<DatabaseUrl> {
        match self {
            DatabaseUrl::Postgres(raw) => {
                let mut parsed = url::Url::parse(raw).ok()?;
                parsed.set_path(&format!("/{database}"));
                Some(DatabaseUrl::Postgres(parsed.to_string()))
            }
            DatabaseUrl::Sqlite(_) => None,
        }
    }
}

/// Shows the URL with any password replaced, so it can be logged.
impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatabaseUrl::Sqlite(path) => write!(f, "sqlite://{}", path.display()),
            DatabaseUrl::Postgres(raw) => f.write_str(&redact(raw)),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({self})")
    }
}

fn redact(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut parsed) if parsed.password().is_some() => {
            // Setting a password only fails for URLs that cannot have one.
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => raw.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_paths_relative_and_absolute() {
        assert_eq!(
            DatabaseUrl::parse("sqlite://data/kampus.db"),
            Ok(DatabaseUrl::Sqlite("data/kampus.db".into()))
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///var/lib/kampus.db"),
            Ok(DatabaseUrl::Sqlite("/var/lib/kampus.db".into()))
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite://"),
            Err(DatabaseUrlError::EmptySqlitePath)
        );
    }

    #[test]
    fn postgres_urls_are_kept_and_redacted_for_display() {
        let url = DatabaseUrl::parse("postgres://kampus:s3cret@db:5432/kampus").expect("valid");
        assert_eq!(url.backend(), Backend::Postgres);
        assert_eq!(url.to_string(), "postgres://kampus:***@db:5432/kampus");
        assert!(!format!("{url:?}").contains("s3cret"));
        assert_eq!(url.postgres_database().as_deref(), Some("kampus"));
        assert!(DatabaseUrl::parse("postgresql://postgres@127.0.0.1/x").is_ok());
        assert_eq!(
            DatabaseUrl::parse("postgres://postgres@127.0.0.1"),
            Err(DatabaseUrlError::MissingPostgresDatabase)
        );
    }

    #[test]
    fn typos_and_unknown_schemes_are_refused() {
        assert_eq!(
            DatabaseUrl::parse("postgress://db/kampus"),
            Err(DatabaseUrlError::UnknownScheme {
                scheme: "postgress".into()
            })
        );
        assert!(matches!(
            DatabaseUrl::parse("mysql://root@localhost/kampus"),
            Err(DatabaseUrlError::UnknownScheme { .. })
        ));
        assert!(matches!(
            DatabaseUrl::parse("kampus.db"),
            Err(DatabaseUrlError::MissingScheme(_))
        ));
    }
}
