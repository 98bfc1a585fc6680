//! Which claims make up which row, and the tables the suppression works on.

use super::{ClaimFacts, FigureKey};
use crate::cases::workflow::workflow;
use crate::cases::{CaseKind, CaseState};
use crate::geography::DistrictCode;
use crate::scorecard::suppress::Table;
use crate::{CollectiveId, InstitutionId};
use std::collections::BTreeMap;

type Combo = (CollectiveId, Option<DistrictCode>, Option<InstitutionId>);

pub(super) struct Layout {
    /// Row keys: the total, then collectives, districts, states, authorities, each in order.
    pub rows: Vec<FigureKey>,
    /// Per combination: the claims in it.
    combos: Vec<Vec<usize>>,
    /// Per row: the combinations in it.
    row_combos: Vec<Vec<usize>>,
    combo_keys: Vec<String>,
}

impl Layout {
    pub fn new(claims: &[ClaimFacts]) -> Layout {
        let mut by_combo: BTreeMap<Combo, Vec<usize>> = BTreeMap::new();
        for (i, c) in claims.iter().enumerate() {
            by_combo.entry((c.collective, c.district.clone(), c.authority)).or_default().push(i);
        }
        let mut by_row: BTreeMap<FigureKey, Vec<usize>> = BTreeMap::new();
        by_row.insert(FigureKey::Total, Vec::new());
        let mut combos = Vec::with_capacity(by_combo.len());
        let mut combo_keys = Vec::with_capacity(by_combo.len());
        for (j, ((collective, district, authority), members)) in by_combo.into_iter().enumerate() {
            combo_keys.push(format!(
                "{}|{}|{}",
                collective.0,
                district.as_ref().map(|d| d.to_string()).unwrap_or_default(),
                authority.map(|a| a.0.to_string()).unwrap_or_default()
            ));
            let mut keys = vec![FigureKey::Total, FigureKey::Collective(collective)];
            if let Some(d) = district {
                keys.push(FigureKey::State(d.state().as_str().to_owned()));
                keys.push(FigureKey::District(d));
            }
            if let Some(a) = authority {
                keys.push(FigureKey::Authority(a));
            }
            for key in keys {
                by_row.entry(key).or_default().push(j);
            }
            combos.push(members);
        }
        let (rows, row_combos) = by_row.into_iter().unzip();
        Layout { rows, combos, row_combos, combo_keys }
    }

    /// Rows split into the rows of another grouping that lie wholly inside them (the total by
    /// collective, a district by collective, a state by district …). What those rows leave
    /// out (claims without a district, a collective's claims elsewhere) is the remainder.
    pub fn row_partitions(&self) -> Vec<(usize, Vec<usize>)> {
        let grouping = |key: &FigureKey| -> u8 {
            match key {
                FigureKey::Total => 0,
                FigureKey::Collective(_) => 1,
                FigureKey::District(_) => 2,
                FigureKey::State(_) => 3,
                FigureKey::Authority(_) => 4,
            }
        };
        // Per combination, the row it belongs to in each grouping.
        let mut row_of: Vec<[Option<usize>; 5]> = vec![[None; 5]; self.combos.len()];
        for (r, combos) in self.row_combos.iter().enumerate() {
            for &j in combos {
                row_of[j][usize::from(grouping(&self.rows[r]))] = Some(r);
            }
        }
        let mut out = Vec::new();
        for (p, combos) in self.row_combos.iter().enumerate() {
            let inside = |r: usize| self.row_combos[r].iter().all(|j| combos.binary_search(j).is_ok());
            for level in 1..5usize {
                let mut children: Vec<usize> = combos.iter().filter_map(|&j| row_of.get(j).and_then(|g| g[level])).filter(|&r| r != p).collect();
                children.sort_unstable();
                children.dedup();
                children.retain(|&r| inside(r));
                if !children.is_empty() {
                    out.push((p, children));
                }
            }
        }
        out
    }

    pub fn combo_count(&self) -> usize {
        self.combos.len()
    }

    /// The combinations of row `r`.
    pub fn combos_of(&self, r: usize) -> impl Iterator<Item = usize> + '_ {
        self.row_combos[r].iter().copied()
    }

    pub fn claims_in_combo(&self, j: usize) -> impl Iterator<Item = usize> + '_ {
        self.combos[j].iter().copied()
    }

    /// A combination's key as release records name it: collective, district, authority.
    pub fn combo_key(&self, j: usize) -> String {
        self.combo_keys[j].clone()
    }

    /// The claims of row `r`.
    pub fn claims_of(&self, r: usize) -> impl Iterator<Item = usize> + '_ {
        self.row_combos[r].iter().flat_map(|&j| self.combos[j].iter().copied())
    }

    /// Leaves = combinations counted by the claims that contribute to a measure (all claims,
    /// those in one state, those with an amount); groups = the rows, in row order. A combination nobody contributes to is left
    /// out of every group: a reader who knows it adds nothing must gain nothing from it.
    pub fn measure_table(&self, claims: &[ClaimFacts], contributes: impl Fn(&ClaimFacts) -> bool) -> Table {
        let leaf_n: Vec<u64> = self.combos.iter().map(|m| m.iter().filter(|&&i| contributes(&claims[i])).count() as u64).collect();
        let groups = self.row_combos.iter().map(|g| g.iter().copied().filter(|&j| leaf_n[j] > 0).collect()).collect();
        Table { leaf_n, groups }
    }
}

/// Where a state comes in the compensation workflow; a state from outside it (a register's
/// typo that slipped through) sorts last rather than being dropped from the counts.
pub(crate) fn status_order(state: CaseState) -> usize {
    let states = workflow(CaseKind::Compensation).states;
    states.iter().position(|s| *s == state).unwrap_or(states.len())
}
