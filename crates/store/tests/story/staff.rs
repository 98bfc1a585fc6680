//! Staff accounts by invitation (issue 11): inviting makes the account, its one grant and its
//! code in one audited transaction; a taken (or malformed) username writes nothing at all;
//! disabling voids the code and ends sessions and tokens; enabling brings none of them back.

use crate::fixtures::*;
use dhruva_core::policy::Role;
use dhruva_core::registry::Language;
use dhruva_store::accounts::staff::NewStaff;
use dhruva_store::accounts::RoleGrant;
use dhruva_store::error::InputProblem;
use dhruva_store::{Store, StoreError};
use time::{Duration, OffsetDateTime};

fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

fn leader_of(collective: dhruva_core::CollectiveId, username: &str, name: &str) -> NewStaff {
    NewStaff {
        username: username.to_owned(),
        display_name: name.to_owned(),
        language: Language::Bengali,
        grant: RoleGrant { role: Role::Leader, collective: Some(collective), partner: None },
    }
}

async fn counts(store: &Store) -> (usize, usize, usize) {
    let accounts = store.accounts().await.expect("accounts").len();
    let audit = store.audit_recent(10_000).await.expect("audit").len();
    let waiting = store.account_states(now()).await.expect("states").iter().filter(|s| s.code_until.is_some()).count();
    (accounts, audit, waiting)
}

pub async fn inviting_a_leader_makes_her_account_grant_and_code_in_one_transaction(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let issued = store.invite_staff(&cli(), &leader_of(utthan, " Rina.Das ", ""), now()).await.expect("invited");
    assert!(issued.account_created);
    let account = store.account(issued.account).await.expect("read").expect("made");
    assert_eq!((account.username.as_str(), account.member, account.language, account.disabled), ("rina.das", None, Language::Bengali, false));
    assert_eq!(store.grants(issued.account).await.expect("grants"), vec![RoleGrant { role: Role::Leader, collective: Some(utthan), partner: None }]);
    // No password works until she redeems the code.
    assert_eq!(store.verify_login("rina.das", &password("!invited")).await.expect("login"), None);
    let state = store.account_state(issued.account, now()).await.expect("state").expect("listed");
    assert_eq!(state.code_until.map(|t| t.unix_timestamp()), Some(issued.expires_at.unix_timestamp()), "the waiting code is listed, never the code");
    assert!(store.staff_states(now()).await.expect("staff").iter().any(|s| s.id == issued.account));

    // The three rows are one transaction's: consecutive in the chain, the same writer.
    let rows = store.audit_about_account(issued.account).await.expect("audit");
    let actions: Vec<&str> = rows.iter().rev().map(|r| r.action.as_str()).collect();
    assert_eq!(actions, ["account_created", "grant_added", "activation_code_issued"]);
    assert_eq!(rows[0].seq - rows[2].seq, 2, "appended together");

    // She redeems it and is a leader.
    let redeemed = store.redeem_activation_code(issued.code.expose(), &password("her own long password"), now()).await.expect("redeem");
    assert_eq!(redeemed, Some(issued.account));
    assert_eq!(store.verify_login("rina.das", &password("her own long password")).await.expect("login"), Some(issued.account));

    // A username made from a name, and again when that one is taken.
    let analyst = |name: &str| NewStaff {
        username: String::new(),
        display_name: name.to_owned(),
        language: Language::English,
        grant: RoleGrant { role: Role::Analyst, collective: None, partner: None },
    };
    let first = store.invite_staff(&cli(), &analyst("Mitali Sen"), now()).await.expect("invited");
    let second = store.invite_staff(&cli(), &analyst("Mitali Sen"), now()).await.expect("invited");
    let names = [first.account, second.account];
    let mut made = Vec::new();
    for id in names {
        made.push(store.account(id).await.expect("read").expect("made").username);
    }
    assert_eq!(made, ["mitali.sen", "mitali.sen-2"]);
}

