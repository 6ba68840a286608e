//! A small deterministic random source for generated data: SplitMix64 (Steele, Lea and Flood,
//! 2014), fast, with good statistical quality for simulation and a single `u64` of state. Not
//! for secrets: verification codes still come from the operating system.

use chrono::{NaiveDateTime, TimeDelta};

/// Adds to the state on every draw: the golden ratio in 64 bits, as SplitMix64 prescribes.
const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    /// An independent stream for item `index` of kind `stream` under `seed`: each learner
    /// draws from a stream of its own, so changing one part of the generator does not shift
    /// the random numbers of everything after it.
    pub(crate) fn stream(seed: u64, stream: u64, index: u64) -> Self {
        let mut mixer = Rng(seed ^ stream.wrapping_mul(GOLDEN).rotate_left(17));
        let base = mixer.next_u64();
        Rng(base ^ index.wrapping_mul(0xD1B5_4A32_D192_ED03))
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GOLDEN);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)` (32 bits of resolution, plenty for a simulation).
    pub(crate) fn unit(&mut self) -> f64 {
        let high = u32::try_from(self.next_u64() >> 32).unwrap_or(0);
        f64::from(high) / 4_294_967_296.0
    }

    /// Uniform in `0..n`; 0 when `n` is 0.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        let n64 = u64::try_from(n).unwrap_or(u64::MAX);
        if n64 == 0 {
            return 0;
        }
        usize::try_from(self.next_u64() % n64).unwrap_or(0)
    }

    /// Uniform in `low..high` (`low` when the range is empty).
    pub(crate) fn between(&mut self, low: i64, high: i64) -> i64 {
        if high <= low {
            return low;
        }
        let span = u64::try_from(high - low).unwrap_or(u64::MAX);
        low + i64::try_from(self.next_u64() % span).unwrap_or(0)
    }

    pub(crate) fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Roughly standard normal (Irwin–Hall: the sum of twelve uniforms, less six).
    pub(crate) fn normal(&mut self) -> f64 {
        (0..12).map(|_| self.unit()).sum::<f64>() - 6.0
    }

    /// An index chosen with the given weights (the last one if they are all zero).
    pub(crate) fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut ticket = u32::try_from(self.below(total as usize)).unwrap_or(0);
        for (i, w) in weights.iter().enumerate() {
            if ticket < *w {
                return i;
            }
            ticket -= w;
        }
        weights.len().saturating_sub(1)
    }

    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A duration of about `median` seconds, spread log-normally (`spread` 0.5: most between
    /// 0.5× and 2×): how long people take over things.
    pub(crate) fn seconds_around(&mut self, median: f64, spread: f64) -> TimeDelta {
        let seconds = median * (self.normal() * spread).exp();
        // Rounded to whole seconds; f64 → i64 of a value far below 2^53.
        #[allow(clippy::cast_possible_truncation)]
        TimeDelta::seconds(seconds.round().max(1.0) as i64)
    }

    /// A UUID v7 for something that happened at `at`: time-ordered like the ids the
    /// application makes, and reproducible.
    pub(crate) fn uuid_at(&mut self, at: NaiveDateTime) -> String {
        let millis = u64::try_from(at.and_utc().timestamp_millis()).unwrap_or(0);
        let mut random = [0u8; 10];
        random[..8].copy_from_slice(&self.next_u64().to_le_bytes());
        random[8..].copy_from_slice(&self.next_u64().to_le_bytes()[..2]);
        uuid::Builder::from_unix_timestamp_millis(millis, &random)
            .into_uuid()
            .to_string()
    }
}

/// Papers are drawn by the application's own `Paper::draw` from the generator's stream.
impl kampus_progress::RandomSource for Rng {
    fn below(&mut self, n: usize) -> usize {
        Rng::below(self, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_repeat_and_differ() {
        let a: Vec<u64> = (0..4)
            .map(|_| Rng::stream(1, 2, 3))
            .map(|mut r| r.next_u64())
            .collect();
        assert!(a.windows(2).all(|w| w[0] == w[1]));
        assert_ne!(
            Rng::stream(1, 2, 3).next_u64(),
            Rng::stream(1, 2, 4).next_u64()
        );
        assert_ne!(
            Rng::stream(1, 2, 3).next_u64(),
            Rng::stream(2, 2, 3).next_u64()
        );
    }

    #[test]
    fn draws_stay_in_range_and_weights_are_followed() {
        let mut rng = Rng::stream(7, 0, 0);
        let mut counts = [0u32; 3];
        for _ in 0..30_000 {
            let u = rng.unit();
            assert!((0.0..1.0).contains(&u));
            assert!((5..9).contains(&rng.between(5, 9)));
            counts[rng.weighted(&[1, 0, 3])] += 1;
        }
        assert_eq!(counts[1], 0);
        assert!((6_500..8_500).contains(&counts[0]), "{counts:?}");
        let id = rng.uuid_at(chrono::DateTime::UNIX_EPOCH.naive_utc());
        assert_eq!(
            uuid::Uuid::parse_str(&id).map(|u| u.get_version_num()),
            Ok(7)
        );
    }
}
