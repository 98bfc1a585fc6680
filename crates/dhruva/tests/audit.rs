//! `dhruva audit verify | accessed | prune` as an operator runs them: tampering caught and
//! named, whose data an account read, retention refused under a year.

mod common;

use common::{demo, dhruva, run, Server};
use dhruva_store::{DatabaseUrl, Keyring, MasterKey, Store};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{Connection as _, Executor as _, SqliteConnection};
use std::path::Path;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir(to).expect("dir");
    for entry in std::fs::read_dir(from).expect("readable") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copied");
    }
}

/// The database with its append-only triggers dropped: what someone with the file can do.
async fn tamper(data_dir: &Path, statements: &[&str]) {
    let options = SqliteConnectOptions::new().filename(data_dir.join("dhruva.db"));
    let mut conn = SqliteConnection::connect_with(&options).await.expect("raw connection");
    conn.execute("DROP TRIGGER audit_log_no_update").await.expect("drop trigger");
    conn.execute("DROP TRIGGER audit_log_no_delete").await.expect("drop trigger");
    for sql in statements {
        conn.execute(*sql).await.expect("tamper");
    }
    conn.close().await.expect("closed");
}

async fn checkpoint(data_dir: &Path) {
    let options = SqliteConnectOptions::new().filename(data_dir.join("dhruva.db"));
    let mut conn = SqliteConnection::connect_with(&options).await.expect("raw connection");
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").await.expect("checkpoint");
    conn.close().await.expect("closed");
}

fn verify_fails_at(data_dir: &Path) -> String {
    let r = run(dhruva(data_dir, &["audit", "verify"]));
    assert!(!r.status.success(), "tampering went unnoticed:\n{}", r.stdout);
    assert!(r.stderr.contains("tampered with"), "{}", r.stderr);
    r.stderr
}

#[tokio::test]
async fn audit_verify_names_the_entry_that_was_changed_removed_or_swapped() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let clean = tmp.path().join("clean");
    demo(&clean);
    let ok = run(dhruva(&clean, &["audit", "verify"])).assert_ok();
    assert!(ok.stdout.contains("intact") && ok.stdout.contains("entries verified"), "{}", ok.stdout);

    let changed = tmp.path().join("changed");
    copy_dir(&clean, &changed);
    tamper(&changed, &["UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 7"]).await;
    assert!(verify_fails_at(&changed).contains("entry 7 "), "changed");

    let removed = tmp.path().join("removed");
    copy_dir(&clean, &removed);
    tamper(&removed, &["DELETE FROM audit_log WHERE seq = 5"]).await;
    assert!(verify_fails_at(&removed).contains("entry 5"), "removed");

    let swapped = tmp.path().join("swapped");
    copy_dir(&clean, &swapped);
    tamper(
        &swapped,
        &["UPDATE audit_log SET seq = -1 WHERE seq = 3", "UPDATE audit_log SET seq = 3 WHERE seq = 4", "UPDATE audit_log SET seq = 4 WHERE seq = -1"],
    )
    .await;
    assert!(verify_fails_at(&swapped).contains("entry 3 "), "swapped");
}

#[tokio::test]
async fn audit_verify_catches_an_edit_of_the_raw_database_file() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    demo(&data);
    // Everything into the main file first, so the edit below cannot hit a stale copy.
    checkpoint(&data).await;
    // Same length, one letter changed, wherever it occurs: no SQL involved, no trigger fires.
    let file = data.join("dhruva.db");
    let mut bytes = std::fs::read(&file).expect("database file");
    let (from, to) = (b"collective_created".as_slice(), b"collective_creaTed".as_slice());
    let mut edits = 0;
    for at in 0..bytes.len() - from.len() {
        if &bytes[at..at + from.len()] == from {
            bytes[at..at + from.len()].copy_from_slice(to);
            edits += 1;
        }
    }
    assert!(edits > 0);
    std::fs::write(&file, &bytes).expect("edited");

    let (key, _) = MasterKey::load_or_create(&data).expect("key");
    let store = Store::open(&DatabaseUrl::sqlite_in(&data), Keyring::derive(&key)).await.expect("opens");
    let first_edited = store.audit_recent(100_000).await.expect("rows").iter().filter(|r| r.action == "collective_creaTed").map(|r| r.seq).min();
    store.close().await;
    let seq = first_edited.expect("an edited row");
    let stderr = verify_fails_at(&data);
    assert!(stderr.contains(&format!("entry {seq} (recorded as collective_creaTed")), "{stderr}");
}

