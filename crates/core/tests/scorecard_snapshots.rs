//! Score cards published over a year: rounds published one after another, each with its own
//! card, and the federation's yearly card after each publication. An attacker holding every
//! round card and every yearly card (each a view of the same ratings) solves exactly over the
//! rationals; she knows which institutions each round covered and where they are. She learns
//! no withheld round cell and no small institution cell — and against the yearly card as it
//! was before issue 9 (the sum of every round's raw tallies, suppressed on its own), she does.

use dhruva_core::geography::DistrictCode;
use dhruva_core::scorecard::aggregate::{build, IndicatorSpec, InstitutionRef, Ratings, Row, Scorecard};
use dhruva_core::scorecard::combine::combine;
use dhruva_core::scorecard::stats::{ScaleSpec, Tally};
use dhruva_core::scorecard::{InstitutionType, MinCell, Published};
use dhruva_core::InstitutionId;
use proptest::prelude::*;

#[path = "scorecard_support/rational.rs"]
mod rational;
use rational::{determined, Frac};

const DISTRICTS: [&str; 3] = ["WB-kolkata", "WB-howrah", "JH-ranchi"];
const KINDS: [InstitutionType; 2] = [InstitutionType::PoliceStation, InstitutionType::Dlsa];
/// The federation's institutions: (district, type). Rounds rate some of them.
const POOL: [(usize, usize); 6] = [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)];

fn indicators() -> Vec<IndicatorSpec> {
    vec![IndicatorSpec { code: "respect".into(), scale: ScaleSpec { values: vec![1.0, 2.0, 3.0], favourable: vec![false, false, true] } }]
}

fn inst(i: usize) -> InstitutionRef {
    let (d, t) = POOL[i];
    InstitutionRef {
        id: InstitutionId(i as i64 + 1),
        kind: KINDS[t],
        district: DistrictCode::parse(DISTRICTS[d]).expect("a district code of the test data"),
    }
}

/// One round: the institutions it rated (pool indices) and how many raters gave each point.
type Round = Vec<(usize, Vec<u64>)>;

fn card(round: &Round, k: MinCell) -> Scorecard {
    let r = Ratings {
        institutions: round.iter().map(|(i, _)| inst(*i)).collect(),
        indicators: indicators(),
        tallies: round.iter().map(|(_, t)| vec![Tally(t.clone())]).collect(),
    };
    build(&r, k, None)
}

/// A yearly card as published: the rounds it counts, the card, and whether it was made the old
/// way (from the rounds' raw tallies) rather than from what their cards showed.
type YearlyAfter = (Vec<usize>, Scorecard, bool);

/// The yearly card before issue 9: every round's raw tallies added, then suppressed once.
fn yearly_from_tallies(rounds: &[Round], k: MinCell) -> Scorecard {
    let mut sum: Vec<Option<Vec<u64>>> = vec![None; POOL.len()];
    for round in rounds {
        for (i, t) in round {
            let s = sum[*i].get_or_insert_with(|| vec![0; 3]);
            for (a, b) in s.iter_mut().zip(t) {
                *a += b;
            }
        }
    }
    let merged: Round = sum.into_iter().enumerate().filter_map(|(i, t)| t.map(|t| (i, t))).collect();
    card(&merged, k)
}

/// Which pool institutions a row of a card covers.
fn members(round: &Round, key: &str) -> Vec<usize> {
    round
        .iter()
        .map(|(i, _)| *i)
        .filter(|&i| {
            let r = inst(i);
            key == "total" || r.district.as_str() == key || r.district.state().as_str() == key || r.kind.code() == key
        })
        .collect()
}

fn group_rows(c: &Scorecard) -> Vec<&Row> {
    std::iter::once(&c.total).chain(&c.by_state).chain(&c.by_district).chain(&c.by_type).collect()
}

fn shown(row: &Row) -> bool {
    matches!(row.cells[0], Published::Shown(_)) || row.unrated[0]
}

