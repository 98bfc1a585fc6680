//! Compensation figures as dated releases (migration 0007): made once, stored, served as
//! stored. A claim added, or a member erased, after a release changes nothing anyone is
//! shown until the next release; the first start after the upgrade makes the first one.

use crate::cases::{new_case, world, World};
use crate::fixtures::*;
use crate::fresh::{key_of, Fresh};
use dhruva_core::cases::figures::{FigureKey, Figures};
use dhruva_core::cases::CaseKind;
use dhruva_core::policy::Role;
use dhruva_core::scorecard::Published;
use dhruva_core::{CaseId, MemberId};
use dhruva_store::audit::ChainStatus;
use dhruva_store::cases::FigureRelease;
use dhruva_store::testing::TestDb;
use dhruva_store::{Accessor, Backend, MasterKey, Store, StoreError};
use sqlx::migrate::Migrator;
use sqlx::{AnyConnection, Connection as _};
use std::borrow::Cow;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

/// 20:00 UTC is already the next day in India: the release is dated as pages date things.
const NOW: OffsetDateTime = datetime!(2026-12-05 20:00 UTC);

fn analyst(store_account: dhruva_core::AccountId) -> Accessor {
    web(store_account, Role::Analyst, None)
}

/// A compensation claim of `amount` rupees for a new member of Utthan.
async fn claim(store: &Store, w: &World, name: &str, amount: u32) -> (MemberId, CaseId) {
    let m = member(store, w.utthan, name, None).await;
    let mut case = new_case(w, CaseKind::Compensation);
    case.member = m.id;
    case.details = crate::cases::answers(&[("reference", "DLSA/VC"), ("amount_claimed", &amount.to_string())]);
    (m.id, store.open_case(&cli(), &case).await.expect("claim opened"))
}

/// Utthan with `n` claims of 100,000 rupees each, and the members who made them.
async fn claims(store: &Store, n: usize) -> (World, Vec<MemberId>) {
    let w = world(store).await;
    let mut members = Vec::new();
    for i in 0..n {
        members.push(claim(store, &w, &format!("Member {i}"), 100_000).await.0);
    }
    (w, members)
}

fn json(f: &Figures) -> String {
    serde_json::to_string(f).expect("figures serialise")
}

async fn latest(store: &Store) -> FigureRelease {
    store.latest_figure_release().await.expect("read").expect("a release")
}

fn total_claimed(f: &Figures) -> Published<i64> {
    f.total.claimed.clone()
}

pub async fn a_figure_release_is_stored_and_read_back_as_made(store: &Store) {
    let (w, _) = claims(store, 6).await;
    assert!(store.latest_figure_release().await.expect("read").is_none(), "nothing is published before the first release");
    let by = analyst(w.leader_account);
    let made = store.make_figure_release(&by, NOW).await.expect("made");
    let read = latest(store).await;
    assert_eq!((read.id, read.made_at, read.as_of), (made.id, made.made_at, made.as_of));
    assert_eq!(read.as_of, time::macros::date!(2026 - 12 - 06), "dated in India");
    assert_eq!(json(&read.figures), json(&made.figures));
    assert_eq!(read.figures.total.claims, Published::Shown(6));
    assert_eq!(total_claimed(&read.figures), Published::Shown(600_000));
    let utthan = read.places_of(w.utthan).expect("Utthan's count is shown, so where its claims are is kept");
    assert_eq!(utthan.districts, vec!["WB-24-paraganas-south".to_owned()]);
    assert_eq!(utthan.states, vec!["WB".to_owned()]);

    let later = store.make_figure_release(&by, NOW + Duration::days(1)).await.expect("made again");
    let list = store.figure_releases().await.expect("list");
    assert_eq!(list.iter().map(|r| r.id).collect::<Vec<_>>(), vec![later.id, made.id], "newest first");
    assert_eq!(list[1].made_by, Some(w.leader_account));
    let audit = store.audit_recent(10).await.expect("audit");
    let published: Vec<_> = audit.iter().filter(|r| r.action == "publish_figures").collect();
    assert_eq!(published.len(), 2, "making a release is an audited write");
    assert!(published.iter().all(|r| r.account == Some(w.leader_account) && r.subject_member.is_none()));
    assert!(matches!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { .. }));
}

