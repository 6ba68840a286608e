//! The OpenAPI 3.1 document, generated from the handlers' annotations and served at
//! `/openapi.json`. A test checks that every route is in it; the answers common to every
//! operation of a kind are added by [`common_answers`].

mod common_answers;

use std::sync::OnceLock;

use actix_web::HttpResponse;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::problem::{Problem, ProblemFieldError};
use crate::query::contract::QueryContract;
use crate::routes::auth::{login, password_reset, register, sessions, verification};
use crate::routes::{admin, certificates, courses, docs, health, me, metrics, reports, verify};
use common_answers::CommonAnswers;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Kampus API",
        description = "Self-paced eLearning for staff of migration, asylum and border institutions of the Western Balkans: localized courses, progress, certificates and reports.\n\nErrors are RFC 9457 problem details (`application/problem+json`) with a stable `type` and a `title` and `detail` in the request's locale (`?lang=`, then the user's preference, then `Accept-Language`).",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later")
    ),
    paths(
        health::healthz,
        health::readyz,
        metrics::metrics_endpoint,
        openapi_json,
        docs::page,
        docs::asset,
        login::login,
        register::register,
        verification::verify_email,
        verification::resend,
        sessions::refresh,
        sessions::logout,
        sessions::logout_all,
        password_reset::request_reset,
        password_reset::confirm_reset,
        courses::catalog::catalog,
        courses::outline::outline,
        courses::enrollment::enroll,
        courses::enrollment::withdraw,
        courses::lesson::lesson,
        courses::progress::record,
        courses::time::heartbeat,
        courses::survey::get,
        courses::survey::submit,
        courses::attempts::start,
        courses::attempts::get,
        courses::attempts::save,
        courses::attempts::submit,
        verify::verify,
        admin::certificates::revoke,
        admin::certificates::reissue,
        certificates::list::mine,
        certificates::list::get,
        certificates::download::pdf,
        certificates::credential::credential,
        certificates::credential::status_list,
        certificates::resend::resend,
        reports::completion::completion,
        reports::headline::headline,
        reports::progress::progress,
        reports::knowledge_gain::knowledge_gain,
        reports::satisfaction::satisfaction,
        reports::assessments::assessment,
        me::me,
        me::update,
        me::delete,
        me::change_password,
        me::export,
        admin::institutions::list,
        admin::institutions::create,
        admin::institutions::update,
        admin::users::list,
        admin::users::get,
        admin::users::update,
        admin::users::assign,
        admin::invitations::list,
        admin::invitations::create,
        admin::invitations::revoke,
        admin::lrs_credentials::list,
        admin::lrs_credentials::create,
        admin::lrs_credentials::revoke,
        admin::mail::list,
        admin::mail::retry,
        admin::content::bundles::upload,
        admin::content::translations::export,
        admin::content::translations::import,
        admin::content::versions::list,
        admin::content::versions::get,
        admin::content::versions::publish,
        admin::content::versions::unpublish,
        admin::content::preview::outline,
        admin::content::preview::lesson,
        admin::content::status::translation_status_of_courses,
        admin::audit::list,
    ),
    components(schemas(Problem, ProblemFieldError)),
    modifiers(&BearerAuth, &CommonAnswers),
    tags(
        (name = "operations", description = "Health, readiness and metrics"),
        (name = "auth", description = "Registration, email verification, sessions and password reset"),
        (name = "me", description = "The caller's own account"),
        (name = "courses", description = "The catalog, course outlines, lessons, enrollment, progress and time on task"),
        (name = "assessments", description = "Quiz, pre-test and final assessment attempts"),
        (name = "reports", description = "Figures for trainers (their institutions) and admins: JSON or CSV"),
        (name = "certificates", description = "Certificates: their holders' documents (PDF, Open Badges 3.0 credential) and public verification"),
        (name = "publishing", description = "Course versions: upload, validate, preview, publish, unpublish, roll back; translation status (admins)"),
        (name = "admin", description = "Institutions, people, roles, invitations, mail and LRS credentials (admins; trainers within their institutions)")
    )
)]
#[derive(Debug)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    }
}

/// The document as JSON, generated once.
pub fn document() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| ApiDoc::openapi().to_pretty_json().unwrap_or_default())
}

/// The query parameters each operation of this document declares, read once.
pub fn query_contract() -> &'static QueryContract {
    static CONTRACT: OnceLock<QueryContract> = OnceLock::new();
    CONTRACT.get_or_init(|| {
        let document = serde_json::from_str(document()).unwrap_or_default();
        QueryContract::from_document(&document)
    })
}

/// This OpenAPI 3.1 document.
#[utoipa::path(
    get,
    path = "/openapi.json",
    tag = "operations",
    responses((status = 200, description = "The OpenAPI document", content_type = "application/json", body = Object))
)]
pub async fn openapi_json() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(document())
}
