//! Invitations: a code to register with, for anyone who has it or for one address (then
//! mailed to it). Trainers invite learners into the institutions they follow.

use chrono::TimeDelta;
use kampus_content::Locale;
use kampus_store::invitations::{self, Invitation, NewInvitation};
use kampus_store::users::Role;
use kampus_store::{Email, InstitutionId, StoreError, UserId, institutions, outbox};

use crate::accounts::fields;
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

/// An invitation as a face received it, each member unchecked; `None`: not given.
#[derive(Debug, Clone, Default)]
pub struct InviteRequest {
    pub institution_id: Option<String>,
    pub email: Option<String>,
    pub role: Option<String>,
    pub expires_in_days: Option<i64>,
    pub max_uses: Option<i64>,
}

/// The invitation `request` asks for, made by `created_by` (`inviter` in the email), or each
/// member that breaks its rule: an institution id, an address, a role; 1 to 365 days (default
/// 14); 1 to 10 000 uses (default 1 for an invitation by email, 100 for a shared code).
/// Who may invite whom is the caller's to decide.
pub fn checked(
    request: &InviteRequest,
    created_by: UserId,
    inviter: String,
) -> Result<Invite, Vec<FieldError>> {
    let mut invalid = Vec::new();
    let institution = request
        .institution_id
        .as_deref()
        .map(|raw| {
            raw.parse::<InstitutionId>()
                .map_err(|_| FieldError::new("institution_id", "field-uuid-invalid"))
        })
        .transpose()
        .map_err(|e| invalid.push(e));
    let email = request
        .email
        .as_deref()
        .map(|raw| fields::email("email", raw))
        .transpose()
        .map_err(|e| invalid.push(e));
    let role = request
        .role
        .as_deref()
        .map_or(Ok(Role::Learner), str::parse)
        .map_err(|_| invalid.push(FieldError::new("role", "field-role-invalid")));
    let days = request.expires_in_days.unwrap_or(14);
    if !(1..=365).contains(&days) {
        invalid.push(FieldError::new("expires_in_days", "field-number-invalid"));
    }
    if request
        .max_uses
        .is_some_and(|uses| !(1..=10_000).contains(&uses))
    {
        invalid.push(FieldError::new("max_uses", "field-number-invalid"));
    }
    let (Ok(institution), Ok(email), Ok(role), true) =
        (institution, email, role, invalid.is_empty())
    else {
        return Err(invalid);
    };
    let max_uses = request.max_uses.map_or(
        if email.is_some() { 1 } else { 100 },
        // Within 1..=10 000, checked above.
        |uses| i32::try_from(uses).unwrap_or(i32::MAX),
    );
    Ok(Invite {
        institution,
        email,
        role,
        max_uses,
        days,
        created_by,
        inviter,
    })
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
