//! What a page handler can reach: the workflows' context, the published content, the
//! throttles and the web's own settings. Built once by the composition root.

use std::sync::Arc;

use kampus_usecases::access_cache::AccessCache;
use kampus_usecases::accounts::throttle::{IpThrottle, ThrottleSettings};
use kampus_usecases::i18n::Catalog;
use kampus_usecases::publishing::Publisher;
use kampus_usecases::publishing::live::{Content, LiveContent};
use kampus_usecases::reports::staff::ReportsDb;

/// Settings of the web pages.
#[derive(Debug, Clone)]
pub struct WebSettings {
    /// Where people reach this server (links in emails, the verification page, origins).
    pub public_url: String,
    /// Whether cookies are `Secure` and `__Host-` prefixed: true whenever the public URL is
    /// https. On plain http (the loopback default of `cargo run`) browsers would refuse both.
    pub secure_cookies: bool,
    /// The key CSRF tokens are signed with (the same on every node).
    pub csrf_key: [u8; 32],
    /// Verifications a minute from one address (`KAMPUS_VERIFY_LIMIT_PER_MINUTE`).
    pub verify_limit_per_minute: u32,
}

impl WebSettings {
    /// Settings for a public URL; the CSRF key is derived from a secret every node shares.
    pub fn new(public_url: &str, shared_secret: &[u8]) -> Self {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        hasher.update(b"kampus-web csrf key\0");
        hasher.update(shared_secret);
        Self {
            public_url: public_url.trim_end_matches('/').to_owned(),
            secure_cookies: public_url.starts_with("https://"),
            csrf_key: hasher.finalize().into(),
            verify_limit_per_minute: 120,
        }
    }

    /// The origin of the public URL (scheme, host and port), as browsers send it in `Origin`.
    pub fn origin(&self) -> String {
        url::Url::parse(&self.public_url)
            .map(|u| u.origin().ascii_serialization())
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone)]
pub struct WebState {
    /// The interface strings, some formatted once at start.
    pub strings: Arc<crate::tr::PageStrings>,
    pub cases: kampus_usecases::Context,
    pub content: Arc<LiveContent>,
    /// The admin's upload, preview, publish and unpublish, shared with the API.
    pub publisher: Publisher,
    pub settings: Arc<WebSettings>,
    pub ip_throttle: Arc<IpThrottle>,
    pub throttle: ThrottleSettings,
    /// The node's short memory of sessions, accounts and enrollments, shared with the API.
    pub access: Arc<AccessCache>,
    /// Where the staff pages' figures are read (a replica when configured).
    pub reports: ReportsDb,
    /// The xAPI LRS, for the admins' credential pages.
    pub lrs: kampus_xapi::lrs::Lrs,
}

impl WebState {
    /// The published courses now; take it once per request (see `LiveContent::current`).
    pub fn content(&self) -> Arc<Content> {
        self.content.current()
    }

    pub fn catalog(&self) -> &Arc<Catalog> {
        &self.cases.strings
    }

    /// Counts an attempt of `action` from the request's address (the per-address throttle of
    /// the endpoints that guess at secrets); refused beyond the sign-in limit a minute.
    pub fn throttle(
        &self,
        req: &actix_web::HttpRequest,
        action: &'static str,
    ) -> Result<(), kampus_usecases::accounts::throttle::Throttled> {
        self.throttle_at(req, action, self.throttle.ip_attempts_per_minute)
    }

    /// The same with another limit a minute.
    pub fn throttle_at(
        &self,
        req: &actix_web::HttpRequest,
        action: &'static str,
        limit: u32,
    ) -> Result<(), kampus_usecases::accounts::throttle::Throttled> {
        // The TCP peer, as the API counts it: `X-Forwarded-For` can be forged.
        let address = req.peer_addr().map(|a| a.ip());
        self.ip_throttle.check(action, address, limit)
    }

    /// The state from its parts (the interface strings are prepared here).
    pub fn new(
        cases: kampus_usecases::Context,
        publisher: Publisher,
        settings: WebSettings,
        (ip_throttle, throttle): (Arc<IpThrottle>, ThrottleSettings),
        access: Arc<AccessCache>,
        reports: ReportsDb,
        lrs: kampus_xapi::lrs::Lrs,
    ) -> Self {
        Self {
            strings: Arc::new(crate::tr::PageStrings::new(cases.strings.clone())),
            cases,
            content: publisher.live().clone(),
            publisher,
            settings: Arc::new(settings),
            ip_throttle,
            throttle,
            access,
            reports,
            lrs,
        }
    }
}
