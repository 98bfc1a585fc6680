//! "Who saw my data" and the purpose-gated uses: others' reads and refusals, never her own;
//! every read the code can audit reaches her page; refusals on list pages are counted, so
//! no number of reloads pushes a read out of sight; both lists are paged.

use crate::fixtures::*;
use crate::fresh::{key_of, Fresh};
use dhruva_core::consent::Purpose;
use dhruva_core::policy::{Action, Role};
use dhruva_core::{AccountId, MemberId, Sensitive};
use dhruva_store::access_log::{AccessLine, READS};
use dhruva_store::audit::{AuditEvent, ChainStatus, RetentionDays};
use dhruva_store::testing::TestDb;
use dhruva_store::Store;
use std::collections::BTreeSet;

/// Every line of her reads (or refusals), in one page.
async fn reads(store: &Store, member: MemberId) -> Vec<AccessLine> {
    store.access_reads(member, 0, 500).await.expect("reads").lines
}

async fn refusals(store: &Store, member: MemberId) -> Vec<AccessLine> {
    store.access_refusals(member, 0, 500).await.expect("refusals").lines
}

/// (action, reader, purpose, count), sorted: lines of one day come in time order, and
/// these stories do not depend on the clock's second.
fn summary(lines: &[AccessLine]) -> Vec<(String, Option<AccountId>, Option<String>, i64)> {
    let mut out: Vec<_> = lines.iter().map(|l| (l.action.clone(), l.account, l.purpose.clone(), l.count)).collect();
    out.sort();
    out
}

fn total(lines: &[AccessLine]) -> i64 {
    lines.iter().map(|l| l.count).sum()
}

fn india_day() -> time::Date {
    time::OffsetDateTime::now_utc().to_offset(time::macros::offset!(+5:30)).date()
}

async fn denied_rows(store: &Store, member: MemberId) -> usize {
    store.audit_about_member(member).await.expect("audit").iter().filter(|r| r.action == "access_denied").count()
}

pub async fn who_saw_my_data_lists_others_reads_and_refusals_but_not_her_own(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let her_account = account(store, "rupa", Some(rupa.id)).await;
    let leader = account(store, "leader", None).await;
    let analyst = account(store, "analyst", None).await;
    let as_rupa = web(her_account, Role::Member, None);

    store.member_personal(&as_rupa, rupa.id).await.expect("her own read");
    store.grant_consent(&as_rupa, rupa.id, Purpose::CaseSupport, "in_app").await.expect("granted");
    store.member_names(&web(leader, Role::Leader, None), &[rupa.id]).await.expect("leader reads her name");
    store.record_denials(&web(analyst, Role::Analyst, Some(Purpose::FederationContact)), &[(rupa.id, Action::ContactMember)]).await.expect("refusal");
    let contacts = store.member_contacts(&web(analyst, Role::Analyst, Some(Purpose::FederationContact)), &[rupa.id]).await.expect("contact");
    assert_eq!(contacts.get(&rupa.id).and_then(|c| c.phone.as_ref()).map(|p| p.expose().as_str()), Some("9830012345"));
    store.record_research_export(&web(analyst, Role::Analyst, Some(Purpose::Research)), &[rupa.id], "X7Q2").await.expect("export");

    let federation = |action: &str, purpose: &str| (action.to_owned(), Some(analyst), Some(purpose.to_owned()), 1);
    assert_eq!(
        summary(&reads(store, rupa.id).await),
        [
            federation("contact_member", "federation_contact"),
            federation("include_in_research", "research"),
            ("view_member_name".to_owned(), Some(leader), None, 1)
        ],
        "her own read and her own consent are not in it"
    );
    assert_eq!(summary(&refusals(store, rupa.id).await), [federation("contact_member", "federation_contact")], "the refusal, apart");
    let one = store.access_reads(rupa.id, 0, 1).await.expect("a page of one");
    assert!(one.lines.len() == 1 && one.older, "limited, and says older ones follow");
    let names = store.usernames(&[leader, analyst, leader]).await.expect("usernames");
    assert_eq!((names.get(&leader).map(String::as_str), names.len()), (Some("leader"), 2));
}

