//! Delivering one queued message: over SMTP with lettre, or into an `.eml` file.

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

use crate::config::{MailConfig, SmtpTls};

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid address `{address}`: {reason}")]
    Address { address: String, reason: String },
    #[error("could not build the message: {0}")]
    Build(String),
    #[error("SMTP: {0}")]
    Smtp(String),
    #[error("could not write {path}: {reason}")]
    File { path: String, reason: String },
}

/// Where messages go.
#[derive(Clone)]
pub enum MailTransport {
    Smtp(SmtpTransport),
    /// Writes `<id>.eml` files into this folder.
    Files(PathBuf),
}

impl std::fmt::Debug for MailTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MailTransport::Smtp(_) => f.write_str("MailTransport::Smtp"),
            MailTransport::Files(dir) => write!(f, "MailTransport::Files({})", dir.display()),
        }
    }
}

/// How long one SMTP conversation may take.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

impl MailTransport {
    pub fn from_config(config: &MailConfig, data_dir: &std::path::Path) -> Result<Self, MailError> {
        match config {
            MailConfig::Files => Ok(MailTransport::Files(data_dir.join("mail"))),
            MailConfig::Smtp(smtp) => {
                let builder = match smtp.tls {
                    SmtpTls::None => SmtpTransport::builder_dangerous(&smtp.host),
                    SmtpTls::StartTls => SmtpTransport::starttls_relay(&smtp.host)
                        .map_err(|e| MailError::Smtp(e.to_string()))?,
                    SmtpTls::Tls => SmtpTransport::relay(&smtp.host)
                        .map_err(|e| MailError::Smtp(e.to_string()))?,
                };
                let mut builder = builder.port(smtp.port).timeout(Some(SMTP_TIMEOUT));
                if let (Some(user), Some(password)) = (&smtp.username, &smtp.password) {
                    builder = builder
                        .credentials(Credentials::new(user.clone(), password.expose().clone()));
                }
                Ok(MailTransport::Smtp(builder.build()))
            }
        }
    }

    /// Sends one message. `id` becomes its `Message-ID`, so a message sent twice (a crash
    /// between sending and recording it) is recognizably the same message.
    pub fn send(
        &self,
        id: &str,
        from: &str,
        to: &str,
        subject: &str,
        text: &str,
        html: &str,
    ) -> Result<(), MailError> {
        let parse = |address: &str| {
            address.parse::<Mailbox>().map_err(|e| MailError::Address {
                address: address.to_owned(),
                reason: e.to_string(),
            })
        };
        let message = Message::builder()
            .message_id(Some(format!("<{id}@kampus>")))
            .from(parse(from)?)
            .to(parse(to)?)
            .subject(subject)
            .multipart(MultiPart::alternative_plain_html(
                text.to_owned(),
                html.to_owned(),
            ))
            .map_err(|e| MailError::Build(e.to_string()))?;
        match self {
            MailTransport::Smtp(smtp) => smtp
                .send(&message)
                .map(|_| ())
                .map_err(|e| MailError::Smtp(e.to_string())),
            MailTransport::Files(dir) => {
                let path = dir.join(format!("{id}.eml"));
                let write = || -> std::io::Result<()> {
                    std::fs::create_dir_all(dir)?;
                    // Write then rename, so a reader never sees half a message.
                    let partial = dir.join(format!(".{id}.eml.partial"));
                    std::fs::write(&partial, message.formatted())?;
                    std::fs::rename(&partial, &path)
                };
                write().map_err(|e| MailError::File {
                    path: path.display().to_string(),
                    reason: e.to_string(),
                })?;
                tracing::info!(path = %path.display(), to, subject, "mail written to file (no SMTP server configured)");
                Ok(())
            }
        }
    }
}
