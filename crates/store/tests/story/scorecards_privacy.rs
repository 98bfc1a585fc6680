//! How she rated is hers: sealed under her key in the database, never in plaintext
//! anywhere, in her own export, and gone with her erasure while the counts stay.

use crate::fixtures::*;
use crate::scorecards::{answers, open_round, tallies_of};
use dhruva_core::scorecard::RoundStatus;
use dhruva_store::testing::TestDb;
use dhruva_store::Backend;
use sqlx::{AnyConnection, Connection as _};

/// Indicator codes that appear nowhere but in ratings and tallies.
const SECRET_INDICATORS: [&str; 2] = ["timeliness", "unofficial_payment"];

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

pub async fn scorecard_ratings_are_never_stored_in_plaintext(db: &TestDb) {
    let store = &db.store;
    let s = open_round(store, 3).await;
    for (i, m) in s.members.iter().enumerate() {
        let a = answers(&[(SECRET_INDICATORS[0], i), (SECRET_INDICATORS[1], 1)]);
        store.record_rating(&cli(), s.round, s.police, *m, s.collective, &a).await.expect("rated");
    }
    // The values did reach the database: she reads hers back, and the tally counts them …
    let export = store.member_export(&cli(), s.members[0]).await.expect("export");
    assert_eq!(export.ratings.len(), 1);
    assert_eq!(export.ratings[0].answers, answers(&[(SECRET_INDICATORS[0], 0), (SECRET_INDICATORS[1], 1)]));
    assert_eq!((export.ratings[0].round, export.ratings[0].institution), (s.round, s.police));
    assert_eq!(tallies_of(store, s.round, s.police).await[SECRET_INDICATORS[0]].n(), 3);
    assert!(!format!("{:?}", export.ratings).contains(SECRET_INDICATORS[0]), "Debug hides her answers");

    // … but only as ciphertext.
    let stored = everything_stored(db).await;
    if store.backend() == Backend::Postgres {
        for table in ["ratings", "round_tallies"] {
            assert!(stored.tables.iter().any(|t| t == table), "{:?}", stored.tables);
        }
        assert!(contains(&stored.bytes, "Canning Police Station"), "the dump holds the score card tables");
    }
    for needle in SECRET_INDICATORS {
        assert!(!contains(&stored.bytes, needle), "{needle:?} is stored in plaintext");
    }
    if store.backend() == Backend::Sqlite {
        store.close().await;
        let bytes = everything_stored(db).await.bytes;
        for needle in SECRET_INDICATORS {
            assert!(!contains(&bytes, needle), "{needle:?} is stored in plaintext after a checkpoint");
        }
    }
}

pub async fn erasure_removes_her_scorecard_ratings_but_not_the_counts(db: &TestDb) {
    let store = &db.store;
    let s = open_round(store, 3).await;
    let her = s.members[0];
    for m in &s.members {
        store.record_rating(&cli(), s.round, s.police, *m, s.collective, &answers(&[("safety", 1)])).await.expect("rated");
    }
    store.record_rating(&cli(), s.round, s.dlsa, her, s.collective, &answers(&[("safety", 4)])).await.expect("rated");

    let receipt = store.erase_member(&cli(), her).await.expect("erased");
    assert_eq!(receipt.removed.ratings, 2);
    let mut conn = AnyConnection::connect(db.url.expose()).await.expect("raw connection");
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ratings WHERE member_id = $1").bind(her.0).fetch_one(&mut conn).await.expect("count");
    let others: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ratings").fetch_one(&mut conn).await.expect("count");
    let _ = conn.close().await;
    assert_eq!((left, others), (0, 2), "her rating rows are gone, the others' stay");
    assert!(store.ratings_of_member(her).await.expect("read").is_empty());
    assert_eq!(store.my_rated_institutions(her, s.round).await.expect("read"), vec![]);

    // The sealed tallies keep her as a count; the round goes on for the others.
    assert_eq!(tallies_of(store, s.round, s.police).await["safety"].n(), 3);
    assert_eq!(tallies_of(store, s.round, s.dlsa).await["safety"].n(), 1);
    assert_eq!(store.round_progress(s.round).await.expect("progress"), vec![(s.collective, 2, 2)]);
    store.record_rating(&cli(), s.round, s.police, s.members[1], s.collective, &answers(&[("safety", 2)])).await.expect("changed");
    assert_eq!(tallies_of(store, s.round, s.police).await["safety"].0, vec![0, 2, 1]);
    store.advance_round(&cli(), s.round, RoundStatus::Open).await.expect("closed");
}
