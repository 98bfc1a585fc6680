//! Data is forever: a database made by the first version (migration 0001 only, filled through
//! the SQL that schema accepts) upgrades to the current schema with its data readable and
//! its audit chain — hashed the old, unkeyed way — still verifying.

use crate::fixtures::*;
use crate::fresh::Fresh;
use dhruva_core::phone::PhoneNumber;
use dhruva_core::registry::{Stage, TraffickingKind};
use dhruva_core::MemberId;
use dhruva_store::audit::ChainStatus;
use dhruva_store::{Backend, Keyring, MasterKey, StoreError};
use sha2::{Digest, Sha256};
use sqlx::any::AnyRow;
use sqlx::migrate::Migrator;
use sqlx::{AnyConnection, Connection as _, Executor as _, Row as _};
use std::borrow::Cow;

const PEOPLE: [(&str, &str); 2] = [("Rupa Mondal", "9830012345"), ("Mina Das", "9123456780")];

/// The version-1 row hash, written out again here rather than borrowed from the store, so
/// that a change to how old rows are hashed cannot pass unnoticed. `row` holds seq, at,
/// account_id, role, channel, action, purpose, subject_member, subject_collective,
/// subject_account and detail, in that order.
pub fn v1_hash(row: &AnyRow, prev_hash: &str) -> String {
    let text = |i: usize| row.try_get::<Option<String>, _>(i).expect("text");
    let number = |i: usize| row.try_get::<Option<i64>, _>(i).expect("number").map(|n| n.to_string());
    v1_hash_of([number(0), number(1), number(2), text(3), text(4), text(5), text(6), number(7), number(8), number(9), text(10)], prev_hash)
}

fn v1_hash_of(fields: [Option<String>; 11], prev_hash: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"dhruva audit v1\0");
    for field in fields.into_iter().chain([Some(prev_hash.to_owned())]) {
        match field {
            None => h.update([0u8]),
            Some(v) => {
                h.update([1u8]);
                h.update((v.len() as u32).to_be_bytes());
                h.update(v.as_bytes());
            }
        }
    }
    hex::encode(h.finalize())
}

fn only_the_first_migration(backend: Backend) -> Migrator {
    let all = match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
    };
    Migrator {
        migrations: Cow::Owned(all.migrations.iter().filter(|m| m.version == 1).cloned().collect()),
        ignore_missing: false,
        locking: true,
        no_tx: false,
    }
}

/// A deployment exactly as the first version left it: schema 0001, two members, three
/// audit rows chained the version-1 way.
async fn first_version_deployment(backend: Backend, master: &MasterKey) -> Option<(Fresh, Vec<MemberId>)> {
    let fresh = Fresh::on(backend, master, false).await?;
    let mut conn = AnyConnection::connect(fresh.url.expose()).await.expect("raw connection");
    only_the_first_migration(backend).run(&mut conn).await.expect("migration 0001 applies");
    let keys = Keyring::derive(master);
    for sql in [
        "INSERT INTO states (code, name) VALUES ('WB', 'West Bengal')",
        "INSERT INTO districts (code, state_code, name, bundled) VALUES ('WB-upgrade-test', 'WB', 'Upgrade Test', 0)",
        "INSERT INTO federation (id, name) VALUES (1, 'Old Federation')",
    ] {
        conn.execute(sql).await.expect("seed");
    }
    sqlx::query("INSERT INTO collectives (name, kind, stage, district_code, founded_on, created_at) VALUES ('Utthan', $1, $2, 'WB-upgrade-test', '2019-03-08', 1700000000)")
        .bind(TraffickingKind::Sex.code())
        .bind(Stage::Collective.code())
        .execute(&mut conn)
        .await
        .expect("collective");
    let mut ids = Vec::new();
    for (i, (name, phone)) in PEOPLE.iter().enumerate() {
        let wrapped = keys.new_wrapped_data_key().expect("data key");
        let canonical = PhoneNumber::parse(phone).expect("phone");
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO members (code, languages, created_at, name_ct, phone_ct, birth_year_ct, notes_ct, phone_bidx) \
             VALUES ($1, 'bn,en', 1700000100, $2, $3, $4, NULL, $5) RETURNING id",
        )
        .bind(format!("M-OLD00{i}"))
        .bind(keys.seal(&wrapped, "name", name.as_bytes()).expect("seal"))
        .bind(keys.seal(&wrapped, "phone", canonical.canonical().as_bytes()).expect("seal"))
        .bind(keys.seal(&wrapped, "birth_year", b"1990").expect("seal"))
        .bind(keys.blind_index("phone", canonical.canonical()))
        .fetch_one(&mut conn)
        .await
        .expect("member");
        sqlx::query("INSERT INTO member_keys (member_id, wrapped_key) VALUES ($1, $2)").bind(id).bind(wrapped).execute(&mut conn).await.expect("key");
        sqlx::query("INSERT INTO memberships (member_id, collective_id, since) VALUES ($1, 1, '2024-01-15')")
            .bind(id)
            .execute(&mut conn)
            .await
            .expect("membership");
        ids.push(MemberId(id));
    }
    let events: [(&str, Option<i64>); 3] = [("collective_created", None), ("member_created", Some(ids[0].0)), ("member_created", Some(ids[1].0))];
    let mut prev = "0".repeat(64);
    for (seq, (action, subject)) in (1_i64..).zip(events) {
        let at = 1_700_000_000 + seq;
        let n = |v: i64| Some(v.to_string());
        let fields = [n(seq), n(at), None, None, Some("cli".to_owned()), Some(action.to_owned()), None, subject.and_then(n), n(1), None, None];
        let hash = v1_hash_of(fields, &prev);
        sqlx::query(
            "INSERT INTO audit_log (seq, at, channel, action, subject_member, subject_collective, prev_hash, hash) \
             VALUES ($1, $2, 'cli', $3, $4, 1, $5, $6)",
        )
        .bind(seq)
        .bind(at)
        .bind(action)
        .bind(subject)
        .bind(&prev)
        .bind(&hash)
        .execute(&mut conn)
        .await
        .expect("audit row");
        prev = hash;
    }
    sqlx::query("UPDATE audit_head SET seq = 3, hash = $1 WHERE id = 1").bind(&prev).execute(&mut conn).await.expect("head");
    let _ = conn.close().await;
    Some((fresh, ids))
}

