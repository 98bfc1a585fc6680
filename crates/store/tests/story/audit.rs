use crate::fixtures::*;
use dhruva_core::consent::Purpose;
use dhruva_core::policy::Role;
use dhruva_store::audit::{AuditEvent, ChainStatus};
use dhruva_store::testing::TestDb;
use dhruva_store::{Backend, Store};
use sqlx::{AnyConnection, Connection as _, Executor as _};

pub async fn the_audit_chain_is_intact_after_ordinary_use(store: &Store) {
    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: 0 });
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let leader = account(store, "leader", None).await;
    store.member_names(&web(leader, Role::Leader, Some(Purpose::CaseSupport)), &[rupa.id]).await.expect("names");
    store.record(&cli(), AuditEvent::new("login_failed").detail("throttled")).await.expect("recorded");

    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: 5 });
    let recent = store.audit_recent(10).await.expect("recent");
    let seqs: Vec<i64> = recent.iter().map(|r| r.seq).collect();
    assert_eq!(seqs, [5, 4, 3, 2, 1]);
    assert_eq!(recent[0].action, "login_failed");
    assert_eq!((recent[2].action.as_str(), recent[2].subject_account), ("account_created", Some(leader)));
    assert_eq!((recent[4].action.as_str(), recent[4].subject_collective), ("collective_created", Some(utthan)));
    assert_eq!(store.audit_recent(2).await.expect("recent").len(), 2);
}

pub async fn concurrent_appends_keep_one_unbroken_chain(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let mut tasks = Vec::new();
    for i in 0..24 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            if i % 2 == 0 {
                store.record(&cli(), AuditEvent::new("test_event").detail(format!("n={i}"))).await.expect("recorded");
            } else {
                member(&store, utthan, &format!("Member {i}"), None).await;
            }
        }));
    }
    for task in tasks {
        task.await.expect("task");
    }
    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: 25 });
}

/// Six rows: a collective, three members, two names read.
async fn some_history(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let a = member(store, utthan, "Rupa Mondal", None).await;
    let b = member(store, utthan, "Mina Das", None).await;
    member(store, utthan, "Lata Sen", None).await;
    store.member_names(&cli(), &[a.id, b.id]).await.expect("names");
    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: 6 });
}

/// A raw connection, as someone with the database (and without the application) would have,
/// with the append-only trigger out of the way.
async fn attacker(db: &TestDb) -> AnyConnection {
    let mut conn = AnyConnection::connect(db.url.expose()).await.expect("raw connection");
    match db.store.backend() {
        Backend::Sqlite => {
            conn.execute("DROP TRIGGER audit_log_no_update").await.expect("drop trigger");
            conn.execute("DROP TRIGGER audit_log_no_delete").await.expect("drop trigger");
        }
        Backend::Postgres => {
            conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only").await.expect("disable trigger");
        }
    }
    conn
}

fn broken_at(status: ChainStatus) -> i64 {
    match status {
        ChainStatus::Broken { seq, problem } => {
            assert!(!problem.is_empty());
            seq
        }
        intact => panic!("tampering went unnoticed: {intact:?}"),
    }
}

pub async fn a_changed_audit_row_is_detected(db: &TestDb) {
    some_history(&db.store).await;
    let mut conn = attacker(db).await;
    conn.execute("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 5").await.expect("tamper");
    assert_eq!(broken_at(db.store.verify_audit_chain().await.expect("verify")), 5);
}

pub async fn a_removed_audit_row_is_detected(db: &TestDb) {
    some_history(&db.store).await;
    let mut conn = attacker(db).await;
    conn.execute("DELETE FROM audit_log WHERE seq = 3").await.expect("tamper");
    assert_eq!(broken_at(db.store.verify_audit_chain().await.expect("verify")), 3);
}

pub async fn swapped_audit_rows_are_detected(db: &TestDb) {
    some_history(&db.store).await;
    let mut conn = attacker(db).await;
    conn.execute("UPDATE audit_log SET seq = -1 WHERE seq = 3").await.expect("tamper");
    conn.execute("UPDATE audit_log SET seq = 3 WHERE seq = 4").await.expect("tamper");
    conn.execute("UPDATE audit_log SET seq = 4 WHERE seq = -1").await.expect("tamper");
    assert_eq!(broken_at(db.store.verify_audit_chain().await.expect("verify")), 3);
}

pub async fn rows_cut_off_the_end_are_detected(db: &TestDb) {
    some_history(&db.store).await;
    let mut conn = attacker(db).await;
    conn.execute("DELETE FROM audit_log WHERE seq >= 5").await.expect("tamper");
    assert_eq!(broken_at(db.store.verify_audit_chain().await.expect("verify")), 5);
}

pub async fn the_database_refuses_to_change_the_audit_log(db: &TestDb) {
    some_history(&db.store).await;
    let mut conn = AnyConnection::connect(db.url.expose()).await.expect("raw connection");
    assert!(conn.execute("UPDATE audit_log SET detail = 'x' WHERE seq = 2").await.is_err());
    assert!(conn.execute("DELETE FROM audit_log WHERE seq = 2").await.is_err());
    assert_eq!(db.store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: 6 });
}
