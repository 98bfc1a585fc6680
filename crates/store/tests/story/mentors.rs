//! Mentor assignments: dated, ended rather than deleted, and read into the policy's facts.

use crate::fixtures::*;
use dhruva_core::policy::Role;
use dhruva_store::accounts::RoleGrant;
use dhruva_store::{Store, StoreError};

async fn facilitator(store: &Store, username: &str) -> dhruva_core::AccountId {
    let partner = match store.partner_by_name("Sanjog").await.expect("lookup") {
        Some(p) => p.id,
        None => store.create_partner(&cli(), "Sanjog", None).await.expect("partner"),
    };
    let id = account(store, username, None).await;
    let grant = RoleGrant { role: Role::Facilitator, collective: None, partner: Some(partner) };
    store.add_grant(&cli(), id, &grant).await.expect("grant");
    id
}

pub async fn a_mentor_is_assigned_dated_ended_and_only_current_mentors_count(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let mina = member(store, utthan, "Mina Das", None).await;
    let leader = account(store, "leader", None).await;
    let as_leader = web(leader, Role::Leader, None);
    let (kavya, ruth) = (facilitator(store, "kavya").await, facilitator(store, "ruth").await);

    store.assign_mentor(&as_leader, rupa.id, kavya).await.expect("assigned");
    store.assign_mentor(&as_leader, rupa.id, kavya).await.expect("assigning again is harmless");
    store.assign_mentor(&as_leader, rupa.id, ruth).await.expect("a second mentor");
    let facts = store.member_facts(rupa.id, TODAY).await.expect("read").expect("found");
    assert_eq!(facts.mentors, [kavya, ruth]);
    assert!(store.member_facts(mina.id, TODAY).await.expect("read").expect("found").mentors.is_empty());
    let roster = store.members_facts_of_collective(utthan, TODAY).await.expect("batch");
    let rupa_in_roster = roster.iter().find(|(s, _)| s.id == rupa.id).map(|(_, f)| f.clone());
    assert_eq!(rupa_in_roster, Some(facts), "the roster reads the same mentors");

    store.end_mentor(&as_leader, rupa.id, kavya).await.expect("ended");
    store.end_mentor(&as_leader, rupa.id, kavya).await.expect("ending again is harmless");
    assert_eq!(store.member_facts(rupa.id, TODAY).await.expect("read").expect("found").mentors, [ruth]);
    store.assign_mentor(&as_leader, rupa.id, kavya).await.expect("assigned anew");

    let history = store.mentor_history(rupa.id).await.expect("history");
    let kavya_rows: Vec<_> = history.iter().filter(|a| a.mentor == kavya).collect();
    assert_eq!(kavya_rows.len(), 2, "the ended assignment is kept");
    assert_eq!((kavya_rows[0].ended_at, kavya_rows[0].mentor_username.as_str()), (None, "kavya"));
    assert_eq!(kavya_rows[1].ended_by, Some(leader));
    assert!(kavya_rows[1].ended_at.is_some_and(|e| e >= kavya_rows[1].assigned_at));

    let audited: Vec<_> = store
        .audit_about_member(rupa.id)
        .await
        .expect("audit")
        .into_iter()
        .filter(|r| r.action.starts_with("mentor_"))
        .map(|r| (r.action, r.subject_account))
        .collect();
    let names = |v: &[(&str, dhruva_core::AccountId)]| v.iter().map(|(a, m)| ((*a).to_owned(), Some(*m))).collect::<Vec<_>>();
    assert_eq!(audited, names(&[("mentor_assigned", kavya), ("mentor_ended", kavya), ("mentor_assigned", ruth), ("mentor_assigned", kavya)]));
}

pub async fn only_an_enabled_facilitator_can_be_a_mentor(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let plain = account(store, "plain", None).await;
    let kavya = facilitator(store, "kavya").await;
    assert!(matches!(store.assign_mentor(&cli(), rupa.id, plain).await, Err(StoreError::Invalid(_))));
    store.set_disabled(&cli(), kavya, true).await.expect("disabled");
    assert!(matches!(store.assign_mentor(&cli(), rupa.id, kavya).await, Err(StoreError::Invalid(_))));
    assert!(matches!(store.assign_mentor(&cli(), dhruva_core::MemberId(9999), kavya).await, Err(StoreError::NotFound(_))));
    store.set_disabled(&cli(), kavya, false).await.expect("enabled");
    let sanjog = store.partner_by_name("Sanjog").await.expect("lookup").expect("exists").id;
    let candidates = store.mentor_candidates(&[sanjog]).await.expect("candidates");
    assert_eq!(candidates.iter().map(|c| c.username.as_str()).collect::<Vec<_>>(), ["kavya"]);
    assert!(store.mentor_history(rupa.id).await.expect("history").is_empty(), "nothing was recorded");
}