/// Unknowns: each (round, institution) cell's raters. What she can determine that she must not.
fn leaks(rounds: &[Round], cards: &[Scorecard], yearly: &[YearlyAfter], k: MinCell) -> Vec<String> {
    let offsets: Vec<usize> = rounds
        .iter()
        .scan(0, |acc, r| {
            let o = *acc;
            *acc += r.len();
            Some(o)
        })
        .collect();
    let n: usize = rounds.iter().map(Vec::len).sum();
    let vector = |r: usize, insts: &[usize]| -> Vec<Frac> {
        let mut v = vec![Frac::ZERO; n];
        for (pos, (i, _)) in rounds[r].iter().enumerate() {
            if insts.contains(i) {
                v[offsets[r] + pos] = Frac::ONE;
            }
        }
        v
    };
    let mut eqs = Vec::new();
    for (r, c) in cards.iter().enumerate() {
        for row in &c.by_institution {
            if matches!(row.cells[0], Published::Shown(_)) || row.unrated[0] {
                eqs.push(vector(r, &[row.id.0 as usize - 1]));
            }
        }
        for row in group_rows(c).into_iter().filter(|r| shown(r)) {
            eqs.push(vector(r, &members(&rounds[r], &row.key)));
        }
    }
    // A yearly cell is a sum over rounds: of the rounds whose same cell was shown (now), or of
    // every round's raw tallies (before).
    for (counted, y, from_tallies) in yearly {
        for row in group_rows(y).into_iter().filter(|r| matches!(r.cells[0], Published::Shown(_))) {
            let mut v = vec![Frac::ZERO; n];
            for &r in counted {
                let round_row = group_rows(&cards[r]).into_iter().find(|x| x.key == row.key);
                if *from_tallies || round_row.is_some_and(|x| matches!(x.cells[0], Published::Shown(_))) {
                    for (a, b) in v.iter_mut().zip(vector(r, &members(&rounds[r], &row.key))) {
                        *a = *a + b;
                    }
                }
            }
            eqs.push(v);
        }
    }
    let mut found = Vec::new();
    for (r, c) in cards.iter().enumerate() {
        for row in group_rows(c).into_iter().filter(|row| !shown(row)) {
            if determined(&eqs, &vector(r, &members(&rounds[r], &row.key))) {
                found.push(format!("round {r}: withheld {}", row.key));
            }
        }
        for (pos, (i, t)) in rounds[r].iter().enumerate() {
            let raters: u64 = t.iter().sum();
            let withheld = matches!(c.by_institution.iter().find(|x| x.id.0 as usize == i + 1).map(|x| &x.cells[0]), Some(Published::Suppressed));
            if raters > 0 && (withheld || raters < u64::from(k.get())) && determined(&eqs, &vector(r, &[rounds[r][pos].0])) {
                found.push(format!("round {r}: institution {i}"));
            }
        }
    }
    found
}

fn rounds() -> impl Strategy<Value = Vec<Round>> {
    let count = prop_oneof![3 => Just(0u64), 2 => Just(1u64), 2 => 2..5u64];
    let round = prop::collection::btree_map(0..POOL.len(), prop::collection::vec(count, 3), 1..5)
        .prop_map(|m| m.into_iter().filter(|(_, t)| t.iter().sum::<u64>() > 0).collect::<Round>())
        .prop_filter("a round has ratings", |r| !r.is_empty());
    prop::collection::vec(round, 1..5)
}

/// Every round card, and the yearly card after each publication (made the new way).
fn publish(rs: &[Round], k: MinCell) -> (Vec<Scorecard>, Vec<YearlyAfter>) {
    let cards: Vec<Scorecard> = rs.iter().map(|r| card(r, k)).collect();
    let yearly = (1..=rs.len())
        .map(|t| {
            let counted: Vec<&Scorecard> = cards[..t].iter().collect();
            ((0..t).collect(), combine(&indicators(), k, &counted), false)
        })
        .collect();
    (cards, yearly)
}

#[test]
fn the_yearly_card_from_tallies_gave_away_a_lone_rater() {
    let k = MinCell::DEFAULT;
    // Her collective's one-institution round: she alone rated a police station that another
    // round of the year rated too.
    let rs: Vec<Round> = vec![vec![(0, vec![2, 3, 2]), (1, vec![1, 2, 3])], vec![(0, vec![0, 1, 0])]];
    let cards: Vec<Scorecard> = rs.iter().map(|r| card(r, k)).collect();
    let yearly = vec![(vec![0], yearly_from_tallies(&rs[..1], k), true), (vec![0, 1], yearly_from_tallies(&rs, k), true)];
    let found = leaks(&rs, &cards, &yearly, k);
    assert!(found.iter().any(|l| l.starts_with("round 1")), "{found:?}");
    let (cards, yearly) = publish(&rs, k);
    assert!(leaks(&rs, &cards, &yearly, k).is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn no_round_or_yearly_card_gives_away_what_a_round_withheld(rs in rounds(), k in 3u32..6) {
        let k = MinCell::new(k).unwrap();
        let (cards, yearly) = publish(&rs, k);
        let found = leaks(&rs, &cards, &yearly, k);
        prop_assert!(found.is_empty(), "recovered {:?}", found);
    }
}
