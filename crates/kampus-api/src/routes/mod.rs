//! The routes of the API, one module per area.

pub mod docs;
pub mod health;
pub mod login;
pub mod me;

use actix_web::web;

use crate::error::ApiError;
use crate::openapi;
use crate::telemetry::metrics_endpoint;

/// Registers every route.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/healthz").route(web::get().to(health::healthz)))
        .service(web::resource("/readyz").route(web::get().to(health::readyz)))
        .service(web::resource("/metrics").route(web::get().to(metrics_endpoint)))
        .service(web::resource("/openapi.json").route(web::get().to(openapi::openapi_json)))
        .service(web::resource("/docs").route(web::get().to(docs::page)))
        .service(web::resource("/docs/assets/{file}").route(web::get().to(docs::asset)))
        .service(
            web::scope("/api/v1")
                .service(web::resource("/auth/login").route(web::post().to(login::login)))
                .service(web::resource("/me").route(web::get().to(me::me))),
        );
}

/// The answer for any path no route matches.
pub async fn not_found() -> Result<actix_web::HttpResponse, ApiError> {
    Err(ApiError::NotFound)
}
