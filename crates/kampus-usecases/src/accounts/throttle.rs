//! Throttling of the endpoints that guess at secrets (login, registration, password reset,
//! verification mail).
//!
//! Two limits. Per client IP, in this node's memory: a burst of attempts from one address
//! (default 30 a minute) is slowed down. Per account, in the database so that every node
//! shares it: after 10 failed logins in 15 minutes the account refuses logins until the
//! window ends, whichever node is asked. The HTTP faces answer a throttled request with 429 and `Retry-After`, and
//! the same answer whether or not the account exists.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// An attempt refused: too many from this address; try again after this many seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("too many attempts from this address; retry after {retry_after_secs} s")]
pub struct Throttled {
    pub retry_after_secs: u64,
}

/// Limits, configurable through the environment.
#[derive(Debug, Clone, Copy)]
pub struct ThrottleSettings {
    pub ip_attempts_per_minute: u32,
    pub account_failures: i32,
    pub account_window: chrono::TimeDelta,
}

impl Default for ThrottleSettings {
    fn default() -> Self {
        Self {
            ip_attempts_per_minute: 30,
            account_failures: 10,
            account_window: chrono::TimeDelta::minutes(15),
        }
    }
}

/// The start and count of each (action, address) window.
type Windows = HashMap<(&'static str, IpAddr), (Instant, u32)>;

/// Per-IP fixed one-minute windows, per action.
#[derive(Debug, Default)]
pub struct IpThrottle {
    windows: Mutex<Windows>,
}

const WINDOW: Duration = Duration::from_secs(60);

impl IpThrottle {
    /// Counts an attempt of `action` from `ip`; refuses it beyond `limit` a minute.
    pub fn check(
        &self,
        action: &'static str,
        ip: Option<IpAddr>,
        limit: u32,
    ) -> Result<(), Throttled> {
        let Some(ip) = ip else { return Ok(()) };
        let now = Instant::now();
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if windows.len() > 100_000 {
            // Bounded memory under a flood of addresses: drop the windows that are over.
            windows.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
        }
        let entry = windows.entry((action, ip)).or_insert((now, 0));
        if now.duration_since(entry.0) >= WINDOW {
            *entry = (now, 0);
        }
        entry.1 += 1;
        if entry.1 > limit {
            let retry = WINDOW
                .saturating_sub(now.duration_since(entry.0))
                .as_secs()
                .max(1);
            return Err(Throttled {
                retry_after_secs: retry,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_throttled_past_its_limit_per_action() {
        let throttle = IpThrottle::default();
        let ip = Some("192.0.2.7".parse().expect("ip"));
        for _ in 0..3 {
            assert!(throttle.check("login", ip, 3).is_ok());
        }
        assert!(
            matches!(throttle.check("login", ip, 3), Err(Throttled { retry_after_secs }) if retry_after_secs >= 1)
        );
        assert!(
            throttle.check("register", ip, 3).is_ok(),
            "another action has its own count"
        );
        assert!(
            throttle
                .check("login", Some("192.0.2.8".parse().expect("ip")), 3)
                .is_ok()
        );
    }
}
