//! What every request handler can reach: database, strings, tokens, clock, metrics, config.

use std::sync::Arc;

use kampus_store::Clock;

use crate::auth::AccessTokens;
use crate::auth::throttle::{IpThrottle, ThrottleSettings};
use crate::config::Config;
use crate::db::Db;
use crate::i18n::Catalog;
use crate::telemetry::Metrics;

#[derive(Debug, Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub catalog: Arc<Catalog>,
    pub tokens: Arc<AccessTokens>,
    pub clock: Arc<dyn Clock>,
    pub metrics: Arc<Metrics>,
    /// The published courses, loaded from `KAMPUS_CONTENT_DIR` at start.
    pub courses: Arc<Vec<kampus_content::LoadedCourse>>,
    pub ip_throttle: Arc<IpThrottle>,
    pub throttle: ThrottleSettings,
}

impl AppState {
    /// The published course with this slug.
    pub fn course(&self, slug: &str) -> Option<&kampus_content::LoadedCourse> {
        self.courses.iter().find(|c| c.course().slug == slug)
    }
}
