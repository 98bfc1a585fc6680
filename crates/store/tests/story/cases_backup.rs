//! Cases travel through a backup like everything else (the backup reads its table list from
//! the catalog), and the benchmark's seeder writes cases the real readers understand.

use crate::cases::{herself, world};
use crate::cases_letters::{case_with_letter, jpeg, SUMMARY};
use crate::fixtures::*;
use crate::fresh::{key_of, Fresh};
use dhruva_core::cases::CaseKind;
use dhruva_store::cases::TimelineEntry;
use dhruva_store::testing::TestDb;
use dhruva_store::Store;

pub async fn a_backup_carries_her_cases_and_their_files_and_they_open_after_restore(db: &TestDb) {
    let store = &db.store;
    let w = world(store).await;
    let id = case_with_letter(store, &w).await;
    store.notify_in_app(w.rupa_account, "You have a reminder in Dhruva", "day:2025-06-01").await.expect("notified");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("dhruva.backup");
    let report = store.backup(&file).await.expect("backup");
    let rows = |t: &str| report.tables.iter().find(|c| c.table == t).map(|c| c.rows);
    for (table, expected) in
        [("cases", 1), ("case_events", 1), ("case_correspondence", 1), ("case_attachments", 2), ("case_figures", 1), ("notifications", 1)]
    {
        assert_eq!(rows(table), Some(expected), "{table}: {:?}", report.tables);
    }

    let Some(target) = Fresh::on(store.backend(), &key_of(db), true).await else { return };
    target.store.restore(&file).await.expect("restores");
    let timeline = target.store.case_timeline(&cli(), id, TODAY).await.expect("timeline");
    let (summary, token) = timeline
        .iter()
        .find_map(|e| match e {
            TimelineEntry::Correspondence { summary, attachments, .. } => Some((summary.expose().clone(), attachments[0].token.clone())),
            _ => None,
        })
        .expect("the letter came back");
    assert_eq!(summary, SUMMARY);
    let photo = target.store.attachment(&cli(), &token).await.expect("read").expect("there");
    assert_eq!(photo.bytes.expose(), &jpeg(b""));
    assert_eq!(target.store.compensation_claims(None).await.expect("claims")[0].claimed, Some(300_000));
    assert_eq!(target.store.notifications(w.rupa_account).await.expect("notifications").len(), 1);
}

pub async fn the_benchmark_seeder_writes_cases_the_readers_understand(store: &Store) {
    let w = world(store).await;
    member(store, w.utthan, "Mina Das", None).await;
    let ids = store.seed_cases_for_benchmark(&[w.utthan], 40, 120).await.expect("seeded");
    assert_eq!(ids.len(), 40);
    let claims = store.compensation_claims(Some(w.utthan)).await.expect("claims");
    assert_eq!(claims.len(), 10, "one kind in four");
    assert!(claims.iter().all(|c| c.claimed.is_some()));
    store.all_due(TODAY, TODAY).await.expect("due dates compute");
    let mine = store.cases_of_member(&herself(&w), w.rupa.id, TODAY).await.expect("list");
    assert_eq!(mine.len(), 20, "spread over both members");
    let case = mine.iter().find(|c| c.kind == CaseKind::Legal).expect("a legal case");
    let timeline = store.case_timeline(&herself(&w), case.id, TODAY).await.expect("timeline opens");
    assert!(timeline.iter().any(|e| matches!(e, TimelineEntry::Correspondence { .. })));
}
