//! An attacker who sees everything a score card publishes tries to work out what it withholds.
//! Her tools are independent of the library's audit: exact Gaussian elimination over the
//! rationals (i128 fractions), and peeling (a published total minus its visible cells, when
//! one withheld cell is left, gives that cell; repeated until nothing changes).

use dhruva_core::geography::DistrictCode;
use dhruva_core::scorecard::aggregate::{build, IndicatorSpec, InstitutionRef, Ratings, Scorecard};
use dhruva_core::scorecard::stats::{ScaleSpec, Tally};
use dhruva_core::scorecard::suppress::{recoverable, suppress, Table};
use dhruva_core::scorecard::{InstitutionType, MinCell, Published};
use dhruva_core::InstitutionId;
use proptest::prelude::*;

#[path = "scorecard_support/rational.rs"]
mod rational;
use rational::{determined, Frac};

const POINTS: usize = 5;
const DISTRICTS: [&str; 6] = ["WB-kolkata", "WB-howrah", "WB-nadia", "JH-ranchi", "JH-dumka", "OD-puri"];
const KINDS: [InstitutionType; 3] = [InstitutionType::PoliceStation, InstitutionType::Dlsa, InstitutionType::ShelterHome];

fn scale() -> ScaleSpec {
    ScaleSpec { values: vec![1.0, 2.0, 3.0, 4.0, 5.0], favourable: vec![false, false, false, true, true] }
}

/// Few raters per point, often none, so cells under k are common.
fn count() -> impl Strategy<Value = u64> {
    prop_oneof![4 => Just(0u64), 2 => Just(1u64), 1 => 2..4u64]
}

fn ratings(indicators: usize) -> impl Strategy<Value = Ratings> {
    let inst = (0..DISTRICTS.len(), 0..KINDS.len(), prop::collection::vec(prop::collection::vec(count(), POINTS), indicators));
    prop::collection::vec(inst, 1..28).prop_map(move |rows| Ratings {
        institutions: rows
            .iter()
            .enumerate()
            .map(|(i, (d, t, _))| InstitutionRef {
                id: InstitutionId(i as i64 + 1),
                kind: KINDS[*t],
                district: DistrictCode::parse(DISTRICTS[*d]).expect("a district code of the test data"),
            })
            .collect(),
        indicators: (0..indicators).map(|j| IndicatorSpec { code: format!("q{j}"), scale: scale() }).collect(),
        tallies: rows.into_iter().map(|(_, _, t)| t.into_iter().map(Tally).collect()).collect(),
    })
}

/// What the attacker reads off one indicator of a published score card: for each group row,
/// its members (from the institutions' published type and district) and its histogram if shown.
struct View {
    /// Per institution: Some(histogram) if shown or unrated (zero), None if withheld.
    leaves: Vec<Option<Vec<i128>>>,
    /// Per group: members and Some(histogram) if shown or unrated.
    groups: Vec<(Vec<usize>, Option<Vec<i128>>)>,
}

fn hist(cell: &Published<dhruva_core::scorecard::aggregate::Cell>, unrated: bool) -> Option<Vec<i128>> {
    match cell {
        Published::Shown(c) => Some(c.stats.distribution.iter().map(|&x| x as i128).collect()),
        Published::Suppressed if unrated => Some(vec![0; POINTS]),
        Published::Suppressed => None,
    }
}

fn view(card: &Scorecard, j: usize) -> View {
    let insts = &card.by_institution;
    let leaves = insts.iter().map(|r| hist(&r.cells[j], r.unrated[j])).collect();
    let mut groups = vec![((0..insts.len()).collect(), hist(&card.total.cells[j], card.total.unrated[j]))];
    let member = |pred: &dyn Fn(usize) -> bool| (0..insts.len()).filter(|&i| pred(i)).collect::<Vec<_>>();
    for r in &card.by_state {
        groups.push((member(&|i| insts[i].district.state().as_str() == r.key), hist(&r.cells[j], r.unrated[j])));
    }
    for r in &card.by_district {
        groups.push((member(&|i| insts[i].district.as_str() == r.key), hist(&r.cells[j], r.unrated[j])));
    }
    for r in &card.by_type {
        groups.push((member(&|i| insts[i].kind.code() == r.key), hist(&r.cells[j], r.unrated[j])));
    }
    View { leaves, groups }
}

