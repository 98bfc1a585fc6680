//! Backups: a round trip gives back the same deployment (on each backend and across them),
//! even when taken under write load; the file holds nothing readable; damage is refused.

use crate::fixtures::*;
use crate::fresh::{key_of, Fresh};
use dhruva_core::consent::Purpose;
use dhruva_core::policy::Role;
use dhruva_core::MemberId;
use dhruva_store::accounts::RoleGrant;
use dhruva_store::audit::ChainStatus;
use dhruva_store::testing::TestDb;
use dhruva_store::{Backend, DatabaseUrl, MasterKey, Store, StoreError};
use sqlx::{AnyConnection, Connection as _, Row as _, ValueRef as _};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

const NAMES: [&str; 3] = ["Rupa Mondal", "Mina Das", "শ্রাবন্তী মুখোপাধ্যায়"];
const PHONES: [&str; 3] = ["9830012345", "9123456780", "9433011122"];

/// A bit of everything: partners, collectives, members with phones, accounts with grants,
/// a token, a session, consents given and withdrawn, names read (audit rows).
pub async fn populate(store: &Store) -> Vec<MemberId> {
    let partner = store.create_partner(&cli(), "Sanjog", Some(&district("WB-kolkata"))).await.expect("partner");
    let utthan = store.create_collective(&cli(), &new_collective("Utthan", vec![partner])).await.expect("collective");
    let mut members = Vec::new();
    for (name, phone) in NAMES.iter().zip(PHONES) {
        members.push(member(store, utthan, name, Some(phone)).await.id);
    }
    let leader = account(store, "leader", None).await;
    store.add_grant(&cli(), leader, &RoleGrant { role: Role::Leader, collective: Some(utthan), partner: None }).await.expect("grant");
    let own = account(store, "rupa", Some(members[0])).await;
    store.create_api_token(&cli(), leader, "field laptop").await.expect("token");
    store.create_session(own, time::OffsetDateTime::now_utc()).await.expect("session");
    store.grant_consent(&cli(), members[0], Purpose::CaseSupport, "in_app").await.expect("consent");
    store.grant_consent(&cli(), members[1], Purpose::Research, "paper").await.expect("consent");
    store.withdraw_consent(&cli(), members[1], Purpose::Research).await.expect("withdrawn");
    store.member_names(&web(leader, Role::Leader, Some(Purpose::CaseSupport)), &members).await.expect("names read");
    members
}

/// One stored value, in a form both backends agree on.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cell {
    Null,
    Int(i64),
    Text(String),
    Bytes(Vec<u8>),
}

/// Every row of every table (sqlx's bookkeeping aside), sorted: read independently of the
/// backup code, so the comparison does not trust what it checks.
pub async fn all_rows(url: &DatabaseUrl, backend: Backend) -> BTreeMap<String, Vec<Vec<Cell>>> {
    let mut conn = AnyConnection::connect(url.expose()).await.expect("raw connection");
    let sql = match backend {
        Backend::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        Backend::Postgres => "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'",
    };
    let tables: Vec<String> = sqlx::query_scalar(sql).fetch_all(&mut conn).await.expect("tables");
    let mut out = BTreeMap::new();
    for table in tables.into_iter().filter(|t| t != "_sqlx_migrations") {
        let rows = sqlx::query(&format!("SELECT * FROM \"{table}\"")).fetch_all(&mut conn).await.expect("rows");
        let mut cells: Vec<Vec<Cell>> = rows
            .iter()
            .map(|row| {
                (0..row.len())
                    .map(|i| {
                        if row.try_get_raw(i).expect("raw").is_null() {
                            Cell::Null
                        } else if let Ok(v) = row.try_get::<i64, _>(i) {
                            Cell::Int(v)
                        } else if let Ok(v) = row.try_get::<String, _>(i) {
                            Cell::Text(v)
                        } else if let Ok(v) = row.try_get::<bool, _>(i) {
                            Cell::Int(i64::from(v))
                        } else {
                            Cell::Bytes(row.try_get::<Vec<u8>, _>(i).expect("a known type"))
                        }
                    })
                    .collect()
            })
            .collect();
        cells.sort();
        out.insert(table, cells);
    }
    let _ = conn.close().await;
    out
}

fn backup_path(dir: &Path) -> std::path::PathBuf {
    dir.join("dhruva.backup")
}

async fn restored(backend: Backend, master: &MasterKey, file: &Path) -> Option<Fresh> {
    let target = Fresh::on(backend, master, true).await?;
    let report = target.store.restore(file).await.expect("restores");
    assert!(matches!(report.audit, ChainStatus::Intact { .. }), "{:?}", report.audit);
    Some(target)
}

