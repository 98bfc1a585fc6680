//! A row the latest release withholds may still be shown as an earlier release showed it, with
//! that release's date: it was published then, so showing it again adds nothing to what anyone
//! can work out — and a small row that changes slowly (withheld until k of its claims have
//! changed) does not vanish from the page in between.

use super::{rows_of, FigureKey, FigureRow, Figures};
use std::collections::BTreeMap;

/// For every row whose claim count `latest` withholds (or no longer has), the most recent
/// earlier release that showed it: its index in `earlier` (newest first) and the row as shown.
pub fn last_shown<'a>(latest: &Figures, earlier: &[&'a Figures]) -> BTreeMap<FigureKey, (usize, &'a FigureRow)> {
    let shown_now: Vec<&FigureKey> = rows_of(latest).filter(|r| r.claims.shown().is_some()).map(|r| &r.key).collect();
    let mut out = BTreeMap::new();
    for (i, f) in earlier.iter().enumerate() {
        for row in rows_of(f).filter(|r| r.claims.shown().is_some()) {
            if !shown_now.contains(&&row.key) {
                out.entry(row.key.clone()).or_insert((i, row));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::figures::{release, ClaimFacts};
    use crate::scorecard::MinCell;
    use crate::CollectiveId;

    fn claim(n: u8, collective: i64) -> ClaimFacts {
        crate::cases::figures::test_claim(n, collective, None)
    }

    #[test]
    fn a_row_withheld_after_a_small_change_is_held_at_its_last_shown_value() {
        let k = MinCell::DEFAULT;
        let first: Vec<ClaimFacts> = (0..12).map(|n| claim(n, 1 + i64::from(n % 2))).collect();
        let (one, record) = release(&first, k, &[]);
        let mut second = first.clone();
        second.push(claim(99, 1));
        let (two, _) = release(&second, k, &[record]);
        let key = FigureKey::Collective(CollectiveId(1));
        let now = two.by_collective.iter().find(|r| r.key == key).expect("the row is listed");
        assert_eq!(now.claims.shown(), None, "one new claim: withheld in the second release");
        let held = last_shown(&two, &[&one]);
        let (i, row) = held.get(&key).expect("held at its earlier value");
        assert_eq!((*i, row.claims.shown()), (0, Some(&6)));
        assert!(!held.contains_key(&FigureKey::Collective(CollectiveId(2))), "unchanged, shown again as it is");
    }
}
