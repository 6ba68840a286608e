//! The outbox worker: a thread that claims due messages, sends them and records the outcome.
//!
//! It runs on its own OS thread (SMTP is blocking and slow; it must never hold an HTTP
//! worker), polls the outbox every `poll_interval`, and stops when its [`MailWorker`] handle
//! is dropped or stopped.

use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use kampus_store::outbox::{self, Mail, RetryPolicy};
use kampus_store::{Clock, DbConnection, Pool};

use super::{Attachment, MailTransport, Outgoing};

/// Makes the files that go with a queued message: the outbox keeps references (a
/// certificate's id), not documents.
pub trait AttachmentSource: Send + Sync + std::fmt::Debug {
    fn attachments(&self, conn: &mut DbConnection, mail: &Mail) -> Result<Vec<Attachment>, String>;
}

/// For workers whose messages carry no files; a message that names one fails.
#[derive(Debug, Clone, Copy)]
pub struct NoAttachments;

impl AttachmentSource for NoAttachments {
    fn attachments(&self, _: &mut DbConnection, mail: &Mail) -> Result<Vec<Attachment>, String> {
        match &mail.certificate_id {
            None => Ok(Vec::new()),
            Some(id) => Err(format!("no attachment source for certificate {id}")),
        }
    }
}

/// How the worker runs.
#[derive(Debug, Clone)]
pub struct WorkerSettings {
    pub poll_interval: Duration,
    pub batch: i64,
    pub retry: RetryPolicy,
    /// The `From:` of every message.
    pub from: String,
    pub attachments: Arc<dyn AttachmentSource>,
}

/// A running worker; stopping or dropping it ends the thread after its current message.
#[derive(Debug)]
pub struct MailWorker {
    stop: Option<Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl MailWorker {
    pub fn start(
        pool: Pool,
        transport: MailTransport,
        clock: Arc<dyn Clock>,
        settings: WorkerSettings,
    ) -> std::io::Result<Self> {
        let (stop, stopped) = mpsc::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("kampus-mail".into())
            .spawn(move || {
                tracing::info!(transport = ?transport, "mail worker started");
                loop {
                    run_once(&pool, &transport, clock.as_ref(), &settings);
                    match stopped.recv_timeout(settings.poll_interval) {
                        Err(RecvTimeoutError::Timeout) => {}
                        Ok(()) | Err(RecvTimeoutError::Disconnected) => break,
                    }
                }
                tracing::info!("mail worker stopped");
            })?;
        Ok(Self {
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    pub fn stop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for MailWorker {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Claims and sends one batch of due messages; returns how many were sent.
pub fn run_once(
    pool: &Pool,
    transport: &MailTransport,
    clock: &dyn Clock,
    settings: &WorkerSettings,
) -> usize {
    let mut conn = match pool.get() {
        Ok(conn) => conn,
        Err(e) => {
            tracing::warn!(error = %e, "mail worker: database unavailable");
            return 0;
        }
    };
    let claimed = match outbox::claim_due(&mut conn, clock.now(), settings.batch) {
        Ok(claimed) => claimed,
        Err(e) => {
            tracing::warn!(error = %e, "mail worker: could not claim messages");
            return 0;
        }
    };
    let mut sent = 0;
    for mail in claimed {
        let outcome = settings
            .attachments
            .attachments(&mut conn, &mail)
            .map_err(super::MailError::Build)
            .and_then(|attachments| {
                transport.send(&Outgoing {
                    id: &mail.id,
                    from: &settings.from,
                    to: &mail.recipient,
                    subject: &mail.subject,
                    text: &mail.body_text,
                    html: &mail.body_html,
                    attachments: &attachments,
                })
            });
        let settled = match &outcome {
            Ok(()) => {
                sent += 1;
                tracing::info!(mail_id = %mail.id, template = %mail.template, attempt = mail.attempts, "mail sent");
                outbox::mark_sent(&mut conn, &mail.id, clock.now())
            }
            Err(e) => {
                tracing::warn!(mail_id = %mail.id, attempt = mail.attempts, error = %e, "mail not sent");
                outbox::mark_attempt_failed(
                    &mut conn,
                    &mail.id,
                    &e.to_string(),
                    clock.now(),
                    &settings.retry,
                )
            }
        };
        if let Err(e) = settled {
            // The lease expires and the message is claimed again: at least once, never lost.
            tracing::error!(mail_id = %mail.id, error = %e, "mail worker: could not record the outcome");
        }
    }
    sent
}
