//! A leader registers a member (issue 11): her record, membership and the consents she gave
//! are one transaction; a number already registered is refused without a word about whose it
//! is; a member under 18 keeps only her name and membership until her guardian consents.

use crate::fixtures::*;
use dhruva_core::consent::Purpose;
use dhruva_core::phone::PhoneNumber;
use dhruva_core::policy::Role;
use dhruva_core::registry::{parse_personal, Language, OfficeTitle};
use dhruva_core::Sensitive;
use dhruva_store::consent::{ConsentState, NewConsent};
use dhruva_store::members::NewRegistration;
use dhruva_store::{Store, StoreError};

fn told(purpose: Purpose, witness: &str) -> NewConsent {
    NewConsent { purpose, method: "verbal".to_owned(), witness: Some(Sensitive::new(witness.to_owned())) }
}

fn registration(collective: dhruva_core::CollectiveId, name: &str, phone: Option<&str>, birth_year: Option<i32>) -> NewRegistration {
    NewRegistration {
        collective,
        joined_on: JOINED,
        office: None,
        languages: vec![Language::Bengali, Language::Hindi],
        personal: parse_personal(name, phone, birth_year, None, 2025).expect("valid"),
        under_18: false,
        consents: Vec::new(),
    }
}

async fn audit_rows(store: &Store) -> usize {
    store.audit_recent(100_000).await.expect("audit").len()
}

pub async fn a_registration_writes_her_her_membership_and_her_pending_consents_in_one_go(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let leader = account(store, "leader", None).await;
    let by = web(leader, Role::Leader, None);
    let mut new = registration(utthan, "Rupa Mondal", Some("+91 98300 12345"), Some(1990));
    new.office = Some(OfficeTitle::Secretary);
    new.consents = vec![told(Purpose::CaseSupport, "leader"), told(Purpose::Mentoring, "leader")];
    let rupa = store.register_member(&by, new, TODAY).await.expect("registered");

    assert_eq!(rupa.languages, vec![Language::Bengali, Language::Hindi], "her first language first");
    assert_eq!((rupa.memberships[0].collective, rupa.memberships[0].office), (utthan, Some(OfficeTitle::Secretary)));
    let phone = PhoneNumber::parse("9830012345").expect("phone");
    assert_eq!(store.member_by_phone(&phone).await.expect("lookup"), Some(rupa.id), "her number is indexed: she can log in with it");
    assert!(!store.minor_status(rupa.id).await.expect("status").needs_guardian);
    // Her consents are hers: recorded by the leader, they wait for her, with the leader as witness.
    let history = store.consent_history(rupa.id).await.expect("history");
    assert_eq!(history.len(), 2);
    assert!(history.iter().all(|r| r.state == ConsentState::Pending && r.granted_by == Some(leader) && r.witnessed && r.method == "verbal"));
    assert!(store.consents(rupa.id).await.expect("current").purposes().is_empty(), "nothing opens before she confirms");
    let audit = store.audit_about_member(rupa.id).await.expect("audit");
    let actions: Vec<&str> = audit.iter().map(|r| r.action.as_str()).collect();
    assert_eq!(actions.iter().filter(|a| **a == "member_created").count(), 1, "{actions:?}");
    assert_eq!(actions.iter().filter(|a| **a == "consent_granted").count(), 2, "{actions:?}");
    assert!(audit.iter().any(|r| r.action == "member_created" && r.detail.as_deref() == Some("registered")));
    assert!(matches!(store.verify_audit_chain().await.expect("verify"), dhruva_store::audit::ChainStatus::Intact { .. }));
    // Her office is a dated term from the day she joined, as for any first holder.
    let terms = store.office_terms_of_member(rupa.id).await.expect("terms");
    assert_eq!(terms.iter().map(|t| (t.term.office, t.term.since, t.term.until)).collect::<Vec<_>>(), vec![(OfficeTitle::Secretary, JOINED, None)]);
    // An office someone holds is refused beside the field, and nothing of her is written.
    let members = store.counts().await.expect("counts").members;
    let mut second = registration(utthan, "Mina Das", None, Some(1991));
    second.office = Some(OfficeTitle::Secretary);
    second.consents = vec![told(Purpose::Research, "leader")];
    let refused = store.register_member(&by, second, TODAY).await;
    assert!(matches!(refused, Err(StoreError::Input { field: "office", .. })), "{refused:?}");
    assert_eq!(store.counts().await.expect("counts").members, members);
}

