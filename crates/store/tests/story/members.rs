use crate::fixtures::*;
use dhruva_core::phone::PhoneNumber;
use dhruva_core::registry::{Language, OfficeTitle};
use dhruva_store::members::NewMember;
use dhruva_store::{Store, StoreError};
use time::macros::date;

pub async fn a_member_is_created_and_read_back(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("+91 98300 12345")).await;

    assert!(rupa.code.starts_with("M-") && rupa.code.len() == 8, "{}", rupa.code);
    assert_eq!(rupa.languages, vec![Language::Bengali, Language::English]);
    assert_eq!(rupa.memberships.len(), 1);
    assert_eq!((rupa.memberships[0].collective, rupa.memberships[0].since), (utthan, JOINED));

    assert_eq!(store.member_summary(rupa.id).await.expect("read"), Some(rupa.clone()));
    assert_eq!(store.member_by_code(&rupa.code.to_lowercase()).await.expect("read"), Some(rupa.clone()));
    assert_eq!(store.member_summary(dhruva_core::MemberId(9999)).await.expect("read"), None);

    let facts = store.member_facts(rupa.id, TODAY).await.expect("read").expect("found");
    assert_eq!(facts.collectives.iter().map(|c| c.id).collect::<Vec<_>>(), vec![utthan]);
    assert!(facts.consents.purposes().is_empty());

    let personal = store.member_personal(&cli(), rupa.id).await.expect("read").expect("found");
    assert_eq!(personal, self::personal_of("Rupa Mondal", Some("9830012345")));
    assert_eq!(personal.phone.as_ref().map(|p| p.expose().as_str()), Some("9830012345"));
    assert_eq!(personal.birth_year.as_ref().map(|y| *y.expose()), Some(1994));

    store.set_member_languages(&cli(), rupa.id, &[Language::Hindi]).await.expect("languages");
    assert_eq!(store.member_summary(rupa.id).await.expect("read").map(|m| m.languages), Some(vec![Language::Hindi]));
    assert_eq!(store.counts().await.expect("counts").members, 1);
}

fn personal_of(name: &str, phone: Option<&str>) -> dhruva_core::registry::MemberPersonal {
    personal(name, phone)
}

pub async fn duplicate_member_codes_are_refused_and_a_number_in_use_is_flagged_not_refused(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let again = NewMember {
        code: None,
        collective: utthan,
        joined_on: JOINED,
        office: None,
        languages: vec![],
        personal: personal("Someone Else", Some("+91-98300-12345")),
    };
    // A number someone holds is accepted, kept unindexed and flagged: refusing would tell the
    // registering leader that it is a survivor's number.
    let twin = store.create_member(&cli(), again.clone()).await.expect("accepted");
    let phone = dhruva_core::phone::PhoneNumber::parse("9830012345").expect("phone");
    assert_ne!(store.member_by_phone(&phone).await.expect("lookup"), Some(twin.id), "the first holder keeps the number's index");
    let flags = store.audit_about_member(twin.id).await.expect("audit");
    assert!(flags.iter().any(|r| r.action == "phone_in_use" && r.detail.as_deref() == Some("source=registration")), "{flags:?}");

    let fixed = NewMember { code: Some("M-DEMO01".to_owned()), personal: personal("Mina Das", None), ..again.clone() };
    let mina = store.create_member(&cli(), fixed.clone()).await.expect("fixed code");
    assert_eq!(mina.code, "M-DEMO01");
    let other = NewMember { personal: personal("Lata Das", None), ..fixed };
    assert!(matches!(store.create_member(&cli(), other.clone()).await, Err(StoreError::Duplicate("member code"))));
    let bad_code = NewMember { code: Some("no spaces please".to_owned()), ..other.clone() };
    assert!(matches!(store.create_member(&cli(), bad_code).await, Err(StoreError::Invalid(_))));
    let nowhere = NewMember { code: None, collective: dhruva_core::CollectiveId(9999), ..other };
    assert!(matches!(store.create_member(&cli(), nowhere).await, Err(StoreError::NotFound("collective"))));

    // Nothing half-written: the refused members left no rows behind.
    assert_eq!(store.counts().await.expect("counts").members, 3);
    assert!(matches!(store.verify_audit_chain().await.expect("verify"), dhruva_store::audit::ChainStatus::Intact { rows: 5 }));
}

pub async fn a_member_is_found_by_phone_through_the_blind_index(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    member(store, utthan, "Mina Das", None).await;
    for spelling in ["9830012345", "+91 98300 12345", "098300-12345"] {
        let phone = PhoneNumber::parse(spelling).expect("phone");
        assert_eq!(store.member_by_phone(&phone).await.expect("lookup"), Some(rupa.id), "{spelling}");
    }
    let unknown = PhoneNumber::parse("9830099999").expect("phone");
    assert_eq!(store.member_by_phone(&unknown).await.expect("lookup"), None);
}

pub async fn memberships_are_dated_and_lists_show_only_current_members(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let saans = collective(store, "Saans").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let mina = member(store, utthan, "Mina Das", None).await;

    store.add_membership(&cli(), rupa.id, saans, date!(2025 - 01 - 01), Some(OfficeTitle::Secretary)).await.expect("joined");
    assert!(matches!(store.add_membership(&cli(), rupa.id, saans, date!(2025 - 02 - 01), None).await, Err(StoreError::Duplicate("membership"))));
    store.end_membership(&cli(), rupa.id, utthan, date!(2025 - 03 - 01), dhruva_core::registry::MembershipEnd::Left).await.expect("left");
    assert!(matches!(
        store.end_membership(&cli(), rupa.id, utthan, date!(2025 - 04 - 01), dhruva_core::registry::MembershipEnd::Left).await,
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.end_membership(&cli(), mina.id, utthan, date!(2024 - 01 - 15), dhruva_core::registry::MembershipEnd::Left).await,
        Err(StoreError::Input { .. })
    ));
    assert!(matches!(
        store.add_membership(&cli(), rupa.id, dhruva_core::CollectiveId(9999), JOINED, None).await,
        Err(StoreError::NotFound("collective"))
    ));

    let codes = |members: Vec<dhruva_core::registry::MemberSummary>| members.into_iter().map(|m| m.id).collect::<Vec<_>>();
    let mut both = vec![rupa.id, mina.id];
    both.sort_by_key(|id| if *id == rupa.id { rupa.code.clone() } else { mina.code.clone() });
    assert_eq!(codes(store.members_of_collective(utthan, date!(2025 - 02 - 28)).await.expect("list")), both);
    assert_eq!(codes(store.members_of_collective(utthan, date!(2025 - 03 - 01)).await.expect("list")), vec![mina.id]);
    assert_eq!(codes(store.members_of_collective(saans, date!(2024 - 12 - 31)).await.expect("list")), vec![]);
    assert_eq!(codes(store.members_of_collective(saans, TODAY).await.expect("list")), vec![rupa.id]);

    let history = store.member_summary(rupa.id).await.expect("read").expect("found").memberships;
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].until, Some(date!(2025 - 03 - 01)));
    assert_eq!(history[1].office, Some(OfficeTitle::Secretary));
    let facts = store.member_facts(rupa.id, TODAY).await.expect("read").expect("found");
    assert_eq!(facts.collectives.iter().map(|c| c.id).collect::<Vec<_>>(), vec![saans]);
}
