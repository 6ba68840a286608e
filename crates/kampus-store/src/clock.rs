//! Time as an injectable dependency, so tests can pin "now".
//!
//! Timestamps are stored as UTC without a zone and truncated to microseconds: PostgreSQL keeps
//! microseconds, so values read back compare equal on both backends.

use std::fmt::Debug;
use std::sync::Mutex;

use chrono::{DurationRound, NaiveDateTime, TimeDelta, Utc};

/// A source of the current UTC time.
pub trait Clock: Send + Sync + Debug {
    fn now(&self) -> NaiveDateTime;
}

/// The real clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> NaiveDateTime {
        truncate_to_micros(Utc::now().naive_utc())
    }
}

/// A clock that says what it is told, for tests.
#[derive(Debug)]
pub struct FixedClock(Mutex<NaiveDateTime>);

impl FixedClock {
    pub fn new(now: NaiveDateTime) -> Self {
        Self(Mutex::new(truncate_to_micros(now)))
    }

    pub fn advance(&self, by: TimeDelta) {
        let mut now = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *now += by;
    }
}

impl Clock for FixedClock {
    fn now(&self) -> NaiveDateTime {
        *self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

fn truncate_to_micros(t: NaiveDateTime) -> NaiveDateTime {
    t.duration_trunc(TimeDelta::microseconds(1)).unwrap_or(t)
}