pub async fn a_claim_added_after_a_release_changes_nothing_served_until_the_next(store: &Store) {
    let (w, _) = claims(store, 5).await;
    let first = store.make_figure_release(&cli(), NOW).await.expect("made");
    assert_eq!(total_claimed(&first.figures), Published::Shown(500_000));
    claim(store, &w, "Late Claimant", 70_000).await;
    let served = latest(store).await;
    assert_eq!(served.id, first.id);
    assert_eq!(json(&served.figures), json(&first.figures), "the new claim is not in what is served");
    // One more claim is fewer than k changes: the next release may withhold the total rather
    // than show it moved by one (core's cross-release audit decides); either way it is new.
    let next = store.make_figure_release(&cli(), NOW + Duration::days(30)).await.expect("made");
    assert_eq!(latest(store).await.id, next.id);
    assert_ne!(json(&next.figures), json(&first.figures), "the next release takes the claim in");
    assert_ne!(next.figures.total.claims, Published::Shown(5));
    for i in 0..4 {
        claim(store, &w, &format!("Later {i}"), 100_000).await;
    }
    let with_k_more = store.make_figure_release(&cli(), NOW + Duration::days(60)).await.expect("made");
    assert_eq!(with_k_more.figures.total.claims, Published::Shown(10), "k new claims since the last shown total");
}

pub async fn an_erasure_reaches_the_figures_only_at_the_next_release(store: &Store) {
    let (_, members) = claims(store, 7).await;
    let before = store.make_figure_release(&cli(), NOW).await.expect("made");
    store.erase_member(&cli(), members[0]).await.expect("erased");
    assert_eq!(json(&latest(store).await.figures), json(&before.figures), "her erasure does not move what is served");
    let after = store.make_figure_release(&cli(), NOW + Duration::days(30)).await.expect("made");
    assert_eq!(latest(store).await.id, after.id);
    // Her claim is gone from it: the total no longer shows seven (one erasure is fewer than k
    // changes, so it is withheld rather than shown moved by her claim).
    assert_ne!(after.figures.total.claims, Published::Shown(7));
    assert_ne!(total_claimed(&after.figures), Published::Shown(700_000));
    assert_ne!(total_claimed(&after.figures), Published::Shown(600_000), "never the old total minus her claim");
}

pub async fn an_erasure_leaves_no_token_of_her_claims_in_any_release_record(store: &Store) {
    let w = world(store).await;
    let mut cases = Vec::new();
    for i in 0..6 {
        cases.push(claim(store, &w, &format!("Member {i}"), 100_000 + i * 1000).await);
    }
    store.make_figure_release(&cli(), NOW).await.expect("made");
    store.make_figure_release(&cli(), NOW + Duration::days(30)).await.expect("made");
    let (her, her_case) = cases[0];
    let token = store.claim_token_text(her_case);
    let records = store.figure_release_records_json().await.expect("records");
    assert!(records.iter().all(|r| r.contains(&token)), "both records know her claim before");
    let other = store.claim_token_text(cases[1].1);
    store.erase_member(&cli(), her).await.expect("erased");
    let records = store.figure_release_records_json().await.expect("records");
    assert!(records.iter().all(|r| !r.contains(&token)), "no record knows her claim after her erasure");
    assert!(records.iter().all(|r| r.contains(&other)), "the others' claims are untouched");
    let next = store.make_figure_release(&cli(), NOW + Duration::days(60)).await.expect("the next release is audited as before");
    assert_ne!(next.figures.total.claims, Published::Shown(5), "and her erasure is still a change too small to show");
}

pub async fn the_first_release_is_made_once_at_start_and_then_on_schedule(store: &Store) {
    assert!(store.ensure_first_figure_release(NOW).await.expect("checked").is_none(), "no claims, no release");
    assert!(store.figure_release_if_due(NOW, Duration::days(30)).await.expect("checked").is_none());
    let (w, _) = claims(store, 5).await;
    let first = store.ensure_first_figure_release(NOW).await.expect("made").expect("a first release");
    assert_eq!(first.figures.total.claims, Published::Shown(5));
    assert!(store.ensure_first_figure_release(NOW).await.expect("checked").is_none(), "only the first");
    claim(store, &w, "Another", 10_000).await;
    let month = Duration::days(30);
    assert!(store.figure_release_if_due(NOW + Duration::days(29), month).await.expect("checked").is_none());
    let due = store.figure_release_if_due(NOW + month, month).await.expect("made").expect("due after a month");
    assert_eq!(latest(store).await.id, due.id);
    assert_eq!(due.as_of, (NOW + month).to_offset(time::macros::offset!(+5:30)).date());
    assert_eq!(store.figure_releases().await.expect("list").iter().filter(|r| r.made_by.is_none()).count(), 2);
}

