use crate::fixtures::*;
use dhruva_core::policy::{Grant, Role};
use dhruva_core::registry::Language;
use dhruva_store::accounts::{NewAccount, RoleGrant};
use dhruva_store::{Store, StoreError};
use time::macros::{date, datetime};
use time::Duration;

pub async fn accounts_log_in_by_username_or_by_phone_number(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let hers = account(store, "rupa.mondal", Some(rupa.id)).await;
    let admin = account(store, "admin", None).await;

    let right = password(PASSWORD);
    assert_eq!(store.verify_login("rupa.mondal", &right).await.expect("login"), Some(hers));
    assert_eq!(store.verify_login(" Rupa.Mondal ", &right).await.expect("login"), Some(hers));
    assert_eq!(store.verify_login("+91 98300 12345", &right).await.expect("login"), Some(hers));
    assert_eq!(store.verify_login("09830012345", &right).await.expect("login"), Some(hers));
    assert_eq!(store.verify_login("admin", &right).await.expect("login"), Some(admin));

    assert_eq!(store.verify_login("rupa.mondal", &password("a wrong password")).await.expect("login"), None);
    assert_eq!(store.verify_login("nobody", &right).await.expect("login"), None);
    assert_eq!(store.verify_login("9830099999", &right).await.expect("login"), None);
    assert_eq!(store.verify_login("", &right).await.expect("login"), None);

    store.set_password(&cli(), hers, &password("another long password")).await.expect("changed");
    assert_eq!(store.verify_login("rupa.mondal", &right).await.expect("login"), None);
    assert_eq!(store.verify_login("rupa.mondal", &password("another long password")).await.expect("login"), Some(hers));

    let account = store.account(hers).await.expect("read").expect("found");
    assert_eq!(
        (account.username.as_str(), account.member, account.language, account.disabled),
        ("rupa.mondal", Some(rupa.id), Language::Bengali, false)
    );
    assert_eq!(store.account_by_username("RUPA.MONDAL").await.expect("read"), Some(account.clone()));
    assert_eq!(store.account_of_member(rupa.id).await.expect("read"), Some(account));
    store.set_account_language(&cli(), hers, Language::Telugu).await.expect("language");
    assert_eq!(store.account(hers).await.expect("read").map(|a| a.language), Some(Language::Telugu));
    let names: Vec<String> = store.accounts().await.expect("list").into_iter().map(|a| a.username).collect();
    assert_eq!(names, ["admin", "rupa.mondal"]);
}

pub async fn bad_usernames_passwords_and_duplicates_are_refused(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    account(store, "rupa", Some(rupa.id)).await;
    let new =
        |username: &str, member, pw: &str| NewAccount { username: username.to_owned(), member, language: Language::English, password: password(pw) };
    for bad in ["ab", "has space", "ünïcode", "slash/es", "9830012345", &"x".repeat(65)] {
        assert!(matches!(store.create_account(&cli(), new(bad, None, PASSWORD)).await, Err(StoreError::Invalid(_))), "{bad}");
    }
    assert!(matches!(store.create_account(&cli(), new("shorty", None, "too short")).await, Err(StoreError::Invalid(_))));
    assert!(matches!(store.create_account(&cli(), new("Rupa", None, PASSWORD)).await, Err(StoreError::Duplicate("username"))));
    assert!(matches!(store.create_account(&cli(), new("rupa2", Some(rupa.id), PASSWORD)).await, Err(StoreError::Duplicate(_))));
    assert!(matches!(
        store.create_account(&cli(), new("ghost", Some(dhruva_core::MemberId(9999)), PASSWORD)).await,
        Err(StoreError::NotFound("member"))
    ));
    assert!(matches!(store.set_password(&cli(), dhruva_core::AccountId(9999), &password(PASSWORD)).await, Err(StoreError::NotFound(_))));
    assert_eq!(store.counts().await.expect("counts").accounts, 1);
}

pub async fn a_disabled_account_cannot_log_in_act_or_keep_sessions_and_tokens(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let hers = account(store, "rupa", Some(rupa.id)).await;
    let now = datetime!(2025-06-01 10:00 UTC);
    let session = store.create_session(hers, now).await.expect("session");
    let token = store.create_api_token(&cli(), hers, "phone").await.expect("token");

    store.set_disabled(&cli(), hers, true).await.expect("disabled");
    assert_eq!(store.verify_login("rupa", &password(PASSWORD)).await.expect("login"), None);
    assert_eq!(store.verify_login("9830012345", &password(PASSWORD)).await.expect("login"), None);
    assert_eq!(store.actor(hers, TODAY).await.expect("actor"), None);
    assert_eq!(store.touch_session(session.expose(), now, Duration::minutes(30)).await.expect("touch"), None);
    assert_eq!(store.account_for_token(token.expose()).await.expect("token"), None);
    assert!(store.create_session(hers, now).await.is_err());
    assert!(store.account(hers).await.expect("read").is_some_and(|a| a.disabled));

    // Enabling again does not bring back what was ended.
    store.set_disabled(&cli(), hers, false).await.expect("enabled");
    assert_eq!(store.verify_login("rupa", &password(PASSWORD)).await.expect("login"), Some(hers));
    assert_eq!(store.touch_session(session.expose(), now, Duration::minutes(30)).await.expect("touch"), None);
    assert_eq!(store.account_for_token(token.expose()).await.expect("token"), None);
    assert!(matches!(store.set_disabled(&cli(), dhruva_core::AccountId(9999), true).await, Err(StoreError::NotFound(_))));
}

