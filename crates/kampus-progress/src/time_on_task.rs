//! How much time on task a heartbeat is worth.
//!
//! While a lesson is open the client sends a heartbeat now and then; the server decides what
//! each is worth from its own clock, never from the client's word alone: at most the time
//! since the enrollment's counted time (the previous heartbeat), at most [`CAP_SECONDS`], and
//! at most the `seconds` the client says were active (it may report less, e.g. when the tab
//! was hidden, never more). So the total credited to an enrollment can never exceed the wall
//! clock time between its first and its last heartbeat, however many heartbeats are sent:
//! a hundred heartbeats in one second credit one second.

use chrono::{NaiveDateTime, TimeDelta};

/// The most one heartbeat credits. Clients send one every [`INTERVAL_SECONDS`]; a longer gap
/// means the learner was away (tab closed, laptop asleep), and only this much of it counts.
pub const CAP_SECONDS: u32 = 60;

/// How often clients are asked to send a heartbeat while a lesson is in view.
pub const INTERVAL_SECONDS: u32 = 30;

/// What a heartbeat credits, and where the enrollment's counted time moves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Credit {
    pub seconds: u32,
    pub counted_until: NaiveDateTime,
}

/// The credit of a heartbeat arriving at `now`, when the enrollment's time is counted up to
/// `previous` (`None`: this is its first heartbeat, which starts the count and credits
/// nothing) and the client claims `claimed` active seconds (`None`: all of them).
///
/// The counted time moves by exactly what is credited when the whole interval counts, so the
/// fraction of a second left over is carried into the next interval rather than lost. When
/// the cap or the client's claim cuts the interval short, the rest is idle time and the count
/// jumps to `now`. It never moves backwards: a clock that steps back (or another node's clock
/// slightly behind) credits nothing until it has caught up.
pub fn credit(previous: Option<NaiveDateTime>, now: NaiveDateTime, claimed: Option<u32>) -> Credit {
    let Some(previous) = previous else {
        return Credit {
            seconds: 0,
            counted_until: now,
        };
    };
    let elapsed = (now - previous).num_seconds();
    let elapsed = u32::try_from(elapsed.max(0)).unwrap_or(u32::MAX);
    let seconds = elapsed.min(CAP_SECONDS).min(claimed.unwrap_or(u32::MAX));
    let counted_until = if seconds < elapsed {
        now
    } else {
        previous + TimeDelta::seconds(i64::from(seconds))
    };
    Credit {
        seconds,
        counted_until,
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn start() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 25)
            .and_then(|d| d.and_hms_opt(9, 0, 0))
            .expect("date")
    }

    fn after(millis: i64) -> NaiveDateTime {
        start() + TimeDelta::milliseconds(millis)
    }

    /// Sends heartbeats at the given offsets (ms) and returns the total credited.
    fn total(offsets: &[i64], claimed: Option<u32>) -> u32 {
        let mut counted = None;
        let mut sum = 0;
        for &offset in offsets {
            let c = credit(counted, after(offset), claimed);
            sum += c.seconds;
            counted = Some(c.counted_until);
        }
        sum
    }

    #[test]
    fn the_first_heartbeat_starts_the_count() {
        let c = credit(None, start(), None);
        assert_eq!((c.seconds, c.counted_until), (0, start()));
    }

    #[test]
    fn regular_heartbeats_credit_the_time_between_them() {
        assert_eq!(total(&[0, 30_000, 60_000, 90_000], None), 90);
        // Fractions are carried over, not lost at each heartbeat.
        assert_eq!(total(&[0, 30_400, 60_800, 91_200], None), 91);
    }

    #[test]
    fn a_burst_credits_the_time_it_spans_not_the_number_of_heartbeats() {
        let burst: Vec<i64> = (0..100).map(|i| i * 10).collect();
        assert_eq!(total(&burst, None), 0);
        let same_instant = vec![5_000; 100];
        assert_eq!(total(&same_instant, None), 0);
        let second: Vec<i64> = (0..=100).map(|i| i * 10).collect();
        assert_eq!(total(&second, None), 1);
    }

    #[test]
    fn a_long_gap_credits_at_most_the_cap_and_the_count_jumps() {
        let c = credit(Some(start()), after(2 * 3_600_000), None);
        assert_eq!(
            (c.seconds, c.counted_until),
            (CAP_SECONDS, after(7_200_000))
        );
        assert_eq!(total(&[0, 7_200_000, 7_230_000], None), CAP_SECONDS + 30);
    }

    #[test]
    fn the_client_may_claim_less_never_more() {
        let c = credit(Some(start()), after(30_000), Some(10));
        assert_eq!((c.seconds, c.counted_until), (10, after(30_000)));
        assert_eq!(credit(Some(start()), after(30_000), Some(45)).seconds, 30);
        assert_eq!(credit(Some(start()), after(30_000), Some(0)).seconds, 0);
    }

    #[test]
    fn a_clock_that_steps_back_credits_nothing_and_keeps_the_count() {
        let c = credit(Some(after(10_000)), start(), None);
        assert_eq!((c.seconds, c.counted_until), (0, after(10_000)));
    }
}
