//! Building and running the application: connect and migrate the database, load strings and
//! keys, bind the listener, start the HTTP server.
//!
//! [`Application::build`] binds before it returns and reports the port, so tests start the
//! real server on `127.0.0.1:0` and talk to it over HTTP.

use std::net::TcpListener;
use std::path::Path;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer, web};
use anyhow::Context;
use chrono::TimeDelta;
use kampus_store::outbox::RetryPolicy;
use kampus_store::{
    BatchSettings, Clock, Pool, PoolOptions, SystemClock, WriteBatcher, migrations,
};

use crate::auth::AccessTokens;
use crate::config::{Config, JwtSecretSource, MIN_JWT_SECRET_BYTES};
use crate::db::Db;
use crate::error::ApiError;
use crate::mail::MailTransport;
use crate::mail::worker::{MailWorker, WorkerSettings};
use crate::state::AppState;
use crate::telemetry::Metrics;
use crate::{problem, routes, telemetry};
use kampus_usecases::Issuer;
use kampus_usecases::access_cache::AccessCache;
use kampus_usecases::accounts::throttle::{IpThrottle, ThrottleSettings};
use kampus_usecases::certificates::credentials::Credentials;
use kampus_usecases::i18n::Catalog;

pub struct Application {
    port: u16,
    server: Server,
    state: AppState,
    mail_worker: MailWorker,
}

impl std::fmt::Debug for Application {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Application")
            .field("port", &self.port)
            .finish_non_exhaustive()
    }
}

/// The outbox worker, sending with the configured transport; certificates' PDFs are rendered
/// for the messages that carry them.
fn start_mail_worker(
    config: &Config,
    pool: &kampus_store::Pool,
    clock: &Arc<dyn Clock>,
    catalog: &Arc<Catalog>,
) -> anyhow::Result<MailWorker> {
    let transport = MailTransport::from_config(&config.mail, &config.data_dir)
        .context("setting up outgoing mail")?;
    MailWorker::start(
        pool.clone(),
        transport,
        clock.clone(),
        WorkerSettings {
            poll_interval: config.mail_poll_interval,
            batch: 20,
            retry: RetryPolicy {
                max_attempts: config.mail_max_attempts,
                base: TimeDelta::from_std(config.mail_retry_base).unwrap_or(TimeDelta::seconds(30)),
                ..RetryPolicy::default()
            },
            from: config.mail_from.clone(),
            attachments: Arc::new(crate::certificate_pdf::CertificatePdfs {
                catalog: catalog.clone(),
                public_url: config.public_url.clone(),
            }),
        },
    )
    .context("starting the mail worker")
}

/// What the workflows reach: the same clock, pool, writer and strings as the handlers.
fn workflow_context(
    config: &Config,
    pool: &Pool,
    writer: &WriteBatcher,
    clock: &Arc<dyn Clock>,
    catalog: &Arc<Catalog>,
) -> kampus_usecases::Context {
    kampus_usecases::Context {
        clock: clock.clone(),
        pool: pool.clone(),
        writer: writer.clone(),
        issuer: Arc::new(Issuer {
            name: config.issuer_name.clone(),
            public_url: config.public_url.clone(),
        }),
        strings: catalog.clone(),
    }
}

