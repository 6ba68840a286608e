//! Observability: structured logs with tracing, request ids, and Prometheus metrics.

pub mod metrics;
mod request;

pub use metrics::{Metrics, metrics_endpoint};
pub use request::{REQUEST_ID_HEADER, RequestId, observe};

use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;

/// Installs the global log subscriber: `RUST_LOG` filters (default `info`), JSON lines when
/// `KAMPUS_LOG_FORMAT=json`. Logs go to stderr so that command output on stdout stays clean.
/// Calling it twice is harmless (tests start several apps in one process).
pub fn init_logging(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colour codes only for a terminal, never into a log file or collector.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    let _already_installed = match format {
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .try_init(),
        LogFormat::Text => builder.try_init(),
    };
}