pub async fn every_audited_read_of_her_data_reaches_her_page(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let her_account = account(store, "rupa", Some(rupa.id)).await;
    let leader = account(store, "leader", None).await;
    for code in READS {
        store.record(&web(leader, Role::Leader, Some(Purpose::CaseSupport)), AuditEvent::new(code).member(rupa.id)).await.expect("read");
        store.record(&web(her_account, Role::Member, None), AuditEvent::new(code).member(rupa.id)).await.expect("her own");
    }
    let shown: BTreeSet<String> = reads(store, rupa.id).await.into_iter().map(|l| l.action).collect();
    let every: BTreeSet<String> = READS.iter().map(|c| (*c).to_owned()).collect();
    assert_eq!(shown, every, "each read action, by someone else, is a line on her page");
    assert!(reads(store, rupa.id).await.iter().all(|l| l.account == Some(leader) && l.count == 1), "her own reads are not");
}

pub async fn the_grievance_officer_and_a_leader_reading_her_requests_are_on_her_page(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let her_account = account(store, "rupa", Some(rupa.id)).await;
    let officer = account(store, "officer", None).await;
    let leader = account(store, "leader", None).await;
    let as_rupa = web(her_account, Role::Member, None);
    let today = time::OffsetDateTime::now_utc().date();
    let grievance = store.raise_grievance(&as_rupa, rupa.id, &Sensitive::new("my leader shouts".to_owned()), today).await.expect("raised");
    store.request_correction(&as_rupa, rupa.id, &Sensitive::new("my birth year is wrong".to_owned())).await.expect("asked");
    store.grievances_of(rupa.id).await.expect("she reads her own");
    store.correction_requests(&as_rupa, rupa.id).await.expect("she reads her own");
    assert!(reads(store, rupa.id).await.is_empty(), "her own reading is not listed");

    store.grievance_for_officer(&web(officer, Role::Admin, None), grievance).await.expect("read").expect("there");
    store.correction_requests(&web(leader, Role::Leader, Some(Purpose::CaseSupport)), rupa.id).await.expect("read");
    let lines = summary(&reads(store, rupa.id).await);
    assert_eq!(
        lines,
        [
            ("view_correction_requests".to_owned(), Some(leader), Some("case_support".to_owned()), 1),
            ("view_grievance".to_owned(), Some(officer), None, 1),
        ]
    );
}

pub async fn a_list_reloaded_200_times_counts_refusals_and_pushes_no_read_off_her_page(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let mina = member(store, utthan, "Mina Das", None).await;
    let leader = account(store, "leader", None).await;
    let analyst = account(store, "analyst", None).await;
    store.member_names(&web(leader, Role::Leader, None), &[rupa.id]).await.expect("the one real read");

    let as_analyst = web(analyst, Role::Analyst, Some(Purpose::FederationContact));
    let list = [(rupa.id, Action::ContactMember), (mina.id, Action::ContactMember)];
    let chain_before = store.audit_recent(1).await.expect("head")[0].seq;
    let first_day = india_day();
    for _ in 0..200 {
        store.count_refusals(&as_analyst, &list).await.expect("counted");
    }
    // A run across India's midnight starts a second day (and a second chained refusal).
    let days = i64::from(india_day() != first_day) + 1;
    let chain_after = store.audit_recent(1).await.expect("head")[0].seq;
    assert_eq!(chain_after - chain_before, 2 * days, "one chained refusal per member for the day, not one per load");
    assert_eq!(denied_rows(store, rupa.id).await as i64, days);

    assert_eq!(summary(&reads(store, rupa.id).await), [("view_member_name".to_owned(), Some(leader), None, 1)], "the read is still there");
    let refused = refusals(store, rupa.id).await;
    assert_eq!(refused.len() as i64, days);
    assert_eq!(total(&refused), 200);
    assert!(refused.iter().all(|l| (l.action.as_str(), l.account, l.role.as_deref(), l.purpose.as_deref())
        == ("contact_member", Some(analyst), Some("analyst"), Some("federation_contact"))));

    // The same refusal on her own page (chained) and twice on one list add to the same line.
    store.record_denials(&as_analyst, &[(rupa.id, Action::ContactMember)]).await.expect("refused on one page");
    store.count_refusals(&as_analyst, &[(rupa.id, Action::ContactMember), (rupa.id, Action::ContactMember)]).await.expect("twice");
    assert_eq!(total(&refusals(store, rupa.id).await), 203);
    assert_eq!(total(&refusals(store, mina.id).await), 200, "each member her own count");
    assert!(matches!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { .. }));
}

