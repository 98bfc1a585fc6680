//! Ranks among institutions of a type, and changes since the previous score card.

use super::{Cell, InstitutionRef, Row, Scorecard};
use crate::scorecard::stats::ScaleSpec;
use crate::scorecard::{InstitutionType, Published};
use std::collections::{BTreeMap, HashMap};

/// Whether a higher mean is better on this scale. Scales are ordered by value, but a yes/no
/// question such as "was an unofficial payment asked for" may give the favourable answer the
/// lower value, so the direction is read from which points are favourable.
fn higher_is_better(scale: &ScaleSpec) -> bool {
    let avg = |fav: bool| {
        let v: Vec<f64> = scale.values.iter().zip(&scale.favourable).filter(|(_, &f)| f == fav).map(|(&v, _)| v).collect();
        (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
    };
    match (avg(true), avg(false)) {
        (Some(good), Some(bad)) => good >= bad,
        _ => true,
    }
}

/// Competition ranking (1, 1, 3) of the shown cells of indicator `j` within each type.
pub(super) fn rank_within_types(insts: &[InstitutionRef], scale: &ScaleSpec, j: usize, cells: &mut [Vec<(Published<Cell>, bool)>]) {
    let up = higher_is_better(scale);
    let mut by_type: BTreeMap<InstitutionType, Vec<(usize, f64)>> = BTreeMap::new();
    for (i, inst) in insts.iter().enumerate() {
        if let Some((Published::Shown(c), _)) = cells[i].get(j) {
            let key = if up { -c.stats.mean } else { c.stats.mean };
            by_type.entry(inst.kind).or_default().push((i, key));
        }
    }
    for list in by_type.values() {
        let mut keys: Vec<f64> = list.iter().map(|&(_, k)| k).collect();
        keys.sort_by(f64::total_cmp);
        for &(i, key) in list {
            let better = keys.partition_point(|&k| k < key);
            if let Some((Published::Shown(c), _)) = cells[i].get_mut(j) {
                c.rank = u32::try_from(better + 1).ok();
            }
        }
    }
}

/// Fills `change` where this and the previous score card both show the cell.
pub(super) fn changes_since(card: &mut Scorecard, prev: &Scorecard) {
    let prev_ind: HashMap<&str, usize> = prev.indicators.iter().enumerate().map(|(i, c)| (c.as_str(), i)).collect();
    let map: Vec<Option<usize>> = card.indicators.iter().map(|c| prev_ind.get(c.as_str()).copied()).collect();
    let apply = |cells: &mut [Published<Cell>], old: &[Published<Cell>]| {
        for (j, cell) in cells.iter_mut().enumerate() {
            let old_mean = map[j].and_then(|pj| old.get(pj)).and_then(|c| c.shown()).map(|c| c.stats.mean);
            if let (Published::Shown(c), Some(m)) = (cell, old_mean) {
                c.change = Some(c.stats.mean - m);
            }
        }
    };
    apply(&mut card.total.cells, &prev.total.cells);
    for (rows, old_rows) in [(&mut card.by_state, &prev.by_state), (&mut card.by_district, &prev.by_district), (&mut card.by_type, &prev.by_type)] {
        let old: HashMap<&str, &Row> = old_rows.iter().map(|r| (r.key.as_str(), r)).collect();
        for row in rows.iter_mut() {
            if let Some(o) = old.get(row.key.as_str()) {
                apply(&mut row.cells, &o.cells);
            }
        }
    }
    let old: HashMap<_, _> = prev.by_institution.iter().map(|r| (r.id, r)).collect();
    for row in &mut card.by_institution {
        if let Some(o) = old.get(&row.id) {
            apply(&mut row.cells, &o.cells);
        }
    }
}
