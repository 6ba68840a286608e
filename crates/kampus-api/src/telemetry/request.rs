//! Per-request observation: a request id, a tracing span, one log line, and metrics.
//!
//! The id comes from the client's `X-Request-Id` when it is a sane token (so a load balancer's
//! id follows the request through), else a new UUID v7. It is echoed in the response header,
//! carried by every log line of the request, and put in problem bodies.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, web};
use tracing::Instrument;

use crate::state::AppState;

pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// The id of the current request.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

fn accepted_client_id(value: &HeaderValue) -> Option<String> {
    let text = value.to_str().ok()?;
    let sane = !text.is_empty()
        && text.len() <= 128
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b));
    sane.then(|| text.to_owned())
}

/// Middleware: assigns the request id, logs and measures the request.
pub async fn observe(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let id = req
        .headers()
        .get(REQUEST_ID_HEADER)
        .and_then(accepted_client_id)
        .unwrap_or_else(|| uuid::Uuid::now_v7().to_string());
    req.extensions_mut().insert(RequestId(id.clone()));
    let method = req.method().clone();
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let span = tracing::info_span!("request", request_id = %id, %method, path = %req.path());

    let mut res = next.call(req).instrument(span.clone()).await?;

    let elapsed = started.elapsed();
    // The route pattern, not the path: `/api/v1/users/{id}` keeps metric labels few.
    let route = res
        .request()
        .match_pattern()
        .unwrap_or_else(|| "unmatched".to_owned());
    let status = res.status();
    if let Some(state) = state {
        state
            .metrics
            .observe_request(method.as_str(), &route, status.as_u16(), elapsed);
    }
    if let Ok(value) = HeaderValue::from_str(&id) {
        res.headers_mut()
            .insert(HeaderName::from_static(REQUEST_ID_HEADER), value);
    }
    span.in_scope(|| {
        tracing::info!(
            status = status.as_u16(),
            route = %route,
            latency_ms = elapsed.as_secs_f64() * 1000.0,
            "request finished"
        );
    });
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sane_client_ids_are_kept() {
        assert_eq!(
            accepted_client_id(&HeaderValue::from_static("lb-7f3a.42")).as_deref(),
            Some("lb-7f3a.42")
        );
        assert_eq!(accepted_client_id(&HeaderValue::from_static("a b")), None);
        assert_eq!(accepted_client_id(&HeaderValue::from_static("")), None);
        let long = "x".repeat(129);
        assert_eq!(
            accepted_client_id(&HeaderValue::from_str(&long).expect("ascii")),
            None
        );
    }
}
