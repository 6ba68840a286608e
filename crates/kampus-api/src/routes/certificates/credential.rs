//! `GET /api/v1/certificates/{id}/credential`: the certificate as a signed Open Badges 3.0
//! credential, for the people who may read the certificate; and
//! `GET /api/v1/credentials/status/{key}`: the revocation list verifiers fetch, for anyone.

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use kampus_store::certificates;
use kampus_usecases::certificates::credentials;

use crate::caller::AuthenticatedUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

/// VC Data Model 2.0's media type for a credential.
const VC_MEDIA_TYPE: &str = "application/vc";

/// The certificate's Open Badges 3.0 credential (W3C VC 2.0, `eddsa-rdfc-2022` proof by a
/// `did:key`): signed at the first download and the same document ever after.
#[utoipa::path(
    get,
    path = "/api/v1/certificates/{id}/credential",
    tag = "certificates",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The certificate's id")),
    responses(
        (status = 200, description = "The signed OpenBadgeCredential (JSON-LD)", content_type = "application/vc"),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such certificate, or not the caller's to see", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn credential(
    state: web::Data<AppState>,
    caller: AuthenticatedUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let certificate = state
        .db
        .run(move |conn| super::readable(conn, &caller.0, &id))
        .await?;
    let serial = certificate.serial.clone();
    let course = state.content().shared_course_by_id(&certificate.course_id);
    let json =
        credentials::credential_of(&state.cases, state.credentials.clone(), certificate, course)
            .await?;
    Ok(super::download::document(
        json.into_bytes(),
        VC_MEDIA_TYPE,
        format!("{serial}.json"),
    ))
}

/// A Bitstring Status List credential: bit n set means the certificate whose credential names
/// this list and index n is revoked. Signed by the key in the path (each key has its own list
/// with the same bits, since a verifier expects the list's issuer to be the credential's).
#[utoipa::path(
    get,
    path = "/api/v1/credentials/status/{key}",
    tag = "certificates",
    params(("key" = String, Path, description = "The issuer key's multibase public key (the did:key suffix, z6Mk…)")),
    responses(
        (status = 200, description = "The signed BitstringStatusListCredential", content_type = "application/vc"),
        (status = 404, description = "Not one of this issuer's keys", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn status_list(
    state: web::Data<AppState>,
    key: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let revoked = state.db.run(certificates::revoked_status_indices).await?;
    let (key, list_state) = (key.into_inner(), state.clone());
    let list = web::block(move || {
        list_state
            .credentials
            .status_list(&list_state.config.public_url, &key, revoked)
    })
    .await
    .map_err(|e| ApiError::Internal(e.to_string()))?
    .map_err(|e| ApiError::Internal(format!("status list: {e}")))?
    .ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type(VC_MEDIA_TYPE)
        // Verifiers may cache it a little; a revocation shows within a minute.
        .insert_header((header::CACHE_CONTROL, "public, max-age=60"))
        .body(list.as_str().to_owned()))
}