pub async fn a_failure_in_the_consent_step_leaves_no_member_behind(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let leader = account(store, "leader", None).await;
    let by = web(leader, Role::Leader, None);
    let (members, rows) = (store.counts().await.expect("counts").members, audit_rows(store).await);

    // The second consent's witness is refused by the consent road itself, after her record,
    // her membership and her first consent were written in the same transaction.
    let mut new = registration(utthan, "Rupa Mondal", Some("9830012345"), Some(1990));
    new.consents = vec![told(Purpose::CaseSupport, "leader"), told(Purpose::Research, &"w".repeat(201))];
    let refused = store.register_member(&by, new.clone(), TODAY).await;
    assert!(matches!(refused, Err(StoreError::Input { field: "witness", .. })), "{refused:?}");
    // A method no leader records: refused the same way.
    new.consents = vec![told(Purpose::CaseSupport, "leader"), NewConsent { purpose: Purpose::Media, method: "telepathy".to_owned(), witness: None }];
    assert!(matches!(store.register_member(&by, new.clone(), TODAY).await, Err(StoreError::Invalid(_))));

    assert_eq!(store.counts().await.expect("counts").members, members, "no member left behind");
    assert_eq!(audit_rows(store).await, rows, "no audit row either");
    let phone = PhoneNumber::parse("9830012345").expect("phone");
    assert_eq!(store.member_by_phone(&phone).await.expect("lookup"), None, "her number is still free");
    // The same registration without the bad consent goes through.
    new.consents = vec![told(Purpose::CaseSupport, "leader")];
    store.register_member(&by, new, TODAY).await.expect("registered");
    assert_eq!(store.counts().await.expect("counts").members, members + 1);
}

pub async fn under_18_she_keeps_only_her_name_and_membership_and_no_consent(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let leader = account(store, "leader", None).await;
    let by = web(leader, Role::Leader, None);
    let members = store.counts().await.expect("counts").members;
    // Born in 2008: she may be 17 on TODAY (2025). A year of birth, a phone or a consent is
    // refused until her guardian consents, and nothing is written.
    let with_year = registration(utthan, "Mitali Das", None, Some(2008));
    assert!(matches!(store.register_member(&by, with_year, TODAY).await, Err(StoreError::GuardianConsentNeeded(_))));
    let mut with_phone = registration(utthan, "Mitali Das", Some("9830012399"), None);
    with_phone.under_18 = true;
    assert!(matches!(store.register_member(&by, with_phone, TODAY).await, Err(StoreError::GuardianConsentNeeded(_))));
    let mut with_consent = registration(utthan, "Mitali Das", None, None);
    with_consent.under_18 = true;
    with_consent.consents = vec![told(Purpose::Mentoring, "leader")];
    assert!(matches!(store.register_member(&by, with_consent.clone(), TODAY).await, Err(StoreError::GuardianConsentNeeded(_))));
    assert_eq!(store.counts().await.expect("counts").members, members, "nothing written");

    // Her name and membership only: registered as a minor, waiting for her guardian.
    with_consent.consents.clear();
    let mitali = store.register_member(&by, with_consent, TODAY).await.expect("registered");
    let status = store.minor_status(mitali.id).await.expect("status");
    assert!(status.needs_guardian && !status.guardian_consented);
    assert!(store.consent_history(mitali.id).await.expect("history").is_empty());
    let personal = store.member_personal(&cli(), mitali.id).await.expect("read").expect("found");
    assert_eq!((personal.phone, personal.birth_year), (None, None));
    let audit = store.audit_about_member(mitali.id).await.expect("audit");
    assert!(audit.iter().any(|r| r.action == "member_created" && r.detail.as_deref() == Some("registered;under_18")));
}

pub async fn a_number_already_registered_is_refused_without_saying_where(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let saans = collective(store, "Saans").await;
    // Registered in Saans, by the operator's old road.
    let mita = member(store, saans, "Mita Das", Some("9830077777")).await;
    let leader = account(store, "leader", None).await;
    let by = web(leader, Role::Leader, None);
    let (members, rows) = (store.counts().await.expect("counts").members, audit_rows(store).await);

    // The question: yes or no, audited with the asking collective and never the number.
    let taken = PhoneNumber::parse("+91 98300 77777").expect("phone");
    let free = PhoneNumber::parse("7001112223").expect("phone");
    assert!(store.phone_registered_for_registration(&by, utthan, &taken).await.expect("asked"));
    assert!(!store.phone_registered_for_registration(&by, utthan, &free).await.expect("asked"));
    let asked: Vec<_> = store.audit_recent(10).await.expect("audit").into_iter().filter(|r| r.action == "registration_phone_checked").collect();
    assert_eq!(asked.len(), 2);
    assert!(asked.iter().all(|r| r.subject_collective == Some(utthan) && r.subject_member.is_none() && r.detail.is_none()), "{asked:?}");
    assert!(matches!(
        store.phone_registered_for_registration(&by, dhruva_core::CollectiveId(9999), &free).await,
        Err(StoreError::NotFound("collective"))
    ));
    assert_eq!(audit_rows(store).await, rows + 2);

    // The registration itself refuses it, in any spelling, and names nothing.
    let mut new = registration(utthan, "Someone Else", Some("098300-77777"), Some(1990));
    new.consents = vec![told(Purpose::CaseSupport, "leader")];
    let refused = store.register_member(&by, new, TODAY).await;
    match refused {
        Err(e @ StoreError::Duplicate(_)) => {
            let said = e.to_string();
            assert_eq!(said, "phone number already exists");
            assert!(!said.contains("Saans") && !said.contains(&mita.code) && !said.contains("77777"), "{said}");
        }
        other => panic!("expected a duplicate, got {other:?}"),
    }
    assert_eq!(store.counts().await.expect("counts").members, members, "nothing written");
    assert_eq!(audit_rows(store).await, rows + 2, "no row beyond the two questions");
    assert_eq!(store.member_by_phone(&taken).await.expect("lookup"), Some(mita.id), "still Mita's");
}
