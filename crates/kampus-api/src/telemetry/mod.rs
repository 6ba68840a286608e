//! Observability: structured logs with tracing, request ids, and Prometheus metrics.

pub mod metrics;
mod request;

pub use metrics::Metrics;
pub use request::{REQUEST_ID_HEADER, RequestId, observe};

use tracing_appender::non_blocking::{NonBlockingBuilder, WorkerGuard};
use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;

/// Installs the global log subscriber: `RUST_LOG` filters (default `info`), JSON lines when
/// `KAMPUS_LOG_FORMAT=json`. Logs go to stderr so that command output on stdout stays clean.
/// Calling it twice is harmless (tests start several apps in one process).
///
/// Lines are written by a logging thread, buffered, not by the request's worker: one line
/// per request at tens of thousands of requests a second would otherwise cost a system call
/// each on the request path. Nothing is dropped (a full queue makes senders wait). Keep the
/// returned guard until exit: dropping it flushes what is still queued.
pub fn init_logging(format: LogFormat) -> WorkerGuard {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let stderr_is_terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let (writer, guard) = NonBlockingBuilder::default()
        .lossy(false)
        .thread_name("kampus-log")
        .finish(std::io::BufWriter::with_capacity(
            64 * 1024,
            std::io::stderr(),
        ));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer)
        // Colour codes only for a terminal, never into a log file or collector.
        .with_ansi(stderr_is_terminal);
    let _already_installed = match format {
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .try_init(),
        LogFormat::Text => builder.try_init(),
    };
    guard
}