pub async fn a_taken_or_bad_username_is_refused_and_writes_nothing(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    account(store, "rina", None).await;
    let before = counts(store).await;
    let cases: [(&str, &str, InputProblem); 5] = [
        ("Rina", "", InputProblem::Taken),
        ("", "", InputProblem::Missing),
        ("ri na", "", InputProblem::Format),
        ("9830012345", "", InputProblem::Format),
        (&"r".repeat(65), "", InputProblem::TooLong { max: 64 }),
    ];
    for (username, name, problem) in cases {
        match store.invite_staff(&cli(), &leader_of(utthan, username, name), now()).await {
            Err(StoreError::Input { field: "username", problem: p }) => assert_eq!(p, problem, "{username:?}"),
            other => panic!("{username:?} was not refused: {other:?}"),
        }
        assert_eq!(counts(store).await, before, "nothing written for {username:?}");
    }
    // A collective that does not exist, and a role that is not invited.
    let gone = dhruva_core::CollectiveId(utthan.0 + 1000);
    assert!(matches!(store.invite_staff(&cli(), &leader_of(gone, "mina", ""), now()).await, Err(StoreError::Input { field: "scope", .. })));
    // A closed collective has no leader to invite.
    let saans = collective(store, "Saans").await;
    store.close_collective(&cli(), saans, TODAY, "merged with Utthan", TODAY).await.expect("closed");
    let before = counts(store).await;
    assert!(matches!(
        store.invite_staff(&cli(), &leader_of(saans, "mina", ""), now()).await,
        Err(StoreError::Input { field: "scope", problem: InputProblem::Closed })
    ));
    let admin = NewStaff { grant: RoleGrant { role: Role::Admin, collective: None, partner: None }, ..leader_of(utthan, "mina", "") };
    assert!(matches!(store.invite_staff(&cli(), &admin, now()).await, Err(StoreError::Invalid(_))));
    assert_eq!(counts(store).await, before, "nothing written");
}

pub async fn disabling_voids_her_code_and_ends_her_sessions_and_enabling_revives_neither(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let issued = store.invite_staff(&cli(), &leader_of(utthan, "rina", ""), now()).await.expect("invited");
    let id = issued.account;
    // She had also logged in somewhere and holds a token (as after an earlier redemption).
    let session = store.create_session(id, now()).await.expect("session");
    let token = store.create_api_token(&cli(), id, "phone").await.expect("token");
    store.set_disabled(&cli(), id, true).await.expect("disabled");
    assert!(store.touch_session(session.expose(), now(), Duration::hours(1)).await.expect("touch").is_none(), "session ended");
    assert_eq!(store.account_for_token(token.expose()).await.expect("token"), None, "token revoked");
    assert_eq!(store.account_state(id, now()).await.expect("state").expect("listed").code_until, None, "no code waiting");
    assert_eq!(store.redeem_activation_code(issued.code.expose(), &password("her own long password"), now()).await.expect("asked"), None);

    store.set_disabled(&cli(), id, false).await.expect("enabled");
    let state = store.account_state(id, now()).await.expect("state").expect("listed");
    assert_eq!((state.disabled, state.code_until), (false, None));
    assert_eq!(
        store.redeem_activation_code(issued.code.expose(), &password("her own long password"), now()).await.expect("asked"),
        None,
        "the old code stays void"
    );
    // A new code works.
    let fresh = store.issue_activation_code(&cli(), id, now()).await.expect("new code");
    assert_eq!(store.redeem_activation_code(fresh.code.expose(), &password("her own long password"), now()).await.expect("asked"), Some(id));
}

pub async fn stopping_a_members_account_is_in_her_history(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let hers = account(store, "rupa", Some(rupa.id)).await;
    store.set_disabled(&cli(), hers, true).await.expect("disabled");
    store.set_disabled(&cli(), hers, false).await.expect("enabled");
    let actions: Vec<String> = store.audit_about_member(rupa.id).await.expect("audit").into_iter().map(|r| r.action).collect();
    assert_eq!(&actions[..2], ["account_enabled", "account_disabled"], "{actions:?}");
}
