//! Certificate PDFs attached to the outbox's mail (rendering: `kampus_usecases::certificates::pdf`).

use std::sync::Arc;

use kampus_store::DbConnection;
use kampus_store::certificates;
use kampus_store::outbox::Mail;
use kampus_usecases::certificates::pdf::{file_name, render};
use kampus_usecases::i18n::Catalog;

use crate::mail::{Attachment, AttachmentSource};

/// The outbox worker's attachments: the PDF of the certificate a message names.
#[derive(Debug, Clone)]
pub struct CertificatePdfs {
    pub catalog: Arc<Catalog>,
    pub public_url: String,
}

impl AttachmentSource for CertificatePdfs {
    fn attachments(&self, conn: &mut DbConnection, mail: &Mail) -> Result<Vec<Attachment>, String> {
        let Some(id) = &mail.certificate_id else {
            return Ok(Vec::new());
        };
        let id = id
            .parse()
            .map_err(|_| format!("mail {}: certificate id {id} is not an id", mail.id))?;
        let certificate = certificates::find(conn, id).map_err(|e| e.to_string())?;
        let bytes =
            render(&self.catalog, &self.public_url, &certificate).map_err(|e| e.to_string())?;
        Ok(vec![Attachment {
            filename: file_name(&certificate),
            content_type: "application/pdf",
            bytes,
        }])
    }
}
