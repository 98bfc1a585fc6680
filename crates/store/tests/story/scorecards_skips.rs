//! Skipping a question and "I did not go there" (issue 10, finding 4): what she skipped is
//! not a rater of that indicator nor a zero, and a "did not go" counts in no tally, while her
//! own list still knows the institution is done.

use crate::fixtures::*;
use crate::scorecards::{answers, open_round, tallies_of};
use dhruva_core::scorecard::stats::Tally;
use dhruva_core::scorecard::RoundStatus;
use dhruva_store::scorecards::RatingMark;
use dhruva_store::{ScorecardError, Store, StoreError};

fn n(t: &std::collections::BTreeMap<String, Tally>, code: &str) -> u64 {
    t.get(code).map(Tally::n).unwrap_or(0)
}

pub async fn a_skipped_question_and_a_place_she_did_not_go_to_leave_the_tallies_alone(store: &Store) {
    let s = open_round(store, 3).await;
    let (asha, bina, chitra) = (s.members[0], s.members[1], s.members[2]);
    store.record_rating(&cli(), s.round, s.police, asha, s.collective, &answers(&[("safety", 3), ("timeliness", 1)])).await.expect("rated");
    let before = tallies_of(store, s.round, s.police).await;
    assert_eq!((n(&before, "safety"), n(&before, "timeliness")), (1, 1));

    // Bina answers safety and skips timeliness: timeliness keeps one rater, with no zero added.
    store.record_rating(&cli(), s.round, s.police, bina, s.collective, &answers(&[("safety", 4)])).await.expect("rated with a skip");
    let t = tallies_of(store, s.round, s.police).await;
    assert_eq!(t["timeliness"], before["timeliness"], "a skip is neither a rater nor a point");
    assert_eq!(t["safety"], Tally(vec![0, 0, 0, 1, 1]));

    // Chitra did not go to the police station: nothing changes anywhere.
    store.record_mark(&cli(), s.round, s.police, chitra, s.collective, &RatingMark::NotGone).await.expect("did not go");
    assert_eq!(tallies_of(store, s.round, s.police).await, t, "a 'did not go' counts nowhere");
    assert!(tallies_of(store, s.round, s.dlsa).await.is_empty());
    assert_eq!(store.my_mark(chitra, s.round, s.police).await.expect("read"), Some(RatingMark::NotGone));
    assert_eq!(store.my_marks(chitra, s.round).await.expect("read"), vec![(s.police, true)]);
    assert_eq!(store.my_marks(bina, s.round).await.expect("read"), vec![(s.police, false)]);
    assert_eq!(store.my_rated_institutions(chitra, s.round).await.expect("read"), vec![s.police], "done on her list");
    // She answered the round, so she has taken part; no figure is read from this count.
    assert_eq!(store.round_progress(s.round).await.expect("progress"), vec![(s.collective, 3, 3)]);
    let hers = store.ratings_of_member(chitra).await.expect("her data");
    assert_eq!((hers.len(), hers[0].not_gone, hers[0].answers.points.len()), (1, true, 0));

    // Asha changes her mind: she did not go after all. Her points are taken back.
    store.record_mark(&cli(), s.round, s.police, asha, s.collective, &RatingMark::NotGone).await.expect("changed to did not go");
    let t = tallies_of(store, s.round, s.police).await;
    assert_eq!((n(&t, "safety"), n(&t, "timeliness")), (1, 0));
    assert_eq!(t["safety"], Tally(vec![0, 0, 0, 0, 1]), "only Bina's answer is left");

    // Chitra went after all and answers one question: counted once, from nothing.
    store.record_rating(&cli(), s.round, s.police, chitra, s.collective, &answers(&[("timeliness", 2)])).await.expect("rated");
    let t = tallies_of(store, s.round, s.police).await;
    assert_eq!((n(&t, "safety"), n(&t, "timeliness")), (1, 1));
    assert_eq!(store.my_marks(chitra, s.round).await.expect("read"), vec![(s.police, false)]);

    // A rating with every question skipped says nothing: refused, nothing written.
    let empty = store.record_rating(&cli(), s.round, s.dlsa, bina, s.collective, &answers(&[])).await;
    assert!(matches!(empty, Err(StoreError::Scorecard(ScorecardError::BadAnswers(_)))), "{empty:?}");
    assert_eq!(store.my_marks(bina, s.round).await.expect("read"), vec![(s.police, false)]);

    // Once closed, "did not go" is refused like any rating.
    store.advance_round(&cli(), s.round, RoundStatus::Open).await.expect("closed");
    let late = store.record_mark(&cli(), s.round, s.dlsa, bina, s.collective, &RatingMark::NotGone).await;
    assert!(matches!(late, Err(StoreError::Scorecard(ScorecardError::RoundNotOpen("closed")))), "{late:?}");
}
