//! Properties of per-cell statistics over random scales and tallies.

use dhruva_core::scorecard::stats::{cell_stats, ScaleSpec, Tally};
use proptest::prelude::*;

/// A scale of 2 to 11 distinct ascending values, some points favourable.
fn scale() -> impl Strategy<Value = ScaleSpec> {
    (prop::collection::btree_set(-50i32..150, 2..12), any::<u16>()).prop_map(|(vals, fav)| {
        let values: Vec<f64> = vals.into_iter().map(f64::from).collect();
        let favourable = (0..values.len()).map(|i| fav & (1 << i) != 0).collect();
        ScaleSpec { values, favourable }
    })
}

fn tally(points: usize) -> impl Strategy<Value = Tally> {
    prop::collection::vec(0u64..20, points).prop_map(Tally)
}

fn scale_and_tallies() -> impl Strategy<Value = (ScaleSpec, Tally, Tally)> {
    scale().prop_flat_map(|s| {
        let n = s.values.len();
        (Just(s), tally(n), tally(n))
    })
}

proptest! {
    #[test]
    fn statistics_stay_within_the_scale_and_their_intervals_hold_them((s, t, _) in scale_and_tallies()) {
        let Some(c) = cell_stats(&s, &t) else {
            prop_assert_eq!(t.n(), 0);
            return Ok(());
        };
        let (low, high) = s.range();
        prop_assert_eq!(c.n, t.n());
        prop_assert!(low - 1e-9 <= c.mean && c.mean <= high + 1e-9);
        prop_assert!((0.0..=1.0).contains(&c.share_favourable));
        prop_assert!(c.mean_interval.low <= c.mean && c.mean <= c.mean_interval.high);
        prop_assert!(low <= c.mean_interval.low && c.mean_interval.high <= high);
        prop_assert!(c.favourable_interval.low <= c.share_favourable && c.share_favourable <= c.favourable_interval.high);
        prop_assert!(0.0 <= c.favourable_interval.low && c.favourable_interval.high <= 1.0);
    }

    #[test]
    fn the_median_is_a_scale_value_or_the_midpoint_of_two((s, t, _) in scale_and_tallies()) {
        if let Some(c) = cell_stats(&s, &t) {
            let is_midpoint = s.values.iter().any(|a| s.values.iter().any(|b| (a + b) / 2.0 == c.median));
            prop_assert!(is_midpoint, "median {} on {:?}", c.median, s.values);
        }
    }

    #[test]
    fn the_median_matches_sorting_every_rating((s, t, _) in scale_and_tallies()) {
        if let Some(c) = cell_stats(&s, &t) {
            let mut all: Vec<f64> = t.0.iter().zip(&s.values).flat_map(|(&n, &v)| std::iter::repeat_n(v, n as usize)).collect();
            all.sort_by(f64::total_cmp);
            let m = all.len();
            prop_assert_eq!(c.median, (all[(m - 1) / 2] + all[m / 2]) / 2.0);
        }
    }

    #[test]
    fn adding_tallies_gives_the_statistics_of_the_merged_ratings((s, a, b) in scale_and_tallies()) {
        let mut merged = a.clone();
        merged.add(&b);
        // The same ratings recorded one by one.
        let mut recorded = Tally::default();
        for (p, &n) in a.0.iter().enumerate().chain(b.0.iter().enumerate()) {
            for _ in 0..n {
                recorded.record(p);
            }
        }
        recorded.0.resize(s.values.len(), 0);
        prop_assert_eq!(&merged, &recorded);
        let (ma, mb, mm) = (cell_stats(&s, &a), cell_stats(&s, &b), cell_stats(&s, &merged));
        prop_assert_eq!(mm.as_ref().map(|c| c.n), Some(a.n() + b.n()).filter(|&n| n > 0));
        if let (Some(x), Some(y), Some(m)) = (ma, mb, mm) {
            let weighted = (x.mean * x.n as f64 + y.mean * y.n as f64) / m.n as f64;
            prop_assert!((weighted - m.mean).abs() < 1e-9);
            let dist: Vec<u64> = x.distribution.iter().zip(&y.distribution).map(|(p, q)| p + q).collect();
            prop_assert_eq!(dist, m.distribution);
        }
    }

    #[test]
    fn unrecording_takes_back_a_recorded_rating(t in tally(5), p in 0usize..5) {
        let mut u = t.clone();
        u.record(p);
        u.unrecord(p);
        prop_assert_eq!(u, t);
    }
}
