//! Delivering one queued message: over SMTP with lettre, or into an `.eml` file.

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Attachment as MimeAttachment, Mailbox, MultiPart};
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

/// A file that goes with a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub filename: String,
    /// `application/pdf`.
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

/// One message, ready to send.
#[derive(Debug, Clone, Copy)]
pub struct Outgoing<'a> {
    /// Its outbox id; it becomes the `Message-ID`, so a message sent twice (a crash between
    /// sending and recording it) is recognizably the same message.
    pub id: &'a str,
    pub from: &'a str,
    pub to: &'a str,
    pub subject: &'a str,
    pub text: &'a str,
    pub html: &'a str,
    pub attachments: &'a [Attachment],
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

    /// Sends one message.
    pub fn send(&self, mail: &Outgoing<'_>) -> Result<(), MailError> {
        let id = mail.id;
        let message = build(mail)?;
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
                tracing::info!(path = %path.display(), to = mail.to, subject = mail.subject, "mail written to file (no SMTP server configured)");
                Ok(())
            }
        }
    }
}

/// The MIME message: text and HTML alternatives, and the attachments after them.
fn build(mail: &Outgoing<'_>) -> Result<Message, MailError> {
    let parse = |address: &str| {
        address.parse::<Mailbox>().map_err(|e| MailError::Address {
            address: address.to_owned(),
            reason: e.to_string(),
        })
    };
    let builder = Message::builder()
        .message_id(Some(format!("<{}@kampus>", mail.id)))
        .from(parse(mail.from)?)
        .to(parse(mail.to)?)
        .subject(mail.subject);
    let body = MultiPart::alternative_plain_html(mail.text.to_owned(), mail.html.to_owned());
    let message = if mail.attachments.is_empty() {
        builder.multipart(body)
    } else {
        let mixed = mail.attachments.iter().try_fold(
            MultiPart::mixed().multipart(body),
            |mixed, file| {
                let content_type = ContentType::parse(file.content_type)
                    .map_err(|e| MailError::Build(e.to_string()))?;
                Ok::<_, MailError>(
                    mixed.singlepart(
                        MimeAttachment::new(file.filename.clone())
                            .body(file.bytes.clone(), content_type),
                    ),
                )
            },
        )?;
        builder.multipart(mixed)
    };
    message.map_err(|e| MailError::Build(e.to_string()))
}
