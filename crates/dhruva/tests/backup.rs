//! `dhruva backup` and `dhruva restore` as an operator runs them: while serving, into a new
//! deployment with the same key, across SQLite and PostgreSQL, and the refusals.

mod common;

use common::{census, demo, dhruva, run, Server, DEMO_PASSWORD};
use dhruva_store::{DatabaseUrl, Keyring, MasterKey, Store};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::Path;

async fn open(data_dir: &Path) -> Store {
    let (key, created) = MasterKey::load_or_create(data_dir).expect("key file");
    assert!(!created, "the deployment already has a key");
    Store::open(&DatabaseUrl::sqlite_in(data_dir), Keyring::derive(&key)).await.expect("store opens")
}

/// A new data directory holding only a copy of `from`'s master key: a rebuilt machine.
fn new_deployment_with_key_of(from: &Path, dir: &Path) {
    std::fs::DirBuilder::new().mode(0o700).create(dir).expect("data dir");
    std::fs::copy(from.join("master.key"), dir.join("master.key")).expect("key copied");
}

fn assert_nothing_personal(output: &str) {
    for needle in ["Moumita", "9000000", DEMO_PASSWORD] {
        assert!(!output.contains(needle), "{needle:?} was printed:\n{output}");
    }
}

#[tokio::test]
async fn the_demo_backed_up_while_serving_restores_into_a_new_deployment_with_its_key() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    demo(&a);
    let server = Server::start(dhruva(&a, &["serve", "--bind", "127.0.0.1:0"]));
    let client = reqwest::Client::new();
    assert!(client.get(server.url("/healthz")).send().await.expect("serving").status().is_success());

    let file = tmp.path().join("demo.backup");
    let backed = run(dhruva(&a, &["backup", "--out", file.to_str().expect("utf-8")])).assert_ok();
    assert!(client.get(server.url("/healthz")).send().await.expect("still serving").status().is_success());
    let (_, served) = server.terminate();
    let schema = format!("Schema version {}", latest_schema());
    for expected in ["Backup written to", "encrypted", schema.as_str(), "members", "audit_log", "total", "master.key"] {
        assert!(backed.stdout.contains(expected), "{expected:?} missing:\n{}", backed.stdout);
    }
    assert_nothing_personal(&backed.all_output());
    assert_nothing_personal(&served);
    let mode = std::fs::metadata(&file).expect("backup file").permissions().mode();
    assert_eq!(mode & 0o077, 0, "backup mode {mode:o}");

    new_deployment_with_key_of(&a, &b);
    let restored = run(dhruva(&b, &["restore", file.to_str().expect("utf-8")])).assert_ok();
    for expected in ["Restored", schema.as_str(), "members", "audit log is intact"] {
        assert!(restored.stdout.contains(expected), "{expected:?} missing:\n{}", restored.stdout);
    }
    assert_nothing_personal(&restored.all_output());
    // The figures, for whoever reads the test log.
    eprintln!("{}\n{}", backed.stdout, restored.stdout);

    let (source, copy) = (open(&a).await, open(&b).await);
    assert_eq!(census(&copy).await, census(&source).await);
    let verified = run(dhruva(&b, &["audit", "verify"])).assert_ok();
    assert!(verified.stdout.contains("intact"), "{}", verified.stdout);

    let again = run(dhruva(&b, &["restore", file.to_str().expect("utf-8")]));
    assert!(!again.status.success());
    assert!(again.stderr.contains("only into an empty deployment") && again.stderr.contains("rows in members"), "{}", again.stderr);
    assert_eq!(census(&copy).await, census(&source).await, "the refused restore changed nothing");
}

