//! Members under 18: only the minimum is kept until a guardian's consent is recorded.

use crate::fixtures::*;
use dhruva_core::consent::Purpose;
use dhruva_core::minors::{GuardianRelation, GuardianVerification, Holding, MinorStatus};
use dhruva_core::policy::Role;
use dhruva_core::registry::{parse_personal, Language};
use dhruva_core::Sensitive;
use dhruva_store::guardians::GuardianConsent;
use dhruva_store::members::NewMember;
use dhruva_store::{Store, StoreError};

fn new_member(collective: dhruva_core::CollectiveId, birth_year: Option<i32>, phone: Option<&str>) -> NewMember {
    NewMember {
        code: None,
        collective,
        joined_on: JOINED,
        office: None,
        languages: vec![Language::Bengali],
        personal: parse_personal("Tuktuki Naskar", phone, birth_year, None, 2025).expect("valid"),
    }
}

fn refused(result: Result<impl std::fmt::Debug, StoreError>, what: Holding) {
    match result {
        Err(StoreError::GuardianConsentNeeded(e)) => assert_eq!(e.0, what),
        other => panic!("expected a refusal for {what:?}, got {other:?}"),
    }
}

fn mother() -> GuardianConsent {
    GuardianConsent {
        name: Sensitive::new("Sabita Naskar".to_owned()),
        relation: GuardianRelation::Mother,
        verification: GuardianVerification::IdentityDocument,
    }
}

pub async fn a_minor_keeps_only_the_minimum_until_her_guardian_consents(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let leader = account(store, "leader", None).await;
    let as_leader = web(leader, Role::Leader, Some(Purpose::CaseSupport));
    let members_before = store.counts().await.expect("counts").members;

    // Her year of birth shows she is under 18: nothing beyond her name is stored.
    let this_year = time::OffsetDateTime::now_utc().year();
    refused(store.create_member(&cli(), new_member(utthan, Some(this_year - 15), None)).await, Holding::BirthYear);
    refused(store.create_member_under_18(&cli(), new_member(utthan, None, Some("9830012345"))).await, Holding::Phone);
    assert_eq!(store.counts().await.expect("counts").members, members_before, "nothing was created");

    let tuktuki = store.create_member_under_18(&cli(), new_member(utthan, None, None)).await.expect("the minimum");
    assert_eq!(store.minor_status(tuktuki.id).await.expect("status"), MinorStatus { needs_guardian: true, guardian_consented: false });
    let created = store.audit_about_member(tuktuki.id).await.expect("audit");
    assert_eq!(created[0].detail.as_deref(), Some("under_18"));
    let with_phone = parse_personal("Tuktuki Naskar", Some("9830012345"), None, None, 2025).expect("valid");
    refused(store.update_member_personal(&as_leader, tuktuki.id, &with_phone).await, Holding::Phone);
    refused(store.grant_consent(&as_leader, tuktuki.id, Purpose::CaseSupport, "paper").await, Holding::Consent(Purpose::CaseSupport));
    let renamed = parse_personal("Tuktuki N.", None, None, None, 2025).expect("valid");
    store.update_member_personal(&as_leader, tuktuki.id, &renamed).await.expect("her name is the minimum");

    // Her mother's consent, verified and recorded by a leader, opens the rest.
    store.record_guardian_consent(&as_leader, tuktuki.id, &mother()).await.expect("recorded");
    assert!(matches!(store.record_guardian_consent(&as_leader, tuktuki.id, &mother()).await, Err(StoreError::Duplicate(_))));
    store.update_member_personal(&as_leader, tuktuki.id, &with_phone).await.expect("now kept");
    store.grant_consent(&as_leader, tuktuki.id, Purpose::CaseSupport, "paper").await.expect("now granted");
    let records = store.guardian_consents(&as_leader, tuktuki.id).await.expect("records");
    assert_eq!(records.len(), 1);
    let r = &records[0];
    assert_eq!(
        (r.name.expose().as_str(), r.relation, r.verification, r.recorded_by),
        ("Sabita Naskar", GuardianRelation::Mother, GuardianVerification::IdentityDocument, Some(leader))
    );
    let audit = store.audit_about_member(tuktuki.id).await.expect("audit");
    assert_eq!(audit[0].action, "view_guardian_consent", "a leader's read of the guardian's name is audited");
    assert!(audit
        .iter()
        .any(|a| a.action == "guardian_consent_recorded" && a.detail.as_deref() == Some("relation=mother;verification=identity_document")));
    assert!(audit.iter().all(|a| !a.detail.as_deref().unwrap_or("").contains("Sabita")));

    // An adult member whose corrected year of birth shows her under 18 is refused too.
    let adult = member(store, utthan, "Rupa Mondal", None).await;
    let young = parse_personal("Rupa Mondal", None, Some(this_year - 16), None, 2025).expect("valid");
    refused(store.update_member_personal(&as_leader, adult.id, &young).await, Holding::BirthYear);
    store.grant_consent(&as_leader, adult.id, Purpose::Media, "paper").await.expect("granted while thought an adult");
    store.set_needs_guardian(&as_leader, adult.id, true).await.expect("marked");
    assert!(store.consents(adult.id).await.expect("read").purposes().is_empty(), "marked under 18, her consents wait for a guardian");
    store.set_needs_guardian(&as_leader, adult.id, true).await.expect("marking again is harmless");
    refused(store.grant_consent(&as_leader, adult.id, Purpose::Research, "verbal").await, Holding::Consent(Purpose::Research));
    store.set_needs_guardian(&as_leader, adult.id, false).await.expect("she is 18 now");
    store.grant_consent(&as_leader, adult.id, Purpose::Research, "verbal").await.expect("granted");
    let marks: Vec<String> =
        store.audit_about_member(adult.id).await.expect("audit").into_iter().map(|r| r.action).filter(|a| a.starts_with("member_marked")).collect();
    assert_eq!(marks, ["member_marked_adult", "member_marked_under_18"]);
}

