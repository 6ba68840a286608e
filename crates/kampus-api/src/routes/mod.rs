//! The routes of the API, one module per area; each area registers its own routes.

pub mod admin;
pub mod auth;
pub mod certificates;
pub mod courses;
pub mod docs;
pub mod health;
pub mod me;
pub mod metrics;
pub mod openapi;
pub mod patch;
pub mod reports;
pub mod verify;

use actix_web::middleware::from_fn;
use actix_web::web;

use crate::caller::guard;

/// Registers every route and the query contract the
/// [`crate::query::contract::enforce`] middleware holds requests to.
///
/// Order matters for speed, not meaning (no two patterns overlap): the router, and again the
/// metrics' route label, try patterns in registration order, and each pattern with a
/// `{parameter}` costs a regex match. So the API comes first and, in it, the learner's most
/// frequent requests (reading lessons, recording progress).
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api/v1")
            .configure(courses_routes)
            .service(web::resource("/verify/{code}").route(web::get().to(verify::verify)))
            .configure(auth_routes)
            .configure(certificate_routes)
            .service(me_scope())
            .service(admin_scope())
            .service(reports_scope()),
    )
    .service(web::resource("/healthz").route(web::get().to(health::healthz)))
    .service(web::resource("/readyz").route(web::get().to(health::readyz)))
    .service(web::resource("/metrics").route(web::get().to(metrics::metrics_endpoint)))
    .service(web::resource("/openapi.json").route(web::get().to(openapi::openapi_json)))
    .service(web::resource("/docs").route(web::get().to(docs::page)))
    .service(web::resource("/docs/assets/{file}").route(web::get().to(docs::asset)))
    .app_data(openapi::query_contract());
}

fn courses_routes(cfg: &mut web::ServiceConfig) {
    use courses::{attempts, catalog, enrollment, lesson, outline, progress, survey, time};
    cfg.service(
        web::resource("/courses/{slug}/lessons/{lesson_id}").route(web::get().to(lesson::lesson)),
    )
    .service(web::resource("/courses/{slug}/progress").route(web::post().to(progress::record)))
    .service(web::resource("/courses/{slug}/time").route(web::post().to(time::heartbeat)))
    .service(web::resource("/courses").route(web::get().to(catalog::catalog)))
    .service(web::resource("/courses/{slug}").route(web::get().to(outline::outline)))
    .service(
        web::resource("/courses/{slug}/enrollment")
            .route(web::put().to(enrollment::enroll))
            .route(web::delete().to(enrollment::withdraw)),
    )
    .service(
        web::resource("/courses/{slug}/assessments/{assessment_id}/attempts")
            .route(web::post().to(attempts::start)),
    )
    .service(
        web::resource("/courses/{slug}/survey")
            .route(web::get().to(survey::get))
            .route(web::put().to(survey::submit)),
    )
    .service(web::resource("/attempts/{id}").route(web::get().to(attempts::get)))
    .service(web::resource("/attempts/{id}/answers").route(web::put().to(attempts::save)))
    .service(web::resource("/attempts/{id}/submit").route(web::post().to(attempts::submit)));
}

fn certificate_routes(cfg: &mut web::ServiceConfig) {
    use certificates::{credential, download, list, resend};
    cfg.service(web::resource("/certificates/{id}").route(web::get().to(list::get)))
        .service(web::resource("/certificates/{id}/pdf").route(web::get().to(download::pdf)))
        .service(
            web::resource("/certificates/{id}/credential")
                .route(web::get().to(credential::credential)),
        )
        .service(
            web::resource("/credentials/status/{key}")
                .route(web::get().to(credential::status_list)),
        )
        .service(web::resource("/certificates/{id}/resend").route(web::post().to(resend::resend)));
}

fn auth_routes(cfg: &mut web::ServiceConfig) {
    use auth::{login, password_reset, register, sessions, verification};
    cfg.service(web::resource("/auth/login").route(web::post().to(login::login)))
        .service(web::resource("/auth/register").route(web::post().to(register::register)))
        .service(
            web::resource("/auth/verify-email").route(web::post().to(verification::verify_email)),
        )
        .service(
            web::resource("/auth/verify-email/resend").route(web::post().to(verification::resend)),
        )
        .service(web::resource("/auth/refresh").route(web::post().to(sessions::refresh)))
        .service(web::resource("/auth/logout").route(web::post().to(sessions::logout)))
        .service(web::resource("/auth/logout-all").route(web::post().to(sessions::logout_all)))
        .service(
            web::resource("/auth/password-reset")
                .route(web::post().to(password_reset::request_reset)),
        )
        .service(
            web::resource("/auth/password-reset/confirm")
                .route(web::post().to(password_reset::confirm_reset)),
        );
}

