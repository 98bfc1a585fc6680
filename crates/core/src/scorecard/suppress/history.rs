//! Suppression that remembers what was published before: a new release of figures over data
//! that keeps changing is audited together with every earlier release, so no value resting on
//! fewer than k contributors — a small cell, a withheld total, or the *change* of a leaf or a
//! total between two releases — is a linear consequence of everything ever published.
//!
//! The model. A leaf (a claim's collective × district × authority, say) has a *version* for
//! each distinct set of contributions it held when a release was made: two releases over the
//! same contributions share one unknown, a release after any change gets a new one. Every
//! total a release showed is an equation over the versions current then. The attacker holds
//! every equation of every release and knows which versions make up which total (more than a
//! reader could). What must stay undetermined:
//!
//! - a version with 0 < n < k contributors (when leaves are protected at all);
//! - every withheld total, of this release and of every earlier one;
//! - the change of a leaf between two of its versions, when fewer than k contributors differ;
//! - the change of a total between two releases, when fewer than k of its contributors differ
//!   (a total shown in both with such a change is withheld now, before any audit).
//!
//! Only this release's totals can still be withheld. A target the earlier releases alone
//! already determine is not this release's to fix (it was public before) and is skipped; that
//! also makes the loop end: with every total of this release withheld, what is determined is
//! exactly what the earlier releases determined.
//!
//! What is not covered, as for a single release: bounds (a withheld count is non-zero), sums
//! of several small changes in different leaves that no total equals, and k − 1 contributors
//! who pool what they know.

use super::linalg::RowSpace;
use super::MinCell;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// An opaque contributor (a claim's keyed token) and a fingerprint of what it contributes.
pub type Contribution = (u128, u64);

/// A leaf as one release counted it: its key and its contributions, sorted by contributor.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Version {
    pub leaf: String,
    pub contributions: Vec<Contribution>,
}

/// One measure of one release, as the next releases' audit needs it: the leaves it counted
/// (contributed-to leaves only) and every total it had, shown or withheld, over them.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Publication {
    pub leaves: Vec<Version>,
    pub groups: Vec<GroupRecord>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GroupRecord {
    pub key: String,
    /// Indices into the publication's `leaves`.
    pub leaves: Vec<usize>,
    pub shown: bool,
}

/// What the release being made looks like: per leaf of its table, the version it holds (`None`
/// for a leaf nobody contributes to), and per group its key.
pub struct Current<'a> {
    pub versions: &'a [Option<Version>],
    pub keys: &'a [String],
}

/// A combination of unknowns that must stay undetermined (+1 / −1 coefficients).
#[derive(Clone, Debug)]
struct Target {
    terms: Vec<(usize, bool)>,
}

/// The earlier releases of one measure, interned, with the targets that do not depend on what
/// this release withholds.
pub(super) struct History {
    /// Per current leaf, its unknown.
    current_unknown: Vec<Option<usize>>,
    /// Per current group, its unknowns.
    current_groups: Vec<Vec<usize>>,
    /// Per current group, its contributor count.
    current_n: Vec<u64>,
    past: RowSpace,
    fixed_targets: Vec<Target>,
    /// Per unknown, its leaf key, to find the current leaves a past target concerns.
    leaf_of: Vec<String>,
    /// Totals of this release that an earlier release showed and that have changed by fewer
    /// than k contributors since: shown again, their difference would be that change.
    pub(super) changed_too_little: Vec<usize>,
}

/// How many contributors differ between two sets of contributions (sorted by contributor): in
/// one and not the other, or in both with a different fingerprint.
fn differing(a: &[Contribution], b: &[Contribution]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x.0 == y.0 => {
                n += usize::from(x.1 != y.1);
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x.0 < y.0 => {
                n += 1;
                i += 1;
            }
            (Some(_), None) => {
                n += 1;
                i += 1;
            }
            _ => {
                n += 1;
                j += 1;
            }
        }
    }
    n
}

fn union_of(versions: &[&Version]) -> Vec<Contribution> {
    let mut all: Vec<Contribution> = versions.iter().flat_map(|v| v.contributions.iter().copied()).collect();
    all.sort_unstable();
    all
}

/// `after − before`, cancelling common unknowns.
fn change(after: &[usize], before: &[usize]) -> Target {
    let a: BTreeSet<usize> = after.iter().copied().collect();
    let b: BTreeSet<usize> = before.iter().copied().collect();
    let terms = a.difference(&b).map(|&u| (u, false)).chain(b.difference(&a).map(|&u| (u, true))).collect();
    Target { terms }
}

/// One occurrence of a total: its unknowns, its contributions, whether it was shown (`None`:
/// the current release, still being decided).
struct Occurrence {
    unknowns: Vec<usize>,
    contributions: Vec<Contribution>,
    shown: Option<bool>,
}

