//! The formulas of item analysis, on running sums so that any number of attempts is read in
//! one pass with constant memory.
//!
//! - *facility index*: the mean score fraction of an item (awarded / possible), 0 to 1;
//! - *discrimination index*: the point-biserial correlation of the item score with the
//!   rest-score (the attempt's points minus the item's), i.e. the Pearson correlation of the
//!   two, which is the point-biserial when the item is scored right/wrong and its
//!   generalization for partial credit. Leaving the item out of the total keeps it from
//!   correlating with itself (the "corrected" item-total correlation). Undefined (`None`) with
//!   fewer than two attempts or when either score does not vary;
//! - *translation flag*: see [`translation_flags`].

/// A locale is flagged only with at least this many attempts at the question in it, and as
/// many in the other locales together.
pub const TRANSLATION_MIN_ATTEMPTS: u64 = 20;
/// … and when its facility is at least this much below the other locales' pooled facility.
pub const TRANSLATION_GAP: f64 = 0.15;

/// Running means and co-moments of (item score, rest-score) pairs (Welford's update, which
/// stays accurate where the textbook sums of squares cancel).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Moments {
    n: u64,
    mean_x: f64,
    mean_y: f64,
    m2x: f64,
    m2y: f64,
    cxy: f64,
}

impl Moments {
    /// Adds one attempt: item score fraction `x`, rest-score `y`.
    pub fn add(&mut self, x: f64, y: f64) {
        self.n += 1;
        let n = as_f64(self.n);
        let dx = x - self.mean_x;
        let dy = y - self.mean_y;
        self.mean_x += dx / n;
        self.mean_y += dy / n;
        self.m2x += dx * (x - self.mean_x);
        self.m2y += dy * (y - self.mean_y);
        self.cxy += dx * (y - self.mean_y);
    }

    /// The moments of `n` pairs given as sums: Σx, Σx², Σy, Σy², Σxy (the item cells
    /// keep these; a variance below zero is rounding and is taken as none).
    pub fn from_sums(n: u64, sx: f64, sxx: f64, sy: f64, syy: f64, sxy: f64) -> Self {
        if n == 0 {
            return Moments::default();
        }
        let count = as_f64(n);
        Moments {
            n,
            mean_x: sx / count,
            mean_y: sy / count,
            m2x: (sxx - sx * sx / count).max(0.0),
            m2y: (syy - sy * sy / count).max(0.0),
            cxy: sxy - sx * sy / count,
        }
    }

    /// Adds another group's moments (Chan, Golub and LeVeque's pairwise update).
    pub fn merge(&mut self, other: &Moments) {
        if other.n == 0 {
            return;
        }
        if self.n == 0 {
            *self = *other;
            return;
        }
        let (na, nb) = (as_f64(self.n), as_f64(other.n));
        let n = na + nb;
        let dx = other.mean_x - self.mean_x;
        let dy = other.mean_y - self.mean_y;
        let weight = na * nb / n;
        self.m2x += other.m2x + dx * dx * weight;
        self.m2y += other.m2y + dy * dy * weight;
        self.cxy += other.cxy + dx * dy * weight;
        self.mean_x += dx * nb / n;
        self.mean_y += dy * nb / n;
        self.n += other.n;
    }

    pub fn count(&self) -> u64 {
        self.n
    }

    /// The facility index: the mean item score fraction.
    pub fn facility(&self) -> Option<f64> {
        (self.n > 0).then_some(self.mean_x)
    }

    /// The sum of the item score fractions.
    pub fn score_sum(&self) -> f64 {
        self.mean_x * as_f64(self.n)
    }

    /// The discrimination index: the item–rest point-biserial correlation.
    pub fn discrimination(&self) -> Option<f64> {
        let spread = (self.m2x * self.m2y).sqrt();
        // Below this, a score did not vary (only rounding noise is left).
        (self.n >= 2 && spread > 1e-12).then(|| (self.cxy / spread).clamp(-1.0, 1.0))
    }
}

/// Which locales' facility is markedly lower than the others': each entry is one locale's
/// (attempts, summed score fraction). A locale is flagged when it has at least
/// [`TRANSLATION_MIN_ATTEMPTS`] attempts, the other locales together have as many, and its
/// facility is at least [`TRANSLATION_GAP`] below the pooled facility of the other locales'
/// attempts (pooled, so that a tiny locale cannot set the comparison).
pub fn translation_flags(locales: &[(u64, f64)]) -> Vec<bool> {
    let (all_n, all_sum) = locales
        .iter()
        .fold((0, 0.0), |(n, sum), (ln, lsum)| (n + ln, sum + lsum));
    locales
        .iter()
        .map(|&(n, sum)| {
            let (others_n, others_sum) = (all_n - n, all_sum - sum);
            n >= TRANSLATION_MIN_ATTEMPTS
                && others_n >= TRANSLATION_MIN_ATTEMPTS
                // A hair of tolerance so that a gap of exactly 0.15 counts despite rounding.
                && sum / as_f64(n) <= others_sum / as_f64(others_n) - TRANSLATION_GAP + 1e-9
        })
        .collect()
}

