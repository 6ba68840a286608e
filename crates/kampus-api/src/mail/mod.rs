//! Outgoing mail: the transports (SMTP, or `.eml` files when no server is configured), and
//! the outbox worker that sends what the outbox table holds.
//!
//! Nothing sends mail directly. A workflow that causes an email composes it in the
//! recipient's language ([`kampus_usecases::mail`]) and queues it with
//! [`kampus_store::outbox::enqueue`] in its own transaction; the [`worker`] delivers it, with
//! retries.

mod transport;
pub mod worker;

pub use kampus_usecases::mail::{MailTemplate, compose};
pub use transport::{Attachment, MailError, MailTransport, Outgoing};
pub use worker::{AttachmentSource, NoAttachments};
