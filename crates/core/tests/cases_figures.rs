//! Casework figures: right on a hand-worked example, and an attacker who sees every published
//! figure (and knows which collective, district and authority every claim belongs to) learns
//! no withheld count or amount and no small combination. Her tool is exact rational
//! elimination, independent of the library's modular audit.

use dhruva_core::cases::figures::{build, ClaimFacts, FigureKey, FigureRow, Figures};
use dhruva_core::cases::CaseState;
use dhruva_core::geography::DistrictCode;
use dhruva_core::scorecard::{MinCell, Published};
use dhruva_core::{CollectiveId, InstitutionId};
use proptest::prelude::*;
use time::macros::date;
use time::Date;

#[path = "cases_support/attacker.rs"]
mod attacker;
#[path = "scorecard_support/rational.rs"]
mod rational;
use attacker::{amount_leaks, count_leaks, rows};

fn district(code: &str) -> Option<DistrictCode> {
    Some(DistrictCode::parse(code).expect("a district code of the test data"))
}

#[allow(clippy::too_many_arguments)]
fn claim(
    collective: i64,
    d: &str,
    authority: i64,
    state: CaseState,
    filed: Date,
    decided: Option<Date>,
    due: Date,
    amounts: (Option<i64>, Option<i64>, Option<i64>),
) -> ClaimFacts {
    ClaimFacts {
        token: [0; 16],
        collective: CollectiveId(collective),
        district: district(d),
        authority: Some(InstitutionId(authority)),
        state,
        filed_on: Some(filed),
        decided_on: decided,
        legal_due: Some(due),
        claimed: amounts.0,
        awarded: amounts.1,
        received: amounts.2,
    }
}

/// Two collectives of four claims each, in two districts of West Bengal, before two authorities.
fn hand_example() -> Vec<ClaimFacts> {
    use CaseState as S;
    let l = |n: i64| Some(n * 1000);
    vec![
        claim(1, "WB-kolkata", 10, S::Filed, date!(2024 - 01 - 01), None, date!(2024 - 03 - 01), (l(100), None, None)),
        claim(1, "WB-kolkata", 10, S::Granted, date!(2024 - 01 - 01), Some(date!(2024 - 02 - 15)), date!(2024 - 03 - 01), (l(200), l(150), None)),
        claim(1, "WB-kolkata", 10, S::Paid, date!(2024 - 01 - 10), Some(date!(2024 - 04 - 10)), date!(2024 - 03 - 10), (l(300), l(300), l(300))),
        claim(1, "WB-kolkata", 10, S::Rejected, date!(2024 - 02 - 01), Some(date!(2024 - 03 - 01)), date!(2024 - 04 - 01), (l(50), None, None)),
        claim(2, "WB-howrah", 11, S::Granted, date!(2024 - 01 - 05), Some(date!(2024 - 03 - 05)), date!(2024 - 03 - 05), (l(100), l(100), None)),
        claim(2, "WB-howrah", 11, S::Paid, date!(2024 - 01 - 05), Some(date!(2024 - 02 - 04)), date!(2024 - 03 - 05), (l(100), l(80), l(80))),
        claim(2, "WB-howrah", 11, S::Paid, date!(2024 - 01 - 06), Some(date!(2024 - 05 - 06)), date!(2024 - 03 - 06), (l(100), l(50), l(50))),
        claim(2, "WB-howrah", 11, S::Enquiry, date!(2024 - 03 - 01), None, date!(2024 - 05 - 01), (l(100), None, None)),
    ]
}

fn k(n: u32) -> MinCell {
    MinCell::new(n).expect("a valid minimum cell")
}

fn row<'a>(rows: &'a [FigureRow], key: &FigureKey) -> &'a FigureRow {
    rows.iter().find(|r| &r.key == key).expect("the row is published")
}

