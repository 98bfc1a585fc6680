//! `dhruva member erase`: the operator acting on a member's written request.

mod common;

use common::{dhruva, run};
use dhruva_core::geography::DistrictCode;
use dhruva_core::registry::{parse_personal, Language, Stage, TraffickingKind};
use dhruva_store::members::NewMember;
use dhruva_store::registry::NewCollective;
use dhruva_store::testing::TestDb;
use dhruva_store::{Accessor, Store};
use std::path::Path;
use std::process::Command;
use time::macros::date;

async fn member(store: &Store) -> String {
    let cli = Accessor::cli();
    let collective = NewCollective {
        name: "Utthan".to_owned(),
        kind: TraffickingKind::Sex,
        stage: Stage::Collective,
        district: DistrictCode::parse("WB-kolkata").expect("code"),
        founded_on: None,
        partners: vec![],
    };
    let utthan = store.create_collective(&cli, &collective).await.expect("collective");
    let new = NewMember {
        code: None,
        collective: utthan,
        joined_on: date!(2024 - 01 - 15),
        office: None,
        languages: vec![Language::Bengali],
        personal: parse_personal("Parul Naskar", Some("9830011111"), Some(1993), None, 2025).expect("valid"),
    };
    store.create_member(&cli, new).await.expect("member").code
}

/// `dhruva member erase …` against this test database (its key, its ledger directory).
fn erase_command(db: &TestDb, key_dir: &Path, args: &[&str]) -> Command {
    let mut all = vec!["member", "erase"];
    all.extend_from_slice(args);
    let data_dir = db.dir.as_ref().map_or(key_dir, |d| d.path());
    let mut cmd = dhruva(data_dir, &all);
    cmd.env("DHRUVA_MASTER_KEY", db.master_key.expose()).arg("--database-url").arg(db.url.expose()).arg("--key-dir").arg(key_dir);
    cmd
}

async fn the_operator_erases_a_member_after_confirming_and_is_told_what_was_done(db: TestDb) {
    let code = member(&db.store).await;
    let keys = tempfile::tempdir().expect("temp dir");
    // SQLite's ledger is the one next to its key; PostgreSQL's is in the key directory given.
    let key_dir = db.dir.as_ref().map_or(keys.path(), |d| d.path()).to_owned();

    let unconfirmed = run(erase_command(&db, &key_dir, &["--code", &code]));
    assert!(!unconfirmed.status.success());
    assert!(unconfirmed.stderr.contains("--yes"), "{}", unconfirmed.stderr);
    assert!(db.store.member_by_code(&code).await.expect("read").is_some(), "nothing was erased");

    let done = run(erase_command(&db, &key_dir, &["--code", &code.to_lowercase(), "--yes"])).assert_ok();
    assert!(done.stdout.contains(&format!("Erased member {code}")), "{}", done.stdout);
    assert!(done.stdout.contains("data key is destroyed") && done.stdout.contains("erasures.ledger"), "{}", done.stdout);
    assert!(!done.all_output().contains("Parul") && !done.all_output().contains("9830011111"));
    assert_eq!(db.store.member_by_code(&code).await.expect("read"), None);
    let ledger = std::fs::read_to_string(key_dir.join("erasures.ledger")).expect("the ledger");
    assert_eq!(ledger.lines().count(), 1);
    let rows = db.store.audit_recent(5).await.expect("audit");
    assert!(rows.iter().any(|r| r.action == "member_erased" && r.channel == "cli"));

    let again = run(erase_command(&db, &key_dir, &["--code", &code, "--yes"]));
    assert!(!again.status.success() && again.stderr.contains("no member with the code"), "{}", again.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_operator_erases_a_member_on_sqlite() {
    the_operator_erases_a_member_after_confirming_and_is_told_what_was_done(TestDb::sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_operator_erases_a_member_on_postgres() {
    let Some(db) = TestDb::postgres().await else { return };
    the_operator_erases_a_member_after_confirming_and_is_told_what_was_done(db).await;
}
