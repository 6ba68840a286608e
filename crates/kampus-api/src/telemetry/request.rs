//! Per-request observation: a request id, a tracing span, one log line, and metrics.
//!
//! The id comes from the client's `X-Request-Id` when it is a sane token (so a load balancer's
//! id follows the request through), else a new UUID v7. It is echoed in the response header,
//! carried by every log line of the request, and put in problem bodies.
//!
//! The access log line says `info` for what someone may need to look at (client and server
//! errors, requests slower than [`SLOW_REQUEST`]) and `debug` for the rest: at tens of
//! thousands of lesson reads a second, a line each is mostly cost, and the counts and
//! latencies of every request are in the metrics anyway. `RUST_LOG=kampus_api=debug` shows all.

use std::cell::Cell;
use std::time::{Duration, Instant};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, web};
use tracing::Instrument;

use super::Metrics;

pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// Requests slower than this are logged at `info` even when they succeed.
pub const SLOW_REQUEST: Duration = Duration::from_secs(1);

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
        .unwrap_or_else(new_request_id);
    req.extensions_mut().insert(RequestId(id.clone()));
    let method = req.method().clone();
    let metrics = req.app_data::<web::Data<Metrics>>().cloned();
    let span = tracing::info_span!("request", request_id = %id, %method, path = %req.path());

    let mut res = next.call(req).instrument(span.clone()).await?;

    let elapsed = started.elapsed();
    // The route pattern, not the path: `/api/v1/users/{id}` keeps metric labels few.
    let route = res
        .request()
        .match_pattern()
        .unwrap_or_else(|| "unmatched".to_owned());
    let status = res.status();
    if let Some(metrics) = metrics {
        metrics.observe_request(method.as_str(), &route, status.as_u16(), elapsed);
    }
    if let Ok(value) = HeaderValue::from_str(&id) {
        res.headers_mut()
            .insert(HeaderName::from_static(REQUEST_ID_HEADER), value);
    }
    let noteworthy = status.is_client_error() || status.is_server_error() || elapsed > SLOW_REQUEST;
    span.in_scope(|| {
        let latency_ms = elapsed.as_secs_f64() * 1000.0;
        let status = status.as_u16();
        if noteworthy {
            tracing::info!(status, route = %route, latency_ms, "request finished");
        } else {
            tracing::debug!(status, route = %route, latency_ms, "request finished");
        }
    });
    Ok(res)
}

/// A UUID v7: the time now and 74 random bits. The bits come from a generator seeded once
/// per thread from the OS (an id needs to be unique, not secret), which spares a `getrandom`
/// system call per request.
fn new_request_id() -> String {
    thread_local! {
        static STATE: Cell<u64> = Cell::new(seed());
    }
    fn seed() -> u64 {
        let mut bytes = [0u8; 8];
        // Without OS randomness, the time still makes threads and processes differ.
        if getrandom::getrandom(&mut bytes).is_err() {
            return u64::try_from(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos()),
            )
            .unwrap_or(u64::MAX);
        }
        u64::from_le_bytes(bytes)
    }
    // splitmix64: every 64-bit state is visited once before it repeats.
    let next = || {
        STATE.with(|state| {
            let s = state.get().wrapping_add(0x9E37_79B9_7F4A_7C15);
            state.set(s);
            let mut z = s;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        })
    };
    let mut random = [0u8; 10];
    random[..8].copy_from_slice(&next().to_le_bytes());
    random[8..].copy_from_slice(&next().to_le_bytes()[..2]);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let millis = u64::try_from(now.as_millis()).unwrap_or(u64::MAX);
    uuid::Builder::from_unix_timestamp_millis(millis, &random)
        .into_uuid()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_are_distinct_uuid_v7() {
        let ids: std::collections::HashSet<String> =
            (0..10_000).map(|_| new_request_id()).collect();
        assert_eq!(ids.len(), 10_000);
        for id in ids.iter().take(10) {
            let parsed = uuid::Uuid::parse_str(id).expect("a UUID");
            assert_eq!(parsed.get_version_num(), 7);
        }
    }

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
