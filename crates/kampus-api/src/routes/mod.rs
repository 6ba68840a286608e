//! The routes of the API, one module per area.

pub mod admin;
pub mod auth;
pub mod docs;
pub mod health;
pub mod me;
pub mod patch;

use actix_web::middleware::from_fn;
use actix_web::web;

use crate::auth::guard;
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
                .service(web::resource("/auth/login").route(web::post().to(auth::login::login)))
                .service(
                    web::resource("/auth/register").route(web::post().to(auth::register::register)),
                )
                .service(
                    web::resource("/auth/verify-email")
                        .route(web::post().to(auth::verification::verify_email)),
                )
                .service(
                    web::resource("/auth/verify-email/resend")
                        .route(web::post().to(auth::verification::resend)),
                )
                .service(
                    web::resource("/auth/refresh").route(web::post().to(auth::sessions::refresh)),
                )
                .service(
                    web::resource("/auth/logout").route(web::post().to(auth::sessions::logout)),
                )
                .service(
                    web::resource("/auth/logout-all")
                        .route(web::post().to(auth::sessions::logout_all)),
                )
                .service(
                    web::resource("/auth/password-reset")
                        .route(web::post().to(auth::password_reset::request_reset)),
                )
                .service(
                    web::resource("/auth/password-reset/confirm")
                        .route(web::post().to(auth::password_reset::confirm_reset)),
                )
                .service(
                    web::scope("/me")
                        .wrap(from_fn(guard::require_signed_in))
                        .service(
                            web::resource("")
                                .route(web::get().to(me::me))
                                .route(web::patch().to(me::update))
                                .route(web::delete().to(me::delete)),
                        )
                        .service(
                            web::resource("/password").route(web::post().to(me::change_password)),
                        )
                        .service(web::resource("/export").route(web::get().to(me::export))),
                )
                .service(
                    web::scope("/admin")
                        .wrap(from_fn(guard::require_staff))
                        .service(
                            web::resource("/institutions")
                                .route(web::get().to(admin::institutions::list))
                                .route(web::post().to(admin::institutions::create)),
                        )
                        .service(
                            web::resource("/institutions/{id}")
                                .route(web::patch().to(admin::institutions::update)),
                        )
                        .service(web::resource("/users").route(web::get().to(admin::users::list)))
                        .service(
                            web::resource("/users/{id}")
                                .route(web::get().to(admin::users::get))
                                .route(web::patch().to(admin::users::update)),
                        )
                        .service(
                            web::resource("/users/{id}/institutions")
                                .route(web::put().to(admin::users::assign)),
                        )
                        .service(
                            web::resource("/invitations")
                                .route(web::get().to(admin::invitations::list))
                                .route(web::post().to(admin::invitations::create)),
                        )
                        .service(
                            web::resource("/invitations/{id}")
                                .route(web::delete().to(admin::invitations::revoke)),
                        )
                        .service(web::resource("/mail").route(web::get().to(admin::mail::list)))
                        .service(
                            web::resource("/mail/{id}/retry")
                                .route(web::post().to(admin::mail::retry)),
                        ),
                ),
        );
}

/// The answer for any path no route matches.
pub async fn not_found() -> Result<actix_web::HttpResponse, ApiError> {
    Err(ApiError::NotFound)
}