/// Peeling: a published group with exactly one withheld leaf gives it away; learned leaves
/// count as visible from then on. Returns the leaves learned.
fn peel(v: &View) -> Vec<usize> {
    let mut known: Vec<bool> = v.leaves.iter().map(Option::is_some).collect();
    let mut learned = Vec::new();
    loop {
        let mut progress = false;
        for (members, shown) in &v.groups {
            let hidden: Vec<usize> = members.iter().copied().filter(|&i| !known[i]).collect();
            if shown.is_some() && hidden.len() == 1 {
                known[hidden[0]] = true;
                learned.push(hidden[0]);
                progress = true;
            }
        }
        if !progress {
            return learned;
        }
    }
}

/// Elimination: every quantity (each point's count, hence n and the sum of scores) obeys the
/// same equations, so a target is learned iff its vector is in their rational row space.
/// Returns the withheld leaves and withheld groups (with raters) that are learned.
fn eliminate(v: &View) -> (Vec<usize>, Vec<usize>) {
    let unknowns: Vec<usize> = (0..v.leaves.len()).filter(|&i| v.leaves[i].is_none()).collect();
    let col = |i: usize| unknowns.iter().position(|&u| u == i);
    let vector = |members: &[usize]| -> Vec<Frac> {
        let mut row = vec![Frac::ZERO; unknowns.len()];
        for &i in members {
            if let Some(c) = col(i) {
                row[c] = Frac::ONE;
            }
        }
        row
    };
    let equations: Vec<Vec<Frac>> = v.groups.iter().filter(|(_, h)| h.is_some()).map(|(m, _)| vector(m)).collect();
    let leaves = unknowns.iter().copied().filter(|&i| determined(&equations, &vector(&[i]))).collect();
    let groups = (0..v.groups.len()).filter(|&g| v.groups[g].1.is_none() && determined(&equations, &vector(&v.groups[g].0))).collect();
    (leaves, groups)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_published_cell_has_fewer_than_k_raters(r in ratings(2), k in 3u32..7) {
        let k = MinCell::new(k).unwrap();
        let card = build(&r, k, None);
        let rows = card.by_institution.iter().map(|r| &r.cells)
            .chain([&card.total.cells])
            .chain(card.by_state.iter().chain(&card.by_district).chain(&card.by_type).map(|r| &r.cells));
        for cells in rows {
            for c in cells.iter().filter_map(Published::shown) {
                prop_assert!(c.stats.n >= u64::from(k.get()));
            }
        }
    }

    #[test]
    fn an_attacker_recovers_no_withheld_count_sum_or_histogram(r in ratings(2), k in 3u32..7) {
        let card = build(&r, MinCell::new(k).unwrap(), None);
        for j in 0..card.indicators.len() {
            let v = view(&card, j);
            prop_assert_eq!(peel(&v), Vec::<usize>::new(), "peeling recovered a leaf");
            let (leaves, groups) = eliminate(&v);
            prop_assert!(leaves.is_empty(), "elimination recovered leaves {:?}", leaves);
            prop_assert!(groups.is_empty(), "elimination recovered group totals {:?}", groups);
        }
    }

    #[test]
    fn the_audit_agrees_with_rational_elimination_on_any_suppression(
        leaf_n in prop::collection::vec(0u64..6, 1..12),
        groups in prop::collection::vec(prop::collection::vec(0usize..12, 1..6), 0..8),
        hide in prop::collection::vec(any::<bool>(), 20),
    ) {
        // Arbitrary (non-laminar) groups and an arbitrary choice of withheld cells: the
        // modular audit must find exactly what exact rational elimination finds.
        let groups: Vec<Vec<usize>> = groups.into_iter()
            .map(|g| { let mut g: Vec<usize> = g.into_iter().filter(|&i| i < leaf_n.len()).collect(); g.sort(); g.dedup(); g })
            .filter(|g| !g.is_empty()).collect();
        let table = Table { leaf_n: leaf_n.clone(), groups: groups.clone() };
        let s = dhruva_core::scorecard::suppress::Suppression {
            leaf: (0..leaf_n.len()).map(|i| hide[i] && leaf_n[i] > 0).collect(),
            group: (0..groups.len()).map(|g| hide[12 + g % 8] && table.group_n(g) > 0).collect(),
        };
        let v = View {
            leaves: (0..leaf_n.len()).map(|i| (!s.leaf[i]).then(|| vec![leaf_n[i] as i128])).collect(),
            groups: groups.iter().enumerate().map(|(g, m)| (m.clone(), (!s.group[g]).then(|| vec![table.group_n(g) as i128]))).collect(),
        };
        let (leaves, gs) = eliminate(&v);
        let mut expected: Vec<_> = leaves.into_iter().map(dhruva_core::scorecard::suppress::Target::Leaf)
            .chain(gs.into_iter().map(dhruva_core::scorecard::suppress::Target::Group)).collect();
        expected.sort();
        let mut found = recoverable(&table, &s);
        found.sort();
        prop_assert_eq!(found, expected);
    }

    #[test]
    fn suppress_leaves_nothing_for_its_own_audit_on_arbitrary_groups(
        leaf_n in prop::collection::vec(0u64..8, 1..14),
        groups in prop::collection::vec(prop::collection::vec(0usize..14, 1..7), 0..8),
        k in 3u32..6,
    ) {
        let groups: Vec<Vec<usize>> = groups.into_iter()
            .map(|g| { let mut g: Vec<usize> = g.into_iter().filter(|&i| i < leaf_n.len()).collect(); g.sort(); g.dedup(); g })
            .filter(|g| !g.is_empty()).collect();
        let table = Table { leaf_n, groups };
        let s = suppress(&table, MinCell::new(k).unwrap());
        prop_assert!(recoverable(&table, &s).is_empty());
        for (i, &n) in table.leaf_n.iter().enumerate() {
            prop_assert!(s.leaf[i] || n == 0 || n >= u64::from(k));
            prop_assert!(!(s.leaf[i] && n == 0), "an empty cell is never withheld");
        }
    }
}

#[test]
fn k_below_three_cannot_be_made() {
    assert!(MinCell::new(2).is_err());
    assert!(MinCell::new(0).is_err());
}

#[test]
fn a_lone_small_district_takes_a_neighbour_down_with_it() {
    // Three districts of one state; the first has a single institution with 2 raters.
    let table = Table { leaf_n: vec![2, 9, 9], groups: vec![vec![0, 1, 2], vec![0], vec![1], vec![2]] };
    let s = suppress(&table, MinCell::default());
    assert!(s.leaf[0] && s.group[1]);
    assert!(s.leaf[1] || s.leaf[2], "the state total minus the others would give her district away");
    assert!(recoverable(&table, &s).is_empty());
}

#[test]
fn the_attacker_catches_primary_suppression_alone() {
    // Her tools have teeth: withholding only the small cell gives it away by differencing.
    let view = View {
        leaves: vec![None, Some(vec![9]), Some(vec![9])],
        groups: vec![(vec![0, 1, 2], Some(vec![20])), (vec![0], None), (vec![1], Some(vec![9])), (vec![2], Some(vec![9]))],
    };
    assert_eq!(peel(&view), vec![0]);
    assert_eq!(eliminate(&view), (vec![0], vec![1]));
}
