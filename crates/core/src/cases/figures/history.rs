//! Figures published as dated releases over claims that keep changing: each release is
//! suppressed together with every release before it (`scorecard::suppress::history`), so
//! subtracting one release from another, or a total of one from the parts of another, gives
//! away no claim — nor any withheld figure, nor any change resting on fewer than k claims.
//!
//! A release's record keeps, per measure (the claim count, the count in each state, each
//! amount, the days to a decision, decided in time), the version of every combination (which
//! claims, by their opaque tokens, contributed what — as a fingerprint, never the value) and
//! which rows it showed. The store seals it; the next release is audited against it.

use super::layout::Layout;
use super::{build_audited, ClaimFacts, FigureRow, Figures};
use crate::scorecard::suppress::history::{Contribution, Current, GroupRecord, Publication, Version};
use crate::scorecard::suppress::{suppress_hidden_leaves_after, HiddenLeaves};
use crate::scorecard::{MinCell, Published};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Stable per claim and opaque: the store derives it from the case with a keyed hash.
pub type ClaimToken = [u8; 16];

/// What one release published and over which contributions. Private: the store seals it, and
/// only the next releases' audit reads it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ReleaseRecord {
    measures: BTreeMap<String, Publication>,
}

impl ReleaseRecord {
    /// Makes these claims unrecognisable in the record (an erasure): each token becomes a fresh
    /// random one, and each of its fingerprints a fresh random one, the same throughout the
    /// record — and the caller passes the same `fresh` map to every record — so which versions
    /// were equal and how many contributors differ between any two stay exactly as they were,
    /// and the next release's audit is unchanged. `random` gives fresh random numbers.
    pub fn forget(&mut self, tokens: &[ClaimToken], fresh: &mut Forgotten, random: &mut dyn FnMut() -> u64) {
        let gone: Vec<u128> = tokens.iter().map(|t| u128::from_be_bytes(*t)).collect();
        for publication in self.measures.values_mut() {
            for version in &mut publication.leaves {
                let mut touched = false;
                for c in &mut version.contributions {
                    if gone.contains(&c.0) {
                        let token = *fresh.tokens.entry(c.0).or_insert_with(|| (u128::from(random()) << 64) | u128::from(random()));
                        let print = *fresh.prints.entry((c.0, c.1)).or_insert_with(&mut *random);
                        *c = (token, print);
                        touched = true;
                    }
                }
                if touched {
                    version.contributions.sort_unstable();
                }
            }
        }
    }
}

/// The replacements one erasure made, shared by every record it rewrites.
#[derive(Default)]
pub struct Forgotten {
    tokens: BTreeMap<u128, u128>,
    prints: BTreeMap<(u128, u64), u64>,
}

/// What a claim contributes to a measure, if anything.
type Value<'v> = &'v dyn Fn(&ClaimFacts) -> Option<i64>;

/// The figures for a new release, suppressed together with every release before it
/// (`earlier`, oldest first), and the record the releases after it must be audited against.
pub fn release(claims: &[ClaimFacts], k: MinCell, earlier: &[ReleaseRecord]) -> (Figures, ReleaseRecord) {
    let layout = Layout::new(claims);
    let keys: Vec<String> = layout.rows.iter().map(key_text).collect();
    let audit = Audit { layout: &layout, claims, k, earlier, keys };
    let figures = build_audited(claims, k, &audit);
    let record = audit.record(&figures);
    (figures, record)
}

pub(super) struct Audit<'a> {
    pub layout: &'a Layout,
    claims: &'a [ClaimFacts],
    k: MinCell,
    earlier: &'a [ReleaseRecord],
    keys: Vec<String>,
}

