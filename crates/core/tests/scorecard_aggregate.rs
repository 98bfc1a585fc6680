//! The score card as a whole: groupings, ordering, ranks, changes, serialisation.

use dhruva_core::geography::DistrictCode;
use dhruva_core::scorecard::aggregate::{build, IndicatorSpec, InstitutionRef, Ratings};
use dhruva_core::scorecard::stats::{ScaleSpec, Tally};
use dhruva_core::scorecard::{InstitutionType, MinCell, Published};
use dhruva_core::InstitutionId;

fn five() -> ScaleSpec {
    ScaleSpec { values: vec![1.0, 2.0, 3.0, 4.0, 5.0], favourable: vec![false, false, false, true, true] }
}

fn inst(id: i64, kind: InstitutionType, district: &str) -> InstitutionRef {
    InstitutionRef { id: InstitutionId(id), kind, district: DistrictCode::parse(district).expect("a district code of the test data") }
}

fn ratings(rows: Vec<(InstitutionRef, Vec<u64>)>) -> Ratings {
    Ratings {
        indicators: vec![IndicatorSpec { code: "respect".into(), scale: five() }],
        tallies: rows.iter().map(|(_, t)| vec![Tally(t.clone())]).collect(),
        institutions: rows.into_iter().map(|(i, _)| i).collect(),
    }
}

fn sample() -> Ratings {
    use InstitutionType::*;
    ratings(vec![
        (inst(3, PoliceStation, "WB-howrah"), vec![0, 0, 0, 5, 5]),
        (inst(1, PoliceStation, "WB-kolkata"), vec![5, 5, 0, 0, 0]),
        (inst(2, PoliceStation, "JH-ranchi"), vec![0, 0, 0, 5, 5]),
        (inst(4, Dlsa, "WB-kolkata"), vec![0, 0, 10, 0, 0]),
    ])
}

#[test]
fn rows_come_sorted_by_key_and_states_come_from_district_codes() {
    let card = build(&sample(), MinCell::default(), None);
    let keys = |rows: &[dhruva_core::scorecard::aggregate::Row]| rows.iter().map(|r| r.key.clone()).collect::<Vec<_>>();
    assert_eq!(keys(&card.by_state), ["JH", "WB"]);
    assert_eq!(keys(&card.by_district), ["JH-ranchi", "WB-howrah", "WB-kolkata"]);
    assert_eq!(keys(&card.by_type), ["dlsa", "police_station"]);
    assert_eq!(card.by_institution.iter().map(|r| r.id.0).collect::<Vec<_>>(), [1, 2, 3, 4]);
    assert_eq!(card.total.cells[0].shown().map(|c| c.stats.n), Some(40));
    assert_eq!(card.by_state[1].cells[0].shown().map(|c| c.stats.n), Some(30));
}

#[test]
fn equal_means_share_a_rank_and_the_next_rank_is_skipped() {
    let card = build(&sample(), MinCell::default(), None);
    let rank = |id: i64| card.by_institution.iter().find(|r| r.id.0 == id).and_then(|r| r.cells[0].shown()).and_then(|c| c.rank);
    assert_eq!((rank(2), rank(3), rank(1)), (Some(1), Some(1), Some(3)));
    assert_eq!(rank(4), Some(1), "the only legal services authority ranks among its own type");
}

#[test]
fn on_a_scale_where_the_low_answer_is_favourable_a_lower_mean_ranks_first() {
    use InstitutionType::*;
    let mut r = ratings(vec![(inst(1, Court, "WB-kolkata"), vec![8, 2]), (inst(2, Court, "WB-kolkata"), vec![2, 8])]);
    // "Was an unofficial payment asked for?": no = 0 is the good answer.
    r.indicators[0].scale = ScaleSpec { values: vec![0.0, 1.0], favourable: vec![true, false] };
    let card = build(&r, MinCell::default(), None);
    let ranks: Vec<_> = card.by_institution.iter().map(|r| r.cells[0].shown().and_then(|c| c.rank)).collect();
    assert_eq!(ranks, [Some(1), Some(2)]);
}