pub async fn concurrent_release_makers_queue_and_the_first_start_makes_one(store: &Store) {
    claims(store, 5).await;
    let (a, b) = tokio::join!(store.ensure_first_figure_release(NOW), store.ensure_first_figure_release(NOW));
    let made = [a.expect("a"), b.expect("b")].into_iter().flatten().count();
    assert_eq!(made, 1, "two starts at once make one first release");
    let by = cli();
    let (a, b) = tokio::join!(store.make_figure_release(&by, NOW), store.make_figure_release(&by, NOW));
    assert_ne!(a.expect("a").id, b.expect("b").id);
    assert_eq!(store.figure_releases().await.expect("list").len(), 3);
    assert!(matches!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { .. }));
}

/// The record is sealed with its release's id: moved to another release it does not open,
/// and no release is made over a history that was tampered with.
pub async fn a_release_record_moved_to_another_release_does_not_open(db: &TestDb) {
    let store = &db.store;
    claims(store, 5).await;
    let first = store.make_figure_release(&cli(), NOW).await.expect("made");
    let second = store.make_figure_release(&cli(), NOW).await.expect("made");
    let mut conn = AnyConnection::connect(db.url.expose()).await.expect("raw connection");
    let sealed: Vec<u8> =
        sqlx::query_scalar("SELECT record_ct FROM figure_releases WHERE id = $1").bind(first.id).fetch_one(&mut conn).await.expect("row");
    assert_eq!(sealed.first(), Some(&1), "a sealed record, with its format version");
    sqlx::query("UPDATE figure_releases SET record_ct = $1 WHERE id = $2").bind(sealed).bind(second.id).execute(&mut conn).await.expect("moved");
    let _ = conn.close().await;
    assert!(matches!(store.make_figure_release(&cli(), NOW).await, Err(StoreError::Decrypt)));
    assert_eq!(latest(store).await.id, second.id);
}

pub async fn figure_releases_travel_through_a_backup(db: &TestDb) {
    let store = &db.store;
    claims(store, 5).await;
    let made = store.make_figure_release(&cli(), NOW).await.expect("made");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("dhruva.backup");
    let report = store.backup(&file).await.expect("backup");
    assert!(report.tables.iter().any(|t| t.table == "figure_releases" && t.rows == 1), "{:?}", report.tables);
    let Some(target) = Fresh::on(store.backend(), &key_of(db), true).await else { return };
    target.store.restore(&file).await.expect("restores");
    let restored = latest(&target.store).await;
    assert_eq!((restored.id, restored.as_of), (made.id, made.as_of));
    assert_eq!(json(&restored.figures), json(&made.figures));
    let next = target.store.make_figure_release(&cli(), NOW + Duration::days(30)).await.expect("the restored record opens");
    assert!(next.id > made.id);
}

fn migrations_before_releases(backend: Backend) -> Migrator {
    let all = match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
    };
    Migrator {
        migrations: Cow::Owned(all.migrations.iter().filter(|m| m.version < 7).cloned().collect()),
        ignore_missing: false,
        locking: true,
        no_tx: false,
    }
}

async fn a_deployment_with_claims_from_before_releases_gets_its_first_at_start(backend: Backend) {
    let master = MasterKey::generate();
    let Some(old) = Fresh::on(backend, &master, false).await else { return };
    let mut conn = AnyConnection::connect(old.url.expose()).await.expect("raw connection");
    migrations_before_releases(backend).run(&mut conn).await.expect("migrations 0001-0006 apply");
    let _ = conn.close().await;
    let store = &old.store;
    store.load_bundled_districts().await.expect("districts");
    claims(store, 5).await;
    let rows_before = match store.verify_audit_chain().await.expect("verify") {
        ChainStatus::Intact { rows } => rows,
        broken => panic!("{broken:?}"),
    };

    store.migrate().await.expect("0007 applies over the claims");
    assert!(store.latest_figure_release().await.expect("read").is_none());
    let first = store.ensure_first_figure_release(NOW).await.expect("made").expect("the first release, at start");
    assert_eq!(first.figures.total.claims, Published::Shown(5));
    assert!(first.figures.by_collective.iter().any(|r| matches!(r.key, FigureKey::Collective(_)) && r.claims == Published::Shown(5)));
    assert_eq!(latest(store).await.id, first.id);
    assert_eq!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { rows: rows_before + 1 });
    store.migrate().await.expect("migrating again changes nothing");
    assert!(store.ensure_first_figure_release(NOW).await.expect("checked").is_none(), "a second start makes none");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_sqlite_a_deployment_with_claims_from_before_releases_gets_its_first_at_start() {
    a_deployment_with_claims_from_before_releases_gets_its_first_at_start(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_postgres_a_deployment_with_claims_from_before_releases_gets_its_first_at_start() {
    a_deployment_with_claims_from_before_releases_gets_its_first_at_start(Backend::Postgres).await;
}
