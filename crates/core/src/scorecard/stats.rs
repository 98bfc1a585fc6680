//! Per-cell statistics from a tally: how many rated, mean, median, distribution, share
//! favourable, and intervals that say how sure each number is.

use serde::{Deserialize, Serialize};

/// One indicator's scale as aggregation sees it: the value of each point, in order, and
/// whether that point counts as favourable.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScaleSpec {
    pub values: Vec<f64>,
    pub favourable: Vec<bool>,
}

/// How many raters gave each point of a scale.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally(pub Vec<u64>);

impl Tally {
    pub fn n(&self) -> u64 {
        self.0.iter().sum()
    }

    pub fn record(&mut self, point: usize) {
        if self.0.len() <= point {
            self.0.resize(point + 1, 0);
        }
        self.0[point] += 1;
    }

    /// Takes back one rating (she changed her answer). Never below zero.
    pub fn unrecord(&mut self, point: usize) {
        if let Some(c) = self.0.get_mut(point) {
            *c = c.saturating_sub(1);
        }
    }

    pub fn add(&mut self, other: &Tally) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a += b;
        }
    }
}

/// A 95 % interval around an estimate.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

/// What a cell says about the raters in it. `distribution` has one count per point of the
/// scale, in the scale's order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CellStats {
    pub n: u64,
    pub mean: f64,
    pub median: f64,
    pub distribution: Vec<u64>,
    pub share_favourable: f64,
    pub mean_interval: Interval,
    /// Wilson score interval: unlike the normal approximation it stays inside [0, 1] and
    /// means something for the small cells score cards are full of.
    pub favourable_interval: Interval,
}

/// The normal quantile for a two-sided 95 % interval.
const Z95: f64 = 1.959_963_984_540_054;

impl ScaleSpec {
    /// The lowest and highest values of the scale (its values need not be sorted).
    pub fn range(&self) -> (f64, f64) {
        let low = self.values.iter().copied().fold(f64::INFINITY, f64::min);
        let high = self.values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        (low, high)
    }
}

impl Tally {
    /// The tally cut to the points the scale has: a point beyond the scale (a template
    /// changed under a running round) cannot be given a value, so it is not counted anywhere,
    /// neither in statistics nor in the n that suppression looks at.
    pub fn within(&self, scale: &ScaleSpec) -> Tally {
        let mut counts: Vec<u64> = self.0.iter().copied().take(scale.values.len()).collect();
        counts.resize(scale.values.len(), 0);
        Tally(counts)
    }
}

/// Statistics of one cell, or `None` when nobody in it rated.
pub fn cell_stats(scale: &ScaleSpec, tally: &Tally) -> Option<CellStats> {
    let distribution = tally.within(scale).0;
    let n: u64 = distribution.iter().sum();
    if n == 0 {
        return None;
    }
    let nf = n as f64;
    let mean = distribution.iter().zip(&scale.values).map(|(&c, &v)| c as f64 * v).sum::<f64>() / nf;
    let favourable: u64 = distribution.iter().zip(&scale.favourable).filter(|(_, &f)| f).map(|(&c, _)| c).sum();
    let share_favourable = favourable as f64 / nf;
    Some(CellStats {
        n,
        mean,
        median: median(scale, &distribution, n),
        share_favourable,
        mean_interval: mean_interval(scale, &distribution, n, mean),
        favourable_interval: wilson(favourable, n),
        distribution,
    })
}

/// The median read off the histogram: the middle rater's value, or for an even n the mean
/// of the two middle raters' values (so it is a scale value or a midpoint between two).
fn median(scale: &ScaleSpec, distribution: &[u64], n: u64) -> f64 {
    let mut order: Vec<usize> = (0..distribution.len()).collect();
    order.sort_by(|&a, &b| scale.values[a].total_cmp(&scale.values[b]));
    // 0-based ranks of the middle raters: the same one when n is odd.
    let (lo, hi) = ((n - 1) / 2, n / 2);
    let value_at = |rank: u64| {
        let mut seen = 0;
        for &p in &order {
            seen += distribution[p];
            if rank < seen {
                return scale.values[p];
            }
        }
        f64::NAN // unreachable: rank < n = the sum of the counts
    };
    (value_at(lo) + value_at(hi)) / 2.0
}