pub async fn the_actor_carries_her_grants_and_only_her_current_collectives(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let saans = collective(store, "Saans").await;
    let sanjog = store.create_partner(&cli(), "Sanjog", None).await.expect("partner");
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    store.add_membership(&cli(), rupa.id, saans, date!(2025 - 01 - 01), None).await.expect("joined");
    store.end_membership(&cli(), rupa.id, utthan, date!(2025 - 03 - 01), dhruva_core::registry::MembershipEnd::Left).await.expect("left");
    let hers = account(store, "rupa", Some(rupa.id)).await;
    store.add_grant(&cli(), hers, &RoleGrant { role: Role::Leader, collective: Some(saans), partner: None }).await.expect("grant");

    let actor = |day| async move { store.actor(hers, day).await.expect("actor").expect("enabled") };
    let before = actor(date!(2023 - 12 - 31)).await;
    assert_eq!(before.grants[0], Grant::Member { member: rupa.id, collectives: vec![] });
    let both = actor(date!(2025 - 02 - 01)).await;
    assert_eq!(both.grants[0], Grant::Member { member: rupa.id, collectives: vec![utthan, saans] });
    let now = actor(TODAY).await;
    assert_eq!(now.grants, vec![Grant::Member { member: rupa.id, collectives: vec![saans] }, Grant::Leader { collective: saans }]);
    assert_eq!(now.member(), Some(rupa.id));

    let staff = account(store, "facilitator", None).await;
    store.add_grant(&cli(), staff, &RoleGrant { role: Role::Facilitator, collective: None, partner: Some(sanjog) }).await.expect("grant");
    store.add_grant(&cli(), staff, &RoleGrant { role: Role::Analyst, collective: None, partner: None }).await.expect("grant");
    store.add_grant(&cli(), staff, &RoleGrant { role: Role::Analyst, collective: None, partner: None }).await.expect("same grant again");
    let actor = store.actor(staff, TODAY).await.expect("actor").expect("enabled");
    assert_eq!(actor.grants, vec![Grant::Facilitator { partner: sanjog }, Grant::Analyst]);
    assert_eq!(store.grants(staff).await.expect("grants").len(), 2);

    store.remove_grant(&cli(), staff, &RoleGrant { role: Role::Analyst, collective: None, partner: None }).await.expect("removed");
    assert_eq!(store.actor(staff, TODAY).await.expect("actor").map(|a| a.grants), Some(vec![Grant::Facilitator { partner: sanjog }]));
    assert_eq!(store.actor(dhruva_core::AccountId(9999), TODAY).await.expect("actor"), None);
}

pub async fn grants_must_fit_their_role(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let someone = account(store, "someone", None).await;
    let sanjog = store.create_partner(&cli(), "Sanjog", None).await.expect("partner");
    for (role, collective, partner) in [
        (Role::Leader, None, None),
        (Role::Leader, Some(utthan), Some(sanjog)),
        (Role::Facilitator, Some(utthan), None),
        (Role::Analyst, Some(utthan), None),
        (Role::Admin, None, Some(sanjog)),
        (Role::Member, None, None),
        (Role::Leader, Some(dhruva_core::CollectiveId(9999)), None),
    ] {
        let grant = RoleGrant { role, collective, partner };
        assert!(matches!(store.add_grant(&cli(), someone, &grant).await, Err(StoreError::Invalid(_))), "{grant:?}");
    }
    let admin = RoleGrant { role: Role::Admin, collective: None, partner: None };
    assert!(matches!(store.add_grant(&cli(), dhruva_core::AccountId(9999), &admin).await, Err(StoreError::NotFound(_))));
    assert!(store.grants(someone).await.expect("grants").is_empty());
}

pub async fn api_tokens_identify_their_account(store: &Store) {
    let admin = account(store, "admin", None).await;
    let other = account(store, "other", None).await;
    let token = store.create_api_token(&cli(), admin, "laptop").await.expect("token");
    assert!(token.expose().starts_with("dhv_") && token.expose().len() > 40);
    assert_eq!(format!("{token:?}"), "[redacted]");
    let second = store.create_api_token(&cli(), admin, "script").await.expect("token");
    assert_ne!(token.expose(), second.expose());

    assert_eq!(store.account_for_token(token.expose()).await.expect("lookup"), Some(admin));
    assert_eq!(store.account_for_token(second.expose()).await.expect("lookup"), Some(admin));
    assert_eq!(store.account_for_token("dhv_not-a-token").await.expect("lookup"), None);
    assert_eq!(store.account_for_token(&token.expose()[4..]).await.expect("lookup"), None);
    assert_eq!(store.account_for_token("").await.expect("lookup"), None);

    assert_eq!(store.revoke_api_tokens(&cli(), admin).await.expect("revoked"), 2);
    assert_eq!(store.account_for_token(token.expose()).await.expect("lookup"), None);
    assert!(store.create_api_token(&cli(), other, "x").await.is_ok());
    assert!(matches!(store.create_api_token(&cli(), dhruva_core::AccountId(9999), "x").await, Err(StoreError::NotFound(_))));
}