async fn a_first_version_database_upgrades_with_data_and_chain_intact(backend: Backend) {
    let master = MasterKey::generate();
    let Some((old, ids)) = first_version_deployment(backend, &master).await else { return };
    old.store.migrate().await.expect("upgrades");
    let store = &old.store;
    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: 3 });

    for (id, (name, phone)) in ids.iter().zip(PEOPLE) {
        let personal = store.member_personal(&cli(), *id).await.expect("read").expect("she is there");
        assert_eq!(personal.name.expose(), name);
        assert_eq!(personal.phone.as_ref().map(|p| p.expose().as_str()), Some(phone));
        assert_eq!(personal.birth_year.as_ref().map(|y| *y.expose()), Some(1990));
        assert_eq!(store.member_by_phone(&PhoneNumber::parse(phone).expect("phone")).await.expect("lookup"), Some(*id));
    }
    assert_eq!(store.member_summary(ids[0]).await.expect("read").expect("present").code, "M-OLD000");
    let utthan = store.collective_by_name("Utthan").await.expect("lookup").expect("kept");
    member(store, utthan.id, "Lata Sen", None).await;
    assert_eq!(store.federation().await.expect("federation").map(|f| f.name), Some("Old Federation".to_owned()));

    // Old rows keep the old scheme, new ones are keyed, and the chain runs through both.
    let mut conn = AnyConnection::connect(old.url.expose()).await.expect("raw connection");
    let versions: Vec<i64> = sqlx::query_scalar("SELECT chain_version FROM audit_log ORDER BY seq").fetch_all(&mut conn).await.expect("versions");
    assert_eq!(&versions[..3], [1, 1, 1]);
    assert!(versions.len() > 3 && versions[3..].iter().all(|v| *v == 2), "{versions:?}");
    let rows = versions.len() as i64;
    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows });
    store.migrate().await.expect("migrating again changes nothing");
    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows });

    // And an old row changed afterwards is still caught.
    match backend {
        Backend::Sqlite => conn.execute("DROP TRIGGER audit_log_no_update").await.expect("trigger off"),
        Backend::Postgres => conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only").await.expect("trigger off"),
    };
    conn.execute("UPDATE audit_log SET subject_member = NULL WHERE seq = 2").await.expect("tamper");
    assert!(matches!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Broken { seq: 2, .. }));
}

async fn a_backup_is_refused_by_a_deployment_on_another_schema(backend: Backend) {
    let db = match backend {
        Backend::Sqlite => dhruva_store::testing::TestDb::sqlite().await,
        Backend::Postgres => match dhruva_store::testing::TestDb::postgres().await {
            Some(db) => db,
            None => return,
        },
    };
    collective(&db.store, "Utthan").await;
    let dir = tempfile::tempdir().expect("tempdir");
    db.store.backup(&dir.path().join("b")).await.expect("backup");
    let master = crate::fresh::key_of(&db);
    let Some((old, _)) = first_version_deployment(backend, &master).await else { return };
    match old.store.restore(&dir.path().join("b")).await {
        Err(e @ StoreError::SchemaMismatch { .. }) => assert!(e.to_string().contains("0001"), "{e}"),
        other => panic!("restored across schemas: {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_sqlite_a_first_version_database_upgrades_with_data_and_chain_intact() {
    a_first_version_database_upgrades_with_data_and_chain_intact(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_postgres_a_first_version_database_upgrades_with_data_and_chain_intact() {
    a_first_version_database_upgrades_with_data_and_chain_intact(Backend::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_sqlite_a_backup_is_refused_by_a_deployment_on_another_schema() {
    a_backup_is_refused_by_a_deployment_on_another_schema(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_postgres_a_backup_is_refused_by_a_deployment_on_another_schema() {
    a_backup_is_refused_by_a_deployment_on_another_schema(Backend::Postgres).await;
}
