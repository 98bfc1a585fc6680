//! Suppression for tables whose leaves are never published, only totals over them (casework
//! figures: a claim's collective × district × authority is a leaf, but only the rows by
//! collective, by district, by state and by authority are shown).
//!
//! With every leaf withheld, [`recoverable`] still tells which withheld values the published
//! totals pin down. A pinned leaf is harmless when it is at least k (it is never shown, but it
//! may be known); a pinned small leaf, or any pinned withheld total, gives something away.
//! Totals are the only thing left to withhold. The cheap classic rule runs first (in every
//! published total split into published parts, the withheld parts are none, or several adding
//! up to at least k); the exact audit then catches what crosses groupings, and for each
//! recovery it finds the smallest published total touching it is withheld too.

use super::history::{Current, History, Publication};
use super::{recoverable, Suppression, Table, Target};
use crate::scorecard::MinCell;
use std::collections::BTreeMap;

/// What the caller publishes over a [`Table`] whose leaves stay hidden.
#[derive(Clone, Debug)]
pub struct HiddenLeaves<'a> {
    pub table: &'a Table,
    /// Groups never published (a combination the reader must not learn when it is small); not
    /// protected when at least k.
    pub private: Vec<bool>,
    /// Groups withheld from the start whatever their size (the caller's own reasons).
    pub withheld: Vec<bool>,
    /// A group withheld whenever the group named here is (a row's status counts follow the
    /// row's count).
    pub follows: Vec<Option<usize>>,
    /// Published totals split into published parts with disjoint leaves; what the parts leave
    /// out of the total is an unpublished remainder.
    pub partitions: Vec<(usize, Vec<usize>)>,
    /// Whether a small leaf must stay unknown too (`false` when the leaves are finer than
    /// anything the caller promises to protect).
    pub protect_leaves: bool,
}

/// Chooses which groups to withhold (`true`) so that no group with 0 < n < k is shown and no
/// small leaf, small private group or withheld group can be worked out from what is shown.
/// Deterministic. Does not touch [`super::suppress`], whose leaves are published.
pub fn suppress_hidden_leaves(spec: &HiddenLeaves<'_>, k: MinCell) -> Vec<bool> {
    suppress(spec, k, None)
}

/// [`suppress_hidden_leaves`] for a new release of figures that earlier releases (`past`,
/// oldest first, the same measure) published over earlier states of the same data: nothing
/// [`super::history`] protects may become determined by all of them together.
pub fn suppress_hidden_leaves_after(spec: &HiddenLeaves<'_>, k: MinCell, current: &Current<'_>, past: &[&Publication]) -> Vec<bool> {
    if past.is_empty() {
        return suppress(spec, k, None);
    }
    let history = History::new(current, &spec.table.groups, spec.protect_leaves, past, k);
    suppress(spec, k, Some(&history))
}

fn suppress(spec: &HiddenLeaves<'_>, k: MinCell, history: Option<&History>) -> Vec<bool> {
    let table = spec.table;
    let kk = u64::from(k.get());
    let n: Vec<u64> = (0..table.groups.len()).map(|g| table.group_n(g)).collect();
    let ties = Ties::new(spec);
    let mut hidden: Vec<bool> = (0..n.len()).map(|g| spec.private[g] || spec.withheld[g] || (n[g] > 0 && n[g] < kk)).collect();
    for &g in history.map(|h| h.changed_too_little.as_slice()).unwrap_or_default() {
        hidden[g] = true;
    }
    ties.apply(&mut hidden);
    loop {
        while classic_rule(&ties, &n, kk, &mut hidden) {}
        let targets = exposed(spec, &hidden, k);
        if !targets.is_empty() {
            // One audit, then every recovery it found is broken at once: trying candidates one
            // by one (an audit each) hid no less in practice and took ten times as long.
            for t in targets {
                hide_touching(&ties, &n, t, &mut hidden);
            }
            continue;
        }
        let Some(history) = history else { return hidden };
        let across = history.exposed(&hidden, &spec.private, k);
        if across.is_empty() {
            return hidden;
        }
        let mut moved = false;
        for leaves in across {
            moved |= hide_touching_leaves(&ties, &n, &leaves, &mut hidden);
        }
        // Nothing of this release left to withhold: it adds nothing to the earlier releases.
        if !moved {
            return hidden;
        }
    }
}