impl Audit<'_> {
    fn past(&self, measure: &str) -> Vec<&Publication> {
        self.earlier.iter().filter_map(|r| r.measures.get(measure)).collect()
    }

    /// Which rows of one measure to withhold, with every earlier release of it in view.
    pub fn suppress(&self, measure: &str, spec: &HiddenLeaves<'_>, value: Value<'_>) -> Vec<bool> {
        let past = self.past(measure);
        let versions = self.versions(value);
        suppress_hidden_leaves_after(spec, self.k, &Current { versions: &versions, keys: &self.keys }, &past)
    }

    /// Rows whose contributions to a measure changed by 1 to k − 1 claims since a release that
    /// showed it (a median or a share shown again would move by those few claims).
    pub fn changed_too_little(&self, measure: &str, value: Value<'_>) -> Vec<bool> {
        let past = self.past(measure);
        let versions = self.versions(value);
        let k = self.k.get() as usize;
        (0..self.layout.rows.len())
            .map(|r| {
                let now = contributions_of(self.layout.combos_of(r).filter_map(|j| versions[j].as_ref()));
                past.iter().any(|p| {
                    p.groups.iter().filter(|g| g.shown && g.key == self.keys[r]).any(|g| {
                        let then = contributions_of(g.leaves.iter().filter_map(|&i| p.leaves.get(i)));
                        let d = differing(&then, &now);
                        d > 0 && d < k
                    })
                })
            })
            .collect()
    }

    /// Per combination, what its claims contribute (`None` when nothing).
    fn versions(&self, value: Value<'_>) -> Vec<Option<Version>> {
        (0..self.layout.combo_count())
            .map(|j| {
                let mut contributions: Vec<Contribution> = self
                    .layout
                    .claims_in_combo(j)
                    .filter_map(|i| {
                        let c = &self.claims[i];
                        value(c).map(|v| (u128::from_be_bytes(c.token), fingerprint(&c.token, v)))
                    })
                    .collect();
                contributions.sort_unstable();
                (!contributions.is_empty()).then(|| Version { leaf: self.layout.combo_key(j), contributions })
            })
            .collect()
    }

    /// What this release showed, per measure, from the figures as built (not from what the
    /// audit allowed): a row is on record as shown exactly when a reader sees its value.
    fn record(&self, figures: &Figures) -> ReleaseRecord {
        let rows: BTreeMap<String, &FigureRow> = super::rows_of(figures).map(|r| (key_text(&r.key), r)).collect();
        let mut measures = BTreeMap::new();
        let mut put = |name: String, value: Value<'_>, shown: &dyn Fn(&FigureRow) -> bool| {
            measures.insert(name, self.publication(value, &|key: &str| rows.get(key).is_some_and(|r| shown(r))));
        };
        put("claims".to_owned(), &|_| Some(1), &|r| r.claims.shown().is_some());
        let mut states: Vec<_> = self.claims.iter().map(|c| c.state).collect();
        states.sort_by_key(|s| s.code());
        states.dedup();
        for state in states {
            put(super::status_measure(state), &move |c: &ClaimFacts| (c.state == state).then_some(1), &move |r| {
                r.by_status.iter().any(|(s, p)| *s == state && matches!(p, Published::Shown(_)))
            });
        }
        put("claimed".to_owned(), &|c| c.claimed, &|r| r.claimed.shown().is_some());
        put("awarded".to_owned(), &|c| c.awarded, &|r| r.awarded.shown().is_some());
        put("received".to_owned(), &|c| c.received, &|r| r.received.shown().is_some());
        put("days".to_owned(), &super::days_to_decision, &|r| r.median_days_to_decision.shown().is_some());
        put("in_time".to_owned(), &super::decided_in_time, &|r| r.decided_in_time.shown().is_some());
        ReleaseRecord { measures }
    }

    fn publication(&self, value: Value<'_>, shown: &dyn Fn(&str) -> bool) -> Publication {
        let versions = self.versions(value);
        let mut index = vec![None; versions.len()];
        let mut leaves = Vec::new();
        for (j, v) in versions.into_iter().enumerate() {
            if let Some(v) = v {
                index[j] = Some(leaves.len());
                leaves.push(v);
            }
        }
        let groups = (0..self.layout.rows.len())
            .filter_map(|r| {
                let members: Vec<usize> = self.layout.combos_of(r).filter_map(|j| index[j]).collect();
                (!members.is_empty()).then(|| GroupRecord { key: self.keys[r].clone(), leaves: members, shown: shown(&self.keys[r]) })
            })
            .collect();
        Publication { leaves, groups }
    }
}

fn contributions_of<'v>(versions: impl Iterator<Item = &'v Version>) -> Vec<Contribution> {
    let mut all: Vec<Contribution> = versions.flat_map(|v| v.contributions.iter().copied()).collect();
    all.sort_unstable();
    all
}

/// Contributors in one set and not the other, or in both with different fingerprints.
fn differing(a: &[Contribution], b: &[Contribution]) -> usize {
    let left: BTreeMap<u128, u64> = a.iter().copied().collect();
    let right: BTreeMap<u128, u64> = b.iter().copied().collect();
    left.iter().filter(|(t, f)| right.get(t) != Some(f)).count() + right.keys().filter(|t| !left.contains_key(t)).count()
}

/// FNV-1a over the token and the value: equal values of one claim give equal fingerprints, and
/// without the token (keyed, in the store) a fingerprint says nothing about the value.
fn fingerprint(token: &ClaimToken, value: i64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in token.iter().chain(value.to_le_bytes().iter()) {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// A row's key as records name it; stable across releases and versions of Dhruva.
fn key_text(key: &super::FigureKey) -> String {
    use super::FigureKey as K;
    match key {
        K::Total => "total".to_owned(),
        K::Collective(c) => format!("collective:{}", c.0),
        K::District(d) => format!("district:{d}"),
        K::State(s) => format!("state:{s}"),
        K::Authority(a) => format!("authority:{}", a.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(n: u8) -> ClaimFacts {
        crate::cases::figures::test_claim(n, i64::from(n % 2), Some(i64::from(n) * 1000))
    }

    #[test]
    fn a_forgotten_claim_leaves_no_token_and_the_next_release_is_audited_the_same() {
        let k = MinCell::DEFAULT;
        let first: Vec<ClaimFacts> = (1..=12).map(claim).collect();
        let second: Vec<ClaimFacts> = (2..=12).map(claim).collect();
        let (_, one) = release(&first, k, &[]);
        let (expected, _) = release(&second, k, std::slice::from_ref(&one));
        let mut forgotten = one.clone();
        let mut next = 7u64;
        let mut random = || {
            next = next.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            next
        };
        forgotten.forget(&[[1; 16]], &mut Forgotten::default(), &mut random);
        let json = serde_json::to_string(&forgotten).expect("json");
        // As JSON writes a contribution: `[token,fingerprint]`.
        let gone = format!("[{},", u128::from_be_bytes([1; 16]));
        assert!(!json.contains(&gone), "her token is nowhere in the record");
        assert!(serde_json::to_string(&one).expect("json").contains(&gone), "it was there before");
        let (after, _) = release(&second, k, &[forgotten]);
        assert_eq!(serde_json::to_value(&after).expect("json"), serde_json::to_value(&expected).expect("json"));
    }
}