/// Normal approximation with the sample standard deviation, clamped to the scale. One rater
/// says nothing about spread, so her cell's interval is the whole scale.
fn mean_interval(scale: &ScaleSpec, distribution: &[u64], n: u64, mean: f64) -> Interval {
    let (low, high) = scale.range();
    if n < 2 {
        return Interval { low, high };
    }
    let ss: f64 = distribution.iter().zip(&scale.values).map(|(&c, &v)| c as f64 * (v - mean) * (v - mean)).sum();
    let sd = (ss / (n - 1) as f64).sqrt();
    let half = Z95 * sd / (n as f64).sqrt();
    // min/max keep the estimate inside even when rounding nudges mean past a bound.
    Interval { low: (mean - half).max(low).min(mean), high: (mean + half).min(high).max(mean) }
}

fn wilson(favourable: u64, n: u64) -> Interval {
    let nf = n as f64;
    let p = favourable as f64 / nf;
    let z2 = Z95 * Z95;
    let denom = 1.0 + z2 / nf;
    let centre = (p + z2 / (2.0 * nf)) / denom;
    let half = Z95 / denom * (p * (1.0 - p) / nf + z2 / (4.0 * nf * nf)).sqrt();
    Interval { low: (centre - half).max(0.0).min(p), high: (centre + half).min(1.0).max(p) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn five_faces() -> ScaleSpec {
        ScaleSpec { values: vec![1.0, 2.0, 3.0, 4.0, 5.0], favourable: vec![false, false, false, true, true] }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn nobody_rated_gives_no_statistics() {
        assert_eq!(cell_stats(&five_faces(), &Tally(vec![0; 5])), None);
        assert_eq!(cell_stats(&five_faces(), &Tally::default()), None);
    }

    #[test]
    fn four_raters_give_the_hand_computed_figures() {
        // Values 1, 3, 3, 5: mean 3, sd √(8/3), one favourable of four.
        let s = cell_stats(&five_faces(), &Tally(vec![1, 0, 2, 0, 1])).unwrap();
        assert_eq!(s.n, 4);
        assert!(close(s.mean, 3.0));
        assert!(close(s.median, 3.0));
        assert!(close(s.share_favourable, 0.25));
        assert!(close(s.mean_interval.low, 1.399_696_107_881_563_3));
        assert!(close(s.mean_interval.high, 4.600_303_892_118_436));
        assert!(close(s.favourable_interval.low, 0.045_587_260_809_700_55));
        assert!(close(s.favourable_interval.high, 0.699_358_157_417_598_1));
        assert_eq!(s.distribution, vec![1, 0, 2, 0, 1]);
    }

    #[test]
    fn an_even_count_takes_the_midpoint_of_the_two_middle_values() {
        let s = cell_stats(&five_faces(), &Tally(vec![1, 1, 0, 0, 0])).unwrap();
        assert!(close(s.median, 1.5));
        let s = cell_stats(&five_faces(), &Tally(vec![0, 0, 2, 0, 2])).unwrap();
        assert!(close(s.median, 4.0));
    }

    #[test]
    fn one_rater_is_sure_of_nothing_but_her_own_answer() {
        let s = cell_stats(&five_faces(), &Tally(vec![0, 0, 0, 1, 0])).unwrap();
        assert!(close(s.mean, 4.0) && close(s.median, 4.0));
        assert_eq!(s.mean_interval, Interval { low: 1.0, high: 5.0 });
    }

    #[test]
    fn no_favourable_answers_still_leave_room_above_zero() {
        let s = cell_stats(&five_faces(), &Tally(vec![3, 0, 0, 0, 0])).unwrap();
        assert!(close(s.share_favourable, 0.0));
        assert!(close(s.favourable_interval.low, 0.0));
        assert!(close(s.favourable_interval.high, 0.561_497_031_755_045_5));
        // No spread: the interval around the mean is the mean itself.
        assert_eq!(s.mean_interval, Interval { low: 1.0, high: 1.0 });
    }

    #[test]
    fn the_median_follows_values_not_point_order() {
        // A yes/no scale listed "yes" (1) first, then "no" (0).
        let yes_no = ScaleSpec { values: vec![1.0, 0.0], favourable: vec![false, true] };
        let s = cell_stats(&yes_no, &Tally(vec![2, 1])).unwrap();
        assert!(close(s.median, 1.0));
        assert!(close(s.share_favourable, 1.0 / 3.0));
    }

    #[test]
    fn points_beyond_the_scale_are_not_counted() {
        let s = cell_stats(&five_faces(), &Tally(vec![0, 0, 0, 0, 1, 7])).unwrap();
        assert_eq!(s.n, 1);
    }
}
