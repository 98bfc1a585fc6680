//! Her new phone number is a request her leader confirms; asking answers the same for any
//! number, is throttled per account and audited, and a number in use is flagged, not refused.

use crate::fixtures::*;
use dhruva_core::phone::PhoneNumber;
use dhruva_core::policy::Role;
use dhruva_store::members::phone_change::{PhoneRequest, REQUESTS_PER_DAY};
use dhruva_store::{Store, StoreError};

fn phone(p: &str) -> PhoneNumber {
    PhoneNumber::parse(p).expect("phone")
}

pub async fn a_new_number_waits_for_her_leader_and_a_number_in_use_is_flagged_not_refused(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let saans = collective(store, "Saans").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let chitra = member(store, saans, "Chitra Naskar", Some("9830099999")).await;
    let her = account(store, "rupa", Some(rupa.id)).await;
    let leader = account(store, "leader", None).await;
    let (as_rupa, as_leader) = (web(her, Role::Member, None), web(leader, Role::Leader, None));

    // Only she asks; asking changes nothing yet, and the leader's list names her code, not a number.
    assert!(matches!(store.request_phone_change(&as_leader, rupa.id, &phone("7001112223")).await, Err(StoreError::NotFound(_))));
    assert_eq!(store.request_phone_change(&as_rupa, rupa.id, &phone("7001112223")).await.expect("asked"), PhoneRequest::Requested);
    assert_eq!(store.member_by_phone(&phone("9830012345")).await.expect("lookup"), Some(rupa.id), "her old number until confirmed");
    let waiting = store.pending_phone_changes(utthan, TODAY).await.expect("list");
    assert_eq!((waiting.len(), waiting[0].member, waiting[0].code.as_str()), (1, rupa.id, rupa.code.as_str()));
    assert!(store.pending_phone_changes(saans, TODAY).await.expect("list").is_empty(), "another collective sees nothing");
    assert_eq!(store.my_phone_request(rupa.id).await.expect("status").map(|s| s.state), Some("pending"));

    // She cannot confirm her own; her leader can.
    assert!(matches!(store.decide_phone_change(&as_rupa, rupa.id, waiting[0].id, true).await, Err(StoreError::Invalid(_))));
    store.decide_phone_change(&as_leader, rupa.id, waiting[0].id, true).await.expect("confirmed");
    assert_eq!(store.member_by_phone(&phone("7001112223")).await.expect("lookup"), Some(rupa.id));
    assert_eq!(store.my_phone_request(rupa.id).await.expect("status").map(|s| s.state), Some("confirmed"));
    assert!(matches!(store.decide_phone_change(&as_leader, rupa.id, waiting[0].id, true).await, Err(StoreError::NotFound(_))), "once");

    // Chitra's number, in another collective: asked and confirmed exactly alike, then flagged.
    assert_eq!(store.request_phone_change(&as_rupa, rupa.id, &phone("9830099999")).await.expect("asked"), PhoneRequest::Requested);
    let id = store.pending_phone_changes(utthan, TODAY).await.expect("list")[0].id;
    store.decide_phone_change(&as_leader, rupa.id, id, true).await.expect("confirmed, not refused");
    assert_eq!(store.member_by_phone(&phone("9830099999")).await.expect("lookup"), Some(chitra.id), "the first holder keeps it");
    let audit = store.audit_about_member(rupa.id).await.expect("audit");
    assert!(audit.iter().any(|r| r.action == "phone_in_use" && r.detail.as_deref() == Some("source=change")));
    let actions: Vec<&str> = audit.iter().map(|r| r.action.as_str()).collect();
    assert_eq!(actions.iter().filter(|a| **a == "phone_change_requested").count(), 2, "{actions:?}");

    // A third request today is still answered; a fourth is throttled and writes nothing.
    assert_eq!(store.request_phone_change(&as_rupa, rupa.id, &phone("7001112224")).await.expect("asked"), PhoneRequest::Requested);
    let rows = store.audit_recent(1000).await.expect("audit").len();
    assert_eq!(REQUESTS_PER_DAY, 3);
    assert_eq!(store.request_phone_change(&as_rupa, rupa.id, &phone("7001112225")).await.expect("asked"), PhoneRequest::TooMany);
    assert_eq!(store.audit_recent(1000).await.expect("audit").len(), rows, "nothing written");
    let id = store.pending_phone_changes(utthan, TODAY).await.expect("list")[0].id;
    store.decide_phone_change(&as_leader, rupa.id, id, false).await.expect("refused");
    assert_eq!(store.my_phone_request(rupa.id).await.expect("status").map(|s| s.state), Some("refused"));
    assert!(store.pending_phone_changes(utthan, TODAY).await.expect("list").is_empty());
}