pub async fn withdrawing_a_guardians_consent_withdraws_every_consent_that_rested_on_it(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let leader = account(store, "leader", None).await;
    let as_leader = web(leader, Role::Leader, None);
    let tuktuki = store.create_member_under_18(&cli(), new_member(utthan, None, None)).await.expect("created");
    store.record_guardian_consent(&as_leader, tuktuki.id, &mother()).await.expect("recorded");
    store.grant_consent(&as_leader, tuktuki.id, Purpose::CaseSupport, "paper").await.expect("granted");
    store.grant_consent(&as_leader, tuktuki.id, Purpose::Mentoring, "verbal").await.expect("granted");

    store.withdraw_guardian_consent(&as_leader, tuktuki.id).await.expect("withdrawn");
    store.withdraw_guardian_consent(&as_leader, tuktuki.id).await.expect("withdrawing again is harmless");
    assert!(store.consents(tuktuki.id).await.expect("read").purposes().is_empty());
    assert_eq!(store.minor_status(tuktuki.id).await.expect("status"), MinorStatus { needs_guardian: true, guardian_consented: false });
    let history = store.guardian_consents(&cli(), tuktuki.id).await.expect("records");
    assert_eq!(history.len(), 1, "kept as history");
    assert_eq!(history[0].withdrawn_by, Some(leader));
    let actions: Vec<String> = store.audit_about_member(tuktuki.id).await.expect("audit").into_iter().map(|r| r.action).collect();
    assert_eq!(&actions[1..4], ["consent_withdrawn", "consent_withdrawn", "guardian_consent_withdrawn"], "{actions:?}");
    // A new guardian's consent can be recorded afterwards.
    store.record_guardian_consent(&as_leader, tuktuki.id, &mother()).await.expect("recorded anew");
}
