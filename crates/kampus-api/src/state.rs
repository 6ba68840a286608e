//! What every request handler can reach: database, strings, tokens, clock, metrics, config.

use std::sync::Arc;

use kampus_store::{Clock, WriteBatcher};

use crate::auth::AccessTokens;
use crate::config::Config;
use crate::db::Db;
use crate::telemetry::Metrics;
use kampus_usecases::access_cache::AccessCache;
use kampus_usecases::accounts::throttle::{IpThrottle, ThrottleSettings};
use kampus_usecases::i18n::Catalog;
use kampus_usecases::publishing::live::{Content, LiveContent};

#[derive(Debug, Clone)]
pub struct AppState {
    /// What the workflows reach (the same clock, pools and strings as below).
    pub cases: kampus_usecases::Context,
    pub config: Arc<Config>,
    pub db: Db,
    /// Where reports read: a replica when `KAMPUS_REPORTS_DATABASE_URL` names one, so heavy
    /// reports never slow learners down; otherwise the same pool as `db`.
    pub reports: Db,
    pub catalog: Arc<Catalog>,
    pub tokens: Arc<AccessTokens>,
    pub clock: Arc<dyn Clock>,
    pub metrics: Arc<Metrics>,
    /// The published courses this node serves, swapped whole when a new revision is
    /// published (see `kampus_usecases::publishing::live`).
    pub content: Arc<LiveContent>,
    /// Upload, preview, publish and unpublish, shared with the admin's web pages.
    pub publisher: kampus_usecases::publishing::Publisher,
    pub ip_throttle: Arc<IpThrottle>,
    pub throttle: ThrottleSettings,
    /// Accounts and enrollments recently read, for the hottest learner paths.
    pub access: Arc<AccessCache>,
    /// Group commit for small, frequent writes (lesson events, last position).
    pub writer: WriteBatcher,
    /// The keys that sign Open Badges credentials, and their status lists.
    pub credentials: Arc<kampus_usecases::certificates::credentials::Credentials>,
    /// The xAPI Learning Record Store under `/xapi`.
    pub lrs: kampus_xapi::lrs::Lrs,
}

impl AppState {
    /// The reports' reads as the use cases take them (the same pool as `reports`).
    pub fn report_reads(&self) -> kampus_usecases::reports::staff::ReportsDb {
        kampus_usecases::reports::staff::ReportsDb::new(self.reports.pool().clone())
    }

    /// The published courses now. Take it once per request and use it to the end, so that
    /// a request sees one version of every course even if a new one is published meanwhile.
    pub fn content(&self) -> Arc<Content> {
        self.content.current()
    }
}