/// The same rows in every table.
async fn assert_same(source: &TestDb, target: &Store, target_url: &DatabaseUrl) {
    let (before, after) = (all_rows(&source.url, source.store.backend()).await, all_rows(target_url, target.backend()).await);
    assert_eq!(before.keys().collect::<Vec<_>>(), after.keys().collect::<Vec<_>>());
    for (table, rows) in &before {
        assert_eq!(rows, &after[table], "table {table}");
    }
}

/// Her fields open with the restored keys (reading them adds audit rows).
async fn assert_fields_open(target: &Store, members: &[MemberId]) {
    for (i, id) in members.iter().enumerate() {
        let personal = target.member_personal(&cli(), *id).await.expect("read").expect("present");
        assert_eq!(personal.name.expose(), NAMES[i]);
        assert_eq!(personal.phone.as_ref().map(|p| p.expose().as_str()), Some(PHONES[i]));
        assert_eq!(personal.birth_year.as_ref().map(|y| *y.expose()), Some(1994));
    }
}

pub async fn a_backup_restores_into_an_equal_deployment(db: &TestDb) {
    let members = populate(&db.store).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let report = db.store.backup(&backup_path(dir.path())).await.expect("backup");
    assert!(report.tables.iter().any(|t| t.table == "members" && t.rows == 3), "{:?}", report.tables);
    assert!(report.tables.iter().any(|t| t.table == "audit_log" && t.rows > 10));
    assert!(report.schema_version >= 4);
    assert_eq!(report.bytes, std::fs::metadata(backup_path(dir.path())).expect("file").len());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
    assert_eq!(leftovers.len(), 1, "no staging file is left behind");

    let Some(target) = Fresh::on(db.store.backend(), &key_of(db), true).await else { return };
    let restored = target.store.restore(&backup_path(dir.path())).await.expect("restores");
    assert_eq!(restored.tables, report.tables);
    assert_eq!(restored.schema_version, report.schema_version);
    assert_eq!(restored.erasures_replayed, 0);
    assert!(matches!(restored.audit, ChainStatus::Intact { .. }), "{:?}", restored.audit);
    assert_same(db, &target.store, &target.url).await;
    assert_fields_open(&target.store, &members).await;

    // Ids carry on after the highest one handed out, never reusing one.
    let utthan = target.store.collective_by_name("Utthan").await.expect("lookup").expect("restored").id;
    let newcomer = member(&target.store, utthan, "Lata Sen", None).await;
    assert!(newcomer.id > *members.iter().max().expect("members"));
    assert!(matches!(target.store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { .. }));
}

pub async fn restore_refuses_a_deployment_that_already_holds_data(db: &TestDb) {
    populate(&db.store).await;
    let dir = tempfile::tempdir().expect("tempdir");
    db.store.backup(&backup_path(dir.path())).await.expect("backup");
    match db.store.restore(&backup_path(dir.path())).await {
        Err(StoreError::NotEmpty(held)) => assert!(held.contains("rows in members"), "{held}"),
        other => panic!("restored over existing data: {other:?}"),
    }
    match db.store.backup(&backup_path(dir.path())).await {
        Err(StoreError::Invalid(why)) => assert!(why.contains("already exists"), "{why}"),
        other => panic!("a backup replaced another: {other:?}"),
    }
}

pub async fn a_backup_taken_under_write_load_restores_to_a_consistent_point(db: &TestDb) {
    let utthan = collective(&db.store, "Utthan").await;
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (store, stop) = (db.store.clone(), Arc::clone(&stop));
        tokio::spawn(async move {
            let mut written = 0;
            while !stop.load(Ordering::Relaxed) || written < 20 {
                member(&store, utthan, &format!("Member {written}"), None).await;
                written += 1;
            }
            written
        })
    };
    while db.store.counts().await.expect("counts").members < 10 {
        tokio::task::yield_now().await;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let report = db.store.backup(&backup_path(dir.path())).await.expect("backup under load");
    stop.store(true, Ordering::Relaxed);
    let written = writer.await.expect("writer");

    let Some(target) = restored(db.store.backend(), &key_of(db), &backup_path(dir.path())).await else { return };
    let rows = |t: &str| report.tables.iter().find(|c| c.table == t).map(|c| c.rows).expect("table");
    let in_backup = rows("members");
    assert!(in_backup >= 10 && in_backup <= written, "{in_backup} of {written}");
    // A consistent point: every member has her key and her membership, and the audit log
    // records exactly the members present.
    assert_eq!(rows("member_keys"), in_backup);
    assert_eq!(rows("memberships"), in_backup);
    let created = target.store.audit_recent(10_000).await.expect("audit").iter().filter(|r| r.action == "member_created").count();
    assert_eq!(created as u64, in_backup);
    assert_eq!(target.store.counts().await.expect("counts").members as u64, in_backup);
    let today = time::OffsetDateTime::now_utc().date();
    let present = target.store.members_of_collective(utthan, today).await.expect("members");
    let names = target.store.member_names(&cli(), &present.iter().map(|m| m.id).collect::<Vec<_>>()).await.expect("every name opens");
    assert_eq!(names.len() as u64, in_backup);
}

