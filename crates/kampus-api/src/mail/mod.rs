//! Outgoing mail: localized templates, the transports (SMTP, or `.eml` files when no server
//! is configured), and the outbox worker that sends what the outbox table holds.
//!
//! Nothing sends mail directly. A change that causes an email queues it with
//! [`kampus_store::outbox::enqueue`] in its own transaction (compose it with
//! [`compose`]); the [`worker`] delivers it, with retries.

mod compose;
mod transport;
pub mod worker;

pub use compose::{MailTemplate, compose};
pub use transport::{Attachment, MailError, MailTransport, Outgoing};
pub use worker::{AttachmentSource, NoAttachments};
