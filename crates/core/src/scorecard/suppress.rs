//! Primary and complementary suppression of a table of counts: leaves (institutions) and
//! totals published over sets of leaves (a district, a state, a type, everything).
//!
//! Primary: a leaf or group with 0 < n < k is withheld. Complementary: more cells are
//! withheld until no withheld leaf, and no withheld group total, can be computed exactly from
//! the published totals and the visible leaves — checked by [`recoverable`], an exact
//! linear-algebra audit over all groupings at once (a leaf hidden in its district is the same
//! leaf in its state and its type, so one set of unknowns serves every grouping).
//!
//! A count of zero is not secret (nobody rated): it is never suppressed and never hidden to
//! protect others, because a withheld cell then tells a reader it is non-zero anyway.

mod hidden;
pub mod history;
mod linalg;

pub use hidden::{exposed, suppress_hidden_leaves, suppress_hidden_leaves_after, HiddenLeaves};

use super::MinCell;
use linalg::RowSpace;
use serde::Serialize;

/// Leaf counts and the groups of leaves whose totals are published.
#[derive(Clone, Debug, Serialize)]
pub struct Table {
    pub leaf_n: Vec<u64>,
    pub groups: Vec<Vec<usize>>,
}

/// What is withheld: `true` = suppressed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Suppression {
    pub leaf: Vec<bool>,
    pub group: Vec<bool>,
}

/// A withheld value that the published ones would give away.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Target {
    Leaf(usize),
    Group(usize),
}

impl Table {
    pub fn group_n(&self, g: usize) -> u64 {
        self.groups[g].iter().map(|&i| self.leaf_n[i]).sum()
    }
}

/// Chooses what to withhold so that no cell under k is shown and nothing withheld can be
/// worked out from what is shown. Deterministic: the same table gives the same answer.
pub fn suppress(table: &Table, k: MinCell) -> Suppression {
    let k = u64::from(k.get());
    let small = |n: u64| n > 0 && n < k;
    let group_n: Vec<u64> = (0..table.groups.len()).map(|g| table.group_n(g)).collect();
    let mut s = Suppression { leaf: table.leaf_n.iter().map(|&n| small(n)).collect(), group: group_n.iter().map(|&n| small(n)).collect() };
    loop {
        if classic_rule(table, &group_n, k, &mut s) {
            continue;
        }
        let targets = recoverable(table, &s);
        if targets.is_empty() {
            return s;
        }
        for t in targets {
            hide_more_for(table, t, &mut s);
        }
    }
}

/// One sweep of the classic rule: in each published group the withheld leaves are none, or
/// at least two whose combined count is at least k (so no single one is its difference, and
/// their total is no small cell). Returns whether anything more was hidden.
fn classic_rule(table: &Table, group_n: &[u64], k: u64, s: &mut Suppression) -> bool {
    let mut changed = false;
    for (g, members) in table.groups.iter().enumerate() {
        if s.group[g] || group_n[g] == 0 {
            continue;
        }
        let hidden: Vec<usize> = members.iter().copied().filter(|&i| s.leaf[i]).collect();
        let hidden_n: u64 = hidden.iter().map(|&i| table.leaf_n[i]).sum();
        if hidden.is_empty() || (hidden.len() >= 2 && hidden_n >= k) {
            continue;
        }
        match smallest_visible(table, members, s) {
            Some(i) => s.leaf[i] = true,
            None => s.group[g] = true,
        }
        changed = true;
    }
    changed
}

/// The visible non-zero leaf with the smallest count (ties: lowest index), the cheapest to give up.
fn smallest_visible(table: &Table, members: &[usize], s: &Suppression) -> Option<usize> {
    members.iter().copied().filter(|&i| !s.leaf[i] && table.leaf_n[i] > 0).min_by_key(|&i| (table.leaf_n[i], i))
}

