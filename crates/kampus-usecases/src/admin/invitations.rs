//! Invitations: a code to register with, for anyone who has it or for one address (then
//! mailed to it). Trainers invite learners into the institutions they follow.

use chrono::TimeDelta;
use kampus_content::Locale;
use kampus_store::invitations::{self, Invitation, NewInvitation};
use kampus_store::users::Role;
use kampus_store::{Email, InstitutionId, StoreError, UserId, institutions, outbox};

use crate::context::Context;
use crate::error::{FieldError, UseCaseError};
use crate::mail::{MailTemplate, compose};
use crate::retry;
use crate::scope::Scope;

/// An invitation to make (its fields passed their rules, the inviter may make it).
#[derive(Debug, Clone)]
pub struct Invite {
    pub institution: Option<InstitutionId>,
    /// Mailed the code, and the only address that may use it.
    pub email: Option<Email>,
    pub role: Role,
    pub max_uses: i32,
    /// Days until it expires.
    pub days: i64,
    pub created_by: UserId,
    /// The inviter's name, as the email says it.
    pub inviter: String,
}

/// Creates an invitation (and queues its email when it names an address); the invitation and
/// its code, shown once.
pub async fn create(ctx: &Context, invite: Invite) -> Result<(Invitation, String), UseCaseError> {
    let job_ctx = ctx.clone();
    let created = ctx
        .blocking(move |conn| {
            let now = job_ctx.now();
            Ok::<_, UseCaseError>(retry::write(conn, |tx| {
                if let Some(i) = invite.institution
                    && matches!(institutions::find(tx, i), Err(StoreError::NotFound))
                {
                    return Ok(None);
                }
                let new = NewInvitation {
                    institution_id: invite.institution,
                    email: invite.email.clone(),
                    role: invite.role,
                    created_by: Some(invite.created_by),
                    expires_at: now + TimeDelta::days(invite.days),
                    max_uses: invite.max_uses,
                };
                let (invitation, code) = invitations::create(tx, &new, now)?;
                if let Some(email) = &invite.email {
                    let mail = compose(
                        &job_ctx.strings,
                        &MailTemplate::Invitation {
                            inviter: invite.inviter.clone(),
                            link: format!("{}/register?code={code}", job_ctx.issuer.public_url),
                            days: invite.days,
                        },
                        email.as_str(),
                        Locale::En,
                    );
                    outbox::enqueue(tx, &mail, now)?;
                }
                Ok::<_, StoreError>(Some((invitation, code)))
            })?)
        })
        .await?;
    created.ok_or_else(|| {
        UseCaseError::UnknownReference(vec![FieldError::new(
            "institution_id",
            "field-institution-invalid",
        )])
    })
}

/// Revokes an invitation in the caller's `scope`: its code stops working (accounts made with
/// it stay). One outside the scope is not found.
pub async fn revoke(ctx: &Context, id: String, scope: Scope) -> Result<Invitation, UseCaseError> {
    let now = ctx.now();
    ctx.write(move |tx| {
        let invitation = invitations::find(tx, &id)?;
        if !scope.includes(invitation.institution_id) {
            return Err(StoreError::NotFound);
        }
        invitations::revoke(tx, &id, now)
    })
    .await
}
