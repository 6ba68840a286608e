//! `/api/v1/admin/xapi/credentials`: the keys and secrets LRS clients (analytics tools,
//! content players, other LRSs) use with HTTP basic auth at `/xapi`. Admins only: a
//! credential with a wide scope reads every learner's records.
//!
//! The secret is shown once, in the answer that makes the credential (`Cache-Control:
//! no-store`); only its hash is kept. Revoking keeps the credential listed (statements name it
//! as their authority) and it stops working at once. Both are recorded in the audit log
//! (`xapi.credential.create`, `xapi.credential.revoke`) by the LRS's use cases
//! ([`kampus_xapi::lrs::credentials`]), in the transaction of the change.
//!
//! The name keeps the rule of [`super::printed_text`] with the LRS's length: it is the
//! authority's `name` in every statement the credential writes.

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use kampus_xapi::lrs::credentials::{CreateError, Credential, NewCredential};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::users::InstitutionIdText;
use crate::caller::AdminUser;
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::state::AppState;
use kampus_usecases::admin::lrs_credentials;

/// A scope of an LRS credential: the scope names of xAPI (1.0.3 §6.4.2). A test checks this
/// list against the LRS's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum LrsScopeName {
    /// Write statements.
    #[serde(rename = "statements/write")]
    StatementsWrite,
    /// Read only the statements this credential wrote.
    #[serde(rename = "statements/read/mine")]
    StatementsReadMine,
    /// Read all statements (within its institutions, if bound to some).
    #[serde(rename = "statements/read")]
    StatementsRead,
    /// The State resource.
    #[serde(rename = "state")]
    State,
    /// The Agent and Activity Profile resources.
    #[serde(rename = "profile")]
    Profile,
    /// Activity definitions it sends are kept as the canonical ones.
    #[serde(rename = "define")]
    Define,
    /// Read everything.
    #[serde(rename = "all/read")]
    AllRead,
    /// Everything.
    #[serde(rename = "all")]
    All,
}

/// An LRS credential as admins see it (never its secret).
#[derive(Debug, Serialize, ToSchema)]
pub struct LrsCredentialView {
    /// The user name of HTTP basic auth.
    #[schema(example = "Zq3Kx8M2pN7vR4tW9yB1cD")]
    pub key: String,
    pub name: String,
    #[schema(value_type = Vec<LrsScopeName>)]
    pub scopes: Vec<String>,
    /// The institutions whose people's statements it may read; empty: not bound.
    #[schema(value_type = Vec<InstitutionIdText>)]
    pub institutions: Vec<String>,
    /// The Agent stamped as `authority` on the statements it writes.
    #[schema(value_type = Object)]
    pub authority: serde_json::Value,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// The admin who made it (a user id); none when made on the command line.
    #[schema(value_type = Option<String>, format = Uuid)]
    pub created_by: Option<String>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub revoked_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl From<Credential> for LrsCredentialView {
    fn from(c: Credential) -> Self {
        Self {
            authority: serde_json::from_str(&c.authority).unwrap_or_default(),
            key: c.key,
            name: c.name,
            scopes: c.scopes.split_whitespace().map(str::to_owned).collect(),
            institutions: c.institutions,
            created_at: c.created_at.and_utc(),
            created_by: c.created_by,
            revoked_at: c.revoked_at.map(|at| at.and_utc()),
        }
    }
}

/// A credential just made, with its secret: the only answer that shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct IssuedLrsCredential {
    #[serde(flatten)]
    pub credential: LrsCredentialView,
    /// The password of HTTP basic auth. Shown this once; only its hash is kept.
    pub secret: String,
}

