//! The admins' console (issue 21), under `/admin`: the publishing console — the translation
//! status of every published course, every course's versions, each version's validation
//! report and preview, uploading, publishing, rolling back and unpublishing — then people,
//! institutions, invitation codes and LRS credentials; certificates (finding, revoking, re-issuing), failed
//! mail and the audit log. Every page takes an [`Admin`]: a trainer or a learner gets 403.

pub mod audit;
pub mod certificates;
pub mod content;
pub mod institutions;
pub mod invitations;
pub mod lrs_credentials;
pub mod mail;
pub mod people;
pub mod preview;
pub mod publishing;

use std::future::Future;
use std::pin::Pin;

use actix_web::{FromRequest, HttpRequest, dev::Payload, web};
use kampus_store::users::Role;

use crate::error::PageError;
use crate::session::SignedIn;

pub fn configure(cfg: &mut web::ServiceConfig) {
    content::configure(cfg);
    publishing::configure(cfg);
    preview::configure(cfg);
    people::configure(cfg);
    institutions::configure(cfg);
    invitations::configure(cfg);
    lrs_credentials::configure(cfg);
    certificates::configure(cfg);
    mail::configure(cfg);
    audit::configure(cfg);
}

/// A signed-in admin.
#[derive(Debug, Clone)]
pub struct Admin(pub SignedIn);

impl FromRequest for Admin {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, PageError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let signed_in = SignedIn::from_request(req, payload);
        Box::pin(async move {
            let signed_in = signed_in.await?;
            if signed_in.user.role != Role::Admin {
                return Err(PageError::Forbidden);
            }
            Ok(Admin(signed_in))
        })
    }
}