/// `/me`: only for a signed-in caller, refused before the body is read.
fn me_scope() -> actix_web::Scope<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    web::scope("/me")
        .wrap(from_fn(guard::require_signed_in))
        .service(
            web::resource("")
                .route(web::get().to(me::me))
                .route(web::patch().to(me::update))
                .route(web::delete().to(me::delete)),
        )
        .service(web::resource("/password").route(web::post().to(me::change_password)))
        .service(web::resource("/export").route(web::get().to(me::export)))
        .service(web::resource("/certificates").route(web::get().to(certificates::list::mine)))
}

/// `/admin`: only for trainers and admins, refused before the body is read.
fn admin_scope() -> actix_web::Scope<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    use admin::{audit, certificates, institutions, invitations, lrs_credentials, mail, users};
    web::scope("/admin")
        .wrap(from_fn(guard::require_staff))
        .service(
            web::resource("/certificates/{certificate}/revoke")
                .route(web::post().to(certificates::revoke)),
        )
        .service(
            web::resource("/certificates/{certificate}/reissue")
                .route(web::post().to(certificates::reissue)),
        )
        .service(
            web::resource("/institutions")
                .route(web::get().to(institutions::list))
                .route(web::post().to(institutions::create)),
        )
        .service(web::resource("/institutions/{id}").route(web::patch().to(institutions::update)))
        .service(web::resource("/users").route(web::get().to(users::list)))
        .service(
            web::resource("/users/{id}")
                .route(web::get().to(users::get))
                .route(web::patch().to(users::update)),
        )
        .service(web::resource("/users/{id}/institutions").route(web::put().to(users::assign)))
        .service(
            web::resource("/invitations")
                .route(web::get().to(invitations::list))
                .route(web::post().to(invitations::create)),
        )
        .service(web::resource("/invitations/{id}").route(web::delete().to(invitations::revoke)))
        .service(content_scope())
        .service(web::resource("/mail").route(web::get().to(mail::list)))
        .service(web::resource("/mail/{id}/retry").route(web::post().to(mail::retry)))
        .service(web::resource("/audit").route(web::get().to(audit::list)))
        .service(
            web::resource("/xapi/credentials")
                .route(web::get().to(lrs_credentials::list))
                .route(web::post().to(lrs_credentials::create)),
        )
        .service(
            web::resource("/xapi/credentials/{key}")
                .route(web::delete().to(lrs_credentials::revoke)),
        )
}

/// `/admin/content`: publishing (admins; the handlers refuse trainers before the body).
fn content_scope() -> actix_web::Scope {
    use admin::content::{bundles, preview, status, translations, versions};
    web::scope("/content")
        .service(
            web::resource("/bundles")
                .app_data(web::PayloadConfig::default().limit(bundles::UPLOAD_LIMIT))
                .route(web::post().to(bundles::upload)),
        )
        .service(web::resource("/versions").route(web::get().to(versions::list)))
        .service(web::resource("/versions/{id}").route(web::get().to(versions::get)))
        .service(web::resource("/versions/{id}/publish").route(web::post().to(versions::publish)))
        .service(web::resource("/versions/{id}/preview").route(web::get().to(preview::outline)))
        .service(
            web::resource("/versions/{id}/preview/lessons/{lesson_id}")
                .route(web::get().to(preview::lesson)),
        )
        .service(
            web::resource("/courses/{course_id}/unpublish")
                .route(web::post().to(versions::unpublish)),
        )
        .service(
            web::resource("/courses/{course_id}/translations/{locale}")
                .app_data(web::PayloadConfig::default().limit(translations::IMPORT_LIMIT))
                .route(web::get().to(translations::export))
                .route(web::post().to(translations::import)),
        )
        .service(
            web::resource("/translation-status")
                .route(web::get().to(status::translation_status_of_courses)),
        )
}

/// `/reports`: only for trainers and admins, refused before anything is read.
fn reports_scope() -> actix_web::Scope<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    web::scope("/reports")
        .wrap(from_fn(guard::require_staff))
        .service(web::resource("/completion").route(web::get().to(reports::completion::completion)))
        .service(web::resource("/headline").route(web::get().to(reports::headline::headline)))
        .service(
            web::resource("/knowledge-gain")
                .route(web::get().to(reports::knowledge_gain::knowledge_gain)),
        )
        .service(
            web::resource("/satisfaction")
                .route(web::get().to(reports::satisfaction::satisfaction)),
        )
        .service(
            web::resource("/progress/{course}").route(web::get().to(reports::progress::progress)),
        )
        .service(
            web::resource("/assessments/{course}/{assessment}")
                .route(web::get().to(reports::assessments::assessment)),
        )
}
