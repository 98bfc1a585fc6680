//! The federation's yearly score card, combined from what the year's round cards published.
//!
//! Why not from tallies: the yearly card used to add every round's raw tallies and suppress
//! only that sum. A round in which one member rated withholds everything on its own card, yet
//! the yearly card after its publication minus the card before it (or minus the other public
//! round cards of the year) was her answer. Here a yearly cell is the sum of the same-keyed
//! cells the round cards *showed* — their histograms are public, so every yearly number is a
//! linear consequence of what was already published and adds no equation an attacker could
//! use. A withheld round cell contributes nothing, ever, however many rounds join it.

use super::aggregate::{Cell, IndicatorSpec, Row, Scorecard};
use super::stats::{cell_stats, Tally};
use super::{MinCell, Published};
use std::collections::BTreeMap;

/// The yearly card: the total, each state and each type (the groupings the yearly view
/// shows) summed over `rounds`' shown cells, matched by row key and indicator code. Districts
/// and institutions are left empty. Pure; rows come sorted by key.
pub fn combine(indicators: &[IndicatorSpec], k: MinCell, rounds: &[&Scorecard]) -> Scorecard {
    let total = combine_rows(indicators, rounds, |c| std::slice::from_ref(&c.total)).pop();
    Scorecard {
        k,
        indicators: indicators.iter().map(|i| i.code.clone()).collect(),
        total: total.unwrap_or_else(|| empty_row(indicators, "total")),
        by_state: combine_rows(indicators, rounds, |c| &c.by_state),
        by_district: Vec::new(),
        by_type: combine_rows(indicators, rounds, |c| &c.by_type),
        by_institution: Vec::new(),
    }
}

/// What one yearly cell gathers from the round cells of its key.
#[derive(Default)]
struct Gathered {
    sum: Tally,
    /// Some round withheld this cell (it had raters, fewer than could be shown).
    withheld: bool,
}

fn combine_rows(indicators: &[IndicatorSpec], rounds: &[&Scorecard], rows_of: impl Fn(&Scorecard) -> &[Row]) -> Vec<Row> {
    let mut by_key: BTreeMap<&str, Vec<Gathered>> = BTreeMap::new();
    for card in rounds {
        let position: BTreeMap<&str, usize> = card.indicators.iter().enumerate().map(|(j, c)| (c.as_str(), j)).collect();
        for row in rows_of(card) {
            let gathered = by_key.entry(row.key.as_str()).or_insert_with(|| indicators.iter().map(|_| Gathered::default()).collect());
            for (g, ind) in gathered.iter_mut().zip(indicators) {
                let Some(&j) = position.get(ind.code.as_str()) else { continue };
                match row.cells.get(j) {
                    Some(Published::Shown(c)) => g.sum.add(&Tally(c.stats.distribution.clone())),
                    Some(Published::Suppressed) => g.withheld |= !row.unrated.get(j).copied().unwrap_or(false),
                    None => {}
                }
            }
        }
    }
    by_key
        .into_iter()
        .map(|(key, gathered)| {
            let (cells, unrated) = gathered.iter().zip(indicators).map(|(g, ind)| cell(ind, g)).unzip();
            Row { key: key.to_owned(), cells, unrated }
        })
        .collect()
}

fn cell(ind: &IndicatorSpec, g: &Gathered) -> (Published<Cell>, bool) {
    match cell_stats(&ind.scale, &g.sum) {
        // Every part is a shown cell (n ≥ k), so the sum is too.
        Some(stats) => (Published::Shown(Cell { stats, change: None, rank: None }), false),
        None if g.withheld => (Published::Suppressed, false),
        None => (Published::Suppressed, true),
    }
}

