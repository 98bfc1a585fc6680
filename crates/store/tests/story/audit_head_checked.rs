//! An append trusts the audit head only under its seal: a store opened with another master
//! key, or a head someone without the key moved, gets nothing appended — otherwise the first
//! writes acknowledged rows that every later check calls changed, and the second re-seals
//! (launders) the tampering so that it verifies as intact.

use crate::fixtures::*;
use dhruva_store::audit::{AuditEvent, ChainStatus};
use dhruva_store::testing::TestDb;
use dhruva_store::{Keyring, MasterKey, Store, StoreError};
use sqlx::{AnyConnection, Connection as _, Executor as _};

async fn three_rows(store: &Store) {
    for _ in 0..3 {
        store.record(&cli(), AuditEvent::new("test_event")).await.expect("recorded");
    }
    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: 3 });
}

fn refused(result: Result<(), StoreError>) {
    match result {
        Err(StoreError::Corrupt { table: "audit_head", detail }) => assert!(detail.contains("seal"), "{detail}"),
        other => panic!("appended on a head whose seal does not match: {other:?}"),
    }
}

pub async fn a_store_with_another_key_appends_nothing_to_the_chain(db: &TestDb) {
    three_rows(&db.store).await;
    // Another process on the same database with a different master key.
    let stranger = Store::open(&db.url, Keyring::derive(&MasterKey::generate())).await.expect("opens");
    refused(stranger.record(&cli(), AuditEvent::new("view_cases")).await);
    stranger.close().await;
    assert_eq!(db.store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: 3 });
    db.store.record(&cli(), AuditEvent::new("test_event")).await.expect("the right key still appends");
    assert_eq!(db.store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: 4 });
}

pub async fn an_append_does_not_bless_an_anchor_moved_without_the_key(db: &TestDb) {
    three_rows(&db.store).await;
    let mut conn = AnyConnection::connect(db.url.expose()).await.expect("raw connection");
    // The triggers let rows behind the anchor go: move it by hand, delete the oldest row.
    let hash: String = sqlx::query_scalar("SELECT hash FROM audit_log WHERE seq = 1").fetch_one(&mut conn).await.expect("hash");
    sqlx::query("UPDATE audit_head SET anchor_seq = 1, anchor_hash = $1").bind(hash).execute(&mut conn).await.expect("move anchor");
    conn.execute("DELETE FROM audit_log WHERE seq <= 1").await.expect("delete behind the moved anchor");
    assert!(matches!(db.store.verify_audit_chain().await.expect("verify"), ChainStatus::Broken { .. }));
    refused(db.store.record(&cli(), AuditEvent::new("login")).await);
    match db.store.verify_audit_chain().await.expect("verify") {
        ChainStatus::Broken { problem, .. } => assert!(problem.contains("seal"), "{problem}"),
        intact => panic!("an append laundered the moved anchor: {intact:?}"),
    }
}