#[test]
fn change_is_measured_against_the_previous_card_only_where_both_are_shown() {
    let mut small = sample();
    small.tallies[3][0] = Tally(vec![0, 0, 2, 0, 0]); // institution 4 under k
    let before = build(&small, MinCell::default(), None);
    let before_4 = before.by_institution.iter().find(|r| r.id.0 == 4).map(|r| r.cells[0].clone());
    assert_eq!(before_4, Some(Published::Suppressed));
    let mut later = sample();
    later.tallies[0][0] = Tally(vec![0, 0, 0, 0, 12]); // institution 3 improved
    let card = build(&later, MinCell::default(), Some(&build(&sample(), MinCell::default(), None)));
    let change = |card: &dhruva_core::scorecard::aggregate::Scorecard, id: i64| {
        card.by_institution.iter().find(|r| r.id.0 == id).and_then(|r| r.cells[0].shown()).map(|c| c.change)
    };
    assert_eq!(change(&card, 3), Some(Some(5.0 - 4.5)));
    assert_eq!(change(&card, 1), Some(Some(0.0)));
    let against_small = build(&sample(), MinCell::default(), Some(&before));
    assert_eq!(change(&against_small, 4), Some(None), "withheld before: no change to show");
    let fresh = build(&sample(), MinCell::default(), None);
    assert_eq!(fresh.total.cells[0].shown().map(|c| c.change), Some(None), "no previous card, no change");
}

#[test]
fn a_cell_nobody_rated_is_marked_unrated_not_small() {
    let mut r = sample();
    r.tallies[3][0] = Tally::default();
    let card = build(&r, MinCell::default(), None);
    let dlsa = card.by_institution.iter().find(|r| r.id.0 == 4).unwrap();
    assert_eq!((dlsa.cells[0].clone(), dlsa.unrated[0]), (Published::Suppressed, true));
    let small = build(
        &{
            let mut r = sample();
            r.tallies[3][0] = Tally(vec![1]);
            r
        },
        MinCell::default(),
        None,
    );
    let dlsa = small.by_institution.iter().find(|r| r.id.0 == 4).unwrap();
    assert_eq!((dlsa.cells[0].clone(), dlsa.unrated[0]), (Published::Suppressed, false));
}

#[test]
fn the_score_card_serialises_with_suppressed_cells_carrying_no_numbers() {
    let mut r = sample();
    r.tallies[3][0] = Tally(vec![0, 0, 2, 0, 0]);
    let json = serde_json::to_value(build(&r, MinCell::default(), None)).unwrap();
    let dlsa = &json["by_institution"][3]["cells"][0];
    assert_eq!(dlsa, &serde_json::json!({ "status": "suppressed" }));
    assert_eq!(json["k"], 5);
}

/// Issue 10, finding 4: each indicator counts the answers given to it and nothing else. Ten
/// members rated the station; four of them skipped the second question (no point in its
/// tally), so its n is six, its distribution has no zeros standing in for them, and the first
/// question's figures do not move.
#[test]
fn each_indicator_counts_only_the_answers_given_to_it() {
    let station = inst(1, InstitutionType::PoliceStation, "WB-kolkata");
    let both = |second: Vec<u64>| Ratings {
        indicators: vec![IndicatorSpec { code: "respect".into(), scale: five() }, IndicatorSpec { code: "fir".into(), scale: five() }],
        tallies: vec![vec![Tally(vec![1, 1, 2, 3, 3]), Tally(second)]],
        institutions: vec![station.clone()],
    };
    let card = build(&both(vec![0, 0, 0, 3, 3]), MinCell::default(), None);
    let cell = |j: usize| card.by_institution[0].cells[j].shown().map(|c| c.stats.clone());
    let (first, second) = (cell(0).expect("shown"), cell(1).expect("shown"));
    assert_eq!((first.n, second.n), (10, 6));
    assert_eq!(second.distribution, vec![0, 0, 0, 3, 3], "no zero for the four who skipped");
    assert!((second.mean - 4.5).abs() < 1e-9 && (second.share_favourable - 1.0).abs() < 1e-9);
    assert_eq!(card.total.cells[1].shown().map(|c| c.stats.n), Some(6));
    // Had the skips been counted as the worst answer, the figures would differ: they are not.
    let as_zeros = build(&both(vec![4, 0, 0, 3, 3]), MinCell::default(), None);
    assert_ne!(as_zeros.by_institution[0].cells[1].shown().map(|c| c.stats.n), Some(6));
    // An indicator nobody answered is "no ratings", never a zero.
    let none = build(&both(vec![0, 0, 0, 0, 0]), MinCell::default(), None);
    assert!(none.by_institution[0].cells[1].shown().is_none() && none.by_institution[0].unrated[1]);
}
