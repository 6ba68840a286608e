//! `GET /api/v1/me/certificates`: the caller's certificates, newest first, with the ones
//! they replaced (revoked) after them.

use actix_web::web;
use kampus_store::certificates;

use super::CertificateView;
use crate::caller::AuthenticatedUser;
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

/// The caller's certificates.
#[utoipa::path(
    get,
    path = "/api/v1/me/certificates",
    tag = "certificates",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's certificates, newest first", body = Vec<CertificateView>),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn mine(
    state: web::Data<AppState>,
    caller: AuthenticatedUser,
) -> Result<web::Json<Vec<CertificateView>>, ApiError> {
    let user_id = caller.0.id;
    let found = state
        .db
        .run(move |conn| certificates::of_user(conn, user_id))
        .await?;
    found
        .into_iter()
        .map(|c| CertificateView::of(&state, c))
        .collect::<Result<Vec<_>, _>>()
        .map(web::Json)
}

/// One certificate: for its holder, the trainers of the holder's institution and admins.
#[utoipa::path(
    get,
    path = "/api/v1/certificates/{id}",
    operation_id = "get_certificate",
    tag = "certificates",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The certificate's id")),
    responses(
        (status = 200, description = "The certificate", body = CertificateView),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such certificate, or not the caller's to see", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn get(
    state: web::Data<AppState>,
    caller: AuthenticatedUser,
    id: web::Path<String>,
) -> Result<web::Json<CertificateView>, ApiError> {
    let id = id.into_inner();
    let certificate = state
        .db
        .run(move |conn| super::readable(conn, &caller.0, &id))
        .await?;
    CertificateView::of(&state, certificate).map(web::Json)
}