/// Every LRS credential, newest first, revoked ones too (admins).
#[utoipa::path(
    get,
    path = "/api/v1/admin/xapi/credentials",
    operation_id = "list_lrs_credentials",
    tag = "admin",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Credentials, newest first (without secrets)", body = [LrsCredentialView]),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn list(
    state: web::Data<AppState>,
    _admin: AdminUser,
) -> Result<web::Json<Vec<LrsCredentialView>>, ApiError> {
    let found = state.lrs.credentials().await?;
    Ok(web::Json(found.into_iter().map(Into::into).collect()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewLrsCredentialRequest {
    /// What it is for, e.g. the analytics tool's name: 1 to 200 characters, not only spaces,
    /// without control characters or invisible text-direction controls. Spaces around it are
    /// removed. It is the authority's name in the statements it writes.
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = r"^[^\u0000-\u001F\u007F-\u009F\u061C\u200E-\u200F\u202A-\u202E\u2066-\u2069]*[^\u0000-\u0020\u007F-\u00A0\u061C\u1680\u2000-\u200A\u200E-\u200F\u2028-\u202F\u205F\u2066-\u2069\u3000\uFEFF][^\u0000-\u001F\u007F-\u009F\u061C\u200E-\u200F\u202A-\u202E\u2066-\u2069]*$",
        example = "Ministry analytics"
    )]
    pub name: String,
    /// What it may do: at least one scope (a scope given twice counts once).
    #[schema(value_type = Vec<LrsScopeName>, min_items = 1)]
    pub scopes: Vec<String>,
    /// Bind it to these institutions, by id: it then reads only statements about their
    /// people. Empty or left out: not bound (an id given twice counts once).
    #[schema(value_type = Vec<InstitutionIdText>)]
    #[serde(default)]
    pub institutions: Vec<String>,
}

/// Makes an LRS credential (admins); its secret is in this answer only.
#[utoipa::path(
    post,
    path = "/api/v1/admin/xapi/credentials",
    operation_id = "create_lrs_credential",
    tag = "admin",
    security(("bearer" = [])),
    request_body = NewLrsCredentialRequest,
    responses(
        (status = 201, description = "Made; `secret` is shown this once", body = IssuedLrsCredential),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`unknown-reference`: ids that name no institution, each named (`institutions.2`); nothing is stored", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid-body`: not the members this operation takes; `validation-failed`: a name that breaks its rule, no scope, an unknown scope or an item that is not an id, each named (`scopes.1`); nothing is stored", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn create(
    state: web::Data<AppState>,
    admin: AdminUser,
    body: crate::body::Json<NewLrsCredentialRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    let (new, places) = checked(&body, admin.0.id.to_string())?;
    let issued = match state.lrs.create_credential(new).await {
        Ok(issued) => issued,
        Err(CreateError::UnknownInstitutions(unknown)) => {
            return Err(ApiError::UnknownReference(
                unknown
                    .iter()
                    .map(|(at, _)| {
                        FieldError::new(
                            format!("institutions.{}", places.get(*at).copied().unwrap_or(*at)),
                            "field-institution-invalid",
                        )
                    })
                    .collect(),
            ));
        }
        Err(CreateError::Lrs(error)) => return Err(error.into()),
    };
    let credential = state
        .lrs
        .credential(issued.key.clone())
        .await?
        .ok_or_else(|| ApiError::Internal("a credential just made is not there".into()))?;
    tracing::info!(key = %issued.key, admin = %admin.0.id, "LRS credential made");
    Ok(HttpResponse::Created()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(IssuedLrsCredential {
            credential: credential.into(),
            secret: issued.secret,
        }))
}

/// The request checked, every problem at once ([`kampus_usecases::admin::lrs_credentials`],
/// the rules the pages apply too); with, for each institution kept, its place in the request.
fn checked(
    body: &NewLrsCredentialRequest,
    admin: String,
) -> Result<(NewCredential, Vec<usize>), ApiError> {
    lrs_credentials::checked(&body.name, &body.scopes, &body.institutions, admin)
        .map(|checked| (checked.credential, checked.places))
        .map_err(ApiError::Validation)
}

/// Revokes an LRS credential (admins): it stops working at once and stays listed. Revoking
/// a revoked one changes nothing.
#[utoipa::path(
    delete,
    path = "/api/v1/admin/xapi/credentials/{key}",
    operation_id = "revoke_lrs_credential",
    tag = "admin",
    security(("bearer" = [])),
    params(("key" = String, Path, description = "The credential's key")),
    responses(
        (status = 200, description = "Revoked", body = LrsCredentialView),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No credential has this key", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn revoke(
    state: web::Data<AppState>,
    admin: AdminUser,
    key: web::Path<String>,
) -> Result<web::Json<LrsCredentialView>, ApiError> {
    let key = key.into_inner();
    let revoked = state
        .lrs
        .revoke_credential(key, Some(admin.0.id.to_string()))
        .await?;
    tracing::info!(key = %revoked.key, admin = %admin.0.id, "LRS credential revoked");
    Ok(web::Json(revoked.into()))
}

#[cfg(test)]
mod tests {
    use kampus_xapi::lrs::Scope;

    use super::LrsScopeName;

    /// The document's scope names are the LRS's, in its order.
    #[test]
    fn the_scope_names_are_the_lrss() {
        use LrsScopeName as N;
        let documented = [
            N::StatementsWrite,
            N::StatementsReadMine,
            N::StatementsRead,
            N::State,
            N::Profile,
            N::Define,
            N::AllRead,
            N::All,
        ]
        .map(|n| serde_json::to_value(n).expect("name"));
        assert_eq!(documented, Scope::ALL.map(|s| serde_json::json!(s.name())));
    }
}