#[test]
fn restore_refuses_without_the_key_with_another_key_or_a_damaged_file() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let a = tmp.path().join("a");
    run(dhruva(&a, &["migrate"])).assert_ok();
    let file = tmp.path().join("empty.backup");
    let path = file.to_str().expect("utf-8");
    run(dhruva(&a, &["backup", "--out", path])).assert_ok();
    let twice = run(dhruva(&a, &["backup", "--out", path]));
    assert!(!twice.status.success() && twice.stderr.contains("already exists"), "{}", twice.stderr);

    let keyless = tmp.path().join("keyless");
    let r = run(dhruva(&keyless, &["restore", path]));
    assert!(!r.status.success());
    assert!(r.stderr.contains("no master key") && r.stderr.contains("master.key"), "{}", r.stderr);
    assert!(!keyless.join("master.key").exists(), "a new key was made");

    let stranger = tmp.path().join("stranger");
    run(dhruva(&stranger, &["migrate"])).assert_ok();
    let r = run(dhruva(&stranger, &["restore", path]));
    assert!(!r.status.success());
    assert!(r.stderr.contains("another master key"), "{}", r.stderr);

    let mut bytes = std::fs::read(&file).expect("backup");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    let damaged = tmp.path().join("damaged.backup");
    std::fs::write(&damaged, &bytes).expect("write");
    let target = tmp.path().join("target");
    new_deployment_with_key_of(&a, &target);
    let r = run(dhruva(&target, &["restore", damaged.to_str().expect("utf-8")]));
    assert!(!r.status.success());
    assert!(r.stderr.contains("cannot be used"), "{}", r.stderr);
    run(dhruva(&target, &["restore", path])).assert_ok();
}

#[tokio::test]
async fn on_postgresql_the_demo_backs_up_and_restores_into_sqlite_and_back_into_postgresql() {
    let (Some(source), Some(target)) = (dhruva_store::testing::TestDb::postgres().await, dhruva_store::testing::TestDb::postgres().await) else {
        eprintln!("SKIPPED: DHRUVA_TEST_POSTGRES_URL is not set (scripts/test sets it)");
        return;
    };
    let tmp = tempfile::tempdir().expect("temp dir");
    let key = source.master_key.expose().to_owned();
    let with_key = |args: &[&str], data: &Path| {
        let mut cmd = dhruva(data, args);
        cmd.env("DHRUVA_MASTER_KEY", &key).env("DHRUVA_DEMO_PASSWORD", DEMO_PASSWORD);
        run(cmd).assert_ok()
    };
    let pg = tmp.path().join("pg");
    with_key(&["demo", "--database-url", source.url.expose()], &pg);
    let first = tmp.path().join("from-postgres.backup");
    with_key(&["backup", "--out", first.to_str().expect("utf-8"), "--database-url", source.url.expose()], &pg);

    let lite = tmp.path().join("lite");
    let restored = with_key(&["restore", first.to_str().expect("utf-8")], &lite);
    assert!(restored.stdout.contains("from a postgres database"), "{}", restored.stdout);
    let on_sqlite = Store::open(&DatabaseUrl::sqlite_in(&lite), Keyring::derive(&MasterKey::from_base64(&key).expect("key"))).await.expect("opens");
    assert_eq!(census(&on_sqlite).await, census(&source.store).await);

    let second = tmp.path().join("from-sqlite.backup");
    with_key(&["backup", "--out", second.to_str().expect("utf-8")], &lite);
    with_key(&["restore", second.to_str().expect("utf-8"), "--database-url", target.url.expose()], &tmp.path().join("pg2"));
    // The restore keyed everything under the source's master key: read the target with it
    // (the test database's own store holds another key, and its audited writes would be refused).
    let restored_pg = Store::open(&target.url, Keyring::derive(&MasterKey::from_base64(&key).expect("key"))).await.expect("opens");
    assert_eq!(census(&restored_pg).await, census(&source.store).await);
    restored_pg.close().await;
    let verified = with_key(&["audit", "verify", "--database-url", target.url.expose()], &tmp.path().join("pg2"));
    assert!(verified.stdout.contains("intact"), "{}", verified.stdout);
}

/// The newest migration's number (`0005` for `0005_scorecards.sql`): what a backup records.
fn latest_schema() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../store/migrations/sqlite");
    let names = std::fs::read_dir(dir).expect("the migrations").map(|e| e.expect("entry").file_name().to_string_lossy().into_owned());
    names.filter_map(|n| n.split('_').next().map(str::to_owned)).max().expect("at least one migration")
}
