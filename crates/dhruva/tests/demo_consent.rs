//! `dhruva demo` and consent: her mentor, a member under 18 with her guardian's consent, and
//! members who agreed to each federation use — loaded once however often the demo runs.

mod common;

use common::demo;
use dhruva_core::consent::Purpose;
use dhruva_core::Sensitive;
use dhruva_store::{Accessor, DatabaseUrl, Keyring, MasterKey, Store};
use std::path::Path;

async fn open(data_dir: &Path) -> Store {
    let (key, _) = MasterKey::load_or_create(data_dir).expect("key file");
    Store::open(&DatabaseUrl::sqlite_in(data_dir), Keyring::derive(&key)).await.expect("store opens")
}

/// Everything the consent part of the demo writes, counted.
async fn consent_census(store: &Store) -> Vec<(String, usize)> {
    let member = store.member_by_code("M-WB0010").await.expect("lookup").expect("demo-member exists");
    let minor = store.member_by_code("M-WB0025").await.expect("lookup").expect("the minor exists");
    let mut rows = vec![
        ("mentor assignments".to_owned(), store.mentor_history(member.id).await.expect("mentors").len()),
        ("guardian consents".to_owned(), store.guardian_consents(&Accessor::cli(), minor.id).await.expect("guardian").len()),
        ("minor's consent records".to_owned(), store.consent_history(minor.id).await.expect("history").len()),
        // Writes only: this census itself reads (and so audits) her guardian's name.
        (
            "writes about the minor".to_owned(),
            store.audit_about_member(minor.id).await.expect("audit").iter().filter(|r| !r.action.starts_with("view_")).count(),
        ),
    ];
    let today = time::OffsetDateTime::now_utc().date();
    for c in store.collectives().await.expect("collectives") {
        for m in store.members_of_collective(c.id, today).await.expect("members") {
            rows.push((m.code.clone(), store.consent_history(m.id).await.expect("history").len()));
        }
    }
    rows
}

#[tokio::test]
async fn the_demo_member_has_her_mentor_a_minor_has_her_guardians_consent_and_running_twice_adds_nothing() {
    let tmp = tempfile::tempdir().expect("temp dir");
    demo(tmp.path());
    let store = open(tmp.path()).await;
    let today = time::OffsetDateTime::now_utc().date();

    let member = store.member_by_code("M-WB0010").await.expect("lookup").expect("exists");
    let facilitator = store.account_by_username("demo-facilitator").await.expect("lookup").expect("exists");
    let facts = store.member_facts(member.id, today).await.expect("facts").expect("exists");
    assert_eq!(facts.mentors, [facilitator.id], "demo-facilitator is her mentor");
    assert!(facts.consents.allows(Purpose::Mentoring), "and she agreed to mentoring");
    let account = store.account_by_username("demo-member").await.expect("lookup").expect("exists");
    assert_eq!(account.member, Some(member.id));

    let minor = store.member_by_code("M-WB0025").await.expect("lookup").expect("exists");
    let status = store.minor_status(minor.id).await.expect("status");
    assert!(status.needs_guardian && status.guardian_consented, "{status:?}");
    let personal = store.member_personal(&Accessor::cli(), minor.id).await.expect("read").expect("exists");
    let age = today.year() - personal.birth_year.as_ref().map(Sensitive::expose).copied().expect("her year of birth, kept once her guardian agreed");
    assert!(age < 18, "she is {age}");

    // Every federation use has someone who agreed to it.
    let mut agreed = std::collections::BTreeSet::new();
    for c in store.collectives().await.expect("collectives") {
        for (_, f) in store.members_facts_of_collective(c.id, today).await.expect("facts") {
            agreed.extend(f.consents.purposes().iter().copied());
        }
    }
    assert_eq!(agreed.len(), Purpose::ALL.len(), "{agreed:?}");

    let first = consent_census(&store).await;
    store.close().await;
    demo(tmp.path());
    let store = open(tmp.path()).await;
    assert_eq!(consent_census(&store).await, first);
    store.close().await;
}