#[tokio::test]
async fn audit_accessed_lists_exactly_the_members_a_token_read() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    demo(&data);
    let today = time::OffsetDateTime::now_utc().date().to_string();
    let token = run(dhruva(&data, &["token", "create", "--user", "demo-leader"])).assert_ok().stdout.trim().to_owned();
    let (key, _) = MasterKey::load_or_create(&data).expect("key");
    let store = Store::open(&DatabaseUrl::sqlite_in(&data), Keyring::derive(&key)).await.expect("opens");
    let first = store.collectives().await.expect("collectives").into_iter().next().expect("a collective");
    let members = store.members_of_collective(first.id, time::OffsetDateTime::now_utc().date()).await.expect("members");
    // Her own record is not someone else's data: reading it is not audited, nor listed.
    let herself = store.account_by_username("demo-leader").await.expect("lookup").expect("the demo leader").member;
    store.close().await;

    let server = Server::start(dhruva(&data, &["serve", "--bind", "127.0.0.1:0"]));
    let client = reqwest::Client::new();
    let mut read = Vec::new();
    for m in members.iter().take(3) {
        let response = client.get(server.url(&format!("/api/v1/members/{}", m.id.0))).bearer_auth(&token).send().await.expect("api");
        let body: serde_json::Value = response.json().await.expect("json");
        if body.get("name").is_some() && Some(m.id) != herself {
            read.push(m.code.clone());
        }
    }
    server.terminate();
    assert!(!read.is_empty(), "the leader could read no one");

    let listed = run(dhruva(&data, &["audit", "accessed", "--since", &today, "--by", "demo-leader", "--json"])).assert_ok();
    // The demo itself has demo-leader record a consent for demo-member on the web (it waits
    // for her to confirm it): that line is the demo's, every other is the token's reading.
    let lines: Vec<serde_json::Value> = listed.stdout.lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    let (demo_setup, token_reads): (Vec<_>, Vec<_>) =
        lines.into_iter().partition(|v| v["channels"] == serde_json::json!(["web"]) && v["actions"] == serde_json::json!(["consent_granted"]));
    assert!(demo_setup.len() <= 1, "{demo_setup:?}");
    let mut codes: Vec<String> = token_reads
        .into_iter()
        .inspect(|v| assert_eq!(v["channels"], serde_json::json!(["api"]), "{v}"))
        .map(|v| v["member_code"].as_str().expect("a code").to_owned())
        .collect();
    codes.sort();
    read.sort();
    assert_eq!(codes, read);

    let table = run(dhruva(&data, &["audit", "accessed", "--since", &today, "--by", "demo-leader"])).assert_ok();
    assert!(read.iter().all(|c| table.stdout.contains(c.as_str())) && table.stdout.contains("view_member"), "{}", table.stdout);
    assert!(!table.stdout.contains("Moumita"), "{}", table.stdout);
    let tomorrow = (time::OffsetDateTime::now_utc().date() + time::Duration::days(1)).to_string();
    let none = run(dhruva(&data, &["audit", "accessed", "--since", &tomorrow, "--by", "demo-leader", "--json"])).assert_ok();
    assert!(none.stdout.trim().is_empty(), "{}", none.stdout);
    let nobody = run(dhruva(&data, &["audit", "accessed", "--since", &today, "--by", "nobody-by-that-name"]));
    assert!(!nobody.status.success() && nobody.stderr.contains("no account named"), "{}", nobody.stderr);
}

#[test]
fn retention_under_a_year_is_refused_wherever_it_is_set_and_pruning_keeps_the_log_verifiable() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    run(dhruva(&data, &["migrate"])).assert_ok();

    let flag = run(dhruva(&data, &["audit", "prune", "--audit-retention-days", "364"]));
    let mut env = dhruva(&data, &["audit", "prune"]);
    env.env("DHRUVA_AUDIT_RETENTION_DAYS", "30");
    let env = run(env);
    let config = tmp.path().join("dhruva.toml");
    std::fs::write(&config, "audit_retention_days = 100\n").expect("config");
    let file = run(dhruva(&data, &["audit", "prune", "--config", config.to_str().expect("utf-8")]));
    let serve = run(dhruva(&data, &["serve", "--bind", "127.0.0.1:0", "--audit-retention-days", "10"]));
    for (how, r) in [("flag", flag), ("environment", env), ("file", file), ("serve", serve)] {
        assert!(!r.status.success(), "{how}: accepted");
        assert!(r.stderr.contains("at least 365 days"), "{how}: {}", r.stderr);
    }

    let pruned = run(dhruva(&data, &["audit", "prune"])).assert_ok();
    assert!(pruned.stdout.contains("Nothing to remove") && pruned.stdout.contains("730 days"), "{}", pruned.stdout);
    assert!(pruned.stdout.contains("verify"), "{}", pruned.stdout);
    run(dhruva(&data, &["audit", "verify"])).assert_ok();
}