/// The withheld values that what is shown pins down and that must not be known.
pub fn exposed(spec: &HiddenLeaves<'_>, hidden: &[bool], k: MinCell) -> Vec<Target> {
    let table = spec.table;
    let small = |n: u64| n > 0 && n < u64::from(k.get());
    let s = Suppression { leaf: vec![true; table.leaf_n.len()], group: hidden.to_vec() };
    recoverable(table, &s)
        .into_iter()
        .filter(|t| match *t {
            Target::Leaf(i) => spec.protect_leaves && small(table.leaf_n[i]),
            Target::Group(g) => !spec.private[g] || small(table.group_n(g)),
        })
        .collect()
}

/// Groups withheld together: a group with the group it follows, and published groups over
/// the same leaves (the same number printed twice — withholding one copy alone is no use).
struct Ties<'a> {
    spec: &'a HiddenLeaves<'a>,
    /// Per group: the first published group with the same members (itself if none earlier).
    same_as: Vec<usize>,
}

impl<'a> Ties<'a> {
    fn new(spec: &'a HiddenLeaves<'a>) -> Self {
        let mut first: BTreeMap<Vec<usize>, usize> = BTreeMap::new();
        let same_as = (0..spec.table.groups.len())
            .map(|g| {
                if spec.private[g] {
                    return g;
                }
                let mut members = spec.table.groups[g].clone();
                members.sort_unstable();
                members.dedup();
                *first.entry(members).or_insert(g)
            })
            .collect();
        Ties { spec, same_as }
    }

    fn apply(&self, hidden: &mut [bool]) {
        // Parents and copies come in any order; repeat until stable.
        loop {
            let mut changed = false;
            for g in 0..hidden.len() {
                if hidden[g] && !hidden[self.same_as[g]] {
                    hidden[self.same_as[g]] = true;
                    changed = true;
                }
                let parent_hidden = self.spec.follows[g].is_some_and(|p| hidden[p]);
                if !hidden[g] && (hidden[self.same_as[g]] || parent_hidden) {
                    hidden[g] = true;
                    changed = true;
                }
            }
            if !changed {
                return;
            }
        }
    }
}

/// One sweep of the classic rule over the partitions. In a published total, the withheld
/// parts (withheld children and a non-empty remainder) must be none, or add up to at least k
/// and be more than one — except a remainder of at least k alone, which may be known. Returns
/// whether anything more was withheld.
fn classic_rule(ties: &Ties<'_>, n: &[u64], k: u64, hidden: &mut [bool]) -> bool {
    let mut changed = false;
    for (parent, children) in &ties.spec.partitions {
        if hidden[*parent] || n[*parent] == 0 {
            continue;
        }
        let remainder = n[*parent].saturating_sub(children.iter().map(|&c| n[c]).sum());
        let withheld: Vec<usize> = children.iter().copied().filter(|&c| hidden[c] && n[c] > 0).collect();
        let parts = withheld.len() + usize::from(remainder > 0);
        let sum: u64 = withheld.iter().map(|&c| n[c]).sum::<u64>() + remainder;
        let fine = parts == 0 || (sum >= k && (parts >= 2 || withheld.is_empty()));
        if fine {
            continue;
        }
        let cheapest = children.iter().copied().filter(|&c| !hidden[c] && n[c] > 0).min_by_key(|&c| (n[c], c));
        hidden[cheapest.unwrap_or(*parent)] = true;
        ties.apply(hidden);
        changed = true;
    }
    changed
}

/// Published, non-empty totals (one per set of copies), smallest first.
fn open(ties: &Ties<'_>, n: &[u64], hidden: &[bool]) -> Vec<usize> {
    let mut open: Vec<usize> = (0..n.len()).filter(|&g| !hidden[g] && n[g] > 0 && ties.same_as[g] == g).collect();
    open.sort_by_key(|&g| (n[g], g));
    open
}

/// Withholds the smallest published total touching the target (or any, if none touches).
/// Always withholds something while anything is published, so the loop ends: at worst with
/// nothing published, which pins nothing down.
fn hide_touching(ties: &Ties<'_>, n: &[u64], target: Target, hidden: &mut [bool]) {
    let table = ties.spec.table;
    let leaves: Vec<usize> = match target {
        Target::Leaf(i) => vec![i],
        Target::Group(g) => table.groups[g].clone(),
    };
    hide_touching_leaves(ties, n, &leaves, hidden);
}

/// Returns whether anything was withheld (nothing is left to withhold when it was not).
fn hide_touching_leaves(ties: &Ties<'_>, n: &[u64], leaves: &[usize], hidden: &mut [bool]) -> bool {
    let table = ties.spec.table;
    let open = open(ties, n, hidden);
    let touching = open.iter().copied().find(|&g| table.groups[g].iter().any(|i| leaves.contains(i)));
    match touching.or_else(|| open.first().copied()) {
        Some(g) => {
            hidden[g] = true;
            ties.apply(hidden);
            true
        }
        None => false,
    }
}
