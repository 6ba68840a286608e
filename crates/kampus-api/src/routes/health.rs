//! Liveness and readiness, for load balancers and orchestrators.
//!
//! `/healthz` says the process answers (restart it if not). `/readyz` says it can serve:
//! the database answers and the schema is current (take the node out of rotation if not).

use std::time::Duration;

use actix_web::{HttpResponse, web};
use kampus_store::migrations;
use serde::Serialize;
use serde_json::json;
use utoipa::ToSchema;

use crate::error::ApiError;
use crate::state::AppState;

/// How long readiness waits for a database connection: short, so a probe never hangs.
const READINESS_TIMEOUT: Duration = Duration::from_secs(2);

#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// Always `ok`.
    pub status: &'static str,
    pub version: &'static str,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Readiness {
    /// `ready`.
    pub status: &'static str,
    /// `sqlite` or `postgres`.
    pub database: String,
    /// Each check and its outcome.
    #[schema(value_type = Object)]
    pub checks: serde_json::Value,
}

/// The process is alive.
#[utoipa::path(
    get,
    path = "/healthz",
    tag = "operations",
    responses((status = 200, description = "Alive", body = Health))
)]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(Health {
        status: "ok",
        version: env!("CARGO_PKG_VERSION"),
    })
}

/// The service can serve requests: database reachable, migrations applied.
#[utoipa::path(
    get,
    path = "/readyz",
    tag = "operations",
    responses(
        (status = 200, description = "Ready", body = Readiness),
        (status = 503, description = "Not ready; `checks` says why", body = crate::problem::Problem, content_type = "application/problem+json")
    )
)]
pub async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let backend = state.db.pool().url().backend();
    let sqlite_file = state.db.pool().url().sqlite_path().map(ToOwned::to_owned);
    let outcome = state
        .db
        .run_with_timeout(READINESS_TIMEOUT, move |conn| {
            conn.ping()?;
            migrations::pending(conn)
        })
        .await;

    let database = match (&outcome, &sqlite_file) {
        (Err(e), _) => json!({ "ok": false, "error": describe(e) }),
        // A SQLite file deleted under a running server still answers through open handles, but
        // every write would vanish with the last handle: that is not ready.
        (Ok(_), Some(path)) if !path.exists() => {
            json!({ "ok": false, "error": format!("database file {} is missing", path.display()) })
        }
        (Ok(_), _) => json!({ "ok": true }),
    };
    let migrations = match &outcome {
        Ok(pending) if pending.is_empty() => json!({ "ok": true }),
        Ok(pending) => json!({ "ok": false, "pending": pending }),
        Err(_) => json!({ "ok": false, "error": "not checked: database unreachable" }),
    };
    let ready = database["ok"] == true && migrations["ok"] == true;
    let content = json!({ "ok": true, "courses": state.content().len() });
    let checks = json!({ "database": database, "migrations": migrations, "content": content });
    if !ready {
        return Err(ApiError::NotReady(checks));
    }
    Ok(HttpResponse::Ok().json(Readiness {
        status: "ready",
        database: backend.to_string(),
        checks,
    }))
}

fn describe(error: &ApiError) -> String {
    match error {
        ApiError::Unavailable(cause) | ApiError::Internal(cause) => cause.clone(),
        other => other.to_string(),
    }
}