/// Breaks one recovery: hides a leaf in the smallest published group that touches the
/// target (adding an unknown to an equation the attacker may be using), or that group's
/// total when it has no visible leaf left. Each call hides something, so the loop in
/// [`suppress`] ends (at worst with everything hidden, which nothing can recover).
fn hide_more_for(table: &Table, target: Target, s: &mut Suppression) {
    let leaves: Vec<usize> = match target {
        Target::Leaf(i) => vec![i],
        Target::Group(g) => {
            let hidden: Vec<usize> = table.groups[g].iter().copied().filter(|&i| s.leaf[i]).collect();
            if hidden.is_empty() {
                // Its total is the sum of visible leaves: one of them must go.
                if let Some(i) = smallest_visible(table, &table.groups[g], s) {
                    s.leaf[i] = true;
                }
                return;
            }
            hidden
        }
    };
    let mut touching: Vec<usize> = (0..table.groups.len()).filter(|&g| !s.group[g] && table.groups[g].iter().any(|i| leaves.contains(i))).collect();
    touching.sort_by_key(|&g| (table.groups[g].len(), g));
    for &g in &touching {
        if let Some(i) = smallest_visible(table, &table.groups[g], s) {
            s.leaf[i] = true;
            return;
        }
    }
    if let Some(&g) = touching.first() {
        s.group[g] = true;
    }
}

/// The withheld values that published totals and visible leaves determine exactly.
///
/// Unknowns are the withheld leaves; each published group is an equation (its total minus
/// its visible leaves is the sum of its withheld ones). A target is recoverable iff its 0/1
/// vector over the unknowns is in the row space of the equations. Counts, sums of scores and
/// each point of the histogram add up over the same equations, so one audit covers them all.
/// Unknowns that share no equation are independent, so the work is split by connected
/// component.
pub fn recoverable(table: &Table, s: &Suppression) -> Vec<Target> {
    let unknown: Vec<Option<usize>> = {
        let mut next = 0;
        s.leaf
            .iter()
            .map(|&h| {
                h.then(|| {
                    next += 1;
                    next - 1
                })
            })
            .collect()
    };
    let cols_of = |g: usize| -> Vec<usize> {
        let mut c: Vec<usize> = table.groups[g].iter().filter_map(|&i| unknown[i]).collect();
        c.sort_unstable();
        c.dedup();
        c
    };
    let unknowns = unknown.iter().flatten().count();
    let mut comp = Components::new(unknowns);
    let equations: Vec<Vec<usize>> = (0..table.groups.len()).filter(|&g| !s.group[g]).map(cols_of).filter(|c| !c.is_empty()).collect();
    for eq in &equations {
        for w in eq.windows(2) {
            comp.join(w[0], w[1]);
        }
    }
    comp.flatten();
    let mut spaces: std::collections::BTreeMap<usize, RowSpace> = Default::default();
    let mut order: Vec<&Vec<usize>> = equations.iter().collect();
    // Short equations first keeps the reduced rows sparse (districts before states and total).
    order.sort_by_key(|e| e.len());
    for eq in order {
        spaces.entry(comp.root(eq[0])).or_default().add(eq);
    }
    // A target spread over several components is determined iff each part is.
    let determined = |cols: &[usize]| -> bool {
        let mut parts: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
        for &c in cols {
            parts.entry(comp.root(c)).or_default().push(c);
        }
        parts.iter().all(|(r, part)| spaces.get(r).is_some_and(|sp| sp.contains(part)))
    };
    let mut out = Vec::new();
    for (i, col) in unknown.iter().enumerate() {
        if let Some(c) = col {
            if determined(&[*c]) {
                out.push(Target::Leaf(i));
            }
        }
    }
    for g in 0..table.groups.len() {
        if s.group[g] && table.group_n(g) > 0 && determined(&cols_of(g)) {
            out.push(Target::Group(g));
        }
    }
    out
}

/// Union–find over the unknowns.
struct Components {
    parent: Vec<usize>,
}

impl Components {
    fn new(n: usize) -> Self {
        Components { parent: (0..n).collect() }
    }
    fn root(&self, mut x: usize) -> usize {
        while self.parent[x] != x {
            x = self.parent[x];
        }
        x
    }
    /// Points every unknown straight at its root. Roots are always the smaller index, so one
    /// pass in increasing order finds each parent already flattened.
    fn flatten(&mut self) {
        for x in 0..self.parent.len() {
            self.parent[x] = self.parent[self.parent[x]];
        }
    }
    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}