fn empty_row(indicators: &[IndicatorSpec], key: &str) -> Row {
    Row { key: key.to_owned(), cells: indicators.iter().map(|_| Published::Suppressed).collect(), unrated: indicators.iter().map(|_| true).collect() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geography::DistrictCode;
    use crate::scorecard::aggregate::{build, InstitutionRef, Ratings};
    use crate::scorecard::stats::ScaleSpec;
    use crate::scorecard::InstitutionType;
    use crate::InstitutionId;

    fn five() -> ScaleSpec {
        ScaleSpec { values: vec![1.0, 2.0, 3.0, 4.0, 5.0], favourable: vec![false, false, false, true, true] }
    }

    fn indicators() -> Vec<IndicatorSpec> {
        vec![IndicatorSpec { code: "respect".into(), scale: five() }, IndicatorSpec { code: "timeliness".into(), scale: five() }]
    }

    fn inst(id: i64, kind: InstitutionType, district: &str) -> InstitutionRef {
        InstitutionRef { id: InstitutionId(id), kind, district: DistrictCode::parse(district).expect("district") }
    }

    /// One round's card from (institution, tally per indicator).
    fn round(rows: Vec<(InstitutionRef, [Vec<u64>; 2])>) -> Scorecard {
        let r = Ratings {
            indicators: indicators(),
            tallies: rows.iter().map(|(_, t)| t.iter().map(|t| Tally(t.clone())).collect()).collect(),
            institutions: rows.into_iter().map(|(i, _)| i).collect(),
        };
        build(&r, MinCell::DEFAULT, None)
    }

    /// Her answers (points 1 and 4) at a hospital, alone in her round.
    fn her_round() -> Scorecard {
        round(vec![(inst(9, InstitutionType::Hospital, "WB-kolkata"), [vec![0, 1, 0, 0, 0], vec![0, 0, 0, 0, 1]])])
    }

    /// Two other rounds of the year with enough raters to be shown.
    fn other_rounds() -> Vec<Scorecard> {
        vec![
            round(vec![
                (inst(1, InstitutionType::Hospital, "WB-kolkata"), [vec![1, 2, 3, 0, 0], vec![0, 3, 3, 0, 0]]),
                (inst(2, InstitutionType::PoliceStation, "WB-howrah"), [vec![0, 0, 2, 2, 2], vec![2, 2, 2, 0, 0]]),
            ]),
            round(vec![(inst(3, InstitutionType::Hospital, "JH-ranchi"), [vec![0, 0, 0, 3, 4], vec![1, 1, 1, 1, 3]])]),
        ]
    }

    fn distribution(row: &Row, j: usize) -> Option<Vec<u64>> {
        row.cells[j].shown().map(|c| c.stats.distribution.clone())
    }

    fn keyed<'a>(rows: &'a [Row], key: &str) -> &'a Row {
        rows.iter().find(|r| r.key == key).expect("row")
    }

    #[test]
    fn a_withheld_round_cell_contributes_nothing() {
        let others = other_rounds();
        let mut with_her: Vec<&Scorecard> = others.iter().collect();
        let without = combine(&indicators(), MinCell::DEFAULT, &with_her);
        let hers = her_round();
        with_her.push(&hers);
        let with = combine(&indicators(), MinCell::DEFAULT, &with_her);
        assert_eq!(with.total, without.total);
        assert_eq!(keyed(&with.by_type, "hospital"), keyed(&without.by_type, "hospital"));
        assert_eq!(keyed(&with.by_state, "WB"), keyed(&without.by_state, "WB"));
    }

    #[test]
    fn sums_of_shown_histograms_give_the_statistics_of_the_merged_ratings() {
        let others = other_rounds();
        let year = combine(&indicators(), MinCell::DEFAULT, &others.iter().collect::<Vec<_>>());
        for j in 0..2 {
            let mut merged = Tally::default();
            for card in &others {
                merged.add(&Tally(distribution(&card.total, j).expect("each round shows its total")));
            }
            let expected = cell_stats(&five(), &merged).expect("rated");
            assert_eq!(year.total.cells[j].shown().map(|c| &c.stats), Some(&expected));
        }
        // Two hospitals in two rounds, each shown on its own card: their sum by type.
        let hospital = keyed(&year.by_type, "hospital");
        assert_eq!(distribution(hospital, 0), Some(vec![1, 2, 3, 3, 4]));
        assert!(year.by_district.is_empty() && year.by_institution.is_empty(), "the yearly card groups only");
    }

    #[test]
    fn a_cell_no_round_rated_is_unrated_and_one_only_withheld_stays_withheld() {
        let hers = her_round();
        let year = combine(&indicators(), MinCell::DEFAULT, &[&hers]);
        assert_eq!(year.total.cells[0], Published::Suppressed);
        assert!(!year.total.unrated[0], "withheld, not unrated: her round said so itself");
        let none = combine(&indicators(), MinCell::DEFAULT, &[]);
        assert!(none.total.unrated.iter().all(|u| *u) && none.by_type.is_empty());
    }

    #[test]
    fn change_read_between_two_stored_cards_is_the_change_build_would_have_set() {
        let others = other_rounds();
        let (earlier, later) = (&others[0], &others[1]);
        let r = |rows: Vec<(InstitutionRef, [Vec<u64>; 2])>| Ratings {
            indicators: indicators(),
            tallies: rows.iter().map(|(_, t)| t.iter().map(|t| Tally(t.clone())).collect()).collect(),
            institutions: rows.into_iter().map(|(i, _)| i).collect(),
        };
        let later_rows = vec![(inst(3, InstitutionType::Hospital, "JH-ranchi"), [vec![0, 0, 0, 3, 4], vec![1, 1, 1, 1, 3]])];
        let built = build(&r(later_rows), MinCell::DEFAULT, Some(earlier));
        let mut stored = later.clone();
        crate::scorecard::aggregate::set_changes_since(&mut stored, Some(earlier));
        assert_eq!(stored, built);
        assert!(stored.total.cells[0].shown().and_then(|c| c.change).is_some(), "both totals are shown");
        crate::scorecard::aggregate::set_changes_since(&mut stored, None);
        assert_eq!(&stored, later, "without a previous card there is no change");
    }

    /// The attack of issue 9: her round publishes nothing, but the yearly card built from
    /// raw tallies changes by exactly her answers when her round joins it.
    #[test]
    fn subtracting_yearly_cards_recovers_her_answers_from_raw_tallies_but_nothing_from_shown_cells() {
        let tallies = |cards: &[(InstitutionRef, [Vec<u64>; 2])]| Ratings {
            indicators: indicators(),
            tallies: cards.iter().map(|(_, t)| t.iter().map(|t| Tally(t.clone())).collect()).collect(),
            institutions: cards.iter().map(|(i, _)| i.clone()).collect(),
        };
        let others_raw = vec![
            (inst(1, InstitutionType::Hospital, "WB-kolkata"), [vec![1, 2, 3, 0, 0], vec![0, 3, 3, 0, 0]]),
            (inst(2, InstitutionType::PoliceStation, "WB-howrah"), [vec![0, 0, 2, 2, 2], vec![2, 2, 2, 0, 0]]),
        ];
        let mut with_her_raw = others_raw.clone();
        with_her_raw.push((inst(9, InstitutionType::Hospital, "WB-kolkata"), [vec![0, 1, 0, 0, 0], vec![0, 0, 0, 0, 1]]));

        // The old way: raw tallies summed, then suppressed as one card.
        let before = build(&tallies(&others_raw), MinCell::DEFAULT, None);
        let after = build(&tallies(&with_her_raw), MinCell::DEFAULT, None);
        let hers: Vec<Vec<u64>> = (0..2)
            .map(|j| {
                let (a, b) = (distribution(&after.total, j).expect("shown"), distribution(&before.total, j).expect("shown"));
                a.iter().zip(&b).map(|(x, y)| x - y).collect()
            })
            .collect();
        assert_eq!(hers, vec![vec![0, 1, 0, 0, 0], vec![0, 0, 0, 0, 1]], "the old yearly card gave her answers away");

        // The new way: the round cards as published, then combined.
        let others_card = build(&tallies(&others_raw), MinCell::DEFAULT, None);
        let her_card = her_round();
        let before = combine(&indicators(), MinCell::DEFAULT, &[&others_card]);
        let after = combine(&indicators(), MinCell::DEFAULT, &[&others_card, &her_card]);
        for rows in [
            (&[after.total.clone()][..], &[before.total.clone()][..]),
            (&after.by_state[..], &before.by_state[..]),
            (&after.by_type[..], &before.by_type[..]),
        ] {
            assert_eq!(rows.0, rows.1, "after minus before is zero everywhere");
        }
        // Nor does the yearly card minus the other public round cards leave anything.
        for j in 0..2 {
            assert_eq!(distribution(&after.total, j), distribution(&others_card.total, j));
        }
        assert!(her_card.total.cells.iter().all(|c| c.shown().is_none()), "her round shows nothing of its own");
    }
}
