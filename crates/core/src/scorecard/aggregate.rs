//! The score card of a round (or of the federation over many): statistics by institution,
//! type, district, state and in total, per indicator, with small cells suppressed.

use super::stats::{cell_stats, CellStats, ScaleSpec, Tally};
use super::suppress::{suppress, Table};
use super::{InstitutionType, MinCell, Published};
use crate::geography::DistrictCode;
use crate::InstitutionId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod rank;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct InstitutionRef {
    pub id: InstitutionId,
    pub kind: InstitutionType,
    /// The state is read from the district code.
    pub district: DistrictCode,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct IndicatorSpec {
    pub code: String,
    pub scale: ScaleSpec,
}

/// Tallies to aggregate: `tallies[institution][indicator]`, in the order of `institutions`
/// and `indicators`. A missing tally counts as nobody rated.
#[derive(Clone, Debug, Serialize)]
pub struct Ratings {
    pub institutions: Vec<InstitutionRef>,
    pub indicators: Vec<IndicatorSpec>,
    pub tallies: Vec<Vec<Tally>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scorecard {
    pub k: MinCell,
    pub indicators: Vec<String>,
    pub total: Row,
    pub by_state: Vec<Row>,
    pub by_district: Vec<Row>,
    pub by_type: Vec<Row>,
    pub by_institution: Vec<InstitutionRow>,
}

/// One row of a grouping, one cell per indicator. `Suppressed` also stands for a cell nobody
/// rated; `unrated` tells the two apart (say "no ratings", not "fewer than k raters").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// `total`, a state code, a district code or an institution type code.
    pub key: String,
    pub cells: Vec<Published<Cell>>,
    pub unrated: Vec<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InstitutionRow {
    pub id: InstitutionId,
    pub kind: InstitutionType,
    pub district: DistrictCode,
    pub cells: Vec<Published<Cell>>,
    pub unrated: Vec<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub stats: CellStats,
    /// This mean minus the previous score card's mean, where both are shown.
    pub change: Option<f64>,
    /// Among shown institutions of the same type on this indicator (1 = best; ties share a
    /// rank). Only on institution rows.
    pub rank: Option<u32>,
}

/// The groups every indicator is suppressed over, with their row keys. Group 0 is the total.
struct Groups {
    keys: Vec<(Grouping, String)>,
    members: Vec<Vec<usize>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Grouping {
    Total,
    State,
    District,
    Type,
}

fn groups(institutions: &[InstitutionRef]) -> Groups {
    let mut by_key: BTreeMap<(u8, String), Vec<usize>> = BTreeMap::new();
    by_key.insert((0, "total".to_owned()), (0..institutions.len()).collect());
    for (i, inst) in institutions.iter().enumerate() {
        by_key.entry((1, inst.district.state().to_string())).or_default().push(i);
        by_key.entry((2, inst.district.to_string())).or_default().push(i);
        by_key.entry((3, inst.kind.code().to_owned())).or_default().push(i);
    }
    let mut keys = Vec::new();
    let mut members = Vec::new();
    for ((level, key), m) in by_key {
        let grouping = match level {
            0 => Grouping::Total,
            1 => Grouping::State,
            2 => Grouping::District,
            _ => Grouping::Type,
        };
        keys.push((grouping, key));
        members.push(m);
    }
    Groups { keys, members }
}

/// Builds the score card. Pure and deterministic: rows come sorted by key (institutions by
/// id), whatever order the tallies arrive in.
pub fn build(ratings: &Ratings, k: MinCell, previous: Option<&Scorecard>) -> Scorecard {
    let insts = &ratings.institutions;
    let gs = groups(insts);
    let empty = Tally::default();
    let mut group_cells: Vec<Vec<(Published<Cell>, bool)>> = vec![Vec::new(); gs.members.len()];
    let mut inst_cells: Vec<Vec<(Published<Cell>, bool)>> = vec![Vec::new(); insts.len()];
    for (j, ind) in ratings.indicators.iter().enumerate() {
        let leaf: Vec<Tally> = (0..insts.len()).map(|i| ratings.tallies.get(i).and_then(|t| t.get(j)).unwrap_or(&empty).within(&ind.scale)).collect();
        let table = Table { leaf_n: leaf.iter().map(Tally::n).collect(), groups: gs.members.clone() };
        let s = suppress(&table, k);
        for (i, t) in leaf.iter().enumerate() {
            inst_cells[i].push(publish(&ind.scale, t, s.leaf[i]));
        }
        for (g, members) in gs.members.iter().enumerate() {
            let mut sum = Tally(vec![0; ind.scale.values.len()]);
            for &i in members {
                sum.add(&leaf[i]);
            }
            group_cells[g].push(publish(&ind.scale, &sum, s.group[g]));
        }
        rank::rank_within_types(insts, &ind.scale, j, &mut inst_cells);
    }
    let mut card = Scorecard {
        k,
        indicators: ratings.indicators.iter().map(|i| i.code.clone()).collect(),
        total: Row { key: "total".to_owned(), cells: Vec::new(), unrated: Vec::new() },
        by_state: Vec::new(),
        by_district: Vec::new(),
        by_type: Vec::new(),
        by_institution: Vec::new(),
    };
    for ((grouping, key), cells) in gs.keys.into_iter().zip(group_cells) {
        let (cells, unrated) = cells.into_iter().unzip();
        let row = Row { key, cells, unrated };
        match grouping {
            Grouping::Total => card.total = row,
            Grouping::State => card.by_state.push(row),
            Grouping::District => card.by_district.push(row),
            Grouping::Type => card.by_type.push(row),
        }
    }
    let mut rows: Vec<InstitutionRow> = insts
        .iter()
        .zip(inst_cells)
        .map(|(inst, cells)| {
            let (cells, unrated) = cells.into_iter().unzip();
            InstitutionRow { id: inst.id, kind: inst.kind, district: inst.district.clone(), cells, unrated }
        })
        .collect();
    rows.sort_by_key(|r| r.id);
    card.by_institution = rows;
    if let Some(prev) = previous {
        rank::changes_since(&mut card, prev);
    }
    card
}

/// Sets `change` on every cell `card` and `previous` both show (and clears it elsewhere):
/// for cards stored without one, so the change is read between two stored snapshots.
pub fn set_changes_since(card: &mut Scorecard, previous: Option<&Scorecard>) {
    for cells in std::iter::once(&mut card.total.cells)
        .chain(card.by_state.iter_mut().map(|r| &mut r.cells))
        .chain(card.by_district.iter_mut().map(|r| &mut r.cells))
        .chain(card.by_type.iter_mut().map(|r| &mut r.cells))
        .chain(card.by_institution.iter_mut().map(|r| &mut r.cells))
    {
        for c in cells.iter_mut() {
            if let Published::Shown(c) = c {
                c.change = None;
            }
        }
    }
    if let Some(prev) = previous {
        rank::changes_since(card, prev);
    }
}

fn publish(scale: &ScaleSpec, tally: &Tally, suppressed: bool) -> (Published<Cell>, bool) {
    match cell_stats(scale, tally) {
        Some(stats) if !suppressed => (Published::Shown(Cell { stats, change: None, rank: None }), false),
        Some(_) => (Published::Suppressed, false),
        None => (Published::Suppressed, true),
    }
}
