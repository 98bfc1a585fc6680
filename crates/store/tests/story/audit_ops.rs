//! Operating the audit log: retention behind a sealed anchor, what an attacker without the
//! key cannot hide, and breach support (whose data an account touched).

use crate::fixtures::*;
use crate::upgrade::v1_hash;
use dhruva_core::consent::Purpose;
use dhruva_core::policy::Role;
use dhruva_store::audit::{AuditEvent, ChainStatus, RetentionDays};
use dhruva_store::testing::TestDb;
use dhruva_store::{Backend, Store, StoreError};
use sqlx::{AnyConnection, Connection as _, Executor as _, Row as _};
use time::{Duration, OffsetDateTime};

/// Six rows: a collective, three members, two names read.
async fn some_history(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let a = member(store, utthan, "Rupa Mondal", None).await;
    let b = member(store, utthan, "Mina Das", None).await;
    member(store, utthan, "Lata Sen", None).await;
    store.member_names(&cli(), &[a.id, b.id]).await.expect("names");
    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: 6 });
}

fn broken_at(status: ChainStatus) -> (i64, String) {
    match status {
        ChainStatus::Broken { seq, problem } => (seq, problem),
        intact => panic!("tampering went unnoticed: {intact:?}"),
    }
}

/// A raw connection with the append-only triggers out of the way: database access, no key.
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

#[test]
fn retention_under_a_year_is_refused() {
    for days in [0, 30, 364] {
        assert!(matches!(RetentionDays::new(days), Err(StoreError::Invalid(_))), "{days} days accepted");
    }
    assert_eq!(RetentionDays::new(365).expect("a year").days(), 365);
    assert_eq!(RetentionDays::default().days(), 730);
}

pub async fn pruning_removes_old_rows_and_the_rest_still_verifies(store: &Store) {
    some_history(store).await;
    let now = OffsetDateTime::now_utc();
    let year = RetentionDays::new(365).expect("a year");
    let nothing = store.prune_audit(&cli(), year, now).await.expect("prune");
    assert_eq!((nothing.removed, nothing.anchor_seq), (0, 0));
    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: 6 });

    let later = store.prune_audit(&cli(), year, now + Duration::days(400)).await.expect("prune");
    assert_eq!((later.removed, later.anchor_seq), (6, 6));
    let left = store.audit_recent(10).await.expect("recent");
    assert_eq!(left.len(), 1);
    assert_eq!((left[0].seq, left[0].action.as_str()), (7, "audit_pruned"));
    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: 1 });

    store.record(&cli(), AuditEvent::new("test_event")).await.expect("recorded");
    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: 2 });
    assert_eq!(store.prune_audit(&cli(), year, now).await.expect("prune").removed, 0);
}

pub async fn the_database_deletes_audit_rows_only_behind_the_anchor(db: &TestDb) {
    some_history(&db.store).await;
    let mut conn = AnyConnection::connect(db.url.expose()).await.expect("raw connection");
    assert!(conn.execute("DELETE FROM audit_log WHERE seq = 1").await.is_err(), "deleted ahead of the anchor");
    db.store.prune_audit(&cli(), RetentionDays::default(), OffsetDateTime::now_utc() + Duration::days(800)).await.expect("prune");
    assert!(conn.execute("UPDATE audit_log SET detail = 'x' WHERE seq = 7").await.is_err(), "updates stay forbidden");
    assert!(conn.execute("DELETE FROM audit_log WHERE seq = 7").await.is_err(), "deleted ahead of the anchor");
    assert_eq!(db.store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: 1 });
}

pub async fn moving_the_anchor_without_the_key_is_caught(db: &TestDb) {
    some_history(&db.store).await;
    let mut conn = AnyConnection::connect(db.url.expose()).await.expect("raw connection");
    // The trigger lets rows behind the anchor go: move it, then delete the oldest rows.
    let hash: String = sqlx::query_scalar("SELECT hash FROM audit_log WHERE seq = 2").fetch_one(&mut conn).await.expect("hash");
    sqlx::query("UPDATE audit_head SET anchor_seq = 2, anchor_hash = $1").bind(hash).execute(&mut conn).await.expect("move anchor");
    conn.execute("DELETE FROM audit_log WHERE seq <= 2").await.expect("delete behind the moved anchor");
    let (seq, problem) = broken_at(db.store.verify_audit_chain().await.expect("verify"));
    assert_eq!(seq, 3);
    assert!(problem.contains("seal"), "{problem}");
}