pub async fn a_backup_holds_no_plaintext_and_is_useless_with_another_master_key(db: &TestDb) {
    let members = populate(&db.store).await;
    let code = db.store.member_summary(members[0]).await.expect("read").expect("present").code;
    let dir = tempfile::tempdir().expect("tempdir");
    db.store.backup(&backup_path(dir.path())).await.expect("backup");
    let bytes = std::fs::read(backup_path(dir.path())).expect("file");
    for needle in NAMES.iter().chain(PHONES.iter()).copied().chain(["Rupa", "9830", "Utthan", "leader", code.as_str()]) {
        assert!(!bytes.windows(needle.len()).any(|w| w == needle.as_bytes()), "{needle:?} is readable in the backup");
    }

    let Some(stranger) = Fresh::on(db.store.backend(), &MasterKey::generate(), true).await else { return };
    match stranger.store.restore(&backup_path(dir.path())).await {
        Err(e @ StoreError::BackupKey) => assert!(e.to_string().contains("another master key"), "{e}"),
        other => panic!("another key restored it: {other:?}"),
    }
    assert_eq!(stranger.store.counts().await.expect("counts").members, 0);
}

pub async fn a_cut_or_changed_backup_is_refused_and_restores_nothing(db: &TestDb) {
    populate(&db.store).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = backup_path(dir.path());
    db.store.backup(&path).await.expect("backup");
    let good = std::fs::read(&path).expect("file");
    let Some(target) = Fresh::on(db.store.backend(), &key_of(db), true).await else { return };

    let mut damaged: Vec<(String, Vec<u8>)> = Vec::new();
    for cut in [10, 90, good.len() / 2, good.len() - 17, good.len() - 1] {
        damaged.push((format!("cut at {cut}"), good[..cut].to_vec()));
    }
    for at in [0, 100, good.len() / 2, good.len() - 1] {
        let mut flipped = good.clone();
        flipped[at] ^= 0x04;
        damaged.push((format!("bit flipped at {at}"), flipped));
    }
    let mut longer = good.clone();
    longer.extend_from_slice(b"more");
    damaged.push(("bytes appended".to_owned(), longer));
    for (what, bytes) in damaged {
        let file = dir.path().join("damaged.backup");
        std::fs::write(&file, &bytes).expect("write");
        match target.store.restore(&file).await {
            Err(StoreError::BackupDamaged(_)) => {}
            other => panic!("{what}: {other:?}"),
        }
        assert_eq!(target.store.counts().await.expect("counts").collectives, 0, "{what}: nothing is restored");
    }
    target.store.restore(&path).await.expect("the intact file still restores");
}

pub async fn a_backup_from_before_an_erasure_does_not_bring_her_back(db: &TestDb) {
    let members = populate(&db.store).await;
    let dir = tempfile::tempdir().expect("tempdir");
    db.store.backup(&backup_path(dir.path())).await.expect("backup");
    db.store.erase_member(&cli(), members[1]).await.expect("erased");

    // The same key directory (key and ledger), a new database: a machine rebuilt from backup.
    let ledger = db.store.erasure_ledger().expect("a ledger").path().to_owned();
    let Some(target) = Fresh::on(db.store.backend(), &key_of(db), true).await else { return };
    let target_ledger = target.store.erasure_ledger().expect("a ledger").path().to_owned();
    std::fs::copy(&ledger, &target_ledger).expect("ledger copied");
    let report = target.store.restore(&backup_path(dir.path())).await.expect("restores");
    assert_eq!(report.erasures_replayed, 1);
    assert!(matches!(report.audit, ChainStatus::Intact { .. }), "{:?}", report.audit);
    let names = target.store.member_names(&cli(), &members).await.expect("names");
    assert!(!names.values().any(|n| n.expose() == NAMES[1]), "she came back");
    assert_eq!(names.get(&members[0]).map(|n| n.expose().as_str()), Some(NAMES[0]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_sqlite_backup_restores_into_postgresql_and_back_unchanged() {
    let source = TestDb::sqlite().await;
    let members = populate(&source.store).await;
    let dir = tempfile::tempdir().expect("tempdir");
    source.store.backup(&dir.path().join("from-sqlite")).await.expect("backup");
    let Some(on_postgres) = restored(Backend::Postgres, &key_of(&source), &dir.path().join("from-sqlite")).await else { return };
    assert_same(&source, &on_postgres.store, &on_postgres.url).await;

    on_postgres.store.backup(&dir.path().join("from-postgres")).await.expect("backup");
    let back = restored(Backend::Sqlite, &key_of(&source), &dir.path().join("from-postgres")).await.expect("SQLite");
    assert_same(&source, &back.store, &back.url).await;
    assert_fields_open(&on_postgres.store, &members).await;
    assert_fields_open(&back.store, &members).await;
}