/// Everything a request can reach, from the configuration: strings, keys, the migrated
/// database, the published content, the writer; and the started mail worker.
async fn assemble(
    config: Config,
    clock: Arc<dyn Clock>,
) -> anyhow::Result<(AppState, kampus_web::WebState, MailWorker)> {
    let catalog = Arc::new(Catalog::embedded().context("loading interface strings from locales/")?);
    let secret = load_jwt_secret(&config.jwt_secret)?;
    let pool = connect_and_migrate(&config).await?;
    let content = Arc::new(
        kampus_usecases::publishing::live::start(&pool, config.content_dir.clone(), clock.now())
            .await?,
    );
    let finals = kampus_store::reports::FinalAssessment::of_courses(content.current().courses());
    bring_report_aggregates_up_to_date(&pool, finals).await?;
    let mail_worker = start_mail_worker(&config, &pool, &clock, &catalog)?;
    let writer = WriteBatcher::start(pool.url().clone(), BatchSettings::default())
        .context("starting the database writer")?;
    let credentials = Credentials::load(&config.keys_dir).with_context(|| {
        format!(
            "loading the credential signing keys from {}",
            config.keys_dir.display()
        )
    })?;
    tracing::info!(issuer = %credentials.keys().active().did(), "credentials are signed by this did:key");
    let credentials = Arc::new(credentials);
    let cases = workflow_context(&config, &pool, &writer, &clock, &catalog);
    let publisher = kampus_usecases::publishing::Publisher::new(cases.clone(), content.clone());
    let lrs = lrs(&config, &pool, &clock);
    let state = AppState {
        lrs,
        cases,
        publisher,
        credentials,
        reports: connect_reports(&config, &pool).await?,
        db: Db::new(pool),
        writer,
        access: Arc::new(AccessCache::new(config.access_cache_ttl)),
        catalog,
        tokens: Arc::new(AccessTokens::new(&secret, clock.clone())),
        clock,
        metrics: Arc::new(Metrics::new().context("creating metrics")?),
        content,
        ip_throttle: Arc::new(IpThrottle::default()),
        throttle: ThrottleSettings {
            ip_attempts_per_minute: config.login_ip_limit_per_minute,
            account_failures: config.login_account_failures,
            account_window: TimeDelta::minutes(config.login_account_window_minutes),
        },
        config: Arc::new(config),
    };
    let pages = kampus_web::WebState::new(
        state.cases.clone(),
        state.publisher.clone(),
        kampus_web::WebSettings {
            verify_limit_per_minute: state.config.verify_limit_per_minute,
            ..kampus_web::WebSettings::new(&state.config.public_url, &secret)
        },
        (state.ip_throttle.clone(), state.throttle),
        state.access.clone(),
        state.report_reads(),
        state.lrs.clone(),
    );
    Ok((state, pages, mail_worker))
}

/// The LRS, on the same pool and clock as everything else.
pub fn lrs(config: &Config, pool: &Pool, clock: &Arc<dyn Clock>) -> kampus_xapi::lrs::Lrs {
    kampus_xapi::lrs::Lrs::new(
        pool.clone(),
        clock.clone(),
        kampus_xapi::lrs::Settings {
            public_url: config.public_url.trim_end_matches('/').to_owned(),
            page_size: 100,
        },
    )
}

