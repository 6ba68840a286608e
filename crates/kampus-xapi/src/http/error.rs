//! LRS errors as HTTP answers: the status codes of xAPI 2.0.0 §4.1.5 / 1.0.3 §7.1 and an
//! `application/problem+json` body (RFC 9457) whose `detail` names the broken rule. The
//! messages are for the developers of LRS clients and name spec terms, so they are English.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde_json::json;

use crate::lrs::LrsError;

/// An LRS error answered over HTTP.
#[derive(Debug, thiserror::Error)]
pub enum XapiError {
    #[error(transparent)]
    Lrs(#[from] LrsError),
    /// No or wrong credentials: 401 with a basic-auth challenge.
    #[error("{0}")]
    Unauthorized(String),
}

impl XapiError {
    pub fn invalid(message: impl Into<String>) -> Self {
        XapiError::Lrs(LrsError::Invalid(message.into()))
    }
}

impl ResponseError for XapiError {
    fn status_code(&self) -> StatusCode {
        match self {
            XapiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            XapiError::Lrs(error) => match error {
                LrsError::Invalid(_) => StatusCode::BAD_REQUEST,
                LrsError::NotFound => StatusCode::NOT_FOUND,
                LrsError::Conflict(_) => StatusCode::CONFLICT,
                LrsError::PreconditionFailed(_) => StatusCode::PRECONDITION_FAILED,
                LrsError::Forbidden(_) => StatusCode::FORBIDDEN,
                LrsError::Store(kampus_store::StoreError::Unavailable(_)) => {
                    StatusCode::SERVICE_UNAVAILABLE
                }
                LrsError::Store(_) | LrsError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            },
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        let detail = match self {
            XapiError::Lrs(cause @ (LrsError::Store(_) | LrsError::Internal(_))) => {
                tracing::error!(%cause, "xAPI request failed");
                String::from("the LRS could not answer; try again")
            }
            other => other.to_string(),
        };
        let slug = match status.as_u16() {
            400 => "xapi-bad-request",
            401 => "xapi-unauthorized",
            403 => "xapi-forbidden",
            404 => "xapi-not-found",
            409 => "xapi-conflict",
            412 => "xapi-precondition-failed",
            503 => "xapi-unavailable",
            _ => "xapi-internal",
        };
        let mut response = HttpResponse::build(status);
        if status == StatusCode::UNAUTHORIZED {
            response.insert_header(("WWW-Authenticate", "Basic realm=\"Kampus LRS\""));
        }
        response.content_type("application/problem+json").body(
            json!({
                "type": format!("/docs/xapi#{slug}"),
                "title": status.canonical_reason().unwrap_or("Error"),
                "status": status.as_u16(),
                "detail": detail,
            })
            .to_string(),
        )
    }
}

/// Paths under `/xapi` that name no resource.
pub async fn not_found() -> Result<HttpResponse, XapiError> {
    Err(XapiError::Lrs(LrsError::NotFound))
}
