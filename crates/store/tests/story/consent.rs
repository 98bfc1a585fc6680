use crate::fixtures::*;
use dhruva_core::consent::Purpose;
use dhruva_core::policy::Role;
use dhruva_store::{Store, StoreError};

pub async fn consent_is_kept_as_a_dated_history_of_grants_and_withdrawals(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let her_account = account(store, "rupa", Some(rupa.id)).await;
    let as_rupa = web(her_account, Role::Member, None);

    store.grant_consent(&as_rupa, rupa.id, Purpose::Research, "in_app").await.expect("granted");
    store.grant_consent(&as_rupa, rupa.id, Purpose::Research, "in_app").await.expect("granted again");
    store.grant_consent(&cli(), rupa.id, Purpose::CaseSupport, "paper").await.expect("granted");
    assert_eq!(store.consents(rupa.id).await.expect("read").purposes(), [Purpose::CaseSupport, Purpose::Research]);
    let facts = store.member_facts(rupa.id, TODAY).await.expect("read").expect("found");
    assert!(facts.consents.allows(Purpose::Research));

    store.withdraw_consent(&as_rupa, rupa.id, Purpose::Research).await.expect("withdrawn");
    store.withdraw_consent(&as_rupa, rupa.id, Purpose::Media).await.expect("withdrawing nothing is harmless");
    assert_eq!(store.consents(rupa.id).await.expect("read").purposes(), [Purpose::CaseSupport]);
    store.grant_consent(&as_rupa, rupa.id, Purpose::Research, "verbal").await.expect("granted anew");

    let history = store.consent_history(rupa.id).await.expect("history");
    let research: Vec<_> = history.iter().filter(|c| c.purpose == Purpose::Research).collect();
    assert_eq!(research.len(), 2);
    assert_eq!((research[0].method.as_str(), research[0].granted_by), ("in_app", Some(her_account)));
    assert_eq!(research[0].withdrawn_by, Some(her_account));
    assert!(research[0].withdrawn_at.is_some_and(|w| w >= research[0].granted_at));
    assert_eq!((research[1].method.as_str(), research[1].withdrawn_at), ("verbal", None));

    let audited: Vec<_> = store
        .audit_about_member(rupa.id)
        .await
        .expect("audit")
        .into_iter()
        .filter(|r| r.action.starts_with("consent_"))
        .map(|r| (r.action, r.detail))
        .collect();
    assert_eq!(
        audited,
        [
            ("consent_granted".to_owned(), Some("purpose=research;method=verbal".to_owned())),
            ("consent_withdrawn".to_owned(), Some("purpose=research".to_owned())),
            ("consent_granted".to_owned(), Some("purpose=case_support;method=paper".to_owned())),
            ("consent_granted".to_owned(), Some("purpose=research;method=in_app".to_owned())),
        ]
    );

    assert!(matches!(store.grant_consent(&as_rupa, rupa.id, Purpose::Media, "telepathy").await, Err(StoreError::Invalid(_))));
    assert!(matches!(store.grant_consent(&as_rupa, dhruva_core::MemberId(9999), Purpose::Media, "paper").await, Err(StoreError::NotFound(_))));
}
