//! The LRS over HTTP, under `/xapi` (xAPI 2.0.0 §4.1, 1.0.3 Part Three). Handlers parse the
//! request, call one use case of [`crate::lrs::Lrs`] and map the answer; errors become
//! `application/problem+json` with the spec's status codes.
//!
//! Every response names the xAPI version it speaks in `X-Experience-API-Version`
//! ([`version`]); every resource but About requires HTTP basic auth with an LRS credential
//! ([`request::XapiRequest`]).

mod about;
mod agents;
mod alternate;
mod documents;
mod error;
mod params;
mod request;
mod statements;
mod version;

use actix_web::middleware::from_fn;
use actix_web::web;

pub use error::XapiError;

/// The largest request body: statements with attachments (a recorded video is not expected;
/// a certificate's PDF and a few images are).
pub const BODY_LIMIT: usize = 32 * 1024 * 1024;

/// The base path of the LRS (xAPI 2.0.0 and 1.0.3, by the version header).
pub const BASE: &str = "/xapi";
/// The same LRS for 1.0.3 clients: it differs only in the version named in answers to requests
/// without a version header (see [`version::default_version`]).
pub const BASE_1_0_3: &str = "/xapi/1.0.3";

/// Registers `/xapi/…` and `/xapi/1.0.3/…`. The application must hold `web::Data<Lrs>`.
pub fn configure(cfg: &mut web::ServiceConfig) {
    // The longer prefix first: scopes match by prefix in the order registered.
    cfg.service(resources(BASE_1_0_3)).service(resources(BASE));
}

fn resources(
    base: &str,
) -> actix_web::Scope<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    web::scope(base)
        .app_data(web::PayloadConfig::new(BODY_LIMIT))
        // The last `wrap` is outermost: a request in the alternate syntax is turned into the
        // request it stands for before its version is read.
        .wrap(from_fn(version::negotiate))
        .wrap(from_fn(alternate::rewrite))
        .service(
            web::resource("/statements")
                .route(web::put().to(statements::put))
                .route(web::post().to(statements::post))
                .route(web::get().to(statements::get))
                .route(web::head().to(statements::get)),
        )
        .service(
            web::resource("/activities/state")
                .route(web::put().to(documents::state_put))
                .route(web::post().to(documents::state_post))
                .route(web::get().to(documents::state_get))
                .route(web::head().to(documents::state_get))
                .route(web::delete().to(documents::state_delete)),
        )
        .service(
            web::resource("/activities/profile")
                .route(web::put().to(documents::activity_profile_put))
                .route(web::post().to(documents::activity_profile_post))
                .route(web::get().to(documents::activity_profile_get))
                .route(web::head().to(documents::activity_profile_get))
                .route(web::delete().to(documents::activity_profile_delete)),
        )
        .service(
            web::resource("/agents/profile")
                .route(web::put().to(documents::agent_profile_put))
                .route(web::post().to(documents::agent_profile_post))
                .route(web::get().to(documents::agent_profile_get))
                .route(web::head().to(documents::agent_profile_get))
                .route(web::delete().to(documents::agent_profile_delete)),
        )
        .service(
            web::resource("/activities")
                .route(web::get().to(agents::activity))
                .route(web::head().to(agents::activity)),
        )
        .service(
            web::resource("/agents")
                .route(web::get().to(agents::person))
                .route(web::head().to(agents::person)),
        )
        .service(
            web::resource("/about")
                .route(web::get().to(about::about))
                .route(web::head().to(about::about)),
        )
        .default_service(web::to(error::not_found))
}
