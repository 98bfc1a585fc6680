//! "Who saw my data" and the purpose-gated uses: others' reads and refusals, never her own.

use crate::fixtures::*;
use dhruva_core::consent::Purpose;
use dhruva_core::policy::{Action, Role};
use dhruva_store::Store;

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

    let log = store.access_log(rupa.id, 100).await.expect("log");
    let seen: Vec<(&str, Option<dhruva_core::AccountId>, Option<&str>)> =
        log.iter().map(|r| (r.action.as_str(), r.account, r.purpose.as_deref())).collect();
    assert_eq!(
        seen,
        [
            ("include_in_research", Some(analyst), Some("research")),
            ("contact_member", Some(analyst), Some("federation_contact")),
            ("access_denied", Some(analyst), Some("federation_contact")),
            ("view_member_name", Some(leader), None),
        ],
        "her own read and her own consent are not in it"
    );
    assert_eq!(log[2].detail.as_deref(), Some("action=contact_member"));
    assert_eq!(store.access_log(rupa.id, 1).await.expect("log").len(), 1, "limited");
    let names = store.usernames(&[leader, analyst, leader]).await.expect("usernames");
    assert_eq!((names.get(&leader).map(String::as_str), names.len()), (Some("leader"), 2));
}