pub async fn reads_and_refusals_are_paged_apart_one_line_per_person_action_and_day(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let mut readers = Vec::new();
    for name in ["asha", "meena", "lata"] {
        readers.push(account(store, name, None).await);
    }
    for reader in &readers {
        for code in READS {
            for _ in 0..2 {
                store.record(&web(*reader, Role::Leader, None), AuditEvent::new(code).member(rupa.id)).await.expect("read");
            }
        }
    }
    let groups = readers.len() * READS.len();
    let first = store.access_reads(rupa.id, 0, 20).await.expect("page 1");
    let second = store.access_reads(rupa.id, 1, 20).await.expect("page 2");
    assert_eq!((first.lines.len(), first.older), (20, true));
    assert_eq!((second.lines.len(), second.older), (groups - 20, false));
    assert!(first.lines.iter().chain(&second.lines).all(|l| l.count == 2), "two reads, one line");
    let mut keys: Vec<_> = first.lines.iter().chain(&second.lines).map(|l| (l.account, l.action.clone())).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), groups, "no line on both pages, none lost");
    assert!(store.access_refusals(rupa.id, 0, 20).await.expect("refusals").lines.is_empty(), "reads are not refusals");
}

pub async fn refusal_counts_travel_through_a_backup(db: &TestDb) {
    let store = &db.store;
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let analyst = account(store, "analyst", None).await;
    let as_analyst = web(analyst, Role::Analyst, Some(Purpose::Media));
    for _ in 0..5 {
        store.count_refusals(&as_analyst, &[(rupa.id, Action::UseInMedia)]).await.expect("counted");
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("dhruva.backup");
    let report = store.backup(&file).await.expect("backup");
    assert!(report.tables.iter().any(|t| t.table == "access_refusals" && t.rows == 1), "{:?}", report.tables);
    let Some(target) = Fresh::on(store.backend(), &key_of(db), true).await else { return };
    target.store.restore(&file).await.expect("restores");
    assert_eq!(refusals(&target.store, rupa.id).await, refusals(store, rupa.id).await);
    assert_eq!(refusals(&target.store, rupa.id).await[0].count, 5);
}

pub async fn audit_retention_prunes_the_refusal_counts_with_the_rows_they_extend(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let analyst = account(store, "analyst", None).await;
    for _ in 0..3 {
        store.count_refusals(&web(analyst, Role::Analyst, Some(Purpose::Media)), &[(rupa.id, Action::UseInMedia)]).await.expect("counted");
    }
    let now = time::OffsetDateTime::now_utc();
    store.prune_audit(&cli(), RetentionDays::default(), now).await.expect("nothing old yet");
    assert_eq!(total(&refusals(store, rupa.id).await), 3);
    store.prune_audit(&cli(), RetentionDays::default(), now + time::Duration::days(800)).await.expect("pruned");
    assert!(refusals(store, rupa.id).await.is_empty(), "neither the chained refusal nor its repeats outlive the retention");
}