impl History {
    pub(super) fn new<'a>(current: &Current<'a>, groups: &[Vec<usize>], protect_leaves: bool, past: &[&'a Publication], k: MinCell) -> History {
        let k = k.get() as usize;
        let small = |n: usize| n > 0 && n < k;
        let mut ids: BTreeMap<&'a Version, usize> = BTreeMap::new();
        let mut versions: Vec<&'a Version> = Vec::new();
        let mut intern = |v: &'a Version| -> usize {
            *ids.entry(v).or_insert_with(|| {
                versions.push(v);
                versions.len() - 1
            })
        };
        let mut past_space = RowSpace::default();
        let mut occurrences: BTreeMap<&str, Vec<Occurrence>> = BTreeMap::new();
        let mut fixed = Vec::new();
        for p in past {
            let unknown: Vec<usize> = p.leaves.iter().map(&mut intern).collect();
            for g in &p.groups {
                let mut us: Vec<usize> = g.leaves.iter().filter_map(|&i| unknown.get(i).copied()).collect();
                us.sort_unstable();
                us.dedup();
                let members: Vec<&Version> = g.leaves.iter().filter_map(|&i| p.leaves.get(i)).collect();
                let contributions = union_of(&members);
                if g.shown {
                    past_space.add(&us);
                } else if !contributions.is_empty() {
                    fixed.push(Target { terms: us.iter().map(|&u| (u, false)).collect() });
                }
                occurrences.entry(g.key.as_str()).or_default().push(Occurrence { unknowns: us, contributions, shown: Some(g.shown) });
            }
        }
        let current_unknown: Vec<Option<usize>> = current.versions.iter().map(|v| v.as_ref().map(&mut intern)).collect();
        let mut current_groups = Vec::with_capacity(groups.len());
        let mut current_n = Vec::with_capacity(groups.len());
        let mut changed_too_little = Vec::new();
        for (g, members) in groups.iter().enumerate() {
            let mut us: Vec<usize> = members.iter().filter_map(|&i| current_unknown.get(i).copied().flatten()).collect();
            us.sort_unstable();
            us.dedup();
            let vs: Vec<&Version> = members.iter().filter_map(|&i| current.versions.get(i).and_then(Option::as_ref)).collect();
            let contributions = union_of(&vs);
            current_n.push(contributions.len() as u64);
            if let Some(key) = current.keys.get(g) {
                let earlier = occurrences.entry(key.as_str()).or_default();
                if earlier.iter().any(|o| o.shown == Some(true) && small(differing(&o.contributions, &contributions))) {
                    changed_too_little.push(g);
                }
                earlier.push(Occurrence { unknowns: us.clone(), contributions, shown: None });
            }
            current_groups.push(us);
        }
        if protect_leaves {
            for (u, v) in versions.iter().enumerate() {
                if small(v.contributions.len()) {
                    fixed.push(Target { terms: vec![(u, false)] });
                }
            }
            let mut by_leaf: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
            for (u, v) in versions.iter().enumerate() {
                by_leaf.entry(v.leaf.as_str()).or_default().push(u);
            }
            for us in by_leaf.values() {
                for (x, &a) in us.iter().enumerate() {
                    for &b in &us[x + 1..] {
                        if small(differing(&versions[a].contributions, &versions[b].contributions)) {
                            fixed.push(Target { terms: vec![(b, false), (a, true)] });
                        }
                    }
                }
            }
        }
        for occ in occurrences.values() {
            for (x, a) in occ.iter().enumerate() {
                for b in &occ[x + 1..] {
                    if small(differing(&a.contributions, &b.contributions)) {
                        fixed.push(change(&b.unknowns, &a.unknowns));
                    }
                }
            }
        }
        // Targets the earlier releases already give away were public before this one.
        fixed.retain(|t| !t.terms.is_empty() && !past_space.contains_signed(&t.terms));
        let leaf_of = versions.iter().map(|v| v.leaf.clone()).collect();
        History { current_unknown, current_groups, current_n, past: past_space, fixed_targets: fixed, leaf_of, changed_too_little }
    }

    /// The current leaves each still-determined target concerns (empty: none of this release's
    /// leaves; withhold any total of this release).
    pub(super) fn exposed(&self, hidden: &[bool], private: &[bool], k: MinCell) -> Vec<Vec<usize>> {
        let mut space = self.past.clone();
        for (g, us) in self.current_groups.iter().enumerate() {
            if !hidden[g] && !private[g] && !us.is_empty() {
                space.add(us);
            }
        }
        let small = |n: u64| n > 0 && n < u64::from(k.get());
        let withheld_now = self
            .current_groups
            .iter()
            .enumerate()
            .filter(|&(g, us)| hidden[g] && !us.is_empty() && self.current_n[g] > 0 && (!private[g] || small(self.current_n[g])));
        let dynamic: Vec<Target> = withheld_now
            .map(|(_, us)| Target { terms: us.iter().map(|&u| (u, false)).collect() })
            .filter(|t| !self.past.contains_signed(&t.terms))
            .collect();
        self.fixed_targets.iter().chain(&dynamic).filter(|t| space.contains_signed(&t.terms)).map(|t| self.current_leaves_of(t)).collect()
    }

    fn current_leaves_of(&self, t: &Target) -> Vec<usize> {
        let unknowns: BTreeSet<usize> = t.terms.iter().map(|&(u, _)| u).collect();
        let direct: Vec<usize> =
            self.current_unknown.iter().enumerate().filter(|(_, u)| u.is_some_and(|u| unknowns.contains(&u))).map(|(i, _)| i).collect();
        if !direct.is_empty() {
            return direct;
        }
        let leaves: BTreeSet<&str> = unknowns.iter().filter_map(|&u| self.leaf_of.get(u)).map(String::as_str).collect();
        self.current_unknown
            .iter()
            .enumerate()
            .filter(|(_, u)| u.is_some_and(|u| leaves.contains(self.leaf_of[u].as_str())))
            .map(|(i, _)| i)
            .collect()
    }
}