/// The answer to a path nothing serves: a page for a browser, a problem document for an API
/// client (anything under `/api/`, or a request that does not accept HTML).
async fn fallback(req: actix_web::HttpRequest) -> Result<actix_web::HttpResponse, ApiError> {
    let wants_html = req
        .headers()
        .get(actix_web::http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"));
    if wants_html && !req.path().starts_with("/api/") {
        return Ok(kampus_web::not_found_page(req).await);
    }
    Err(ApiError::NotFound)
}

impl Application {
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        Self::build_with_clock(config, Arc::new(SystemClock)).await
    }

    pub async fn build_with_clock(config: Config, clock: Arc<dyn Clock>) -> anyhow::Result<Self> {
        let (state, pages, mail_worker) = assemble(config, clock).await?;
        crate::live_content::follow_publications(
            state.content.clone(),
            state.db.pool().clone(),
            state.config.content_poll_interval,
        );
        let listener = TcpListener::bind(state.config.bind)
            .with_context(|| format!("binding {}", state.config.bind))?;
        let address = listener.local_addr()?;
        let data = web::Data::new(state.clone());
        let pages = web::Data::new(pages);
        let lrs = web::Data::new(state.lrs.clone());
        // The request observer counts into the metrics without reaching the whole state.
        let metrics = web::Data::from(state.metrics.clone());
        let json_limit = state.config.json_limit;
        // actix's own default: one worker per core.
        let workers = state.config.workers.unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
        });
        let mut server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .app_data(pages.clone())
                .app_data(lrs.clone())
                .app_data(metrics.clone())
                .app_data(
                    web::JsonConfig::default()
                        .limit(json_limit)
                        .error_handler(|error, _| ApiError::from(error).into()),
                )
                // Bodies read as bytes (a submission's optional answers) have the same limit.
                .app_data(web::PayloadConfig::default().limit(json_limit))
                .app_data(
                    web::PathConfig::default()
                        .error_handler(|error, _| ApiError::BadRequest(error.to_string()).into()),
                )
                // The composition root: the one place outside `routes` that names them.
                .configure(routes::configure)
                .configure(kampus_web::configure)
                .configure(kampus_xapi::http::configure)
                .default_service(web::to(fallback))
                // The last `wrap` is outermost: `observe` assigns the request id first and
                // sees the final, localized response.
                // Inside the localizing middleware, so its refusals are localized problems.
                .wrap(from_fn(crate::query::contract::enforce))
                .wrap(from_fn(problem::localize_problems))
                .wrap(from_fn(telemetry::observe))
        })
        .listen(listener)?
        // Database work runs on each worker's blocking threads. Together they need no more
        // than the pooled connections: more would only wait for one, each holding a stack
        // and its own allocator pages (actix's default is 512 divided by the cores, per
        // worker; the pool size per worker, as before, made twice the threads that can work
        // at once).
        .worker_max_blocking_threads(blocking_threads_per_worker(
            state.config.db_pool_size,
            workers,
        ))
        // actix-web stops accepting on SIGTERM/SIGINT and lets in-flight requests finish
        // for up to this long before closing connections.
        .shutdown_timeout(state.config.shutdown_timeout.as_secs());
        server = server.workers(workers);
        tracing::info!(
            address = %address,
            database = %state.db.pool().url(),
            public_url = %state.config.public_url,
            "Kampus is listening on http://{address}"
        );
        Ok(Self {
            port: address.port(),
            server: server.run(),
            state,
            mail_worker,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// A handle that stops the server (tests stop theirs when they end).
    pub fn server_handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
    }

    /// Serves until SIGTERM or SIGINT, then finishes in-flight requests and returns.
    pub async fn run_until_stopped(mut self) -> std::io::Result<()> {
        let served = (&mut self.server).await;
        // The worker finishes the message it is sending; the rest waits in the outbox.
        let mut worker = self.mail_worker;
        actix_web::rt::task::spawn_blocking(move || worker.stop())
            .await
            .ok();
        served
    }
}

/// The reports' pool: a replica's when configured (never migrated: a replica follows its
/// primary), else the primary's.
async fn connect_reports(config: &Config, primary: &kampus_store::Pool) -> anyhow::Result<Db> {
    let Some(url) = config.reports_database_url.clone() else {
        return Ok(Db::new(primary.clone()));
    };
    let options = PoolOptions {
        max_size: config.db_pool_size,
        ..PoolOptions::default()
    };
    let pool = actix_web::rt::task::spawn_blocking(move || {
        Pool::connect(url.clone(), &options)
            .with_context(|| format!("connecting to the reports database {url}"))
    })
    .await
    .context("reports database set-up task failed")??;
    tracing::info!(database = %pool.url(), "reports read from their own database");
    Ok(Db::new(pool))
}

/// Opens the server's pool and applies pending migrations (blocking work, off the async
/// runtime).
pub async fn connect_and_migrate(config: &Config) -> anyhow::Result<Pool> {
    let options = PoolOptions {
        max_size: config.db_pool_size,
        ..PoolOptions::default()
    };
    open_and_migrate(config, options).await
}

/// The same for a command that exits when done (`migrate`, `user create`, `reports`, `dev`):
/// a pool that keeps no idle connection, so none is being opened while the process exits
/// (see `PoolOptions::min_idle`).
pub async fn connect_for_command(config: &Config) -> anyhow::Result<Pool> {
    let options = PoolOptions {
        max_size: config.db_pool_size,
        min_idle: Some(0),
        ..PoolOptions::default()
    };
    open_and_migrate(config, options).await
}