#[allow(clippy::cast_precision_loss)] // counts of attempts are far below 2^52
pub(super) fn as_f64(n: u64) -> f64 {
    n as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moments(pairs: &[(f64, f64)]) -> Moments {
        let mut m = Moments::default();
        for &(x, y) in pairs {
            m.add(x, y);
        }
        m
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn point_biserial_of_a_table_worked_by_hand() {
        // Item right, right, wrong, wrong; rest-scores 3, 2, 1, 2.
        // Mean of the rest-scores of those right M1 = 2.5, of those wrong M0 = 1.5, their
        // standard deviation (n) s = sqrt(2/4), p = q = 1/2:
        // r = (M1 - M0) / s * sqrt(pq) = 1 / sqrt(0.5) * 0.5 = 1/sqrt(2).
        let m = moments(&[(1.0, 3.0), (1.0, 2.0), (0.0, 1.0), (0.0, 2.0)]);
        assert!(close(m.facility(), 0.5));
        assert!(close(m.discrimination(), std::f64::consts::FRAC_1_SQRT_2));
        assert_eq!(m.count(), 4);
        assert!((m.score_sum() - 2.0).abs() < 1e-12);
    }

    #[test]
    fn a_second_table_with_unequal_groups() {
        // x = 1,1,1,0,0; y = 4,3,2,2,1. M1 = 3, M0 = 1.5, p = 0.6, q = 0.4,
        // mean y = 2.4, s(n) = sqrt(((1.6)^2+0.6^2+0.4^2+0.4^2+1.4^2)/5) = sqrt(5.2/5).
        let m = moments(&[(1.0, 4.0), (1.0, 3.0), (1.0, 2.0), (0.0, 2.0), (0.0, 1.0)]);
        let expected = (3.0 - 1.5) / (5.2_f64 / 5.0).sqrt() * (0.6_f64 * 0.4).sqrt();
        assert!(close(m.facility(), 0.6));
        assert!(
            close(m.discrimination(), expected),
            "{:?}",
            m.discrimination()
        );
    }

    #[test]
    fn partial_credit_is_a_pearson_correlation() {
        // x = 0, 0.5, 1 with y = 1, 2, 3: a perfect line.
        let m = moments(&[(0.0, 1.0), (0.5, 2.0), (1.0, 3.0)]);
        assert!(close(m.discrimination(), 1.0));
        let reversed = moments(&[(1.0, 1.0), (0.5, 2.0), (0.0, 3.0)]);
        assert!(close(reversed.discrimination(), -1.0));
    }

    #[test]
    fn sums_and_merged_groups_give_the_same_figures_as_one_pass() {
        let pairs = [
            (1.0, 4.0),
            (0.5, 3.0),
            (1.0, 2.0),
            (0.0, 2.5),
            (0.0, 1.0),
            (1.0, 3.5),
        ];
        let whole = moments(&pairs);
        let sums = |part: &[(f64, f64)]| {
            let n = part.len() as u64;
            let (mut sx, mut sxx, mut sy, mut syy, mut sxy) = (0.0, 0.0, 0.0, 0.0, 0.0);
            for &(x, y) in part {
                (sx, sxx, sy, syy, sxy) = (sx + x, sxx + x * x, sy + y, syy + y * y, sxy + x * y);
            }
            Moments::from_sums(n, sx, sxx, sy, syy, sxy)
        };
        let mut merged = sums(&pairs[..2]);
        merged.merge(&sums(&pairs[2..]));
        merged.merge(&Moments::default());
        for m in [sums(&pairs), merged] {
            assert_eq!(m.count(), whole.count());
            assert!(close(m.facility(), whole.facility().expect("facility")));
            assert!(close(
                m.discrimination(),
                whole.discrimination().expect("discrimination")
            ));
        }
    }

    #[test]
    fn undefined_without_variation_or_attempts() {
        assert_eq!(Moments::default().facility(), None);
        assert_eq!(moments(&[(1.0, 2.0)]).discrimination(), None);
        assert_eq!(
            moments(&[(1.0, 2.0), (1.0, 5.0)]).discrimination(),
            None,
            "everyone right"
        );
        assert_eq!(
            moments(&[(1.0, 2.0), (0.0, 2.0)]).discrimination(),
            None,
            "rest-scores all equal"
        );
    }

    #[test]
    fn a_locale_markedly_harder_than_the_others_is_flagged() {
        // bs 20 attempts at 0.50; mk 20 at 0.70 and sq 20 at 0.60: others pooled 0.65,
        // 0.15 below, flagged. mk is not (others 0.55); sq is not (others 0.60).
        assert_eq!(
            translation_flags(&[(20, 10.0), (20, 14.0), (20, 12.0)]),
            [true, false, false]
        );
        // Just under the gap: not flagged.
        assert_eq!(translation_flags(&[(20, 10.2), (20, 13.0)]), [false, false]);
        // Too few attempts in the locale, or in the others together.
        assert_eq!(translation_flags(&[(19, 0.0), (40, 40.0)]), [false, false]);
        assert_eq!(
            translation_flags(&[(40, 0.0), (10, 10.0), (9, 9.0)]),
            [false, false, false]
        );
        assert_eq!(translation_flags(&[(50, 10.0)]), [false]);
        assert!(translation_flags(&[]).is_empty());
    }
}