#[test]
fn the_figures_of_a_hand_worked_example_are_right() {
    let f = build(&hand_example(), k(3));
    assert_eq!(f.total.claims, Published::Shown(8));
    assert_eq!(f.total.claimed, Published::Shown(1_050_000));
    assert_eq!(f.total.received, Published::Shown(430_000));
    assert_eq!(f.total.median_days_to_decision, Published::Shown(52.5));
    assert_eq!(f.total.decided_in_time, Published::Shown(4.0 / 6.0));
    let statuses: Vec<_> = f.total.by_status.iter().map(|(s, p)| (*s, p.shown().copied())).collect();
    use CaseState as S;
    assert_eq!(statuses, [(S::Filed, None), (S::Enquiry, None), (S::Granted, None), (S::Rejected, None), (S::Paid, Some(3))]);

    let one = row(&f.by_collective, &FigureKey::Collective(CollectiveId(1)));
    assert_eq!(one.claims, Published::Shown(4));
    assert_eq!(one.claimed, Published::Shown(650_000));
    assert_eq!(one.awarded, Published::Suppressed, "two awards are too few");
    assert_eq!(one.median_days_to_decision, Published::Shown(45.0));
    assert_eq!(one.decided_in_time, Published::Shown(2.0 / 3.0));
    assert!(one.by_status.iter().all(|(_, p)| *p == Published::Suppressed));

    let two = row(&f.by_collective, &FigureKey::Collective(CollectiveId(2)));
    assert_eq!(two.median_days_to_decision, Published::Shown(60.0));
    // Total awarded minus the second collective's would give the first one's two awards away:
    // the smaller of the two goes, everywhere the same figure is printed.
    assert_eq!(f.total.awarded, Published::Shown(680_000));
    assert_eq!(two.awarded, Published::Suppressed);
    assert_eq!(row(&f.by_district, &FigureKey::District(district("WB-howrah").unwrap())).awarded, Published::Suppressed);
    assert_eq!(row(&f.by_authority, &FigureKey::Authority(InstitutionId(11))).awarded, Published::Suppressed);

    assert_eq!(f.by_state.iter().map(|r| r.key.clone()).collect::<Vec<_>>(), [FigureKey::State("WB".into())]);
    let districts: Vec<_> = f.by_district.iter().map(|r| (r.key.clone(), r.claims.clone())).collect();
    assert_eq!(
        districts,
        [
            (FigureKey::District(district("WB-howrah").unwrap()), Published::Shown(4)),
            (FigureKey::District(district("WB-kolkata").unwrap()), Published::Shown(4)),
        ]
    );
    assert_eq!(row(&f.by_authority, &FigureKey::Authority(InstitutionId(11))).claimed, Published::Shown(400_000));
}

#[test]
fn a_small_collective_takes_a_neighbour_down_with_it() {
    let mut claims = Vec::new();
    for (c, n) in [(1, 10), (2, 10), (3, 2)] {
        for _ in 0..n {
            claims.push(claim(c, "JH-ranchi", 20 + c, CaseState::Filed, date!(2024 - 01 - 01), None, date!(2024 - 03 - 01), (None, None, None)));
        }
    }
    let f = build(&claims, k(5));
    assert_eq!(f.total.claims, Published::Shown(22));
    let hidden = f.by_collective.iter().filter(|r| r.claims == Published::Suppressed).count();
    assert!(hidden >= 2, "22 − 10 − 10 would give the third collective's 2 away");
    assert_eq!(row(&f.by_collective, &FigureKey::Collective(CollectiveId(3))).by_status, []);
    assert!(count_leaks(&claims, &f, k(5)).is_empty());
}

#[test]
fn claims_without_a_district_or_authority_count_in_the_total_only() {
    let mut claims = hand_example();
    for c in claims.iter_mut().take(2) {
        c.district = None;
        c.authority = None;
    }
    let f = build(&claims, k(3));
    assert_eq!(f.total.claims, Published::Shown(8));
    let in_districts: u64 = rows(&f).iter().filter(|r| matches!(r.key, FigureKey::District(_))).filter_map(|r| r.claims.shown()).sum();
    assert!(in_districts <= 6);
    assert!(count_leaks(&claims, &f, k(3)).is_empty());
    assert!(amount_leaks(&claims, &f, k(3)).is_empty());
}

#[test]
fn no_claims_make_a_suppressed_total_and_no_rows() {
    let f: Figures = build(&[], k(5));
    assert_eq!(f.total.claims, Published::Suppressed);
    assert!(f.by_collective.is_empty() && f.by_district.is_empty() && f.by_state.is_empty() && f.by_authority.is_empty());
}

const DISTRICTS: [&str; 4] = ["WB-kolkata", "WB-howrah", "JH-ranchi", "OD-puri"];
const STATES: [CaseState; 5] = [CaseState::Filed, CaseState::Enquiry, CaseState::Granted, CaseState::Rejected, CaseState::Paid];