pub async fn rows_cut_off_the_end_with_the_head_moved_back_are_caught(db: &TestDb) {
    some_history(&db.store).await;
    let mut conn = attacker(db).await;
    let hash: String = sqlx::query_scalar("SELECT hash FROM audit_log WHERE seq = 4").fetch_one(&mut conn).await.expect("hash");
    conn.execute("DELETE FROM audit_log WHERE seq > 4").await.expect("cut");
    sqlx::query("UPDATE audit_head SET seq = 4, hash = $1").bind(hash).execute(&mut conn).await.expect("head");
    let (_, problem) = broken_at(db.store.verify_audit_chain().await.expect("verify"));
    assert!(problem.contains("seal"), "{problem}");
    sqlx::query("UPDATE audit_head SET mac = NULL").execute(&mut conn).await.expect("unseal");
    let (_, problem) = broken_at(db.store.verify_audit_chain().await.expect("verify"));
    assert!(problem.contains("not sealed"), "{problem}");
}

pub async fn a_chain_rebuilt_with_plain_hashes_is_caught(db: &TestDb) {
    some_history(&db.store).await;
    let mut conn = attacker(db).await;
    // Everything an attacker without the key can do: rewrite row 3, then every hash after
    // it in the old unkeyed scheme, and point the head at the result.
    conn.execute("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 3").await.expect("tamper");
    let rows = sqlx::query(
        "SELECT seq, at, account_id, role, channel, action, purpose, subject_member, subject_collective, subject_account, detail \
         FROM audit_log ORDER BY seq",
    )
    .fetch_all(&mut conn)
    .await
    .expect("rows");
    let mut prev = "0".repeat(64);
    for row in &rows {
        let hash = v1_hash(row, &prev);
        sqlx::query("UPDATE audit_log SET prev_hash = $1, hash = $2, chain_version = 1 WHERE seq = $3")
            .bind(&prev)
            .bind(&hash)
            .bind(row.try_get::<i64, _>(0).expect("seq"))
            .execute(&mut conn)
            .await
            .expect("rewrite");
        prev = hash;
    }
    sqlx::query("UPDATE audit_head SET hash = $1").bind(&prev).execute(&mut conn).await.expect("head");
    let (_, problem) = broken_at(db.store.verify_audit_chain().await.expect("verify"));
    assert!(problem.contains("seal"), "{problem}");
}

pub async fn audit_accessed_lists_exactly_the_members_an_account_touched(store: &Store) {
    let before = OffsetDateTime::now_utc() - Duration::minutes(1);
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let mina = member(store, utthan, "Mina Das", None).await;
    let lata = member(store, utthan, "Lata Sen", None).await;
    let leader = account(store, "leader", None).await;
    let analyst = account(store, "analyst", None).await;
    let as_leader = web(leader, Role::Leader, Some(Purpose::CaseSupport));
    store.member_names(&as_leader, &[rupa.id, mina.id]).await.expect("names");
    store.member_personal(&as_leader, rupa.id).await.expect("personal");
    store.member_names(&web(analyst, Role::Analyst, None), &[lata.id]).await.expect("names");

    let touched = store.audit_accessed(before, Some(leader)).await.expect("accessed");
    let summary: Vec<(&str, i64, Vec<&str>)> =
        touched.iter().map(|t| (t.member_code.as_deref().expect("a code"), t.count, t.actions.iter().map(String::as_str).collect())).collect();
    let mut expected =
        vec![(rupa.code.as_str(), 2, vec!["view_member_name", "view_member_personal"]), (mina.code.as_str(), 1, vec!["view_member_name"])];
    expected.sort();
    assert_eq!(summary, expected);
    assert!(touched.iter().all(|t| t.username.as_deref() == Some("leader") && t.channels == ["web"] && t.first <= t.last));

    let everyone = store.audit_accessed(before, None).await.expect("accessed");
    assert!(everyone.iter().any(|t| t.username.as_deref() == Some("analyst") && t.member == lata.id));
    assert!(everyone.iter().any(|t| t.account.is_none() && t.actions.contains(&"member_created".to_owned())));
    let future = OffsetDateTime::now_utc() + Duration::hours(1);
    assert!(store.audit_accessed(future, Some(leader)).await.expect("accessed").is_empty());
}