async fn open_and_migrate(config: &Config, options: PoolOptions) -> anyhow::Result<Pool> {
    let url = config.database_url.clone();
    actix_web::rt::task::spawn_blocking(move || -> anyhow::Result<Pool> {
        let pool =
            Pool::connect(url.clone(), &options).with_context(|| format!("connecting to {url}"))?;
        let mut conn = pool.get()?;
        let _lock = migrations::MigrationLock::acquire(&url)?;
        let applied = migrations::run_pending(&mut conn)?;
        if applied.is_empty() {
            tracing::info!(database = %url, "database schema is current");
        } else {
            tracing::info!(database = %url, ?applied, "applied migrations");
        }
        Ok(pool)
    })
    .await
    .context("database set-up task failed")?
}

/// The reports' aggregates follow the content's finals (recounting a course whose final or
/// pre-test changed) and summarize attempts graded before they existed (the first start
/// after an upgrade; nothing otherwise, not even a search).
pub(crate) async fn bring_report_aggregates_up_to_date(
    pool: &Pool,
    finals: Vec<kampus_store::reports::FinalAssessment>,
) -> anyhow::Result<()> {
    let pool = pool.clone();
    actix_web::rt::task::spawn_blocking(move || -> anyhow::Result<()> {
        let mut conn = pool.get()?;
        let (recounted, summarized) = kampus_usecases::reports::bring_up_to_date(&mut conn, &finals)?;
        if !recounted.is_empty() {
            tracing::info!(courses = ?recounted, "report aggregates recounted for a new final assessment");
        }
        if summarized > 0 {
            tracing::info!(summarized, "graded attempts summarized for the assessment statistics");
        }
        Ok(())
    })
    .await
    .context("report aggregates task failed")?
}

/// The token signing key: from `KAMPUS_JWT_SECRET`, else from the data folder, generating it
/// on first run.
fn load_jwt_secret(source: &JwtSecretSource) -> anyhow::Result<Vec<u8>> {
    match source {
        JwtSecretSource::Env(secret) => Ok(secret.expose().clone()),
        JwtSecretSource::File(path) => read_or_create_secret_file(path),
    }
}

fn read_or_create_secret_file(path: &Path) -> anyhow::Result<Vec<u8>> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let secret = text.trim().as_bytes().to_vec();
            anyhow::ensure!(
                secret.len() >= MIN_JWT_SECRET_BYTES,
                "{} holds fewer than {MIN_JWT_SECRET_BYTES} bytes; delete it to generate a new key",
                path.display()
            );
            Ok(secret)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("creating {}", dir.display()))?;
            }
            let mut bytes = [0u8; 48];
            getrandom::getrandom(&mut bytes).context("reading the system's random source")?;
            let secret: String = bytes.iter().fold(String::new(), |mut hex, b| {
                use std::fmt::Write;
                let _ = write!(hex, "{b:02x}");
                hex
            });
            write_private(path, &secret)?;
            tracing::warn!(
                path = %path.display(),
                "generated a new token signing key (KAMPUS_JWT_SECRET was not set); nodes sharing a database need the same key"
            );
            Ok(secret.into_bytes())
        }
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}

/// Writes a new file readable by its owner only.
fn write_private(path: &Path, contents: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    file.write_all(contents.as_bytes())?;
    file.sync_all()?;
    Ok(())
}

/// Each worker's share of the pooled connections (rounded up, at least 2): the most blocking
/// threads that can do database work at once.
fn blocking_threads_per_worker(db_pool_size: u32, workers: usize) -> usize {
    let pool = usize::try_from(db_pool_size).unwrap_or(10);
    pool.div_ceil(workers.max(1)).max(2)
}

#[cfg(test)]
mod tests {
    use super::blocking_threads_per_worker;

    #[test]
    fn the_workers_share_the_pooled_connections_between_their_blocking_threads() {
        assert_eq!(blocking_threads_per_worker(10, 2), 5);
        assert_eq!(blocking_threads_per_worker(10, 3), 4);
        assert_eq!(blocking_threads_per_worker(10, 1), 10);
        // Never fewer than two, so one slow query does not hold up a worker's others.
        assert_eq!(blocking_threads_per_worker(2, 8), 2);
        assert_eq!(blocking_threads_per_worker(10, 0), 10);
    }
}