fn claims() -> impl Strategy<Value = Vec<ClaimFacts>> {
    let amount = prop_oneof![Just(None), (0i64..500).prop_map(|x| Some(x * 1000))];
    let one = (
        1i64..4,
        prop::option::weighted(0.9, 0..DISTRICTS.len()),
        prop::option::weighted(0.9, 1i64..4),
        0..STATES.len(),
        prop::option::of(0i64..200),
        0i64..120,
        amount.clone(),
        amount.clone(),
        amount,
    );
    prop::collection::vec(one, 0..30).prop_map(|rows| {
        rows.into_iter()
            .map(|(c, d, a, s, decided, due, claimed, awarded, received)| {
                let filed = date!(2024 - 01 - 01);
                ClaimFacts {
                    token: [0; 16],
                    collective: CollectiveId(c),
                    district: d.and_then(|d| district(DISTRICTS[d])),
                    authority: a.map(InstitutionId),
                    state: STATES[s],
                    filed_on: Some(filed),
                    decided_on: decided.map(|x| filed + time::Duration::days(x)),
                    legal_due: Some(filed + time::Duration::days(due)),
                    claimed,
                    awarded,
                    received,
                }
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_shown_figure_rests_on_fewer_than_k_claims(cs in claims(), k in 3u32..6) {
        let f = build(&cs, MinCell::new(k).unwrap());
        for r in rows(&f) {
            let mine: Vec<&ClaimFacts> = cs.iter().filter(|c| attacker::in_row(&r.key, c)).collect();
            let n = |pred: &dyn Fn(&ClaimFacts) -> bool| mine.iter().filter(|c| pred(c)).count() as u64;
            let k = u64::from(k);
            if let Published::Shown(x) = r.claims { prop_assert_eq!(x, mine.len() as u64); prop_assert!(x >= k); }
            for (s, p) in &r.by_status {
                prop_assert!(r.claims.shown().is_some(), "a suppressed row lists no states");
                if let Published::Shown(x) = p { prop_assert_eq!(*x, n(&|c| c.state == *s)); prop_assert!(*x >= k); }
            }
            let shown = r.claims.shown().is_some();
            for (p, has) in [(&r.claimed, n(&|c| c.claimed.is_some())), (&r.awarded, n(&|c| c.awarded.is_some())), (&r.received, n(&|c| c.received.is_some()))] {
                prop_assert!(p.shown().is_none() || (shown && has >= k));
            }
            prop_assert!(r.median_days_to_decision.shown().is_none() || (shown && n(&|c| c.decided_on.is_some()) >= k));
            prop_assert!(r.decided_in_time.shown().is_none() || (shown && n(&|c| c.decided_on.is_some()) >= k));
        }
    }

    #[test]
    fn no_withheld_count_or_small_combination_can_be_worked_out(cs in claims(), k in 3u32..6) {
        let k = MinCell::new(k).unwrap();
        let f = build(&cs, k);
        let leaks = count_leaks(&cs, &f, k);
        prop_assert!(leaks.is_empty(), "recovered {:?}", leaks);
    }

    #[test]
    fn no_withheld_amount_can_be_worked_out(cs in claims(), k in 3u32..6) {
        let k = MinCell::new(k).unwrap();
        let f = build(&cs, k);
        let leaks = amount_leaks(&cs, &f, k);
        prop_assert!(leaks.is_empty(), "recovered {:?}", leaks);
    }
}

#[test]
fn the_attacker_catches_primary_suppression_alone() {
    // Her tools have teeth: withholding only the small collective gives it away by subtraction.
    let mut claims = Vec::new();
    for (c, n) in [(1, 10), (2, 10), (3, 2)] {
        for _ in 0..n {
            claims.push(claim(c, "JH-ranchi", 20 + c, CaseState::Filed, date!(2024 - 01 - 01), None, date!(2024 - 03 - 01), (None, None, None)));
        }
    }
    let mut f = build(&claims, k(5));
    for r in f.by_collective.iter_mut().filter(|r| r.key != FigureKey::Collective(CollectiveId(3))) {
        r.claims = Published::Shown(10);
    }
    let leaks = count_leaks(&claims, &f, k(5));
    assert!(leaks.iter().any(|l| l.contains("Collective(CollectiveId(3))")), "{leaks:?}");
}
